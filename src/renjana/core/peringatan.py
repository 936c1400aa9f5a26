"""Early warning: year-end projections, indicators at risk, and freshness of entries.

Before the year ends, the triwulan values so far tell where an indicator is heading:

* ``kumulatif``, without triwulan targets: the run rate, realisasi to date × 4 / triwulan
  known; with Perjanjian Kinerja triwulan targets: the rate achieved against the target to
  date carried to the year, realisasi to date × annual target / target to date (so an
  indicator planned for the fourth quarter is not called late in the first);
* ``nilai_akhir``: the latest value stands;
* ``rata_rata``: the mean of the values so far.

The projected capaian (``capaian.compute_capaian``, by polaritas) is compared with a threshold
given by the caller; indicators below it are listed worst first, and those that cannot be
projected (no data yet, no target, units that differ) are listed apart, never hidden.

Freshness: for each bidang, the days since its last entry as of a date passed in (there is no
clock in the core) against a limit in days.

Rounding choice: projections and capaian are unrounded; ``Capaian.persen`` is the printed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from renjana.core.capaian import (
    TRIWULAN,
    Agregasi,
    Capaian,
    Polaritas,
    compute_capaian,
    realisasi_sampai,
)
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, are_compatible

PROYEKSI_TANPA_TARGET_TRIWULAN = "PROYEKSI_TANPA_TARGET_TRIWULAN"
ENTRI_TERLAMBAT = "ENTRI_TERLAMBAT"
ENTRI_BELUM_ADA = "ENTRI_BELUM_ADA"

_MISSING = Quantity(None, "")


@dataclass(frozen=True, slots=True)
class IndikatorPantauan:
    """An indicator being monitored: its annual target and the triwulan values so far."""

    kode: str
    uraian: str
    target: Quantity
    realisasi_triwulan: tuple[Quantity, ...]
    agregasi: Agregasi = Agregasi.KUMULATIF
    polaritas: Polaritas = Polaritas.NAIK
    target_triwulan: tuple[Quantity, ...] = ()
    bidang: str = ""


@dataclass(frozen=True, slots=True)
class Proyeksi:
    """The realisasi to date, the projected year-end value and its capaian."""

    indikator: IndikatorPantauan
    sampai_triwulan: int
    realisasi_sd: Quantity
    proyeksi: Quantity
    capaian: Capaian
    problems: tuple[Problem, ...]


def _carry_rate(
    ind: IndikatorPantauan, sampai: int, realized: Quantity
) -> tuple[Quantity, tuple[Problem, ...]]:
    """realisasi to date × annual target / target to date (kumulatif with triwulan targets)."""
    goal = realisasi_sampai(ind.target_triwulan, Agregasi.KUMULATIF, sampai)
    if goal.problems:
        return _MISSING, goal.problems
    to_date = goal.nilai
    if (
        to_date.nilai is None
        or to_date.nilai == 0
        or ind.target.nilai is None
        or realized.nilai is None
        or not are_compatible(to_date, realized)
    ):
        problem = Problem(
            PROYEKSI_TANPA_TARGET_TRIWULAN,
            Severity.INFO,
            f"Target s/d triwulan {sampai} kosong atau nol; proyeksi akhir tahun belum dapat "
            "dihitung dari laju capaian.",
            Location(kode=ind.kode, indikator=ind.uraian, triwulan=sampai),
        )
        return _MISSING, (problem,)
    value = realized.nilai * ind.target.nilai / to_date.nilai
    return Quantity(value, realized.satuan), ()


def project_year_end(ind: IndikatorPantauan, sampai_triwulan: int | None = None) -> Proyeksi:
    """Project the year-end value from triwulan I to ``sampai_triwulan`` (default: every value
    given) and its capaian against the annual target."""
    sampai = len(ind.realisasi_triwulan) if sampai_triwulan is None else sampai_triwulan
    sampai = min(sampai, 4)
    if sampai == 0:
        realized = _MISSING
        problems: tuple[Problem, ...] = ()
    else:
        period = realisasi_sampai(ind.realisasi_triwulan, ind.agregasi, sampai)
        realized, problems = period.nilai, period.problems
    proyeksi = realized
    if ind.agregasi is Agregasi.KUMULATIF and realized.nilai is not None and sampai in TRIWULAN:
        if ind.target_triwulan:
            proyeksi, more = _carry_rate(ind, sampai, realized)
            problems = (*problems, *more)
        else:
            proyeksi = Quantity(realized.nilai * 4 / sampai, realized.satuan)
    capaian = compute_capaian(ind.target, proyeksi, ind.polaritas)
    where = Location(kode=ind.kode, indikator=ind.uraian, triwulan=sampai or None)
    placed = tuple(
        p.at(
            kode=where.kode,
            indikator=where.indikator,
            triwulan=p.location.triwulan if p.location.triwulan is not None else where.triwulan,
        )
        for p in (*problems, *capaian.problems)
    )
    return Proyeksi(ind, sampai, realized, proyeksi, capaian, placed)


@dataclass(frozen=True, slots=True)
class PeringatanDini:
    """Indicators projected below the threshold (worst first) and those not projectable."""

    ambang: Decimal
    berisiko: tuple[Proyeksi, ...]
    tidak_terproyeksi: tuple[Proyeksi, ...]


def list_at_risk(
    indikator: Iterable[IndikatorPantauan],
    ambang: Decimal,
    sampai_triwulan: int | None = None,
) -> PeringatanDini:
    """Indicators whose projected year-end capaian is below ``ambang`` percent (a qualitative
    target projected as not achieved is at risk too)."""
    projections = [project_year_end(i, sampai_triwulan) for i in indikator]
    at_risk = [
        p
        for p in projections
        if (p.capaian.nilai is not None and p.capaian.nilai < ambang)
        or (p.capaian.is_qualitative and p.capaian.tercapai is False)
    ]
    at_risk.sort(key=lambda p: (p.capaian.nilai is None, p.capaian.nilai or 0, p.indikator.kode))
    unknown = tuple(p for p in projections if p.capaian.is_na)
    return PeringatanDini(ambang, tuple(at_risk), unknown)


class StatusEntri(StrEnum):
    SEGAR = "segar"
    TERLAMBAT = "terlambat"
    BELUM_ADA = "belum_ada"


@dataclass(frozen=True, slots=True)
class KesegaranEntri:
    """How fresh the entries of one bidang are as of a given date."""

    bidang: str
    terakhir: date | None
    hari: int | None
    status: StatusEntri
    problems: tuple[Problem, ...]


def check_freshness(
    terakhir: Mapping[str, date | None], per_tanggal: date, batas_hari: int = 30
) -> tuple[KesegaranEntri, ...]:
    """Per bidang (in the order given): days since the last entry on ``per_tanggal`` and
    whether it exceeds ``batas_hari``. The date is passed in; the core reads no clock."""
    result: list[KesegaranEntri] = []
    for bidang, last in terakhir.items():
        where = Location(opd=bidang)
        if last is None:
            problem = Problem(
                ENTRI_BELUM_ADA,
                Severity.WARNING,
                f"Bidang {bidang} belum pernah mengisi realisasi; minta operatornya mengisi.",
                where,
            )
            result.append(KesegaranEntri(bidang, None, None, StatusEntri.BELUM_ADA, (problem,)))
            continue
        days = (per_tanggal - last).days
        if days > batas_hari:
            problem = Problem(
                ENTRI_TERLAMBAT,
                Severity.WARNING,
                f"Isian terakhir bidang {bidang} {days} hari yang lalu ({last.isoformat()}), "
                f"melewati batas {batas_hari} hari; minta pembaruan realisasi.",
                where,
                found=str(days),
                expected=f"<= {batas_hari}",
            )
            result.append(KesegaranEntri(bidang, last, days, StatusEntri.TERLAMBAT, (problem,)))
        else:
            result.append(KesegaranEntri(bidang, last, days, StatusEntri.SEGAR, ()))
    return tuple(result)
