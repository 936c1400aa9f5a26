"""Documents converted from PDF or Word to text: markdown-ish lines with tables inside.

The converters seen so far produce, in one file, any mix of: markdown headings (``#``…),
bold (``**…**``, ``<b>``), paragraphs with hard line breaks (two trailing spaces), tables as
tab-separated lines, markdown pipe tables, HTML ``<table>`` fragments, and tables flattened to
space-separated lines. This reader classifies each line and hands the stream to
``table_builder.assemble``, which gathers tables across page breaks.

Rules worth knowing:

* a heading printed three times or more (``# Rencana Kerja 2024`` at every page) is a running
  page header, i.e. a page break, and so is a heading that sits between two rows of a table;
* a short line that starts with a table label (``Tabel 2.1``) and is *not* followed by
  delimited rows opens a space-separated table (``plain_table``); its limits are described
  there;
* a line that is only ``BAB <roman>`` is a level-1 heading even without ``#``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from renjana.importers.document import Document, Heading, PageBreak, Paragraph, unreadable
from renjana.importers.html_table import parse_html_table
from renjana.importers.markup import clean_inline, plain
from renjana.importers.plain_table import is_caption_line, read_plain_table, region_end
from renjana.importers.table_builder import Gap, Item, RawRow, assemble

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BAB = re.compile(r"^BAB\s+[IVXL]+$", re.IGNORECASE)
_PIPE = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_RUNNING_MIN = 3
_LOOKAHEAD = 8


def read_text_file(path: str | os.PathLike[str]) -> Document:
    """Read a UTF-8 text file (a BOM is allowed); an unreadable file is a reported problem."""
    file = Path(path)
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return unreadable(file.name, str(exc.strerror or exc))
    except UnicodeDecodeError:
        return unreadable(file.name, "isinya bukan teks UTF-8")
    return read_text(text, file.name)


def read_text(text: str, source: str = "") -> Document:
    """The document model of a converted text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Document(assemble(_items(lines)), source)


def _is_row(line: str) -> bool:
    return "\t" in line or bool(_PIPE.match(line)) or "<table" in line.lower()


def _blank(line: str) -> bool:
    return not line.replace("\xa0", " ").strip()


def _running_headers(lines: Sequence[str]) -> frozenset[str]:
    counts = Counter(
        plain(match.group(2)).lower() for line in lines if (match := _HEADING.match(line))
    )
    return frozenset(text for text, count in counts.items() if count >= _RUNNING_MIN and text)


def _neighbour_is_row(lines: Sequence[str], index: int, step: int) -> bool:
    j = index + step
    while 0 <= j < len(lines) and _blank(lines[j]):
        j += step
    return 0 <= j < len(lines) and _is_row(lines[j])


def _rows_follow(lines: Sequence[str], index: int) -> bool:
    ahead = [line for line in lines[index + 1 :] if not _blank(line)][:_LOOKAHEAD]
    return any(_is_row(line) for line in ahead)


def _items(lines: Sequence[str]) -> list[Item]:
    running = _running_headers(lines)
    items: list[Item] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if "<table" in line.lower():
            end = next(
                (j for j in range(index, len(lines)) if "</table>" in lines[j].lower()),
                len(lines) - 1,
            )
            items.extend(parse_html_table("\n".join(lines[index : end + 1]), number))
            items.append(Gap(end + 1))
            index = end + 1
            continue
        if _blank(line):
            items.append(Gap(number))
            index += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            text = plain(heading.group(2))
            between = _neighbour_is_row(lines, index, -1) and _neighbour_is_row(lines, index, 1)
            if text.lower() in running or between:
                items.append(PageBreak(number, text))
            else:
                items.append(Heading(len(heading.group(1)), text, number))
            index += 1
            continue
        if _is_row(line):
            items.append(_raw_row(line, number))
            index += 1
            continue
        if is_caption_line(line) and not _rows_follow(lines, index):
            table = read_plain_table(lines[index : region_end(lines, index)], number)
            items.append(Paragraph(" ".join(table.caption), number, table.caption))
            items.append(table)
            index = max(table.end_line, number)
            continue
        index = _paragraph(lines, index, items)
    return items


def _raw_row(line: str, number: int) -> RawRow:
    parts = line.split("\t") if "\t" in line else _PIPE_SPLIT.split(line.strip())[1:-1]
    cells: list[str] = []
    bold: set[int] = set()
    for position, part in enumerate(parts):
        text, is_bold = clean_inline(part.replace("\\|", "|"))
        cells.append(text)
        if is_bold and text:
            bold.add(position)
    return RawRow(tuple(cells), number, frozenset(bold))


def _paragraph(lines: Sequence[str], index: int, items: list[Item]) -> int:
    """Append the paragraph starting at ``index`` (joined across hard line breaks); return the
    index after it."""
    end = index
    while (
        lines[end].endswith(("  ", "\\"))
        and end + 1 < len(lines)
        and not _blank(lines[end + 1])
        and not _is_row(lines[end + 1])
        and not _HEADING.match(lines[end + 1])
    ):
        end += 1
    raw = "\n".join(line.rstrip(" \\") for line in lines[index : end + 1])
    text, bold = clean_inline(raw)
    physical = tuple(text.split("\n"))
    joined = " ".join(physical)
    if _BAB.match(physical[0]) and (len(physical) == 1 or bold):
        items.append(Heading(1, joined, index + 1))
    else:
        items.append(Paragraph(joined, index + 1, physical, bold))
    return end + 1
