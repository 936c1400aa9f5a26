"""Bar charts as PNG bytes for the DOCX/PDF (Word cannot show the pages' SVG charts).

``charts.py`` draws the same kind of chart as SVG for the web pages; converting SVG needs
cairo bindings that are not a dependency, so the documents draw their charts here with Pillow
(already installed for images). Input is plain values — a label and a ``Decimal`` or ``None``
(N/A, no bar) per bar — and the printed value is the Indonesian text the caller gives or
``format_number`` of the value. Geometry is integer pixels derived from ``Decimal``: a bar's
height is ``value / maximum × plot height``; negative values are drawn at zero height.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from renjana.core.idformat import format_number
from renjana.core.numbers import ZERO, quantize_percent

_FONT_FILES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
_BAR = (11, 93, 140)
_INK = (29, 39, 51)
_LINE = (200, 205, 210)

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True, slots=True)
class ChartBar:
    label: str
    value: Decimal | None
    text: str = ""  # the printed value; default: the value with two decimals


def _font(size: int) -> FontType:
    for path in _FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _value_text(bar: ChartBar) -> str:
    if bar.text:
        return bar.text
    return "N/A" if bar.value is None else format_number(quantize_percent(bar.value))


def bar_chart_png(
    title: str,
    bars: Sequence[ChartBar],
    *,
    maximum: Decimal | None = None,
    width: int = 1600,
    height: int = 900,
) -> bytes:
    """A vertical bar chart: title on top, one bar per item with its value above it and its
    wrapped label below. ``maximum`` fixes the scale (e.g. 100 for percentages)."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    title_font, label_font, value_font = _font(40), _font(24), _font(28)
    draw.text((width // 2, 30), title, fill=_INK, font=title_font, anchor="mt")
    top, bottom, left, right = 140, height - 170, 60, width - 60
    plot_height = bottom - top
    values = [b.value for b in bars if b.value is not None]
    scale = maximum if maximum is not None else max([*values, Decimal(1)])
    scale = scale if scale > 0 else Decimal(1)
    draw.line((left, bottom, right, bottom), fill=_LINE, width=3)
    slot = (right - left) // max(len(bars), 1)
    bar_width = max(slot * 6 // 10, 4)
    for i, bar in enumerate(bars):
        centre = left + slot * i + slot // 2
        if bar.value is not None:
            shown = min(max(bar.value, ZERO), scale)
            bar_height = int(shown * plot_height / scale)
            x0 = centre - bar_width // 2
            draw.rectangle((x0, bottom - bar_height, x0 + bar_width, bottom), fill=_BAR)
            value_y = bottom - bar_height - 8
        else:
            value_y = bottom - 8
        draw.text((centre, value_y), _value_text(bar), fill=_INK, font=value_font, anchor="mb")
        wrap = max(slot // 14, 6)
        for n, line in enumerate(textwrap.wrap(bar.label, wrap)[:4]):
            draw.text((centre, bottom + 16 + n * 30), line, fill=_INK, font=label_font,
                      anchor="mt")  # fmt: skip
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
