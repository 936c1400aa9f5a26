"""T-C.30 — *Pencapaian Kinerja Pelayanan Perangkat Daerah* (domain.md §2.D).

Per service indicator: Renstra targets per year (standard: n-2 … n+1; 001 prints five years),
realisasi of the years already closed (n-2, n-1), and projections for the years still open.
This module lays those out year by year and computes what the table leaves to the reader:

* capaian of each realised year = realisasi / target × 100 (``compute_capaian``, by polaritas;
  SAKIP values such as ``60.53 / B`` compare on their score);
* proyeksi of each open year — n-1 (when its realisasi is not known yet), n and n+1: the value
  entered by the planner, else the Renstra target of that year (what documents print), marked
  ``proyeksi_dari_target``; its capaian against the target is shown too, so a projection above
  or below the Renstra path is visible. Years before n-1 are closed: a missing realisasi there
  is reported, never projected.

No values are summed (§2.D: no arithmetic roll-up).

Rounding choice: values stay unrounded; ``Capaian.persen`` is the printed figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from renjana.core.capaian import Capaian, Polaritas, compute_capaian
from renjana.core.problems import Location, Problem
from renjana.core.quantity import Quantity
from renjana.core.referensi import Scale

_MISSING = Quantity(None, "")


@dataclass(frozen=True, slots=True)
class IndikatorPelayanan:
    """One T-C.30 row as entered. ``acuan`` is the IKU/IKK or SPM reference value (col. 3)."""

    nomor: int
    uraian: str
    target: Mapping[int, Quantity]
    realisasi: Mapping[int, Quantity] = field(default_factory=dict)
    proyeksi: Mapping[int, Quantity] = field(default_factory=dict)
    acuan: Quantity = _MISSING
    polaritas: Polaritas = Polaritas.NAIK
    catatan: str = ""


@dataclass(frozen=True, slots=True)
class TahunPelayanan:
    """One year of one indicator. ``capaian`` compares the realisasi (closed years) or the
    proyeksi (open years) with that year's Renstra target."""

    tahun: int
    target: Quantity
    realisasi: Quantity
    proyeksi: Quantity
    proyeksi_dari_target: bool
    capaian: Capaian


@dataclass(frozen=True, slots=True)
class BarisPelayanan:
    indikator: IndikatorPelayanan
    tahun: tuple[TahunPelayanan, ...]
    problems: tuple[Problem, ...]

    def get(self, tahun: int) -> TahunPelayanan | None:
        return next((t for t in self.tahun if t.tahun == tahun), None)


@dataclass(frozen=True, slots=True)
class LaporanKinerjaPelayanan:
    """The rows, the plan year n, and the standard column years of the table."""

    tahun_rencana: int
    baris: tuple[BarisPelayanan, ...]
    problems: tuple[Problem, ...]

    @property
    def tahun_target(self) -> tuple[int, ...]:
        n = self.tahun_rencana
        return (n - 2, n - 1, n, n + 1)

    @property
    def tahun_realisasi(self) -> tuple[int, ...]:
        return (self.tahun_rencana - 2, self.tahun_rencana - 1)

    @property
    def tahun_proyeksi(self) -> tuple[int, ...]:
        return (self.tahun_rencana, self.tahun_rencana + 1)


def _year(item: IndikatorPelayanan, tahun: int, n: int, skala: Scale | None) -> TahunPelayanan:
    target = item.target.get(tahun, _MISSING)
    realisasi = item.realisasi.get(tahun, _MISSING)
    proyeksi, dari_target = _MISSING, False
    if n - 1 <= tahun <= n + 1 and realisasi.is_missing:
        entered = item.proyeksi.get(tahun, _MISSING)
        if not entered.is_missing:
            proyeksi = entered
        else:
            proyeksi, dari_target = target, not target.is_missing
    measured = realisasi if not realisasi.is_missing else proyeksi
    if measured.is_missing and target.is_missing:
        return TahunPelayanan(tahun, target, realisasi, proyeksi, False, Capaian(None, None))
    capaian = compute_capaian(target, measured, item.polaritas, skala)
    where = Location(table="T-C.30", indikator=item.uraian, field=str(tahun))
    placed = tuple(replace(p, location=where) for p in capaian.problems)
    return TahunPelayanan(
        tahun, target, realisasi, proyeksi, dari_target, replace(capaian, problems=placed)
    )


def compute_kinerja_pelayanan(
    indikator: Iterable[IndikatorPelayanan], tahun_rencana: int, skala: Scale | None = None
) -> LaporanKinerjaPelayanan:
    """Lay out every indicator year by year (all years that have a target, a realisasi or a
    proyeksi, plus n-2 … n+1) with capaian and projections."""
    n = tahun_rencana
    rows: list[BarisPelayanan] = []
    for item in indikator:
        years = sorted({*item.target, *item.realisasi, *item.proyeksi, *range(n - 2, n + 2)})
        per_year = tuple(_year(item, y, n, skala) for y in years)
        problems = tuple(p for t in per_year for p in t.capaian.problems)
        rows.append(BarisPelayanan(item, per_year, problems))
    return LaporanKinerjaPelayanan(
        tahun_rencana, tuple(rows), tuple(p for r in rows for p in r.problems)
    )
