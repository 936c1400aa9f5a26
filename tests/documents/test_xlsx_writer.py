"""The workbook read back with openpyxl: sheets, values, formulas as text, formats, print setup."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from renjana.core.numbers import D
from renjana.documents.model import Document, Kind, Table
from renjana.documents.xlsx_layout import SheetPlan, plan_workbook, ref
from renjana.documents.xlsx_writer import INDEX_SHEET

Sample = tuple[Document, dict[str, Table]]


@pytest.fixture(scope="module")
def workbook(xlsx_bytes: bytes) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(xlsx_bytes))


@pytest.fixture(scope="module")
def plans(sample: Sample) -> list[SheetPlan]:
    return plan_workbook(sample[0].tables())


def test_one_sheet_per_table_after_the_index(workbook: Workbook) -> None:
    assert workbook.sheetnames == [INDEX_SHEET, "Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 4.1"]
    index = workbook[INDEX_SHEET]
    assert index["A1"].value == "Rencana Kerja (Renja) 2024"
    assert index["A4"].value == "Tahap: Rancangan Akhir"
    assert index["B7"].value == "Tabel 2.1 Realisasi Anggaran Tahun 2022"
    assert index["A7"].hyperlink is not None
    assert index["A7"].hyperlink.location == "'Tabel 2.1'!A1"


def test_every_cell_holds_the_model_value_or_its_formula(
    workbook: Workbook, plans: list[SheetPlan]
) -> None:
    formulas = 0
    for plan in plans:
        sheet = workbook[plan.name]
        for cell in plan.cells:
            found = sheet[ref(cell.row, cell.col)].value
            if cell.formula:
                formulas += 1
                assert found == cell.formula
            elif cell.value is not None and cell.kind is not Kind.TEXT:
                assert D(repr(found)) == cell.value, (plan.name, ref(cell.row, cell.col))
            else:
                assert (found or "") == cell.text
    assert formulas == 93


def test_formulas_show_how_each_figure_is_made(workbook: Workbook) -> None:
    anggaran = workbook["Tabel 2.1"]  # header rows 4-5, column numbers 6, body from 7
    assert anggaran["B7"].value == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"
    assert anggaran["C7"].value == "=SUM(C8,C11)"  # program = its two kegiatan
    assert anggaran["C8"].value == "=SUM(C9:C10)"  # kegiatan = its sub kegiatan range
    assert anggaran["C9"].value == 125000000
    assert anggaran["E9"].value == '=IF(OR(NOT(ISNUMBER(C9)),C9=0),"N/A",D9/C9*100)'
    assert anggaran["C17"].value == "=SUM(C7,C13)"  # JUMLAH = the programs
    rfk = workbook["Tabel 2.3"]
    assert rfk["G8"].value == "=F8/F12*100"  # bobot = pagu / Σ pagu (the JUMLAH row)
    assert rfk["I8"].value == '=IF(NOT(ISNUMBER(H8)),"N/A",F8*H8/F12)'  # fisik TTB
    assert rfk["M8"].value == "=F8-J8"  # sisa pagu
    assert rfk["G7"].value == "=SUM(G8:G9)"  # a program's bobot = its kegiatan
    tc29 = workbook["Tabel 2.2"]
    assert tc29["J7"].value == "=SUM(E7,G7,I7)"  # cumulative: 5 + 7 + 9
    assert tc29["J6"].value == 90  # a percentage indicator: the latest value, no sum


def test_number_formats(workbook: Workbook) -> None:
    anggaran = workbook["Tabel 2.1"]
    assert anggaran["C9"].number_format == "#,##0"
    assert anggaran["C10"].number_format == "#,##0.00"  # 48.500.000,50
    assert anggaran["E9"].number_format == "#,##0.00"
    assert workbook["Tabel 2.2"]["D7"].number_format == '#,##0 "Orang"'
    assert workbook["Tabel 2.2"]["G6"].number_format == '#,##0.00 "%"'


def test_frozen_header_print_setup_and_merges(workbook: Workbook, plans: list[SheetPlan]) -> None:
    for plan in plans:
        sheet = workbook[plan.name]
        assert sheet.freeze_panes == f"A{plan.body_first + 1}"
        assert sheet.print_title_rows == f"${plan.header_first + 1}:${plan.header_last + 1}"
        expected = "landscape" if plan.table.is_landscape else "portrait"
        assert sheet.page_setup.orientation == expected
        assert sheet.page_setup.paperSize == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0
    renja = workbook["Tabel 4.1"]
    merged = {str(r) for r in renja.merged_cells.ranges}
    assert {"A1:Q1", "A4:A6", "H4:M4", "L5:M5", "A37:H37"} <= merged
    assert renja.column_dimensions["C"].width == pytest.approx(31.7, abs=0.1)


def test_cached_formula_results_are_the_core_values(
    xlsx_bytes: bytes, plans: list[SheetPlan]
) -> None:
    cached = openpyxl.load_workbook(io.BytesIO(xlsx_bytes), data_only=True)
    for plan in plans:
        for cell in plan.formula_cells():
            found = cached[plan.name][ref(cell.row, cell.col)].value
            expected = "N/A" if cell.value is None else cell.value
            if isinstance(found, float | int):
                assert abs(D(repr(found)) - Decimal(expected)) < Decimal("1e-6")
            else:
                assert found == expected
