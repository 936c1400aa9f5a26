"""Where every cell of a table goes on its worksheet, and which Excel formula it carries.

Kept apart from ``xlsx_writer`` (which only emits) so that the placement and the formulas can be
tested without a workbook, and so that a test knows which cells must recalculate to the core's
values. Formulas make the workbook explain itself: a program's pagu is ``=SUM(I7:I10,I15)`` of
its kegiatan, a percentage ``=IF(OR(NOT(ISNUMBER(G9)),G9=0),"N/A",H9/G9*100)``. The cached
result of each formula is the core's own value, so a viewer that does not recalculate still
shows the right figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.idformat import has_fraction
from renjana.core.numbers import strip_zeros
from renjana.documents.grid import Covered, place
from renjana.documents.model import LITERAL, Align, Cell, Formula, Kind, Row, Table

#: Rows above the header: the caption, the document line, one blank row.
TITLE_ROWS = 3
#: The first sheet of every workbook (``xlsx_writer``); no table sheet may take its name.
INDEX_SHEET = "Daftar Tabel"
MAX_SHEET_NAME = 31
_MAX_SUM_ARGS = 250
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_REF = re.compile(r"\{(total:)?(\d+)\}")


@dataclass(frozen=True, slots=True)
class SheetCell:
    """One written cell (0-based ``row``/``col``; ``last_*`` > first for a merged range)."""

    row: int
    col: int
    text: str
    value: Decimal | None = None
    kind: Kind = Kind.TEXT
    formula: str | None = None
    last_row: int = -1
    last_col: int = -1
    header: bool = False
    bold: bool = False
    italic: bool = False
    indent: int = 0
    align: Align = Align.LEFT
    unit: str = ""

    @property
    def is_merged(self) -> bool:
        return (self.last_row, self.last_col) != (self.row, self.col)

    @property
    def cached(self) -> Decimal | str:
        """What a formula cell shows before recalculation: the core's value, or "N/A"."""
        return self.text if self.value is None else self.value


@dataclass(frozen=True, slots=True)
class SheetPlan:
    name: str
    table: Table
    cells: tuple[SheetCell, ...]
    header_first: int
    header_last: int
    body_first: int
    body_last: int
    widths: tuple[int, ...]

    def formula_cells(self) -> tuple[SheetCell, ...]:
        return tuple(c for c in self.cells if c.formula)

    def row_heights(self) -> dict[int, int]:
        """Points per header and body row, so wrapped text shows in full: Excel does not grow a
        row for a merged cell, and LibreOffice keeps the default height of rows written without
        one. Estimated at 1.1 characters per unit of column width, 12 pt per line of 9 pt text.
        """
        lines: dict[int, int] = {}
        for cell in self.cells:
            if cell.row < self.header_first or cell.last_row != cell.row:
                continue
            width = sum(self.widths[cell.col : cell.last_col + 1]) * 11 // 10
            needed = sum(-(-len(part) // max(width, 1)) for part in cell.text.split("\n"))
            lines[cell.row] = max(lines.get(cell.row, 1), needed)
        return {row: 12 * n + 3 for row, n in lines.items()}


def column_letter(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def ref(row: int, col: int) -> str:
    """A1 reference of 0-based (row, col)."""
    return f"{column_letter(col)}{row + 1}"


def sheet_names(tables: Iterable[Table]) -> list[str]:
    """A valid, unique sheet name per table ("Tabel 4.1" unless ``sheet_name`` is given)."""
    names: list[str] = [INDEX_SHEET]
    for table in tables:
        base = _BAD_SHEET_CHARS.sub("-", table.sheet_name or f"Tabel {table.number}")
        base = base.strip("' ")[:MAX_SHEET_NAME] or "Tabel"
        name, n = base, 2
        while name.lower() in (x.lower() for x in names):
            suffix = f" ({n})"
            name, n = base[: MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
        names.append(name)
    return names[1:]


def number_format(cell: SheetCell) -> str:
    """``#,##0`` for whole Rupiah, ``#,##0.00`` with sen and for percentages, the value's own
    decimals for other numbers; a unit is a literal suffix (``#,##0" Orang"``)."""
    if cell.kind is Kind.PERCENT:
        code = "#,##0.00"
    elif cell.kind is Kind.MONEY:
        code = "#,##0.00" if cell.value is not None and has_fraction(cell.value) else "#,##0"
    elif cell.kind is Kind.NUMBER:
        exponent = strip_zeros(cell.value).as_tuple().exponent if cell.value is not None else 0
        places = min(-exponent, 4) if isinstance(exponent, int) and exponent < 0 else 0
        code = "#,##0" + ("." + "0" * places if places else "")
    else:
        return "@" if cell.kind is Kind.TEXT else "General"
    if cell.unit:
        code += ' "' + cell.unit.replace('"', "''") + '"'
    return code


def _sum(column: int, rows: Sequence[int]) -> str:
    """SUM over sheet rows, consecutive rows joined into ranges: ``SUM(I7:I10,I15)``."""
    parts: list[str] = []
    ordered = sorted(rows)
    start = prev = ordered[0]
    for r in [*ordered[1:], -2]:
        if r != prev + 1:
            parts.append(
                ref(start, column) if start == prev else f"{ref(start, column)}:{ref(prev, column)}"
            )
            start = r
        prev = r
    while len(parts) > _MAX_SUM_ARGS:
        parts = [
            f"SUM({','.join(parts[i : i + _MAX_SUM_ARGS])})"
            for i in range(0, len(parts), _MAX_SUM_ARGS)
        ]
    return f"SUM({','.join(parts)})"


@dataclass(frozen=True, slots=True)
class _Rows:
    """Sheet rows of the hierarchy: children per parent key, the roots, the total row."""

    sheet_row: tuple[int, ...]
    children: dict[str, list[int]]
    roots: list[int]
    total: int | None


def _hierarchy(rows: Sequence[Row], first: int) -> _Rows:
    sheet_row = tuple(first + i for i in range(len(rows)))
    keys = {row.key for row in rows if row.key}
    children: dict[str, list[int]] = {}
    roots: list[int] = []
    total: int | None = None
    for i, row in enumerate(rows):
        if row.total:
            total = sheet_row[i] if total is None else total
        elif row.parent is not None and row.parent in keys:
            children.setdefault(row.parent, []).append(sheet_row[i])
        else:
            roots.append(sheet_row[i])
    return _Rows(sheet_row, children, roots, total)


def formula_text(formula: Formula, row: int, total_row: int | None) -> str:
    """Fill a template for sheet ``row``; the guard turns missing or zero inputs into "N/A"."""

    def cell_ref(number: int, on_total: bool = False) -> str:
        if on_total and total_row is None:
            raise ValueError(f"rumus {formula.template!r} merujuk baris total, tetapi tidak ada")
        target = total_row if on_total and total_row is not None else row
        return ref(target, number - 1)

    body = _REF.sub(lambda m: cell_ref(int(m[2]), bool(m[1])), formula.template)
    checks = [f"NOT(ISNUMBER({cell_ref(n)}))" for n in (*formula.numbers, *formula.nonzero)]
    checks += [f"{cell_ref(n)}=0" for n in formula.nonzero]
    if not checks:
        return f"={body}"
    condition = checks[0] if len(checks) == 1 else f"OR({','.join(checks)})"
    return f'=IF({condition},"N/A",{body})'


def _formula_for(
    table: Table, cell: Cell, row: Row, index: int, col: int, rows: _Rows
) -> str | None:
    if cell.formula is LITERAL:
        return None
    sheet_row = rows.sheet_row[index]
    if cell.formula is not None:
        return formula_text(cell.formula, sheet_row, rows.total)
    column = table.columns[col]
    if column.rollup:
        if row.total:
            return f"={_sum(col, rows.roots)}" if rows.roots else None
        kids = rows.children.get(row.key) if row.key else None
        if kids:
            return f"={_sum(col, kids)}"
    if column.formula is not None:
        return formula_text(column.formula, sheet_row, rows.total)
    return None


def plan_sheet(table: Table, name: str) -> SheetPlan:
    """Every cell of ``table`` on its sheet: caption, header, column numbers, body, note."""
    width = len(table.columns)
    last_col = width - 1
    cells = [SheetCell(0, 0, table.caption, last_row=0, last_col=last_col, bold=True)]
    header_first = TITLE_ROWS
    for header_slots in place(table.header, width):
        for hslot in header_slots:
            if isinstance(hslot, Covered):
                continue
            h, r = hslot.item, header_first + hslot.row
            cells.append(
                SheetCell(r, hslot.col, h.text, last_row=r + h.rowspan - 1,
                          last_col=hslot.col + h.colspan - 1, header=True, bold=True,
                          align=Align.CENTER)
            )  # fmt: skip
    next_row = header_first + len(table.header)
    if table.column_numbers:
        for col in range(width):
            label = table.column_label(col)
            cells.append(SheetCell(next_row, col, label, last_row=next_row, last_col=col,
                                   header=True, italic=True, align=Align.CENTER))  # fmt: skip
        next_row += 1
    header_last = next_row - 1
    rows = _hierarchy(table.rows, next_row)
    for slots in place(tuple(r.cells for r in table.rows), width):
        for slot in slots:
            if isinstance(slot, Covered):
                continue
            row, cell = table.rows[slot.row], slot.item
            r = rows.sheet_row[slot.row]
            formula = _formula_for(table, cell, row, slot.row, slot.col, rows)
            cells.append(
                SheetCell(
                    r, slot.col, cell.text, cell.value, cell.kind, formula,
                    last_row=r + cell.rowspan - 1, last_col=slot.col + cell.colspan - 1,
                    bold=row.bold if cell.bold is None else cell.bold, italic=row.italic,
                    indent=row.indent if slot.col == table.indent_column - 1 else 0,
                    align=cell.alignment, unit=cell.unit,
                )
            )  # fmt: skip
    body_last = next_row + len(table.rows) - 1
    if table.note:
        note_row = body_last + 2
        cells.append(SheetCell(note_row, 0, table.note, last_row=note_row, last_col=last_col,
                               italic=True))  # fmt: skip
    widths = tuple(max(4, c.width) for c in table.columns)
    return SheetPlan(name, table, tuple(cells), header_first, header_last, header_last + 1,
                     body_last, widths)  # fmt: skip


def plan_workbook(tables: Sequence[Table]) -> list[SheetPlan]:
    return [plan_sheet(t, n) for t, n in zip(tables, sheet_names(tables), strict=True)]
