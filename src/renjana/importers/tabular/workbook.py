"""Spreadsheet files as plain rows of cells: XLSX (and XLS/ODS) through python-calamine, CSV
through the standard library.

A ``Workbook`` is a list of ``Sheet`` values whose rows are indexed from the sheet's first row,
so row ``i`` is the row the user sees as ``i + 1`` in Excel and column ``j`` is letter
``column_letter(j)``. Cells keep the types the reader gives: text, ``float`` for every Excel
number (calamine never returns ``int`` for a number cell), ``bool``, dates, and ``""`` for a
blank. Turning a float into money or a count is the job of ``cells`` — never here.

The file type is decided from the bytes (a ZIP with ``xl/`` parts, an OLE2 container, plain
text), not trusted from the name. Nothing raises on a user's file: an unreadable, empty or
unknown file is a ``Problem`` in the result.
"""

from __future__ import annotations

import gc
import io
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeAlias

from python_calamine import CalamineWorkbook

from renjana.core.problems import Location, Problem
from renjana.importers.tabular.csv_text import read_csv_rows
from renjana.importers.tabular.result import Progress, problem

CellValue: TypeAlias = str | float | int | bool | date | datetime | time | timedelta | None
Rows: TypeAlias = Sequence[Sequence[CellValue]]

BERKAS_KOSONG = "BERKAS_KOSONG"
BERKAS_TIDAK_DIKENAL = "BERKAS_TIDAK_DIKENAL"
BERKAS_TIDAK_TERBACA = "BERKAS_TIDAK_TERBACA"

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_BINARY_MARKS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"{\\rtf")


class Format(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class Merge:
    """A merged range, inclusive, zero-based: the value sits in its top-left cell."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    def covers(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: its name, its rows from row 1, and its merged ranges (XLSX only)."""

    name: str
    rows: Rows
    merges: tuple[Merge, ...] = ()

    def cell(self, row: int, col: int) -> CellValue:
        """The value at ``(row, col)``, or ``""`` outside the data; a cell covered by a merge
        returns the merged value (header labels spanning several columns)."""
        value = self._raw(row, col)
        if value in ("", None):
            for merge in self.merges:
                if merge.covers(row, col):
                    return self._raw(merge.first_row, merge.first_col)
        return value

    def _raw(self, row: int, col: int) -> CellValue:
        if 0 <= row < len(self.rows):
            cells = self.rows[row]
            if 0 <= col < len(cells):
                return cells[col]
        return ""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows[:50]), default=0)


@dataclass(frozen=True, slots=True)
class Workbook:
    """A spreadsheet file: its name as uploaded, its format, its sheets in file order."""

    file: str
    format: Format
    sheets: tuple[Sheet, ...]


@dataclass(frozen=True, slots=True)
class WorkbookRead:
    """The workbook, or None with the problem that stopped reading it."""

    workbook: Workbook | None
    problems: tuple[Problem, ...] = ()


def column_letter(index: int) -> str:
    """``0`` → ``A``, ``25`` → ``Z``, ``26`` → ``AA``: the column as Excel names it."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def detect_format(data: bytes, file: str) -> Format | None:
    """The format of ``data`` from its first bytes; the name only separates XLSX from ODS
    inside a ZIP when the parts do not say. None for anything that is not a spreadsheet."""
    if data.startswith(_OLE2):
        return Format.XLS
    if data.startswith(_ZIP):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return None
        if any(n.startswith("xl/") for n in names):
            return Format.XLSX
        if "content.xml" in names and file.lower().endswith(".ods"):
            return Format.ODS
        return None  # DOCX, PPTX, a plain ZIP archive
    head = data[:4096]
    if any(head.startswith(mark) for mark in _BINARY_MARKS) or b"\x00" in head:
        return None
    return Format.CSV


def read_workbook(data: bytes, file: str, progress: Progress | None = None) -> WorkbookRead:
    """Read every sheet of an XLSX/XLS/ODS or CSV file; never raises on the file's content."""
    where = Location(file=file)
    if not data.strip():
        message = f"Berkas '{file}' kosong. Unggah berkas Excel (.xlsx) atau CSV yang berisi data."
        return WorkbookRead(None, (problem(BERKAS_KOSONG, message, where),))
    kind = detect_format(data, file)
    if kind is None:
        message = (
            f"Berkas '{file}' bukan lembar kerja Excel (.xlsx/.xls/.ods) atau CSV. Simpan data "
            "sebagai .xlsx atau .csv, atau unduh templat lalu salin datanya ke templat."
        )
        return WorkbookRead(None, (problem(BERKAS_TIDAK_DIKENAL, message, where),))
    if kind is Format.CSV:
        rows, found = read_csv_rows(data, file)
        if rows is None:
            return WorkbookRead(None, found)
        name = file.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "CSV"
        return WorkbookRead(Workbook(file, kind, (Sheet(name, rows),)), found)
    try:
        with gc_paused():
            sheets = _calamine_sheets(data, progress)
        return WorkbookRead(Workbook(file, kind, sheets))
    except Exception as exc:
        message = (
            f"Berkas '{file}' tidak dapat dibaca sebagai {kind.value.upper()} "
            f"({type(exc).__name__}). Buka di Excel lalu simpan ulang sebagai .xlsx, dan "
            "pastikan tidak dikunci sandi."
        )
        return WorkbookRead(None, (problem(BERKAS_TIDAK_TERBACA, message, where),))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off while a large sheet is read: every row adds objects,
    and each full collection would walk all 50 000 rows again (measured: about a third of
    the reading time). Reference counting still frees memory; collection resumes after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _calamine_sheets(data: bytes, progress: Progress | None) -> tuple[Sheet, ...]:
    """Every sheet, rows and columns from A1 (``skip_empty_area=False``), so that a table
    that starts lower or further right keeps the row numbers and letters the user sees."""
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    names = book.sheet_names
    sheets: list[Sheet] = []
    for number, name in enumerate(names, start=1):
        if progress is not None:
            progress(f"Membaca lembar {name}", number - 1, len(names))
        sheet = book.get_sheet_by_name(name)
        rows: Rows = sheet.to_python(skip_empty_area=False)
        merges = tuple(Merge(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or ()))
        sheets.append(Sheet(name, rows, merges))
    if progress is not None:
        progress("Membaca berkas", len(names), len(names))
    return tuple(sheets)
