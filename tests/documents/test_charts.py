"""The SVG bar chart read back with xml.etree: bars, labels, heights, N/A, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from renjana.documents.charts import (
    SVG_NS,
    Bar,
    Gridline,
    Layout,
    render_bar_chart,
    wrap_label,
)

NS = {"svg": SVG_NS}


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{{{SVG_NS}}}svg"
    return root


def rects(root: ET.Element) -> list[ET.Element]:
    return root.findall(".//svg:rect[@class='bar']", NS)


def labels(root: ET.Element) -> list[str]:
    return [
        " ".join(t.text or "" for t in text.findall("svg:tspan", NS))
        for text in root.findall(".//svg:text[@class='label']", NS)
    ]


def values(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{{{SVG_NS}}}text") if "value" in t.get("class", "")]


def test_one_bar_per_value_with_labels_and_printed_values() -> None:
    root = parse(
        render_bar_chart(
            [Bar("Disabilitas", Decimal("73.3333")), Bar("Anak", Decimal(100)),
             Bar("Lansia", Decimal("36.5"))],
            title="Capaian SPM per jenis layanan 2025",
        )
    )  # fmt: skip
    assert len(rects(root)) == 3
    assert labels(root) == ["Disabilitas", "Anak", "Lansia"]
    assert values(root) == ["73,33%", "100,00%", "36,50%"]
    assert root.find("svg:title", NS).text == "Capaian SPM per jenis layanan 2025"  # type: ignore[union-attr]
    tooltips = [r.find("svg:title", NS).text for r in rects(root)]  # type: ignore[union-attr]
    assert tooltips[0] == "Disabilitas · 73,33%"


def test_heights_are_proportional_to_the_values() -> None:
    layout = Layout(plot_height=Decimal(200))
    data = [Decimal(100), Decimal(50), Decimal(25), Decimal("12.5"), Decimal(0)]
    root = parse(render_bar_chart([Bar(str(v), v) for v in data], layout=layout))
    heights = [Decimal(r.get("height", "")) for r in rects(root)]
    assert heights == [Decimal(200), Decimal(100), Decimal(50), Decimal(25), Decimal(0)]
    # every bar stands on the same baseline
    bottoms = {Decimal(r.get("y", "")) + Decimal(r.get("height", "")) for r in rects(root)}
    assert len(bottoms) == 1
    # heights against another maximum: a value of 3 of 4 is three quarters of the plot
    root = parse(render_bar_chart([Bar("a", Decimal(3))], maximum=Decimal(4), layout=layout))
    assert Decimal(rects(root)[0].get("height", "")) == Decimal(150)


def test_ratios_hold_for_unround_values() -> None:
    root = parse(render_bar_chart([Bar("a", Decimal("66.6667")), Bar("b", Decimal("33.3333"))]))
    a, b = (Decimal(r.get("height", "")) for r in rects(root))
    assert a == Decimal("133.33")  # 66,6667 % of 200, to two decimals
    assert b == Decimal("66.67")
    assert abs(a / b - 2) < Decimal("0.001")


def test_na_draws_no_bar_but_keeps_its_label() -> None:
    root = parse(render_bar_chart([Bar("Ada", Decimal(80)), Bar("Kosong", None)]))
    assert len(rects(root)) == 1
    assert labels(root) == ["Ada", "Kosong"]
    assert values(root) == ["80,00%", "N/A"]


def test_values_outside_the_scale_are_clipped_but_printed_as_they_are() -> None:
    root = parse(render_bar_chart([Bar("tinggi", Decimal(150)), Bar("negatif", Decimal(-5))]))
    heights = [Decimal(r.get("height", "")) for r in rects(root)]
    assert heights == [Decimal(200), Decimal(0)]
    assert values(root) == ["150,00%", "-5,00%"]
    assert [r.get("data-value") for r in rects(root)] == ["150", "-5"]


def test_gridlines_at_their_values_with_labels() -> None:
    grid = [Gridline(Decimal(80), "Utama"), Gridline(Decimal(20))]
    root = parse(render_bar_chart([Bar("a", Decimal(50))], gridlines=grid))
    lines = root.findall(".//svg:line[@class='gridline']", NS)
    baseline = root.find(".//svg:line[@class='baseline']", NS)
    assert baseline is not None
    base_y = Decimal(baseline.get("y1", ""))
    assert [base_y - Decimal(line.get("y1", "")) for line in lines] == [Decimal(160), Decimal(40)]
    captions = [t.text for t in root.findall(".//svg:text[@class='gridlabel']", NS)]
    assert captions == ["Utama", "20,00%"]


def test_long_labels_wrap_and_text_is_escaped() -> None:
    name = (
        "Perlindungan dan Jaminan Sosial pada Saat dan Setelah Tanggap Darurat Bencana bagi "
        'Korban Bencana Kabupaten/Kota <& "uji">'
    )
    root = parse(render_bar_chart([Bar(name, Decimal(10), note="Belum Tuntas")], title="A & B"))
    spans = root.findall(".//svg:text[@class='label']/svg:tspan", NS)
    assert 1 < len(spans) <= Layout().label_lines
    assert all(len(s.text or "") <= Layout().label_chars for s in spans)
    tooltip = rects(root)[0].find("svg:title", NS)
    assert tooltip is not None
    assert tooltip.text == f"{name} · 10,00% · Belum Tuntas"
    assert root.find("svg:title", NS).text == "A & B"  # type: ignore[union-attr]


def test_wrap_label_marks_a_cut() -> None:
    assert wrap_label("satu dua tiga", 20, 2) == ["satu dua tiga"]
    lines = wrap_label("aaaa bbbb cccc dddd", 4, 2)
    assert lines == ["aaaa", "bbb…"]


def test_empty_chart_says_so_and_bad_maximum_is_a_programming_error() -> None:
    root = parse(render_bar_chart([]))
    assert rects(root) == []
    assert "Tidak ada data" in [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    with pytest.raises(ValueError, match="positif"):
        render_bar_chart([Bar("a", Decimal(1))], maximum=Decimal(0))


def test_no_script_and_no_external_reference() -> None:
    svg = render_bar_chart([Bar("a", Decimal(1))], title="t")
    assert "<script" not in svg
    assert "href" not in svg
    assert "http" not in svg.replace(SVG_NS, "")
