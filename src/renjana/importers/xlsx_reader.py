"""Workbooks (XLSX) read with openpyxl in read-only mode; every sheet may hold several tables.

Each sheet becomes a level-1 heading with the sheet's name followed by its rows. A blank row
is a gap: a table continues across it unless a title line comes next, so two tables on one
sheet separated by blank rows and a "Tabel …" line are two tables (``table_builder``). A row
with a single text cell outside a table is a paragraph (titles, notes).

Cells are read as text the way a person sees them: numbers as Indonesian figures
(``13.867.555.785`` / ``0,5``; a percentage format gives ``95,8%``), dates as ISO dates. A
cell that held a number is flagged, so that a code typed as a number (``1.1`` for ``1.10``)
is reported by the code reader.

Merged cells: openpyxl's read-only mode does not expose them, so the ranges are read from the
sheet XML. A range is expanded down its rows (a code or tujuan merged over several rows belongs
to each of them); across columns the text stays in the first column, as printed documents and
converters have it, so one alignment serves every format.
"""

from __future__ import annotations

import datetime
import os
import posixpath
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree import ElementTree

from renjana.core.idformat import format_number
from renjana.importers.document import Block, Document, Heading, Paragraph, Table, unreadable
from renjana.importers.table_builder import Gap, Item, RawRow, assemble

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$")

Range = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)


def read_xlsx(path: str | os.PathLike[str]) -> Document:
    """The document model of a workbook; an unreadable file is a reported problem."""
    from openpyxl import load_workbook  # an adapter dependency, imported only when needed

    file = Path(path)
    try:
        merged = _merged_ranges(file)
        workbook = load_workbook(file, read_only=True, data_only=True)
    except OSError as exc:
        return unreadable(file.name, str(exc.strerror or exc))
    except Exception as exc:  # any damage inside a user's file is reported, never raised
        return unreadable(file.name, f"bukan berkas XLSX yang sah ({exc})")
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            grid = [_row_cells(row) for row in sheet.iter_rows()]
            items = list(_items(sheet.title, grid, merged.get(sheet.title, ())))
            blocks.extend(_with_sheet(block, sheet.title) for block in assemble(items))
    except Exception as exc:  # a damaged sheet is the user's file, not a bug here
        return unreadable(file.name, f"lembar kerja tidak dapat dibaca ({exc})")
    finally:
        workbook.close()
    return Document(tuple(blocks), file.name)


def _with_sheet(block: Block, sheet: str) -> Block:
    return replace(block, sheet=sheet) if isinstance(block, Table) else block


_Cell = tuple[str, bool, bool]  # text, bold, held a number


def _row_cells(row: Sequence[object]) -> list[_Cell]:
    cells: list[_Cell] = []
    for cell in row:
        value = getattr(cell, "value", None)
        number_format = str(getattr(cell, "number_format", "") or "")
        font = getattr(cell, "font", None)
        bold = bool(getattr(font, "b", False))
        numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        cells.append((_text(value, number_format), bold, numeric))
    return cells


def _text(value: object, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, datetime.datetime):
        midnight = value.time() == datetime.time()
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return _number(value, "%" in number_format)
    return str(value).strip()


def _number(value: int | float | Decimal, percent: bool) -> str:
    try:
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return str(value)
    if percent:
        exact *= 100
    exact = exact.normalize() if exact != exact.to_integral_value() else exact.to_integral_value()
    text = format_number(exact)
    fraction = text.partition(",")[2]
    if len(fraction) == 3:
        text += "0"  # "12,345" would read as twelve thousand: keep it a decimal
    return f"{text}%" if percent else text


def _items(title: str, grid: list[list[_Cell]], merged: Sequence[Range]) -> Iterator[Item]:
    _expand_down(grid, merged)
    yield Heading(1, title, 1)
    in_table = False
    for number, cells in enumerate(grid, start=1):
        texts = tuple(text for text, _, _ in cells)
        filled = [t for t in texts if t.strip()]
        if not filled:
            yield Gap(number)
            in_table = False
            continue
        single_text = len(filled) == 1 and not any(numeric for _, _, numeric in cells)
        if single_text and not in_table:
            bold = any(b for text, b, _ in cells if text.strip())
            yield Paragraph(filled[0], number, (filled[0],), bold)
            continue
        in_table = True
        bold_cells = frozenset(i for i, (text, b, _) in enumerate(cells) if b and text.strip())
        numeric_cells = frozenset(i for i, (_, _, n) in enumerate(cells) if n)
        yield RawRow(_trim(texts), number, bold_cells, numeric_cells)


def _trim(texts: tuple[str, ...]) -> tuple[str, ...]:
    end = len(texts)
    while end and not texts[end - 1].strip():
        end -= 1
    return texts[:end]


def _expand_down(grid: list[list[_Cell]], merged: Sequence[Range]) -> None:
    for first_row, first_col, last_row, _ in merged:
        if first_row - 1 >= len(grid) or first_col - 1 >= len(grid[first_row - 1]):
            continue
        value = grid[first_row - 1][first_col - 1]
        for r in range(first_row, min(last_row, len(grid))):
            row = grid[r]
            while len(row) < first_col:
                row.append(("", False, False))
            row[first_col - 1] = value


def _column(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - ord("A") + 1
    return number


def _merged_ranges(file: Path) -> dict[str, tuple[Range, ...]]:
    """Sheet name → merged ranges, read from the workbook XML (not exposed in read-only mode)."""
    with zipfile.ZipFile(file) as archive:
        names = set(archive.namelist())
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id", ""): r.get("Target", "") for r in rels.iter(f"{_PKG}Relationship")}
        found: dict[str, tuple[Range, ...]] = {}
        for sheet in workbook.iter(f"{_MAIN}sheet"):
            target = targets.get(sheet.get(f"{_REL}id", ""), "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            if path not in names:
                continue
            root = ElementTree.fromstring(archive.read(path))
            ranges: list[Range] = []
            for merge in root.iter(f"{_MAIN}mergeCell"):
                match = _REF.match(merge.get("ref", ""))
                if match and match.group(3):
                    ranges.append(
                        (int(match.group(2)), _column(match.group(1)),
                         int(match.group(4)), _column(match.group(3)))
                    )  # fmt: skip
            found[sheet.get("name", "")] = tuple(ranges)
    return found
