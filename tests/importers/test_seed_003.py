"""Seed 003 (Renja 2024, Dinas Sosial Provinsi Sulawesi Barat): the RFK with a running page
header inside it, population tables, the Berita Acara tables with HTML lists, the split-code
nomenclature list and the 17-column Renja table with two-line sub kegiatan rows."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.quantity import Quantity
from renjana.core.rfk import MetodeTtbKeuangan, compute_rfk
from renjana.importers import Document, PageBreak
from renjana.importers.tables import (
    TableKind,
    extract_renja,
    extract_rfk,
    extract_rows,
    recognize,
)
from tests.importers.seeds import table, untitled


def test_tables_found_with_kind_and_printed_title(seed003: Document) -> None:
    found = [(t.label, recognize(t).kind) for t in seed003.tables()]
    assert found == [
        ("", TableKind.DAFTAR_ISI),
        ("Tabel 2.1", TableKind.RFK),
        ("Tabel 2.2", TableKind.PPKS),
        ("Tabel 2.3", TableKind.PSKS),
        ("Tabel 2.4", TableKind.TC30),
        ("", TableKind.TARGET_FORUM),
        ("", TableKind.TARGET_KABUPATEN),
        ("Tabel 3.1", TableKind.NOMENKLATUR),
        ("Tabel 4.1", TableKind.RENJA_17),
    ]
    titles = [t.title for t in seed003.tables()]
    assert titles[1] == (
        "TABEL - 2.1 LAPORAN REALISASI FISIK DAN KEUANGAN SUMBER DANA APBD DINAS SOSIAL "
        "PROVINSI SULAWESI BARAT PER 31 DESEMBER TAHUN ANGGARAN 2022"
    )
    assert titles[5] == ""  # the Berita Acara table has no caption…
    forum, _ = untitled(seed003, TableKind.TARGET_FORUM)
    assert forum.lead.startswith("1. Mengacu pada Hasil Desk Pembahasan Bidang Sosial")
    assert forum.section == "2.5 Penelaahan Usulan Program dan Kegiatan Masyarakat"
    assert titles[6] == "3. Target Rencana Kerja Dinas Sosial Provinsi di Kabupaten"
    tabel, _ = table(seed003, "Tabel 4.1")
    assert tabel.title == (
        "Tabel – 4.1 Program dan Kegiatan Perangkat Daerah Provinsi Sulawesi Barat Tahun 2024"
    )
    assert tabel.notes == (
        "Unit Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial",
        "Sub Unit Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial",
    )


def test_running_page_header_is_a_page_break_not_a_heading(seed003: Document) -> None:
    assert "Rencana Kerja 2024" not in [h.text for h in seed003.headings()]
    assert not [b for b in seed003.blocks if isinstance(b, PageBreak)]  # all inside tables
    rfk, _ = table(seed003, "Tabel 2.1")
    assert rfk.page_breaks == 1
    renja, _ = table(seed003, "Tabel 4.1")
    assert renja.page_breaks == 13


def test_rfk_leaves_and_printed_columns(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 2.1")
    rfk = extract_rfk(tabel, seed003.source, found)
    assert len(rfk.rows) == 27
    leaves = rfk.leaves()
    assert len(leaves) == 20
    assert sum(r.pagu or 0 for r in leaves) == Decimal(11_974_854_860)
    assert [r.nama for r in rfk.rows if r.level == "program"] == [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
        "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
        "PROGRAM REHABILITASI SOSIAL",
        "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN",
        "PROGRAM PENANGANAN BENCANA",
        "PROGRAM PEMBERDAYAAN SOSIAL",
        "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN",
    ]
    gepeng = next(r for r in rfk.rows if r.nama.startswith("Rehabilitasi Sosial Dasar Gelandangan"))
    assert (gepeng.pagu, gepeng.realisasi) == (Decimal(43_036_000), Decimal(43_685_000))
    printed = next(p for p in rfk.printed if p.kode == gepeng.kode)
    assert printed.value("sisa") == Decimal(-649_000)  # printed "- 649.000" (S003-01)
    assert printed.value("keuangan_persen") == Decimal("101.51")
    assert gepeng.sasaran_strategis == (
        "Meningkatnya Kesejahteraan dan Fungsi Sosial bagi Penduduk Miskin dan Rentan"
    )
    pemulangan = next(r for r in rfk.rows if r.nama.startswith("Pemulangan Warga Negara"))
    assert pemulangan.fisik_persen is None  # S003-03
    assert rfk.jumlah is not None
    assert rfk.jumlah.value("pagu") == Decimal(11_974_854_860)
    assert rfk.jumlah.value("realisasi") == Decimal(11_790_643_219)
    laporan = compute_rfk(rfk.rows, MetodeTtbKeuangan.PROPORSI_REALISASI).jumlah.rounded()
    assert laporan.keuangan_persen == Decimal("98.46")
    assert laporan.keuangan_ttb == rfk.jumlah.value("keuangan_ttb") == Decimal("100.00")
    assert rfk.problems == ()


def test_population_tables(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 2.2")
    rows = extract_rows(tabel, seed003.source, found).rows
    assert len(rows) == 26
    by_name = {str(r.get("jenis")): r.get("populasi") for r in rows}
    assert by_name["Anak Terlantar (jiwa )"] == Decimal(2031)
    assert by_name["Anak Jalanan (jiwa )"] is None  # "N/A"
    assert by_name["Fakir Miskin ( KK )"] == Decimal(165_990)
    tabel, found = table(seed003, "Tabel 2.3")
    psks = extract_rows(tabel, seed003.source, found)
    assert dict(psks.columns)["populasi"] == "POPULASI 2021"
    assert [r.get("jenis") for r in psks.rows[3:5]] == [
        "Lembaga Kesejahteraan Sosial",
        "- LKS Tuna Sosial",
    ]
    assert psks.rows[4].get("populasi") == Decimal(2)


def test_berita_acara_tables(seed003: Document) -> None:
    tabel, found = untitled(seed003, TableKind.TARGET_FORUM)
    rows = extract_rows(tabel, seed003.source, found).rows
    assert len(rows) == 13
    seventh = rows[6]
    assert seventh.lines == (334, 336)  # its list continues after a page break
    assert seventh.get("target_daerah") == Quantity(Decimal(90), "Orang")
    assert str(seventh.get("catatan")).split("\n") == [
        "• pemenuhan kebutuhan agar mengacu pada standar teknis SPM sosial",
        "• memastikan para penerima layanan SPM Sosial mengacu pada DTKS",
        "• Memastikan para penerima layanan memiliki Adminduk",
        "• Dinas Sosial bekerja sama dengan LKS, Dinas Pendidikan dan Dinas Kesehatan terkait "
        "skema kemudahan pelayanan pendidikan dan kesehatan bagi penerima layanan SPM Sosial "
        "di dalam panti",
    ]
    tabel, found = untitled(seed003, TableKind.TARGET_KABUPATEN)
    rows = extract_rows(tabel, seed003.source, found).rows
    assert len(rows) == 12
    assert rows[0].get("target") == Quantity(Decimal(6), "Kabupaten")
    assert rows[-1].get("target") == Quantity(Decimal(2), "Kabupaten")


def test_nomenclature_list_with_split_codes(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 3.1")
    rows = extract_rows(tabel, seed003.source, found).rows
    assert len(rows) == 98
    names = {str(r.get("kode")): r.get("nama") for r in rows}
    assert names["1.06.04.1.03.0013"] == (
        "Koordinasi, Sinkronisasi dan Pembinaan Pelaksanaan Rehabilitasi Sosial Dasar Lanjut "
        "Usia Terlantar di dalam Panti"
    )
    assert names["1.06.07"] == "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN"


def test_tabel_4_1_sub_kegiatan_and_totals(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 4.1")
    renja = extract_renja(tabel, seed003.source, found)
    subs = renja.sub_kegiatan()
    assert len(subs) == 59
    assert sum(r.pagu or 0 for r in subs) == Decimal("13867555785.00")
    assert sum(r.pagu_n1 or 0 for r in subs) == Decimal("20320000000.00")
    for level in ("opd", "urusan", "bidang", "jumlah"):
        total = renja.total(level)
        assert total is not None
        assert (total.pagu, total.pagu_n1) == (Decimal("13867555785.00"), Decimal("20320000000.00"))
    opd = renja.total("opd")
    assert opd is not None
    assert opd.nama == "Dinas Sosial"
    assert renja.problems == ()


def test_tabel_4_1_two_line_and_shifted_rows(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 4.1")
    renja = extract_renja(tabel, seed003.source, found)
    first = renja.find("1.06.01.1.01.0001")  # code + name, page break, indicator + values
    assert first is not None
    assert first.indikator[0].uraian == "Jumlah Dokumen Perencanaan Perangkat Daerah"
    assert first.indikator[0].target.nilai == Decimal(4)
    assert first.pagu == Decimal("70000000.00")
    assert first.lokasi == ("Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa",)
    assert first.sumber_dana[0].nama == "DANA TRANSFER UMUM-DANA ALOKASI UMUM"
    assert first.unit_kerja == "DINAS SOSIAL"
    index = renja.rows.index(first)
    assert renja.lines[index] == (593, 597)
    siskep = renja.find("1.06.01.1.05.0004")  # a row that dropped an empty cell (S003-07)
    assert siskep is not None
    assert siskep.indikator[0].target.nilai == Decimal(0)
    assert (siskep.pagu, siskep.pagu_n1) == (Decimal("30000000.00"), Decimal("0.00"))
    assert siskep.lokasi == ("Semua Kota/Kab, Semua Kecamatan, Semua Kel/Desa",)
    jasa = renja.find("1.06.01.1.09.0001")  # one line, no indicator (S003-08)
    assert jasa is not None
    assert jasa.nama.startswith("Penyediaan Jasa Pemeliharaan")
    assert jasa.indikator[0].uraian == ""
    assert jasa.indikator[0].target.nilai == Decimal(1)
    assert jasa.pagu == Decimal("45000000.00")
    gaji = renja.find("1.06.01.1.02.0001")
    assert gaji is not None
    assert gaji.indikator[0].satuan == "Orang/Bulan"
    tmp = renja.find("1.06.07.1.01.0002")  # S003-17: two locations in one cell
    assert tmp is not None
    assert "Semua Kota/Kab" in tmp.lokasi[0]
    assert "Kab. Mamuju" in tmp.lokasi[0]
    data = renja.find("1.06.05.1.02.0001")
    assert data is not None
    assert data.prioritas_daerah[0].startswith("1.4.1. Pengurangan Beban Pengeluaran")


def test_tabel_4_1_program_with_four_indicators_in_one_cell(seed003: Document) -> None:
    tabel, found = table(seed003, "Tabel 4.1")
    program = extract_renja(tabel, seed003.source, found).find("1.06.01")
    assert program is not None
    assert [i.uraian for i in program.indikator] == [
        "Nilai Rapor SPBE Lingkup OPD",
        "Nilai SAKIP Lingkup OPD",
        "Tingkat Capaian Kinerja Anggaran Lingkup OPD",
        "Tingkat Tata Kelola Manajemen ASN Lingkup OPD",
    ]
    assert [(i.target.nilai, i.target.satuan) for i in program.indikator] == [
        (Decimal(70), "Poin"),
        (Decimal("66.50"), "Poin"),
        (Decimal(85), "Poin"),
        (Decimal(80), "Poin"),
    ]
    assert program.pagu is None  # a parent: its printed pagu is a total
    assert program.indikator[0].target_n1.nilai is None
