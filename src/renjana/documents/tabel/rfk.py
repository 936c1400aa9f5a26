"""RFK — *Laporan Realisasi Fisik dan Keuangan* of a Renja year (domain.md §2.C), laid out from
``core.rfk.compute_rfk``.

Columns as seed 003 TABEL 2.1 prints them, with the code beside the name: No (per program),
Sasaran Strategis, Kode, Program/Kegiatan, Indikator, Pagu, Bobot, Fisik % and TTB, Keuangan
Rp, % and TTB, Sisa Pagu. The workbook explains each figure: leaves carry
``bobot = pagu / Σpagu × 100``, ``TTB fisik = pagu × fisik % / Σpagu`` (= bobot × fisik % / 100),
``keuangan % = realisasi / pagu × 100``, ``TTB keuangan = realisasi / Σpagu × 100`` (or
``/ Σrealisasi`` for the proporsi method) and ``sisa = pagu − realisasi``; parents and the
JUMLAH row are sums. Where the core says N/A (no fisik entered, a zero Σ pagu) the cell is a
literal, since a sum of nothing would print 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from renjana.core.rfk import BarisRfk, LaporanRfk, MetodeTtbKeuangan
from renjana.documents.model import LITERAL, Align, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import H, level_style, money, percent

# Printed column numbers.
_PAGU, _BOBOT, _FISIK, _FISIK_TTB, _REALISASI, _KEU, _KEU_TTB, _SISA = 6, 7, 8, 9, 10, 11, 12, 13


def judul_rfk(tahun: int) -> str:
    return f"Laporan Realisasi Fisik dan Keuangan Sumber Dana APBD per 31 Desember {tahun}"


def _leaf_formulas(metode: MetodeTtbKeuangan, has_total: bool) -> dict[int, Formula | None]:
    if not has_total:
        return {_BOBOT: LITERAL, _FISIK_TTB: LITERAL, _KEU_TTB: LITERAL}
    base = _PAGU if metode is MetodeTtbKeuangan.STANDAR else _REALISASI
    return {
        _BOBOT: Formula(f"{{{_PAGU}}}/{{total:{_PAGU}}}*100"),
        _FISIK_TTB: Formula(f"{{{_PAGU}}}*{{{_FISIK}}}/{{total:{_PAGU}}}", numbers=(_FISIK,)),
        _KEU_TTB: Formula(f"{{{_REALISASI}}}/{{total:{base}}}*100"),
    }


def _row(
    b: BarisRfk,
    nomor: str,
    induk: str | None,
    formulas: Mapping[int, Formula | None],
    *,
    total: bool = False,
) -> Row:
    leaf = b.is_leaf and not total

    def share(value: Decimal | None, column: int) -> Cell:
        if value is None:
            return percent(None)
        return Cell.percent(value, formula=formulas.get(column) if leaf else None)

    fisik = Cell.percent(b.fisik_persen) if leaf else Cell.of("")
    lead = (
        (Cell.of(b.nama, colspan=5, align=Align.CENTER),)
        if total
        else (
            Cell.of(nomor, align=Align.CENTER),
            Cell.of(b.sasaran_strategis),
            Cell.of(b.kode),
            Cell.of(b.nama),
            Cell.of(b.indikator),
        )
    )
    bold, indent = (True, 0) if total else level_style(b.level)
    return Row(
        (
            *lead,
            Cell.money(b.pagu),
            share(b.bobot, _BOBOT),
            fisik,
            share(b.fisik_ttb, _FISIK_TTB),
            Cell.money(b.realisasi),
            percent(b.keuangan_persen),
            share(b.keuangan_ttb, _KEU_TTB),
            money(b.sisa),
        ),
        key="" if total else b.kode,
        parent=induk,
        level=b.level,
        bold=bold or not b.is_leaf,
        indent=indent,
        total=total,
    )


def tabel_rfk(
    laporan: LaporanRfk, induk: Mapping[str, str | None], *, number: str, tahun: int
) -> Table:
    """``induk`` maps each code to its parent's; programs are numbered in order."""
    formulas = _leaf_formulas(laporan.metode, laporan.jumlah.pagu != 0)
    rows: list[Row] = []
    program = 0
    for b in laporan.baris:
        nomor = ""
        if b.level == "program":
            program += 1
            nomor = str(program)
        rows.append(_row(b, nomor, induk.get(b.kode), formulas))
    rows.append(_row(laporan.jumlah, "", None, formulas, total=True))
    return Table(
        number=number,
        title=judul_rfk(tahun),
        columns=(
            Column(4),
            Column(18),
            Column(12),
            Column(24),
            Column(20),
            Column(15, rollup=True),
            Column(8, rollup=True),
            Column(7),
            Column(8, rollup=True),
            Column(15, rollup=True),
            Column(8, formula=Formula(f"{{{_REALISASI}}}/{{{_PAGU}}}*100", nonzero=(_PAGU,))),
            Column(8, rollup=True),
            Column(15, rollup=True, formula=Formula(f"{{{_PAGU}}}-{{{_REALISASI}}}")),
        ),
        header=(
            (
                H("No", rowspan=2),
                H("Sasaran Strategis", rowspan=2),
                H("Kode", rowspan=2),
                H("Program/Kegiatan", rowspan=2),
                H("Indikator Kinerja Program/Kegiatan", rowspan=2),
                H("Pagu Anggaran Perubahan (Rp)", rowspan=2),
                H("Bobot", rowspan=2),
                H("Realisasi Fisik", colspan=2),
                H("Realisasi Keuangan", colspan=3),
                H("Sisa Pagu (Rp)", rowspan=2),
            ),
            (H("%"), H("TTB"), H("Rp"), H("%"), H("TTB")),
        ),
        rows=tuple(rows),
        indent_column=4,
        note=(
            "TTB = tertimbang: bobot × capaian / 100."
            if laporan.metode is MetodeTtbKeuangan.STANDAR
            else "TTB keuangan = realisasi kegiatan / jumlah realisasi × 100."
        ),
    )
