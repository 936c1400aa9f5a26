"""Bar charts as SVG text, drawn on the server: for pages now, DOCX and PDF later.

A pure adapter: it takes plain values (a label and a ``Decimal`` or ``None`` per bar) and
returns the markup of one ``<svg>`` element. There is no JavaScript, no external font and no
network: the page inlines the text, and a document writer can embed the same text (or convert
it) without a browser.

Geometry: a bar's height is ``value / maximum × plot height``, so heights are proportional to
the values; values above the maximum are drawn at full height and values below zero at zero,
while the printed value is always the real one. A ``None`` value (N/A) draws no bar and prints
"N/A" above the baseline. Coordinates are computed as ``Decimal`` and written with two
decimals by the same half-up rule as every printed figure (``quantize_percent``).

Styling is in presentation attributes, not CSS, so the chart looks the same when a document
writer embeds it outside the page.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from renjana.core.idformat import format_percent
from renjana.core.numbers import HUNDRED, ZERO, quantize_percent, strip_zeros

SVG_NS = "http://www.w3.org/2000/svg"
FONT = "Liberation Sans, Arial, sans-serif"
BAR_COLOUR = "#0b5d8c"
INK = "#1d2733"
MUTED = "#5b6775"
LINE = "#d5dbe1"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: ``value`` None is N/A (no bar). ``note`` is added to the tooltip."""

    label: str
    value: Decimal | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Gridline:
    """A horizontal reference line at ``value`` (e.g. a category threshold), labelled."""

    value: Decimal
    label: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """Sizes in SVG user units (pixels when shown at 100 %)."""

    plot_height: Decimal = Decimal(200)
    slot_width: Decimal = Decimal(150)
    bar_width: Decimal = Decimal(56)
    left: Decimal = Decimal(44)
    right: Decimal = Decimal(16)
    top: Decimal = Decimal(40)
    line_height: Decimal = Decimal(13)
    font_size: int = 11
    label_chars: int = 24
    label_lines: int = 6


def _px(value: Decimal) -> str:
    return str(strip_zeros(quantize_percent(value)))


def _text(
    x: Decimal,
    y: Decimal,
    content: str,
    *,
    anchor: str = "middle",
    css_class: str = "",
    size: int = 11,
    fill: str = INK,
    weight: str = "",
) -> str:
    extra = f' font-weight="{weight}"' if weight else ""
    cls = f' class="{css_class}"' if css_class else ""
    return (
        f'<text{cls} x="{_px(x)}" y="{_px(y)}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{fill}"{extra}>{escape(content)}</text>'
    )


def wrap_label(label: str, width: int, lines: int) -> list[str]:
    """The label in lines of at most ``width`` characters; the last line ends with "…" when
    the label is longer than ``lines`` lines."""
    wrapped = textwrap.wrap(label, width=width, break_long_words=True) or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept = wrapped[:lines]
    kept[-1] = kept[-1][: max(width - 1, 1)].rstrip() + "…"
    return kept


def _height(value: Decimal, maximum: Decimal, plot_height: Decimal) -> Decimal:
    share = min(max(value, ZERO), maximum) / maximum
    return share * plot_height


def render_bar_chart(
    bars: Sequence[Bar],
    *,
    title: str = "",
    maximum: Decimal = HUNDRED,
    gridlines: Sequence[Gridline] = (),
    format_value: Callable[[Decimal], str] = format_percent,
    layout: Layout | None = None,
) -> str:
    """One vertical bar chart as SVG markup (a string starting with ``<svg``).

    ``maximum`` is the value drawn at full plot height (100 for percentages); it must be
    positive. Labels are wrapped under the bars; the full label and value are in each bar's
    ``<title>`` (the tooltip, and what a screen reader announces).
    """
    if maximum <= 0:
        raise ValueError(f"maximum grafik harus positif, bukan {maximum}")
    lay = layout or Layout()
    count = max(len(bars), 1)
    label_block = lay.line_height * lay.label_lines + Decimal(12)
    width = lay.left + lay.slot_width * count + lay.right
    baseline = lay.top + lay.plot_height
    height = baseline + label_block
    parts = [
        f'<svg xmlns="{SVG_NS}" class="chart" viewBox="0 0 {_px(width)} {_px(height)}" '
        f'width="{_px(width)}" height="{_px(height)}" role="img" font-family="{FONT}">',
        f"<title>{escape(title or 'Grafik batang')}</title>",
    ]
    if title:
        parts.append(_text(lay.left, Decimal(18), title, anchor="start", size=13, weight="bold"))
    right_edge = width - lay.right
    for line in gridlines:
        y = baseline - _height(line.value, maximum, lay.plot_height)
        parts.append(
            f'<line class="gridline" x1="{_px(lay.left)}" y1="{_px(y)}" x2="{_px(right_edge)}" '
            f'y2="{_px(y)}" stroke="{LINE}" stroke-dasharray="4 3"/>'
        )
        caption = line.label or format_value(line.value)
        parts.append(
            _text(lay.left - 4, y + 4, caption, anchor="end", css_class="gridlabel", size=10,
                  fill=MUTED)
        )  # fmt: skip
    parts.append(
        f'<line class="baseline" x1="{_px(lay.left)}" y1="{_px(baseline)}" '
        f'x2="{_px(right_edge)}" y2="{_px(baseline)}" stroke="{INK}"/>'
    )
    if not bars:
        middle = lay.left + lay.slot_width / 2
        parts.append(_text(middle, baseline - 8, "Tidak ada data", fill=MUTED))
    for index, bar in enumerate(bars):
        centre = lay.left + lay.slot_width * index + lay.slot_width / 2
        shown = "N/A" if bar.value is None else format_value(bar.value)
        tooltip = " · ".join(p for p in (bar.label, shown, bar.note) if p)
        parts.append('<g class="bar-group">')
        if bar.value is not None:
            bar_height = _height(bar.value, maximum, lay.plot_height)
            y = baseline - bar_height
            parts.append(
                f'<rect class="bar" x="{_px(centre - lay.bar_width / 2)}" y="{_px(y)}" '
                f'width="{_px(lay.bar_width)}" height="{_px(bar_height)}" fill="{BAR_COLOUR}" '
                f"data-value={quoteattr(str(bar.value))}><title>{escape(tooltip)}</title></rect>"
            )
            parts.append(_text(centre, y - 5, shown, css_class="value", weight="bold"))
        else:
            parts.append(f"<title>{escape(tooltip)}</title>")
            parts.append(_text(centre, baseline - 6, shown, css_class="value na", fill=MUTED))
        lines = wrap_label(bar.label, lay.label_chars, lay.label_lines)
        spans = "".join(
            f'<tspan x="{_px(centre)}" dy="{_px(lay.line_height if i else Decimal(0))}">'
            f"{escape(text)}</tspan>"
            for i, text in enumerate(lines)
        )
        parts.append(
            f'<text class="label" x="{_px(centre)}" y="{_px(baseline + lay.line_height + 4)}" '
            f'text-anchor="middle" font-size="{lay.font_size}" fill="{INK}">{spans}</text>'
        )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
