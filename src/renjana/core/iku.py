"""RKT / IKU capaian (domain.md §2.L, 002 Tabel 2.1–2.2) and Perjanjian Kinerja triwulan targets.

* Each indicator row: capaian = realisasi / target × 100 by polaritas (``capaian.compute_capaian``),
  e.g. 88,04 % / 70 % → 125,77 %; the predikat comes from the scale passed in.
* The "Rata-rata Capaian Kinerja" row is the arithmetic mean of the rows' unrounded capaian.
  N/A rows and qualitative rows have no percentage and are left out (and counted). A cap
  (``batas_capaian``, e.g. 100) is applied only when the caller asks for it, so a document
  that silently caps (S002-06: printed 100 % for a mean of 103,68 %) is shown as such.
* Perjanjian Kinerja: the target of each triwulan. The four must aggregate (by the indicator's
  agregasi) to the annual target; the target to date feeds the capaian of a triwulan.

Rounding choice: values stay unrounded; ``Capaian.persen`` and ``LaporanIku.rata_rata_persen``
are the printed figures, and the predikat of the mean is rated on its printed value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.capaian import (
    Agregasi,
    Capaian,
    Polaritas,
    aggregate,
    compute_capaian,
    compute_capaian_periode,
    realisasi_sampai,
)
from renjana.core.numbers import ZERO, quantize_percent
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, are_compatible
from renjana.core.referensi import Scale

PK_JUMLAH_TRIWULAN = "PK_JUMLAH_TRIWULAN"
PK_TARGET_TRIWULAN_TIDAK_SAMA = "PK_TARGET_TRIWULAN_TIDAK_SAMA"


@dataclass(frozen=True, slots=True)
class IndikatorIku:
    """One row of an RKT capaian table: sasaran, indicator, target and realisasi."""

    sasaran: str
    uraian: str
    target: Quantity
    realisasi: Quantity
    polaritas: Polaritas = Polaritas.NAIK
    urutan_kualitatif: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BarisIku:
    indikator: IndikatorIku
    capaian: Capaian


@dataclass(frozen=True, slots=True)
class LaporanIku:
    """The rows, the mean row ("Rata-rata Capaian Kinerja") and the findings.

    ``jumlah_dirata`` rows entered the mean; ``jumlah_tidak_dirata`` had no percentage.
    """

    baris: tuple[BarisIku, ...]
    rata_rata: Decimal | None
    predikat_rata_rata: str
    jumlah_dirata: int
    jumlah_tidak_dirata: int
    problems: tuple[Problem, ...]

    @property
    def rata_rata_persen(self) -> Decimal | None:
        return None if self.rata_rata is None else quantize_percent(self.rata_rata)


def average_capaian(
    capaian: Iterable[Capaian], batas_capaian: Decimal | None = None
) -> tuple[Decimal | None, int]:
    """(mean of the percentages, how many) — N/A and qualitative values left out; each value
    capped at ``batas_capaian`` first when given. None when no value has a percentage."""
    values = [c.nilai for c in capaian if c.nilai is not None]
    if batas_capaian is not None:
        values = [min(v, batas_capaian) for v in values]
    if not values:
        return None, 0
    return sum(values, ZERO) / len(values), len(values)


def compute_capaian_iku(
    indikator: Iterable[IndikatorIku],
    skala: Scale | None = None,
    batas_capaian: Decimal | None = None,
) -> LaporanIku:
    """Capaian and predikat of every row, and the mean row."""
    baris: list[BarisIku] = []
    for item in indikator:
        result = compute_capaian(
            item.target, item.realisasi, item.polaritas, skala, item.urutan_kualitatif
        )
        where = Location(indikator=item.uraian)
        placed = tuple(replace(p, location=where) for p in result.problems)
        baris.append(BarisIku(item, replace(result, problems=placed)))
    mean, count = average_capaian((b.capaian for b in baris), batas_capaian)
    band = (
        skala.classify(quantize_percent(mean)) if skala is not None and mean is not None else None
    )
    return LaporanIku(
        baris=tuple(baris),
        rata_rata=mean,
        predikat_rata_rata=band.label if band else "",
        jumlah_dirata=count,
        jumlah_tidak_dirata=len(baris) - count,
        problems=tuple(p for b in baris for p in b.capaian.problems),
    )


@dataclass(frozen=True, slots=True)
class TargetPerjanjianKinerja:
    """A Perjanjian Kinerja indicator: the annual target and the target of each triwulan.

    Triwulan targets are written as the indicator aggregates: for ``kumulatif`` the amount of
    each quarter (summing to the year), for ``nilai_akhir`` the level to reach by the end of
    each quarter (the fourth equals the year), for ``rata_rata`` the level of each quarter.
    """

    sasaran: str
    uraian: str
    target: Quantity
    target_triwulan: tuple[Quantity, ...]
    agregasi: Agregasi = Agregasi.KUMULATIF
    polaritas: Polaritas = Polaritas.NAIK


def check_target_triwulan(pk: TargetPerjanjianKinerja) -> tuple[Problem, ...]:
    """The four triwulan targets exist and aggregate to the annual target (same units)."""
    where = Location(table="Perjanjian Kinerja", indikator=pk.uraian)
    if len(pk.target_triwulan) != 4:
        return (
            Problem(
                PK_JUMLAH_TRIWULAN,
                Severity.ERROR,
                f"Target triwulan berisi {len(pk.target_triwulan)} nilai; isi tepat 4 "
                "(triwulan I-IV).",
                where,
                found=str(len(pk.target_triwulan)),
                expected="4",
            ),
        )
    yearly = aggregate(pk.target_triwulan, pk.agregasi)
    if yearly.problems:
        return tuple(
            replace(p, location=replace(where, triwulan=p.location.triwulan))
            for p in yearly.problems
        )
    computed = yearly.nilai
    if pk.target.is_missing or computed.is_missing:
        return ()
    same = are_compatible(computed, pk.target) and (
        computed.nilai == pk.target.nilai
        if computed.nilai is not None
        else computed.teks == pk.target.teks
    )
    if same:
        return ()
    return (
        Problem(
            PK_TARGET_TRIWULAN_TIDAK_SAMA,
            Severity.ERROR,
            f"Target triwulan ({'; '.join(str(q) for q in pk.target_triwulan)}) menghasilkan "
            f"{computed} secara {pk.agregasi.value.replace('_', ' ')}, padahal target tahunan "
            f"{pk.target}. Sesuaikan target triwulan atau target tahunan.",
            where,
            found=str(computed),
            expected=str(pk.target),
        ),
    )


def target_sampai_triwulan(pk: TargetPerjanjianKinerja, triwulan: int) -> Quantity:
    """The target from triwulan I to ``triwulan``, aggregated as the indicator is."""
    return realisasi_sampai(pk.target_triwulan, pk.agregasi, triwulan).nilai


def compute_capaian_pk(
    pk: TargetPerjanjianKinerja,
    realisasi_triwulan: Sequence[Quantity],
    sampai_triwulan: int,
    skala: Scale | None = None,
) -> Capaian:
    """Capaian to date against the Perjanjian Kinerja target to date."""
    return compute_capaian_periode(
        pk.target,
        realisasi_triwulan,
        pk.agregasi,
        sampai_triwulan,
        pk.polaritas,
        pk.target_triwulan,
        skala,
    )
