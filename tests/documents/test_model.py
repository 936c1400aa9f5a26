"""The document model: Indonesian cell texts from the core formatter, grid checks, walking."""

from __future__ import annotations

from datetime import date

import pytest

from renjana.core.numbers import D
from renjana.documents.grid import Covered, Placed, place
from renjana.documents.model import (
    NA_TEXT,
    Align,
    Cell,
    Column,
    HeaderCell,
    Kind,
    Table,
    format_tanggal,
)
from tests.documents.sample_document import META, build_document


def test_cells_print_indonesian_numbers_and_keep_the_exact_value() -> None:
    money = Cell.money(D("6910273965.50"))
    assert (money.text, money.value, money.kind, money.alignment) == (
        "6.910.273.965,50", D("6910273965.50"), Kind.MONEY, Align.RIGHT,
    )  # fmt: skip
    assert Cell.money(D("125000000")).text == "125.000.000"
    assert Cell.percent(D("95.6444")).text == "95,64"
    assert Cell.percent(D("95.6444")).value == D("95.6444")  # full precision for the XLSX
    assert Cell.percent(D("0.005")).text == "0,01"  # half up
    assert Cell.number(D("66.5000"), "Poin").text == "66,5 Poin"
    assert Cell.number(D("1200"), "Orang").text == "1.200 Orang"
    for na in (Cell.money(None), Cell.percent(None), Cell.number(None)):
        assert (na.text, na.value, na.kind, na.alignment) == (NA_TEXT, None, Kind.NA, Align.CENTER)


def test_dates_and_header_text() -> None:
    assert format_tanggal(date(2023, 7, 24)) == "24 Juli 2023"
    assert format_tanggal(date(2024, 1, 2)) == "2 Januari 2024"
    assert META.signature.place_date == "Mamuju, 24 Juli 2023"
    assert META.header_text == "Renja Dinas Sosial Tahun 2024 — Rancangan Akhir"


def test_grid_places_row_and_column_spans() -> None:
    header = (
        (HeaderCell("No", rowspan=2), HeaderCell("Belanja", colspan=2), HeaderCell("%", rowspan=2)),
        (HeaderCell("Anggaran"), HeaderCell("Realisasi")),
    )
    grid = place(header, 4)
    assert [(type(s).__name__, s.col) for s in grid[1]] == [
        ("Covered", 0), ("Placed", 1), ("Placed", 2), ("Covered", 3),
    ]  # fmt: skip
    covered = grid[1][0]
    assert isinstance(covered, Covered)
    assert covered.origin.item.text == "No"
    assert isinstance(grid[0][1], Placed)
    assert grid[0][1].col == 1


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (((HeaderCell("a", rowspan=3),),), "melewati baris terakhir"),
        (((HeaderCell("a"), HeaderCell("b")),), "mengisi 2 kolom, seharusnya 1"),
        (((HeaderCell("a", rowspan=2),), (HeaderCell("b"),)), "mengisi 2 kolom"),
        (((HeaderCell("a", colspan=0),),), "rentang sel < 1"),
    ],
)
def test_grid_rejects_spans_that_do_not_fit(
    rows: tuple[tuple[HeaderCell, ...], ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        place(rows, 1)


def test_overlapping_spans_are_rejected() -> None:
    rows = ((HeaderCell("a"), HeaderCell("b", rowspan=2)), (HeaderCell("c", colspan=2),))
    with pytest.raises(ValueError, match="menimpa sel gabungan"):
        place(rows, 2)


def test_landscape_follows_the_width() -> None:
    narrow = Table("1", "x", (Column(10),) * 5, ((HeaderCell("h"),) * 5,), ())
    assert not narrow.is_landscape
    assert Table("1", "x", (Column(10),) * 9, ((HeaderCell("h"),) * 9,), ()).is_landscape
    assert Table("1", "x", (Column(60), Column(60)), ((HeaderCell("h"),) * 2,), ()).is_landscape
    forced = Table("1", "x", (Column(10),) * 9, ((HeaderCell("h"),) * 9,), (), landscape=False)
    assert not forced.is_landscape
    assert narrow.caption == "Tabel 1 x"


def test_document_walks_in_reading_order() -> None:
    document, tables = build_document()
    assert [t.number for t in document.tables()] == ["2.1", "2.2", "2.3", "4.1"] == list(tables)
    assert [h.label for h in document.headings()][:3] == [
        "KATA PENGANTAR", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
    ]  # fmt: skip
    assert [f.caption for f in document.figures()] == [
        "Gambar 2.1 Realisasi keuangan per program tahun 2022"
    ]
