"""The Renja / RKT as DOCX: python-docx for the document flow, prebuilt XML for the tables.

Layout decisions a reader of an Indonesian planning document expects:

* A4; the cover is its own section without header or footer; the front matter (Kata Pengantar,
  Daftar Isi, Daftar Tabel) is numbered i, ii, …; every BAB starts a new section (a new page)
  and BAB I restarts the numbering at 1.
* Every page but the cover carries the running header (document, office, year, stage) and the
  page number (a ``PAGE`` field) in the footer.
* A wide table gets its own landscape section; the text returns to portrait after it.
* The Daftar Isi / Daftar Tabel / Daftar Gambar are lines with ``PAGEREF`` fields pointing at
  bookmarks on the headings and captions. LibreOffice's headless conversion does not refresh a
  ``TOC`` field (it printed an empty one in our trial) but does compute ``PAGEREF``; Word
  refreshes them on opening (``w:updateFields``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from renjana.documents import docx_cover, docx_style
from renjana.documents.docx_table import table_element
from renjana.documents.model import (
    Align,
    Block,
    BulletList,
    Document,
    Figure,
    Heading,
    ListOfFigures,
    ListOfTables,
    PageBreak,
    Paragraph,
    Run,
    Section,
    Signature,
    Table,
    TableOfContents,
)

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
#: Page geometry in millimetres: (width, height, top, right, bottom, left).
PORTRAIT = (210, 297, 25, 20, 25, 30)
LANDSCAPE = (297, 210, 25, 15, 20, 15)


def mm_to_twips(mm: int) -> int:
    return mm * 14400 // 254


def text_width_twips(landscape: bool) -> int:
    width, _, _, right, _, left = LANDSCAPE if landscape else PORTRAIT
    return mm_to_twips(width - right - left)


def _field(instruction: str, cached: str = "", run_props: str = "") -> str:
    """Runs of a complex field (begin, instruction, separate, cached result, end)."""
    r = f"<w:r>{run_props}"
    return (
        f'{r}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'{r}<w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        f'{r}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r}<w:t>{escape(cached)}</w:t></w:r>"
        f'{r}<w:fldChar w:fldCharType="end"/></w:r>'
    )


#: Invisible run properties (white, 1 pt) of the front-matter page marker.
_INVISIBLE = '<w:rPr><w:color w:val="FFFFFF"/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'


def _append_xml(paragraph: DocxParagraph, runs_xml: str) -> None:
    for element in parse_xml(f"<w:p {nsdecls('w')}>{runs_xml}</w:p>"):
        paragraph._p.append(element)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One line of a Daftar Isi / Tabel / Gambar."""

    text: str
    bookmark: str
    level: int = 2
    roman: bool = False


def _title_case(title: str) -> str:
    """``DAFTAR TABEL`` → ``Daftar Tabel`` for its own line in the Daftar Isi."""
    return " ".join(word.capitalize() for word in title.split())


@dataclass(slots=True)
class _Part:
    """One DOCX section: which page numbering family it belongs to, and whether it restarts."""

    family: str  # "cover", "front" (i, ii, …) or "body" (1, 2, …)
    restart: bool = False


class _Writer:
    """Writes one document; tracks sections, bookmarks and the current orientation."""

    def __init__(self, doc: Document) -> None:
        self.model = doc
        self.docx: DocxDocument = python_docx.Document()
        docx_style.apply(self.docx)
        self.parts = [_Part("cover")]
        self.landscape = False
        self.section_empty = True
        self.bookmark_id = 0
        self.counts = {"H": 0, "T": 0, "G": 0, "L": 0}
        self.in_chapters = False
        self._page(self.docx.sections[0], landscape=False)

    # --- sections ----------------------------------------------------------------------------

    def _page(self, section: DocxSection, *, landscape: bool) -> None:
        width, height, top, right, bottom, left = LANDSCAPE if landscape else PORTRAIT
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)

    def new_section(self, part: _Part | None = None, *, landscape: bool = False) -> None:
        """Start a new page in a new section (``part`` None: same numbering, no restart).
        An empty current section is reused instead, so no blank page appears."""
        if part is None:
            part = _Part(self.parts[-1].family)
        if self.section_empty:
            self._page(self.docx.sections[-1], landscape=landscape)
            last = self.parts[-1]
            self.parts[-1] = _Part(part.family, part.restart or last.restart)
        else:
            self.docx.add_section()
            docx_style.shrink_section_paragraph(self.docx.paragraphs[-1])
            self._page(self.docx.sections[-1], landscape=landscape)
            self.parts.append(part)
        self.landscape = landscape
        self.section_empty = True

    def _orientation(self, landscape: bool) -> None:
        if landscape != self.landscape:
            self.new_section(landscape=landscape)

    def _finish_sections(self) -> None:
        sections = list(self.docx.sections)
        first_numbered = True
        for section, part in zip(sections, self.parts, strict=True):
            fmt = "decimal" if part.family == "body" else "lowerRoman"
            docx_style.page_numbering(section, fmt, 1 if part.restart else None)
            if part.family == "cover":
                section.header.is_linked_to_previous = False
                section.footer.is_linked_to_previous = False
            elif first_numbered:
                self._running_header(section, self.model.meta.header_text)
                first_numbered = False
            else:
                section.header.is_linked_to_previous = True
                section.footer.is_linked_to_previous = True

    def _running_header(self, section: DocxSection, text: str) -> None:
        section.header.is_linked_to_previous = True
        section.header.is_linked_to_previous = False
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run(text)
        run.italic, run.font.size = True, Pt(9)
        docx_style.bottom_border(paragraph)
        section.footer.is_linked_to_previous = True
        section.footer.is_linked_to_previous = False
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _append_xml(footer, _field("PAGE", "1"))

    # --- blocks ------------------------------------------------------------------------------

    def styled(self, style: str, text: str = "") -> DocxParagraph:
        """A new paragraph in ``style`` (set by id: python-docx's lookup by name scans every
        style on each call, which was half the time of writing a large document)."""
        return docx_style.styled_paragraph(self.docx, style, text)

    def _bookmark(self, paragraph: DocxParagraph, kind: str) -> str:
        """Bookmark the paragraph as the next heading (H), table (T) or figure (G)."""
        self.counts[kind] += 1
        self.bookmark_id += 1
        name = f"_Rj{kind}{self.counts[kind]}"
        start = parse_xml(
            f'<w:bookmarkStart {nsdecls("w")} w:id="{self.bookmark_id}" w:name="{name}"/>'
        )
        end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{self.bookmark_id}"/>')
        ppr = paragraph._p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph._p.insert(0, start)
        paragraph._p.append(end)
        return name

    def paragraph(self, block: Paragraph) -> DocxParagraph:
        p = self.docx.add_paragraph()
        p.alignment = _ALIGN[block.align]
        if block.first_line_indent:
            p.paragraph_format.first_line_indent = Mm(12)
        for r in block.runs:
            run = p.add_run(r.text)
            run.bold, run.italic = r.bold or None, r.italic or None
        return p

    def bullets(self, block: BulletList) -> None:
        for number, item in enumerate(block.items, start=1):
            marker = Run(f"{number}.\t" if block.numbered else "•\t")
            p = self.paragraph(Paragraph((marker, *item.runs), item.align))
            docx_style.hanging(p, Mm(8))

    def heading(self, heading: Heading) -> None:
        if heading.level == 1:
            if not self.in_chapters:
                self.new_section(_Part("front"))
            else:
                first = not any(part.family == "body" for part in self.parts)
                self.new_section(_Part("body", restart=first))
        else:
            self._orientation(False)
        p = self.styled(f"Heading {min(heading.level, 3)}")
        if heading.level == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if heading.number:
                p.add_run(heading.number).add_break()
            p.add_run(heading.title)
        else:
            p.add_run(heading.label)
        self._bookmark(p, "H")
        if not self.in_chapters:
            self._page_marker(p, f"_RjP{self.counts['H']}")
        self.section_empty = False

    def _page_marker(self, paragraph: DocxParagraph, name: str) -> None:
        """A front-matter heading carries its own page number (``PAGE \\* roman``) as an
        invisible bookmarked field; the Daftar Isi shows it with ``REF``. LibreOffice ignores a
        number format on ``PAGEREF`` and would print "2" for page ii."""
        self.bookmark_id += 1
        _append_xml(
            paragraph,
            f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>'
            + _field("PAGE \\* roman", "", _INVISIBLE)
            + f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>',
        )

    def table(self, table: Table) -> None:
        self._orientation(table.is_landscape)
        caption = self.styled(docx_style.CAPTION, table.caption)
        self._bookmark(caption, "T")
        element = table_element(table, text_width_twips(self.landscape))
        self.docx.element.body.insert_element_before(element, "w:sectPr")
        if table.note:
            self.styled(docx_style.NOTE, table.note)
        else:
            docx_style.spacer(self.docx.add_paragraph())

    def figure(self, figure: Figure) -> None:
        self._orientation(False)
        self.docx.add_picture(io.BytesIO(figure.png), width=Mm(figure.width_mm))
        picture = self.docx.paragraphs[-1]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        caption = self.styled(docx_style.CAPTION, figure.caption)
        self._bookmark(caption, "G")

    def index(self, title: str, entries: Sequence[_Entry]) -> None:
        """A Daftar Isi-like list on its own page: one line per entry with a dot leader to a
        right-aligned page number — a ``PAGEREF`` field, or for the front matter (pages i, ii,
        …) a ``REF`` to that page's marker."""
        self.new_section(_Part("front"))
        heading = self.styled(docx_style.FRONT_TITLE, title)
        self.counts["L"] += 1
        self._page_marker(heading, f"_RjQ{self.counts['L']}")
        tab = text_width_twips(False)
        for entry in entries:
            p = self.styled(docx_style.INDEX_LINE)
            docx_style.index_tab(p, tab, indent=Mm(6 * (entry.level - 1)))
            p.add_run(entry.text).bold = entry.level == 1 or None
            p.add_run("\t")
            kind = "REF" if entry.roman else "PAGEREF"
            _append_xml(p, _field(f"{kind} {entry.bookmark} \\h"))

    def contents(self, title: str) -> None:
        """Daftar Isi entries in reading order: front-matter headings and lists (roman pages),
        then every chapter heading. Bookmark numbers follow the order the writer meets them."""
        entries: list[_Entry] = []
        headings, lists = 0, 0
        for block in self.model.front:
            if isinstance(block, Section):
                for s in block.walk():
                    if isinstance(s, Section):
                        headings += 1
                        if s.heading.in_toc:
                            entries.append(_Entry(s.heading.label, f"_RjP{headings}", 1, True))
            elif isinstance(block, TableOfContents | ListOfTables | ListOfFigures):
                lists += 1
                entries.append(_Entry(_title_case(block.title), f"_RjQ{lists}", 1, True))
        for chapter in (*self.model.chapters, *self.model.appendices):
            for s in chapter.walk():
                if isinstance(s, Section):
                    headings += 1
                    h = s.heading
                    if h.in_toc:
                        entries.append(_Entry(h.label, f"_RjH{headings}", h.level, False))
        self.index(title, entries)

    def signature(self) -> None:
        """Place and date, jabatan, three blank lines for the signature, then the name (bold,
        underlined), pangkat and NIP — on the right half of the page."""
        sign = self.model.meta.signature
        lines = [(sign.place_date, False), *((j, False) for j in sign.jabatan)]
        lines += [("", False)] * 3 + [(sign.nama, True)]
        lines += [(f"Pangkat : {sign.pangkat}", False)] if sign.pangkat else []
        lines += [(f"NIP. {sign.nip}", False)] if sign.nip else []
        for n, (line, is_name) in enumerate(lines):
            p = self.styled(docx_style.SIGNATURE)
            run = p.add_run(line)
            run.bold = run.underline = is_name or None
            p.paragraph_format.keep_with_next = n < len(lines) - 1

    def block(self, block: Block) -> None:
        if isinstance(block, Section):
            self.heading(block.heading)
            for child in block.blocks:
                self.block(child)
            return
        if isinstance(block, Table):
            self.table(block)
        elif isinstance(block, TableOfContents):
            self.contents(block.title)
        elif isinstance(block, ListOfTables):
            tables = self.model.tables()
            self.index(block.title, [_Entry(t.caption, f"_RjT{i}") for i, t in
                                     enumerate(tables, 1)])  # fmt: skip
        elif isinstance(block, ListOfFigures):
            figures = self.model.figures()
            self.index(block.title, [_Entry(f.caption, f"_RjG{i}") for i, f in
                                     enumerate(figures, 1)])  # fmt: skip
        else:
            self._orientation(False)
            if isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, BulletList):
                self.bullets(block)
            elif isinstance(block, Figure):
                self.figure(block)
            elif isinstance(block, PageBreak):
                self.docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(block, Signature):
                self.signature()
        self.section_empty = False

    # --- the whole document ------------------------------------------------------------------

    def write(self) -> bytes:
        docx_cover.write_cover(self.docx, self.model.meta)
        self.section_empty = False
        self.in_chapters = False
        for block in self.model.front:
            self.block(block)
        self.in_chapters = True
        for chapter in (*self.model.chapters, *self.model.appendices):
            self.block(chapter)
        self._finish_sections()
        docx_style.properties(self.docx, self.model.meta)
        out = io.BytesIO()
        self.docx.save(out)
        return out.getvalue()


def write_docx(document: Document) -> bytes:
    """The document as DOCX bytes."""
    return _Writer(document).write()
