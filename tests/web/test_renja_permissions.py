"""The same permission rules on the editor pages as on the API (tests/api): another office's
plan answers 404, read-only roles and a locked stage answer 403 on every write, and every
refusal leaves the data as it was."""

from __future__ import annotations

import pytest
from django.test import Client

from renjana.apps.perencanaan.services import workflow
from tests.api.conftest import SUB2, Plan, build_plan, state
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


def page_writes(plan: Plan) -> list[tuple[str, dict[str, object]]]:
    pk, bid, iid = plan.renja.pk, plan.sub.pk, plan.indikator.pk
    row = f"/renja/{pk}/baris/{bid}"
    return [
        ("/opd/sulbar-dinsos/renja/baru/", {"tahun": "2026", "salin_dari": "2025"}),
        (f"/renja/{pk}/baris/tambah/", {"kode": SUB2}),
        (f"{row}/ubah/", {"pagu": "5"}),
        (f"{row}/hapus/", {}),
        (f"{row}/indikator/", {"uraian": "Indeks", "satuan": "", "polaritas": "naik",
                               "agregasi": "kumulatif", "target": "1", "target_n1": ""}),
        (f"{row}/indikator/", {"iid": iid, "uraian": "Ubah", "satuan": "", "polaritas": "naik",
                               "agregasi": "kumulatif", "target": "1", "target_n1": ""}),
        (f"{row}/indikator/{iid}/hapus/", {}),
        (f"{row}/lokasi/", {"wilayah": ["semua"], "rincian": [""]}),
        (f"{row}/sumber-dana/", {"kode": ["1.2.01.01.02"], "jumlah": ["1"]}),
        (f"/renja/{pk}/aksi/", {"aksi": "ajukan"}),
    ]  # fmt: skip


def page_reads(plan: Plan) -> list[str]:
    pk = plan.renja.pk
    return [
        "/opd/sulbar-dinsos/renja/2025/",
        f"/renja/{pk}/pohon/",
        f"/renja/{pk}/baris/{plan.sub.pk}/",
        f"/renja/{pk}/pemeriksaan/",
        f"/renja/{pk}/tabel/renja/",
        f"/renja/{pk}/banding/",
    ]


def logged_in(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


@pytest.mark.parametrize("username", ["operator.tarakan", "admin.tarakan"])
def test_another_office_gets_404_on_every_page(
    sulbar: Office, tarakan: Office, username: str
) -> None:
    plan = build_plan(sulbar)
    client = logged_in(username)
    before = state(plan.renja)
    for path in page_reads(plan):
        assert client.get(path).status_code == 404, path
    for path, data in page_writes(plan):
        assert client.post(path, data).status_code == 404, path
    assert state(plan.renja) == before


@pytest.mark.parametrize("username", ["verifikator.sulbar", "pimpinan.sulbar"])
def test_read_only_roles_get_403_on_every_page_write(sulbar: Office, username: str) -> None:
    plan = build_plan(sulbar)
    client = logged_in(username)
    for path in page_reads(plan):
        assert client.get(path).status_code == 200, path
    before = state(plan.renja)
    for path, data in page_writes(plan):
        response = client.post(path, data)
        assert response.status_code == 403, (path, response.status_code)
    assert state(plan.renja) == before


@pytest.mark.parametrize("username", ["operator.sulbar", "admin.sulbar"])
def test_a_locked_stage_refuses_every_page_write(sulbar: Office, username: str) -> None:
    plan = build_plan(sulbar)
    workflow.submit_renja(user=sulbar.operator, renja=plan.renja)
    workflow.approve_renja(user=sulbar.verifikator, renja=plan.renja)
    client = logged_in(username)
    before = state(plan.renja)
    for path, data in page_writes(plan)[1:]:  # a new year's Renja is not a write to this one
        response = client.post(path, data)
        assert response.status_code == 403, (path, response.status_code)
        assert "terkunci" in response.content.decode()
    assert state(plan.renja) == before
