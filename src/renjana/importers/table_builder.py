"""From a reader's stream of rows, paragraphs and breaks to tables with captions and one header.

Every reader (converted text, DOCX, XLSX) emits the same items in reading order: headings,
paragraphs, page breaks, gaps (blank lines or rows) and raw table rows. ``assemble`` turns
them into ``Document`` blocks, once for all formats:

* consecutive rows form a table; gaps and running page headers between them are page breaks
  inside the table, not the end of it — a paragraph or heading ends it;
* the header is the leading rows up to the column-number row (``1 2 3 … 17``), or the short
  label rows at the top; a header repeated after a page break is dropped (compared by its
  column-number row, or by word overlap when the converter cut the labels differently);
* a row right after a page break that holds only text in later cells continues the cells of
  the row before it (a long name or indicator carried onto the next page); the fragments are
  joined to cells above them in order, with one shift for all where possible, preferring a
  cell that holds text over an empty one and never a number when it can be avoided;
* after a page break, a new short label row unlike the header starts a new, untitled table;
* the caption is the run of short paragraphs above the table, from its "Tabel …" line on;
  ``key : value`` lines are kept as notes, and an untitled table takes the short line just
  above it.

Limits: a continuation fragment with no text cell above it is joined by position; a page of a
table whose header differs completely from the first page's starts a new table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from renjana.importers.cells import (
    NUMERIC,
    CellClass,
    classify_cell,
    has_letters,
    header_like,
    is_code_fragment,
    is_separator_row,
    numbering,
    similarity,
)
from renjana.importers.document import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    Row,
    Table,
    table_label,
)
from renjana.importers.markup import plain

_CAPTION_LINE_MAX = 200
_CAPTION_LINES_MAX = 10
_UNTITLED_CAPTION_MAX = 120
_HEADER_SCAN = 6
_HEADER_ROWS_MAX = 4
_NOTE = re.compile(r"^[A-Za-z][\w /.-]{0,40}\s:\s*\S")


@dataclass(frozen=True, slots=True)
class RawRow:
    """A table row as a reader saw it; ``header`` when the source marks it as a header row
    (a markdown rule under it, ``<th>`` cells, Word's "repeat as header row")."""

    cells: tuple[str, ...]
    line: int
    bold: frozenset[int] = frozenset()
    numeric: frozenset[int] = frozenset()
    header: bool = False


@dataclass(frozen=True, slots=True)
class Gap:
    """Blank line(s) or blank row(s); ``page`` for an explicit page break."""

    line: int
    page: bool = False
    text: str = ""


Item = Heading | Paragraph | PageBreak | Table | RawRow | Gap


def assemble(items: Iterable[Item]) -> tuple[Block, ...]:
    """Blocks in reading order, with table rows gathered into ``Table`` blocks."""
    out: list[Block] = []
    run: list[tuple[RawRow, bool]] = []
    pages: list[PageBreak] = []  # page breaks since the last row of the open table
    broken = False
    for item in items:
        if isinstance(item, RawRow):
            if is_separator_row(item.cells):
                if 0 < len(run) <= _HEADER_ROWS_MAX and not any(brk for _, brk in run):
                    run = [(replace(row, header=True), brk) for row, brk in run]
                continue
            if not any(c.strip() for c in item.cells):
                broken = broken or bool(run)
                continue
            run.append((item, broken and bool(run)))
            broken, pages = False, []
            continue
        page = item if isinstance(item, PageBreak) else None
        if isinstance(item, Gap) and item.page:
            page = PageBreak(item.line, item.text)
        if isinstance(item, Gap | PageBreak):
            broken = broken or bool(run)
            if page is not None:
                (pages if run else out).append(page)
            continue
        if run:
            out.extend(_tables(run, out))
            out.extend(pages)
            run, pages = [], []
        broken = False
        if isinstance(item, Table) and not item.section:
            item = replace(item, section=_section(out))
        out.append(item)
    if run:
        out.extend(_tables(run, out))
        out.extend(pages)
    return tuple(out)


def _tables(run: Sequence[tuple[RawRow, bool]], before: Sequence[Block]) -> list[Table]:
    rows = [row for row, _ in run]
    breaks = [brk for _, brk in run]
    caption, notes, lead = _caption(before)
    section = _section(before)
    tables: list[Table] = []
    start = 0
    while start < len(rows):
        table, used = _one_table(rows[start:], breaks[start:])
        tables.append(replace(table, caption=caption, notes=notes, lead=lead, section=section))
        caption, notes, lead = (), (), ""
        start += used
    return tables


def _section(before: Sequence[Block]) -> str:
    return next((b.text for b in reversed(before) if isinstance(b, Heading)), "")


def _one_table(rows: Sequence[RawRow], breaks: Sequence[bool]) -> tuple[Table, int]:
    count = _header_count(rows)
    header = [_row(r, False) for r in rows[:count]]
    numbered = next((r.cells for r in header if numbering(r.cells)), None)
    body: list[Row] = []
    pending = False
    index = count
    while index < len(rows):
        raw = rows[index]
        brk = breaks[index] or pending
        if brk:
            skip = _repeated_header(rows, index, header, numbered)
            if skip:
                index += skip
                pending = True
                continue
            if body and _is_continuation(raw.cells):
                body[-1] = _join(body[-1], raw)
                pending = False
                index += 1
                continue
            if body and _starts_new_table(raw.cells, header):
                break
        body.append(_row(raw, brk))
        pending = False
        index += 1
    used = rows[:index]
    end = max(line for r in (*header, *body) for line in r.source_lines) if used else 0
    first = used[0].line if used else 0
    return Table((), tuple(header), tuple(body), first, end), index


def _row(raw: RawRow, page_break: bool) -> Row:
    return Row(raw.cells, raw.line, (raw.line,), raw.bold, raw.numeric, page_break)


def _header_count(rows: Sequence[RawRow]) -> int:
    if rows and rows[0].header:
        return next((i for i, r in enumerate(rows) if not r.header), len(rows))
    for index, row in enumerate(rows[:_HEADER_SCAN]):
        if numbering(row.cells):
            if all(_label_row(r.cells) for r in rows[:index]):
                return index + 1
            break
    if not rows or not header_like(rows[0].cells, limit=150, min_filled=2, allow_dash=True):
        return 0
    count = 1
    while count < min(_HEADER_ROWS_MAX, len(rows) - 1) and header_like(rows[count].cells):
        count += 1
    return count


def _label_row(cells: Sequence[str]) -> bool:
    """Above a column-number row: labels, years, or the sub-column numbers of a split code."""
    return all(
        len(c) <= _CAPTION_LINE_MAX
        and classify_cell(c) not in (CellClass.AMOUNT, CellClass.PERCENT, CellClass.QUANTITY)
        for c in cells
    )


def _headerish(cells: Sequence[str]) -> bool:
    return header_like(cells, limit=150, allow_dash=True)


def _repeated_header(
    rows: Sequence[RawRow], index: int, header: Sequence[Row], numbered: tuple[str, ...] | None
) -> int:
    """How many rows from ``index`` repeat the header after a page break (0 if none)."""
    if not header:
        return 0
    limit = min(len(rows), index + len(header) + 2)
    if numbered is not None:
        for j in range(index, limit):
            if _same_numbering(rows[j].cells, numbered):
                return j - index + 1
            if not _headerish(rows[j].cells):
                break
    count = 0
    while index + count < limit and _headerish(rows[index + count].cells):
        best = max(similarity(rows[index + count].cells, h.cells) for h in header)
        if best < 0.5:
            break
        count += 1
    return count


def _same_numbering(cells: Sequence[str], numbered: Sequence[str]) -> bool:
    def filled(row: Sequence[str]) -> list[str]:
        return ["".join(c.split()) for c in row if c.strip()]

    return bool(numbering(cells)) and filled(cells) == filled(numbered)


def _is_continuation(cells: Sequence[str]) -> bool:
    """Only text, never in the first cell, no numbers or code pieces: the rest of long cells."""
    if not cells or cells[0].strip():
        return False
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(
        classify_cell(c) is CellClass.TEXT and has_letters(c) and not is_code_fragment(c)
        for c in filled
    )


def _join(previous: Row, raw: RawRow) -> Row:
    """Append each fragment to a cell of ``previous``: fragments keep their order, prefer the
    cell at their own position or a neighbour holding text, avoid numbers and empty cells, and
    keep one shift for all fragments when they can (a shifted page shifts every cell)."""
    cells = list(previous.cells)
    fragments = [(i, text) for i, text in enumerate(raw.cells) if text.strip()]
    size = max(len(cells), fragments[-1][0] + 1) + 2
    targets = _join_targets(cells, [i for i, _ in fragments], size)
    for (_, fragment), target in zip(fragments, targets, strict=True):
        while len(cells) <= target:
            cells.append("")
        glue = "\n" if fragment.lstrip().startswith("•") else " "
        cells[target] = f"{cells[target]}{glue}{fragment}" if cells[target] else fragment
    lines = (*previous.source_lines, raw.line)
    return replace(previous, cells=tuple(cells), lines=lines)


def _join_targets(cells: Sequence[str], positions: Sequence[int], size: int) -> list[int]:
    """Increasing targets for the fragment positions with the least total cost (small DP)."""
    inf = float("inf")
    cost = [[inf] * size for _ in positions]
    back = [[0] * size for _ in positions]
    for j in range(size):
        cost[0][j] = _join_cost(cells, j, positions[0])
    for i in range(1, len(positions)):
        for j in range(i, size):
            own = _join_cost(cells, j, positions[i])
            for k in range(i - 1, j):
                shift = abs((j - positions[i]) - (k - positions[i - 1]))
                total = cost[i - 1][k] + own + shift
                if total < cost[i][j]:
                    cost[i][j], back[i][j] = total, k
    j = min(range(size), key=lambda t: cost[-1][t])
    targets = [j]
    for i in range(len(positions) - 1, 0, -1):
        j = back[i][j]
        targets.append(j)
    return targets[::-1]


def _join_cost(cells: Sequence[str], j: int, index: int) -> float:
    cell = cells[j] if j < len(cells) else ""
    cost = float(abs(j - index))
    if classify_cell(cell) in NUMERIC:
        cost += 6
    elif not cell.strip():
        cost += 1.5
    return cost


def _starts_new_table(cells: Sequence[str], header: Sequence[Row]) -> bool:
    if not cells or not cells[0].strip():
        return False
    if not header_like(cells, limit=150, min_filled=2):
        return False
    return all(similarity(cells, h.cells) < 0.3 for h in header)


def _caption(before: Sequence[Block]) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(caption lines, note lines, lead paragraph) from the blocks just above a table."""
    lines: list[str] = []
    lead = ""
    for block in reversed(before):
        if isinstance(block, PageBreak):
            continue
        if isinstance(block, Paragraph):
            physical = [plain(line) for line in block.physical_lines if plain(line)]
            short = all(len(line) <= _CAPTION_LINE_MAX for line in physical)
            if physical and short and len(lines) + len(physical) <= _CAPTION_LINES_MAX:
                lines[:0] = physical
                continue
            lead = block.text
        break
    labelled = [i for i, line in enumerate(lines) if table_label(line)]
    if not labelled:
        if lines and len(lines[-1]) <= _UNTITLED_CAPTION_MAX:
            return (lines[-1],), (), lines[-2] if len(lines) > 1 else lead
        return (), (), lines[-1] if lines else lead
    start = labelled[-1]
    rest = lines[start + 1 :]
    caption = (lines[start], *(line for line in rest if not _NOTE.match(line)))
    notes = tuple(line for line in rest if _NOTE.match(line))
    return caption, notes, lines[start - 1] if start > 0 else lead
