"""API test set-up: the personas of tests/apps, a JSON client and a Renja with rows.

``Api`` wraps the Django test client so each test reads as the HTTP it sends; ``state``
captures everything a refused request must leave untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from renjana.apps.akses.services import create_token
from renjana.apps.audit.models import AuditEntry
from renjana.apps.perencanaan.models import (
    CatatanVerifikasi,
    Indikator,
    Renja,
    RenjaBaris,
    RenjaSnapshot,
)
from renjana.apps.perencanaan.selectors.renja import renja_rows
from renjana.apps.perencanaan.services import editor
from renjana.core.renja_data import rows_to_data
from tests.apps.conftest import PASSWORD, Office, sulbar, tarakan  # noqa: F401 - fixtures

SUB = "1.06.04.1.02.0002"
SUB2 = "1.06.04.1.02.0003"
BASE = "/opd/sulbar-dinsos/renja/2025"


class Api:
    """JSON requests to ``/api/v1`` as a logged-in user (session) or with a token."""

    def __init__(self, client: Client | None = None, token: str | None = None) -> None:
        self.client = client or Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def login(self, username: str) -> Api:
        assert self.client.login(username=username, password=PASSWORD)
        return self

    def request(self, method: str, path: str, body: Any = None) -> Any:
        send = getattr(self.client, method)
        kwargs: dict[str, Any] = {"headers": self.headers}
        if body is not None:
            kwargs.update(data=json.dumps(body), content_type="application/json")
        return send(f"/api/v1{path}", **kwargs)

    def get(self, path: str) -> Any:
        return self.request("get", path)

    def post(self, path: str, body: Any = None) -> Any:
        return self.request("post", path, body)

    def patch(self, path: str, body: Any = None) -> Any:
        return self.request("patch", path, body)

    def put(self, path: str, body: Any = None) -> Any:
        return self.request("put", path, body)

    def delete(self, path: str) -> Any:
        return self.request("delete", path)


def as_user(username: str) -> Api:
    return Api().login(username)


def token_for(office_user: Any) -> str:
    _, raw = create_token(user=office_user, pengguna=office_user, nama="uji")
    return raw


@dataclass
class Plan:
    renja: Renja
    sub: RenjaBaris
    indikator: Indikator


def build_plan(office: Office) -> Plan:
    """A 2025 Renja that passes every check: one sub kegiatan with pagu, target, lokasi and
    sumber dana, and an indicator on the program and the kegiatan."""
    op = office.operator
    renja = editor.create_renja(user=op, pd=office.pd, tahun=2025)
    sub = editor.add_baris(user=op, renja=renja, kode=SUB)
    editor.update_baris(user=op, baris=sub, changes={"pagu": Decimal("70000000")})
    ind = sub.indikator.get()
    editor.update_indikator(user=op, indikator=ind, changes={"target_nilai": Decimal(70)})
    editor.set_lokasi(user=op, baris=sub, items=[("76.02", "")])
    editor.set_sumber_dana(user=op, baris=sub, items=[("1.2.01.01.02", Decimal("70000000"))])
    for kode in ("1.06.04", "1.06.04.1.02"):
        editor.add_indikator(
            user=op, baris=RenjaBaris.objects.get(renja=renja, kode=kode),
            uraian="Persentase PPKS terlayani", satuan="%", target_nilai=100,
        )  # fmt: skip
    return Plan(renja, sub, ind)


@pytest.fixture
def plan(sulbar: Office) -> Plan:  # noqa: F811 - the persona fixture
    return build_plan(sulbar)


def state(renja: Renja) -> tuple[Any, ...]:
    """Everything a refused request must leave as it was."""
    renja.refresh_from_db()
    return (
        (renja.tahap, renja.status, renja.versi),
        rows_to_data(renja_rows(renja)),
        list(RenjaBaris.objects.filter(renja=renja).values_list("id", "kode")),
        list(Indikator.objects.filter(baris__renja=renja).values_list("id", "uraian")),
        Renja.objects.count(),
        AuditEntry.objects.count(),
        CatatanVerifikasi.objects.count(),
        RenjaSnapshot.objects.count(),
    )


def every_write(plan: Plan, base: str = BASE) -> list[tuple[str, str, Any]]:
    """One request per write endpoint of a Renja (method, path, body)."""
    row = f"{base}/baris/{plan.sub.pk}"
    ind = f"{row}/indikator/{plan.indikator.pk}"
    return [
        ("post", base.rsplit("/", 1)[0], {"tahun": 2026, "salin_dari": 2025}),
        ("post", f"{base}/baris", {"kode": SUB2}),
        ("patch", row, {"pagu": "5", "catatan": "x"}),
        ("delete", row, None),
        ("post", f"{row}/indikator", {"uraian": "Indeks kepuasan"}),
        ("patch", ind, {"target_nilai": "1"}),
        ("delete", ind, None),
        ("put", f"{row}/lokasi", [{"kode_wilayah": None, "rincian": "Mamuju"}]),
        ("put", f"{row}/sumber_dana", [{"kode": "1.2.01.01.02", "jumlah": "1"}]),
    ]


def every_read(plan: Plan, base: str = BASE) -> list[str]:
    return [
        base.rsplit("/", 2)[0] + "/renja",
        base,
        f"{base}/baris/{plan.sub.pk}",
        f"{base}/pemeriksaan",
    ]
