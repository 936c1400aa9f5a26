"""Seed 001 (Rancangan Renja 2024, DinsosPM Kota Tarakan): tab tables with split codes,
repeated headers after page breaks, continued cells, mixed number formats.

Expected values are typed from the seed text (and the findings of seed-errors-examples.md);
they are read here, never checked: the rules come in the audit step.
"""

from __future__ import annotations

from decimal import Decimal

from renjana.core.evaluasi import evaluate_tc29_row
from renjana.core.quantity import Quantity
from renjana.importers import Document
from renjana.importers.tables import (
    TableKind,
    extract_renja,
    extract_rows,
    extract_tc29,
    recognize,
)
from tests.importers.seeds import table


def test_tables_found_with_kind_and_printed_title(seed001: Document) -> None:
    found = [(t.label, recognize(t).kind) for t in seed001.tables()]
    assert found == [
        ("", TableKind.DAFTAR_ISI),
        ("Tabel 1", TableKind.TC29),
        ("Tabel 2", TableKind.TC30),
        ("Tabel 3", TableKind.TC31),
        ("Tabel 4", TableKind.TC32),
        ("Tabel 5", TableKind.TUJUAN_SASARAN),
        ("Tabel 6", TableKind.PRIORITAS),
        ("Tabel 7", TableKind.TC33),
        ("Tabel 8", TableKind.RENCANA_PENDANAAN),
    ]
    titles = {t.label: t.title for t in seed001.tables()}
    assert titles["Tabel 1"] == (
        "Tabel 1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Dinas Sosial dan Pemberdayaan "
        "Masyarakat Dan Pencapaian Renstra s/d Tahun 2022 Dinas Sosial dan Pemberdayaan "
        "Masyarakat."
    )
    assert titles["Tabel 2"] == (
        "Tabel 2. Pencapaian Kinerja Pelayanan Dinas Sosial dan Pemberdayaan Masyarakat"
    )
    assert titles["Tabel 5"] == (
        "Tabel 5 Tujuan dan Sasaran Tahun 2023 Dinas Dinas Sosial dan Pemberdayaan Masyarakat"
    )
    assert titles["Tabel 7"] == (
        "Tabel 7 RUMUSAN RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN DINAS SOSIAL DAN "
        "PEMBERDAYAAN MASYARAKAT TAHUN 2024 DAN PRAKIRAAN MAJU TAHUN 2025"
    )


def test_tabel_1_header_is_given_once_although_repeated_after_five_page_breaks(
    seed001: Document,
) -> None:
    tabel, _ = table(seed001, "Tabel 1")
    assert len(tabel.header_rows) == 3
    assert tabel.header_rows[-1].cells[7] == "8= (7/6)"
    assert tabel.page_breaks == 5
    assert not any(r.cell(0) == "Kode" for r in tabel.body_rows)
    assert len(tabel.body_rows) == 52


def test_tabel_1_rows_and_printed_columns(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 1")
    tc29 = extract_tc29(tabel, seed001.source, found)
    assert len(tc29.rows) == 52
    hit = tc29.find("1.06.01.2.09.0002")  # S001-01: 8 Unit of 8 Unit printed as 2 %
    assert hit is not None
    row, printed = hit
    assert row.target_n2 == Quantity(Decimal(8), "Unit")
    assert row.realisasi_n2 == Quantity(Decimal(8), "Unit")
    assert printed.tingkat_realisasi.raw == "2%"
    assert printed.tingkat_realisasi.value == Decimal(2)
    assert evaluate_tc29_row(row).tingkat_realisasi.nilai == Decimal(100)
    hit = tc29.find("1.06.04.2.01")  # S001-02, S001-03
    assert hit is not None
    row, printed = hit
    assert (row.target_n2, row.realisasi_n2) == (
        Quantity(Decimal(305), "Orang"),
        Quantity(Decimal(265), "Orang"),
    )
    assert row.target_renstra == Quantity(Decimal(335), "Orang")
    assert printed.tingkat_realisasi.value == Decimal("85.33")
    assert printed.realisasi_sd_n1.quantity.nilai == Decimal(935)
    assert printed.tingkat_capaian.value == Decimal("9.35")
    program = tc29.find("1.06.01")
    assert program is not None
    assert program[1].tingkat_capaian.value == Decimal("2.86")  # S001-05: a raw quotient


def test_tabel_1_malformed_codes_are_reported_where_they_are(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 1")
    tc29 = extract_tc29(tabel, seed001.source, found)
    codes = {(p.code, p.location.row) for p in tc29.problems}
    assert ("KODE_BIDANG_TIGA_DIGIT", 263) in codes  # 2.013.04 (S001-08)
    assert ("KODE_TERPOTONG", 264) in codes  # 2.13.04.2.01.0
    assert ("TARGET_GANDA", 207) in codes  # 390;320 Jenis/710 item
    assert all(p.location.file == seed001.source for p in tc29.problems)
    assert [r.kode for r in tc29.rows][-9:-6] == ["2.013.04", "2.13.04.2.01.0", "2.13.04.2.01.0018"]


def test_tabel_2_row_8_indicator_continued_after_a_page_break(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 2")
    rows = extract_rows(tabel, seed001.source, found).rows
    assert len(rows) == 9
    assert rows[7].lines == (432, 436)
    assert rows[7].get("indikator") == (
        "Persentase kelompok usaha ekonomi masyarakat, posyantek, pengiat dan pelaku "
        "teknologi tepat guna (TTG)"
    )
    assert rows[8].cells["kolom_10"].raw == "60.53 / B"


def test_tabel_4_usulan_with_a_broken_number_and_a_split_location(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 4")
    result = extract_rows(tabel, seed001.source, found)
    usulan = [r for r in result.rows if r.get("no")]
    assert [r.get("lokasi") for r in usulan] == [
        "RT. 43 Kelurahan Karang Anyar",
        "RT. 11 Kelurahan Juata Permai",
        "RT. 11 Kelurahan an Juata Permai",
    ]
    assert [r.get("pagu") for r in usulan] == [
        Decimal(30_000_000),
        Decimal(50_000_000),
        Decimal(100_000_000),
    ]
    assert [(p.code, p.location.row) for p in result.problems] == [("ANGKA_DIRAPIKAN", 658)]


def test_tabel_6_pagu_in_comma_thousands_dot_decimals(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 6")
    rows = extract_rows(tabel, seed001.source, found).rows
    assert len(rows) == 12
    assert rows[-1].get("sub_kegiatan") == "1.06.06.2.01.0001 - Penyediaan Makanan"
    assert rows[-1].get("pagu") == Decimal("50000000.00")
    assert rows[-1].get("kode_prioritas") == "01"


def test_tabel_7_sub_kegiatan_and_printed_totals(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 7")
    renja = extract_renja(tabel, seed001.source, found)
    subs = renja.sub_kegiatan()
    assert len(subs) == 34
    assert "1.06.04.2.01.0012" not in {r.kode for r in subs}  # S001-10: missing in Tabel 7
    assert sum(r.pagu or 0 for r in subs) == Decimal(6_726_963_965)
    jumlah = renja.total("jumlah")
    assert jumlah is not None
    assert jumlah.pagu == Decimal(6_736_773_965)
    printed = {t.kode: t.pagu for t in renja.totals}
    assert printed["1.06.04.2.01"] == Decimal(177_453_130)
    assert printed["1.06.02.2.03"] is None  # S001-13: blank kegiatan pagu
    children = [r.pagu or 0 for r in subs if r.kode.startswith("1.06.04.2.01.")]
    assert sum(children) == Decimal(167_643_130)
    gaji = renja.find("1.06.01.2.02.0001")
    assert gaji is not None
    assert gaji.pagu == Decimal(3_379_675_000)
    assert gaji.indikator[0].target.nilai == Decimal(312)
    assert gaji.indikator[0].target.satuan == "Orang/Bulan"
    assert gaji.lokasi == ("DinsosPM",)
    assert [s.nama for s in gaji.sumber_dana] == ["APBD"]
    ptg = renja.find("1.06.04.2.01.0005")
    assert ptg is not None
    assert ptg.sumber_dana == ()  # S001-15: no sumber dana
    assert renja.problems == ()


def test_tabel_7_long_cells_continued_after_page_breaks_are_joined(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 7")
    renja = extract_renja(tabel, seed001.source, found)
    program = renja.find("1.06.04")
    assert program is not None
    assert program.indikator[0].uraian == (
        "Persentase penyandang disabilitas, Anak Terlantar, Lanjut Usia terlantar serta "
        "gelandangan pengemis terlantar di luar panti yang terpenuhi kebutuhan dasarnya"
    )
    kegiatan = renja.find("2.13.05.2.01")
    assert kegiatan is not None
    assert kegiatan.nama.endswith("Hukum Adat yang Sama dalam Daerah Kabupaten/Kota")


def test_tabel_3_split_codes_and_two_halves(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 3")
    assert [c.name for c in found.columns.columns][:2] == ["kode", "nama"]
    rows = extract_rows(tabel, seed001.source, found).rows
    kedaruratan = next(r for r in rows if r.get("nama") == "Pemberian Layanan Kedaruratan")
    assert kedaruratan.get("indikator") == (
        "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota"
    )
    assert kedaruratan.get("pagu_kebutuhan") == Decimal(9_987_140)
    assert str(kedaruratan.get("kode")) == "1.06.04.2.01.0010"
    rujukan = next(r for r in rows if r.get("nama") == "Pemberian Layanan Rujukan")
    assert rujukan.get("pagu") is None
    assert rujukan.get("pagu_kebutuhan") == Decimal(9_810_000)


def test_tabel_8_total_and_headings(seed001: Document) -> None:
    tabel, found = table(seed001, "Tabel 8")
    rows = extract_rows(tabel, seed001.source, found).rows
    assert rows[-1].is_total
    assert rows[-1].get("pagu") == Decimal("6736773965.00")
    heads = [h.text for h in seed001.headings()]
    assert "PENDAHULUAN" in heads
    assert any(h.startswith("BAB II") for h in heads)
