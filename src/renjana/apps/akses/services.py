"""The only writers of API tokens: create (the plain token is returned once), revoke, and
the authentication of a presented token.

A token acts as its owner with exactly the owner's role and office scope, so only the owner
or a platform administrator may create or revoke one: an admin Bappeda could otherwise mint
a token for an operator and act in that operator's name.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from renjana.apps.akses.models import TokenApi
from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.core.problems import Location, Problem, Severity

#: Every token starts with this, so a leaked one is recognisable in logs and secret scanners.
TOKEN_PREFIX = "rjn_"
#: The longest validity a token may be given (ten years); without one it lasts until revoked.
MAX_BERLAKU_HARI = 3650
#: ``terakhir_dipakai`` is refreshed at most this often, so a busy script does not turn every
#: read into a write.
USAGE_RESOLUTION = timedelta(minutes=5)


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def may_manage(user: Any, pengguna: Any) -> bool:
    """The owner, or a platform administrator (superuser)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_superuser or user.pk == pengguna.pk)


def _reject(code: str, message: str, field: str = "") -> Rejected:
    return Rejected([Problem(code, Severity.ERROR, message, Location(field=field))])


@transaction.atomic
def create_token(
    *,
    user: Any,
    pengguna: Any,
    nama: str,
    berlaku_hari: int | None = None,
    system: bool = False,
) -> tuple[TokenApi, str]:
    """A new token for ``pengguna``; returns the stored record and the plain token, which is
    shown to the caller once and never stored. ``system`` is for the server's own CLI."""
    if not system and not may_manage(user, pengguna):
        raise PermissionDenied(
            "Token API hanya dapat dibuat oleh pemiliknya atau administrator platform."
        )
    nama = nama.strip()
    if not nama:
        raise _reject(
            "TOKEN_NAMA_KOSONG", "Tulis nama token (untuk apa dipakai), mis. 'skrip impor'.", "nama"
        )
    if berlaku_hari is not None and not 1 <= berlaku_hari <= MAX_BERLAKU_HARI:
        raise _reject(
            "TOKEN_MASA_BERLAKU",
            f"Masa berlaku token harus 1 sampai {MAX_BERLAKU_HARI} hari.",
            "berlaku_hari",
        )
    if not pengguna.is_active:
        raise _reject("PENGGUNA_TIDAK_AKTIF", f"Pengguna {pengguna.username} tidak aktif.")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    kedaluwarsa = timezone.now() + timedelta(days=berlaku_hari) if berlaku_hari else None
    token = TokenApi.objects.create(
        pengguna=pengguna,
        nama=nama,
        awalan=raw[:12],
        hash=token_hash(raw),
        dibuat_oleh=user if getattr(user, "is_authenticated", False) else None,
        kedaluwarsa=kedaluwarsa,
    )
    record(
        pengguna=user,
        pemda_id=pengguna.pemda_id,
        aksi="buat_token",
        objek_tipe="TokenApi",
        objek_id=token.pk,
        sesudah={
            "pengguna": pengguna.username,
            "nama": nama,
            "awalan": token.awalan,
            "kedaluwarsa": kedaluwarsa.isoformat() if kedaluwarsa else None,
        },
    )
    return token, raw


@transaction.atomic
def revoke_token(*, user: Any, token: TokenApi, system: bool = False) -> TokenApi:
    """Revoke for good; revoking a revoked token changes nothing and records nothing."""
    if not system and not may_manage(user, token.pengguna):
        raise PermissionDenied(
            "Token API hanya dapat dicabut oleh pemiliknya atau administrator platform."
        )
    if token.dicabut_pada is not None:
        return token
    token.dicabut_pada = timezone.now()
    token.dicabut_oleh = user if getattr(user, "is_authenticated", False) else None
    token.save(update_fields=["dicabut_pada", "dicabut_oleh"])
    record(
        pengguna=user,
        pemda_id=token.pengguna.pemda_id,
        aksi="cabut_token",
        objek_tipe="TokenApi",
        objek_id=token.pk,
        sebelum={"pengguna": token.pengguna.username, "nama": token.nama, "awalan": token.awalan},
    )
    return token


def authenticate_token(raw: str) -> Any | None:
    """The active user a presented token stands for, or ``None`` (unknown, revoked, expired,
    or its owner deactivated). Marks the token as used; that mark is bookkeeping, not a
    change of data, so it is not audited."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 100:
        return None
    token = (
        TokenApi.objects.select_related("pengguna")
        .filter(hash=token_hash(raw), dicabut_pada__isnull=True)
        .first()
    )
    now = timezone.now()
    if token is None or (token.kedaluwarsa is not None and token.kedaluwarsa <= now):
        return None
    if not token.pengguna.is_active:
        return None
    if token.terakhir_dipakai is None or now - token.terakhir_dipakai > USAGE_RESOLUTION:
        TokenApi.objects.filter(pk=token.pk).update(terakhir_dipakai=now)
    return token.pengguna
