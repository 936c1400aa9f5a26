"""Who may do what through the API, and that every refusal leaves the data as it was.

- an operator (or admin) of another pemda gets 404 on every read and write: the plan's
  existence does not leak;
- a verifikator and a pimpinan read, but get 403 on every write of values;
- an approved (locked) stage refuses every write with 403, even to an admin;
- a session write without the CSRF token is refused; a revoked, expired or unknown token
  gets 401 whatever session comes along.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from renjana.apps.akses.models import TokenApi
from renjana.apps.akses.services import create_token, revoke_token
from renjana.apps.perencanaan.services import workflow
from tests.api.conftest import (
    BASE,
    Api,
    Plan,
    as_user,
    every_read,
    every_write,
    state,
    token_for,
)
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


def send(api: Api, method: str, path: str, body: object) -> object:
    return api.request(method, path, body)


@pytest.mark.parametrize("username", ["operator.tarakan", "admin.tarakan", "verifikator.tarakan"])
def test_another_pemda_gets_404_on_every_read_and_write(
    tarakan: Office, plan: Plan, username: str
) -> None:
    other = as_user(username)
    before = state(plan.renja)
    for path in every_read(plan):
        response = other.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Perangkat daerah tidak ditemukan."}
    writes = [*every_write(plan), ("post", f"{BASE}/aksi", {"aksi": "ajukan"})]
    for method, path, body in writes:
        response = send(other, method, path, body)
        assert response.status_code == 404, (method, path, response.content)
    assert [o["kode"] for o in other.get("/opd").json()] == ["tarakan-dinsos"]
    assert state(plan.renja) == before


def test_a_row_id_of_another_office_is_not_reachable_through_ones_own_office(
    sulbar: Office, tarakan: Office, plan: Plan
) -> None:
    from renjana.apps.perencanaan.services import editor

    theirs = editor.create_renja(user=tarakan.operator, pd=tarakan.pd, tahun=2025)
    their_row = editor.add_baris(user=tarakan.operator, renja=theirs, kode="1.06.04.2.01.0001")
    before = state(theirs)
    op = as_user("operator.sulbar")
    assert op.get(f"{BASE}/baris/{their_row.pk}").status_code == 404
    assert op.patch(f"{BASE}/baris/{their_row.pk}", {"pagu": "1"}).status_code == 404
    assert op.delete(f"{BASE}/baris/{their_row.pk}").status_code == 404
    their_ind = their_row.indikator.get()
    path = f"{BASE}/baris/{plan.sub.pk}/indikator/{their_ind.pk}"
    assert op.patch(path, {"target_nilai": "1"}).status_code == 404
    assert op.delete(path).status_code == 404
    assert state(theirs) == before


@pytest.mark.parametrize("username", ["verifikator.sulbar", "pimpinan.sulbar"])
def test_read_only_roles_get_403_on_every_write(plan: Plan, username: str) -> None:
    reader = as_user(username)
    for path in every_read(plan):
        assert reader.get(path).status_code == 200, path
    before = state(plan.renja)
    for method, path, body in every_write(plan):
        response = send(reader, method, path, body)
        assert response.status_code == 403, (method, path, response.content)
        assert response.json()["detail"].startswith(
            ("Anda tidak berwenang", "Peran Anda tidak berwenang")
        ), response.json()
    assert state(plan.renja) == before


def test_pimpinan_cannot_move_the_stage_and_verifikator_cannot_submit(plan: Plan) -> None:
    before = state(plan.renja)
    pimpinan, verifikator = as_user("pimpinan.sulbar"), as_user("verifikator.sulbar")
    for aksi in ("ajukan", "kembalikan", "setujui", "buka_kunci", "lanjut_tahap"):
        response = pimpinan.post(f"{BASE}/aksi", {"aksi": aksi, "catatan": "x", "alasan": "x"})
        assert response.status_code == 403, aksi
    response = verifikator.post(f"{BASE}/aksi", {"aksi": "ajukan"})
    assert response.json() == {
        "detail": "Anda tidak berwenang mengubah rencana perangkat daerah ini."
    }
    assert state(plan.renja) == before


@pytest.mark.parametrize("username", ["operator.sulbar", "admin.sulbar"])
def test_a_locked_stage_refuses_every_write(sulbar: Office, plan: Plan, username: str) -> None:
    workflow.submit_renja(user=sulbar.operator, renja=plan.renja)
    workflow.approve_renja(user=sulbar.verifikator, renja=plan.renja)
    editor_user = as_user(username)
    assert editor_user.get(BASE).json()["terkunci"] is True
    before = state(plan.renja)
    writes = [w for w in every_write(plan) if not w[1].endswith("/renja")]  # not a new year
    writes.append(("post", f"{BASE}/aksi", {"aksi": "ajukan"}))
    for method, path, body in writes:
        response = send(editor_user, method, path, body)
        assert response.status_code == 403, (method, path, response.content)
        assert "terkunci" in response.json()["detail"]
    assert state(plan.renja) == before


def test_session_writes_need_the_csrf_token(plan: Plan) -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.login(username="operator.sulbar", password=PASSWORD)
    api = Api(client)
    before = state(plan.renja)
    row = f"{BASE}/baris/{plan.sub.pk}"
    refused = api.patch(row, {"catatan": "tanpa csrf"})
    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("Pemeriksaan CSRF gagal")
    assert state(plan.renja) == before
    assert api.get(BASE).status_code == 200  # reads need no token
    client.get("/opd/sulbar-dinsos/renja/2025/")  # a page sets the csrftoken cookie
    api.headers = {"X-CSRFToken": client.cookies["csrftoken"].value}
    assert api.patch(row, {"catatan": "dengan csrf"}).status_code == 200
    plan.sub.refresh_from_db()
    assert plan.sub.catatan == "dengan csrf"


def test_a_token_acts_as_its_owner_without_csrf(
    sulbar: Office, tarakan: Office, plan: Plan
) -> None:
    api = Api(Client(enforce_csrf_checks=True), token=token_for(sulbar.operator))
    response = api.patch(f"{BASE}/baris/{plan.sub.pk}", {"pagu": "80.000.000"})
    assert response.status_code == 200, response.content
    plan.sub.refresh_from_db()
    assert str(plan.sub.pagu) == "80000000.00"
    assert api.get("/opd/tarakan-dinsos/renja").status_code == 404
    reader = Api(token=token_for(sulbar.pimpinan))
    assert reader.patch(f"{BASE}/baris/{plan.sub.pk}", {"pagu": "1"}).status_code == 403
    used = TokenApi.objects.get(pengguna=sulbar.operator)
    assert used.terakhir_dipakai is not None


def test_revoked_expired_and_unknown_tokens_get_401(sulbar: Office, plan: Plan) -> None:
    token, raw = create_token(user=sulbar.operator, pengguna=sulbar.operator, nama="skrip")
    revoke_token(user=sulbar.operator, token=token)
    _, expired = create_token(user=sulbar.operator, pengguna=sulbar.operator, nama="lama",
                              berlaku_hari=1)  # fmt: skip
    TokenApi.objects.filter(nama="lama").update(kedaluwarsa=timezone.now() - timedelta(hours=1))
    before = state(plan.renja)
    # A logged-in session does not rescue a bad token: the token alone decides.
    session = Client()
    assert session.login(username="operator.sulbar", password=PASSWORD)
    for bad in (raw, expired, "rjn_tidak-ada", "bukan-token"):
        api = Api(session, token=bad)
        assert api.get(BASE).status_code == 401
        for method, path, body in every_write(plan):
            response = send(api, method, path, body)
            assert response.status_code == 401, (bad, method, path)
            assert response.json()["detail"].startswith("Belum masuk")
    assert Api().get("/opd").status_code == 401
    assert state(plan.renja) == before


def test_a_deactivated_users_token_stops_working(sulbar: Office, plan: Plan) -> None:
    raw = token_for(sulbar.operator)
    assert Api(token=raw).get(BASE).status_code == 200
    sulbar.operator.is_active = False
    sulbar.operator.save()
    assert Api(token=raw).get(BASE).status_code == 401
