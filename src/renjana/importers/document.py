"""The neutral document model every reader produces: headings, paragraphs, page breaks, tables.

A Renja reaches us as converted text, DOCX or XLSX. Each reader turns its format into this one
model so that table recognition, typed row extraction and the narrative checks are written once.
Values are plain text as printed (markup removed); nothing is interpreted here. A table keeps
its caption as printed ("Tabel 4.1 Program dan Kegiatan Perangkat Daerah Tahun 2024"), its
header rows, its body rows with their source lines, and where its page breaks fell, because the
audit must be able to point a reader to the place in the original document.

Source positions are 1-based: the line of a text file, the row of a sheet, or for DOCX the
ordinal of the body element (paragraph or table row) — whatever a person can find again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from renjana.core.problems import Location, Problem, Severity

#: The file could not be opened or is not the format its name says.
DOKUMEN_TIDAK_TERBACA = "DOKUMEN_TIDAK_TERBACA"


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading as printed; ``level`` 1 is the highest (``#`` or Word "Heading 1")."""

    level: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph; ``lines`` keeps its physical lines (hard line breaks) for caption reading."""

    text: str
    line: int
    lines: tuple[str, ...] = ()
    bold: bool = False

    @property
    def physical_lines(self) -> tuple[str, ...]:
        return self.lines or (self.text,)


@dataclass(frozen=True, slots=True)
class PageBreak:
    """A page break outside a table; ``text`` is the running page header when one was printed
    (e.g. ``# Rencana Kerja 2024`` repeated at every page), which is not a section heading."""

    line: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    """One table row: cell texts as printed, the source line(s) it came from, which cells were
    bold (program rows, totals), which cells held a number in a spreadsheet (a code typed as a
    number loses its zeros), and whether a page break fell just before it."""

    cells: tuple[str, ...]
    line: int
    lines: tuple[int, ...] = ()
    bold: frozenset[int] = frozenset()
    numeric: frozenset[int] = frozenset()
    page_break_before: bool = False

    def cell(self, index: int) -> str:
        """The cell at ``index``, or "" past the end of a short row."""
        return self.cells[index] if 0 <= index < len(self.cells) else ""

    @property
    def source_lines(self) -> tuple[int, ...]:
        return self.lines or (self.line,)

    @property
    def is_blank(self) -> bool:
        return not any(c.strip() for c in self.cells)


class TableLayout(StrEnum):
    """How the columns of a table were known."""

    #: Cells were delimited in the source (tabs, pipes, HTML, DOCX, XLSX).
    CELLS = "sel"
    #: Cells were inferred from a space-separated line (label + trailing values); see
    #: ``plain_table`` for the limits.
    SPACES = "spasi"
    #: Columns could not be inferred; every row is one physical line in one cell.
    LINES = "baris"


_LABEL = re.compile(
    r"^\W*(tabel|table|lampiran)\s*[-–—.:]*\s*([0-9]+(?:\.[0-9]+)*|[IVXLC]+\b)", re.IGNORECASE
)


def table_label(text: str) -> str:
    """``TABEL - 2.1`` / ``Tabel – 4.1`` / ``Table 1.1`` → ``Tabel 2.1`` / ``Tabel 4.1`` /
    ``Tabel 1.1``; ``Lampiran II`` → ``Lampiran II``; "" when the text is not a label."""
    match = _LABEL.match(text.replace("\xa0", " "))
    if not match:
        return ""
    word = "Lampiran" if match.group(1).lower() == "lampiran" else "Tabel"
    return f"{word} {match.group(2).rstrip('.')}"


@dataclass(frozen=True, slots=True)
class Table:
    """A table as printed. ``caption`` holds the caption lines above it (the label line and the
    lines after it); ``notes`` the ``key : value`` lines between caption and table (``Unit
    Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial``); ``section`` the nearest heading above
    and ``lead`` the paragraph just before the caption (an untitled table is known by it).
    Header rows are given once even when the document repeats them after each page break."""

    caption: tuple[str, ...]
    header_rows: tuple[Row, ...]
    body_rows: tuple[Row, ...]
    line: int
    end_line: int
    notes: tuple[str, ...] = ()
    section: str = ""
    lead: str = ""
    layout: TableLayout = TableLayout.CELLS
    sheet: str = ""

    @property
    def title(self) -> str:
        """The caption as one line, as printed: ``Tabel 7 Rumusan Rencana Program …``."""
        return " ".join(" ".join(line.split()) for line in self.caption if line.strip())

    @property
    def label(self) -> str:
        """The normalised table label (``Tabel 2.1``), or "" for an untitled table."""
        return next((table_label(line) for line in self.caption if table_label(line)), "")

    @property
    def name(self) -> str:
        """How messages name the table: its label, else its title, else where it starts."""
        return self.label or self.title or f"tabel pada baris {self.line}"

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in (*self.header_rows, *self.body_rows)), default=0)

    @property
    def page_breaks(self) -> int:
        """How many page breaks fell inside the body."""
        return sum(1 for r in self.body_rows if r.page_break_before)


Block = Heading | Paragraph | PageBreak | Table


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: its blocks in reading order, its source name, and reading problems
    (an unreadable file, a damaged part); a reader never raises on a user's file."""

    blocks: tuple[Block, ...]
    source: str = ""
    problems: tuple[Problem, ...] = field(default=())

    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))

    def headings(self) -> tuple[Heading, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Heading))

    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    def narrative_lines(self) -> Iterator[tuple[int, str]]:
        """Headings and paragraphs (captions included) as ``(line, text)``, in order: the
        text later narrative checks read (years, counts, amounts in words)."""
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                yield block.line, block.text

    def narrative(self) -> str:
        """The narrative as plain text, one block per paragraph."""
        return "\n\n".join(text for _, text in self.narrative_lines())


def unreadable(source: str, reason: str) -> Document:
    """An empty document carrying the reason it could not be read (never an exception)."""
    problem = Problem(
        DOKUMEN_TIDAK_TERBACA,
        Severity.ERROR,
        f"Dokumen {source} tidak dapat dibaca: {reason}. Simpan ulang dokumen (DOCX, XLSX, "
        "atau teks UTF-8) lalu unggah kembali.",
        Location(file=source),
    )
    return Document((), source, (problem,))
