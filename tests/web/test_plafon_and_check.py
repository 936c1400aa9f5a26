"""Pagu ceilings (service, page, the editor's used/remaining, the check) and `renjana check`."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client

from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import PlafonPagu, Renja, RenjaBaris
from renjana.apps.perencanaan.selectors.pemeriksaan import renja_problems
from renjana.apps.perencanaan.services import editor
from renjana.apps.perencanaan.services.plafon import set_plafon
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


@pytest.fixture
def renja(sulbar: Office) -> Renja:
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=sulbar.operator, baris=sub, changes={"pagu": Decimal("70000000")})
    editor.set_sumber_dana(
        user=sulbar.operator, baris=sub, items=[("1.2.01.01.02", Decimal("70000000"))]
    )
    return renja


def test_only_the_pemda_admin_sets_ceilings(sulbar: Office, tarakan: Office) -> None:
    for user in (sulbar.operator, sulbar.verifikator, tarakan.admin):
        with pytest.raises(PermissionDenied):
            set_plafon(user=user, pd=sulbar.pd, tahun=2025, total=Decimal(1))
    with pytest.raises(Rejected):
        set_plafon(
            user=sulbar.admin, pd=sulbar.pd, tahun=2025, total=Decimal(10),
            per_sumber_dana=[("1.2.01.01.02", Decimal(11))],
        )  # fmt: skip
    assert not PlafonPagu.objects.exists()


def test_exceeded_ceiling_shows_in_the_editor_and_in_the_checks(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    assert client.login(username="admin.sulbar", password=PASSWORD)
    response = client.post(
        "/opd/sulbar-dinsos/plafon/2025/",
        {
            "total": "60.000.000",
            "kode": ["1.2.01.01.02"],
            "jumlah": ["50.000.000"],
            "dasar": "RKPD",
        },
    )
    assert response.status_code == 302
    assert PlafonPagu.objects.get(sumber_dana__isnull=True).jumlah == Decimal(60000000)
    tree = client.get(f"/renja/{renja.pk}/pohon/").content.decode()
    assert 'id="plafon"' in tree
    assert "-10.000.000" in tree  # total: 60.000.000 − 70.000.000
    assert "-20.000.000" in tree  # DAU: 50.000.000 − 70.000.000
    codes = [p.code for p in renja_problems(renja)]
    assert "PLAFON_TERLAMPAUI" in codes
    assert "PLAFON_SUMBER_DANA_TERLAMPAUI" in codes


def test_operator_sees_but_cannot_set_ceilings(client: Client, sulbar: Office) -> None:
    assert client.login(username="operator.sulbar", password=PASSWORD)
    page = client.get("/opd/sulbar-dinsos/plafon/2025/").content.decode()
    assert "Plafon ditetapkan oleh admin Bappeda" in page
    assert client.post("/opd/sulbar-dinsos/plafon/2025/", {"total": "1"}).status_code == 403
    assert not PlafonPagu.objects.exists()


def test_check_command_prints_the_same_problems_and_fails_on_errors(
    sulbar: Office, renja: Renja
) -> None:
    out = StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command(
            "check", "--opd", "sulbar-dinsos", "--tahun", "2025", "--format", "json", stdout=out
        )
    assert exit_.value.code == 1
    payload = json.loads(out.getvalue())
    assert payload["menghalangi_pengajuan"] is True
    assert payload["jumlah"] == len(renja_problems(renja))
    assert any(
        m["code"] == "INDIKATOR_KOSONG" and m["kode"] == "1.06.04" for m in payload["masalah"]
    )
    assert all(m["message"] for m in payload["masalah"])


def test_check_command_without_opd_is_the_system_check() -> None:
    out = StringIO()
    call_command("check", stdout=out)
    assert "System check identified" in out.getvalue()


def test_renja_is_checked_against_the_renstra(sulbar: Office, renja: Renja) -> None:
    from renjana.apps.perencanaan.models import RenstraIndikator
    from renjana.apps.perencanaan.services import renstra as renstra_service
    from renjana.apps.perencanaan.services import renstra_baris, renstra_indikator
    from renjana.core.renja import RenstraTahunInput, TargetValue

    renstra = renstra_service.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2022, tahun_akhir=2026
    )
    sub = renstra_baris.add_baris(user=sulbar.operator, renstra=renstra, kode="1.06.04.1.02.0002")
    lansia = renstra_baris.add_baris(
        user=sulbar.operator, renstra=renstra, kode="1.06.04.1.03.0001"
    )
    lansia_ind = RenstraIndikator.objects.get(baris=lansia)
    renstra_indikator.update_indikator(
        user=sulbar.operator,
        indikator=lansia_ind,
        data=renstra_indikator.IndikatorData(
            uraian=lansia_ind.uraian,
            satuan="Orang",
            target=(RenstraTahunInput(2025, TargetValue(Decimal(60), "", "Orang")),),
        ),
    )
    official = RenstraIndikator.objects.get(baris=sub)
    renstra_indikator.update_indikator(
        user=sulbar.operator,
        indikator=official,
        data=renstra_indikator.IndikatorData(
            uraian=official.uraian,
            satuan="Orang",
            target=(RenstraTahunInput(2025, TargetValue(Decimal(90), "", "Orang")),),
        ),
    )
    planned = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02.0002")
    planned.indikator.update(target_nilai=Decimal(60))
    problems = renja_problems(renja)
    by_code = {p.code: p for p in problems}
    assert by_code["TARGET_BEDA_RENSTRA"].location.kode == "1.06.04.1.02.0002"
    assert by_code["RENSTRA_TANPA_RENJA"].location.kode == "1.06.04.1.03.0001"
