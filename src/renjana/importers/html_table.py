"""``<table>`` fragments inside converted text, read with the standard HTML parser.

Some converters emit whole tables as HTML. Each ``<tr>`` becomes one raw row; ``colspan``
repeats nothing (the spanned positions stay empty, as a text converter prints them) and
``rowspan`` leaves the covered cells below empty, so every format reaches the table layer in
the same shape. ``<th>`` rows and rows inside ``<thead>`` are marked as header rows. Markup
inside cells (``<b>``, lists) is cleaned like any other cell.
"""

from __future__ import annotations

from html.parser import HTMLParser

from renjana.importers.markup import clean_inline
from renjana.importers.table_builder import RawRow


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.rows: list[tuple[list[tuple[str, int, int]], bool]] = []
        self._row: list[tuple[str, int, int]] | None = None
        self._row_header = True
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._in_head = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth > 1 and self._cell is not None:
                self._cell.append(" ")
            return
        if self._depth > 1:
            self._markup(tag, attrs, start=True)
            return
        if tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row, self._row_header = [], True
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._row_header = self._row_header and tag == "th"
            values = dict(attrs)
            self._span = (_span(values.get("colspan")), _span(values.get("rowspan")))
        elif self._cell is not None:
            self._markup(tag, attrs, start=True)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth -= 1
            return
        if self._depth > 1:
            self._markup(tag, [], start=False)
            return
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(("".join(self._cell), *self._span))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append((self._row, self._in_head or (self._row_header and bool(self._row))))
            self._row = None
        elif self._cell is not None:
            self._markup(tag, [], start=False)

    def _markup(self, tag: str, attrs: list[tuple[str, str | None]], *, start: bool) -> None:
        if self._cell is None:
            return
        if tag in ("b", "strong", "li", "ul", "ol", "br", "p"):
            self._cell.append(f"<{'' if start else '/'}{tag}>")
        elif start and tag in ("td", "th"):
            self._cell.append(" ")

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 100))
    except ValueError:
        return 1


def parse_html_table(fragment: str, line: int) -> list[RawRow]:
    """The rows of one ``<table>…</table>`` fragment; all rows carry the fragment's first line
    plus their index, so a finding points near the table."""
    parser = _Parser()
    parser.feed(fragment)
    parser.close()
    covered: dict[tuple[int, int], bool] = {}
    out: list[RawRow] = []
    for r, (cells, header) in enumerate(parser.rows):
        texts: list[str] = []
        bold: set[int] = set()
        col = 0
        for raw, colspan, rowspan in cells:
            while covered.get((r, col)):
                texts.append("")
                col += 1
            text, is_bold = clean_inline(raw)
            texts.append(text)
            if is_bold:
                bold.add(col)
            for dr in range(1, rowspan):
                for dc in range(colspan):
                    covered[(r + dr, col + dc)] = True
            texts.extend("" for _ in range(colspan - 1))
            col += colspan
        while covered.get((r, col)):
            texts.append("")
            col += 1
        out.append(RawRow(tuple(texts), line + r, frozenset(bold), header=header))
    return out
