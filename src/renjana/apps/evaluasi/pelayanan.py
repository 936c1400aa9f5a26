"""T-C.30 — *Pencapaian Kinerja Pelayanan* of an office in the Renja of ``tahun + 2``
(domain.md §2.D; ``core.kinerja_pelayanan``).

The service indicators are the Renstra's sasaran indicators; a Renstra without any uses its
program indicators. Per year: the Renstra target, and the realisasi — the Renstra's value of
that year (a value reported "s/d" counts only for an indicator that is not summed, where it
is the level reached), else, for a program indicator, the annual realisasi of the same
indicator in that year's Renja. Capaian and projections for the open years are the core's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from renjana.apps.evaluasi.renja import DataRenja, load_renja, match, renja_for
from renjana.apps.evaluasi.renstra import (
    DataRenstra,
    IndikatorRenstra,
    load_renstra,
    renstra_for,
)
from renjana.apps.evaluasi.skala import KINERJA_RENJA, scale_for
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.capaian import Agregasi, realisasi_tahunan
from renjana.core.kinerja_pelayanan import (
    IndikatorPelayanan,
    LaporanKinerjaPelayanan,
    compute_kinerja_pelayanan,
)
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity
from renjana.core.referensi import Scale

PELAYANAN_TANPA_INDIKATOR = "PELAYANAN_TANPA_INDIKATOR"


@dataclass(frozen=True, slots=True)
class TabelPelayanan:
    """The T-C.30 table of the Renja ``tahun_rencana``; ``sumber`` says which indicators were
    used (``sasaran`` or ``program``)."""

    tahun: int
    laporan: LaporanKinerjaPelayanan | None
    sumber: str
    problems: tuple[Problem, ...]

    @property
    def tahun_rencana(self) -> int:
        return self.tahun + 2


def _realisasi(ind: IndikatorRenstra, renja: Mapping[int, DataRenja]) -> dict[int, Quantity]:
    values: dict[int, Quantity] = {}
    for tahun, entry in ind.tahunan.items():
        if entry.realisasi.is_missing:
            continue
        if entry.realisasi_kumulatif and ind.agregasi is Agregasi.KUMULATIF:
            continue
        values[tahun] = entry.realisasi
    if not ind.kode:
        return values
    for tahun, data in renja.items():
        if tahun in values:
            continue
        row = data.find(ind.kode)
        if row is None:
            continue
        found = match(ind.uraian, 0, row.indikator)
        if found is None:
            continue
        annual = realisasi_tahunan(
            found.realisasi_triwulan, found.agregasi, found.realisasi_dilaporkan
        ).nilai
        if not annual.is_missing:
            values[tahun] = annual
    return values


def build_tc30(
    tahun: int,
    renstra: DataRenstra | None,
    renja: Mapping[int, DataRenja],
    skala: Scale | None,
) -> TabelPelayanan:
    """T-C.30 from loaded data (no queries); ``renja`` holds the Renja of the closed years."""
    indicators = renstra.of_sasaran() if renstra else ()
    sumber = "sasaran"
    if renstra and not indicators:
        indicators, sumber = renstra.of_level("program"), "program"
    if not indicators:
        problem = Problem(
            PELAYANAN_TANPA_INDIKATOR,
            Severity.WARNING,
            f"Tidak ada indikator sasaran atau program Renstra untuk tahun {tahun}; T-C.30 "
            "belum dapat disusun. Lengkapi indikator sasaran Renstra beserta target tahunannya.",
            Location(table="T-C.30"),
        )
        return TabelPelayanan(tahun, None, sumber, (problem,))
    rows = [
        IndikatorPelayanan(
            nomor=nomor,
            uraian=ind.uraian,
            target={y: t.target for y, t in ind.tahunan.items() if not t.target.is_missing},
            realisasi=_realisasi(ind, renja),
            polaritas=ind.polaritas,
        )
        for nomor, ind in enumerate(indicators, start=1)
    ]
    laporan = compute_kinerja_pelayanan(rows, tahun + 2, skala)
    return TabelPelayanan(tahun, laporan, sumber, laporan.problems)


def tc30_for(pd: PerangkatDaerah, tahun: int) -> TabelPelayanan:
    """T-C.30 of the Renja ``tahun + 2`` (the caller has checked access)."""
    renstra = renstra_for(pd, tahun + 2) or renstra_for(pd, tahun)
    closed = {y: renja_for(pd, y) for y in (tahun, tahun + 1)}
    renja = {y: load_renja(r) for y, r in closed.items() if r is not None}
    return build_tc30(
        tahun,
        load_renstra(renstra) if renstra else None,
        renja,
        scale_for(KINERJA_RENJA, tahun + 2),
    )
