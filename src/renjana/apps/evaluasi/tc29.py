"""T-C.29 of an office for the evaluated year ``tahun`` (= n-2): the core inputs gathered from
the Renstra, the Renja of ``tahun`` and the Renja of ``tahun + 1``, evaluated by
``core.evaluasi.evaluate_tc29`` (domain.md §2.A).

Per Renja row and indicator:

* column 4 — the Renstra target of its last year; column 5 — the Renstra realisasi up to
  ``tahun - 1`` (n-3), a value reported "s/d" plus later single years (``renstra``);
* column 6 — the target of the Renja ``tahun``; column 7 — its annual realisasi: the value
  reported for the year, else the triwulan values aggregated (``core.capaian.realisasi_tahunan``,
  which also reports a reported value that disagrees with its triwulan);
* column 9 — the target of the same indicator in the Renja ``tahun + 1``;
* ``is_cumulative`` — the indicator's agregasi is ``kumulatif``.

Indicators are followed from plan to plan by their text, else their position in the row.
Rows without an indicator are kept for the structure, with no computed columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from renjana.apps.evaluasi.renja import (
    MISSING,
    BarisRenja,
    DataRenja,
    IndikatorRenja,
    code_sort_key,
    load_renja,
    match,
    renja_for,
)
from renjana.apps.evaluasi.renstra import DataRenstra, load_renstra, renstra_for
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.capaian import (
    CAPAIAN_TANPA_TARGET,
    Agregasi,
    NilaiPeriode,
    realisasi_tahunan,
)
from renjana.core.evaluasi import BarisTC29, HasilTC29, LaporanTC29, evaluate_tc29
from renjana.core.problems import Location, Problem, Severity

EVALUASI_RENJA_TIDAK_ADA = "EVALUASI_RENJA_TIDAK_ADA"
EVALUASI_RENSTRA_TIDAK_ADA = "EVALUASI_RENSTRA_TIDAK_ADA"
TABEL = "T-C.29"


@dataclass(frozen=True, slots=True)
class BarisTabelTC29:
    """One program / kegiatan / sub kegiatan of the table with the results of its indicators."""

    kode: str
    nama: str
    level: str
    induk: str | None
    depth: int
    hasil: tuple[HasilTC29, ...]


@dataclass(frozen=True, slots=True)
class TabelTC29:
    """The table: ``tahun`` = n-2, the Renstra end year (column 4), rows, the core report and
    every problem (data gaps first, then the core's findings)."""

    tahun: int
    tahun_renstra_akhir: int | None
    baris: tuple[BarisTabelTC29, ...]
    laporan: LaporanTC29
    problems: tuple[Problem, ...]

    @property
    def tahun_rencana(self) -> int:
        return self.tahun + 2

    def find(self, kode: str) -> BarisTabelTC29 | None:
        return next((b for b in self.baris if b.kode == kode), None)


def _placed(period: NilaiPeriode, kode: str, indikator: str, kolom: str) -> tuple[Problem, ...]:
    where = Location(table=TABEL, kode=kode, indikator=indikator, column=kolom)
    return tuple(replace(p, location=replace(where, triwulan=p.location.triwulan))
                 for p in period.problems)  # fmt: skip


def _depths(rows: Mapping[str, BarisRenja]) -> dict[str, int]:
    def depth(kode: str) -> int:
        parent = rows[kode].induk
        return 0 if parent is None or parent not in rows else depth(parent) + 1

    return {kode: depth(kode) for kode in rows}


def _input(
    kode: str,
    nama: str,
    ind: IndikatorRenja,
    n1: IndikatorRenja | None,
    renstra: DataRenstra | None,
    position: int,
    tahun: int,
) -> tuple[BarisTC29, tuple[Problem, ...]]:
    """The entered columns of one indicator line, and the problems met gathering them."""
    rind = match(ind.uraian, position, renstra.of_row(kode)) if renstra else None
    problems: list[Problem] = []
    target_renstra = sd_n3 = MISSING
    if rind is not None and renstra is not None:
        target_renstra = rind.target(renstra.tahun_akhir)
        sampai = rind.realisasi_sampai(tahun - 1)
        sd_n3 = sampai.nilai
        problems.extend(_placed(sampai, kode, ind.uraian, "5"))
    annual = realisasi_tahunan(ind.realisasi_triwulan, ind.agregasi, ind.realisasi_dilaporkan)
    problems.extend(_placed(annual, kode, ind.uraian, "7"))
    baris = BarisTC29(
        kode=kode,
        nama=nama,
        indikator=ind.uraian,
        target_renstra=target_renstra,
        realisasi_sd_n3=sd_n3,
        target_n2=ind.target,
        realisasi_n2=annual.nilai,
        target_n1=n1.target if n1 is not None else MISSING,
        is_cumulative=ind.agregasi is Agregasi.KUMULATIF,
        polaritas=ind.polaritas,
    )
    return baris, tuple(problems)


def _only_n1(kode: str, nama: str, ind: IndikatorRenja, renstra: DataRenstra | None,
             position: int, tahun: int) -> tuple[BarisTC29, tuple[Problem, ...]]:  # fmt: skip
    """A row new in the Renja ``tahun + 1``: no target or realisasi of ``tahun``."""
    empty = replace(ind, target=MISSING, realisasi={})
    baris, problems = _input(kode, nama, empty, ind, renstra, position, tahun)
    return replace(baris, is_cumulative=ind.agregasi is Agregasi.KUMULATIF), problems


def build_tc29(
    tahun: int, n2: DataRenja | None, n1: DataRenja | None, renstra: DataRenstra | None
) -> TabelTC29:
    """The T-C.29 table from loaded plans (no queries)."""
    gaps: list[Problem] = []
    if n2 is None:
        gaps.append(
            Problem(
                EVALUASI_RENJA_TIDAK_ADA,
                Severity.WARNING,
                f"Renja tahun {tahun} belum ada, jadi kolom 6-8 kosong. Susun atau impor Renja "
                f"{tahun} beserta realisasinya.",
                Location(table=TABEL),
            )
        )
    if n1 is None:
        gaps.append(
            Problem(
                EVALUASI_RENJA_TIDAK_ADA,
                Severity.INFO,
                f"Renja tahun {tahun + 1} belum ada, jadi kolom 9 (target {tahun + 1}) kosong.",
                Location(table=TABEL),
            )
        )
    if renstra is None:
        gaps.append(
            Problem(
                EVALUASI_RENSTRA_TIDAK_ADA,
                Severity.WARNING,
                f"Belum ada Renstra yang mencakup tahun {tahun}; kolom 4, 5 dan 11 N/A. "
                "Lengkapi Renstra dengan target tahunan dan realisasinya.",
                Location(table=TABEL),
            )
        )
    rows_n2 = {b.kode: b for b in n2.baris} if n2 else {}
    rows_n1 = {b.kode: b for b in n1.baris} if n1 else {}
    rows = {**rows_n1, **rows_n2}
    depths = _depths(rows)
    inputs: list[BarisTC29] = []
    counts: list[int] = []
    for kode in sorted(rows, key=code_sort_key):
        row = rows[kode]
        later = rows_n1.get(kode)
        made = 0
        if kode in rows_n2:
            for position, ind in enumerate(row.indikator):
                n1_ind = match(ind.uraian, position, later.indikator) if later else None
                baris, problems = _input(kode, row.nama, ind, n1_ind, renstra, position, tahun)
                inputs.append(baris)
                gaps.extend(problems)
                made += 1
        elif later is not None:
            for position, ind in enumerate(later.indikator):
                baris, problems = _only_n1(kode, row.nama, ind, renstra, position, tahun)
                inputs.append(baris)
                gaps.extend(problems)
                made += 1
        counts.append(made)
    laporan = evaluate_tc29(inputs)
    table: list[BarisTabelTC29] = []
    cursor = 0
    for kode, made in zip(sorted(rows, key=code_sort_key), counts, strict=True):
        row = rows[kode]
        hasil = laporan.hasil[cursor : cursor + made]
        cursor += made
        table.append(BarisTabelTC29(kode, row.nama, row.level, row.induk, depths[kode], hasil))
    found = laporan.problems
    if renstra is None:  # one finding says it already; not one per row
        found = tuple(
            p for p in found
            if not (p.code == CAPAIAN_TANPA_TARGET and p.location.column == "11")
        )  # fmt: skip
    return TabelTC29(
        tahun=tahun,
        tahun_renstra_akhir=renstra.tahun_akhir if renstra else None,
        baris=tuple(table),
        laporan=laporan,
        problems=(*gaps, *found),
    )


def tc29_for(pd: PerangkatDaerah, tahun: int) -> TabelTC29:
    """T-C.29 evaluating year ``tahun`` (the caller has checked access)."""
    renja_n2 = renja_for(pd, tahun)
    renja_n1 = renja_for(pd, tahun + 1)
    n2 = load_renja(renja_n2) if renja_n2 else None
    n1 = load_renja(renja_n1) if renja_n1 else None
    renstra = renstra_for(pd, tahun, renja_n2.renstra_id if renja_n2 else None)
    return build_tc29(tahun, n2, n1, load_renstra(renstra) if renstra else None)
