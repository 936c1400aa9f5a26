"""A planner rebuilds the Sulawesi Barat Renja 2024 (seed 003, Tabel 4.1) from an empty Renja
through the editor's HTTP endpoints; the totals equal the printed document."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml
from django.test import Client

from renjana.apps.perencanaan.models import RenjaBaris
from renjana.apps.perencanaan.selectors.renja import renja_tree
from renjana.apps.perencanaan.services import editor
from renjana.core.idformat import format_money
from renjana.core.numbers import D
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


def sulbar_rows() -> list[dict[str, object]]:
    text = resources.files("renjana.sample").joinpath("data", "sulbar.yaml").read_text("utf-8")
    renja = next(r for r in yaml.safe_load(text)["renja"] if r["tahun"] == 2024)
    return [r for r in renja["baris"] if str(r["kode"]).count(".") == 5]


def test_operator_rebuilds_the_2024_plan_and_totals_match_tabel_4_1(
    client: Client, sulbar: Office
) -> None:
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2024)
    assert client.login(username="operator.sulbar", password=PASSWORD)
    for row in sulbar_rows():
        response = client.post(f"/renja/{renja.pk}/baris/tambah/", {"kode": row["kode"]})
        assert response.status_code == 200, (row["kode"], response.content.decode()[:300])
        baris = RenjaBaris.objects.get(renja=renja, kode=row["kode"])
        form = {
            "pagu": format_money(D(str(row["pagu"]))) if row.get("pagu") else "",
            "pagu_n1": format_money(D(str(row["pagu_n1"]))) if row.get("pagu_n1") else "",
        }
        response = client.post(f"/renja/{renja.pk}/baris/{baris.pk}/ubah/", form)
        assert response.status_code == 200, response.content.decode()[:300]
    tree = renja_tree(renja)
    # Tabel 4.1, rows "Dinas Sosial" and "J U M L A H" (seed 003 lines 588 and 780)
    assert tree.totals["pagu"] == D("13867555785.00")
    assert tree.totals["pagu_n1"] == D("20320000000.00")
    assert tree.find("1.06.01").totals["pagu"] == D("8164580785.00")
    page = client.get("/opd/sulbar-dinsos/renja/2024/").content.decode()
    assert '<td class="num" id="total-pagu">13.867.555.785</td>' in page
    assert '<td class="num" id="total-pagu-n1">20.320.000.000</td>' in page
