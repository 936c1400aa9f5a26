"""The grouped SVG bar chart read back with xml.etree: series, legend, heights, N/A, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from renjana.documents.charts import SVG_NS, Gridline
from renjana.documents.charts_evaluasi import (
    SERIES_COLOURS,
    Group,
    GroupLayout,
    render_grouped_bar_chart,
)

NS = {"svg": SVG_NS}
SERIES = ("Realisasi keuangan", "Realisasi fisik")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{{{SVG_NS}}}svg"
    return root


def bars(root: ET.Element) -> list[ET.Element]:
    return root.findall(".//svg:rect[@class='bar']", NS)


def texts(root: ET.Element, css: str) -> list[str]:
    return [t.text or "" for t in root.iter(f"{{{SVG_NS}}}text") if css in t.get("class", "")]


def test_bars_per_series_with_heights_proportional_to_values() -> None:
    groups = [Group("TW I", (Decimal(25), Decimal(50))), Group("TW II", (Decimal(100), None))]
    root = parse(
        render_grouped_bar_chart(
            groups, SERIES, title="Keuangan vs fisik", layout=GroupLayout(plot_height=Decimal(200))
        )
    )
    drawn = bars(root)
    assert [b.get("height") for b in drawn] == ["50", "100", "200"]  # 25 %, 50 %, 100 % of 200
    assert [b.get("fill") for b in drawn] == [
        SERIES_COLOURS[0],
        SERIES_COLOURS[1],
        SERIES_COLOURS[0],
    ]
    assert [b.get("data-value") for b in drawn] == ["25", "50", "100"]
    assert texts(root, "value") == ["25,00%", "50,00%", "100,00%", "N/A"]
    assert root.find("svg:title", NS).text == "Keuangan vs fisik"  # type: ignore[union-attr]
    legend = root.findall(".//svg:rect[@class='legend']", NS)
    assert len(legend) == 2
    all_text = [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    assert "Realisasi keuangan" in all_text
    assert "Realisasi fisik" in all_text


def test_values_above_the_maximum_are_clipped_but_printed_and_negative_is_zero() -> None:
    groups = [Group("A", (Decimal("279.10"), Decimal(-5)))]
    root = parse(
        render_grouped_bar_chart(groups, SERIES, layout=GroupLayout(plot_height=Decimal(100)))
    )
    assert [b.get("height") for b in bars(root)] == ["100", "0"]
    assert texts(root, "value") == ["279,10%", "-5,00%"]


def test_labels_are_escaped_wrapped_and_gridlines_drawn() -> None:
    groups = [Group("1.06.04 Rehabilitasi <Sosial> & Panti Sosial Bina Netra", (Decimal(1), None))]
    svg = render_grouped_bar_chart(groups, SERIES, gridlines=(Gridline(Decimal(80), "80%"),))
    root = parse(svg)
    label = root.find(".//svg:text[@class='label']", NS)
    assert label is not None
    lines = [t.text or "" for t in label.findall("svg:tspan", NS)]
    assert " ".join(lines).startswith("1.06.04 Rehabilitasi <Sosial> &")
    assert len(lines) > 1
    assert texts(root, "gridlabel") == ["80%"]
    assert "<script" not in svg
    assert "href" not in svg


def test_empty_chart_says_so_and_wrong_shapes_are_refused() -> None:
    root = parse(render_grouped_bar_chart([], SERIES, title="Capaian per program (%)"))
    assert "Tidak ada data" in [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    with pytest.raises(ValueError, match="satu nilai per seri"):
        render_grouped_bar_chart([Group("A", (Decimal(1),))], SERIES)
    with pytest.raises(ValueError, match="positif"):
        render_grouped_bar_chart([], SERIES, maximum=Decimal(0))


def test_the_chart_is_wide_enough_for_its_title_and_legend() -> None:
    title = "Realisasi keuangan vs fisik (% s/d periode)"
    root = parse(
        render_grouped_bar_chart(
            [Group("Tahunan", (Decimal(98), Decimal(99)))], SERIES, title=title
        )
    )
    assert Decimal(root.get("width", "0")) >= Decimal("7.5") * len(title)
