"""Cell shapes, column-number rows, and the alignment of shifted or two-line rows."""

from __future__ import annotations

import pytest

from renjana.importers.cells import (
    CellClass,
    classify_cell,
    header_like,
    is_code_fragment,
    numbering,
)
from renjana.importers.document import Row, Table
from renjana.importers.tables import TableKind, logical_rows, recognize
from renjana.importers.tables.align import align_cells
from renjana.importers.tables.columns import Column, JenisKolom


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("", CellClass.EMPTY),
        ("-", CellClass.DASH),
        ("N/A", CellClass.DASH),
        (".....", CellClass.DASH),
        ("74,25", CellClass.NUMBER),
        ("1.283", CellClass.NUMBER),
        ("2024", CellClass.NUMBER),
        ("3.926.440.000", CellClass.AMOUNT),
        ("3,379,675,000", CellClass.AMOUNT),
        ("50,000,000.00", CellClass.AMOUNT),
        ("13.867.555.785,00", CellClass.AMOUNT),
        ("Rp.  8.231.019.891", CellClass.AMOUNT),
        ("- 649.000", CellClass.AMOUNT),
        ("0,00", CellClass.AMOUNT),
        ("95,80%", CellClass.PERCENT),
        ("46,43 Persen", CellClass.PERCENT),
        ("312 Orang/Bulan", CellClass.QUANTITY),
        ("0 Dokume n", CellClass.QUANTITY),
        ("70 Poin 66,50 Poin 85 Poin 80 Poin", CellClass.QUANTITY),
        ("6 KABUPATEN", CellClass.QUANTITY),
        ("87.26% KPM", CellClass.QUANTITY),
        ("Cepat Berkembang", CellClass.TEXT),
        ("1. Penanganan Kemiskinan", CellClass.TEXT),
        ("DinsosPM", CellClass.TEXT),
    ],
)
def test_cell_shapes(text: str, shape: CellClass) -> None:
    assert classify_cell(text) is shape


def test_code_fragments_and_header_rows() -> None:
    assert all(is_code_fragment(c) for c in ("1", "06", "2.0 1.", "0 6", ".4.", "1.01", "1,06"))
    assert not any(is_code_fragment(c) for c in ("2024", "Program", "", "."))
    assert header_like(("", "", "Target Renja Tahun 2022", "2022", "Tingkat Realisasi (%)"))
    assert not header_like(("1", "Anak Terlantar", "2.031"))


def test_column_number_rows() -> None:
    assert numbering(("1", "2", "3", "4", "5", "6", "7", "8= (7/6)", "9", "10=(5+7+9)")) == {
        n: [n - 1] for n in range(1, 11)
    }
    assert numbering(("1", "2", "", "", "3", "4")) == {1: [0], 2: [1], 3: [4], 4: [5]}
    assert numbering(("(1)", "", "(2)", "(3)", "(4)", "(5)", "(2)", "(4)", "(5)")) == {
        1: [0], 2: [2, 6], 3: [3], 4: [4, 7], 5: [5, 8],
    }  # fmt: skip
    assert numbering(("[1]", "[2]", "[3]")) == {1: [0], 2: [1], 3: [2]}
    assert numbering(("1", "Anak Terlantar", "2")) is None
    assert numbering(("5", "12", "7")) is None


COLUMNS = (
    Column("indikator", JenisKolom.TEKS, 1, ""),
    Column("target_lalu", JenisKolom.TARGET, 2, ""),
    Column("target", JenisKolom.TARGET, 3, ""),
    Column("pagu", JenisKolom.RUPIAH, 4, ""),
    Column("lokasi", JenisKolom.TEKS, 5, ""),
    Column("sumber_dana", JenisKolom.TEKS, 6, ""),
)
EXPECTED = {c.name: c.position for c in COLUMNS}


def test_aligned_row_is_placed_by_position() -> None:
    placed, unplaced = align_cells(
        [(1, "Jumlah orang"), (3, "10 Orang"), (4, "1.000.000"), (5, "Kota"), (6, "APBD")],
        COLUMNS,
        EXPECTED,
        0,
    )
    assert placed == {
        "indikator": "Jumlah orang", "target_lalu": "", "target": "10 Orang",
        "pagu": "1.000.000", "lokasi": "Kota", "sumber_dana": "APBD",
    }  # fmt: skip
    assert unplaced == []


def test_row_that_omitted_its_leading_empty_cell_is_shifted_back() -> None:
    placed, _ = align_cells(
        [(0, "Jumlah orang"), (2, "10 Orang"), (3, "1.000.000"), (4, "Kota"), (5, "APBD")],
        COLUMNS,
        EXPECTED,
        -1,
    )
    assert (placed["target"], placed["pagu"], placed["sumber_dana"]) == (
        "10 Orang", "1.000.000", "APBD",
    )  # fmt: skip


def test_a_dropped_empty_cell_shifts_the_rest_once_where_the_table_is_usually_empty() -> None:
    usual = {"indikator": 1.0, "target_lalu": 0.0, "target": 1.0, "pagu": 1.0, "lokasi": 1.0}
    placed, _ = align_cells(
        [(1, "Jumlah orang"), (2, "10 Orang"), (3, "1.000.000"), (4, "Kota")],
        COLUMNS,
        EXPECTED,
        0,
        usual,
    )
    assert (placed["target_lalu"], placed["target"], placed["pagu"], placed["lokasi"]) == (
        "", "10 Orang", "1.000.000", "Kota",
    )  # fmt: skip


HEADER = (
    Row(("No", "Kode", "", "", "", "", "Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator",
         "Target 2025", "Pagu Indikatif (Rp)", "Lokasi", "Kelompok Sasaran"), 1),
    Row(("1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8"), 2),
)  # fmt: skip
BODY = (
    Row(("1", "1", "06", "04", "", "", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS",
         "100 %", "300.000.000", "", "-"), 3),
    Row(("", "1", "06", "04", "2.01", "0001", "Penyediaan Permakanan"), 4),  # code + name
    Row(("", "", "", "", "", "", "Jumlah orang", "", "200 Orang", "200.000.000", "Kota",
         "Lansia"), 5),  # indicator + values on the next physical row
    Row(("1", "06", "04", "2.01", "0002", "Penyediaan Sandang", "Jumlah orang", "", "100 Orang",
         "100.000.000", "Kota"), 6),  # the empty "No" cell and an empty cell omitted
)  # fmt: skip


def test_split_codes_two_line_rows_and_omitted_cells() -> None:
    tabel = Table(("Tabel 4.1 Rencana",), HEADER, BODY, 1, 6)
    found = recognize(tabel)
    assert found.kind is TableKind.RENJA_17  # "kelompok sasaran" + "pagu"
    rows = logical_rows(tabel, found.columns)
    assert [r.kode_text for r in rows] == ["1 | 06 | 04", "1 | 06 | 04 | 2.01 | 0001",
                                           "1 | 06 | 04 | 2.01 | 0002"]  # fmt: skip
    assert rows[0].get("no") == "1"
    assert rows[1].lines == (4, 5)
    assert {k: rows[1].get(k) for k in ("nama", "indikator", "target", "pagu", "lokasi")} == {
        "nama": "Penyediaan Permakanan", "indikator": "Jumlah orang", "target": "200 Orang",
        "pagu": "200.000.000", "lokasi": "Kota",
    }  # fmt: skip
    assert rows[1].get("kelompok_sasaran") == "Lansia"
    assert {k: rows[2].get(k) for k in ("nama", "target", "pagu", "lokasi")} == {
        "nama": "Penyediaan Sandang", "target": "100 Orang", "pagu": "100.000.000",
        "lokasi": "Kota",
    }  # fmt: skip
    assert rows[2].get("no") == ""
