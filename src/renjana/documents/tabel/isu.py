"""*Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Perangkat Daerah* (BAB II 2.3): the issues
the planners list in the section's text, one per numbered line, as a numbered table."""

from __future__ import annotations

from collections.abc import Sequence

from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H


def judul_isu(tahun: int) -> str:
    return f"Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Perangkat Daerah Tahun {tahun}"


def tabel_isu(isu: Sequence[str], *, number: str, tahun: int) -> Table:
    return Table(
        number=number,
        title=judul_isu(tahun),
        columns=(Column(5), Column(90)),
        header=((H("No"), H("Isu Penting")),),
        rows=tuple(
            Row((Cell.of(str(n), align=Align.CENTER), Cell.of(text)))
            for n, text in enumerate(isu, start=1)
        ),
        column_numbers=False,
    )
