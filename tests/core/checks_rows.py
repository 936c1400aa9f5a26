"""Builders for the planning-check tests: a small, correct kab/kota Renja to break on purpose,
and the two sample Renja 2024 read from their YAML with PyYAML (no Django, no loader)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from renjana.core.checks import PlanContext
from renjana.core.kode import Tingkat
from renjana.core.renja import (
    IndikatorInput,
    RenjaRowInput,
    RenstraIndikatorInput,
    RenstraRowInput,
    RenstraTahunInput,
    SumberDanaInput,
    TargetValue,
)
from renjana.sample.rows import renja_rows

DAU = SumberDanaInput("1.2.01.01.02", "Dana Transfer Umum-Dana Alokasi Umum", None)
LOKASI = ("Kota Tarakan, Semua Kecamatan, Semua Kelurahan",)


def target(nilai: str | None, satuan: str = "") -> TargetValue:
    return TargetValue() if nilai is None else TargetValue(nilai=Decimal(nilai), satuan=satuan)


def ind(uraian: str, nilai: str | None, satuan: str, n1: str | None = None) -> IndikatorInput:
    return IndikatorInput(uraian, satuan, target(nilai, satuan), target(n1, satuan))


def sub(
    kode: str,
    nama: str,
    indikator: IndikatorInput,
    pagu: str | None,
    pagu_n1: str | None = None,
) -> RenjaRowInput:
    return RenjaRowInput(
        kode,
        nama,
        (indikator,),
        pagu=None if pagu is None else Decimal(pagu),
        pagu_n1=None if pagu_n1 is None else Decimal(pagu_n1),
        lokasi=LOKASI,
        sumber_dana=(DAU,),
    )


def induk(kode: str, nama: str, indikator: IndikatorInput) -> RenjaRowInput:
    return RenjaRowInput(kode, nama, (indikator,))


PROGRAM = induk(
    "1.06.04",
    "PROGRAM REHABILITASI SOSIAL",
    ind("Persentase PPKS yang Tertangani", "100", "%", "100"),
)
KEGIATAN = induk(
    "1.06.04.2.01",
    "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
    "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
    ind("Jumlah Orang yang Tertangani", "335", "Orang", "340"),
)
PERMAKANAN = sub(
    "1.06.04.2.01.0001",
    "Penyediaan Permakanan",
    ind(
        "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi "
        "Minimal Kewenangan Kabupaten/Kota",
        "200",
        "Orang",
        "210",
    ),
    "50000000",
    "55000000",
)
SANDANG = sub(
    "1.06.04.2.01.0002",
    "Penyediaan Sandang",
    ind(
        "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun "
        "Kewenangan Kabupaten/Kota",
        "10",
        "Orang",
        "12",
    ),
    "8000000",
    "9000000",
)

#: A kab/kota Renja with nothing wrong: program → kegiatan → two sub kegiatan, Rp 58.000.000.
GOOD_ROWS = (PROGRAM, KEGIATAN, PERMAKANAN, SANDANG)

#: The Renstra of GOOD_ROWS, with exactly its year-2024 targets.
GOOD_RENSTRA = tuple(
    RenstraRowInput(
        row.kode,
        row.nama,
        tuple(
            RenstraIndikatorInput(
                i.uraian, i.satuan, (RenstraTahunInput(2024, i.target), RenstraTahunInput(2025))
            )
            for i in row.indikator
        ),
    )
    for row in GOOD_ROWS
)


def kabkota(**changes: Any) -> PlanContext:
    """Kota Tarakan's DinsosPM planning 2024, without reference data unless given."""
    ctx = PlanContext(tahun=2024, tingkat=Tingkat.KABKOTA, urusan=("1.06", "2.13"), opd="DinsosPM")
    return replace(ctx, **changes)


def with_row(rows: tuple[RenjaRowInput, ...], which: str, **changes: Any) -> list[RenjaRowInput]:
    """``rows`` with the row coded ``which`` changed (its code too, with ``kode=``)."""
    return [replace(row, **changes) if row.kode == which else row for row in rows]


# --- the sample offices ---------------------------------------------------------------------


def sample_rows(name: str) -> list[RenjaRowInput]:
    """The Renja 2024 rows of a sample file, as plain core values."""
    return list(renja_rows(name, 2024))
