"""Kemendagri wilayah codes: the packaged ``data/wilayah.csv`` (all provinces and the areas of
the pemda served so far) and user-supplied lists (CSV or XLSX with kode, nama, level,
kode_induk) for ``renjana reference wilayah``."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import DaftarWilayah, LevelWilayah, Wilayah
from renjana.reference import resources
from renjana.reference.tabular import TableRow, read_table

META_FILE = "wilayah_sumber.yaml"

KOLOM_WAJIB_TIDAK_ADA = "WILAYAH_KOLOM_WAJIB_TIDAK_ADA"
KODE_TIDAK_SAH = "WILAYAH_KODE_TIDAK_SAH"
LEVEL_TIDAK_SAH = "WILAYAH_LEVEL_TIDAK_SAH"
NAMA_KOSONG = "WILAYAH_NAMA_KOSONG"
INDUK_TIDAK_SESUAI = "WILAYAH_INDUK_TIDAK_SESUAI_KODE"
BARIS_GANDA = "WILAYAH_BARIS_GANDA"
INDUK_TIDAK_ADA = "WILAYAH_INDUK_TIDAK_ADA"

REQUIRED_COLUMNS = ("kode", "nama", "level")

# Level words accepted in the level column, with the code each one allows (Permendagri
# 58/2021: kabupaten 01-69, kota 71-99, kelurahan 1xxx, desa 2xxx, desa adat 3xxx). The
# packaged CSV uses the precise words; the hierarchy level is one of LevelWilayah.
_KABKOTA = r"\d{2}\.(?:0[1-9]|[1-6]\d|7[1-9]|[89]\d)"
_LEVEL_WORDS: Mapping[str, tuple[LevelWilayah, re.Pattern[str], str]] = MappingProxyType(
    {
        "provinsi": (LevelWilayah.PROVINSI, re.compile(r"\d{2}"), "76"),
        "kabupaten": (
            LevelWilayah.KABKOTA,
            re.compile(r"\d{2}\.(?:0[1-9]|[1-6]\d)"),
            "76.02 (01-69)",
        ),
        "kota": (LevelWilayah.KABKOTA, re.compile(r"\d{2}\.(?:7[1-9]|[89]\d)"), "65.71 (71-99)"),
        "kabkota": (LevelWilayah.KABKOTA, re.compile(_KABKOTA), "76.02 atau 65.71"),
        "kab/kota": (LevelWilayah.KABKOTA, re.compile(_KABKOTA), "76.02 atau 65.71"),
        "kabupaten/kota": (LevelWilayah.KABKOTA, re.compile(_KABKOTA), "76.02 atau 65.71"),
        "kecamatan": (LevelWilayah.KECAMATAN, re.compile(r"\d{2}\.\d{2}\.\d{2}"), "76.02.01"),
        "kelurahan": (
            LevelWilayah.DESA,
            re.compile(r"\d{2}\.\d{2}\.\d{2}\.1\d{3}"),
            "65.71.01.1001",
        ),
        "desa": (LevelWilayah.DESA, re.compile(r"\d{2}\.\d{2}\.\d{2}\.[23]\d{3}"), "76.02.01.2005"),
        "kelurahan/desa": (
            LevelWilayah.DESA,
            re.compile(r"\d{2}\.\d{2}\.\d{2}\.[123]\d{3}"),
            "65.71.01.1001 atau 76.02.01.2005",
        ),
    }
)


class WilayahRows(NamedTuple):
    """A user's wilayah list and its problems; unpacks as ``data, problems``."""

    data: DaftarWilayah
    problems: tuple[Problem, ...]


@cache
def load_wilayah() -> DaftarWilayah:
    """Every packaged wilayah; each parent appears before its children."""
    meta = resources.read_yaml(META_FILE)
    file = resources.text(meta, "berkas", required=True)
    rows = (TableRow(n, row) for n, row in enumerate(resources.read_csv_rows(file), start=2))
    items, problems = _check_rows(rows, file, "")
    if problems:
        raise resources.ReferenceDataError(
            f"{file} tidak lolos pemeriksaan: " + "; ".join(str(p) for p in problems[:5])
        )
    return DaftarWilayah(
        nama=resources.text(meta, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(meta),
        berlaku_mulai=resources.integer(meta, "berlaku_mulai"),
        items=items,
        sumber_data=resources.text(meta, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(meta),
        catatan=resources.text(meta, "catatan"),
    )


def read_wilayah_rows(path: str | os.PathLike[str], sheet: str | None = None) -> WilayahRows:
    """Read a user's wilayah file (CSV or XLSX); never raises on the file's content.

    The list carries no regulation of its own (``dasar_hukum`` empty, ``berlaku_mulai`` 0):
    the importing command records those.
    """
    table = read_table(path, sheet)
    problems = list(table.problems)
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    items: tuple[Wilayah, ...] = ()
    if table.headers and missing:
        problems.append(
            Problem(
                KOLOM_WAJIB_TIDAK_ADA,
                Severity.ERROR,
                f"Berkas {table.file} tidak memiliki kolom {', '.join(missing)}. Baris 1 harus "
                "berisi judul kolom kode, nama, level, kode_induk.",
                Location(file=table.file, sheet=table.sheet, row=1),
            )
        )
    elif table.headers:
        items, found = _check_rows(table.rows, table.file, table.sheet)
        problems.extend(found)
    data = DaftarWilayah(f"Berkas {table.file}", (), 0, items, sumber_data=table.file)
    return WilayahRows(data, tuple(problems))


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _check_rows(
    rows: Iterable[TableRow], file: str, sheet: str
) -> tuple[tuple[Wilayah, ...], tuple[Problem, ...]]:
    """The valid rows as Wilayah (parent derived from the code) and one Problem per bad row."""
    items: list[Wilayah] = []
    numbers: dict[str, int] = {}
    problems: list[Problem] = []

    def report(code: str, severity: Severity, row: TableRow, column: str, text: str) -> None:
        where = Location(file=file, sheet=sheet, row=row.number, column=column)
        found = _text(row.cells.get(column))
        problems.append(Problem(code, severity, text, where, found=found))

    for row in rows:
        raw_kode = row.cells.get("kode")
        kode = _text(raw_kode)
        level_text = _text(row.cells.get("level")).lower().replace(" ", "")
        if level_text not in _LEVEL_WORDS:
            report(
                LEVEL_TIDAK_SAH,
                Severity.ERROR,
                row,
                "level",
                f"Level {level_text!r} tidak dikenal. Isi provinsi, kabupaten, kota, "
                "kecamatan, kelurahan atau desa.",
            )
            continue
        level, pattern, example = _LEVEL_WORDS[level_text]
        if isinstance(raw_kode, float) or not pattern.fullmatch(kode):
            report(
                KODE_TIDAK_SAH,
                Severity.ERROR,
                row,
                "kode",
                f"Kode {kode!r} bukan kode {level_text} yang sah (contoh {example}). "
                "Tulis kode sebagai teks dengan titik.",
            )
            continue
        nama = _text(row.cells.get("nama"))
        if not nama:
            report(
                NAMA_KOSONG,
                Severity.ERROR,
                row,
                "nama",
                f"Nama wilayah {kode} kosong. Isi nama sesuai Kepmendagri.",
            )
            continue
        derived = kode.rsplit(".", 1)[0] if "." in kode else None
        given = _text(row.cells.get("kode_induk")) or derived
        if given != derived:
            report(
                INDUK_TIDAK_SESUAI,
                Severity.ERROR,
                row,
                "kode_induk",
                f"Kode induk {given!r} tidak sesuai kode {kode}; induknya {derived}.",
            )
            continue
        if kode in numbers:
            report(
                BARIS_GANDA,
                Severity.ERROR,
                row,
                "kode",
                f"Kode {kode} sudah ada di baris {numbers[kode]}. Hapus salah satu baris.",
            )
            continue
        numbers[kode] = row.number
        items.append(Wilayah(kode, nama, level, derived))
    for item in items:
        if item.parent is not None and item.parent not in numbers:
            number = numbers[item.kode]
            problems.append(
                Problem(
                    INDUK_TIDAK_ADA,
                    Severity.WARNING,
                    f"Induk {item.parent} dari {item.kode} tidak ada di berkas; pastikan induknya "
                    "sudah ada di basis data atau tambahkan barisnya.",
                    Location(file=file, sheet=sheet, row=number, column="kode"),
                    found=item.kode,
                    expected=item.parent,
                )
            )
    return tuple(items), tuple(problems)
