"""What every document-content writer shares: who may write, text checks, audit."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan, is_pemda_admin
from renjana.core.problems import Location, Problem, Severity

TEKS_TIDAK_SAH = "TEKS_TIDAK_SAH"


def problem(code: str, message: str, **where: Any) -> Problem:
    return Problem(code, Severity.ERROR, message, Location(**where))


def reject(code: str, message: str, **where: Any) -> Rejected:
    return Rejected([problem(code, message, **where)])


def require_office_edit(user: Any, pd: PerangkatDaerah, system: bool = False) -> None:
    """Operators of the office and admins of its pemda write (``system``: the sample loader)."""
    if system:
        return
    if not can_edit_plan(user, pd):
        raise PermissionDenied(
            "Anda tidak berwenang mengubah naskah dan profil perangkat daerah ini; hanya "
            "operator perangkat daerah ini dan admin Bappeda yang dapat mengubahnya."
        )


def require_pemda_admin(user: Any, pemda_id: int, system: bool = False) -> None:
    if system:
        return
    if not is_pemda_admin(user, pemda_id):
        raise PermissionDenied("Hanya admin Bappeda pemda ini yang dapat mengubahnya.")


def check_teks(value: str, field: str, label: str, maks: int) -> list[Problem]:
    """Text must fit its column and hold no NUL character (PostgreSQL refuses it)."""
    if "\x00" in value:
        return [problem(TEKS_TIDAK_SAH, f"{label}: teks berisi karakter NUL; hapus karakter itu.",
                        field=field)]  # fmt: skip
    if len(value) > maks:
        return [
            problem(
                TEKS_TIDAK_SAH,
                f"{label}: teks {len(value)} karakter, melebihi batas {maks} karakter.",
                field=field,
            )
        ]
    return []


def audit(
    user: Any,
    pemda_id: int,
    aksi: str,
    obj: Any,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    record(
        pengguna=user,
        pemda_id=pemda_id,
        aksi=aksi,
        objek_tipe=type(obj).__name__,
        objek_id=obj.pk,
        sebelum=before,
        sesudah=after,
    )
