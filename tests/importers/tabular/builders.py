"""Small workbooks and CSV files built in memory for the reading tests."""

from __future__ import annotations

import io
from collections.abc import Sequence

import xlsxwriter

from renjana.importers.tabular.workbook import Workbook, read_workbook

Cell = str | float | int | bool | None


def xlsx(
    sheets: dict[str, Sequence[Sequence[Cell]]],
    *,
    start: tuple[int, int] = (0, 0),
    merges: Sequence[tuple[str, int, int, int, int, str]] = (),
) -> bytes:
    """A workbook with ``sheets`` (rows written from ``start``, zero-based) and merged
    ranges ``(sheet, first_row, first_col, last_row, last_col, text)``."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(start[0] + r, start[1] + c, value)
                else:
                    sheet.write(start[0] + r, start[1] + c, value)
        for target, r1, c1, r2, c2, text in merges:
            if target == name:
                sheet.merge_range(r1, c1, r2, c2, text)
    book.close()
    return buffer.getvalue()


def workbook(data: bytes, name: str = "uji.xlsx") -> Workbook:
    read = read_workbook(data, name)
    assert read.workbook is not None, read.problems
    return read.workbook


HEADER = ("Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target",
          "Pagu Indikatif", "Lokasi", "Sumber Dana", "Target N+1",
          "Pagu Indikatif N+1")  # fmt: skip

#: A small, correct kab/kota Renja (Kota Tarakan style).
GOOD_ROWS: tuple[tuple[Cell, ...], ...] = (
    ("1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS yang tertangani", "%", "95,5"),
    ("1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah layanan", "Layanan", 12),
    ("1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang yang mendapat permakanan",
     "Orang", 312, 70_000_000.0, "Kota Tarakan", "DAU", 320, "75.500.000,50"),
    (None, None, "Jumlah paket permakanan", "Paket", "64"),
    ("1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah orang yang menerima sandang", "Orang",
     "1.283", 60_000_000, "Kec. Tarakan Barat; Kec. Tarakan Timur", "DAU", 1300, 61_000_000),
)  # fmt: skip


def renja_xlsx(rows: Sequence[Sequence[Cell]] = GOOD_ROWS, header: Sequence[str] = HEADER) -> bytes:
    return xlsx({"Renja": [header, *rows]})
