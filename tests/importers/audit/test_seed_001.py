"""Seed 001 (Rancangan Renja 2024, DinsosPM Kota Tarakan): one test per catalogued finding of
seed-errors-examples.md that the audit reports, named ``test_s001_NN_…``.

Each test pins the rule code, the table (label and title as printed), the row's kode, the value
found and the value expected. Findings the audit does not report are in ``NOT_DETECTED`` with
the reason; ``test_every_catalogued_finding_is_tested_or_listed`` keeps the two lists complete.
"""

from __future__ import annotations

import pytest

from renjana.importers.audit import AuditReport
from tests.importers.audit.cocok import CATALOGUE, cari, catalogue_ids, covered_ids, satu

#: Catalogued findings the audit does not report, and why (no xfail: these are out of reach of
#: a general rule today, not bugs).
NOT_DETECTED = {
    "S001-18": "A SAKIP value printed in the 2021 column while the narrative gives the 2022 "
    "score (60,53 vs 60,52): needs matching a narrative item to a row of Tabel 2 by meaning.",
    "S001-20": "Tabel 2 row 8 (kelompok usaha ekonomi) against Tabel 1 sub kegiatan "
    "2.13.05.2.01.06 and the narrative: the rows share no code or name, only a topic.",
    "S001-21": "The narrative says a program was not implemented and later that it reached "
    "100 %: a contradiction of meaning between two paragraphs, not of numbers.",
}

#: Catalogued findings reported in part; the bullets not reported and why.
PARTLY_DETECTED = {
    "S001-09": "1.06.04.2.02.01 ('0 Dokumen' in the realisasi s/d 2021 column): units are "
    "checked on the Renstra target (kolom 4), not on every realisation column.",
    "S001-22": "Only the program capaian (88,27 vs 88,28; 96,09 vs 95,80) are compared; "
    "'permakanan tidak terealisasi', 2.495 vs 2.461 layanan and 25 vs 18 Orang need to tie "
    "a sentence to a sub kegiatan by its topic.",
}

TABEL_1 = "Tabel 1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja"
TABEL_7 = "Tabel 7 RUMUSAN RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN"
TABEL_8 = "Tabel 8 RENCANA PROGRAM/KEGIATAN /SUB KEGIATAN DAN PENDANAAN"


def test_context_is_read_from_the_document(report001: AuditReport) -> None:
    meta = report001.meta
    assert (meta.tahun, meta.tahun_dari) == (2024, "judul")
    assert meta.tingkat is not None
    assert meta.tingkat.value == "kabkota"
    assert "1.06" in meta.urusan
    assert not meta.kode_lama


def test_s001_01_tc29_column_8_of_a_row(report001: AuditReport) -> None:
    f = satu(report001, "TC29_KOLOM8_SALAH", label="Tabel 1", kode="1.06.01.2.09.0002")
    assert f.table.startswith(TABEL_1)
    assert (f.found, f.expected) == ("2%", "100,00")
    assert "kolom 8" in f.column
    assert f.severity.value == "error"
    assert "Penyediaan Jasa Pemeliharaan" in f.nama


def test_s001_02_tc29_column_8(report001: AuditReport) -> None:
    f = satu(report001, "TC29_KOLOM8_SALAH", label="Tabel 1", kode="1.06.04.2.01")
    assert (f.found, f.expected) == ("85,33 %", "86,89")


def test_s001_03_tc29_column_11(report001: AuditReport) -> None:
    f = satu(report001, "TC29_KOLOM11_SALAH", label="Tabel 1", kode="1.06.04.2.01")
    assert (f.found, f.expected) == ("9,35%", "279,10")
    assert "kolom 11" in f.column


def test_s001_04_tc29_column_11_of_a_sub_kegiatan(report001: AuditReport) -> None:
    f = satu(report001, "TC29_KOLOM11_SALAH", label="Tabel 1", kode="2.13.04.2.01.0018")
    assert (f.found, f.expected) == ("2,98", "625,00")


def test_s001_05_column_11_is_a_raw_quotient(report001: AuditReport) -> None:
    f = satu(report001, "TC29_KOLOM11_BUKAN_PERSEN", label="Tabel 1", kode="1.06.01")
    assert f.table.startswith(TABEL_1)
    assert (f.found, f.expected) == ("2,86", "286,22")
    rows = {(p.kode, p.found) for p in f.also}
    for row in (
        ("1.06.01.2.02.0001", "13,96 %"),
        ("1.06.01.2.02.0002", "2,2%"),
        ("1.06.01.2.06.0001", "2,94%"),
        ("1.06.05.2.02.0003", "5,97%"),
        ("1.06.04", "2,88%"),
    ):
        assert row in rows, row
    assert len(report001.by_rule("TC29_KOLOM11_BUKAN_PERSEN")) == 1  # one habit, one finding


def test_s001_06_column_10_adds_units_and_percentages(report001: AuditReport) -> None:
    f = satu(report001, "TC29_SATUAN_DIJUMLAH", label="Tabel 1", kode="1.06.01")
    assert (f.found, f.expected) == ("286,22", "100%")
    codes = {p.kode for p in f.also}
    for kode in (
        "1.06.01.2.02.0001",
        "1.06.01.2.02.0002",
        "1.06.01.2.06.0001",
        "1.06.01.2.06.0004",
        "1.06.01.2.06.0009",
        "1.06.04.2.02.0001",
        "1.06.05.2.02.0001",
        "1.06.06.2.01.0001",
        "2.13.04.2.01.0018",
        "1.06.04",
    ):
        assert kode in codes, kode


def test_s001_07_program_code_repeats_a_kegiatan_code(report001: AuditReport) -> None:
    f = satu(report001, "KODE_GANDA_DALAM_TABEL", label="Tabel 1", kode="1.06.01.2.06")
    assert (f.found, f.expected) == ("1.06.01.2.06", "1.06.06")
    assert "PROGRAM PENANGANAN BENCANA" in f.message


def test_s001_08_malformed_codes(report001: AuditReport) -> None:
    for found, expected in (("2.013.04", "2.13.04"), ("2.013.05", "2.13.05")):
        f = satu(report001, "KODE_BIDANG_TIGA_DIGIT", label="Tabel 1", found=found)
        assert f.expected == expected
    f = satu(report001, "KODE_TERPOTONG", label="Tabel 1", found="2.13.04.2.01.0")
    assert f.expected == "2.13.04.2.01"


def test_s001_09_units_that_do_not_fit_the_indicator(report001: AuditReport) -> None:
    for kode, found, expected in (
        ("1.06.02.2.03.0001", "Dokumen", "Orang"),
        ("1.06.07.2.01.0002", "Bulan", "Makam"),
        ("1.06.07.2.01", "TMP", "%"),
        ("1.06.02.2.03", "Kegiatan", "%"),
    ):
        f = satu(report001, "SATUAN_TIDAK_SESUAI_INDIKATOR", label="Tabel 1", kode=kode)
        assert (f.found, f.expected) == (found, expected)
        assert f.severity.value == "warning"


def test_s001_10_kegiatan_pagu_and_the_missing_sub_kegiatan(report001: AuditReport) -> None:
    f = satu(report001, "JUMLAH_INDUK_SALAH", label="Tabel 7", kode="1.06.04.2.01")
    assert f.table.startswith(TABEL_7)
    assert (f.found, f.expected) == ("Rp 177.453.130", "Rp 167.643.130")
    assert "9.810.000" in f.message
    assert "1.06.04.2.01.0012" in f.message
    missing = satu(report001, "BARIS_HILANG_ANTAR_TABEL", label="Tabel 7")
    assert missing.kode == "1.06.04.2.01.0012"
    assert {p.table_label for p in missing.also} == {"Tabel 3", "Tabel 6", "Tabel 8"}


def test_s001_11_duplicate_sub_kegiatan_code_in_tabel_8(report001: AuditReport) -> None:
    f = satu(report001, "KODE_GANDA_DALAM_TABEL", label="Tabel 8", kode="1.06.04.2.01.0001")
    assert f.table.startswith(TABEL_8)
    assert (f.found, f.expected) == ("1.06.04.2.01.0001", "1.06.04.2.01.0002")
    assert "Penyediaan Sandang" in f.message


def test_s001_12_targets_differ_between_tabel_7_and_8(report001: AuditReport) -> None:
    f = satu(report001, "BEDA_ANTAR_TABEL", kode="1.06.02.2.03.0001")
    assert (f.table_label, f.found, f.expected) == ("Tabel 8", "0 Orang", "100 Orang")
    assert ("Tabel 7", "100 Orang") in {(p.table_label, p.found) for p in f.also}
    f = satu(report001, "BEDA_ANTAR_TABEL", kode="2.13.05.2.01.0004")
    assert (f.table_label, f.found, f.expected) == ("Tabel 8", "10 Unit", "25 Unit")
    # one finding for the three tables, not one per pair
    assert len(cari(report001, "BEDA_ANTAR_TABEL", kode="2.13.05.2.01.0004")) == 1


def test_s001_13_zero_target_on_a_funded_kegiatan_with_blank_pagu(report001: AuditReport) -> None:
    f = satu(report001, "PAGU_TANPA_TARGET", label="Tabel 7", kode="1.06.02.2.03")
    assert f.found == "0 Orang"
    assert ("Tabel 8", "1.06.02.2.03") in {(p.table_label, p.kode) for p in f.also}
    blank = satu(report001, "JUMLAH_INDUK_SALAH", label="Tabel 7", kode="1.06.02.2.03")
    assert (blank.found, blank.expected) == ("kosong", "Rp 99.836.740")


def test_s001_14_placeholder_rows_with_target_0_and_no_pagu(report001: AuditReport) -> None:
    for kode, found in (
        ("1.06.01.2.01", "0 Dokumen"),
        ("1.06.01.2.01.0006", "0 Laporan"),
        ("1.06.02.2.02", "0 Izin"),
        ("1.06.02.2.02.0001", "0 Dokumen"),
        ("1.06.01.2.05.0001", "0 Unit"),
    ):
        f = satu(report001, "TARGET_NOL_TANPA_PAGU", kode=kode)
        assert f.found == found
        assert f.severity.value == "warning"
    # the same placeholder in Tabels 3, 7 and 8 is one finding
    assert len(cari(report001, "TARGET_NOL_TANPA_PAGU", kode="1.06.02.2.02")) == 1


def test_s001_15_lokasi_is_an_organisation_and_sumber_dana_empty(report001: AuditReport) -> None:
    f = satu(report001, "LOKASI_BUKAN_TEMPAT", label="Tabel 7")
    assert (f.found, f.expected) == ("DinsosPM", "nama wilayah")
    assert len(f.also) > 20  # every sub kegiatan row, one finding
    f = satu(report001, "SUMBER_DANA_KOSONG", label="Tabel 7")
    assert f.kode == "1.06.01.2.06.0005"  # from this row onward, as catalogued
    assert {"2.13.05.2.01.0004", "1.06.02.2.03.0001"} <= {p.kode for p in f.also}


def test_s001_16_years_and_table_reference_around_tabels_5_to_7(report001: AuditReport) -> None:
    f = satu(report001, "TAHUN_SALAH", label="Tabel 6", found="2022")
    assert (f.column, f.expected) == ("RKPD 2022", "2024")
    f = satu(report001, "TAHUN_SALAH", label="Tabel 5", found="2023")
    assert f.table.startswith("Tabel 5 Tujuan dan Sasaran Tahun 2023")
    assert f.expected == "2024"
    sentence = [f for f in report001.by_rule("TAHUN_SALAH") if "Prakiraan Maju" in f.message]
    assert {(f.found, f.expected) for f in sentence} == {("2023", "2024"), ("2024", "2025")}
    f = satu(report001, "RUJUKAN_TABEL_SALAH", found="Tabel 6")
    assert f.expected == "Tabel 7"
    f = satu(report001, "TAHUN_SALAH", found="204")
    assert f.expected == "2024"


def test_s001_17_national_priority_tagging(report001: AuditReport) -> None:
    f = satu(report001, "PRIORITAS_NASIONAL_TIDAK_SESUAI", label="Tabel 6")
    assert f.found.startswith("PN 1 (12 baris)")
    assert "PN 3" in f.expected


def test_s001_19_sakip_score_and_grade(report001: AuditReport) -> None:
    f = satu(report001, "NILAI_HURUF_TIDAK_SESUAI", label="Tabel 2")
    assert (f.found, f.expected) == ("72,00 / B", "72,00 / BB")
    assert "Tabel 5" in {p.table_label for p in f.also}
    assert not cari(report001, "NILAI_HURUF_TIDAK_SESUAI", found="70,00 / B")


def test_s001_22_program_capaian_in_the_narrative(report001: AuditReport) -> None:
    f = satu(report001, "NARASI_BEDA_TABEL", kode="1.06.04")
    assert (f.found, f.expected) == ("88,27%", "88,28%")
    f = satu(report001, "NARASI_BEDA_TABEL", kode="1.06.01")
    assert (f.found, f.expected) == ("96,09%", "95,80%")


def test_s001_23_stage_named_inconsistently(report001: AuditReport) -> None:
    f = satu(report001, "TAHAP_TIDAK_KONSISTEN")
    assert {"Rancangan Akhir", "Rancangan Awal"} <= set(f.found.split(", "))


def test_s001_24_landasan_hukum_citations(report001: AuditReport) -> None:
    f = satu(report001, "HUKUM_TAHUN_BERTENTANGAN", found="Nomor 5/5889/2021 Tahun 2019")
    assert f.expected == "Tahun 2021"
    f = satu(report001, "HUKUM_TAHUN_BERTENTANGAN", found="Nomor 29 Tahun 2007")
    assert f.expected == "Tahun 1997"
    f = satu(report001, "HUKUM_LEMBARAN_NEGARA_SALAH", found="Lembaran Negara Tahun 2004")
    assert f.expected == "Tahun 2014"
    f = satu(report001, "HUKUM_PERUBAHAN_SALAH", found="UU 8/2005")
    assert "UU 32/2004" in f.message
    f = satu(report001, "HUKUM_JUDUL_BEDA", message="PERMENDAGRI 90/2019")
    assert "dan Keuangan Daerah" in f.expected


def test_s001_25_plan_periods_and_theme_year(report001: AuditReport) -> None:
    f = satu(report001, "PERIODE_TIDAK_SAH", found="2024-2024")
    assert "RPJMN" in f.message
    assert f.severity.value == "error"
    f = satu(report001, "PERIODE_TIDAK_KONSISTEN", found="2020-2024")
    assert f.expected == "2019-2024"
    assert cari(report001, "TAHUN_NARASI_MERAGUKAN", found="2023", message="Kalimantan Utara")


def test_s001_26_section_number_used_twice(report001: AuditReport) -> None:
    f = satu(report001, "NOMOR_BAGIAN_SALAH", found="2.1")
    assert f.expected == "2.5"
    assert "PENELAAHAN USULAN" in f.message


def test_s001_27_broken_number_token(report001: AuditReport) -> None:
    f = satu(report001, "ANGKA_DIRAPIKAN", label="Tabel 4")
    assert (f.found, f.expected) == ("100,000,00 0", "100.000.000")


def test_s001_28_same_code_named_differently(report001: AuditReport) -> None:
    f = satu(report001, "NAMA_BEDA_DALAM_BARIS", label="Tabel 3", kode="2.13.05.2.01.0005")
    assert "pengembnagan" in f.found
    assert f.expected.startswith("Fasilitasi Pengembangan Usaha")
    f = satu(report001, "NAMA_EJAAN_BEDA", kode="1.06.01.2.01")
    assert "Penggangan" in f.found
    assert "Penganggaran" in f.expected
    assert {f.table_label, *(p.table_label for p in f.also)} == {"Tabel 3", "Tabel 7"}


def test_s001_29_tabel_8_empty_columns_cut_codes_and_missing_indicators(
    report001: AuditReport,
) -> None:
    f = satu(report001, "KOLOM_KOSONG", label="Tabel 8")
    assert f.column == "Tujuan; Sasaran"
    # sub kegiatan rows carrying only their kegiatan code
    f = satu(report001, "KODE_GANDA_DALAM_TABEL", label="Tabel 8", expected="1.06.01.2.02.0001")
    assert f.found == "1.06.01.2.02"
    for kode in ("2.13.05.2.01.0003", "2.13.05.2.01.0004", "2.13.05.2.01.0005"):
        assert satu(report001, "INDIKATOR_KOSONG", label="Tabel 8", kode=kode)
    assert satu(report001, "INDIKATOR_KOSONG", label="Tabel 8", kode="2.13.05.2.01.0006")


def test_every_catalogued_finding_is_tested_or_listed() -> None:
    if not CATALOGUE.is_file():
        pytest.skip("seed-errors-examples.md is absent (the shared folder sits beside the clone)")
    tested = covered_ids(globals(), "001")
    assert not tested & NOT_DETECTED.keys()
    assert tested | NOT_DETECTED.keys() == set(catalogue_ids("001"))
