"""Anggaran per program, the RKT's tables (domain.md §1.2, §2.B program-level variant):
Tabel 2.4/3.3 *anggaran per program* (NO, PROGRAM, ANGGARAN, KET) and Tabel 2.5 *realisasi
anggaran per program* (NO, PROGRAM, ANGGARAN, REALISASI, %). The amounts are the core's
roll-ups of the Renja (``core.tree``) and of the budget realisation (``core.anggaran``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.anggaran import BarisRealisasiAnggaran
from renjana.documents.model import Align, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import H


@dataclass(frozen=True, slots=True)
class AnggaranProgram:
    """A program with its rolled-up anggaran and the remark printed with it (sumber dana)."""

    nama: str
    anggaran: Decimal
    keterangan: str = ""


def judul_anggaran_program(tahun: int) -> str:
    return f"Anggaran per Program Tahun {tahun}"


def judul_realisasi_program(tahun: int) -> str:
    return f"Realisasi dan Capaian Anggaran per Program Tahun {tahun}"


def tabel_anggaran_program(
    program: Sequence[AnggaranProgram], total: Decimal, *, number: str, tahun: int
) -> Table:
    """``total`` is the core's total of the plan (the sum of every program)."""
    rows = [
        Row(
            (
                Cell.of(str(n), align=Align.CENTER),
                Cell.of(p.nama),
                Cell.money(p.anggaran),
                Cell.of(p.keterangan),
            ),
            key=f"p{n}",
        )
        for n, p in enumerate(program, start=1)
    ]
    rows.append(
        Row(
            (Cell.of("JUMLAH", colspan=2, align=Align.CENTER), Cell.money(total), Cell.of("")),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_anggaran_program(tahun),
        columns=(Column(5), Column(50), Column(18, rollup=True), Column(20)),
        header=((H("No"), H("Program"), H("Anggaran (Rp)"), H("Ket.")),),
        rows=tuple(rows),
    )


def tabel_realisasi_program(
    program: Sequence[BarisRealisasiAnggaran],
    total: BarisRealisasiAnggaran,
    *,
    number: str,
    tahun: int,
) -> Table:
    """The program rows of the budget realisation table, with its total row."""
    rows = [
        Row(
            (
                Cell.of(str(n), align=Align.CENTER),
                Cell.of(p.nama),
                Cell.money(p.anggaran),
                Cell.money(p.realisasi),
                Cell.percent(p.persen),
            ),
            key=p.kode or f"p{n}",
        )
        for n, p in enumerate(program, start=1)
    ]
    rows.append(
        Row(
            (
                Cell.of("JUMLAH", colspan=2, align=Align.CENTER),
                Cell.money(total.anggaran),
                Cell.money(total.realisasi),
                Cell.percent(total.persen),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_realisasi_program(tahun),
        columns=(
            Column(5),
            Column(50),
            Column(18, rollup=True),
            Column(18, rollup=True),
            Column(9, label="5=(4/3)", formula=Formula("{4}/{3}*100", nonzero=(3,))),
        ),
        header=((H("No"), H("Program"), H("Anggaran (Rp)"), H("Realisasi Keuangan (Rp)"), H("%")),),
        rows=tuple(rows),
    )
