"""Realisasi anggaran of a Renja year, program → kegiatan → sub kegiatan (domain.md §2.B),
laid out from ``core.anggaran.compute_realisasi_anggaran``: parents are ``SUM`` of their
children, the percentage ``4/3 × 100`` on every row (N/A where the anggaran is zero)."""

from __future__ import annotations

from collections.abc import Mapping

from renjana.core.anggaran import LaporanRealisasiAnggaran
from renjana.documents.model import Align, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import H, level_style

PERSEN = Formula("{4}/{3}*100", nonzero=(3,))


def judul_realisasi_anggaran(tahun: int) -> str:
    return f"Realisasi Anggaran Tahun {tahun}"


def tabel_realisasi_anggaran(
    laporan: LaporanRealisasiAnggaran,
    induk: Mapping[str, str | None],
    *,
    number: str,
    tahun: int,
    note: str = "",
) -> Table:
    """``induk`` maps each code to its parent's (the hierarchy the workbook sums over)."""
    rows = []
    for b in laporan.baris:
        bold, indent = level_style(b.level)
        rows.append(
            Row(
                (
                    Cell.of(b.kode),
                    Cell.of(b.nama),
                    Cell.money(b.anggaran),
                    Cell.money(b.realisasi),
                    Cell.percent(b.persen),
                ),
                key=b.kode,
                parent=induk.get(b.kode),
                level=b.level,
                bold=bold,
                indent=indent,
            )
        )
    t = laporan.total
    rows.append(
        Row(
            (
                Cell.of(t.nama, colspan=2, align=Align.CENTER),
                Cell.money(t.anggaran),
                Cell.money(t.realisasi),
                Cell.percent(t.persen),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_realisasi_anggaran(tahun),
        columns=(
            Column(18),
            Column(44),
            Column(17, rollup=True),
            Column(17, rollup=True),
            Column(9, label="5=(4/3)", formula=PERSEN),
        ),
        header=(
            (
                H("Kode", rowspan=2),
                H("Program/Kegiatan/Sub Kegiatan", rowspan=2),
                H("Belanja", colspan=2),
                H("%", rowspan=2),
            ),
            (H("Anggaran (Rp)"), H("Realisasi (Rp)")),
        ),
        rows=tuple(rows),
        indent_column=2,
        note=note,
    )
