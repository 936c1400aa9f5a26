"""Forum Perangkat Daerah agreements (domain.md §2.M(c)): the targets agreed in the berita
acara, each optionally linked to the Renja row expected to carry it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.partisipasi.models import KesepakatanForum
from renjana.apps.partisipasi.services import audit, reject, snapshot
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.core.quantity import Quantity, parse_quantity

FIELDS = [
    "nomor", "indikator", "target_nasional_nilai", "target_nasional_satuan",
    "target_nasional_teks", "target_daerah_nilai", "target_daerah_satuan", "target_daerah_teks",
    "catatan", "baris",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class KesepakatanInput:
    """An agreement as written in the berita acara; targets as printed (``7.230 Orang``)."""

    indikator: str
    target_nasional: str = ""
    target_daerah: str = ""
    catatan: str = ""
    baris_id: int | None = None
    nomor: int | None = None


def _target(prefix: str, text: str) -> dict[str, Any]:
    parsed = parse_quantity(text.strip()) if text.strip() else None
    q = parsed.quantity if parsed else Quantity(None, "")
    errors = [p for p in (parsed.problems if parsed else ()) if p.severity.value == "error"]
    if errors:
        raise reject("KESEPAKATAN_TARGET_TIDAK_TERBACA", errors[0].message, field=prefix)
    return {f"{prefix}_nilai": q.nilai, f"{prefix}_satuan": q.satuan, f"{prefix}_teks": q.teks}


def _baris(pd: PerangkatDaerah, tahun: int, baris_id: int | None) -> Any:
    if not baris_id:
        return None
    renja = renja_of(pd).filter(tahun=tahun).first()
    baris = renja.baris.filter(pk=baris_id).first() if renja else None
    if baris is None:
        raise reject(
            "KESEPAKATAN_BARIS_TIDAK_ADA",
            f"Baris yang dipilih tidak ada dalam Renja {tahun} {pd.nama}.",
            field="baris",
        )
    return baris


@transaction.atomic
def save_kesepakatan(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    data: KesepakatanInput,
    kesepakatan: KesepakatanForum | None = None,
    system: bool = False,
) -> KesepakatanForum:
    """Record an agreement, or change ``kesepakatan``."""
    if not system:
        require_edit_plan(user, pd)
    if not data.indikator.strip():
        raise reject("KESEPAKATAN_INDIKATOR_KOSONG", "Tuliskan indikator yang disepakati.")
    fields: dict[str, Any] = {
        "indikator": data.indikator.strip(),
        "catatan": data.catatan.strip(),
        "baris": _baris(pd, tahun, data.baris_id),
        **_target("target_nasional", data.target_nasional),
        **_target("target_daerah", data.target_daerah),
    }
    if kesepakatan is None:
        top = KesepakatanForum.objects.filter(perangkat_daerah=pd, tahun=tahun).aggregate(
            Max("nomor")
        )["nomor__max"]
        nomor = data.nomor or int(top or 0) + 1
        obj = KesepakatanForum.objects.create(
            pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, nomor=nomor, **fields
        )
        audit(user, obj, "tambah_kesepakatan_forum", None, snapshot(obj, FIELDS))
        return obj
    before = snapshot(kesepakatan, FIELDS)
    for name, value in fields.items():
        setattr(kesepakatan, name, value)
    if data.nomor:
        kesepakatan.nomor = data.nomor
    kesepakatan.save()
    audit(user, kesepakatan, "ubah_kesepakatan_forum", before, snapshot(kesepakatan, FIELDS))
    return kesepakatan


@transaction.atomic
def delete_kesepakatan(*, user: Any, kesepakatan: KesepakatanForum) -> None:
    require_edit_plan(user, kesepakatan.perangkat_daerah)
    audit(user, kesepakatan, "hapus_kesepakatan_forum", snapshot(kesepakatan, FIELDS), None)
    kesepakatan.delete()
