"""Every builder's table written to DOCX and XLSX; LibreOffice recalculates the workbook and
every formula cell equals the core's value (N/A where the core says N/A)."""

from __future__ import annotations

import io

import docx as python_docx
import openpyxl
import pytest

from renjana.documents import libreoffice as lo
from renjana.documents.docx_writer import write_docx
from renjana.documents.model import Document, Heading, Section
from renjana.documents.xlsx_layout import plan_workbook, ref
from renjana.documents.xlsx_writer import write_xlsx
from tests.documents.sample_document import META
from tests.documents.tabel_contoh import every_table
from tests.documents.test_libreoffice import _close


def test_every_table_writes_to_docx_with_its_caption() -> None:
    tables = every_table()
    document = Document(META, chapters=(Section(Heading("TABEL", "BAB I"), tuple(tables)),))
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    assert len(written.tables) == len(tables)
    captions = [
        p.text for p in written.paragraphs if p.style is not None and p.style.name == "Judul Tabel"
    ]
    assert captions == [t.caption for t in tables]


@pytest.mark.libreoffice
def test_every_formula_recalculates_to_the_core_value(libreoffice: None) -> None:
    tables = every_table()
    recalculated = lo.convert(
        write_xlsx(tables), "xlsx", "xlsx:Calc MS Excel 2007 XML", recalculate=True
    )
    workbook = openpyxl.load_workbook(io.BytesIO(recalculated), data_only=True)
    checked, wrong = 0, []
    for plan in plan_workbook(tables):
        for cell in plan.formula_cells():
            found = workbook[plan.name][ref(cell.row, cell.col)].value
            ok = found == "N/A" if cell.value is None else _close(found, cell.value)
            checked += 1
            if not ok:
                wrong.append((plan.name, ref(cell.row, cell.col), cell.formula, cell.value, found))
    assert wrong == []
    assert checked > 100
