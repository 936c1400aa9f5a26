"""The office profile tables of an RKT (domain.md §1.2, §2.N, seed 002 Tabel 1.1–1.4): the
*susunan organisasi* (units indented under their parent, ``core.profil.walk``), the staff by
pendidikan (ASN, PHL) and the ASN by golongan/ruang with subtotals (``core.sdm``). In the
workbook JUMLAH = L + P on each row, the JUMLAH/TOTAL row and the golongan subtotals are sums.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from renjana.core.sdm import BarisSdm, TabelGolongan, TabelPendidikan
from renjana.documents.model import Align, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import H

_COUNT_COLUMNS = (
    Column(10, rollup=True),
    Column(10, rollup=True),
    Column(12, rollup=True, formula=Formula("{3}+{4}")),
)
_COUNT_HEADER = (H("L"), H("P"), H("Jumlah (Orang)"))


def judul_susunan(nama_opd: str) -> str:
    return f"Susunan Organisasi {nama_opd}"


def judul_pendidikan(status: str, tahun: int) -> str:
    return f"Jumlah {status} Menurut Tingkat Pendidikan Tahun {tahun}"


def judul_golongan(tahun: int) -> str:
    return f"Jumlah ASN Menurut Golongan/Ruang Tahun {tahun}"


def tabel_susunan(units: Sequence[tuple[int, str]], *, nama_opd: str, number: str) -> Table:
    """``units`` are ``(depth, nama)`` in display order (``core.profil.walk``)."""
    rows = tuple(
        Row((Cell.of(str(n), align=Align.CENTER), Cell.of(nama)), bold=depth == 0, indent=depth)
        for n, (depth, nama) in enumerate(units, start=1)
    )
    return Table(
        number=number,
        title=judul_susunan(nama_opd),
        columns=(Column(5), Column(80)),
        header=((H("No"), H("Unit Organisasi")),),
        rows=rows,
        indent_column=2,
        column_numbers=False,
    )


def _counts(row: BarisSdm) -> tuple[Cell, Cell, Cell]:
    return (
        Cell.number(Decimal(row.laki_laki)),
        Cell.number(Decimal(row.perempuan)),
        Cell.number(Decimal(row.jumlah)),
    )


def tabel_pendidikan(tabel: TabelPendidikan, *, number: str, tahun: int) -> Table:
    rows = [
        Row((Cell.of(str(n), align=Align.CENTER), Cell.of(b.label), *_counts(b)))
        for n, b in enumerate(tabel.baris, start=1)
    ]
    rows.append(
        Row(
            (Cell.of("JUMLAH", colspan=2, align=Align.CENTER), *_counts(tabel.jumlah)),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_pendidikan(tabel.status.label, tahun),
        columns=(Column(5), Column(30), *_COUNT_COLUMNS),
        header=((H("No"), H("Pendidikan"), *_COUNT_HEADER),),
        rows=tuple(rows),
    )


def tabel_golongan(tabel: TabelGolongan, *, number: str, tahun: int) -> Table:
    rows = []
    for n, kelompok in enumerate(tabel.kelompok, start=1):
        key = f"gol:{kelompok.golongan}"
        rows.append(
            Row(
                (
                    Cell.of(str(n), align=Align.CENTER),
                    Cell.of(kelompok.subtotal.label),
                    *_counts(kelompok.subtotal),
                ),
                key=key,
                bold=True,
            )
        )
        rows.extend(
            Row(
                (Cell.of(""), Cell.of(b.label), *_counts(b)),
                key=f"{key}:{b.label}",
                parent=key,
                indent=1,
            )
            for b in kelompok.baris
        )
    rows.append(
        Row(
            (Cell.of("TOTAL", colspan=2, align=Align.CENTER), *_counts(tabel.total)),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_golongan(tahun),
        columns=(Column(5), Column(30), *_COUNT_COLUMNS),
        header=((H("No"), H("Golongan/Ruang"), *_COUNT_HEADER),),
        rows=tuple(rows),
        indent_column=2,
    )
