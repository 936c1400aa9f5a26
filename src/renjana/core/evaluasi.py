"""T-C.29: evaluation of last year's Renja and of the Renstra achievement (domain.md §2.A).

The planner enters columns 4–7 and 9 (targets and realisasi, each a ``Quantity``); this module
computes the rest, so no percentage is ever typed:

* column 8 = 7 / 6 × 100 — the tingkat realisasi of year n-2 (``compute_capaian``, honouring
  polaritas);
* column 10 = 5 + 7 + 9 — only for a cumulative indicator whose values share one unit;
  otherwise (a percentage, an index, a stock such as "59 Unit dipelihara", a qualitative
  value, or units that differ) the latest value given (9, else 7, else 5) stands for the
  achievement to date, and adding different units is reported (S001-06);
* column 11 = 10 / 4 × 100 — a true percentage (S001-05: documents print the raw quotient).

Division by zero, a missing target or incomparable units give N/A with a ``Problem``. Values are
never summed up the hierarchy (§2.A): each row has its own indicator.

Rounding choice: results hold unrounded values (``Capaian.nilai``, ``Quantity.nilai``);
``Capaian.persen`` gives the printed two-decimal figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.capaian import Capaian, Polaritas, compute_capaian
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import PERSEN, POIN, Quantity, are_compatible
from renjana.core.referensi import Scale

#: Column 10 could not add 5 + 7 + 9 because their units differ; the latest value is used.
TC29_SATUAN_BERBEDA = "TC29_SATUAN_BERBEDA"
#: A percentage or score indicator flagged cumulative: it is never summed.
TC29_TIDAK_DAPAT_DIJUMLAH = "TC29_TIDAK_DAPAT_DIJUMLAH"

#: Units whose values are levels, not counts: adding them has no meaning.
_NOT_ADDITIVE = frozenset({PERSEN, POIN})


@dataclass(frozen=True, slots=True)
class BarisTC29:
    """One T-C.29 row as entered: the indicator and columns 4, 5, 6, 7 and 9."""

    kode: str
    nama: str
    indikator: str
    target_renstra: Quantity  # 4: target at the end of the Renstra period
    realisasi_sd_n3: Quantity  # 5: realisasi up to year n-3
    target_n2: Quantity  # 6: Renja target of year n-2
    realisasi_n2: Quantity  # 7: realisasi of year n-2
    target_n1: Quantity  # 9: Renja target of year n-1 (assumed met)
    is_cumulative: bool = True
    polaritas: Polaritas = Polaritas.NAIK
    urutan_kualitatif: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HasilTC29:
    """The computed columns of one row and the findings on it.

    ``dijumlah`` tells whether column 10 is the sum 5 + 7 + 9 (True) or the latest value.
    """

    baris: BarisTC29
    tingkat_realisasi: Capaian  # 8
    realisasi_sd_n1: Quantity  # 10
    dijumlah: bool
    tingkat_capaian: Capaian  # 11
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class LaporanTC29:
    """All rows in input order and every problem found."""

    hasil: tuple[HasilTC29, ...]
    problems: tuple[Problem, ...]

    def find(self, kode: str) -> HasilTC29 | None:
        return next((h for h in self.hasil if h.baris.kode == kode), None)


def _latest(parts: Sequence[Quantity]) -> Quantity:
    """Column 9, else 7, else 5: the most recent value given."""
    return next((q for q in reversed(parts) if not q.is_missing), Quantity(None, ""))


def realisasi_sampai_n1(baris: BarisTC29) -> tuple[Quantity, bool, tuple[Problem, ...]]:
    """Column 10 of a row: (value, summed?, problems)."""
    parts = (baris.realisasi_sd_n3, baris.realisasi_n2, baris.target_n1)
    present = [q for q in parts if not q.is_missing]
    latest = _latest(parts)
    if not baris.is_cumulative or not present:
        return latest, False, ()
    if any(q.nilai is None for q in present):
        return latest, False, ()
    first = present[0]
    shown = " + ".join(str(q) for q in present)
    if not all(are_compatible(first, q) for q in present[1:]):
        message = (
            f"Kolom 10 (5+7+9) menjumlah satuan yang berbeda ({shown}); dipakai nilai terakhir "
            f"{latest}. Samakan satuan realisasi dan target, atau tandai indikator ini "
            "tidak kumulatif."
        )
        problem = Problem(
            TC29_SATUAN_BERBEDA, Severity.WARNING, message, found=shown, expected=str(latest)
        )
        return latest, False, (problem,)
    if first.satuan in _NOT_ADDITIVE:
        message = (
            f"Nilai {first.satuan} tidak dijumlah ({shown}); kolom 10 memakai nilai terakhir "
            f"{latest}. Persentase dan indeks bukan indikator kumulatif."
        )
        problem = Problem(TC29_TIDAK_DAPAT_DIJUMLAH, Severity.INFO, message, found=shown)
        return latest, False, (problem,)
    total: Decimal = sum((q.nilai for q in present if q.nilai is not None), ZERO)
    return Quantity(total, first.satuan), True, ()


def _placed(capaian: Capaian, location: Location) -> Capaian:
    problems = tuple(replace(p, location=location) for p in capaian.problems)
    return replace(capaian, problems=problems)


def evaluate_tc29_row(baris: BarisTC29, skala: Scale | None = None) -> HasilTC29:
    """Columns 8, 10 and 11 of one row; ``skala`` (optional) rates columns 8 and 11."""
    where = Location(table="T-C.29", kode=baris.kode, indikator=baris.indikator)
    kolom8 = _placed(
        compute_capaian(
            baris.target_n2, baris.realisasi_n2, baris.polaritas, skala, baris.urutan_kualitatif
        ),
        replace(where, column="8"),
    )
    kolom10, dijumlah, sum_problems = realisasi_sampai_n1(baris)
    kolom11 = _placed(
        compute_capaian(
            baris.target_renstra, kolom10, baris.polaritas, skala, baris.urutan_kualitatif
        ),
        replace(where, column="11"),
    )
    at10 = tuple(replace(p, location=replace(where, column="10")) for p in sum_problems)
    problems = (*kolom8.problems, *at10, *kolom11.problems)
    return HasilTC29(baris, kolom8, kolom10, dijumlah, kolom11, problems)


def evaluate_tc29(rows: Iterable[BarisTC29], skala: Scale | None = None) -> LaporanTC29:
    """Every row of a T-C.29 table, in input order."""
    hasil = tuple(evaluate_tc29_row(row, skala) for row in rows)
    return LaporanTC29(hasil, tuple(p for h in hasil for p in h.problems))
