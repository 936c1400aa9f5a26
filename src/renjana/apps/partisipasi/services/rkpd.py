"""The Rancangan Awal RKPD rows of an office (T-C.31, left half) and the review's keterangan.

An import replaces every row of the office and year at once, or writes nothing. Rows are
checked by ``core.review_rkpd.check_rkpd_rows``: codes in any printed form, parents present,
the pemda's tingkat, and pagu kept on leaves only (a parent's printed pagu is reported).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from django.db import transaction

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.partisipasi.models import KeteranganReview, RkpdBaris
from renjana.apps.partisipasi.services import audit, raise_errors, reject, snapshot
from renjana.core.kode import Tingkat, parse_kode
from renjana.core.problems import Location, Problem
from renjana.core.review_rkpd import RkpdBarisInput, check_rkpd_rows

FIELDS = ["kode", "nama", "indikator", "target_nilai", "target_teks", "satuan", "pagu"]
PAGU_PADA_INDUK = "RKPD_PAGU_PADA_INDUK"


def _stored_inputs(pd: PerangkatDaerah, tahun: int) -> list[RkpdBarisInput]:
    return [
        RkpdBarisInput(r.kode, r.nama, r.indikator, pagu=r.pagu)
        for r in RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun).order_by("kode")
    ]


def _row_fields(row: RkpdBarisInput) -> dict[str, Any]:
    kode = parse_kode(row.kode).kode
    return {
        "kode": row.kode,
        "level": kode.level.value if kode else "",
        "nama": row.nama.strip(),
        "indikator": row.indikator.strip(),
        "target_nilai": row.target.nilai,
        "target_teks": row.target.teks if row.target.nilai is None else "",
        "satuan": row.target.satuan,
        "pagu": row.pagu,
    }


def _set_keterangan(pd: PerangkatDaerah, tahun: int, kode: str, teks: str) -> None:
    teks = teks.strip()
    if not teks:
        KeteranganReview.objects.filter(perangkat_daerah=pd, tahun=tahun, kode=kode).delete()
        return
    KeteranganReview.objects.update_or_create(
        perangkat_daerah=pd, tahun=tahun, kode=kode, defaults={"pemda": pd.pemda, "teks": teks}
    )


@transaction.atomic
def import_rkpd(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    rows: Sequence[RkpdBarisInput],
    locations: Sequence[Location] | None = None,
    system: bool = False,
) -> tuple[Problem, ...]:
    """Replace the office's RKPD draft rows of ``tahun``; warnings and notes are returned."""
    if not system:
        require_edit_plan(user, pd)
    kept, problems = check_rkpd_rows(rows, Tingkat(pd.pemda.tingkat), locations)
    raise_errors(problems)
    removed = RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun).count()
    RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun).delete()
    RkpdBaris.objects.bulk_create(
        [
            RkpdBaris(pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, **_row_fields(r))
            for r in kept
        ]
    )
    for row in kept:
        if row.keterangan.strip():
            _set_keterangan(pd, tahun, row.kode, row.keterangan)
    audit(
        user, pd, "impor_rkpd", {"tahun": tahun, "jumlah_baris": removed},
        {"tahun": tahun, "jumlah_baris": len(kept)},
    )  # fmt: skip
    return problems


@transaction.atomic
def save_rkpd_baris(
    *, user: Any, pd: PerangkatDaerah, tahun: int, row: RkpdBarisInput
) -> RkpdBaris:
    """Add a row, or change the row with the same code. Pagu is accepted on leaves only; a new
    child takes the pagu off its parent, as in the Renja editor."""
    require_edit_plan(user, pd)
    parsed = parse_kode(row.kode).kode
    kode = str(parsed) if parsed is not None else row.kode
    others = [r for r in _stored_inputs(pd, tahun) if r.kode != kode]
    checked, problems = check_rkpd_rows(
        [*others, replace(row, kode=kode, pagu=None)], Tingkat(pd.pemda.tingkat)
    )
    raise_errors(problems)
    qs = RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun)
    if row.pagu is not None and qs.filter(kode__startswith=kode + ".").exists():
        raise reject(
            PAGU_PADA_INDUK,
            f"Pagu {kode} dihitung dari baris di bawahnya; isi pagu pada sub kegiatan.",
            kode=kode,
            field="pagu",
        )
    current = qs.filter(kode=kode).first()
    before = snapshot(current, FIELDS) if current else None
    fields = _row_fields(replace(checked[-1], pagu=row.pagu))
    obj, _ = RkpdBaris.objects.update_or_create(
        perangkat_daerah=pd, tahun=tahun, kode=kode, defaults={"pemda": pd.pemda, **fields}
    )
    if parsed is not None and parsed.parent is not None:
        qs.filter(kode=str(parsed.parent), pagu__isnull=False).update(pagu=None)
    audit(user, obj, "simpan_rkpd_baris", before, snapshot(obj, FIELDS))
    return obj


@transaction.atomic
def delete_rkpd_baris(*, user: Any, baris: RkpdBaris) -> None:
    """Remove a row and every row under it."""
    require_edit_plan(user, baris.perangkat_daerah)
    under = RkpdBaris.objects.filter(
        perangkat_daerah=baris.perangkat_daerah, tahun=baris.tahun, kode__startswith=baris.kode
    )
    codes = [
        k
        for k in under.values_list("kode", flat=True)
        if k == baris.kode or k.startswith(baris.kode + ".")
    ]
    audit(user, baris, "hapus_rkpd_baris", {**snapshot(baris, FIELDS), "ikut": codes}, None)
    RkpdBaris.objects.filter(
        perangkat_daerah=baris.perangkat_daerah, tahun=baris.tahun, kode__in=codes
    ).delete()


@transaction.atomic
def set_keterangan(*, user: Any, pd: PerangkatDaerah, tahun: int, kode: str, teks: str) -> None:
    """Keep (or clear, when empty) the keterangan of one code in the T-C.31 review."""
    require_edit_plan(user, pd)
    parsed = parse_kode(kode).kode
    if parsed is None:
        raise reject("KODE_TIDAK_VALID", f"Kode '{kode}' tidak sah.", kode=kode)
    current = KeteranganReview.objects.filter(perangkat_daerah=pd, tahun=tahun, kode=str(parsed))
    before = {"kode": str(parsed), "teks": current[0].teks} if current else None
    _set_keterangan(pd, tahun, str(parsed), teks)
    audit(
        user, pd, "ubah_keterangan_review", before,
        {"tahun": tahun, "kode": str(parsed), "teks": teks.strip()},
    )  # fmt: skip
