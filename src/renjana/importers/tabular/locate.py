"""Which sheet holds the table of an import kind, and its data rows one by one.

The sheet named like the kind (``Renja``) is tried first, then every other sheet in file
order except the template's ``Petunjuk``; the first whose header names every required column
is used. No such sheet is one problem that lists the required titles and the sheets looked
at — an empty workbook, a sheet without a header, a file of another kind all end here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from renjana.core.problems import Location, Problem
from renjana.importers.tabular.cells import RowReader
from renjana.importers.tabular.columns import HEADER_SEARCH_ROWS, Header, Kolom, find_header
from renjana.importers.tabular.result import Progress, problem
from renjana.importers.tabular.workbook import Sheet, Workbook

LEMBAR_KOSONG = "LEMBAR_KOSONG"
JUDUL_KOLOM_TIDAK_DITEMUKAN = "JUDUL_KOLOM_TIDAK_DITEMUKAN"
TIDAK_ADA_BARIS_DATA = "TIDAK_ADA_BARIS_DATA"

#: The template's documentation sheet, never read as data.
PETUNJUK = "Petunjuk"
#: Rows between two progress reports while rows are mapped.
PROGRESS_EVERY = 2000


@dataclass(frozen=True, slots=True)
class Located:
    sheet: Sheet
    header: Header


def locate(
    workbook: Workbook, kolom: Sequence[Kolom], preferred: str, label: str
) -> tuple[Located | None, list[Problem]]:
    """The sheet and header of the table, or the problem saying why none was found."""
    where = Location(file=workbook.file)
    sheets = sorted(
        (s for s in workbook.sheets if s.name.strip().lower() != PETUNJUK.lower()),
        key=lambda s: s.name.strip().lower() != preferred.lower(),
    )
    if not any(any(any(str(c).strip() for c in row) for row in s.rows) for s in sheets):
        message = (
            f"Berkas '{workbook.file}' tidak berisi data (lembar kosong). Isi templat {label} "
            "lalu unggah kembali."
        )
        return None, [problem(LEMBAR_KOSONG, message, where)]
    for sheet in sheets:
        header = find_header(sheet, kolom)
        if header is not None:
            return Located(sheet, header), []
    wajib = ", ".join(f"'{k.judul}'" for k in kolom if k.wajib)
    names = ", ".join(f"'{s.name}'" for s in sheets)
    message = (
        f"Judul kolom {label} tidak ditemukan di {HEADER_SEARCH_ROWS} baris pertama lembar "
        f"{names}. Baris judul harus memuat sekurang-kurangnya {wajib} (atau nama lain yang "
        "dikenal, lihat lembar Petunjuk di templat)."
    )
    return None, [problem(JUDUL_KOLOM_TIDAK_DITEMUKAN, message, where)]


def data_rows(
    workbook: Workbook, found: Located, progress: Progress | None, stage: str
) -> Iterator[RowReader]:
    """A reader for every non-empty row under the header, reporting progress as it goes."""
    rows = found.sheet.rows
    total = len(rows)
    start = found.header.data_start
    for index in range(start, total):
        if progress is not None and (index - start) % PROGRESS_EVERY == 0:
            progress(stage, index - start, total - start)
        reader = RowReader(workbook.file, found.sheet.name, found.header, index, rows[index])
        if not reader.is_empty():
            yield reader
    if progress is not None:
        progress(stage, total - start, total - start)


def no_data(workbook: Workbook, found: Located, label: str) -> Problem:
    message = (
        f"Lembar '{found.sheet.name}' memuat judul kolom {label} di baris "
        f"{found.header.row + 1} tetapi tidak ada baris data di bawahnya."
    )
    where = Location(file=workbook.file, sheet=found.sheet.name, row=found.header.row + 1)
    return problem(TIDAK_ADA_BARIS_DATA, message, where)
