"""Raw typed rows for every table kind: each cell as printed plus the value it reads as.

Kinds without a dedicated core input (T-C.30, T-C.31, T-C.32, priorities, tujuan/sasaran,
populations, staff tables, …) are still returned row by row, so later rules can use them:
a named column is read by its kind (an amount, a percentage, a target, a code), and any other
printed column by the shape of the cell. Columns carry their printed label. A table whose
columns could not be inferred (layout ``LINES``) gives one text column ``baris``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from renjana.core.idformat import (
    is_missing_text,
    parse_count,
    parse_number,
    parse_percent,
    parse_rupiah,
)
from renjana.core.kode import Kode
from renjana.core.problems import Problem
from renjana.core.quantity import Quantity, parse_quantity
from renjana.importers.cells import CellClass, classify_cell
from renjana.importers.document import Table, TableLayout
from renjana.importers.tables.align import LINE_COLUMN, layout_columns, logical_rows
from renjana.importers.tables.columns import JenisKolom
from renjana.importers.tables.hierarchy import place, read_kode, unplaced_problems
from renjana.importers.tables.kinds import Recognition, TableKind, recognize

Nilai = Decimal | Quantity | Kode | str | None


@dataclass(frozen=True, slots=True)
class NilaiSel:
    """A cell: the text as printed and what it reads as (None for an empty or ``-`` cell)."""

    raw: str
    nilai: Nilai


@dataclass(frozen=True, slots=True)
class BarisMentah:
    lines: tuple[int, ...]
    cells: Mapping[str, NilaiSel]
    is_total: bool = False

    def get(self, column: str) -> Nilai:
        found = self.cells.get(column)
        return None if found is None else found.nilai


@dataclass(frozen=True, slots=True)
class TabelMentah:
    """``columns`` are (name, printed label) in printed order."""

    kind: TableKind
    columns: tuple[tuple[str, str], ...]
    rows: tuple[BarisMentah, ...]
    problems: tuple[Problem, ...]


def extract_rows(
    table: Table, source: str = "", recognition: Recognition | None = None
) -> TabelMentah:
    """Every body row of any table, typed by column (see the module docstring)."""
    found = recognition or recognize(table)
    if table.layout is TableLayout.LINES:
        columns: tuple[tuple[str, str], ...] = ((LINE_COLUMN, LINE_COLUMN),)
        kinds: dict[str, JenisKolom] = {LINE_COLUMN: JenisKolom.TEKS}
    else:
        layout = layout_columns(table, found.columns)
        columns = tuple((c.name, c.label) for c in layout)
        kinds = {c.name: c.jenis for c in layout}
    problems: list[Problem] = []
    rows: list[BarisMentah] = []
    konteks: Kode | None = None
    for row in logical_rows(table, found.columns):
        problems.extend(unplaced_problems(table, source, row))
        cells: dict[str, NilaiSel] = {}
        for name, text in row.values.items():
            value, found_problems = _read(text, kinds.get(name, JenisKolom.BEBAS))
            problems.extend(place(found_problems, table, source, row, name))
            cells[name] = NilaiSel(text, value)
        if row.kode_cells and any(c.strip() for c in row.kode_cells):
            parsed = read_kode(row, konteks)
            problems.extend(place(parsed.problems, table, source, row, "Kode"))
            konteks = parsed.kode if parsed.kode is not None else konteks
            cells["kode"] = NilaiSel(row.kode_text, parsed.kode)
        rows.append(BarisMentah(row.lines, MappingProxyType(cells), row.is_total))
    return TabelMentah(found.kind, columns, tuple(rows), tuple(problems))


def _read(text: str, jenis: JenisKolom) -> tuple[Nilai, tuple[Problem, ...]]:
    if is_missing_text(text):
        return None, ()
    if jenis is JenisKolom.BEBAS:
        jenis = _BY_SHAPE.get(classify_cell(text), JenisKolom.TEKS)
    if jenis is JenisKolom.RUPIAH:
        money = parse_rupiah(text)
        return money.value, money.problems
    if jenis is JenisKolom.PERSEN:
        share = parse_percent(text)
        return share.value, share.problems
    if jenis is JenisKolom.JUMLAH_ORANG:
        count = parse_count(text)
        return count.value, count.problems
    if jenis in (JenisKolom.ANGKA, JenisKolom.NOMOR):
        number = parse_number(text)
        return number.value, number.problems if jenis is JenisKolom.ANGKA else ()
    if jenis is JenisKolom.TARGET:
        quantity = parse_quantity(text)
        return quantity.quantity, quantity.problems
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip()), ()


_BY_SHAPE: Mapping[CellClass, JenisKolom] = MappingProxyType(
    {
        CellClass.AMOUNT: JenisKolom.RUPIAH,
        CellClass.PERCENT: JenisKolom.PERSEN,
        CellClass.NUMBER: JenisKolom.ANGKA,
        CellClass.QUANTITY: JenisKolom.TARGET,
    }
)
