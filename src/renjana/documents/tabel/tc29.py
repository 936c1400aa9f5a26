"""T-C.29 — *Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian
Renstra Perangkat Daerah* (domain.md §2.A), laid out from ``core.evaluasi.evaluate_tc29``.

One line per indicator; a program, kegiatan or sub kegiatan with several indicators spans its
code and name over them, and a row without an indicator keeps its place in the structure.
Columns 8 and 11 carry the capaian formula of the indicator's polaritas where the core computed
a percentage; column 10 is ``SUM(5,7,9)`` only where the core summed (a cumulative indicator
with one unit), else the latest value as a literal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from renjana.core.capaian import Polaritas
from renjana.core.evaluasi import HasilTC29
from renjana.documents.model import LITERAL, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import (
    H,
    capaian_cell,
    capaian_formula,
    level_style,
    quantity_cell,
)


@dataclass(frozen=True, slots=True)
class BarisTC29Tabel:
    """A program / kegiatan / sub kegiatan with the core's result for each of its indicators."""

    kode: str
    nama: str
    level: str
    hasil: tuple[HasilTC29, ...] = ()


def judul_tc29(tahun: int) -> str:
    """The title for the evaluated year ``tahun`` (n-2): the table runs to n-1."""
    return (
        "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra "
        f"Perangkat Daerah s/d Tahun {tahun + 1}"
    )


def _indicator_cells(h: HasilTC29) -> tuple[Cell, ...]:
    b = h.baris
    turun = b.polaritas is Polaritas.TURUN
    kolom8 = capaian_cell(h.tingkat_realisasi, capaian_formula(7, 6, turun))
    kolom10 = quantity_cell(
        h.realisasi_sd_n1, Formula("SUM({5},{7},{9})") if h.dijumlah else LITERAL
    )
    kolom11 = capaian_cell(h.tingkat_capaian, capaian_formula(10, 4, turun))
    return (
        Cell.of(b.indikator),
        quantity_cell(b.target_renstra),
        quantity_cell(b.realisasi_sd_n3),
        quantity_cell(b.target_n2),
        quantity_cell(b.realisasi_n2),
        kolom8,
        quantity_cell(b.target_n1),
        kolom10,
        kolom11,
    )


def _rows(baris: BarisTC29Tabel) -> list[Row]:
    bold, indent = level_style(baris.level)
    if not baris.hasil:
        cells = (Cell.of(baris.kode), Cell.of(baris.nama), *(Cell.of("") for _ in range(9)))
        return [Row(cells, key=baris.kode, level=baris.level, bold=bold, indent=indent)]
    span = len(baris.hasil)
    rows = []
    for i, h in enumerate(baris.hasil):
        lead = (Cell(baris.kode, rowspan=span), Cell(baris.nama, rowspan=span)) if i == 0 else ()
        rows.append(
            Row(
                (*lead, *_indicator_cells(h)),
                key=baris.kode if i == 0 else "",
                level=baris.level,
                bold=bold,
                indent=indent,
            )
        )
    return rows


def tabel_tc29(
    baris: Sequence[BarisTC29Tabel],
    *,
    number: str,
    tahun: int,
    tahun_renstra_akhir: int | None,
) -> Table:
    """T-C.29 evaluating year ``tahun`` (n-2) in the Renja of ``tahun + 2``."""
    akhir = str(tahun_renstra_akhir) if tahun_renstra_akhir else "Akhir Renstra"
    rows = [row for b in baris for row in _rows(b)]
    return Table(
        number=number,
        title=judul_tc29(tahun),
        columns=(
            Column(13),
            Column(24),
            Column(24),
            Column(10),
            Column(10),
            Column(10),
            Column(10),
            Column(9, label="8=(7/6)"),
            Column(10),
            Column(10, label="10=(5+7+9)"),
            Column(9, label="11=(10/4)"),
        ),
        header=(
            (
                H("Kode"),
                H("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"),
                H("Indikator Kinerja Program (Outcome)/Kegiatan/Sub Kegiatan (Output)"),
                H(f"Target Kinerja Capaian Program (Renstra PD) Tahun {akhir}"),
                H(
                    f"Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun "
                    f"{tahun - 1}"
                ),
                H(f"Target Renja PD Tahun {tahun}"),
                H(f"Realisasi Target Renja PD Tahun {tahun}"),
                H("Tingkat Realisasi (%)"),
                H(f"Target Program dan Kegiatan Renja PD Tahun {tahun + 1}"),
                H(f"Perkiraan Realisasi Capaian Target Renstra PD s/d Tahun {tahun + 1}"),
                H(f"Perkiraan Tingkat Capaian Target Renstra PD s/d Tahun {tahun + 1} (%)"),
            ),
        ),
        rows=tuple(rows),
        indent_column=2,
    )
