"""Importing spreadsheets (issue 7): Renstra, Renja and realisasi from Excel or CSV.

Pure adapters at the edge (only ``renjana.core`` and the other importers): a file becomes a
``Workbook`` of cell rows (``workbook``: python-calamine for XLSX/XLS/ODS, the standard
library for CSV); the table of an import kind is found by its header text (``columns``,
``locate``); each data row is read into core values with every problem placed at its sheet,
row and column (``cells``); the kind modules (``renja``, ``renstra``, ``realisasi``) apply the
rules of their plan and return a ``Bacaan``. ``template`` writes the documented XLSX templates
from the same column definitions, so what the template says is what the reader accepts.
Nothing here stores or raises on a user's file; the services decide, all or nothing.
"""

from renjana.importers.tabular.cells import RowReader, excel_decimal
from renjana.importers.tabular.columns import Found, Header, Isi, Kolom, find_header
from renjana.importers.tabular.locate import data_rows, locate
from renjana.importers.tabular.realisasi import RealisasiBaris, read_realisasi
from renjana.importers.tabular.renja import read_renja
from renjana.importers.tabular.renstra import RenstraBaris, read_renstra
from renjana.importers.tabular.result import Bacaan, ImportPreview, Progress, group_problems
from renjana.importers.tabular.template import Templat, build_csv, build_xlsx
from renjana.importers.tabular.workbook import Sheet, Workbook, read_workbook

__all__ = [
    "Bacaan",
    "Found",
    "Header",
    "ImportPreview",
    "Isi",
    "Kolom",
    "Progress",
    "RealisasiBaris",
    "RenstraBaris",
    "RowReader",
    "Sheet",
    "Templat",
    "Workbook",
    "build_csv",
    "build_xlsx",
    "data_rows",
    "excel_decimal",
    "find_header",
    "group_problems",
    "locate",
    "read_realisasi",
    "read_renja",
    "read_renstra",
    "read_workbook",
]
