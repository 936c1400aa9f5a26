"""The one function every service calls after a write: ``record``."""

from __future__ import annotations

from typing import Any

from renjana.apps.audit.models import AuditEntry


def record(
    *,
    pengguna: Any,
    pemda_id: int | None,
    aksi: str,
    objek_tipe: str,
    objek_id: object,
    sebelum: dict[str, Any] | None = None,
    sesudah: dict[str, Any] | None = None,
    alasan: str = "",
) -> AuditEntry:
    """Append an audit record; ``pengguna`` may be ``None`` for system jobs (e.g. sample load)."""
    user = pengguna if getattr(pengguna, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        pemda_id=pemda_id,
        pengguna=user,
        aksi=aksi,
        objek_tipe=objek_tipe,
        objek_id=str(objek_id),
        sebelum=sebelum,
        sesudah=sesudah,
        alasan=alasan,
    )
