"""Tables flattened to plain lines with single spaces between cells (seed 002 style).

When a converter drops every delimiter, a row such as ``Golongan III/b - 1 - 4 1`` or
``1 PROGRAM PENUNJANG … Rp. 14.265.806.382 APBD`` has to be cut back into cells. What can be
inferred safely is the common Renja shape *[ordinal] label values… [trailing words]*: values
are read from the right (numbers, ``-``, percentages, ``Rp.`` amounts, a number followed by a
known unit such as ``872 kelompok``), and a lone non-breaking space stands for an empty cell
(converters print empty cells that way). The label is everything between ordinal and values.

Limits, by design: two text columns side by side (sasaran and indikator) stay one label; a
label that ends in a number loses that number to the values; rows whose cells were printed on
separate lines (002 Tabel 2.2, 2.3, 3.2) cannot be rebuilt — such a table is kept with layout
``LINES`` (one line per row, header and kind still recognised). Column labels are the header
lines as printed; the table layer orders them by where each label appears.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from renjana.core.quantity import is_known_satuan
from renjana.importers.cells import classify_cell, is_numbering_row
from renjana.importers.document import Row, Table, TableLayout, table_label
from renjana.importers.markup import plain

PLACEHOLDER = "\x00"
_NUMBERISH = re.compile(r"[-−]?\d[\d.,]*%?|\d[\d.,]*[A-Za-z]+")
_ORDINAL = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_RP = re.compile(r"rp\.?,?", re.IGNORECASE)
_HEADER_WORDS = frozenset({"NO", "NOMOR", "GOL", "KODE", "URAIAN", "JENIS"})
_SECTION = re.compile(r"^\s*(?:BAB\s+[IVX]+\b|\d+\.\d*\.?\s+[A-Z][A-Z0-9 ,/&()-]{3,}$)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NARRATIVE_MIN = 250
_CAPTION_MAX = 150
_LINES_RATIO = 0.6


def is_caption_line(line: str) -> bool:
    text = plain(line)
    return bool(table_label(text)) and len(text) <= _CAPTION_MAX


def _blank(line: str) -> bool:
    return not line.replace("\xa0", " ").strip()


def region_end(lines: Sequence[str], start: int) -> int:
    """Index just past the plain table whose caption is ``lines[start]``: it stops at two empty
    lines, the next caption, a ``BAB`` or numbered upper-case section line, or a long narrative
    sentence."""
    empty_run = 0
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip(" \t"):  # a line of non-breaking spaces is not an empty line
            empty_run += 1
            if empty_run >= 2:
                return index - 1
            index += 1
            continue
        empty_run = 0
        text = " ".join(line.replace("\xa0", " ").split())
        if is_caption_line(line) or _is_section(text):
            return index
        ends = line.rstrip(" ").endswith((".", ":"))  # rows end in a non-breaking space
        if len(text) > _NARRATIVE_MIN and ends and not _values_of(text):
            return index
        index += 1
    return index


def _is_section(text: str) -> bool:
    """``BAB II`` or an upper-case numbered heading such as ``2.2. ANGGARAN TAHUN 2023``."""
    if not _SECTION.match(text):
        return False
    values = [v for v in _values_of(text) if v]
    return not values or (len(values) == 1 and bool(_YEAR.fullmatch(values[0])))


def _tokens(line: str) -> list[str]:
    out: list[str] = []
    for token in line.split(" "):
        if not token:
            continue
        if not token.replace("\xa0", ""):
            out.append(PLACEHOLDER)
        else:
            out.append(token.replace("\xa0", ""))
    return out


def _is_number(token: str) -> bool:
    return bool(_NUMBERISH.fullmatch(token))


def _is_word(token: str) -> bool:
    return token != PLACEHOLDER and not _is_number(token) and token not in ("-", "–", "%")


def _unit_words(tokens: Sequence[str]) -> int:
    """How many leading tokens form a known unit (``orang``, ``KPM``, ``Orang / Kali``)."""
    for n in (3, 2, 1):
        if len(tokens) >= n and is_known_satuan(" ".join(tokens[:n])):
            return n
    return 0


def _group_start(tokens: Sequence[str], end: int) -> int | None:
    token = tokens[end - 1]
    if token in (PLACEHOLDER, "-", "–"):
        return end - 1
    start: int | None = None
    if token == "%" and end >= 2 and _is_number(tokens[end - 2]):
        start = end - 2
    elif _is_number(token):
        start = end - 1
    else:
        for n in (2, 1):
            fits = end - n >= 1 and _unit_words(tokens[end - n : end]) == n
            if fits and _is_number(tokens[end - n - 1]):
                start = end - n - 1
                break
    if start is not None and start >= 1 and _RP.fullmatch(tokens[start - 1]):
        start -= 1
    return start


def _split(tokens: Sequence[str]) -> tuple[str, str, list[str], str]:
    """(ordinal, label, values, trailing words) of one row."""
    end = len(tokens)
    words = end
    while words > 0 and _is_word(tokens[words - 1]):
        words -= 1
    if 0 < words < end and _is_number(tokens[words - 1]):
        words += _unit_words(tokens[words:end])
    pos = words
    values: list[str] = []
    while pos > 0:
        start = _group_start(tokens, pos)
        if start is None:
            break
        values.insert(0, " ".join(t for t in tokens[start:pos] if t != PLACEHOLDER))
        pos = start
    if not values:
        pos, words = end, end
    trailing = " ".join(tokens[words:end])
    head = list(tokens[:pos])
    ordinal = ""
    if head and (head[0] == PLACEHOLDER or _ORDINAL.fullmatch(head[0])):
        ordinal = "" if head[0] == PLACEHOLDER else head.pop(0)
        if head and head[0] == PLACEHOLDER:
            head.pop(0)
    label = " ".join(t for t in head if t != PLACEHOLDER)
    return ordinal, label, values, trailing


def _values_of(text: str) -> list[str]:
    return _split(_tokens(text))[2]


def _is_header_start(line: str) -> bool:
    tokens = _tokens(line)
    first = next((t for t in tokens if t != PLACEHOLDER), "")
    word = re.sub(r"[^A-Za-z]", "", first).upper()
    return word in _HEADER_WORDS or is_numbering_row(line.split())


def read_plain_table(lines: Sequence[str], first_line: int) -> Table:
    """The table whose caption is ``lines[0]`` and that ends with ``lines[-1]``."""
    numbered = [(first_line + i, line) for i, line in enumerate(lines) if not _blank(line)]
    head = next((i for i, (_, line) in enumerate(numbered[1:6], 1) if _is_header_start(line)), 0)
    title_end = head or min(2, len(numbered))
    caption = tuple(plain(line) for _, line in numbered[:title_end])
    rest = numbered[title_end:]
    split = [_split(_tokens(line)) for _, line in rest]
    data = next(
        (i for i, s in enumerate(split) if _is_row(s) and not _is_numbering(rest[i][1])), None
    )
    body_count = len(rest) - (data or 0)
    good = sum(1 for s in split[data or 0 :] if _is_row(s))
    if data is None or good < _LINES_RATIO * max(body_count, 1):
        return _lines_table(caption, rest, head > 0, first_line)
    header = tuple(Row((plain(line),), number) for number, line in rest[:data])
    rows = _spaced_rows(rest[data:], split[data:])
    last = rows[-1].line if rows else first_line
    return Table(caption, header, rows, first_line, last, layout=TableLayout.SPACES)


def _is_row(split: tuple[str, str, list[str], str]) -> bool:
    """A row with a label (or ordinal) and at least one printed value (not only gaps)."""
    ordinal, label, values, _ = split
    return bool(ordinal or label) and any(values)


def _is_numbering(line: str) -> bool:
    return is_numbering_row([t for t in _tokens(line) if t != PLACEHOLDER])


def _spaced_rows(
    rest: Sequence[tuple[int, str]], split: Sequence[tuple[str, str, list[str], str]]
) -> tuple[Row, ...]:
    """Rows up to the first line that, after a blank line, no longer looks like the rows
    before it (another value count or kind of last value: a list item, not a table row)."""
    counts: Counter[tuple[int, str]] = Counter()
    width = max(len(s[2]) for s in split)
    rows: list[Row] = []
    previous_line = rest[0][0] - 1
    for (number, _), (ordinal, label, values, trailing) in zip(rest, split, strict=True):
        signature = (len(values), classify_cell(values[-1]) if values else "")
        if number > previous_line + 1 and counts and signature not in counts:
            break
        counts[signature] += 1
        padded = [""] * (width - len(values)) + values
        rows.append(Row((ordinal, label, *padded, trailing), number, (number,)))
        previous_line = number
    return tuple(rows)


def _lines_table(
    caption: tuple[str, ...], rest: Sequence[tuple[int, str]], has_header: bool, first: int
) -> Table:
    header_count = 0
    if has_header and rest:
        header_count = 1
        for i, (_, line) in enumerate(rest[:4]):
            if _is_numbering(line):
                header_count = i + 1
                break
    header = tuple(Row((plain(line),), n) for n, line in rest[:header_count])
    body = tuple(Row((plain(line),), n, (n,)) for n, line in rest[header_count:])
    last = rest[-1][0] if rest else first
    return Table(caption, header, body, first, last, layout=TableLayout.LINES)
