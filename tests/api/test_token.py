"""Personal API tokens: made and revoked by their owner (or a platform administrator) from a
logged-in session or the server's CLI; only a hash is stored; every change is audited."""

from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from renjana.apps.akses.models import TokenApi
from renjana.apps.audit.models import AuditEntry
from renjana.apps.organisasi.models import Pengguna
from tests.api.conftest import BASE, Api, Plan, as_user
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db


def test_owner_creates_uses_and_revokes_a_token(sulbar: Office, plan: Plan) -> None:
    session = as_user("operator.sulbar")
    made = session.post("/token", {"nama": " skrip impor ", "berlaku_hari": 30})
    assert made.status_code == 201, made.content
    body = made.json()
    raw = body["token"]
    assert raw.startswith("rjn_")
    assert (body["nama"], body["pengguna"], body["awalan"]) == (
        "skrip impor", "operator.sulbar", raw[:12],
    )  # fmt: skip
    stored = TokenApi.objects.get(pk=body["id"])
    assert stored.hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(list(TokenApi.objects.values_list()))
    assert raw not in str(list(AuditEntry.objects.values_list("sesudah", flat=True)))
    listed = session.get("/token").json()
    assert [(t["id"], "token" in t) for t in listed] == [(stored.pk, False)]
    assert Api(token=raw).get(BASE).status_code == 200
    assert session.delete(f"/token/{stored.pk}").status_code == 204
    assert Api(token=raw).get(BASE).status_code == 401
    assert list(
        AuditEntry.objects.filter(objek_tipe="TokenApi")
        .order_by("id")
        .values_list("aksi", flat=True)
    ) == ["buat_token", "cabut_token"]


def test_a_token_cannot_manage_tokens(sulbar: Office) -> None:
    session = as_user("operator.sulbar")
    raw = session.post("/token", {"nama": "skrip"}).json()["token"]
    scripted = Api(token=raw)
    assert scripted.post("/token", {"nama": "lebih lama"}).status_code == 401
    assert scripted.get("/token").status_code == 401
    assert TokenApi.objects.count() == 1


def test_only_the_owner_or_a_platform_admin_manage_a_token(sulbar: Office) -> None:
    own = as_user("operator.sulbar").post("/token", {"nama": "skrip"}).json()
    admin = as_user("admin.sulbar")
    assert admin.delete(f"/token/{own['id']}").status_code == 404
    refused = admin.post("/token", {"nama": "atas nama", "pengguna": "operator.sulbar"})
    assert refused.status_code == 404
    assert TokenApi.objects.filter(dicabut_pada__isnull=True).count() == 1
    Pengguna.objects.create_superuser("platform", password="rahasia-uji")
    root = Api(Client())
    assert root.client.login(username="platform", password="rahasia-uji")
    made = root.post("/token", {"nama": "atas nama", "pengguna": "operator.sulbar"})
    assert (made.status_code, made.json()["pengguna"]) == (201, "operator.sulbar")
    assert root.delete(f"/token/{own['id']}").status_code == 204
    assert TokenApi.objects.get(pk=own["id"]).dicabut_oleh.username == "platform"  # type: ignore[union-attr]


def test_bad_token_requests_are_refused_in_indonesian(sulbar: Office) -> None:
    session = as_user("operator.sulbar")
    too_long = session.post("/token", {"nama": "x", "berlaku_hari": 0})
    assert too_long.status_code == 422
    assert too_long.json()["problems"][0]["code"] == "TOKEN_MASA_BERLAKU"
    nameless = session.post("/token", {"nama": ""})
    assert nameless.json()["detail"] == "Isian nama: tidak boleh kosong"
    assert not TokenApi.objects.exists()


def test_cli_makes_lists_and_revokes_tokens(sulbar: Office, plan: Plan) -> None:
    out = StringIO()
    call_command("token", "buat", "--pengguna", "pimpinan.sulbar", "--nama", "dasbor", stdout=out)
    raw = out.getvalue().splitlines()[1]
    assert Api(token=raw).get(BASE).status_code == 200
    token = TokenApi.objects.get()
    listing = StringIO()
    call_command("token", "daftar", stdout=listing)
    assert f"#{token.pk}  {token.awalan}…  pimpinan.sulbar  dasbor  aktif" in listing.getvalue()
    call_command("token", "cabut", str(token.pk), stdout=StringIO())
    assert Api(token=raw).get(BASE).status_code == 401
