"""A Renja document model built from core results, as the assembler will build it.

Four tables exercise every writer feature: a three-level budget table (money roll-ups and a
guarded percentage), the T-C.29 (units in cells, column 10 = 5+7+9 only where the core summed),
an RFK table (a formula that refers to the total row) and the 17-column Renja table (landscape,
four header rows). Values come from ``renjana.core`` only; tests compare the files with them.
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
from renjana.core.rfk import BarisRfk, BarisRfkInput, LaporanRfk, compute_rfk
from renjana.core.tree import Tree, TreeRow, build_tree
from renjana.documents.charts_png import ChartBar, bar_chart_png
from renjana.documents.model import (
    LITERAL,
    Align,
    BulletList,
    Cell,
    Column,
    Document,
    DocumentMeta,
    Figure,
    Formula,
    HeaderCell,
    Heading,
    ListOfFigures,
    ListOfTables,
    Paragraph,
    Row,
    Section,
    Signature,
    SignatureBlock,
    Table,
    TableOfContents,
)

H = HeaderCell
PERSEN = Formula("{4}/{3}*100", nonzero=(3,))


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


def _level_style(level: str) -> tuple[bool, int]:
    return {"program": (True, 0), "kegiatan": (True, 1)}.get(level, (False, 2))


def tabel_realisasi_anggaran(laporan: LaporanRealisasiAnggaran) -> Table:
    induk = {r.kode: r.induk for r in ANGGARAN_INPUT}
    rows = []
    for b in laporan.baris:
        bold, indent = _level_style(b.level)
        rows.append(
            Row((Cell.of(b.kode), Cell.of(b.nama), Cell.money(b.anggaran),
                 Cell.money(b.realisasi), Cell.percent(b.persen)),
                key=b.kode, parent=induk[b.kode], level=b.level, bold=bold, indent=indent)
        )  # fmt: skip
    t = laporan.total
    rows.append(
        Row((Cell.of(t.nama, colspan=2, align=Align.CENTER), Cell.money(t.anggaran),
             Cell.money(t.realisasi), Cell.percent(t.persen)), bold=True, total=True)
    )  # fmt: skip
    return Table(
        number="2.1",
        title="Realisasi Anggaran Tahun 2022",
        columns=(Column(18), Column(44), Column(17, rollup=True), Column(17, rollup=True),
                 Column(9, label="5=(4/3)", formula=PERSEN)),
        header=((H("Kode", rowspan=2), H("Program/Kegiatan/Sub Kegiatan", rowspan=2),
                 H("Belanja", colspan=2), H("%", rowspan=2)),
                (H("Anggaran (Rp)"), H("Realisasi (Rp)"))),
        rows=tuple(rows),
        indent_column=2,
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


def _quantity_cell(value: Quantity, formula: Formula | None = None) -> Cell:
    if value.nilai is None:
        return Cell(str(value), formula=formula)
    return Cell.number(value.nilai, value.satuan, formula=formula)


def tabel_tc29(laporan: LaporanTC29) -> Table:
    rows = []
    for h in laporan.hasil:
        b = h.baris
        kolom10 = Formula("{5}+{7}+{9}") if h.dijumlah else LITERAL
        rows.append(Row((
            Cell.of(b.kode), Cell.of(b.nama), Cell.of(b.indikator),
            _quantity_cell(b.target_renstra), _quantity_cell(b.realisasi_sd_n3),
            _quantity_cell(b.target_n2), _quantity_cell(b.realisasi_n2),
            Cell.percent(h.tingkat_realisasi.nilai), _quantity_cell(b.target_n1),
            _quantity_cell(h.realisasi_sd_n1, kolom10), Cell.percent(h.tingkat_capaian.nilai),
        ), key=b.kode, bold=len(b.kode.split(".")) == 3))  # fmt: skip
    return Table(
        number="2.2",
        title="Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra s/d 2023",
        columns=(Column(14), Column(26), Column(26), Column(10), Column(10), Column(10),
                 Column(10), Column(9, label="8=(7/6)",
                                   formula=Formula("{7}/{6}*100", (7,), (6,))),
                 Column(10), Column(10, label="10=(5+7+9)"),
                 Column(9, label="11=(10/4)", formula=Formula("{10}/{4}*100", (10,), (4,)))),
        header=((H("Kode"), H("Urusan/Bidang Urusan dan Program/Kegiatan"),
                 H("Indikator Kinerja Program (outcome)/Kegiatan (output)"),
                 H("Target Kinerja Renstra Tahun 2026"), H("Realisasi s/d Tahun 2021"),
                 H("Target Renja Tahun 2022"), H("Realisasi Renja Tahun 2022"),
                 H("Tingkat Realisasi (%)"), H("Target Renja Tahun 2023"),
                 H("Realisasi Capaian s/d Tahun 2023"), H("Tingkat Capaian Renstra (%)")),),
        rows=tuple(rows),
    )  # fmt: skip


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

    def row(b: BarisRfk, *, total: bool = False) -> Row:
        fisik = Cell.percent(b.fisik_persen) if b.is_leaf else Cell.of("")
        return Row(
            (Cell.of(b.kode), Cell.of(b.nama), Cell.of(b.indikator), Cell.money(b.pagu),
             Cell.percent(b.bobot), fisik, Cell.percent(b.fisik_ttb), Cell.money(b.realisasi),
             Cell.percent(b.keuangan_persen), Cell.percent(b.keuangan_ttb), Cell.money(b.sisa)),
            key="" if total else b.kode, parent=induk.get(b.kode), bold=not b.is_leaf, total=total,
            indent=0 if total or not b.is_leaf else 1,
        )  # fmt: skip

    rows = [row(b) for b in laporan.baris] + [row(laporan.jumlah, total=True)]
    return Table(
        number="2.3",
        title="Laporan Realisasi Fisik dan Keuangan per 31 Desember 2022",
        columns=(Column(13), Column(24), Column(18), Column(15, rollup=True),
                 Column(8, rollup=True, formula=Formula("{4}/{total:4}*100", nonzero=(4,))),
                 Column(8),
                 Column(8, rollup=True, formula=Formula("{5}*{6}/100", numbers=(5, 6))),
                 Column(15, rollup=True),
                 Column(8, formula=Formula("{8}/{4}*100", nonzero=(4,))),
                 Column(8, rollup=True, formula=Formula("{5}*{9}/100", numbers=(5, 9))),
                 Column(15, rollup=True, formula=Formula("{4}-{8}"))),
        header=((H("Kode", rowspan=2), H("Program/Kegiatan", rowspan=2),
                 H("Indikator", rowspan=2), H("Pagu Anggaran (Rp)", rowspan=2),
                 H("Bobot", rowspan=2), H("Fisik", colspan=2), H("Keuangan", colspan=3),
                 H("Sisa Pagu (Rp)", rowspan=2)),
                (H("%"), H("TTB"), H("Rp"), H("%"), H("TTB"))),
        rows=tuple(rows),
        indent_column=2,
    )  # fmt: skip


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


def tabel_renja(tree: Tree, number: str = "4.1") -> Table:
    rows = []
    ordinal = 0
    for node in tree.walk():
        r = node.row
        if r.level == "program":
            ordinal += 1
        is_sub = r.level == "sub"
        rows.append(Row((
            Cell.of(str(ordinal) if r.level == "program" else ""), Cell.of(r.key),
            Cell.of(r.nama), Cell.of("Jumlah penerima layanan" if is_sub else "Persentase PMKS"),
            Cell.of("100%"), Cell.of("95%"), Cell.of("97%"),
            Cell.number(D(120), "Orang") if is_sub else Cell.of("98%"),
            Cell.money(node.totals["pagu"]), Cell.of("Semua Kab." if is_sub else ""),
            Cell.of("APBD" if is_sub else ""), Cell.of("PN 3"), Cell.of("PD 2"),
            Cell.of("PMKS" if is_sub else ""), Cell.of("130 Orang" if is_sub else "99%"),
            Cell.money(node.totals["pagu_n1"]), Cell.of("Dinas Sosial"),
        ), key=r.key, parent=r.parent, level=r.level, bold=not is_sub,
            indent=min(node.depth, 3)))  # fmt: skip
    rows.append(Row((Cell.of("J U M L A H", colspan=8, align=Align.CENTER),
                     Cell.money(tree.totals["pagu"]), Cell.of("", colspan=6),
                     Cell.money(tree.totals["pagu_n1"]), Cell.of("")),
                    bold=True, total=True))  # fmt: skip
    return Table(
        number=number,
        title="Program dan Kegiatan Perangkat Daerah Tahun 2024",
        columns=(Column(4), Column(12), Column(26), Column(18), Column(8), Column(8),
                 Column(8), Column(8), Column(14, rollup=True), Column(10), Column(7),
                 Column(7), Column(7), Column(9), Column(8), Column(14, rollup=True),
                 Column(10)),
        header=((H("No", rowspan=3), H("Kode", rowspan=3),
                 H("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", rowspan=3),
                 H("Indikator Program/Kegiatan/Sub Kegiatan", rowspan=3),
                 H("Target Akhir Periode Renstra", rowspan=3),
                 H("Realisasi Capaian Renja 2022", rowspan=3),
                 H("Prakiraan Capaian Renja 2023", rowspan=3),
                 H("Capaian Kinerja dan Kerangka Pendanaan Tahun 2024", colspan=6),
                 H("Kelompok Sasaran", rowspan=3), H("Prakiraan Maju 2025", colspan=2),
                 H("Perangkat Daerah Penanggung Jawab", rowspan=3)),
                (H("Target", rowspan=2), H("Pagu Indikatif (Rp)", rowspan=2),
                 H("Lokasi", rowspan=2), H("Sumber Dana", rowspan=2),
                 H("Prioritas", colspan=2), H("Target", rowspan=2),
                 H("Pagu Indikatif (Rp)", rowspan=2)),
                (H("Nasional"), H("Daerah"))),
        rows=tuple(rows),
        indent_column=3,
    )  # fmt: skip


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
