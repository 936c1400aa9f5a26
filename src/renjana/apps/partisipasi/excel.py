"""Reading the Excel workbooks of the participation pages (templates in ``unduhan``) back into
core values.

Reading never raises on user data: every cell that cannot be used becomes a ``Problem`` that
names the sheet, the row and the column, keeps the value found and says in Indonesian how to
fix it. The caller stores nothing while any problem is an error (all or nothing). Numbers typed
as text go through the one Indonesian reading rule (``core.idformat``); numbers stored as
Excel numbers are taken as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from typing import Any, Generic, TypeVar

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from renjana.core import partisipasi as core
from renjana.core.idformat import ColumnKind, parse_number
from renjana.core.lokasi import PlaceIndex
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, parse_quantity
from renjana.core.review_rkpd import RkpdBarisInput

T = TypeVar("T")
BERKAS_TIDAK_TERBACA = "EXCEL_BERKAS_TIDAK_TERBACA"
KOLOM_TIDAK_ADA = "EXCEL_KOLOM_TIDAK_ADA"
SEL_TIDAK_SAH = "EXCEL_SEL_TIDAK_SAH"
RKPD_SHEET = "Rancangan Awal RKPD"
USULAN_SHEET = "Usulan"


@dataclass(frozen=True, slots=True)
class Kolom:
    """A template column: its key, printed title, width, and other titles accepted on import."""

    key: str
    judul: str
    lebar: int
    wajib: bool = False
    alias: tuple[str, ...] = ()

    def matches(self, title: str) -> bool:
        names = (self.judul, *self.alias)
        return any(title in (_norm(n), _norm(n).split(" (")[0]) for n in names)


RKPD_KOLOM = (
    Kolom("kode", "Kode", 20, True),
    Kolom(
        "nama",
        "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
        50,
        True,
        ("Nama", "Program/Kegiatan/Sub Kegiatan", "Uraian"),
    ),
    Kolom("indikator", "Indikator Kinerja", 45, alias=("Indikator",)),
    Kolom("target", "Target", 12),
    Kolom("satuan", "Satuan", 14),
    Kolom("pagu", "Pagu Indikatif (Rp)", 20, alias=("Pagu", "Pagu (Rp)")),
    Kolom("keterangan", "Keterangan", 30),
)
USULAN_KOLOM = (
    Kolom("sumber", "Sumber", 24, True),
    Kolom("tingkat", "Tingkat Musrenbang", 18),
    Kolom("pengusul", "Pengusul", 24),
    Kolom("anggota_dprd", "Anggota DPRD", 22),
    Kolom("fraksi", "Fraksi", 14),
    Kolom("dapil", "Dapil", 14),
    Kolom("uraian", "Uraian Usulan", 45, True, ("Uraian", "Usulan")),
    Kolom("lokasi", "Lokasi (Kecamatan/Kelurahan)", 30, alias=("Lokasi",)),
    Kolom("rincian", "Rincian Lokasi (RT/RW, jalan)", 24, alias=("Rincian Lokasi",)),
    Kolom("volume", "Volume", 10),
    Kolom("satuan", "Satuan", 12),
    Kolom("biaya", "Perkiraan Biaya (Rp)", 18, alias=("Biaya", "Pagu", "Pagu (Rp)")),
    Kolom("tahun", "Tahun", 8),
    Kolom("catatan", "Catatan", 30),
)


@dataclass(frozen=True, slots=True)
class Bacaan(Generic[T]):
    """What a workbook held: the rows read, where each came from, and every problem."""

    rows: tuple[T, ...]
    locations: tuple[Location, ...]
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


def _norm(text: object) -> str:
    return " ".join(str(text or "").casefold().replace("\n", " ").split())


def _open(data: bytes, name: str, wanted: str) -> tuple[Worksheet | None, Problem | None]:
    try:
        book = load_workbook(BytesIO(data), data_only=True)
    except Exception:
        message = (
            f"Berkas '{name}' tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Simpan ulang "
            "sebagai .xlsx, atau unduh templat dan salin datanya."
        )
        return None, Problem(BERKAS_TIDAK_TERBACA, Severity.ERROR, message, Location(file=name))
    sheet = book[wanted] if wanted in book.sheetnames else book.worksheets[0]
    return sheet, None


def _header(
    sheet: Worksheet, kolom: Sequence[Kolom], name: str
) -> tuple[int, dict[str, int], list[Problem]]:
    """The header row (within the first 15) and the column number of each known column."""
    for number, row in enumerate(sheet.iter_rows(min_row=1, max_row=15, values_only=True), 1):
        titles = [_norm(v) for v in row]
        found: dict[str, int] = {}
        for k in kolom:
            index = next((i for i, t in enumerate(titles, 1) if t and k.matches(t)), None)
            if index is not None:
                found[k.key] = index
        if all(k.key in found for k in kolom if k.wajib):
            return number, found, []
    missing = ", ".join(k.judul for k in kolom if k.wajib)
    message = (
        f"Baris judul kolom tidak ditemukan di lembar '{sheet.title}'. Baris pertama harus memuat "
        f"judul kolom seperti templat, sekurang-kurangnya: {missing}."
    )
    where = Location(file=name, sheet=sheet.title)
    return 0, {}, [Problem(KOLOM_TIDAK_ADA, Severity.ERROR, message, where)]


class _Row:
    """One sheet row with its location, collecting the problems of its cells."""

    def __init__(
        self,
        values: tuple[Any, ...],
        columns: dict[str, int],
        kolom: Sequence[Kolom],
        where: Location,
    ) -> None:
        self.values = values
        self.columns = columns
        self.titles = {k.key: k.judul for k in kolom}
        self.where = where
        self.problems: list[Problem] = []

    def raw(self, key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index > len(self.values):
            return None
        return self.values[index - 1]

    def at(self, key: str) -> Location:
        return replace(self.where, column=self.titles[key])

    def fail(self, key: str, message: str, severity: Severity = Severity.ERROR) -> None:
        value = self.raw(key)
        found = "" if value is None else str(value)
        self.problems.append(Problem(SEL_TIDAK_SAH, severity, message, self.at(key), found=found))

    def text(self, key: str) -> str:
        value = self.raw(key)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        return " ".join(str(value).split())

    def number(self, key: str, kind: ColumnKind) -> Decimal | None:
        value = self.raw(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            self.fail(key, "Isi dengan angka.")
            return None
        if isinstance(value, (int, Decimal)):
            return Decimal(value)
        if isinstance(value, float):
            return Decimal(repr(value))  # an Excel number: its shortest exact decimal form
        parsed = parse_number(str(value), kind)
        for p in parsed.problems:
            self.problems.append(replace(p, location=self.at(key)))
        return parsed.value

    def money(self, key: str) -> Decimal | None:
        value = self.number(key, ColumnKind.MONEY)
        if value is not None and value < 0:
            self.fail(key, "Jumlah rupiah tidak boleh negatif.")
            return None
        return value

    def quantity(self, key: str, satuan_key: str) -> Quantity:
        value = self.raw(key)
        satuan = self.text(satuan_key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return Quantity(None, "")
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            number = self.number(key, ColumnKind.GENERIC)
            return Quantity(number, satuan)
        parsed = parse_quantity(" ".join(p for p in (self.text(key), satuan) if p))
        for p in parsed.problems:
            self.problems.append(replace(p, location=self.at(key)))
        return parsed.quantity


def _read(
    data: bytes,
    name: str,
    sheet_name: str,
    kolom: Sequence[Kolom],
    build: Callable[[_Row], T | None],
) -> Bacaan[T]:
    sheet, problem = _open(data, name, sheet_name)
    if sheet is None:
        return Bacaan((), (), (problem,) if problem else ())
    header, columns, problems = _header(sheet, kolom, name)
    if problems:
        return Bacaan((), (), tuple(problems))
    rows: list[T] = []
    locations: list[Location] = []
    body = sheet.iter_rows(min_row=header + 1, values_only=True)
    for number, values in enumerate(body, header + 1):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = _Row(values, columns, kolom, Location(file=name, sheet=sheet.title, row=number))
        item = build(row)
        problems.extend(row.problems)
        if item is not None:
            rows.append(item)
            locations.append(row.where)
    return Bacaan(tuple(rows), tuple(locations), tuple(problems))


def read_rkpd(data: bytes, name: str = "") -> Bacaan[RkpdBarisInput]:
    """Rows of a Rancangan Awal RKPD workbook (structure is checked by the service)."""

    def build(row: _Row) -> RkpdBarisInput | None:
        kode = row.raw("kode")
        if isinstance(kode, float):
            row.fail(
                "kode",
                "Kode tersimpan sebagai angka sehingga nolnya hilang; format sel Kode sebagai "
                "teks dan tulis ulang kodenya.",
            )
            return None
        if not row.text("nama"):
            row.fail("nama", "Tuliskan nama program/kegiatan/sub kegiatan.")
        return RkpdBarisInput(
            kode=row.text("kode"),
            nama=row.text("nama"),
            indikator=row.text("indikator"),
            target=row.quantity("target", "satuan"),
            pagu=row.money("pagu"),
            keterangan=row.text("keterangan"),
        )

    return _read(data, name, RKPD_SHEET, RKPD_KOLOM, build)


_SUMBER = {
    **{_norm(s.value): (s, None) for s in core.Sumber},
    **{_norm(s.label): (s, None) for s in core.Sumber},
    **{_norm(t.label): (core.Sumber.MUSRENBANG, t) for t in core.TingkatMusrenbang},
    "musrenbang kelurahan": (core.Sumber.MUSRENBANG, core.TingkatMusrenbang.DESA),
    "musrenbang desa": (core.Sumber.MUSRENBANG, core.TingkatMusrenbang.DESA),
    "musrenbang kota": (core.Sumber.MUSRENBANG, core.TingkatMusrenbang.KABKOTA),
    "musrenbang kabupaten": (core.Sumber.MUSRENBANG, core.TingkatMusrenbang.KABKOTA),
    "musrenbang rkpd": (core.Sumber.MUSRENBANG, core.TingkatMusrenbang.KABKOTA),
    "pokir dprd": (core.Sumber.POKIR, None),
    "pokok pikiran dprd": (core.Sumber.POKIR, None),
    "forum opd": (core.Sumber.FORUM_PD, None),
    "forum gabungan perangkat daerah": (core.Sumber.FORUM_PD, None),
    "pemangku kepentingan": (core.Sumber.PEMANGKU_KEPENTINGAN, None),
    "lainnya": (core.Sumber.PEMANGKU_KEPENTINGAN, None),
    "aspirasi masyarakat": (core.Sumber.ASPIRASI, None),
}
_TINGKAT = {
    **{_norm(t.value): t for t in core.TingkatMusrenbang},
    **{_norm(t.label.removeprefix("Musrenbang ")): t for t in core.TingkatMusrenbang},
    "kelurahan": core.TingkatMusrenbang.DESA,
    "kota": core.TingkatMusrenbang.KABKOTA,
    "kabupaten": core.TingkatMusrenbang.KABKOTA,
}
_PLACE_WORD = re.compile(r"\b(?:kelurahan|kel\.|desa|kecamatan|kec\.)\s", re.IGNORECASE)


def read_lokasi(text: str, places: PlaceIndex) -> tuple[str | None, str, tuple[Problem, ...]]:
    """(kode wilayah, rincian, problems) of a written place such as ``RT. 43 Kelurahan Karang
    Anyar``: the words before "Kelurahan/Desa/Kecamatan" are the rincian (RT/RW, street)."""
    clean = " ".join(text.split()).strip(" ,.")
    if not clean:
        return None, "", ()
    match = _PLACE_WORD.search(clean)
    head, place = (clean[: match.start()], clean[match.start() :]) if match else ("", clean)
    value, problems = places.parse(place)
    rincian = ", ".join(p for p in (head.strip(" ,"), value.rincian) if p)
    return value.kode_wilayah, rincian, problems


_FIELD_KOLOM = {
    "uraian": "uraian",
    "tingkat_musrenbang": "tingkat",
    "anggota_dprd": "anggota_dprd",
    "fraksi": "fraksi",
    "biaya": "biaya",
}


def read_usulan(
    data: bytes, tahun: int, places: PlaceIndex, name: str = ""
) -> Bacaan[core.UsulanInput]:
    """Proposals of a workbook for plan year ``tahun``, each checked by ``core.check_usulan``."""

    def build(row: _Row) -> core.UsulanInput | None:
        found = _SUMBER.get(_norm(row.text("sumber")))
        if found is None:
            row.fail(
                "sumber",
                "Sumber usulan tidak dikenal; tulis Musrenbang (dengan tingkatnya), Pokir DPRD, "
                "Forum PD, Pemangku kepentingan lain atau Aspirasi masyarakat.",
            )
            return None
        sumber, tingkat = found
        if row.text("tingkat"):
            tingkat = _TINGKAT.get(_norm(row.text("tingkat")))
            if tingkat is None:
                row.fail(
                    "tingkat",
                    "Tingkat Musrenbang tidak dikenal; tulis Desa/Kelurahan, Kecamatan, "
                    "Kabupaten/Kota atau Provinsi.",
                )
        tahun_item = tahun
        if row.text("tahun"):
            value = row.number("tahun", ColumnKind.COUNT)
            if value is None or value != value.to_integral_value() or not 2000 <= value <= 2100:
                row.fail("tahun", "Tahun harus angka empat digit, mis. 2025.")
            else:
                tahun_item = int(value)
        kode_wilayah, rincian, lokasi_problems = read_lokasi(row.text("lokasi"), places)
        for p in lokasi_problems:
            row.problems.append(replace(p, location=row.at("lokasi")))
        extra = row.text("rincian")
        item = core.UsulanInput(
            sumber=sumber,
            uraian=row.text("uraian"),
            tahun=tahun_item,
            tingkat_musrenbang=tingkat,
            pengusul=row.text("pengusul"),
            anggota_dprd=row.text("anggota_dprd"),
            fraksi=row.text("fraksi"),
            dapil=row.text("dapil"),
            kode_wilayah=kode_wilayah,
            rincian_lokasi=", ".join(p for p in (extra, rincian) if p),
            lokasi=", ".join(p for p in (extra, row.text("lokasi")) if p),
            volume=row.quantity("volume", "satuan"),
            biaya=row.money("biaya"),
            catatan=row.text("catatan"),
        )
        for p in core.check_usulan(item, row.where):
            column = _FIELD_KOLOM.get(p.location.field)
            row.problems.append(replace(p, location=row.at(column)) if column else p)
        return item

    return _read(data, name, USULAN_SHEET, USULAN_KOLOM, build)
