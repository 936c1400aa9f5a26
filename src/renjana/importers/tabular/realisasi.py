"""A realisasi spreadsheet for one triwulan read into ``RealisasiBaris`` rows.

One row per indicator: ``Kode``, the indicator by its number within the row (``No.
Indikator`` 1, 2, …) or by its text (``Indikator``), ``Realisasi`` (a number, a number with its
unit, or qualitative text), ``Faktor Pendorong``, ``Faktor Penghambat``, ``Tindak Lanjut``;
and per sub kegiatan ``Realisasi Keuangan (Rp)`` (spent in the triwulan) and ``Realisasi
Fisik (%)`` (progress at its end, 0–100), on any of its rows. An empty code continues the
code above (cells merged over a row's indicators read that way). An optional ``Triwulan``
column must agree with the triwulan being imported. An empty cell changes nothing.

Which indicator a row means, whether the row exists, whether a count must be whole and
whether the triwulan is open are decided against the stored Renja by the service.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.idformat import format_number
from renjana.core.kode import Kode, KodeKind, Level
from renjana.core.problems import Problem, Severity
from renjana.core.renja import TargetValue
from renjana.importers.tabular.cells import RowReader
from renjana.importers.tabular.columns import Isi, Kolom
from renjana.importers.tabular.locate import data_rows, locate, no_data
from renjana.importers.tabular.plan_rows import gc_paused
from renjana.importers.tabular.renja import show_money, show_target
from renjana.importers.tabular.renja_columns import KODE, NAMA, SATUAN
from renjana.importers.tabular.result import SAMPLE_ROWS, Bacaan, Progress
from renjana.importers.tabular.workbook import Workbook

TRIWULAN_BERBEDA = "TRIWULAN_BERBEDA"
FISIK_DI_LUAR_RENTANG = "FISIK_DI_LUAR_RENTANG"
INDIKATOR_GANDA = "INDIKATOR_GANDA"
ANGGARAN_BERBEDA = "ANGGARAN_BERBEDA"
BARIS_TANPA_KODE = "BARIS_TANPA_KODE"
KODE_TIDAK_SAH = "KODE_TIDAK_SAH"

SHEET = "Realisasi"
LABEL = "realisasi"

NOMOR_INDIKATOR = Kolom(
    "nomor_indikator", "No. Indikator", Isi.BULAT,
    "Nomor urut indikator pada baris itu (1 untuk indikator pertama, 2 untuk kedua, …), "
    "seperti urutan di Renja. Boleh kosong bila kolom Indikator diisi teks indikatornya, atau "
    "bila baris itu hanya punya satu indikator.",
    "1", sinonim=("No Indikator", "Nomor Indikator", "Urutan Indikator", "Indikator Ke",
                  "No. Urut Indikator"),
    pola=(r"^(no|nomor|urutan)\.?(urut)?indikator",),
)  # fmt: skip
INDIKATOR_TEKS = Kolom(
    "indikator", "Indikator", Isi.TEKS,
    "Uraian indikator persis seperti di Renja (huruf besar/kecil dan spasi diabaikan).",
    "Jumlah penyandang disabilitas terlantar yang mendapatkan permakanan", lebar=40,
    sinonim=("Indikator Kinerja", "Uraian Indikator"), pola=(r"indikator",),
    kecuali=(r"^(no|nomor|urutan)|indikatorke",),
)  # fmt: skip
TARGET_INFO = Kolom(
    "target", "Target", Isi.TARGET, "Target tahun berjalan (hanya untuk dibaca; tidak diimpor).",
    "70", pola=(r"^target",),
)  # fmt: skip
KEUANGAN = Kolom(
    "keuangan", "Realisasi Keuangan (Rp)", Isi.UANG,
    "Rupiah yang dibelanjakan dalam triwulan ini (bukan kumulatif), hanya pada sub kegiatan.",
    "17500000", sinonim=("Keuangan", "Realisasi Keuangan", "Realisasi Anggaran",
                         "Nilai Realisasi Keuangan"),
    pola=(r"keuangan", r"realisasianggaran", r"realisasi\(rp", r"realisasirp"),
    kecuali=(r"%|persen|ttb|sisa|bobot",), lebar=18,
)  # fmt: skip
FISIK = Kolom(
    "fisik", "Realisasi Fisik (%)", Isi.PERSEN,
    "Kemajuan fisik pekerjaan pada akhir triwulan, 0–100 (ketik 75 untuk 75%, bukan format "
    "persen Excel), hanya pada sub kegiatan.",
    "75", sinonim=("Fisik", "Realisasi Fisik", "Progres Fisik", "Kemajuan Fisik"),
    pola=(r"fisik",), kecuali=(r"ttb|bobot|rp",),
)  # fmt: skip
REALISASI = Kolom(
    "realisasi", "Realisasi", Isi.TARGET,
    "Realisasi indikator dalam triwulan ini: angka (satuan mengikuti indikator di Renja), "
    "angka dengan satuan, atau teks kualitatif. Jumlah orang harus bilangan bulat.",
    "80", sinonim=("Realisasi Kinerja", "Capaian", "Realisasi Capaian", "Realisasi Target",
                   "Nilai Realisasi", "Realisasi Indikator"),
    pola=(r"^realisasi", r"capaian"),
    kecuali=(r"keuangan|fisik|anggaran|\(rp|rp\)|%|persen|dana|tingkat",),
)  # fmt: skip
FAKTOR_PENDORONG = Kolom(
    "faktor_pendorong", "Faktor Pendorong", Isi.TEKS, "Faktor yang mendorong capaian.",
    "Koordinasi dengan pendamping", pola=(r"pendorong",), lebar=30,
)  # fmt: skip
FAKTOR_PENGHAMBAT = Kolom(
    "faktor_penghambat", "Faktor Penghambat", Isi.TEKS, "Faktor yang menghambat capaian.",
    "Data penerima terlambat", pola=(r"penghambat",), lebar=30,
)  # fmt: skip
TINDAK_LANJUT = Kolom(
    "tindak_lanjut", "Tindak Lanjut", Isi.TEKS, "Tindak lanjut yang direncanakan.",
    "Verifikasi data bulanan", pola=(r"tindaklanjut",), lebar=30,
)  # fmt: skip
TRIWULAN = Kolom(
    "triwulan", "Triwulan", Isi.PILIHAN,
    "Boleh kosong. Bila diisi (I–IV atau 1–4) harus sama dengan triwulan yang diimpor.",
    "I", pilihan=("I", "II", "III", "IV"), pola=(r"^(triwulan|tw)$",),
)  # fmt: skip
NAMA_INFO = replace(NAMA, wajib=False)  # recognised so it is not "unknown"; never stored

REALISASI_KOLOM = (
    KODE, NOMOR_INDIKATOR, INDIKATOR_TEKS, KEUANGAN, FISIK, REALISASI, FAKTOR_PENDORONG,
    FAKTOR_PENGHAMBAT, TINDAK_LANJUT, TRIWULAN, SATUAN, TARGET_INFO, NAMA_INFO,
)  # fmt: skip

_MISSING = TargetValue()
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class RealisasiBaris:
    """One row of the file: what it says about an indicator and/or a sub kegiatan."""

    number: int
    kode: str
    nomor_indikator: int | None = None
    indikator: str = ""
    satuan: str = ""
    nilai: TargetValue = _MISSING
    faktor_pendorong: str = ""
    faktor_penghambat: str = ""
    tindak_lanjut: str = ""
    keuangan: Decimal | None = None
    fisik: Decimal | None = None
    column_realisasi: str = ""
    column_indikator: str = ""

    @property
    def has_kinerja(self) -> bool:
        return not self.nilai.is_missing or any(
            (self.faktor_pendorong, self.faktor_penghambat, self.tindak_lanjut)
        )

    @property
    def has_anggaran(self) -> bool:
        return self.keuangan is not None or self.fisik is not None


def read_realisasi(
    workbook: Workbook, *, triwulan: int, progress: Progress | None = None
) -> Bacaan[RealisasiBaris]:
    """The rows of a realisasi file for ``triwulan`` (1–4)."""
    located, problems = locate(workbook, REALISASI_KOLOM, SHEET, LABEL)
    if located is None:
        return Bacaan((), (), tuple(problems), file=workbook.file)
    reader = _Reader(triwulan)
    with gc_paused():
        for row in data_rows(workbook, located, progress, "Membaca baris realisasi"):
            reader.read(row)
    rows = tuple(reader.rows)
    found = reader.problems
    if not rows and not found:
        found.append(no_data(workbook, located, LABEL))
    return Bacaan(
        rows, tuple(r.number for r in rows), tuple(found), workbook.file, located.sheet.name,
        reader.skipped,
    )  # fmt: skip


class _Reader:
    def __init__(self, triwulan: int) -> None:
        self.triwulan = triwulan
        self.rows: list[RealisasiBaris] = []
        self.problems: list[Problem] = []
        self.skipped = 0
        self.kode: Kode | None = None
        self.indicators: dict[tuple[str, int | str], int] = {}
        self.anggaran: dict[str, tuple[int, Decimal | None, Decimal | None]] = {}

    def read(self, row: RowReader) -> None:
        self._read(row)
        self.problems.extend(row.problems)

    def _read(self, row: RowReader) -> None:
        if not row.is_blank("triwulan"):
            self._check_triwulan(row)
        kode = self._kode(row)
        if kode is None:
            return
        item = RealisasiBaris(
            number=row.number,
            kode=str(kode),
            nomor_indikator=row.whole("nomor_indikator"),
            indikator=row.text("indikator"),
            satuan=row.text("satuan"),
            nilai=row.target("realisasi", row.text("satuan")),
            faktor_pendorong=row.text("faktor_pendorong"),
            faktor_penghambat=row.text("faktor_penghambat"),
            tindak_lanjut=row.text("tindak_lanjut"),
            keuangan=row.money("keuangan"),
            fisik=self._fisik(row),
            column_realisasi=_where(row, "realisasi"),
            column_indikator=_where(row, "nomor_indikator") or _where(row, "indikator"),
        )
        if not item.has_kinerja and not item.has_anggaran:
            self.skipped += 1
            return
        if item.has_kinerja:
            self._check_duplicate(row, item)
        if item.has_anggaran:
            self._check_anggaran(row, item)
        self.rows.append(item)

    def _kode(self, row: RowReader) -> Kode | None:
        if row.is_blank("kode"):
            if self.kode is None:
                if _has_values(row):
                    row.add(
                        BARIS_TANPA_KODE,
                        "Baris berisi realisasi tetapi tidak berkode, dan tidak ada kode di "
                        "atasnya. Isi kode sub kegiatan/kegiatan/program.",
                        row.header.get("kode"),
                    )
                else:
                    self.skipped += 1
                return None
            return self.kode
        parsed = row.kode("kode")
        if parsed.kind is KodeKind.UNIT_ORGANISASI:
            self.skipped += 1
            return None
        errors = [p for p in parsed.problems if p.severity is Severity.ERROR]
        if parsed.kode is None or errors or parsed.kind is KodeKind.OLD:
            if not errors:
                row.add(
                    KODE_TIDAK_SAH,
                    f"Kode '{parsed.raw}' tidak dapat dipakai.",
                    row.header.get("kode"),
                )
            self.kode = None
            return None
        self.kode = parsed.kode
        if parsed.kode.level in (Level.URUSAN, Level.BIDANG):
            self.skipped += 1
            return None
        return parsed.kode

    def _fisik(self, row: RowReader) -> Decimal | None:
        value = row.percent("fisik")
        if value is not None and not 0 <= value <= 100:
            row.add(
                FISIK_DI_LUAR_RENTANG,
                f"Realisasi fisik {format_number(value)}% di luar rentang 0–100. Isi kemajuan "
                "pekerjaan pada akhir triwulan dalam persen.",
                row.header.get("fisik"),
            )
            return None
        return value

    def _check_triwulan(self, row: RowReader) -> None:
        text = re.sub(r"^(triwulan|tw)\s*", "", row.text("triwulan").lower()).strip()
        if _ROMAN.get(text) != self.triwulan:
            row.add(
                TRIWULAN_BERBEDA,
                f"Kolom Triwulan berisi '{row.text('triwulan')}', padahal yang diimpor triwulan "
                f"{self.triwulan}. Pilih triwulan yang sesuai saat mengunggah, atau perbaiki "
                "kolom ini.",
                row.header.get("triwulan"),
            )

    def _check_duplicate(self, row: RowReader, item: RealisasiBaris) -> None:
        ref: int | str = item.nomor_indikator or " ".join(item.indikator.lower().split())
        key = (item.kode, ref)
        if key in self.indicators:
            row.add(
                INDIKATOR_GANDA,
                f"Realisasi indikator ini untuk {item.kode} sudah ada di baris "
                f"{self.indicators[key]}. Tulis setiap indikator satu kali.",
                row.header.get("nomor_indikator") or row.header.get("indikator"),
            )
        self.indicators.setdefault(key, row.number)

    def _check_anggaran(self, row: RowReader, item: RealisasiBaris) -> None:
        seen = self.anggaran.get(item.kode)
        if seen is None:
            self.anggaran[item.kode] = (row.number, item.keuangan, item.fisik)
            return
        number, keuangan, fisik = seen
        for key, before, now in (
            ("keuangan", keuangan, item.keuangan),
            ("fisik", fisik, item.fisik),
        ):
            if now is not None and before is not None and now != before:
                row.add(
                    ANGGARAN_BERBEDA,
                    f"Realisasi {key} {item.kode} sudah diisi berbeda di baris {number}. Isi "
                    "keuangan dan fisik satu kali per sub kegiatan.",
                    row.header.get(key),
                )


def _where(row: RowReader, key: str) -> str:
    found = row.header.get(key)
    return found.where if found is not None else ""


def _has_values(row: RowReader) -> bool:
    keys = ("realisasi", "keuangan", "fisik", "faktor_pendorong", "faktor_penghambat")
    return any(not row.is_blank(k) for k in keys)


def summarize(rows: tuple[RealisasiBaris, ...]) -> tuple[tuple[str, int], ...]:
    return (
        ("Baris", len(rows)),
        ("Realisasi indikator", sum(1 for r in rows if r.has_kinerja)),
        ("Realisasi keuangan/fisik", len({r.kode for r in rows if r.has_anggaran})),
    )


SAMPLE_HEADER = (
    "Kode", "Indikator", "Realisasi", "Faktor pendorong", "Faktor penghambat", "Tindak lanjut",
    "Keuangan (Rp)", "Fisik (%)",
)  # fmt: skip


def sample(
    rows: tuple[RealisasiBaris, ...], limit: int = SAMPLE_ROWS
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple(
        (
            r.number,
            (
                r.kode,
                f"{r.nomor_indikator}. " * bool(r.nomor_indikator) + r.indikator,
                show_target(r.nilai, r.satuan) if not r.nilai.is_missing else "",
                r.faktor_pendorong,
                r.faktor_penghambat,
                r.tindak_lanjut,
                show_money(r.keuangan),
                "-" if r.fisik is None else format_number(r.fisik),
            ),
        )
        for r in rows[:limit]
    )
