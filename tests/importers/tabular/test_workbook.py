"""Reading files: format from the bytes, calamine's floats read exactly, CSV dialects."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest

from renjana.importers.tabular.cells import excel_decimal
from renjana.importers.tabular.csv_text import sniff_delimiter
from renjana.importers.tabular.workbook import (
    BERKAS_KOSONG,
    BERKAS_TIDAK_DIKENAL,
    BERKAS_TIDAK_TERBACA,
    Format,
    column_letter,
    detect_format,
    read_workbook,
)
from tests.importers.tabular.builders import workbook, xlsx


def test_xlsx_cells_keep_their_types_and_positions() -> None:
    data = xlsx({"Data": [["Kode", "Pagu"], ["1.06.04", 1234567.89], ["", 70000000]]}, start=(2, 2))
    book = workbook(data)
    assert book.format is Format.XLSX
    sheet = book.sheets[0]
    assert sheet.name == "Data"
    # Row index + 1 and column letter are what the user sees in Excel: C3 holds "Kode".
    assert sheet.rows[2][2] == "Kode"
    assert column_letter(2) == "C"
    assert sheet.rows[3][2:4] == ["1.06.04", 1234567.89]
    assert sheet.rows[4][3] == 70000000.0  # calamine hands every Excel number back as a float
    assert isinstance(sheet.rows[4][3], float)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.1 + 0.2, "0.3"),  # a formula's binary noise is below Excel's 15 digits
        (1234567.89, "1234567.89"),
        (3926440000.0, "3926440000"),
        (1.005, "1.005"),  # not 1.00499999999999989… as Decimal(float) would give
        (110000.00000000001, "110000"),
        (13867555785.0, "13867555785"),
        (0.95, "0.95"),
    ],
)
def test_excel_numbers_become_the_decimal_excel_shows(value: float, expected: str) -> None:
    assert excel_decimal(value) == Decimal(expected)
    assert str(excel_decimal(value)) == expected


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_merged_cells_give_their_value_to_every_cell_they_cover() -> None:
    data = xlsx({"S": [["a"], ["b"]]}, merges=[("S", 0, 1, 0, 3, "Rencana Tahun 2025")])
    sheet = workbook(data).sheets[0]
    assert [sheet.cell(0, c) for c in range(1, 5)] == ["Rencana Tahun 2025"] * 3 + [""]


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "kosong.xlsx", BERKAS_KOSONG),
        (b"   \n", "kosong.csv", BERKAS_KOSONG),
        (b"%PDF-1.7 binary", "renja.pdf", BERKAS_TIDAK_DIKENAL),
        (b"\x89PNG\r\n\x1a\n....", "foto.xlsx", BERKAS_TIDAK_DIKENAL),
        (b"GIF89a\x00\x01", "a.csv", BERKAS_TIDAK_DIKENAL),
        (b"abc\x00def", "biner.csv", BERKAS_TIDAK_DIKENAL),
    ],
)
def test_wrong_or_empty_files_are_one_problem_not_an_exception(
    data: bytes, name: str, code: str
) -> None:
    read = read_workbook(data, name)
    assert read.workbook is None
    assert [p.code for p in read.problems] == [code]
    assert read.problems[0].location.file == name
    assert read.problems[0].severity.value == "error"


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def test_a_word_document_renamed_xlsx_is_not_a_spreadsheet() -> None:
    docx = _zip(["[Content_Types].xml", "word/document.xml"])
    assert detect_format(docx, "renja.xlsx") is None
    assert [p.code for p in read_workbook(docx, "renja.xlsx").problems] == [BERKAS_TIDAK_DIKENAL]


def test_a_damaged_xlsx_is_reported() -> None:
    broken = _zip(["[Content_Types].xml", "xl/workbook.xml"])
    read = read_workbook(broken, "rusak.xlsx")
    assert read.workbook is None
    assert [p.code for p in read.problems] == [BERKAS_TIDAK_TERBACA]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Kode;Nama;Pagu\n1.06.04;Program;1.000.000,00\n", ";"),
        ("Kode,Nama,Pagu\n1.06.04,Program,1000000\n", ","),
        ("Kode\tNama\tPagu\n1.06.04\tProgram\t1000000\n", "\t"),
        ('Kode;Nama\n"1,06";"A, B"\n', ";"),
    ],
)
def test_csv_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter
    sheet = workbook(text.encode(), "renja.csv").sheets[0]
    assert sheet.rows[0][:2] == ["Kode", "Nama"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Kode;Nama\n1.06;Bantuan Sosial – Lansia\n".encode(), "utf-8"),
        ("\ufeffKode;Nama\n1.06;Bantuan Sosial – Lansia\n".encode(), "utf-8-sig"),
        ("Kode;Nama\n1.06;Bantuan Sosial – Lansia\n".encode("cp1252"), "cp1252"),
    ],
)
def test_csv_encodings(data: bytes, encoding: str) -> None:
    read = read_workbook(data, "renja.csv")
    assert read.workbook is not None
    rows = read.workbook.sheets[0].rows
    assert rows[0][0] == "Kode"  # no BOM left on the first title
    assert rows[1][1] == "Bantuan Sosial – Lansia"
    assert read.problems == ()
    assert read.workbook.format is Format.CSV
