"""Body rows mapped onto logical columns, whatever the converter did to the cells.

Converted Renja tables do not keep cells where the header says: a code printed over five
cells under a one-cell ``KODE`` header shifts everything after it; some rows omit empty
leading cells (seed 003 Tabel 4.1 prints rows with and without the empty "No" cell) or drop
an empty cell in the middle; a sub kegiatan may occupy two physical rows, code and name on the
first, indicator and values on the second. Each row is therefore aligned, not indexed:

1. the code cells are the code fragments before the name (``1 | 06 | 04 | 1.01 | 0001``); in
   a table with a "No" column the first of them is the ordinal only when the row is as wide as
   the widest row (otherwise the row omitted its empty "No" cell);
2. the other filled cells are placed on the logical columns by a small dynamic programme that
   keeps them in order and rewards a cell whose shape fits the column (an amount under
   "Pagu", a quantity under "Target", text under "Lokasi") while charging every change of
   shift between neighbouring cells, so that one omitted cell moves everything after it once;
3. a row holding only a code and a name, followed by a row without a code, is one logical row;
4. the table is aligned twice: the second pass also rewards the columns most rows of the table
   fill, which settles placements the shapes alone leave open (which of two neighbouring
   target columns a row that dropped an empty cell meant).

Cells that fit nowhere are kept in ``unplaced`` for the caller to report; nothing is dropped
silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from renjana.importers.cells import CellClass, classify_cell, has_letters, is_code_fragment
from renjana.importers.document import Row, Table, TableLayout
from renjana.importers.markup import squeeze
from renjana.importers.tables.columns import Column, ColumnMap, JenisKolom, header_labels

_C = CellClass


def _fit(
    text: int, dash: int, number: int, amount: int, percent: int, quantity: int
) -> dict[CellClass, int]:
    return {
        _C.TEXT: text, _C.DASH: dash, _C.NUMBER: number,
        _C.AMOUNT: amount, _C.PERCENT: percent, _C.QUANTITY: quantity,
    }  # fmt: skip


#: How well a cell of each shape fits a column of each kind (higher is better).
_COMPAT: Mapping[JenisKolom, Mapping[CellClass, int]] = MappingProxyType(
    {
        JenisKolom.TEKS: _fit(2, 1, -1, -3, -1, -1),
        JenisKolom.TARGET: _fit(0, 1, 1, -1, 2, 2),
        JenisKolom.RUPIAH: _fit(-3, 1, 1, 2, -3, -3),
        JenisKolom.PERSEN: _fit(-2, 1, 2, -1, 2, 0),
        JenisKolom.ANGKA: _fit(-2, 1, 2, 1, 0, 1),
        JenisKolom.JUMLAH_ORANG: _fit(-2, 1, 2, 1, 0, 1),
        JenisKolom.NOMOR: _fit(-3, 0, 2, -3, -3, -3),
        JenisKolom.BEBAS: _fit(1, 1, 1, 1, 1, 1),
    }
)
_ANCHOR = 0.4  # per cell of distance between the first cell's shift and the row's expected shift
_SHIFT = 1.0  # per cell of change of shift between neighbouring cells
_LATE = 0.01  # a change of shift costs a little more the later it happens
_SKIP = 4.0  # a cell left unplaced
_USUAL = 0.9  # reward for a column filled in every row of the table (less than one shift)
_MAX_SKIP = 2
_TOTAL = re.compile(r"^(jumlah|total|jumlahtotal|grandtotal|totalkeseluruhan)$")
LINE_COLUMN = "baris"


@dataclass(frozen=True, slots=True)
class LogicalRow:
    """One row of the table as the kind sees it: text per logical column, the printed code
    cells, where it came from and what could not be placed."""

    values: Mapping[str, str]
    lines: tuple[int, ...]
    kode_cells: tuple[str, ...] = ()
    kode_numeric: bool = False
    bold: bool = False
    is_total: bool = False
    page_break_before: bool = False
    unplaced: tuple[str, ...] = field(default=())

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    @property
    def line(self) -> int:
        return self.lines[0] if self.lines else 0

    @property
    def kode_text(self) -> str:
        """The printed code, cells joined by " | " (empty when the row has none)."""
        return " | ".join(c for c in self.kode_cells if c.strip())


def layout_columns(table: Table, columns: ColumnMap) -> tuple[Column, ...]:
    """The named columns plus one free column per other printed header position."""
    named = {c.position for c in columns.columns}
    kode, nama = columns.get("kode"), columns.get("nama")
    if kode is not None and nama is not None:
        named |= set(range(kode.position, nama.position))  # the code's own sub-columns
    labelled = bool(table.header_rows) and table.layout is TableLayout.CELLS
    labels = header_labels(table) if labelled else []
    free = tuple(
        Column(f"kolom_{i + 1}", JenisKolom.BEBAS, i, labels[i] if i < len(labels) else "")
        for i in range(table.width)
        if i not in named
    )
    return tuple(sorted((*columns.columns, *free), key=lambda c: c.position))


def logical_rows(table: Table, columns: ColumnMap) -> tuple[LogicalRow, ...]:
    """Every body row of ``table`` on the logical columns of ``columns``.

    Two passes: the second also rewards columns the first pass found filled in most rows, so
    that a row that dropped one empty cell is shifted where the table usually has no value
    (003 Tabel 4.1: the blank "Prakiraan Capaian" column, not the "Target" column)."""
    if table.layout is TableLayout.LINES:
        return tuple(
            LogicalRow(
                MappingProxyType({LINE_COLUMN: r.cell(0)}),
                r.source_lines,
                page_break_before=r.page_break_before,
            )
            for r in table.body_rows
        )
    first = _pass(table, columns, {})
    count = max(len(first), 1)
    filled = Counter(name for row in first for name, text in row.values.items() if text)
    return _pass(table, columns, {name: n / count for name, n in filled.items()})


def _pass(table: Table, columns: ColumnMap, usual: Mapping[str, float]) -> tuple[LogicalRow, ...]:
    cols = layout_columns(table, columns)
    geometry = _Geometry.of(table.body_rows, columns)
    expected = {c.name: geometry.body_position(c) for c in cols}
    rows: list[LogicalRow] = []
    name_only = False
    previous_anchor = 0
    for row in table.body_rows:
        split = geometry.split(row)
        total = _is_total(row)
        value_line = name_only and not split.code and not total and bool(split.rest)
        rest = split.rest
        named = ""
        if split.code and split.name_index is not None and "nama" in expected:
            anchor = split.name_index - expected["nama"]
            if has_letters(row.cells[split.name_index]):
                named = row.cells[split.name_index]
                rest = [(i, c) for i, c in rest if i != split.name_index]
        elif value_line:
            anchor = previous_anchor
        else:
            anchor = 0
        skip = {"kode"}
        if value_line or named:
            skip |= {"nama"}
        if value_line or (split.code and "no" in columns):
            skip |= {"no"}
        usable = [c for c in cols if c.name not in skip and c.jenis is not JenisKolom.KODE]
        placed, unplaced = align_cells(rest, usable, expected, anchor, usual)
        if named:
            placed["nama"] = named
        if split.code and "no" in columns:
            placed["no"] = split.number
        if value_line and rows:
            rows[-1] = _merge(rows[-1], placed, unplaced, row)
            name_only = False
            continue
        rows.append(
            LogicalRow(
                MappingProxyType(placed),
                row.source_lines,
                split.code,
                bool(split.code_positions & row.numeric),
                bool(row.bold),
                total,
                row.page_break_before,
                tuple(unplaced),
            )
        )
        others = [k for k, v in placed.items() if v and k not in ("no", "kode", "nama")]
        name_only = bool(split.code) and bool(placed.get("nama")) and not others
        previous_anchor = anchor
    return tuple(rows)


def _merge(first: LogicalRow, placed: dict[str, str], unplaced: list[str], row: Row) -> LogicalRow:
    values = dict(first.values)
    for name, text in placed.items():
        if text and not values.get(name):
            values[name] = text
    return replace(
        first,
        values=MappingProxyType(values),
        lines=(*first.lines, *row.source_lines),
        bold=first.bold or bool(row.bold),
        unplaced=(*first.unplaced, *unplaced),
    )


def _is_total(row: Row) -> bool:
    return any(_TOTAL.match(squeeze(cell)) for cell in row.cells if cell.strip())


@dataclass(frozen=True, slots=True)
class _Split:
    number: str
    code: tuple[str, ...]
    code_positions: frozenset[int]
    rest: list[tuple[int, str]]
    name_index: int | None


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where codes start, how wide the widest code is, and how far body columns after the name
    sit from their header positions (a one-cell ``KODE`` header over five code cells)."""

    start: int | None
    widest: int
    has_number: bool
    name_header: int | None
    delta: int

    @classmethod
    def of(cls, rows: Sequence[Row], columns: ColumnMap) -> _Geometry:
        kode, nama, no = columns.get("kode"), columns.get("nama"), columns.get("no")
        if kode is None:
            return cls(None, 0, False, None, 0)
        has_number = no is not None and no.position < kode.position
        start = no.position if has_number and no is not None else kode.position
        names = [
            name
            for row in rows
            if (name := _name_index(row, start)) is not None
            and any(is_code_fragment(c) for c in row.cells[start:name])
        ]
        widest = max((n - start for n in names), default=0)
        if nama is None or not names:
            return cls(start, widest, has_number, None, 0)
        typical = Counter(names).most_common(1)[0][0]
        return cls(start, widest, has_number, nama.position, typical - nama.position)

    def body_position(self, column: Column) -> int:
        if self.name_header is not None and column.position >= self.name_header:
            return column.position + self.delta
        return column.position

    def split(self, row: Row) -> _Split:
        cells = row.cells
        everything = [(i, c) for i, c in enumerate(cells) if c.strip()]
        if self.start is None:
            return _Split("", (), frozenset(), everything, None)
        name = _name_index(row, self.start)
        end = len(cells) if name is None else name
        pre = list(range(self.start, end))
        if not any(is_code_fragment(cells[i]) for i in pre):
            return _Split("", (), frozenset(), everything, None)
        number = ""
        if self.has_number and len(pre) == self.widest and len(pre) > 1:
            number, pre = cells[pre[0]].strip(), pre[1:]
        code = tuple(cells[i] for i in pre)
        rest = [(i, c) for i, c in everything if i < self.start or i >= end]
        return _Split(number, code, frozenset(pre), rest, name)


def _name_index(row: Row, start: int) -> int | None:
    """First filled cell from ``start`` that is not a code fragment (the name)."""
    for i in range(start, len(row.cells)):
        cell = row.cells[i]
        if any(ch.isalnum() for ch in cell) and (has_letters(cell) or not is_code_fragment(cell)):
            return i
    return None


def align_cells(
    cells: Sequence[tuple[int, str]],
    columns: Sequence[Column],
    expected: Mapping[str, int],
    anchor: int,
    usual: Mapping[str, float] | None = None,
) -> tuple[dict[str, str], list[str]]:
    """Place ``(position, text)`` cells on ``columns`` in order at the least cost (see the
    module docstring); ``usual`` gives how often each column is filled in the table, a small
    reward that settles otherwise equal placements. Returns the text per column and the cells
    left unplaced."""
    n, m = len(cells), len(columns)
    placed: dict[str, str] = {c.name: "" for c in columns}
    if n == 0:
        return placed, []
    if m == 0:
        return placed, [t for _, t in cells]
    kinds = [classify_cell(t) for _, t in cells]
    exp = [expected.get(c.name, c.position) for c in columns]
    rate = [(usual or {}).get(c.name, 0.0) for c in columns]
    inf = float("inf")
    cost = [[inf] * m for _ in range(n)]
    back: list[list[tuple[int, int] | None]] = [[None] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            fit = -_COMPAT[columns[j].jenis].get(kinds[i], 0) - _USUAL * rate[j]
            shift = cells[i][0] - exp[j]
            if i <= _MAX_SKIP:
                cost[i][j] = fit + _ANCHOR * abs(shift - anchor) + _SKIP * i
            for p in range(max(0, i - 1 - _MAX_SKIP), i):
                skipped = (i - p - 1) * _SKIP
                for q in range(j):
                    if cost[p][q] == inf:
                        continue
                    change = abs(shift - (cells[p][0] - exp[q]))
                    total = (
                        cost[p][q] + fit + skipped + _SHIFT * change + (_LATE * i if change else 0)
                    )
                    if total < cost[i][j]:
                        cost[i][j], back[i][j] = total, (p, q)
    best, end = inf, (0, 0)
    for i in range(max(0, n - 1 - _MAX_SKIP), n):
        for j in range(m):
            total = cost[i][j] + (n - 1 - i) * _SKIP
            if total < best:
                best, end = total, (i, j)
    taken: set[int] = set()
    state: tuple[int, int] | None = end
    while state is not None:
        i, j = state
        placed[columns[j].name] = cells[i][1]
        taken.add(i)
        state = back[i][j]
    return placed, [t for k, (_, t) in enumerate(cells) if k not in taken]
