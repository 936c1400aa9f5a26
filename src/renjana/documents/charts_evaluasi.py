"""Grouped bar charts as SVG text for the evaluation pages: several series side by side in each
group (capaian kinerja next to realisasi keuangan per program; keuangan next to fisik per
triwulan). A pure adapter like ``charts``, whose single-series ``render_bar_chart`` it
complements and whose look (font, colours, wrapped labels, N/A) it follows.

Geometry: a bar's height is ``value / maximum × plot height`` (clipped to the plot; the printed
value is always the real one); ``None`` draws no bar and prints "N/A". Coordinates are
``Decimal`` written with two decimals (``quantize_percent``). Styling is in presentation
attributes so a document writer can embed the same markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from renjana.core.idformat import format_percent
from renjana.core.numbers import HUNDRED, ZERO, quantize_percent, strip_zeros
from renjana.documents.charts import FONT, INK, LINE, MUTED, SVG_NS, Gridline, wrap_label

#: Colours of the series, in order (accent blue, then a green and an amber that stay readable
#: in greyscale print).
SERIES_COLOURS = ("#0b5d8c", "#3f8f3a", "#c77c0e", "#7a4fa0")


@dataclass(frozen=True, slots=True)
class Group:
    """One group of bars: its label and one value per series (None = N/A)."""

    label: str
    values: tuple[Decimal | None, ...]


@dataclass(frozen=True, slots=True)
class GroupLayout:
    plot_height: Decimal = Decimal(200)
    bar_width: Decimal = Decimal(26)
    gap: Decimal = Decimal(6)
    group_padding: Decimal = Decimal(60)
    left: Decimal = Decimal(44)
    right: Decimal = Decimal(16)
    top: Decimal = Decimal(56)
    line_height: Decimal = Decimal(13)
    font_size: int = 11
    #: average width of a label character, to fit the wrapped label to its group
    char_width: Decimal = Decimal("6.2")
    label_lines: int = 5


def _px(value: Decimal) -> str:
    return str(strip_zeros(quantize_percent(value)))


def _text(x: Decimal, y: Decimal, content: str, *, anchor: str = "middle", size: int = 11,
          fill: str = INK, css_class: str = "", weight: str = "") -> str:  # fmt: skip
    cls = f' class="{css_class}"' if css_class else ""
    bold = f' font-weight="{weight}"' if weight else ""
    return (
        f'<text{cls} x="{_px(x)}" y="{_px(y)}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{fill}"{bold}>{escape(content)}</text>'
    )


def _height(value: Decimal, maximum: Decimal, plot_height: Decimal) -> Decimal:
    return min(max(value, ZERO), maximum) / maximum * plot_height


def render_grouped_bar_chart(
    groups: Sequence[Group],
    series: Sequence[str],
    *,
    title: str = "",
    maximum: Decimal = HUNDRED,
    gridlines: Sequence[Gridline] = (),
    format_value: Callable[[Decimal], str] = format_percent,
    layout: GroupLayout | None = None,
) -> str:
    """One grouped vertical bar chart as SVG markup, with a legend naming ``series``.

    Every group holds one value per series; ``maximum`` (positive) is drawn at full height.
    """
    if maximum <= 0:
        raise ValueError(f"maximum grafik harus positif, bukan {maximum}")
    if any(len(g.values) != len(series) for g in groups):
        raise ValueError("setiap kelompok harus berisi satu nilai per seri")
    lay = layout or GroupLayout()
    count = max(len(series), 1)
    slot = lay.bar_width * count + lay.gap * (count - 1) + lay.group_padding
    label_chars = max(int((slot - 8) / lay.char_width), 6)
    legend_width = sum((Decimal(30) + lay.char_width * len(name) for name in series), ZERO)
    title_width = Decimal("7.5") * len(title)
    width = max(
        lay.left + slot * max(len(groups), 1) + lay.right,
        lay.left + max(legend_width, title_width) + lay.right,
    )
    baseline = lay.top + lay.plot_height
    height = baseline + lay.line_height * lay.label_lines + Decimal(12)
    right_edge = width - lay.right
    parts = [
        f'<svg xmlns="{SVG_NS}" class="chart grouped" viewBox="0 0 {_px(width)} {_px(height)}" '
        f'width="{_px(width)}" height="{_px(height)}" role="img" font-family="{FONT}">',
        f"<title>{escape(title or 'Grafik batang berkelompok')}</title>",
    ]
    if title:
        parts.append(_text(lay.left, Decimal(18), title, anchor="start", size=13, weight="bold"))
    x = lay.left
    for index, name in enumerate(series):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        parts.append(
            f'<rect class="legend" x="{_px(x)}" y="28" width="12" height="12" fill="{colour}"/>'
        )
        parts.append(_text(x + 16, Decimal(38), name, anchor="start", size=11))
        x += Decimal(30) + lay.char_width * len(name)
    for line in gridlines:
        y = baseline - _height(line.value, maximum, lay.plot_height)
        parts.append(
            f'<line class="gridline" x1="{_px(lay.left)}" y1="{_px(y)}" x2="{_px(right_edge)}" '
            f'y2="{_px(y)}" stroke="{LINE}" stroke-dasharray="4 3"/>'
        )
        parts.append(_text(lay.left - 4, y + 4, line.label or format_value(line.value),
                           anchor="end", size=10, fill=MUTED, css_class="gridlabel"))  # fmt: skip
    parts.append(
        f'<line class="baseline" x1="{_px(lay.left)}" y1="{_px(baseline)}" '
        f'x2="{_px(right_edge)}" y2="{_px(baseline)}" stroke="{INK}"/>'
    )
    if not groups:
        parts.append(_text(lay.left + slot / 2, baseline - 8, "Tidak ada data", fill=MUTED))
    for g_index, group in enumerate(groups):
        start = lay.left + slot * g_index + lay.group_padding / 2
        parts.append('<g class="bar-group">')
        for s_index, value in enumerate(group.values):
            left = start + (lay.bar_width + lay.gap) * s_index
            centre = left + lay.bar_width / 2
            shown = "N/A" if value is None else format_value(value)
            tooltip = f"{group.label} · {series[s_index]} · {shown}"
            if value is None:
                parts.append(_text(centre, baseline - 6, shown, size=9, fill=MUTED,
                                   css_class="value na"))  # fmt: skip
                continue
            bar_height = _height(value, maximum, lay.plot_height)
            y = baseline - bar_height
            colour = SERIES_COLOURS[s_index % len(SERIES_COLOURS)]
            parts.append(
                f'<rect class="bar" x="{_px(left)}" y="{_px(y)}" width="{_px(lay.bar_width)}" '
                f'height="{_px(bar_height)}" fill="{colour}" data-value={quoteattr(str(value))}>'
                f"<title>{escape(tooltip)}</title></rect>"
            )
            parts.append(_text(centre, y - 4, shown, size=9, css_class="value"))
        centre = start + (slot - lay.group_padding) / 2
        spans = "".join(
            f'<tspan x="{_px(centre)}" dy="{_px(lay.line_height if i else Decimal(0))}">'
            f"{escape(text)}</tspan>"
            for i, text in enumerate(wrap_label(group.label, label_chars, lay.label_lines))
        )
        parts.append(
            f'<text class="label" x="{_px(centre)}" y="{_px(baseline + lay.line_height + 4)}" '
            f'text-anchor="middle" font-size="{lay.font_size}" fill="{INK}">{spans}</text>'
        )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
