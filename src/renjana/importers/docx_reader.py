"""Word documents (DOCX) read with the standard library: ``zipfile`` and ``xml.etree``.

A DOCX is a zip holding ``word/document.xml``. Body paragraphs (``w:p``) become headings when
their style is a heading (the style's name "heading N"/"Judul N", or an outline level) and
paragraphs otherwise; tables (``w:tbl``) become raw rows for ``table_builder.assemble``:

* ``w:gridSpan`` leaves the spanned positions empty and ``w:gridBefore`` adds the skipped
  leading positions, so cells keep their grid columns;
* a vertically merged cell (``w:vMerge`` continue) is empty in the rows below, as a converter
  prints it (the table layer treats both the same);
* rows marked "repeat as header row" (``w:tblHeader``) are header rows;
* two tables with nothing between them are one table broken by a page (Word users often split
  a long table this way), so the second one's repeated header is dropped.

Positions are the ordinal of the body element (paragraph or table row), 1-based. Text boxes,
headers/footers, comments and tracked deletions are not read.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from renjana.importers.document import Document, Heading, Paragraph, unreadable
from renjana.importers.markup import plain
from renjana.importers.table_builder import Gap, Item, RawRow, assemble

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_PART = 64 * 1024 * 1024  # refuse absurd (zip-bomb sized) parts
_HEADING_NAME = re.compile(r"^(?:heading|judul)\s*(\d)$", re.IGNORECASE)
_FALSE = ("0", "false", "off")


def read_docx(path: str | os.PathLike[str]) -> Document:
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        return unreadable(file.name, str(exc.strerror or exc))
    return read_docx_bytes(data, file.name)


def read_docx_bytes(data: bytes, source: str = "") -> Document:
    """The document model of a DOCX given as bytes; a damaged file is a reported problem."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _part(archive, "word/document.xml")
            styles = _part(archive, "word/styles.xml") if _has(archive, "word/styles.xml") else b""
        root = ElementTree.fromstring(body)
        levels = _heading_styles(ElementTree.fromstring(styles)) if styles else {}
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError) as exc:
        return unreadable(source, f"bukan berkas DOCX yang sah ({exc})")
    content = root.find(f"{W}body")
    if content is None:
        return unreadable(source, "berkas DOCX tidak memiliki isi dokumen")
    return Document(assemble(_items(content, levels)), source)


def _has(archive: zipfile.ZipFile, name: str) -> bool:
    return name in archive.namelist()


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    if archive.getinfo(name).file_size > _MAX_PART:
        raise ValueError(f"bagian {name} terlalu besar")
    return archive.read(name)


def _heading_styles(styles: ElementTree.Element) -> dict[str, int]:
    """Style id → heading level, from the style's name or its outline level."""
    levels: dict[str, int] = {}
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        match = _HEADING_NAME.match(name.strip())
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if match:
            levels[style_id] = int(match.group(1))
        elif name.strip().lower() == "title":
            levels[style_id] = 1
        elif outline is not None and outline.get(f"{W}val", "9").isdigit():
            level = int(outline.get(f"{W}val", "9")) + 1
            if level <= 9:
                levels[style_id] = level
    return levels


def _blocks(parent: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """Paragraphs and tables in reading order, looking inside content controls."""
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _blocks(child)


def _items(body: ElementTree.Element, levels: dict[str, int]) -> Iterator[Item]:
    position = 0
    after_table = False
    for element in _blocks(body):
        if element.tag == f"{W}tbl":
            if after_table:
                yield Gap(position, page=True)
            for row in element.iter(f"{W}tr"):
                if _owner_table(row, element):
                    position += 1
                    yield _row(row, position)
            after_table = True
            continue
        position += 1
        text, bold, page = _paragraph_text(element)
        if page:
            yield Gap(position, page=True)
        if not text.strip():
            yield Gap(position)
            continue
        after_table = False
        level = _level(element, levels)
        lines = tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())
        if level:
            yield Heading(level, plain(" ".join(lines)), position)
        else:
            yield Paragraph(" ".join(lines), position, lines, bold)


def _owner_table(row: ElementTree.Element, table: ElementTree.Element) -> bool:
    """True for rows of ``table`` itself, not of a table nested in one of its cells."""
    return any(child is row for child in table.findall(f"{W}tr"))


def _level(paragraph: ElementTree.Element, levels: dict[str, int]) -> int:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    if style is not None and style.get(f"{W}val", "") in levels:
        return levels[style.get(f"{W}val", "")]
    outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
    value = outline.get(f"{W}val", "9") if outline is not None else "9"
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0


def _on(element: ElementTree.Element | None) -> bool:
    return element is not None and element.get(f"{W}val", "true").lower() not in _FALSE


def _paragraph_text(paragraph: ElementTree.Element) -> tuple[str, bool, bool]:
    """(text, all runs bold, page break inside) of one paragraph."""
    parts: list[str] = []
    bold_runs: list[bool] = []
    page = False
    for run in paragraph.iter(f"{W}r"):
        texts: list[str] = []
        for node in run:
            if node.tag == f"{W}t" and node.text:
                texts.append(node.text)
            elif node.tag == f"{W}tab":
                texts.append(" ")
            elif node.tag == f"{W}br":
                if node.get(f"{W}type") == "page":
                    page = True
                else:
                    texts.append("\n")
            elif node.tag == f"{W}cr":
                texts.append("\n")
        text = "".join(texts)
        if text.strip():
            bold_runs.append(_on(run.find(f"{W}rPr/{W}b")))
        parts.append(text)
    return "".join(parts), bool(bold_runs) and all(bold_runs), page


def _cell_text(cell: ElementTree.Element) -> tuple[str, bool]:
    texts: list[str] = []
    bolds: list[bool] = []
    for paragraph in cell.iter(f"{W}p"):
        text, bold, _ = _paragraph_text(paragraph)
        if text.strip():
            texts.append(text)
            bolds.append(bold)
    joined = "\n".join(" ".join(line.split()) for t in texts for line in t.split("\n"))
    return joined.strip(), bool(bolds) and all(bolds)


def _row(row: ElementTree.Element, position: int) -> RawRow:
    cells: list[str] = []
    bold: set[int] = set()
    properties = row.find(f"{W}trPr")
    before = properties.find(f"{W}gridBefore") if properties is not None else None
    if before is not None and before.get(f"{W}val", "0").isdigit():
        cells.extend("" for _ in range(int(before.get(f"{W}val", "0"))))
    for cell in row.findall(f"{W}tc"):
        props = cell.find(f"{W}tcPr")
        span_el = props.find(f"{W}gridSpan") if props is not None else None
        span_text = span_el.get(f"{W}val", "1") if span_el is not None else "1"
        span = max(1, int(span_text)) if span_text.isdigit() else 1
        merge = props.find(f"{W}vMerge") if props is not None else None
        continued = merge is not None and merge.get(f"{W}val", "continue") != "restart"
        text, is_bold = ("", False) if continued else _cell_text(cell)
        if is_bold and text:
            bold.add(len(cells))
        cells.append(text)
        cells.extend("" for _ in range(span - 1))
    header = properties is not None and _on(properties.find(f"{W}tblHeader"))
    return RawRow(tuple(cells), position, frozenset(bold), header=header)
