"""The document model: what a Renja or RKT says, before any file format is chosen.

The assembler turns core results into these frozen values; ``docx_writer``, ``xlsx_writer`` and
``pdf`` only lay them out. Keeping the model plain (no Django, no python-docx objects) lets a
test build a document in a few lines and read the produced files back against it.

Tables live in ``table`` and are re-exported here, so an assembler imports one module: a cell
carries both the printed Indonesian text and the exact ``Decimal`` for the XLSX.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from renjana.core.tanggal import format_tanggal
from renjana.documents.table import (
    LITERAL,
    NA_TEXT,
    Align,
    Cell,
    Column,
    Formula,
    HeaderCell,
    Kind,
    Row,
    Table,
)

__all__ = [
    "LITERAL", "NA_TEXT", "Align", "Block", "BulletList", "Cell", "Column", "Document",
    "DocumentMeta", "Figure", "Formula", "HeaderCell", "Heading", "Kind", "ListOfFigures",
    "ListOfTables", "PageBreak", "Paragraph", "Row", "Run", "Section", "Signature",
    "SignatureBlock", "Table", "TableOfContents", "format_tanggal",
]  # fmt: skip


# --- narrative -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of runs; ``first_line_indent`` for body text as Renja documents set it."""

    runs: tuple[Run, ...]
    align: Align = Align.JUSTIFY
    first_line_indent: bool = False

    @classmethod
    def of(
        cls, text: str, *, bold: bool = False, italic: bool = False, align: Align = Align.JUSTIFY
    ) -> Paragraph:
        return cls((Run(text, bold, italic),), align)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class BulletList:
    """A bulleted (or numbered 1., 2., …) list, e.g. the Landasan Hukum."""

    items: tuple[Paragraph, ...]
    numbered: bool = False

    @classmethod
    def of(cls, *texts: str, numbered: bool = False) -> BulletList:
        return cls(tuple(Paragraph.of(t) for t in texts), numbered)


@dataclass(frozen=True, slots=True)
class Heading:
    """``number`` is printed as given ("BAB I", "2.1", "" for Kata Pengantar); ``level`` 1 is a
    BAB (new page, centred on two lines), 2 and 3 are sub-sections."""

    title: str
    number: str = ""
    level: int = 1
    in_toc: bool = True

    @property
    def label(self) -> str:
        """The one-line form used in the Daftar Isi: ``BAB I PENDAHULUAN``, ``1.1 Latar …``."""
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """The Daftar Isi: one line per heading with its page number (a PAGEREF field)."""

    title: str = "DAFTAR ISI"


@dataclass(frozen=True, slots=True)
class ListOfTables:
    title: str = "DAFTAR TABEL"


@dataclass(frozen=True, slots=True)
class ListOfFigures:
    title: str = "DAFTAR GAMBAR"


@dataclass(frozen=True, slots=True)
class Signature:
    """Place the document's signature block (``DocumentMeta.signature``) here."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart or diagram as PNG bytes with its caption ("Gambar 2.1 …")."""

    png: bytes
    number: str
    title: str
    width_mm: int = 150

    @property
    def caption(self) -> str:
        return f"Gambar {self.number} {self.title}"


# --- document --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and what follows it; sub-sections are ``Section`` blocks inside."""

    heading: Heading
    blocks: tuple[Block, ...] = ()

    def walk(self) -> Iterator[Section | Block]:
        yield self
        for block in self.blocks:
            if isinstance(block, Section):
                yield from block.walk()
            else:
                yield block


Block: TypeAlias = (
    Paragraph | BulletList | Table | Figure | PageBreak | TableOfContents | ListOfTables
    | ListOfFigures | Signature | Section
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """The head of office's signature: ``jabatan`` lines ("KEPALA DINAS SOSIAL", "PROVINSI
    SULAWESI BARAT,"), name, pangkat/golongan, NIP, and the place and date above them."""

    jabatan: tuple[str, ...]
    nama: str
    pangkat: str = ""
    nip: str = ""
    tempat: str = ""
    tanggal: date | None = None

    @property
    def place_date(self) -> str:
        when = format_tanggal(self.tanggal) if self.tanggal else ""
        return ", ".join(part for part in (self.tempat, when) if part)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the cover and every page header name: document, stage, office, pemda, year.

    ``title`` is the cover title ("RENCANA KERJA (RENJA)", "RENCANA KINERJA TAHUNAN (RKT)"),
    ``short_title`` the running header's ("Renja"); ``year`` is the plan year ``n`` and
    ``prepared_year`` the year of preparation printed at the foot of the cover.
    ``logo`` is the pemda's uploaded logo (PNG or JPEG bytes).
    """

    title: str
    short_title: str
    stage: str
    office: str
    pemda: str
    year: int
    signature: SignatureBlock
    prepared_year: int | None = None
    logo: bytes | None = None

    @property
    def header_text(self) -> str:
        return f"{self.short_title} {self.office} Tahun {self.year} — {self.stage}"


@dataclass(frozen=True, slots=True)
class Document:
    """Front matter (Kata Pengantar, Daftar Isi, …), chapters (BAB I–V) and appendices.

    The cover is drawn from ``meta``; front matter pages are numbered i, ii, …, the chapters
    from 1.
    """

    meta: DocumentMeta
    front: tuple[Block, ...] = ()
    chapters: tuple[Section, ...] = ()
    appendices: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section | Block]:
        """Every section and block, in reading order."""
        for block in (*self.front, *self.chapters, *self.appendices):
            if isinstance(block, Section):
                yield from block.walk()
            else:
                yield block

    def tables(self) -> tuple[Table, ...]:
        """Every table in reading order (the workbook's sheets)."""
        return tuple(b for b in self.walk() if isinstance(b, Table))

    def headings(self) -> tuple[Heading, ...]:
        return tuple(b.heading for b in self.walk() if isinstance(b, Section))

    def figures(self) -> tuple[Figure, ...]:
        return tuple(b for b in self.walk() if isinstance(b, Figure))
