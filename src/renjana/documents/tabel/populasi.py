"""PPKS and PSKS population by year (domain.md §2.N, the by-year variant), laid out from
``core.populasi.rekap_populasi``: one row per kind with its unit, one column per year; an
unknown count ("N/A" or "-" in the source) stays N/A. Units differ between kinds (Jiwa, KK,
Lembaga), so the table has no total row."""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.populasi import BarisPopulasi
from renjana.documents.model import LITERAL, Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H


def judul_populasi(kelompok: str, tahun: Sequence[int]) -> str:
    """``Populasi PPKS Tahun 2021–2023`` (``kelompok`` PPKS or PSKS)."""
    if not tahun:
        return f"Populasi {kelompok}"
    years = str(tahun[0]) if len(tahun) == 1 else f"{tahun[0]}–{tahun[-1]}"
    return f"Populasi {kelompok} Tahun {years}"


def tabel_populasi(
    kelompok: str, tahun: Sequence[int], baris: Sequence[BarisPopulasi], *, number: str
) -> Table:
    rows = []
    for n, b in enumerate(baris, start=1):
        per_year = dict(b.per_tahun)
        cells = []
        for year in tahun:
            found = per_year.get(year)
            value = found.jumlah if found is not None else None
            cells.append(Cell.number(value, formula=LITERAL if value is None else None))
        name = f"{b.jenis} ({b.satuan})" if b.satuan else b.jenis
        rows.append(Row((Cell.of(str(n), align=Align.CENTER), Cell.of(name), *cells)))
    return Table(
        number=number,
        title=judul_populasi(kelompok, tahun),
        columns=(Column(5), Column(48), *(Column(12) for _ in tahun)),
        header=(
            (
                H("No", rowspan=2),
                H(f"Jenis {kelompok}", rowspan=2),
                H("Populasi", colspan=max(len(tahun), 1)),
            ),
            tuple(H(f"Tahun {y}") for y in tahun),
        ),
        rows=tuple(rows),
    )
