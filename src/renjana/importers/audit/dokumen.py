"""The document as the audit rules read it: every table recognised and extracted once, the
section outline (which BAB a line is in), the Daftar Isi / Daftar Tabel entries, and the
narrative without table captions.

Rules never re-read the file: they take this value. Sections come from headings and from
paragraphs that look like headings (``1.5. LANDASAN HUKUM`` in a converter that dropped the
markup). A ``BAB`` heading directly followed by another ``BAB`` heading is an entry of the
*Sistematika Penulisan* list, not the start of a chapter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from renjana.importers.document import Document, Heading, Paragraph, Table, table_label
from renjana.importers.tables import (
    Recognition,
    TabelAnggaran,
    TabelMentah,
    TabelRenja,
    TabelRfk,
    TabelTC29,
    TableKind,
    extract_anggaran,
    extract_renja,
    extract_rfk,
    extract_rows,
    extract_tc29,
    recognize,
)

_BAB = re.compile(r"^\W*BAB\s+([IVXL]+)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(\d+(?:\.\d+)+|\d+)\.?\s+(\S.*)$")
_SECTION_MAX = 140
#: A BAB heading followed within this many lines by another BAB heading is an entry of the
#: "sistematika penulisan" list in BAB I, not the start of a chapter.
_LIST_GAP = 10
_LEADER = re.compile(r"\s*\.{3,}.*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(text: str) -> int:
    """``IV`` → 4 (the BAB numbers; nothing larger than L is ever printed)."""
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char, 0)
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


@dataclass(frozen=True, slots=True)
class TabelBaca:
    """One table with its kind and what the table layer extracted from it (only the
    extraction of its own kind is filled; ``mentah`` always is)."""

    table: Table
    recognition: Recognition
    index: int
    mentah: TabelMentah
    renja: TabelRenja | None = None
    tc29: TabelTC29 | None = None
    rfk: TabelRfk | None = None
    anggaran: TabelAnggaran | None = None

    @property
    def kind(self) -> TableKind:
        return self.recognition.kind

    @property
    def label(self) -> str:
        return self.table.label

    @property
    def title(self) -> str:
        return self.table.title

    @property
    def name(self) -> str:
        return self.table.name


@dataclass(frozen=True, slots=True)
class Bagian:
    """A section: its first line, its text as printed, its number (``2.1``, ``BAB II`` → ``II``)
    and the chapter it belongs to (``bab`` as a number, 0 before the first BAB)."""

    line: int
    text: str
    nomor: str
    bab: int


@dataclass(frozen=True, slots=True)
class EntriDaftar:
    """A line of the Daftar Isi or Daftar Tabel: the text without dot leader and page."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class BacaanDokumen:
    """The read document. ``narasi`` is (line, text, section) for headings and paragraphs
    that are not table captions."""

    document: Document
    source: str
    tables: tuple[TabelBaca, ...]
    bagian: tuple[Bagian, ...]
    daftar: tuple[EntriDaftar, ...]
    narasi: tuple[tuple[int, str], ...]
    captions: frozenset[int]

    def bagian_at(self, line: int) -> Bagian | None:
        """The section a line belongs to (the last section starting at or before it)."""
        index = bisect_right([b.line for b in self.bagian], line) - 1
        return self.bagian[index] if index >= 0 else None

    def bab_at(self, line: int) -> int:
        found = self.bagian_at(line)
        return found.bab if found is not None else 0

    def section_text(self, line: int) -> str:
        found = self.bagian_at(line)
        return found.text if found is not None else ""

    def of_kind(self, *kinds: TableKind) -> tuple[TabelBaca, ...]:
        return tuple(t for t in self.tables if t.kind in kinds)

    def section_range(self, pattern: str) -> tuple[int, int] | None:
        """(first, last) line of the first section whose title matches ``pattern``: up to the
        next section of the same or a higher rank."""
        regex = re.compile(pattern, re.IGNORECASE)
        for index, bagian in enumerate(self.bagian):
            if not regex.search(bagian.text):
                continue
            depth = bagian.nomor.count(".") if bagian.nomor else 0
            end = 10**9
            for later in self.bagian[index + 1 :]:
                later_depth = later.nomor.count(".") if later.nomor else 0
                if _BAB.match(later.text) or (later.nomor and later_depth <= depth):
                    end = later.line - 1
                    break
            return bagian.line, end
        return None


_EXTRACTORS = {
    TableKind.TC33: "renja",
    TableKind.RENJA_17: "renja",
    TableKind.TC29: "tc29",
    TableKind.RFK: "rfk",
    TableKind.REALISASI_ANGGARAN: "anggaran",
}


def _read_table(table: Table, index: int, source: str) -> TabelBaca:
    found = recognize(table)
    mentah = extract_rows(table, source, found)
    target = _EXTRACTORS.get(found.kind)
    if target == "renja":
        return TabelBaca(table, found, index, mentah, renja=extract_renja(table, source, found))
    if target == "tc29":
        return TabelBaca(table, found, index, mentah, tc29=extract_tc29(table, source, found))
    if target == "rfk":
        return TabelBaca(table, found, index, mentah, rfk=extract_rfk(table, source, found))
    if target == "anggaran":
        anggaran = extract_anggaran(table, source, found)
        return TabelBaca(table, found, index, mentah, anggaran=anggaran)
    return TabelBaca(table, found, index, mentah)


def _is_section(text: str, bold: bool) -> bool:
    clean = " ".join(text.split())
    if not clean or len(clean) > _SECTION_MAX or table_label(clean):
        return False
    if _BAB.match(clean):
        return True
    letters = [c for c in clean if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    numbered = _NUMBERED.match(clean)
    if numbered and "." in numbered.group(1):
        return upper or bold or len(clean) <= 80
    return upper and (bold or len(letters) >= 4) and not clean.endswith((",", ";"))


def _nomor(text: str) -> str:
    bab = _BAB.match(text)
    if bab:
        return bab.group(1).upper()
    numbered = _NUMBERED.match(text)
    return numbered.group(1) if numbered else ""


def _outline(document: Document, captions: frozenset[int]) -> tuple[Bagian, ...]:
    raw: list[tuple[int, str, str]] = []
    for block in document.blocks:
        if isinstance(block, Heading) and not table_label(block.text):
            raw.append((block.line, block.text, _nomor(block.text)))
        elif (
            isinstance(block, Paragraph)
            and block.line not in captions
            and _is_section(block.physical_lines[0], block.bold)
        ):
            text = " ".join(block.physical_lines[:3]) if _BAB.match(block.text) else block.text
            raw.append((block.line, text, _nomor(block.text)))
    sections: list[Bagian] = []
    bab = 0
    for index, (line, text, nomor) in enumerate(raw):
        chapter = _BAB.match(text)
        if chapter:
            following = raw[index + 1] if index + 1 < len(raw) else None
            listed = (
                following is not None
                and _BAB.match(following[1]) is not None
                and following[0] - line <= _LIST_GAP
            )
            if not listed:
                bab = roman(chapter.group(1))
        sections.append(Bagian(line, text, nomor, bab))
    return tuple(sections)


def _caption_lines(document: Document) -> frozenset[int]:
    """Lines of the paragraphs that make a table's caption (they are titles, not narrative)."""
    lines: set[int] = set()
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if not isinstance(block, Table) or not block.caption:
            continue
        wanted = {" ".join(c.split()) for c in block.caption}
        back = index - 1
        while back >= 0 and isinstance(blocks[back], Paragraph):
            paragraph = blocks[back]
            assert isinstance(paragraph, Paragraph)
            texts = {" ".join(p.split()) for p in paragraph.physical_lines}
            if not texts & wanted and not (texts and all(t in block.title for t in texts)):
                break
            lines.add(paragraph.line)
            back -= 1
    return frozenset(lines)


def _daftar(tables: tuple[TabelBaca, ...]) -> tuple[EntriDaftar, ...]:
    entries: list[EntriDaftar] = []
    for tabel in tables:
        if tabel.kind is not TableKind.DAFTAR_ISI:
            continue
        for row in (*tabel.table.header_rows, *tabel.table.body_rows):
            first = next((c for c in row.cells if c.strip()), "")
            text = " ".join(_LEADER.sub("", first).split())
            if text:
                entries.append(EntriDaftar(row.line, text))
    return tuple(entries)


def baca_dokumen(document: Document) -> BacaanDokumen:
    """Recognise and extract every table, and outline the document."""
    source = document.source
    tables = tuple(_read_table(t, i, source) for i, t in enumerate(document.tables()))
    captions = _caption_lines(document)
    narasi = tuple(
        (line, text) for line, text in document.narrative_lines() if line not in captions
    )
    return BacaanDokumen(
        document=document,
        source=source,
        tables=tables,
        bagian=_outline(document, captions),
        daftar=_daftar(tables),
        narasi=narasi,
        captions=captions,
    )
