"""The JSON shapes of the API, which are also its OpenAPI schema.

Field names are the domain's Indonesian nouns, as in ``renjana.core.renja_data.row_to_data``
(the JSON form of a Renja row shared with stage snapshots). Money and values are strings
(``renjana.api.angka``). Request bodies refuse unknown fields, so a misspelt ``"Pagu"`` is an
error instead of a silently ignored key.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from renjana.api.angka import Nilai, Uang


def _no_nul(text: str) -> str:
    # The pages' form fields refuse NUL the same way; PostgreSQL cannot store it in text.
    if "\x00" in text:
        raise PydanticCustomError(
            "TEKS_KARAKTER_NUL", "{pesan}", {"pesan": "berisi karakter NUL (kode 0); hapus."}
        )
    return text


Kata = Annotated[str, AfterValidator(_no_nul)]
Teks = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_no_nul)]
TeksWajib = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_no_nul)
]
Tahun = Annotated[int, Field(ge=2000, le=2100, description="Tahun anggaran, mis. 2025.")]
Polaritas = Literal["naik", "turun"]
Agregasi = Literal["kumulatif", "nilai_akhir", "rata_rata"]
Aksi = Literal["ajukan", "kembalikan", "setujui", "buka_kunci", "lanjut_tahap"]


class Masukan(Schema):
    """Base of every request body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


# --- errors ---------------------------------------------------------------------------------


class Pesan(Schema):
    detail: str = Field(description="Pesan dalam bahasa Indonesia.")


class Masalah(Schema):
    """A ``renjana.core.problems.Problem``: rule code, severity, message and where."""

    code: str
    severity: Literal["error", "warning", "info"]
    message: str
    kode: str = Field("", description="Kode baris (program/kegiatan/sub kegiatan), bila ada.")
    indikator: str = ""
    field: str = Field("", description="Nama isian yang bermasalah, bila ada.")
    found: str = ""
    expected: str = ""
    baris_id: int | None = Field(None, description="id baris untuk kode ini, bila ada.")


class Penolakan(Schema):
    detail: str
    problems: list[Masalah]


# --- offices and plans ----------------------------------------------------------------------


class Opd(Schema):
    kode: str = Field(description="Pengenal perangkat daerah di URL, mis. 'sulbar-dinsos'.")
    nama: str
    pemda: str
    kode_wilayah: str
    tingkat: str
    kode_unit: str
    urusan: list[str]


class Total(Schema):
    pagu: str = Field(description="Pagu indikatif tahun n, dijumlah dari baris di bawahnya.")
    pagu_n1: str = Field(description="Prakiraan maju tahun n+1, dijumlah.")


class RenjaRingkas(Schema):
    tahun: int
    tahap: str
    tahap_label: str
    status: str
    status_label: str
    versi: int
    terkunci: bool


class Renja(RenjaRingkas):
    opd: str
    nomenklatur_versi: str | None
    aksi_tersedia: list[str] = Field(
        description="Aksi yang boleh dilakukan pengguna ini sekarang ('ubah' = mengubah baris)."
    )
    total: Total


class Target(Schema):
    nilai: str | None
    teks: str
    satuan: str


class Indikator(Schema):
    id: int
    uraian: str
    satuan: str
    target: Target
    target_n1: Target
    polaritas: str
    agregasi: str
    is_lokal: bool


class SumberDana(Schema):
    kode: str | None
    nama: str
    jumlah: str | None


class Baris(Schema):
    """A stored row as ``row_to_data`` gives it, with its id, level and rolled-up totals."""

    id: int
    level: str
    kode: str
    nama: str
    indikator: list[Indikator]
    pagu: str | None = Field(description="Disimpan pada baris daun saja; induk: lihat total.")
    pagu_n1: str | None
    lokasi: list[str]
    sumber_dana: list[SumberDana]
    prioritas_nasional: list[str]
    prioritas_daerah: list[str]
    kelompok_sasaran: str
    waktu_pelaksanaan: str
    catatan: str
    unit_kerja: str
    total: Total


class RenjaLengkap(Renja):
    baris: list[Baris]


class Pemeriksaan(Schema):
    bisa_diajukan: bool = Field(description="Tidak ada kesalahan (error) yang menghalangi.")
    problems: list[Masalah]


# --- requests -------------------------------------------------------------------------------


class RenjaBaru(Masukan):
    tahun: Tahun
    salin_dari: Tahun | None = Field(
        None, description="Salin baris dari Renja tahun ini (prakiraan maju menjadi target)."
    )


class BarisBaru(Masukan):
    kode: TeksWajib = Field(
        max_length=40, description="Kode nomenklatur, mis. '1.06.04.1.02.0002'."
    )


class BarisUbah(Masukan):
    """Only the fields sent are changed; ``null`` clears a pagu."""

    pagu: Uang = None
    pagu_n1: Uang = None
    kelompok_sasaran: Teks = ""
    waktu_pelaksanaan: Teks = Field("", max_length=100)
    catatan: Teks = ""


class IndikatorBaru(Masukan):
    uraian: TeksWajib
    satuan: Teks = Field("", max_length=60)
    polaritas: Polaritas = "naik"
    agregasi: Agregasi = "kumulatif"
    target_nilai: Nilai = None
    target_teks: Teks = Field("", max_length=200, description="Target kualitatif, mis. 'Baik'.")
    target_n1_nilai: Nilai = None
    target_n1_teks: Teks = Field("", max_length=200)


class IndikatorUbah(Masukan):
    """Only the fields sent are changed."""

    uraian: TeksWajib = ""
    satuan: Teks = Field("", max_length=60)
    polaritas: Polaritas = "naik"
    agregasi: Agregasi = "kumulatif"
    target_nilai: Nilai = None
    target_teks: Teks = Field("", max_length=200)
    target_n1_nilai: Nilai = None
    target_n1_teks: Teks = Field("", max_length=200)


class LokasiMasuk(Masukan):
    kode_wilayah: Kata | None = Field(
        description="Kode wilayah Kemendagri di dalam pemda; null = seluruh pemda."
    )
    rincian: Teks = Field("", max_length=200, description="Kelurahan, RT/RW, jalan…")


class SumberDanaMasuk(Masukan):
    kode: TeksWajib = Field(description="Kode sumber dana SIPD, mis. '1.2.01.01.02'.")
    jumlah: Uang = None


class CatatanBaris(Masukan):
    id: int = Field(ge=1, le=2**63 - 1, description="id baris yang diberi catatan.")
    teks: Kata


class AksiMasuk(Masukan):
    aksi: Aksi
    catatan: Kata = Field("", description="Catatan umum (kembalikan).")
    alasan: Kata = Field("", description="Alasan membuka kunci (buka_kunci, wajib).")
    catatan_baris: list[CatatanBaris] = Field(default_factory=list)


# --- tokens ---------------------------------------------------------------------------------


class TokenBaru(Masukan):
    nama: TeksWajib = Field(max_length=100, description="Untuk apa token ini, mis. 'skrip impor'.")
    berlaku_hari: int | None = Field(None, description="Masa berlaku; kosong = sampai dicabut.")
    pengguna: Kata | None = Field(
        None, description="username pemilik (hanya administrator platform); kosong = diri sendiri."
    )


class Token(Schema):
    id: int
    nama: str
    awalan: str
    pengguna: str
    dibuat_pada: datetime
    kedaluwarsa: datetime | None
    terakhir_dipakai: datetime | None
    dicabut_pada: datetime | None


class TokenDibuat(Token):
    token: str = Field(description="Token lengkap. Hanya ditampilkan sekali; simpan sekarang.")
