"""Synthetic Renja documents for the audit tests: a correct one, and the same with one mistake
at a time, as text (tab tables, as converted from PDF), DOCX and XLSX.

Nothing here comes from the seeds: another office (Kabupaten Sukamaju, Provinsi Nusa Contoh),
another year, another table numbering, so a rule that only worked on the seeds would fail.
The arithmetic of the correct document is right by construction: every parent pagu is the
sum of its children, every T-C.29 column follows its formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

Cells = tuple[str, ...]


@dataclass(frozen=True)
class Baris:
    kode: str
    nama: str
    indikator: str
    target: str
    pagu: int
    target_n1: str
    pagu_n1: int
    lokasi: str = ""
    sumber_dana: str = ""


def _rp(value: int) -> str:
    return f"{value:,}".replace(",", ".")


DAU = "Dana Transfer Umum-Dana Alokasi Umum"
PRIORITAS = "Meningkatkan Sumber Daya Manusia yang Berkualitas dan Berdaya Saing"
PRIORITAS_DAERAH = "Peningkatan Kesejahteraan Sosial"


def baris_kabkota(lokasi: str = "Kecamatan Sukamaju Kota") -> list[Baris]:
    """A kab/kota plan: two programs, two kegiatan, four sub kegiatan; sums right."""
    subs = [
        Baris(
            "1.06.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "Jumlah Dokumen Perencanaan Perangkat Daerah",
            "2 Dokumen", 60_000_000, "2 Dokumen", 65_000_000, lokasi, DAU,
        ),
        Baris(
            "1.06.01.2.01.0002",
            "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
            "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD",
            "1 Dokumen", 40_000_000, "1 Dokumen", 45_000_000, lokasi, DAU,
        ),
        Baris(
            "1.06.04.2.01.0001",
            "Penyediaan Permakanan",
            "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar "
            "Gizi Minimal Kewenangan Kabupaten/Kota",
            "120 Orang", 150_000_000, "130 Orang", 160_000_000, lokasi, DAU,
        ),
        Baris(
            "1.06.04.2.01.0002",
            "Penyediaan Sandang",
            "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 "
            "Tahun Kewenangan Kabupaten/Kota",
            "60 Orang", 50_000_000, "60 Orang", 55_000_000, lokasi, DAU,
        ),
    ]  # fmt: skip
    return [
        Baris("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "", "",
              300_000_000, "", 325_000_000),
        Baris("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", 300_000_000, "", 325_000_000),
        Baris("1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
              "Persentase Layanan Penunjang Perangkat Daerah yang Terpenuhi", "100 %",
              100_000_000, "100 %", 110_000_000),
        Baris("1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
              "Jumlah Dokumen Perencanaan, Penganggaran dan Evaluasi yang Tersedia", "3 Dokumen",
              100_000_000, "3 Dokumen", 110_000_000),
        subs[0],
        subs[1],
        Baris("1.06.04", "PROGRAM REHABILITASI SOSIAL",
              "Persentase Penyandang Masalah Kesejahteraan Sosial yang Tertangani", "85 %",
              200_000_000, "87 %", 215_000_000),
        Baris("1.06.04.2.01",
              "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut "
              "Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
              "Jumlah Orang yang Mendapatkan Rehabilitasi Sosial Dasar di Luar Panti",
              "180 Orang", 200_000_000, "190 Orang", 215_000_000),
        subs[2],
        subs[3],
    ]  # fmt: skip


def renja_header(n: int, maju: int | None = None) -> list[Cells]:
    """The 17-column Renja table (domain.md §2.H), one header row per level;
    ``maju`` prints another year over the prakiraan maju columns."""
    maju = n + 1 if maju is None else maju
    return [
        (
            "No", "Kode", "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
            "Indikator Program / Kegiatan / Sub Kegiatan", "Target Akhir Periode Renstra OPD",
            f"Realisasi Capaian Renja OPD Tahun {n - 2}",
            f"Prakiraan Capaian Target Renja OPD Tahun {n - 1}",
            "Capaian Kinerja dan Kerangka Pendanaan", "", "", "", "Prioritas", "",
            "Kelompok Sasaran", f"Prakiraan Maju Rencana Tahun {maju}", "",
            "Perangkat Daerah Penanggung Jawab",
        ),
        (
            "", "", "", "", "", "", "", f"Target {n}", "Pagu Indikatif (Rp)", "Lokasi",
            "Sumber Dana", "Nasional", "Daerah", "", "Target", "Pagu Indikatif (Rp)", "",
        ),
        tuple(str(i) for i in range(1, 18)),
    ]  # fmt: skip


def renja_body(rows: Sequence[Baris]) -> list[Cells]:
    out: list[Cells] = []
    for number, row in enumerate(rows, 1):
        leaf = row.kode.count(".") == 5
        out.append(
            (
                str(number), row.kode, row.nama, row.indikator,
                "-" if not row.target else row.target,
                row.target if leaf else "-", row.target if leaf else "-",
                row.target, _rp(row.pagu), row.lokasi, row.sumber_dana,
                PRIORITAS if leaf else "-", PRIORITAS_DAERAH if leaf else "-",
                "Masyarakat" if leaf else "", row.target_n1, _rp(row.pagu_n1),
                "Dinas Sosial" if leaf else "",
            )
        )  # fmt: skip
    return out


def tc29_header(n: int) -> list[Cells]:
    return [
        (
            "Kode", "Urusan / Bidang Urusan Pemerintah Daerah dan Program / Kegiatan",
            "Indikator Kinerja Program (outcomes) / Kegiatan (output)",
            f"Target Kinerja Capaian Program (Renstra SKPD) Tahun {n + 1}",
            f"Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun {n - 3}",
            "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu", "", "",
            f"Target Program dan Kegiatan Renja Tahun {n - 1}",
            "Perkiraan Realisasi Capaian Target Renstra s/d Tahun Berjalan", "",
        ),
        (
            "", "", "", "", "", f"Target Renja Tahun {n - 2}", f"Realisasi Renja Tahun {n - 2}",
            "Tingkat Realisasi (%)", "",
            f"Realisasi Capaian Program dan Kegiatan s/d Tahun {n - 1}",
            "Tingkat Capaian Realisasi Target Renstra (%)",
        ),
        ("1", "2", "3", "4", "5", "6", "7", "8=(7/6)", "9", "10=(5+7+9)", "11=(10/4)"),
    ]  # fmt: skip


def tc29_body() -> list[Cells]:
    """Columns 8, 10 and 11 computed: 8 = 7/6 × 100, 10 = 5 + 7 + 9, 11 = 10/4 × 100."""
    return [
        ("1.06.04.2.01",
         "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
         "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
         "Jumlah Orang yang Mendapatkan Rehabilitasi Sosial Dasar di Luar Panti", "800 Orang",
         "300 Orang", "160 Orang", "150 Orang", "93,75 %", "170 Orang", "620", "77,50 %"),
        ("1.06.04.2.01.0001", "Penyediaan Permakanan",
         "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi "
         "Minimal Kewenangan Kabupaten/Kota", "500 Orang", "200 Orang", "100 Orang",
         "100 Orang", "100,00 %", "110 Orang", "410", "82,00 %"),
        ("1.06.04.2.01.0002", "Penyediaan Sandang",
         "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun "
         "Kewenangan Kabupaten/Kota", "300 Orang", "100 Orang", "60 Orang", "50 Orang",
         "83,33 %", "60 Orang", "210", "70,00 %"),
    ]  # fmt: skip


def _tab(rows: Sequence[Cells]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def renja_text(
    n: int = 2025,
    *,
    rows: Sequence[Baris] | None = None,
    pemda: str = "Kabupaten Sukamaju",
    landasan: Sequence[str] = (),
    narasi: str = "",
    tc29: Sequence[Cells] | None = None,
) -> str:
    """A whole Renja as text converted from PDF."""
    rows = baris_kabkota() if rows is None else rows
    subs = sum(1 for r in rows if r.kode.count(".") == 5)
    laws = landasan or (
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, "
        "dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah;",
    )
    legal = "\n".join(f"{i}. {text}" for i, text in enumerate(laws, 1))
    rkpd = f"Rencana Kerja Pemerintah Daerah (RKPD) {pemda} Tahun {n}"
    renstra = "Renstra Dinas Sosial Tahun 2021-2026"
    return f"""RENCANA KERJA (RENJA)
DINAS SOSIAL {pemda.upper()}
TAHUN {n}

# BAB I PENDAHULUAN

## 1.1 Latar Belakang

Rencana Kerja (Renja) Dinas Sosial {pemda} Tahun {n} disusun berpedoman pada {rkpd} dan \
{renstra}.

## 1.2 Landasan Hukum

{legal}

# BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU

## 2.1 Evaluasi Pelaksanaan Renja Tahun {n - 2}

Hasil evaluasi pelaksanaan Renja tahun {n - 2} disajikan pada Tabel 2.1 berikut.

Tabel 2.1
Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra s/d Tahun {n - 2}

{_tab([*tc29_header(n), *(tc29_body() if tc29 is None else tc29)])}

# BAB IV RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH

Pada tahun {n} Dinas Sosial merencanakan {subs} sub kegiatan. {narasi}

Tabel 4.1
Rencana Program dan Kegiatan Dinas Sosial {pemda} Tahun {n} dan Prakiraan Maju Tahun {n + 1}

{_tab([*renja_header(n), *renja_body(rows)])}

# BAB V PENUTUP

Renja Dinas Sosial Tahun {n} menjadi pedoman pelaksanaan program dan kegiatan tahun {n}.
"""


def write_docx(
    path: Path, n: int, rows: Sequence[Baris], pemda: str, maju: int | None = None
) -> Path:
    """The Renja table in a Word document, with the cover title and the caption above it."""
    from docx import Document as Word  # python-docx; imported here, used by two tests only

    word = Word()
    word.add_paragraph(f"RENCANA KERJA (RENJA) DINAS SOSIAL {pemda.upper()} TAHUN {n}")
    word.add_heading("BAB IV RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", level=1)
    word.add_paragraph(
        f"Tabel 4.1 Rencana Program dan Kegiatan Dinas Sosial {pemda} Tahun {n} dan "
        f"Prakiraan Maju Tahun {n + 1}"
    )
    grid = [*renja_header(n, maju), *renja_body(rows)]
    table = word.add_table(rows=len(grid), cols=len(grid[0]))
    for r, cells in enumerate(grid):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    word.save(str(path))
    return path


def write_xlsx(
    path: Path, n: int, rows: Sequence[Baris], pemda: str, maju: int | None = None
) -> Path:
    """The Renja table on a worksheet, numbers as numbers, the caption in the first row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Renja"
    sheet.append(
        [f"Tabel 4.1 Rencana Program dan Kegiatan Dinas Sosial {pemda} Tahun {n} dan "
         f"Prakiraan Maju Tahun {n + 1}"]
    )  # fmt: skip
    sheet.append([])
    for cells in renja_header(n, maju):
        sheet.append([c or None for c in cells])
    for cells in renja_body(rows):
        values: list[object] = [c or None for c in cells]
        values[8] = int(cells[8].replace(".", ""))
        values[15] = int(cells[15].replace(".", ""))
        sheet.append(values)
    book.save(str(path))
    return path


def salah_kabkota() -> list[Baris]:
    """The kab/kota plan with four mistakes: a kegiatan pagu that is not the sum of its sub
    kegiatan, a funded sub kegiatan with target 0, an office as lokasi, a provinsi code."""
    rows = baris_kabkota()
    out = []
    for row in rows:
        if row.kode == "1.06.04.2.01":
            row = replace(row, pagu=210_000_000)
        elif row.kode == "1.06.04.2.01.0002":
            row = replace(row, target="0 Orang")
        elif row.kode == "1.06.01.2.01.0002":
            row = replace(row, lokasi="Dinas Sosial")
        elif row.kode == "1.06.01.2.01.0001":
            row = replace(row, kode="1.06.01.1.01.0001")
        out.append(row)
    return out


def baris_kode_lama(pagu_program: int = 150_000_000) -> list[Baris]:
    """A 2018 plan in the pre-Permendagri 90/2019 coding (urusan.bidang.unit.subunit.program
    [.kegiatan], domain.md §3.2); the first program prints ``pagu_program``."""
    lokasi, sumber = "Kabupaten Sukamaju", "DAU"
    return [
        Baris("1.06", "URUSAN WAJIB SOSIAL", "", "", 210_000_000, "", 230_000_000),
        Baris("1.06.01.01.15", "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
              "Persentase PMKS yang memperoleh pelayanan", "80 %", pagu_program, "82 %",
              160_000_000),
        Baris("1.06.01.01.15.01",
              "Pelatihan Keterampilan bagi Penyandang Masalah Kesejahteraan Sosial",
              "Jumlah PMKS yang dilatih", "100 Orang", 100_000_000, "100 Orang", 110_000_000,
              lokasi, sumber),
        Baris("1.06.01.01.15.02", "Pemberdayaan Fakir Miskin",
              "Jumlah keluarga fakir miskin yang diberdayakan", "50 Keluarga", 50_000_000,
              "50 Keluarga", 50_000_000, lokasi, sumber),
        Baris("1.06.01.01.16", "Program Pembinaan Anak Terlantar",
              "Persentase anak terlantar yang terbina", "60 %", 60_000_000, "62 %", 70_000_000),
        Baris("1.06.01.01.16.01", "Pembinaan Anak Terlantar di Luar Panti",
              "Jumlah anak terlantar yang dibina", "40 Orang", 60_000_000, "45 Orang",
              70_000_000, lokasi, sumber),
    ]  # fmt: skip


def baris_provinsi() -> list[Baris]:
    """The same plan for a province: level digit 1, "Provinsi" in names and indicators."""
    out = []
    for row in baris_kabkota(lokasi="Semua Kabupaten/Kota"):
        kode = row.kode.split(".")
        if len(kode) >= 5:
            kode[3] = "1"
        nama = row.nama.replace("KABUPATEN/KOTA", "PROVINSI")
        if row.kode == "1.06.04.2.01":
            nama = "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di dalam Panti"
        indikator = row.indikator.replace("Kewenangan Kabupaten/Kota", "Kewenangan Provinsi")
        if row.kode == "1.06.04.2.01.0001":
            indikator = "Jumlah Orang yang Mendapatkan Permakanan dalam Panti"
        out.append(replace(row, kode=".".join(kode), nama=nama, indikator=indikator))
    return out
