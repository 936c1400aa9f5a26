"""Tables in the document model: cells with both faces of a number, spans, row hierarchy.

A cell carries the Indonesian text printed in the DOCX/PDF (made by ``renjana.core.idformat``,
the one formatter) and the exact ``Decimal`` written to the XLSX. ``Row.key``/``Row.parent``
carry the program → kegiatan → sub kegiatan hierarchy so the workbook can show parents as SUM of
their children; ``Column.formula`` and ``Cell.formula`` are templates over printed column
numbers, so the workbook shows how a figure is made — the figures themselves always come from
the core. Spans are checked against the column count when a ``Table`` is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from renjana.core.idformat import format_money, format_number
from renjana.core.numbers import quantize_percent, strip_zeros
from renjana.documents.grid import place

NA_TEXT = "N/A"


class Kind(StrEnum):
    """What a cell holds; decides alignment and the XLSX number format."""

    TEXT = "text"
    MONEY = "money"
    PERCENT = "percent"
    NUMBER = "number"
    NA = "na"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


_DEFAULT_ALIGN = {
    Kind.TEXT: Align.LEFT,
    Kind.MONEY: Align.RIGHT,
    Kind.PERCENT: Align.RIGHT,
    Kind.NUMBER: Align.RIGHT,
    Kind.NA: Align.CENTER,
}


@dataclass(frozen=True, slots=True)
class Formula:
    """An Excel formula template for one cell of a row.

    ``{7}`` is this row's cell in printed column 7 (1-based); ``{total:5}`` is column 5 of the
    table's total row. ``numbers`` lists columns that must hold a number and ``nonzero``
    columns that must hold a non-zero number; otherwise the cell shows "N/A" — the same rule
    as the core's ``percent`` (a zero denominator is N/A, never 0 or 100).
    An empty template (``LITERAL``) means: write the value, no formula.
    """

    template: str
    numbers: tuple[int, ...] = ()
    nonzero: tuple[int, ...] = ()


#: A cell override: write the cell's value even where its column has a formula.
LITERAL = Formula("")


@dataclass(frozen=True, slots=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True, slots=True)
class Cell:
    """One body cell: the printed ``text`` and, for numbers, the exact ``value``.

    ``bold`` None follows the row; ``formula`` None follows the column (``LITERAL`` forbids).
    ``unit`` is shown after a number ("26 Orang") and kept out of the XLSX value.
    """

    text: str = ""
    value: Decimal | None = None
    kind: Kind = Kind.TEXT
    align: Align | None = None
    colspan: int = 1
    rowspan: int = 1
    bold: bool | None = None
    formula: Formula | None = None
    unit: str = ""

    @property
    def alignment(self) -> Align:
        return self.align or _DEFAULT_ALIGN[self.kind]

    @classmethod
    def of(cls, text: str, *, colspan: int = 1, align: Align | None = None) -> Cell:
        return cls(text, colspan=colspan, align=align)

    @classmethod
    def money(cls, value: Decimal | None, *, formula: Formula | None = None) -> Cell:
        if value is None:
            return cls.na(formula=formula)
        return cls(format_money(value), value, Kind.MONEY, formula=formula)

    @classmethod
    def percent(cls, value: Decimal | None, *, formula: Formula | None = None) -> Cell:
        """A percentage on the 0–100 scale, printed with two decimals and no "%" sign (the
        column header says "%"); None is "N/A"."""
        if value is None:
            return cls.na(formula=formula)
        return cls(format_number(quantize_percent(value)), value, Kind.PERCENT, formula=formula)

    @classmethod
    def number(
        cls, value: Decimal | None, unit: str = "", *, formula: Formula | None = None
    ) -> Cell:
        if value is None:
            return cls.na(formula=formula)
        text = f"{format_number(strip_zeros(value))} {unit}".strip()
        return cls(text, value, Kind.NUMBER, formula=formula, unit=unit)

    @classmethod
    def na(cls, *, formula: Formula | None = None) -> Cell:
        return cls(NA_TEXT, None, Kind.NA, formula=formula)


@dataclass(frozen=True, slots=True)
class Row:
    """A body row. ``key``/``parent`` link rows of a hierarchy (program → kegiatan → sub) so
    the workbook can write parents as SUM of their children; ``total`` marks a grand-total row
    (SUM of the rows without parent). ``indent`` indents the table's ``indent_column``."""

    cells: tuple[Cell, ...]
    key: str = ""
    parent: str | None = None
    level: str = ""
    bold: bool = False
    italic: bool = False
    indent: int = 0
    total: bool = False


@dataclass(frozen=True, slots=True)
class Column:
    """``width`` is the wanted width in characters at the table's font size (scaled to the page
    in DOCX, used as is in XLSX); ``label`` overrides the column-number row ("8=(7/6)").
    ``rollup``: parents are SUM of children and the total row SUM of roots; ``formula`` applies
    to every body row (leaves only when ``rollup``)."""

    width: int = 10
    label: str = ""
    rollup: bool = False
    formula: Formula | None = None


#: A table with more columns than this, or wider (in characters), goes on a landscape page.
PORTRAIT_MAX_COLUMNS = 8
PORTRAIT_MAX_CHARS = 110


@dataclass(frozen=True, slots=True)
class Table:
    """A numbered table: caption, header rows with spans, the column-number row, body rows."""

    number: str
    title: str
    columns: tuple[Column, ...]
    header: tuple[tuple[HeaderCell, ...], ...]
    rows: tuple[Row, ...]
    column_numbers: bool = True
    landscape: bool | None = None
    indent_column: int = 0
    font_size: int | None = None
    note: str = ""
    sheet_name: str = ""

    def __post_init__(self) -> None:
        place(self.header, len(self.columns), what=f"Tabel {self.number} kepala")
        place(tuple(r.cells for r in self.rows), len(self.columns), what=f"Tabel {self.number}")

    @property
    def caption(self) -> str:
        return f"Tabel {self.number} {self.title}"

    @property
    def is_landscape(self) -> bool:
        if self.landscape is not None:
            return self.landscape
        wide = sum(c.width for c in self.columns) > PORTRAIT_MAX_CHARS
        return wide or len(self.columns) > PORTRAIT_MAX_COLUMNS

    def column_label(self, index: int) -> str:
        """The column-number row text of 0-based column ``index``."""
        return self.columns[index].label or str(index + 1)
