"""A model ``Table`` as WordprocessingML (``<w:tbl>``), built as text and parsed once.

python-docx's cell-by-cell API costs about 0.1 ms per cell and re-walks the grid on every
access; a 300 × 17 Renja table is 5 100 cells. Building the XML string directly is an order of
magnitude faster and lets us state exactly what a reader needs (DEPENDENCIES.md): a fixed
layout with an explicit width on every column and cell (so no table runs off the page), header
rows marked ``w:tblHeader`` (repeated on every page by Word and LibreOffice), the column-number
row inside that repeated header, body rows that do not split across pages, bold parent rows,
right-aligned numbers and indented child names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement

from renjana.documents.grid import Covered, Placed, Slot, place
from renjana.documents.model import Align, Cell, HeaderCell, Kind, Table

_INDENT_TWIPS = 142  # 2.5 mm per hierarchy level
_HEADER_FILL = "D9D9D9"
_CELL_MARGIN = 57  # twips left and right inside each cell
_MAX_WORD = 22
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def font_size(table: Table) -> int:
    """Point size of the table text: 9 on portrait pages, 8 or 7 on landscape ones."""
    if table.font_size is not None:
        return table.font_size
    if not table.is_landscape:
        return 9
    return 8 if len(table.columns) <= 12 else 7


_TOKEN = re.compile(r"[^\s/-]+[/-]?")


def _longest_token(text: str) -> int:
    """Longest unbreakable piece: lines may break at spaces and after "/" or "-"."""
    return max((len(w) for w in _TOKEN.findall(text) if len(w) <= _MAX_WORD), default=0)


def min_widths(table: Table, size: int, *, headers: bool = True) -> list[int]:
    """Per column, the width below which a number or a single word would break mid-way.

    Estimated from the cells that span one column only, at 0.55 em per character of body text
    (Arial digits are 0.556 em) and 0.62 em of bold header text, plus one character of slack,
    the cell margins and the hierarchy indent; words longer than ``_MAX_WORD`` may still break.
    """
    columns = len(table.columns)
    longest = [0] * columns
    for header_row in place(table.header, columns) if headers else ():
        for hslot in header_row:
            if isinstance(hslot, Placed) and hslot.item.colspan == 1:
                chars = _longest_token(hslot.item.text) * 62 // 55
                longest[hslot.col] = max(longest[hslot.col], chars)
    for body_row in place(tuple(r.cells for r in table.rows), columns):
        for slot in body_row:
            if isinstance(slot, Placed) and slot.item.colspan == 1:
                cell = slot.item
                n = _longest_token(cell.text) if cell.kind is Kind.TEXT else len(cell.text)
                longest[slot.col] = max(longest[slot.col], n)
    widths = [(n + 1) * size * 11 + 2 * _CELL_MARGIN for n in longest]
    if 0 < table.indent_column <= columns:
        deepest = max((r.indent for r in table.rows), default=0)
        widths[table.indent_column - 1] += deepest * _INDENT_TWIPS
    return widths


def column_widths(table: Table, total_twips: int) -> list[int]:
    """Each column's share of the text width in proportion to its ``width`` hint, but never
    narrower than its longest number or word, the difference taken from the other columns.
    When that does not fit, header words may break; when even the body does not fit, the
    minimum widths are scaled down together."""
    weights = [max(1, c.width) for c in table.columns]
    need = min_widths(table, font_size(table))
    if sum(need) > total_twips:  # let header words break rather than figures
        need = min_widths(table, font_size(table), headers=False)
    fixed: dict[int, int] = {}
    if sum(need) > total_twips:
        weights, fixed = need, {}
    else:
        while True:
            free = [i for i in range(len(weights)) if i not in fixed]
            room = total_twips - sum(fixed.values())
            scale = sum(weights[i] for i in free)
            short = {i: need[i] for i in free if room * weights[i] // scale < need[i]}
            if not short:
                break
            fixed.update(short)
    room = total_twips - sum(fixed.values())
    scale = sum(w for i, w in enumerate(weights) if i not in fixed) or 1
    widths = [fixed.get(i, room * weights[i] // scale) for i in range(len(weights))]
    widths[-1] += total_twips - sum(widths)
    return widths


def _runs(text: str, *, bold: bool, italic: bool, size: int) -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    props += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    lines = [escape(line) for line in text.split("\n")]
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    return f"<w:r><w:rPr>{props}</w:rPr>{body}</w:r>" if text else ""


def _paragraph(
    text: str, *, align: Align, bold: bool, italic: bool, size: int, indent: int = 0
) -> str:
    ind = f'<w:ind w:left="{indent}"/>' if indent else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        f'{ind}<w:jc w:val="{_JC[align]}"/></w:pPr>'
        f"{_runs(text, bold=bold, italic=italic, size=size)}</w:p>"
    )


def _tc(width: int, span: int, content: str, *, vmerge: str = "", fill: bool = False) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{_HEADER_FILL}"/>'
    props += '<w:vAlign w:val="center"/>' if fill else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def _span_width(widths: Sequence[int], col: int, span: int) -> int:
    return sum(widths[col : col + span])


def _header_rows(table: Table, widths: Sequence[int], size: int) -> list[str]:
    rows: list[str] = []
    grid: list[list[Slot[HeaderCell]]] = place(table.header, len(widths))
    for slots in grid:
        cells = []
        for slot in slots:
            origin = slot.origin if isinstance(slot, Covered) else slot
            h = origin.item
            width = _span_width(widths, slot.col, h.colspan)
            if isinstance(slot, Covered):
                cells.append(_tc(width, h.colspan, "<w:p/>", vmerge="continue", fill=True))
                continue
            text = _paragraph(h.text, align=Align.CENTER, bold=True, italic=False, size=size)
            vmerge = "restart" if h.rowspan > 1 else ""
            cells.append(_tc(width, h.colspan, text, vmerge=vmerge, fill=True))
        rows.append(_tr(cells, header=True))
    if table.column_numbers:
        cells = [
            _tc(w, 1, _paragraph(table.column_label(i), align=Align.CENTER, bold=False,
                                 italic=True, size=max(size - 1, 6)), fill=True)
            for i, w in enumerate(widths)
        ]  # fmt: skip
        rows.append(_tr(cells, header=True))
    return rows


def _tr(cells: Sequence[str], *, header: bool) -> str:
    props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def _body_cell(table: Table, slot: Placed[Cell], widths: Sequence[int], size: int) -> str:
    row = table.rows[slot.row]
    cell = slot.item
    indent = row.indent * _INDENT_TWIPS if slot.col == table.indent_column - 1 else 0
    bold = row.bold if cell.bold is None else cell.bold
    content = _paragraph(
        cell.text, align=cell.alignment, bold=bold, italic=row.italic, size=size, indent=indent
    )
    vmerge = "restart" if cell.rowspan > 1 else ""
    return _tc(_span_width(widths, slot.col, cell.colspan), cell.colspan, content, vmerge=vmerge)


def table_xml(table: Table, text_width_twips: int) -> str:
    """The ``<w:tbl>`` markup of ``table`` filling ``text_width_twips``."""
    widths = column_widths(table, text_width_twips)
    size = font_size(table)
    rows = _header_rows(table, widths, size)
    for slots in place(tuple(r.cells for r in table.rows), len(widths)):
        cells = []
        for slot in slots:
            if isinstance(slot, Covered):
                span = slot.origin.item.colspan
                width = _span_width(widths, slot.col, span)
                cells.append(_tc(width, span, "<w:p/>", vmerge="continue"))
            else:
                cells.append(_body_cell(table, slot, widths, size))
        rows.append(_tr(cells, header=False))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:w="{text_width_twips}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def table_element(table: Table, text_width_twips: int) -> BaseOxmlElement:
    """The parsed element, ready to insert into the document body."""
    element: BaseOxmlElement = parse_xml(table_xml(table, text_width_twips))
    return element
