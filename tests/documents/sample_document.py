"""A Renja document model built from core results with the table builders of
``renjana.documents.tabel``, on small hand-made inputs.

Four tables exercise every writer feature: a three-level budget table (money roll-ups and a
guarded percentage), the T-C.29 (units in cells, column 10 = 5+7+9 only where the core summed),
an RFK table (a formula that refers to the total row) and the 17-column Renja table (landscape,
four header rows). Values come from ``renjana.core`` only; tests compare the files with them.
The real assembler (``renjana.apps.laporan``) uses the same builders on the sample offices.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw

from renjana.core.anggaran import (
    BarisAnggaran,
    LaporanRealisasiAnggaran,
    compute_realisasi_anggaran,
)
from renjana.core.evaluasi import BarisTC29, LaporanTC29, evaluate_tc29
from renjana.core.numbers import D
from renjana.core.quantity import Quantity
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.core.rfk import BarisRfkInput, LaporanRfk, compute_rfk
from renjana.core.tree import Tree, TreeRow, build_tree
from renjana.documents.charts_png import ChartBar, bar_chart_png
from renjana.documents.model import (
    BulletList,
    Document,
    DocumentMeta,
    Figure,
    Heading,
    ListOfFigures,
    ListOfTables,
    Paragraph,
    Section,
    Signature,
    SignatureBlock,
    Table,
    TableOfContents,
)
from renjana.documents.tabel import anggaran as tabel_anggaran
from renjana.documents.tabel import renja17 as tabel_renja17
from renjana.documents.tabel import rfk as tabel_rfk_
from renjana.documents.tabel import tc29 as tabel_tc29_
from renjana.documents.tabel.tc29 import BarisTC29Tabel


def logo_png() -> bytes:
    image = Image.new("RGB", (200, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 180, 220), fill=(200, 30, 30), outline=(0, 0, 0), width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


META = DocumentMeta(
    title="Rencana Kerja (Renja)",
    short_title="Renja",
    stage="Rancangan Akhir",
    office="Dinas Sosial",
    pemda="Pemerintah Provinsi Sulawesi Barat",
    year=2024,
    prepared_year=2023,
    logo=logo_png(),
    signature=SignatureBlock(
        jabatan=("KEPALA DINAS SOSIAL", "PROVINSI SULAWESI BARAT,"),
        nama="Drs. H. MUHAMMAD RAHMAT, MM",
        pangkat="Pembina Utama Madya",
        nip="19640408 198603 1 023",
        tempat="Mamuju",
        tanggal=date(2023, 7, 24),
    ),
)

# --- 1. realisasi anggaran: program → kegiatan → sub kegiatan -------------------------------

ANGGARAN_INPUT = (
    BarisAnggaran("1.06.01", None, "program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
    BarisAnggaran("1.06.01.1.01", "1.06.01", "kegiatan", "Perencanaan, Penganggaran dan Evaluasi"),
    BarisAnggaran("1.06.01.1.01.0001", "1.06.01.1.01", "sub", "Penyusunan Dokumen Perencanaan",
                  D("125000000"), D("118750000")),
    BarisAnggaran("1.06.01.1.01.0007", "1.06.01.1.01", "sub", "Evaluasi Kinerja Perangkat Daerah",
                  D("48500000.50"), D("48500000.50")),
    BarisAnggaran("1.06.01.1.02", "1.06.01", "kegiatan", "Administrasi Keuangan Perangkat Daerah"),
    BarisAnggaran("1.06.01.1.02.0001", "1.06.01.1.02", "sub", "Penyediaan Gaji dan Tunjangan ASN",
                  D("6736773965"), D("6501234567")),
    BarisAnggaran("1.06.04", None, "program", "PROGRAM REHABILITASI SOSIAL"),
    BarisAnggaran("1.06.04.1.01", "1.06.04", "kegiatan",
                  "Rehabilitasi Sosial Dasar Anak Terlantar"),
    BarisAnggaran("1.06.04.1.01.0001", "1.06.04.1.01", "sub", "Penyediaan Permakanan",
                  D("350000000"), D("0")),
    BarisAnggaran("1.06.04.1.01.0002", "1.06.04.1.01", "sub", "Penyediaan Sandang", D("0"), None),
)  # fmt: skip


def tabel_realisasi_anggaran(laporan: LaporanRealisasiAnggaran) -> Table:
    induk = {r.kode: r.induk for r in ANGGARAN_INPUT}
    return tabel_anggaran.tabel_realisasi_anggaran(
        laporan, induk, number="2.1", tahun=2022,
        note="Sumber: data realisasi anggaran Dinas Sosial.",
    )  # fmt: skip


# --- 2. T-C.29 ---------------------------------------------------------------------------------


def q(value: str | None, satuan: str = "", teks: str = "") -> Quantity:
    return Quantity(None if value is None else D(value), satuan, teks)


TC29_INPUT = (
    BarisTC29("1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS yang tertangani",
              q("100", "%"), q("60", "%"), q("80", "%"), q("74.25", "%"), q("90", "%"),
              is_cumulative=False),
    BarisTC29("1.06.04.1.01.0001", "Penyediaan Permakanan", "Jumlah anak yang diberi permakanan",
              q("1200", "Orang"), q("310", "Orang"), q("300", "Orang"), q("290", "Orang"),
              q("300", "Orang")),
    BarisTC29("1.06.04.1.01.0002", "Penyediaan Sandang", "Jumlah paket sandang",
              q("500", "Paket"), q("120", "Paket"), q("0", "Paket"), q("0", "Paket"),
              q("150", "Paket")),
    BarisTC29("1.06.01.1.01.0001", "Penyusunan Dokumen Perencanaan", "Jumlah dokumen",
              q("15", "Dokumen"), q("6", "Dokumen"), q("3", "Dokumen"), q("3", "Dokumen"),
              q("3", "Dokumen")),
)  # fmt: skip


def tabel_tc29(laporan: LaporanTC29) -> Table:
    rows = [
        BarisTC29Tabel(h.baris.kode, h.baris.nama,
                       "program" if len(h.baris.kode.split(".")) == 3 else "subkegiatan", (h,))
        for h in laporan.hasil
    ]  # fmt: skip
    return tabel_tc29_.tabel_tc29(rows, number="2.2", tahun=2022, tahun_renstra_akhir=2026)


# --- 3. RFK ------------------------------------------------------------------------------------

RFK_INPUT = (
    BarisRfkInput("1.06.01", None, "program", "PROGRAM PENUNJANG"),
    BarisRfkInput("1.06.01.1.01", "1.06.01", "kegiatan", "Perencanaan dan Evaluasi",
                  indikator="Dokumen perencanaan", pagu=D("173500000"),
                  realisasi=D("167250000"), fisik_persen=D("100")),
    BarisRfkInput("1.06.01.1.02", "1.06.01", "kegiatan", "Administrasi Keuangan",
                  indikator="Gaji terbayar", pagu=D("6736773965"), realisasi=D("6501234567"),
                  fisik_persen=D("96.5")),
    BarisRfkInput("1.06.04", None, "program", "PROGRAM REHABILITASI SOSIAL"),
    BarisRfkInput("1.06.04.1.01", "1.06.04", "kegiatan", "Rehabilitasi Anak Terlantar",
                  indikator="Anak terlayani", pagu=D("350000000"), realisasi=D("300000000"),
                  fisik_persen=D("85.25")),
)  # fmt: skip


def tabel_rfk(laporan: LaporanRfk) -> Table:
    induk = {r.kode: r.induk for r in RFK_INPUT}
    return tabel_rfk_.tabel_rfk(laporan, induk, number="2.3", tahun=2022)


# --- 4. the 17-column Renja table ------------------------------------------------------------


def renja_rows(programs: int, kegiatan: int, sub: int) -> list[TreeRow]:
    rows = [TreeRow("1.06", None, "bidang", "URUSAN PEMERINTAHAN BIDANG SOSIAL")]
    for p in range(1, programs + 1):
        pk = f"1.06.{p:02d}"
        rows.append(TreeRow(pk, "1.06", "program", f"PROGRAM {p} BIDANG SOSIAL"))
        for k in range(1, kegiatan + 1):
            kk = f"{pk}.1.{k:02d}"
            rows.append(TreeRow(kk, pk, "kegiatan", f"Kegiatan {p}.{k} Pelayanan Sosial"))
            for s in range(1, sub + 1):
                seed = p * 10_000 + k * 100 + s
                pagu = D(seed * 1_234_567 % 900_000_000 + 25_000_000)
                rows.append(
                    TreeRow(f"{kk}.{s:04d}", kk, "sub", f"Sub Kegiatan {p}.{k}.{s} Penyediaan "
                            "Layanan Rehabilitasi Sosial bagi Penyandang Disabilitas Terlantar",
                            {"pagu": pagu, "pagu_n1": pagu * D("1.05")})
                )  # fmt: skip
    return rows


def _renja_row(row: TreeRow) -> RenjaRowInput:
    if row.level != "sub":
        return RenjaRowInput(row.key, row.nama, (IndikatorInput(
            "Persentase PMKS tertangani", "%", TargetValue(D(98), satuan="%"),
            TargetValue(D(99), satuan="%")),))  # fmt: skip
    return RenjaRowInput(
        row.key, row.nama,
        (IndikatorInput("Jumlah penerima layanan", "Orang", TargetValue(D(120), satuan="Orang"),
                        TargetValue(D(130), satuan="Orang")),),
        lokasi=("Semua Kab.",), sumber_dana=(SumberDanaInput(None, "APBD", None),),
        prioritas_nasional=("PN 3",), prioritas_daerah=("PD 2",), kelompok_sasaran="PMKS",
    )  # fmt: skip


def tabel_renja(tree: Tree, number: str = "4.1") -> Table:
    rows = {
        node.row.key: _renja_row(node.row) for node in tree.walk() if node.row.level != "bidang"
    }
    return tabel_renja17.tabel_renja17(
        tree, rows, {}, opd="Dinas Sosial", number=number, tahun=2024
    )


def renja_tree(programs: int = 3, kegiatan: int = 2, sub: int = 3) -> Tree:
    return build_tree(renja_rows(programs, kegiatan, sub), ("pagu", "pagu_n1"))


# --- the document ------------------------------------------------------------------------------

LOREM = (
    "Rencana Kerja Perangkat Daerah merupakan dokumen perencanaan yang memuat program dan "
    "kegiatan perangkat daerah yang diperlukan untuk mencapai sasaran pembangunan. "
)


def narrative(n: int) -> tuple[Paragraph, ...]:
    return tuple(Paragraph.of(LOREM * 4) for _ in range(n))


def build_document(
    tables: Sequence[Table] | None = None, *, renja: Table | None = None
) -> tuple[Document, dict[str, Table]]:
    """The sample Renja and its tables by number."""
    anggaran = tabel_realisasi_anggaran(compute_realisasi_anggaran(ANGGARAN_INPUT))
    tc29 = tabel_tc29(evaluate_tc29(TC29_INPUT))
    rfk = tabel_rfk(compute_rfk(RFK_INPUT))
    renja = renja or tabel_renja(renja_tree())
    chart = Figure(
        bar_chart_png("Realisasi Keuangan per Program (%)", [
            ChartBar("Program Penunjang", D("96.58")), ChartBar("Rehabilitasi Sosial", D("85.71")),
            ChartBar("Perlindungan Sosial", None)], maximum=D(100)),
        "2.1", "Realisasi keuangan per program tahun 2022", width_mm=140,
    )  # fmt: skip
    kata = Section(Heading("KATA PENGANTAR"), (*narrative(2), Signature()))
    bab1 = Section(Heading("PENDAHULUAN", "BAB I"), (
        Section(Heading("Latar Belakang", "1.1", 2), narrative(3)),
        Section(Heading("Landasan Hukum", "1.2", 2), (BulletList.of(
            "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
            "Permendagri Nomor 86 Tahun 2017;", numbered=True),)),
        Section(Heading("Maksud dan Tujuan", "1.3", 2), narrative(1)),
    ))  # fmt: skip
    bab2 = Section(Heading("HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", "BAB II"), (
        Section(Heading("Evaluasi Pelaksanaan Renja Tahun Lalu", "2.1", 2),
                (*narrative(1), anggaran, chart, tc29, rfk, *narrative(1))),
    ))  # fmt: skip
    bab4 = Section(Heading("RENCANA KERJA DAN PENDANAAN", "BAB IV"), (*narrative(1), renja))
    bab5 = Section(Heading("PENUTUP", "BAB V"), (*narrative(1), Signature()))
    document = Document(
        META,
        front=(kata, TableOfContents(), ListOfTables(), ListOfFigures()),
        chapters=(bab1, bab2, bab4, bab5),
    )
    by_number = {t.number: t for t in document.tables()}
    return document, by_number
