"""Columns of an import kind and where a sheet prints them, found by header text.

A ``Kolom`` names one logical column: its title in the template, what it holds, the other
titles people and SIPD exports use for it (``Kode Rekening``, ``Pagu Indikatif (Rp)``,
``Anggaran``…) and regular expressions for titles that vary (``Target 2025``, ``Indikator 2``).
Titles are compared the way the document table layer compares them (``markup.squeeze``: lower
case, no spaces or markup), after dropping a trailing unit in brackets (``(Rp)``, ``(%)``).

``find_header`` looks for the header row in the first ``HEADER_SEARCH_ROWS`` rows of a sheet:
the row whose titles name the most columns, all required ones included. A title is read with
up to two header rows above it (``Rencana Tahun 2025`` over ``Pagu Indikatif``; merged cells
give their value to every column they cover), so the two ``Target`` columns of a SIPD table
are told apart by the words above them. A nomenclature code split over several columns
(``Urusan | Bidang | Program | Kegiatan | Sub Kegiatan``, or ``Kode`` merged over five cells)
is one ``kode`` column with a ``span``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from renjana.core.idformat import format_number
from renjana.importers.cells import header_like, is_code_fragment, is_year, numbering
from renjana.importers.markup import squeeze
from renjana.importers.tabular.workbook import CellValue, Sheet, column_letter

#: The header must start within this many rows (titles, office names and dates may come first).
HEADER_SEARCH_ROWS = 20
#: Header rows above the matched row that are read together with it.
PARENT_ROWS = 2
#: Most cells a split code takes: urusan, bidang, program, (level+)kegiatan, sub kegiatan.
MAX_KODE_CELLS = 6

_UNIT_SUFFIX = re.compile(r"\((?:rp|rupiah|%|persen|orang|rp\.)\)$")
#: Titles of the cells of a split code, without a leading "kode".
_SPLIT_NAMES = frozenset(
    {"urusan", "bidang", "bidangurusan", "program", "prog", "kegiatan", "keg", "subkegiatan",
     "subkeg", "sub"}
)  # fmt: skip


class Isi(StrEnum):
    """What a column holds; decides how its cells are read and how the template explains it."""

    KODE = "kode"
    TEKS = "teks"
    UANG = "uang"
    TARGET = "target"
    ANGKA = "angka"
    PERSEN = "persen"
    BULAT = "bulat"
    PILIHAN = "pilihan"

    @property
    def label(self) -> str:
        return _ISI_LABELS[self]


_ISI_LABELS = {
    Isi.KODE: "Kode nomenklatur (teks)",
    Isi.TEKS: "Teks",
    Isi.UANG: "Rupiah",
    Isi.TARGET: "Angka atau teks",
    Isi.ANGKA: "Angka",
    Isi.PERSEN: "Persen (0–100)",
    Isi.BULAT: "Bilangan bulat",
    Isi.PILIHAN: "Pilihan",
}


@dataclass(frozen=True, slots=True)
class Kolom:
    """One logical column of an import kind.

    ``sinonim`` are whole titles accepted besides ``judul``; ``pola`` are regexes searched in
    the squeezed title (with the header rows above it); ``kecuali`` are regexes that rule a
    title out. A ``berulang`` column appears many times: its ``pola`` capture the year or
    number in a group named ``n`` (``Target 2025`` → 2025, ``Indikator 2`` → 2).
    """

    key: str
    judul: str
    isi: Isi
    keterangan: str
    contoh: str = ""
    wajib: bool = False
    sinonim: tuple[str, ...] = ()
    pola: tuple[str, ...] = ()
    kecuali: tuple[str, ...] = ()
    berulang: bool = False
    pilihan: tuple[str, ...] = ()
    lebar: int = 16
    _names: frozenset[str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        names = frozenset(title_key(t) for t in (self.judul, *self.sinonim))
        object.__setattr__(self, "_names", names)

    def excluded(self, label: str) -> bool:
        return any(re.search(p, label) for p in self.kecuali)

    def matches_name(self, *labels: str) -> bool:
        return any(label in self._names for label in labels if label)

    def number(self, label: str) -> int | None:
        """For a ``berulang`` column: the year/number its title carries, else None."""
        for pattern in self.pola:
            found = re.search(pattern, label)
            if found and "n" in found.groupdict():
                return int(found["n"])
        return None

    def matches_pattern(self, label: str) -> bool:
        return any(re.search(p, label) for p in self.pola)


def title_key(text: str) -> str:
    """``Pagu Indikatif (Rp)`` → ``paguindikatif``: squeezed, without a unit in brackets."""
    key = squeeze(text)
    while True:
        shorter = _UNIT_SUFFIX.sub("", key)
        if shorter == key:
            return key.rstrip(":*.")
        key = shorter


@dataclass(frozen=True, slots=True)
class Found:
    """A column found in the sheet: its first cell, all its cells, and its title as printed."""

    key: str
    index: int
    label: str
    span: tuple[int, ...]
    n: int | None = None

    @property
    def letter(self) -> str:
        """``C`` or ``C:G`` for a code split over several columns."""
        first = column_letter(self.span[0])
        return first if len(self.span) == 1 else f"{first}:{column_letter(self.span[-1])}"

    @property
    def where(self) -> str:
        """``C (Pagu Indikatif)``: the column as a person looks for it."""
        return f"{self.letter} ({self.label})" if self.label else self.letter


@dataclass(frozen=True, slots=True)
class Header:
    """Where a sheet's table is: its last header row, first data row and columns."""

    row: int
    data_start: int
    columns: Mapping[str, Found]
    repeated: Mapping[str, Mapping[int, Found]]
    unknown: tuple[str, ...] = ()

    def get(self, key: str) -> Found | None:
        return self.columns.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.columns


def cell_text(value: CellValue) -> str:
    """A cell as a person reads it, for titles and text columns (``2025.0`` → ``2025``)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format_number(Decimal(format(value, ".15g")))  # Indonesian: 12,5
    if isinstance(value, str):
        return value
    return str(value)


def find_header(sheet: Sheet, kolom: Sequence[Kolom]) -> Header | None:
    """The best header row of ``sheet`` for ``kolom``, or None when no row in the first
    ``HEADER_SEARCH_ROWS`` names every required column."""
    best: tuple[int, Header] | None = None
    width = sheet.width
    for r in range(min(HEADER_SEARCH_ROWS, len(sheet.rows))):
        bottom = [cell_text(sheet.cell(r, c)) for c in range(width)]
        if sum(1 for t in bottom if t.strip()) < 2 or not header_like(bottom, limit=200):
            continue
        header = _match(sheet, r, bottom, kolom)
        if header is None:
            continue
        score = len(header.columns) + sum(len(v) for v in header.repeated.values())
        if best is None or score >= best[0]:
            best = (score, header)
    return best[1] if best else None


def _labels(sheet: Sheet, r: int, bottom: list[str]) -> tuple[list[str], list[str]]:
    """Each column's title with the header rows above it (a parent row needs two different
    titles: a single title over the whole table is a caption, not a header), and the title
    the column has on its own: its cell in the header row, or when that is empty (a CSV
    cannot merge ``Kode`` over two header rows) the nearest title above it."""
    parents: list[list[str]] = []
    for above in range(max(0, r - PARENT_ROWS), r):
        texts = [cell_text(sheet.cell(above, c)) for c in range(len(bottom))]
        distinct = {t.strip() for t in texts if t.strip()}
        if len(distinct) >= 2 and header_like(texts, limit=200):
            parents.append(texts)
    labels, own = [], []
    for c, text in enumerate(bottom):
        parts: list[str] = []
        for part in (*(p[c] for p in parents), text):
            part = " ".join(part.split())
            if part and part not in parts:
                parts.append(part)
        labels.append(" ".join(parts))
        own.append(text if text.strip() else (parts[-1] if parts else ""))
    return labels, own


def _match(sheet: Sheet, r: int, bottom: list[str], kolom: Sequence[Kolom]) -> Header | None:
    labels, own_titles = _labels(sheet, r, bottom)
    full = [title_key(label) for label in labels]  # names are compared without units
    raw = [squeeze(label) for label in labels]  # patterns see "(rp)", "(%)"
    short = [title_key(text) for text in own_titles]
    used: set[int] = set()
    columns: dict[str, Found] = {}
    repeated: dict[str, dict[int, Found]] = {}
    kode = next((k for k in kolom if k.isi is Isi.KODE), None)
    if kode is not None:
        split = _split_code(sheet, r, full, short)
        if split:
            columns[kode.key] = Found(kode.key, split[0], _span_label(labels, split), split)
            used.update(split)
    # A title counts only when the cell itself is a known title (or merged from one above):
    # a data row under the header, read with the header as its parent, is never a header.
    own = [
        bool(s)
        and (is_year(s) or any(k.matches_name(s) or k.matches_pattern(squeeze(t)) for k in kolom))
        for s, t in zip(short, own_titles, strict=True)
    ]
    for exact in (True, False):
        for k in kolom:
            if k.key in columns:
                continue
            for c in range(len(labels)):
                if c in used or not own[c] or k.excluded(raw[c]):
                    continue
                hit = k.matches_name(full[c], short[c]) if exact else k.matches_pattern(raw[c])
                if not hit:
                    continue
                if k.berulang:
                    n = k.number(raw[c])
                    if n is None or n in repeated.get(k.key, {}):
                        continue
                    repeated.setdefault(k.key, {})[n] = Found(k.key, c, labels[c], (c,), n)
                    used.add(c)
                    continue
                columns[k.key] = Found(k.key, c, labels[c], (c,))
                used.add(c)
                break
    nama = next((k for k in kolom if k.key == "nama"), None)
    if nama is not None and nama.key not in columns:
        names = _name_columns(short, used)
        if names:
            columns[nama.key] = Found(nama.key, names[0], _span_label(labels, names), names)
            used.update(names)
    if not all(k.key in columns or k.key in repeated for k in kolom if k.wajib):
        return None
    if kode is not None and kode.key in columns and len(columns[kode.key].span) == 1:
        columns[kode.key] = _widen_code(sheet, r, columns[kode.key], full, used)
    data_start = r + 1
    while data_start < len(sheet.rows) and numbering(
        [cell_text(v) for v in sheet.rows[data_start]]
    ):
        data_start += 1
    unknown = tuple(labels[c] for c in range(len(labels)) if labels[c] and c not in used)
    return Header(r, data_start, columns, repeated, unknown)


def _span_label(labels: Sequence[str], span: Sequence[int]) -> str:
    names: list[str] = []
    for c in span:
        if labels[c] and labels[c] not in names:
            names.append(labels[c])
    return " | ".join(names)


def _split_code(sheet: Sheet, r: int, full: Sequence[str], short: Sequence[str]) -> tuple[int, ...]:
    """The longest run of two or more adjacent columns titled like the parts of a code
    (``Urusan``, ``Bidang``, ``Program``…, with or without ``Kode``) whose cells below hold
    code fragments, not names."""
    best: tuple[int, ...] = ()
    run: list[int] = []
    for c in range(len(full) + 1):
        name = short[c].removeprefix("kode") if c < len(full) else ""
        if name in _SPLIT_NAMES:
            run.append(c)
            continue
        if len(run) >= 2 and len(run) > len(best) and _holds_codes(sheet, r, run):
            best = tuple(run)
        run = []
    return best


def _name_columns(short: Sequence[str], used: set[int]) -> tuple[int, ...]:
    """Separate name columns ``Program | Kegiatan | Sub Kegiatan`` (each row fills the one of
    its level): together they are the name column, read as the last filled cell."""
    run: list[int] = []
    for c in range(len(short) + 1):
        if c < len(short) and c not in used and short[c] in _SPLIT_NAMES:
            run.append(c)
        elif len(run) >= 2:
            return tuple(run)
        else:
            run = []
    return ()


def _holds_codes(sheet: Sheet, r: int, span: Sequence[int]) -> bool:
    """Most filled cells of ``span`` in the next rows are code fragments (or Excel numbers)."""
    filled = fragments = 0
    for row in range(r + 1, min(r + 12, len(sheet.rows))):
        for c in span:
            value = sheet.rows[row][c] if c < len(sheet.rows[row]) else ""
            text = cell_text(value).strip()
            if not text:
                continue
            filled += 1
            fragments += isinstance(value, (int, float)) or is_code_fragment(text)
    return filled > 0 and fragments >= 0.8 * filled


def _widen_code(sheet: Sheet, r: int, found: Found, full: Sequence[str], used: set[int]) -> Found:
    """A ``Kode`` title over several cells (merged, or followed by untitled columns) whose
    cells hold code fragments: the code is read from all of them."""
    span = [found.index]
    c = found.index + 1
    while c < len(full) and c not in used and len(span) < MAX_KODE_CELLS:
        if full[c] and full[c] != full[found.index]:
            break
        span.append(c)
        c += 1
    if len(span) == 1 or not _holds_codes(sheet, r, span):
        return found
    used.update(span)
    return Found(found.key, found.index, found.label, tuple(span))
