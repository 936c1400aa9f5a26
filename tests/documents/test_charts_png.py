"""The PNG bar chart: an image of the asked size whose bar heights follow the values."""

from __future__ import annotations

import io

from PIL import Image

from renjana.core.numbers import D
from renjana.documents.charts_png import ChartBar, bar_chart_png

BAR = (11, 93, 140)


def _bar_heights(image: Image.Image, columns: list[int]) -> list[int]:
    rgb = image.convert("RGB")
    return [sum(1 for y in range(image.height) if rgb.getpixel((x, y)) == BAR) for x in columns]


def test_bar_heights_are_proportional_and_na_draws_no_bar() -> None:
    bars = [ChartBar("Penunjang", D("100")), ChartBar("Rehabilitasi", D("50")),
            ChartBar("Perlindungan", None), ChartBar("Negatif", D("-5"))]  # fmt: skip
    png = bar_chart_png("Realisasi (%)", bars, maximum=D(100), width=800, height=500)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (800, 500)
    slot = (800 - 120) // 4
    centres = [60 + slot * i + slot // 2 for i in range(4)]
    full, half, na, negative = _bar_heights(image, centres)
    assert full == 500 - 170 - 140 + 1  # plot height, inclusive rectangle
    assert abs(half - full / 2) <= 1
    assert na == 0
    assert negative == 1


def test_scale_defaults_to_the_largest_value() -> None:
    png = bar_chart_png("Pagu", [ChartBar("a", D(4)), ChartBar("b", D(2), text="Rp 2")],
                        width=400, height=400)  # fmt: skip
    image = Image.open(io.BytesIO(png))
    slot = (400 - 120) // 2
    a, b = _bar_heights(image, [60 + slot // 2, 60 + slot + slot // 2])
    assert a == 400 - 170 - 140 + 1
    assert abs(b - a / 2) <= 1
