"""The cells of one data row read into core values, each problem placed at its cell.

Excel numbers arrive as binary floats. They are read the way Excel shows them, to 15
significant digits (``format(x, ".15g")``: ``0.1 + 0.2`` is ``0,3``, ``1234567.89`` stays
``1.234.567,89``), then held as ``Decimal``; money is rounded to sen with the one quantizer
(``numbers.quantize_money``) and a rounding that changes the amount is reported. Text cells go
through ``core.idformat`` (numbers) and ``core.quantity`` (targets with units), codes through
``core.kode`` — the same rules as every other input. A count of persons must be whole; a
fraction is an error, never rounded.

Every problem carries the file, the sheet, the row number as Excel shows it, the column
(``C (Pagu Indikatif)``) and the cell's value as found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from renjana.core.idformat import (
    JUMLAH_ORANG_DESIMAL,
    ColumnKind,
    format_number,
    has_fraction,
    is_missing_text,
    parse_number,
)
from renjana.core.kode import Kode, ParsedKode, parse_kode
from renjana.core.numbers import (
    MONEY_DECIMAL_PLACES,
    MONEY_MAX_DIGITS,
    VALUE_DECIMAL_PLACES,
    VALUE_MAX_DIGITS,
    quantize_money,
)
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import PERSEN, POIN, counts_persons, normalize_satuan, parse_quantity
from renjana.core.renja import TargetValue
from renjana.importers.tabular.columns import Found, Header, cell_text
from renjana.importers.tabular.result import problem
from renjana.importers.tabular.workbook import CellValue

UANG_DIBULATKAN = "UANG_DIBULATKAN"
UANG_NEGATIF = "UANG_NEGATIF"
NILAI_TERLALU_BESAR = "NILAI_TERLALU_BESAR"
NILAI_DIBULATKAN = "NILAI_DIBULATKAN"
NILAI_NEGATIF = "NILAI_NEGATIF"
BUKAN_BILANGAN_BULAT = "BUKAN_BILANGAN_BULAT"
PILIHAN_TIDAK_DIKENAL = "PILIHAN_TIDAK_DIKENAL"
PERSEN_PECAHAN = "PERSEN_PECAHAN"

_VALUE_QUANTUM = Decimal(1).scaleb(-VALUE_DECIMAL_PLACES)
_PLAIN_NUMBER = re.compile(r"[\s\-−–]*(?:rp\.?)?[\s\d.,]*\d[\s\d.,]*(?:%|persen)?\s*", re.I)
_LIST_SPLIT = re.compile(r"\s*(?:;|\n|\r)\s*")


def excel_decimal(value: float) -> Decimal:
    """An Excel number as Excel displays it: 15 significant digits, as an exact ``Decimal``."""
    return Decimal(format(value, ".15g"))


def _is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_missing(text: str) -> bool:
    """``is_missing_text`` with a fast path: no placeholder word is longer than four
    characters, so longer text starting with a letter or digit is never missing."""
    if not text:
        return True
    if len(text) > 4 and text[0].isalnum():
        return False
    return is_missing_text(text)


class RowReader:
    """One data row of a sheet: typed reads of its columns; ``problems`` collects findings."""

    __slots__ = ("cells", "file", "header", "number", "problems", "sheet")

    def __init__(
        self, file: str, sheet: str, header: Header, index: int, cells: Sequence[CellValue]
    ) -> None:
        self.file, self.sheet, self.header = file, sheet, header
        self.number = index + 1
        self.cells = cells
        self.problems: list[Problem] = []

    # --- raw access -------------------------------------------------------------------

    def value(self, found: Found | None) -> CellValue:
        if found is None or found.index >= len(self.cells):
            return ""
        return self.cells[found.index]

    def raw(self, key: str) -> CellValue:
        return self.value(self.header.get(key))

    def is_blank(self, key: str) -> bool:
        found = self.header.get(key)
        if found is None:
            return True
        return all(_is_blank(self.cells[c]) for c in found.span if c < len(self.cells))

    def is_empty(self) -> bool:
        return all(_is_blank(v) for v in self.cells)

    def location(self, found: Found | None) -> Location:
        return Location(
            file=self.file, sheet=self.sheet, row=self.number,
            column=found.where if found is not None else "",
        )  # fmt: skip

    def add(
        self,
        code: str,
        message: str,
        found: Found | None,
        severity: Severity = Severity.ERROR,
        value: CellValue = None,
    ) -> None:
        shown = cell_text(self.value(found) if value is None else value)
        where = self.location(found)
        self.problems.append(problem(code, message, where, found=shown, severity=severity))

    def place(self, problems: tuple[Problem, ...] | list[Problem], found: Found | None) -> None:
        """Problems from a core parser, moved to this row and column (keeping their codes)."""
        if not problems:
            return
        where = self.location(found)
        for p in problems:
            self.problems.append(replace(p, location=replace(where, kode=p.location.kode)))

    # --- typed reads ------------------------------------------------------------------

    def text(self, key: str, found: Found | None = None) -> str:
        """The cell as text, whitespace collapsed; ``-``/``N/A`` placeholders are empty."""
        found = found or self.header.get(key)
        value = self.value(found)
        if found is not None and len(found.span) > 1:  # separate name columns: the last filled
            filled = [self.cells[c] for c in found.span if c < len(self.cells)]
            value = next((v for v in reversed(filled) if not _is_blank(v)), "")
        text = " ".join(cell_text(value).split())
        return "" if _is_missing(text) else text

    def multiline(self, key: str) -> str:
        """The cell as text with its line breaks (indicator lists)."""
        text = cell_text(self.raw(key)).strip()
        return "" if is_missing_text(text) else text

    def items(self, key: str) -> tuple[str, ...]:
        """A list cell (lokasi, sumber dana, prioritas): parts separated by ``;`` or lines."""
        text = cell_text(self.raw(key))
        if ";" not in text and "\n" not in text and "\r" not in text:
            one = " ".join(text.split())
            return () if _is_missing(one) else (one,)
        parts = (" ".join(p.split()) for p in _LIST_SPLIT.split(text))
        return tuple(p for p in parts if p and not _is_missing(p))

    def kode(self, key: str, konteks: Kode | None = None) -> ParsedKode:
        """The code of the row, from one cell or a split over several; problems placed."""
        found = self.header.get(key)
        if found is None:
            return parse_kode("")
        cells: list[object] = []
        for c in found.span:
            value = self.cells[c] if c < len(self.cells) else ""
            if isinstance(value, float) and value.is_integer():
                value = str(int(value))  # "1", "6", "4" in split cells lose no digits
            cells.append(None if _is_blank(value) else value)
        parsed = parse_kode(_cumulative(cells), konteks=konteks)
        self.place(list(parsed.problems), found)
        return parsed

    def decimal(self, key: str, kind: ColumnKind = ColumnKind.GENERIC) -> Decimal | None:
        found = self.header.get(key)
        value = self.value(found)
        if _is_blank(value):
            return None
        if isinstance(value, bool):
            self.add("BUKAN_ANGKA", "Sel berisi Ya/Tidak, bukan angka. Isi dengan angka.", found)
            return None
        if isinstance(value, (int, float)):
            number = excel_decimal(float(value))
            if kind is ColumnKind.COUNT and has_fraction(number):
                self._fraction(found, number)
                return None
            return number
        parsed = parse_number(cell_text(value), kind)
        self.place(list(parsed.problems), found)
        return None if parsed.has_errors else parsed.value

    def money(self, key: str, found: Found | None = None) -> Decimal | None:
        """Rupiah, rounded to sen (a rounding that changes the amount is a warning); a
        negative amount is an error."""
        found = found or self.header.get(key)
        value = self.value(found)
        if _is_blank(value):
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            amount: Decimal | None = excel_decimal(float(value))
        else:
            text = cell_text(value)
            parsed = parse_number(text, ColumnKind.MONEY)
            self.place(list(parsed.problems), found)
            amount = None if parsed.has_errors else parsed.value
        if amount is None:
            return None
        if amount < 0:
            self.add(
                UANG_NEGATIF,
                f"Jumlah rupiah {format_number(amount)} negatif. Isi pagu/anggaran 0 atau lebih.",
                found,
            )
            return None
        rounded = quantize_money(amount)
        if rounded != amount:
            self.add(
                UANG_DIBULATKAN,
                f"Jumlah {format_number(amount)} memuat pecahan sen; disimpan sebagai "
                f"{format_number(rounded)} (dibulatkan ke sen). Periksa rumus di sel ini.",
                found, Severity.WARNING,
            )  # fmt: skip
        if rounded.adjusted() >= MONEY_MAX_DIGITS - MONEY_DECIMAL_PLACES:
            self.add(
                NILAI_TERLALU_BESAR,
                f"Jumlah {format_number(rounded)} terlalu besar untuk disimpan. Periksa angkanya.",
                found,
            )
            return None
        return rounded

    def percent(self, key: str) -> Decimal | None:
        """A percentage on the 0–100 scale. An Excel percent-formatted cell holds 0,95 for
        95%: a fraction between 0 and 1 is kept as typed and flagged."""
        found = self.header.get(key)
        value = self.value(found)
        result = self.decimal(key, ColumnKind.PERCENT)
        if result is not None and isinstance(value, float) and 0 < result < 1:
            self.add(
                PERSEN_PECAHAN,
                f"Nilai {format_number(result)} di kolom persen dibaca {format_number(result)}%. "
                "Bila maksudnya "
                f"{format_number(result * 100)}%, ketik {format_number(result * 100)} "
                "(kolom ini berisi angka 0–100, bukan format persen Excel).",
                found, Severity.WARNING,
            )  # fmt: skip
        return None if result is None else self._value_places(result, found)

    def whole(self, key: str) -> int | None:
        """A whole number (an indicator number, a triwulan)."""
        found = self.header.get(key)
        result = self.decimal(key)
        if result is None:
            return None
        if has_fraction(result) or result < 0:
            self.add(
                BUKAN_BILANGAN_BULAT,
                f"'{cell_text(self.value(found))}' bukan bilangan bulat. Isi dengan 1, 2, 3, …",
                found,
            )
            return None
        return int(result)

    def target(
        self, key: str, satuan: str, found: Found | None = None, value: CellValue = None
    ) -> TargetValue:
        """A target or realised value: a number (unit from ``satuan`` or the cell), a number
        with its unit (``312 Orang/Bulan``), or qualitative text (``Cepat Berkembang``).
        ``value`` reads one piece of a cell that holds several targets instead of the cell."""
        found = found or self.header.get(key)
        value = self.value(found) if value is None else value
        if _is_blank(value):
            return TargetValue(satuan=satuan)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self._checked(excel_decimal(float(value)), "", satuan, found)
        text = " ".join(cell_text(value).split())
        if is_missing_text(text):
            return TargetValue(satuan=satuan)
        if _PLAIN_NUMBER.fullmatch(text):
            parsed = parse_number(text, _kind_for(satuan))
            self.place(list(parsed.problems), found)
            if parsed.value is None:
                return TargetValue(satuan=satuan)
            unit = PERSEN if text.rstrip().endswith("%") and not satuan else satuan
            return self._checked(parsed.value, "", unit, found, checked_count=True)
        read = parse_quantity(text)
        self.place(list(read.problems), found)
        q = read.quantity
        if q.nilai is None:
            return TargetValue(teks=q.teks, satuan=satuan)
        unit = q.satuan or satuan
        if satuan and q.satuan and normalize_satuan(satuan) != q.satuan:
            self.add(
                "SATUAN_BERBEDA",
                f"Satuan '{q.satuan}' di sel berbeda dengan kolom Satuan ('{satuan}'); "
                f"yang dipakai '{q.satuan}'. Samakan keduanya.",
                found, Severity.WARNING,
            )  # fmt: skip
        return self._checked(q.nilai, q.teks, unit, found, checked_count=bool(q.satuan))

    def _checked(
        self,
        nilai: Decimal,
        teks: str,
        satuan: str,
        found: Found | None,
        *,
        checked_count: bool = False,
    ) -> TargetValue:
        if nilai < 0:
            self.add(
                NILAI_NEGATIF,
                f"Nilai {format_number(nilai)} negatif; target dan realisasi diisi 0 atau lebih.",
                found,
            )
            return TargetValue(satuan=satuan)
        if not checked_count and counts_persons(satuan) and has_fraction(nilai):
            self._fraction(found, nilai, satuan)
            return TargetValue(satuan=satuan)
        if nilai.adjusted() >= VALUE_MAX_DIGITS - VALUE_DECIMAL_PLACES:
            self.add(NILAI_TERLALU_BESAR, "Nilai terlalu besar untuk disimpan.", found)
            return TargetValue(satuan=satuan)
        return TargetValue(self._value_places(nilai, found), teks, satuan)

    def _value_places(self, nilai: Decimal, found: Found | None) -> Decimal:
        rounded = nilai.quantize(_VALUE_QUANTUM, rounding=ROUND_HALF_UP)
        if rounded == nilai:
            return nilai
        self.add(
            NILAI_DIBULATKAN,
            f"Nilai {format_number(nilai)} memuat lebih dari {VALUE_DECIMAL_PLACES} angka di "
            f"belakang koma; disimpan sebagai {format_number(rounded.normalize())}.",
            found, Severity.INFO,
        )  # fmt: skip
        return rounded

    def _fraction(self, found: Found | None, nilai: Decimal, satuan: str = "orang") -> None:
        self.add(
            JUMLAH_ORANG_DESIMAL,
            f"Jumlah {satuan} {format_number(nilai)} bernilai pecahan; jumlah orang/keluarga "
            "harus bilangan bulat. Perbaiki angkanya, tidak dibulatkan otomatis.",
            found,
        )

    def choice(self, key: str, options: Mapping[str, str], default: str) -> str:
        """One of ``options`` (keys are squeezed spellings → stored value); blank → default."""
        found = self.header.get(key)
        text = self.text(key)
        if not text:
            return default
        chosen = options.get(re.sub(r"[^a-z0-9]", "", text.lower()))
        if chosen is None:
            allowed = ", ".join(sorted(set(options.values())))
            self.add(
                PILIHAN_TIDAK_DIKENAL,
                f"'{text}' tidak dikenal di kolom ini; isi salah satu dari: {allowed}.",
                found,
            )
            return default
        return chosen


def _kind_for(satuan: str) -> ColumnKind:
    unit = normalize_satuan(satuan)
    if unit == PERSEN:
        return ColumnKind.PERCENT
    if unit == POIN:
        return ColumnKind.SCORE
    if counts_persons(unit):
        return ColumnKind.COUNT
    return ColumnKind.GENERIC


def _cumulative(cells: list[object]) -> str | list[object]:
    """SIPD exports print the full code of each level in its own column (``1.06.04`` |
    ``1.06.04.2.01`` | ``1.06.04.2.01.0001``): the deepest one is the row's code."""
    filled = [c for c in cells if isinstance(c, str)]
    if len(filled) >= 2 and all(
        "." in a.strip(". ") and b.strip().startswith(a.strip().rstrip(".") + ".")
        for a, b in pairwise(filled)
    ):
        return filled[-1]
    return cells
