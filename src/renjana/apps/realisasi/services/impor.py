"""Bulk writers of realisation data for importers and the sample loader: all or nothing,
permission-checked, audited. Entry by people in the pages goes through ``entry``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.realisasi.models import (
    PaguAnggaran,
    Periode,
    RealisasiAnggaran,
    RealisasiKinerja,
)
from renjana.core.problems import Location, Problem, Severity

__all__ = ["AnggaranInput", "KinerjaInput", "Periode", "import_realisasi_anggaran",
           "import_realisasi_kinerja"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class AnggaranInput:
    """Budget and realisation of one leaf row for a period (keuangan in Rp, fisik in %)."""

    kode: str
    pagu_dppa: Decimal | None
    keuangan: Decimal | None
    fisik_persen: Decimal | None


@dataclass(frozen=True, slots=True)
class KinerjaInput:
    """Realisation of the ``urutan``-th indicator of row ``kode`` for a period."""

    kode: str
    urutan: int
    nilai: Decimal | None
    teks: str = ""
    satuan: str = ""


def import_realisasi_anggaran(
    *, user: Any, renja: Renja, periode: str, items: Sequence[AnggaranInput], system: bool = False
) -> None:
    """Store DPPA pagu and keuangan/fisik realisation of leaf rows, all or nothing."""
    if not system:
        require_edit_plan(user, renja.perangkat_daerah)
    rows = {b.kode: b for b in RenjaBaris.objects.filter(renja=renja)}
    missing = [i for i in items if i.kode not in rows]
    if missing:
        raise Rejected([_unknown_row(i.kode, n) for n, i in enumerate(missing, 1)])
    with transaction.atomic():
        for item in items:
            baris = rows[item.kode]
            if item.pagu_dppa is not None:
                PaguAnggaran.objects.update_or_create(
                    baris=baris,
                    jenis=PaguAnggaran.Jenis.DPPA,
                    defaults={"pemda": renja.pemda, "jumlah": item.pagu_dppa},
                )
            RealisasiAnggaran.objects.update_or_create(
                baris=baris,
                periode=periode,
                defaults={
                    "pemda": renja.pemda,
                    "keuangan": item.keuangan,
                    "fisik_persen": item.fisik_persen,
                },
            )
        record(
            pengguna=user,
            pemda_id=renja.pemda_id,
            aksi="impor_realisasi_anggaran",
            objek_tipe="Renja",
            objek_id=renja.pk,
            sesudah={"periode": periode, "jumlah_baris": len(items)},
        )


def import_realisasi_kinerja(
    *, user: Any, renja: Renja, periode: str, items: Sequence[KinerjaInput], system: bool = False
) -> None:
    """Store indicator realisation for one period, all or nothing."""
    if not system:
        require_edit_plan(user, renja.perangkat_daerah)
    if periode not in Periode.values:
        raise Rejected([Problem("PERIODE_TIDAK_DIKENAL", Severity.ERROR, f"Periode {periode}?")])
    indikator = {
        (i.baris.kode, i.urutan): i
        for i in Indikator.objects.filter(baris__renja=renja).select_related("baris")
    }
    missing = [i for i in items if (i.kode, i.urutan) not in indikator]
    if missing:
        raise Rejected([_unknown_row(i.kode, n) for n, i in enumerate(missing, 1)])
    with transaction.atomic():
        for item in items:
            target = indikator[(item.kode, item.urutan)]
            RealisasiKinerja.objects.update_or_create(
                indikator=target,
                periode=periode,
                defaults={
                    "pemda": renja.pemda,
                    "nilai": item.nilai,
                    "teks": item.teks,
                    "satuan": item.satuan or target.satuan,
                },
            )
        record(
            pengguna=user,
            pemda_id=renja.pemda_id,
            aksi="impor_realisasi_kinerja",
            objek_tipe="Renja",
            objek_id=renja.pk,
            sesudah={"periode": periode, "jumlah_indikator": len(items)},
        )


def _unknown_row(kode: str, number: int) -> Problem:
    return Problem(
        "BARIS_TIDAK_ADA",
        Severity.ERROR,
        f"Baris {kode} tidak ada di Renja ini; tambahkan barisnya dulu atau perbaiki kodenya.",
        Location(row=number, kode=kode),
    )
