"""Placement and formulas of the workbook, without writing a workbook."""

from __future__ import annotations

import pytest

from renjana.core.numbers import D
from renjana.documents.model import LITERAL, Cell, Column, Formula, HeaderCell, Row, Table
from renjana.documents.xlsx_layout import (
    SheetCell,
    _sum,
    column_letter,
    formula_text,
    number_format,
    plan_sheet,
    sheet_names,
)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == [
        "A", "Z", "AA", "AZ", "ZZ", "AAA",
    ]  # fmt: skip


def test_sum_joins_consecutive_rows_into_ranges_and_nests_long_lists() -> None:
    assert _sum(8, [6, 7, 8, 14, 20, 21]) == "SUM(I7:I9,I15,I21:I22)"
    assert _sum(0, [3]) == "SUM(A4)"
    many = _sum(0, list(range(0, 1200, 2)))  # 600 separate cells
    assert many.startswith("SUM(SUM(A1,A3,")
    assert many.count("SUM(") == 4


def test_formula_guards_turn_missing_or_zero_inputs_into_na() -> None:
    assert formula_text(Formula("{4}-{8}"), 9, None) == "=D10-H10"
    assert formula_text(Formula("{7}/{6}*100", (7,), (6,)), 5, None) == (
        '=IF(OR(NOT(ISNUMBER(G6)),NOT(ISNUMBER(F6)),F6=0),"N/A",G6/F6*100)'
    )
    assert formula_text(Formula("{4}/{total:4}*100"), 7, 11) == "=D8/D12*100"
    with pytest.raises(ValueError, match="baris total"):
        formula_text(Formula("{4}/{total:4}"), 7, None)


def _table(rows: tuple[Row, ...], sheet_name: str = "") -> Table:
    columns = (Column(10), Column(10, rollup=True), Column(8, formula=Formula("{2}*2")))
    header = ((HeaderCell("A"), HeaderCell("B"), HeaderCell("C")),)
    return Table("9.9", "Uji", columns, header, rows, sheet_name=sheet_name)


def test_parents_sum_children_totals_sum_roots_and_literal_cells_stay_values() -> None:
    rows = (
        Row((Cell.of("P"), Cell.money(D(30)), Cell.money(D(60))), key="p"),
        Row((Cell.of("a"), Cell.money(D(10)), Cell.money(D(20))), key="a", parent="p"),
        Row((Cell.of("b"), Cell.money(D(20)), Cell.money(D(40), formula=LITERAL)), key="b",
            parent="p"),
        Row((Cell.of("Q"), Cell.money(D(5)), Cell.money(D(10))), key="q"),
        Row((Cell.of("JUMLAH"), Cell.money(D(35)), Cell.money(D(70))), total=True),
    )  # fmt: skip
    plan = plan_sheet(_table(rows), "Uji")
    formulas = {(c.row, c.col): c.formula for c in plan.cells if c.formula}
    first = plan.body_first  # 3 title rows + 1 header row + the column-number row
    assert first == 5
    assert formulas == {
        (5, 1): "=SUM(B7:B8)", (5, 2): "=B6*2", (6, 2): "=B7*2",
        (8, 2): "=B9*2", (9, 1): "=SUM(B6,B9)", (9, 2): "=B10*2",
    }  # fmt: skip
    assert plan.header_first == 3
    assert plan.header_last == 4


def test_sheet_names_are_valid_unique_and_short() -> None:
    rows = (Row((Cell.of("x"), Cell.money(D(1)), Cell.money(D(2)))),)
    tables = [_table(rows), _table(rows), _table(rows, sheet_name="Rekap: [T-C.29] / 2023 " * 3)]
    names = sheet_names(tables)
    assert names[:2] == ["Tabel 9.9", "Tabel 9.9 (2)"]
    assert len(names[2]) == 31
    assert not set("[]:*?/\\") & set(names[2])


def test_number_format_codes() -> None:
    assert number_format(plan_cell(Cell.money(D("1234567")))) == "#,##0"
    assert number_format(plan_cell(Cell.money(D("1234567.5")))) == "#,##0.00"
    assert number_format(plan_cell(Cell.percent(D("95.6444")))) == "#,##0.00"
    assert number_format(plan_cell(Cell.number(D("66.50"), "Poin"))) == '#,##0.0 "Poin"'
    assert (
        number_format(plan_cell(Cell.number(D("312"), 'Orang"Bulan'))) == "#,##0 \"Orang''Bulan\""
    )
    assert number_format(plan_cell(Cell.of("teks"))) == "@"
    assert number_format(plan_cell(Cell.na())) == "General"


def plan_cell(cell: Cell) -> SheetCell:
    plan = plan_sheet(Table("1", "x", (Column(),), ((HeaderCell("h"),),), (Row((cell,)),)), "x")
    return next(c for c in plan.cells if c.row == plan.body_first)
