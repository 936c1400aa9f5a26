"""Reading a model table back as the grid a reader sees and the formulas the workbook holds."""

from __future__ import annotations

from renjana.documents.grid import Placed, place
from renjana.documents.model import Table
from renjana.documents.xlsx_layout import plan_sheet


def rows(table: Table) -> list[list[str]]:
    """Each body row as the texts of its columns ("" under a merged cell)."""
    grid = place(tuple(r.cells for r in table.rows), len(table.columns))
    result = []
    for slots in grid:
        texts = [""] * len(table.columns)
        for slot in slots:
            if isinstance(slot, Placed):
                texts[slot.col] = slot.item.text
        result.append(texts)
    return result


def formulas(table: Table) -> dict[tuple[int, int], str]:
    """(body row, printed column) → the cell's Excel formula."""
    plan = plan_sheet(table, "x")
    return {
        (c.row - plan.body_first, c.col + 1): c.formula
        for c in plan.cells
        if c.formula and c.row >= plan.body_first
    }
