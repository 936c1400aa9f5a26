"""Read a user-supplied table (CSV or XLSX) into header-keyed rows with their row numbers.

This is an input adapter: it never raises on a user's file. An unreadable file or a
missing header becomes a Problem; cell values are handed on as the file holds them (text
for CSV; text, numbers or dates for XLSX) so that callers can refuse a code typed as a
number. Headers are matched case- and space-insensitively. Row numbers are those a
spreadsheet shows: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from renjana.core.problems import Location, Problem, Severity

BERKAS_TIDAK_TERBACA = "BERKAS_TIDAK_TERBACA"
BERKAS_KOSONG = "BERKAS_KOSONG"
KOLOM_GANDA = "KOLOM_GANDA"

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its spreadsheet row number and its cells keyed by normalised header."""

    number: int
    cells: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class Table:
    file: str
    sheet: str
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    problems: tuple[Problem, ...] = ()


def header_key(text: object) -> str:
    """``" Kode "`` → ``kode``; ``"Sub Kegiatan"`` → ``sub kegiatan``."""
    return " ".join(str(text or "").lower().split())


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """Read a CSV (``,``/``;``/tab separated, UTF-8) or the first (or named) XLSX sheet."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _read_csv(file)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(file, sheet)
    return _failed(
        file.name,
        "",
        f"jenis berkas {suffix or '(tanpa akhiran)'} tidak dikenal; gunakan berkas .csv atau .xlsx",
    )


def _failed(name: str, sheet: str, reason: str) -> Table:
    problem = Problem(
        BERKAS_TIDAK_TERBACA,
        Severity.ERROR,
        f"Berkas {name} tidak dapat dibaca: {reason}.",
        Location(file=name, sheet=sheet),
    )
    return Table(name, sheet, (), (), (problem,))


def _read_csv(file: Path) -> Table:
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return _failed(file.name, "", f"{exc.strerror or exc}")
    except UnicodeDecodeError:
        return _failed(file.name, "", "isinya bukan teks UTF-8; simpan ulang sebagai CSV UTF-8")
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return _build(file.name, "", records)


def _read_xlsx(file: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # an adapter dependency, imported only when needed

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except OSError as exc:
        return _failed(file.name, sheet or "", f"{exc.strerror or exc}")
    except Exception as exc:  # any damage inside a user's file is reported, never raised
        return _failed(file.name, sheet or "", f"bukan berkas XLSX yang sah ({exc})")
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            names = ", ".join(workbook.sheetnames)
            return _failed(file.name, sheet, f"lembar {sheet!r} tidak ada (yang ada: {names})")
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        records = [list(row) for row in worksheet.iter_rows(values_only=True)]
    except Exception as exc:  # a damaged sheet is the user's file, not a bug here
        return _failed(file.name, sheet or "", f"lembar tidak dapat dibaca ({exc})")
    finally:
        workbook.close()
    return _build(file.name, worksheet.title, records)


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _build(name: str, sheet: str, records: Sequence[Sequence[object]]) -> Table:
    if not records or all(_is_blank(v) for v in records[0]):
        problem = Problem(
            BERKAS_KOSONG,
            Severity.ERROR,
            f"Berkas {name} kosong atau baris pertamanya bukan judul kolom. Isi baris 1 "
            "dengan judul kolom (mis. kode, nama, indikator, satuan, tingkat).",
            Location(file=name, sheet=sheet, row=1),
        )
        return Table(name, sheet, (), (), (problem,))
    problems: list[Problem] = []
    positions: dict[str, int] = {}
    for index, value in enumerate(records[0]):
        key = header_key(value)
        if not key:
            continue
        if key in positions:
            problems.append(
                Problem(
                    KOLOM_GANDA,
                    Severity.WARNING,
                    f"Kolom {key!r} muncul lebih dari sekali; hanya kolom pertama yang dibaca. "
                    "Hapus atau ganti nama kolom yang ganda.",
                    Location(file=name, sheet=sheet, row=1, column=str(value)),
                )
            )
            continue
        positions[key] = index
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if all(_is_blank(v) for v in record):
            continue
        cells = {key: record[i] if i < len(record) else None for key, i in positions.items()}
        rows.append(TableRow(number, MappingProxyType(cells)))
    return Table(name, sheet, tuple(positions), tuple(rows), tuple(problems))
