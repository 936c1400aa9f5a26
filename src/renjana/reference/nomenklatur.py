"""Nomenclature versions: the packaged ones and user-supplied lists (CSV or XLSX).

``load_nomenklatur`` reads a packaged version named in ``nomenklatur_versions.yaml``;
``read_nomenklatur_rows`` reads a user file with columns kode, nama, indikator, satuan,
tingkat (and optionally level, sumber) and returns the good rows plus one Problem per bad
row, for ``renjana reference import``. Both go through the same row checks, so the packaged
file is held to the rules a user's file is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from renjana.core.kode import Kode, Level, Tingkat, parse_kode
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur, NomenklaturItem
from renjana.reference import resources
from renjana.reference.tabular import Table, TableRow, read_table

VERSIONS_FILE = "nomenklatur_versions.yaml"

KOLOM_WAJIB_TIDAK_ADA = "NOMENKLATUR_KOLOM_WAJIB_TIDAK_ADA"
KODE_KOSONG = "NOMENKLATUR_KODE_KOSONG"
KODE_TIDAK_DITERIMA = "NOMENKLATUR_KODE_TIDAK_DITERIMA"
NAMA_KOSONG = "NOMENKLATUR_NAMA_KOSONG"
TINGKAT_TIDAK_SAH = "NOMENKLATUR_TINGKAT_TIDAK_SAH"
TINGKAT_TIDAK_SESUAI = "NOMENKLATUR_TINGKAT_TIDAK_SESUAI_KODE"
LEVEL_TIDAK_SESUAI = "NOMENKLATUR_LEVEL_TIDAK_SESUAI_KODE"
BARIS_GANDA = "NOMENKLATUR_BARIS_GANDA"
INDUK_TIDAK_ADA = "NOMENKLATUR_INDUK_TIDAK_ADA"
SATUAN_KOSONG = "NOMENKLATUR_SATUAN_KOSONG"
INDIKATOR_KOSONG = "NOMENKLATUR_INDIKATOR_KOSONG"

REQUIRED_COLUMNS = ("kode", "nama")

_TINGKAT_WORDS: Mapping[str, Tingkat | None] = MappingProxyType(
    {
        "": None,
        "semua": None,
        "provinsi": Tingkat.PROVINSI,
        "prov": Tingkat.PROVINSI,
        "1": Tingkat.PROVINSI,
        "kabkota": Tingkat.KABKOTA,
        "kab/kota": Tingkat.KABKOTA,
        "kabupaten/kota": Tingkat.KABKOTA,
        "2": Tingkat.KABKOTA,
    }
)
_LEVEL_WORDS: Mapping[str, Level] = MappingProxyType(
    {
        "urusan": Level.URUSAN,
        "bidang": Level.BIDANG,
        "bidang urusan": Level.BIDANG,
        "program": Level.PROGRAM,
        "kegiatan": Level.KEGIATAN,
        "subkegiatan": Level.SUB_KEGIATAN,
        "sub kegiatan": Level.SUB_KEGIATAN,
        "sub_kegiatan": Level.SUB_KEGIATAN,
    }
)


class NomenklaturRows(NamedTuple):
    """The accepted rows of a nomenclature file and the problems of the rejected ones;
    unpacks as ``items, problems = read_nomenklatur_rows(path)``."""

    items: tuple[NomenklaturItem, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


class _RowReader:
    """Checks rows one by one, remembering the keys already seen for duplicates."""

    def __init__(self, file: str, sheet: str) -> None:
        self.file = file
        self.sheet = sheet
        self.items: list[NomenklaturItem] = []
        self.rows: dict[tuple[Kode, Tingkat | None], int] = {}
        self.problems: list[Problem] = []

    def _report(self, code: str, severity: Severity, row: TableRow, column: str, text: str) -> None:
        value = _cell_text(row.cells.get(column))
        self.problems.append(
            Problem(
                code,
                severity,
                text,
                Location(file=self.file, sheet=self.sheet, row=row.number, column=column),
                found=value,
            )
        )

    def read(self, row: TableRow) -> None:
        raw_kode = row.cells.get("kode")
        if _cell_text(raw_kode) == "":
            self._report(
                KODE_KOSONG,
                Severity.ERROR,
                row,
                "kode",
                "Kode kosong. Isi kode nomenklatur baris ini, misalnya 1.06.04.2.01.0001.",
            )
            return
        parsed = parse_kode(raw_kode if isinstance(raw_kode, str) else [raw_kode])
        if parsed.kode is None or not parsed.ok:
            reasons = " ".join(p.message for p in parsed.problems) or "kode tidak terbaca."
            self._report(KODE_TIDAK_DITERIMA, Severity.ERROR, row, "kode", reasons)
            return
        kode = parsed.kode
        nama = _cell_text(row.cells.get("nama"))
        if not nama:
            self._report(
                NAMA_KOSONG,
                Severity.ERROR,
                row,
                "nama",
                f"Nama untuk kode {kode} kosong. Isi nama sesuai nomenklatur.",
            )
            return
        tingkat_text = _cell_text(row.cells.get("tingkat")).lower().replace(" ", "")
        if tingkat_text not in _TINGKAT_WORDS:
            self._report(
                TINGKAT_TIDAK_SAH,
                Severity.ERROR,
                row,
                "tingkat",
                f"Tingkat {_cell_text(row.cells.get('tingkat'))!r} tidak dikenal. Isi "
                "'provinsi', 'kabkota' atau 'semua' (atau kosongkan).",
            )
            return
        tingkat = _TINGKAT_WORDS[tingkat_text]
        if kode.tingkat is not None:
            if tingkat_text and tingkat is not kode.tingkat:
                self._report(
                    TINGKAT_TIDAK_SESUAI,
                    Severity.ERROR,
                    row,
                    "tingkat",
                    f"Kode {kode} berdigit tingkat {kode.segmen[3]} ({kode.tingkat.label}), "
                    "tidak sesuai isi kolom tingkat. Perbaiki kode atau tingkatnya.",
                )
                return
            tingkat = kode.tingkat
        level_text = _cell_text(row.cells.get("level")).lower()
        if level_text and _LEVEL_WORDS.get(level_text) is not kode.level:
            self._report(
                LEVEL_TIDAK_SESUAI,
                Severity.ERROR,
                row,
                "level",
                f"Kode {kode} adalah {kode.level.label}, tidak sesuai isi kolom level. "
                "Perbaiki kode atau levelnya.",
            )
            return
        key = (kode, tingkat)
        if key in self.rows:
            self._report(
                BARIS_GANDA,
                Severity.ERROR,
                row,
                "kode",
                f"Kode {kode} ({tingkat.label if tingkat else 'semua tingkat'}) sudah ada di baris "
                f"{self.rows[key]}. Hapus salah satu baris.",
            )
            return
        indikator = _cell_text(row.cells.get("indikator"))
        satuan = _cell_text(row.cells.get("satuan"))
        if indikator and not satuan:
            self._report(
                SATUAN_KOSONG,
                Severity.WARNING,
                row,
                "satuan",
                f"Indikator kode {kode} terisi tetapi satuan kosong. Isi satuan indikatornya.",
            )
        if satuan and not indikator:
            self._report(
                INDIKATOR_KOSONG,
                Severity.WARNING,
                row,
                "indikator",
                f"Satuan kode {kode} terisi tetapi indikator kosong. Isi teks indikatornya.",
            )
        self.rows[key] = row.number
        item = NomenklaturItem(
            kode, tingkat, nama, indikator, satuan, _cell_text(row.cells.get("sumber"))
        )
        self.items.append(item)

    def check_parents(self) -> None:
        for item in self.items:
            parent = item.kode.parent
            if parent is None:
                continue
            present = any(
                kode == parent and (t is None or item.tingkat is None or t is item.tingkat)
                for kode, t in self.rows
            )
            if not present:
                number = self.rows[(item.kode, item.tingkat)]
                self.problems.append(
                    Problem(
                        INDUK_TIDAK_ADA,
                        Severity.WARNING,
                        f"Induk {parent} dari {item.kode} tidak ada "
                        "di berkas. Tambahkan baris induknya agar pohon nomenklatur lengkap.",
                        Location(file=self.file, sheet=self.sheet, row=number, column="kode"),
                        found=str(item.kode),
                        expected=str(parent),
                    )
                )


def nomenklatur_from_rows(
    rows: Iterable[TableRow], file: str = "", sheet: str = ""
) -> NomenklaturRows:
    """Check table rows (keys: kode, nama, indikator, satuan, tingkat, level, sumber)."""
    reader = _RowReader(file, sheet)
    for row in rows:
        reader.read(row)
    reader.check_parents()
    return NomenklaturRows(tuple(reader.items), tuple(reader.problems))


def read_nomenklatur_rows(
    path: str | os.PathLike[str], sheet: str | None = None
) -> NomenklaturRows:
    """Read a user's nomenclature file (CSV or XLSX); never raises on the file's content."""
    table = read_table(path, sheet)
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    if table.headers and missing:
        return NomenklaturRows((), (*table.problems, _missing_columns(table, missing)))
    if not table.headers:
        return NomenklaturRows((), table.problems)
    result = nomenklatur_from_rows(table.rows, table.file, table.sheet)
    return NomenklaturRows(result.items, (*table.problems, *result.problems))


def _missing_columns(table: Table, missing: list[str]) -> Problem:
    return Problem(
        KOLOM_WAJIB_TIDAK_ADA,
        Severity.ERROR,
        f"Berkas {table.file} tidak memiliki kolom {', '.join(missing)}. Baris 1 harus berisi "
        "judul kolom kode, nama, indikator, satuan, tingkat.",
        Location(file=table.file, sheet=table.sheet, row=1),
    )


def nomenklatur_versions() -> tuple[str, ...]:
    """Ids of the packaged nomenclature versions, default first."""
    data = resources.read_yaml(VERSIONS_FILE)
    default = resources.text(data, "default", required=True)
    ids = [resources.text(v, "id", required=True) for v in resources.mappings(data, "versi")]
    return (default, *(i for i in ids if i != default))


def load_nomenklatur(version: str | None = None) -> Nomenklatur:
    """A packaged nomenclature version (the default one when ``version`` is None)."""
    return _load_version(version or nomenklatur_versions()[0])


@cache
def _load_version(wanted: str) -> Nomenklatur:
    data = resources.read_yaml(VERSIONS_FILE)
    entries = [v for v in resources.mappings(data, "versi") if v.get("id") == wanted]
    if len(entries) != 1:
        raise resources.ReferenceDataError(f"versi nomenklatur {wanted!r} tidak ada")
    entry = entries[0]
    file = resources.text(entry, "berkas", required=True)
    rows = (TableRow(n, row) for n, row in enumerate(resources.read_csv_rows(file), start=2))
    result = nomenklatur_from_rows(rows, file)
    if result.problems:
        raise resources.ReferenceDataError(
            f"{file} tidak lolos pemeriksaan: " + "; ".join(str(p) for p in result.problems[:5])
        )
    return Nomenklatur(
        nama=resources.text(entry, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(entry),
        berlaku_mulai=resources.integer(entry, "berlaku_mulai"),
        items=result.items,
        sumber_data=resources.text(entry, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(entry),
        catatan=resources.text(entry, "catatan"),
        versi=wanted,
    )
