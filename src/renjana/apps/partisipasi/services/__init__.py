"""The only writers of participation data; every call is atomic, permission-checked, audited.

- ``usulan``: register, edit, screen, decide (and forward), attach files, import proposals;
- ``rkpd``: the Rancangan Awal RKPD rows of an office and the review's keterangan;
- ``prioritas``: priority catalogs, priorities agreed per office, tags on sub kegiatan, and the
  minimum share setting of a pemda;
- ``forum``: Forum Perangkat Daerah agreements.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.forms.models import model_to_dict

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.core.problems import Location, Problem, Severity


def snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    """Field values of ``obj`` for an audit record (Decimals as text)."""
    data = model_to_dict(obj, fields=fields)
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}


def audit(user: Any, obj: Any, aksi: str, before: Any, after: Any, alasan: str = "") -> None:
    record(
        pengguna=user,
        pemda_id=obj.pemda_id,
        aksi=aksi,
        objek_tipe=type(obj).__name__,
        objek_id=obj.pk,
        sebelum=before,
        sesudah=after,
        alasan=alasan,
    )


def reject(code: str, message: str, **where: Any) -> Rejected:
    """A refusal with one Indonesian problem."""
    return Rejected([Problem(code, Severity.ERROR, message, Location(**where))])


def raise_errors(problems: Any) -> None:
    """Refuse when any problem is an error; warnings and notes let the write go ahead."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise Rejected(errors)
