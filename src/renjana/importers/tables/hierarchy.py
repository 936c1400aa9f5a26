"""Where a row sits in urusan → bidang → program → kegiatan → sub kegiatan, and where it is.

Tables with codes say the level by the code. Tables without codes (the RFK of seed 003, the
program budget tables of seed 002) say it by wording and type: ``PROGRAM …`` rows in capitals
or bold are programs, rows starting ``Sub Kegiatan`` are sub kegiatan, other rows under a
program are kegiatan. Such rows get stable keys from their place (``P1``, ``P1.K2``,
``P1.K2.S1``) so the core's tree can roll them up. Problems found while reading a cell are
placed here at file / table / line / column, the location a reader can find again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from renjana.core.kode import KODE_BERUPA_ANGKA, Kode, Level, ParsedKode, parse_kode
from renjana.core.problems import Location, Problem, Severity
from renjana.importers.document import Table
from renjana.importers.markup import plain
from renjana.importers.tables.align import LogicalRow

#: A body cell that could not be placed on any column of the table kind.
SEL_TIDAK_TERPETAKAN = "SEL_TIDAK_TERPETAKAN"

_PROGRAM = re.compile(r"^\s*program\b", re.IGNORECASE)
_SUB = re.compile(r"^\s*sub\s*kegiatan\b", re.IGNORECASE)
_KEGIATAN = re.compile(r"^\s*kegiatan\b", re.IGNORECASE)
_URUSAN = re.compile(r"^\s*urusan\b", re.IGNORECASE)


def level_by_wording(nama: str, bold: bool) -> str:
    """``program`` / ``kegiatan`` / ``subkegiatan`` / ``urusan`` for a row without a code."""
    text = plain(nama)
    if _URUSAN.match(text):
        return Level.URUSAN.value
    if _PROGRAM.match(text) or (bold and text.isupper()):
        return Level.PROGRAM.value
    if _SUB.match(text):
        return Level.SUB_KEGIATAN.value
    if _KEGIATAN.match(text):
        return Level.KEGIATAN.value
    return Level.KEGIATAN.value


@dataclass(slots=True)
class PlaceKeys:
    """Keys for rows without codes, from their order: P1, P1.K1, P1.K1.S1 (mutable counter
    used while reading one table)."""

    program: int = 0
    kegiatan: int = 0
    sub: int = 0
    _last: dict[str, str] = field(default_factory=dict)

    def key(self, level: str) -> tuple[str, str | None]:
        """(key, parent key) for the next row of ``level``."""
        if level in (Level.PROGRAM.value, Level.URUSAN.value, Level.BIDANG.value):
            self.program, self.kegiatan, self.sub = self.program + 1, 0, 0
            self._last = {"program": f"P{self.program}"}
            return self._last["program"], None
        program = self._last.get("program") or self._start_program()
        if level == Level.SUB_KEGIATAN.value and "kegiatan" in self._last:
            self.sub += 1
            return f"{self._last['kegiatan']}.S{self.sub}", self._last["kegiatan"]
        self.kegiatan, self.sub = self.kegiatan + 1, 0
        self._last["kegiatan"] = f"{program}.K{self.kegiatan}"
        return self._last["kegiatan"], program

    def _start_program(self) -> str:
        self.program += 1
        self._last["program"] = f"P{self.program}"
        return self._last["program"]


def read_kode(row: LogicalRow, konteks: Kode | None) -> ParsedKode:
    """The row's code from its printed cells; a code a spreadsheet held as a number also gets
    the core's ``KODE_BERUPA_ANGKA`` finding (its trailing zeros may be lost)."""
    parsed = parse_kode(list(row.kode_cells), konteks=konteks)
    if not row.kode_numeric:
        return parsed
    numbers: list[object] = []
    for cell in row.kode_cells:
        try:
            numbers.append(Decimal(cell.strip().replace(",", ".")))
        except ArithmeticError:
            numbers.append(cell)
    flagged = parse_kode(numbers, konteks=konteks).problems
    return replace(parsed, problems=(*flagged, *parsed.problems))


def printed_kode(parsed: ParsedKode) -> str:
    """The canonical code when its digits were read without error (a code held as a number
    still reads), else the code as printed."""
    errors = [
        p for p in parsed.problems if p.severity is Severity.ERROR and p.code != KODE_BERUPA_ANGKA
    ]
    if parsed.kode is not None and not errors:
        return str(parsed.kode)
    parts = [re.sub(r"<[^>]*>|\s", "", cell).replace(",", ".") for cell in parsed.raw.split("|")]
    return ".".join(p.strip(".") for p in parts if p.strip("."))


def place(
    problems: Sequence[Problem], table: Table, source: str, row: LogicalRow, column: str = ""
) -> list[Problem]:
    """``problems`` located at the file, table, source line and column of ``row``."""
    where = {"file": source, "table": table.name, "row": row.line}
    if column:
        where["column"] = column
    return [p.at(**where) for p in problems]


def unplaced_problems(table: Table, source: str, row: LogicalRow) -> list[Problem]:
    """One warning per cell of ``row`` that fits no column of the table kind."""
    return [
        Problem(
            SEL_TIDAK_TERPETAKAN,
            Severity.WARNING,
            f"Isi sel '{text[:80]}' tidak dapat dipetakan ke kolom mana pun dari {table.name}; "
            "sel ini diabaikan. Periksa apakah baris tersebut bergeser atau memuat kolom "
            "tambahan, lalu perbaiki tabelnya.",
            Location(file=source, table=table.name, row=row.line),
            found=text,
        )
        for text in row.unplaced
    ]
