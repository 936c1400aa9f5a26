"""Seed 003 (Renja 2024, Dinas Sosial Provinsi Sulawesi Barat): one test per catalogued finding
of seed-errors-examples.md that the audit reports, named ``test_s003_NN_…`` (see
``test_seed_001`` for the conventions).
"""

from __future__ import annotations

import pytest

from renjana.importers.audit import AuditReport
from tests.importers.audit.cocok import CATALOGUE, cari, catalogue_ids, covered_ids, satu

NOT_DETECTED = {
    "S003-10": "Routine sub kegiatan tagged with PN 3 and substantive ones with '-': each tag is "
    "plausible; judging which rows *should* carry a priority needs the RPJMN mapping.",
    "S003-12": "SPM recipients agreed in the Berita Acara (200 anak) against Renja targets "
    "(70 Orang permakanan): needs the Permensos 9/2018 mapping of SPM recipients to sub "
    "kegiatan and their units, which the document does not print.",
}

#: Catalogued findings reported in part.
PARTLY_DETECTED = {
    "S003-09": "'Kelompok Sasaran' empty everywhere is not reported: the converted header is "
    "shifted by one cell there, so the column is read under another name.",
    "S003-13": "'Keluarga Penganti' and 'Spritual' are spelled so in the packaged nomenclature "
    "itself (reference/data/nomenklatur_sosial.csv copies them); 1.06.04.1.03.08 named like "
    "1.01.08 is also the reference's name.",
}

TABEL_41 = "Tabel – 4.1 Program dan Kegiatan Perangkat Daerah Provinsi Sulawesi Barat Tahun 2024"


def test_context_is_read_from_the_document(report003: AuditReport) -> None:
    meta = report003.meta
    assert meta.tahun == 2024
    assert meta.tingkat is not None
    assert meta.tingkat.value == "provinsi"


def test_s003_01_realisation_exceeds_the_ceiling(report003: AuditReport) -> None:
    f = satu(report003, "RFK_SISA_NEGATIF", label="Tabel 2.1")
    assert f.table.startswith("TABEL - 2.1 LAPORAN REALISASI FISIK DAN KEUANGAN")
    assert f.found == "- 649.000"
    assert f.expected.startswith("≥ 0")
    assert "Gelandangan dan Pengemis di dalam Pant" in f.message
    assert "43.685.000" in f.message
    assert "43.036.000" in f.message


def test_s003_02_keuangan_ttb_formula(report003: AuditReport) -> None:
    f = satu(report003, "RFK_TTB_KEUANGAN_BEDA_RUMUS", label="Tabel 2.1")
    assert (f.found, f.expected) == ("100,00", "98,46")
    assert f.severity.value == "warning"
    assert not cari(report003, "RFK_KOLOM_SALAH")  # every other sum is right


def test_s003_03_physical_progress_missing(report003: AuditReport) -> None:
    f = satu(report003, "RFK_FISIK_KOSONG", label="Tabel 2.1")
    assert (f.found, f.expected) == ("kosong", "100,00")
    assert "Pemulangan Warga Negara Migran" in f.message


def test_s003_04_prakiraan_maju_year_in_the_header(report003: AuditReport) -> None:
    f = satu(report003, "TAHUN_SALAH", label="Tabel 4.1")
    assert f.table == TABEL_41
    assert (f.column, f.found, f.expected) == ("Prakiraan Maju Rencana Tahun 2023", "2023", "2025")


def test_s003_05_code_and_name_disagree(report003: AuditReport) -> None:
    f = satu(report003, "NAMA_BEDA_NOMENKLATUR", label="Tabel 4.1", kode="1.06.04.1.03.0013")
    assert "Gelandangan dan Pengemis" in f.found
    assert "Lanjut Usia Terlantar di dalam Panti" in f.expected


def test_s003_06_targets_with_zero_pagu(report003: AuditReport) -> None:
    for kode in ("1.06.01.1.09.0009", "1.06.02.1.02.0003", "1.06.04.1.03.0013"):
        f = satu(report003, "TARGET_TANPA_PAGU", label="Tabel 4.1", kode=kode)
        assert f.found == "Rp 0"
    assert "250.000.000" in satu(report003, "TARGET_TANPA_PAGU", kode="1.06.01.1.09.0009").message


def test_s003_07_zero_target_with_funding(report003: AuditReport) -> None:
    f = satu(report003, "PAGU_TANPA_TARGET", label="Tabel 4.1", kode="1.06.01.1.05.0004")
    assert f.found == "0 Dokumen"
    assert "30.000.000" in f.message


def test_s003_08_funded_sub_kegiatan_without_indicator(report003: AuditReport) -> None:
    for kode, found in (
        ("1.06.01.1.08.0004", "1 Laporan"),
        ("1.06.01.1.09.0001", "1 Unit"),
        ("1.06.01.1.09.0002", "30,00 Unit"),
        ("1.06.01.1.09.0006", "10 Unit"),
    ):
        f = satu(report003, "INDIKATOR_KOSONG", label="Tabel 4.1", kode=kode)
        assert f.found == found
        assert f.table == TABEL_41


def test_s003_09_columns_empty_on_every_row(report003: AuditReport) -> None:
    f = satu(report003, "TARGET_N1_KOSONG", label="Tabel 4.1")
    assert "kolom 15" in f.column
    assert len(f.also) > 50
    f = satu(report003, "KOLOM_KOSONG", label="Tabel 4.1")
    for column in ("Target Akhir Periode Renstra", "Realisasi Capaian", "Prakiraan Capaian"):
        assert column in f.column


def test_s003_11_forum_plans_without_a_renja_row(report003: AuditReport) -> None:
    for kode in ("1.06.03.1.01", "1.06.05.1.01"):
        f = satu(report003, "RENCANA_FORUM_TIDAK_ADA", kode=kode)
        assert f.found == "tidak ada di tabel Renja"
        assert "Tabel 4.1" in f.message


def test_s003_13_nomenclature_defects(report003: AuditReport) -> None:
    f = satu(report003, "NAMA_EJAAN_BEDA", label="Tabel 3.1", kode="1.06.06.1.01.0001")
    assert (f.found, f.expected) == ("Penyediaan Permakanaan", "Penyediaan Permakanan")
    f = satu(report003, "NAMA_EJAAN_BEDA", label="Tabel 4.1", kode="1.06.04.1.05")
    assert f.found.endswith("NAPZA dlm Panti")
    assert f.expected.endswith("di Dalam Panti")


def test_s003_14_population_header_year(report003: AuditReport) -> None:
    f = satu(report003, "TAHUN_NARASI_MERAGUKAN", label="Tabel 2.3")
    assert (f.found, f.expected) == ("2021", "2023")


def test_s003_15_bab_v_year(report003: AuditReport) -> None:
    f = satu(report003, "TAHUN_NARASI_MERAGUKAN", message="penganggaran pembangunan")
    assert (f.found, f.expected) == ("2023", "2024")


def test_s003_16_unfilled_placeholder_in_landasan_hukum(report003: AuditReport) -> None:
    f = satu(report003, "PLACEHOLDER_TIDAK_DIISI", found="Nomor : .....")
    assert "Surat Keputusan Kepala Dinas Sosial" in f.message
    assert f.severity.value == "error"


def test_s003_17_two_locations_in_one_cell(report003: AuditReport) -> None:
    f = satu(report003, "LOKASI_GANDA", label="Tabel 4.1", kode="1.06.07.1.01.0002")
    assert "Kab. Mamuju" in f.found


def test_s003_18_template_years_left_in_tabel_2_4(report003: AuditReport) -> None:
    f = satu(report003, "PLACEHOLDER_TIDAK_DIISI", label="Tabel 2.4")
    assert f.found == "Tahun- n"
    assert "Tahun- n-2" in f.column


def test_every_catalogued_finding_is_tested_or_listed() -> None:
    if not CATALOGUE.is_file():
        pytest.skip("seed-errors-examples.md is absent (the shared folder sits beside the clone)")
    tested = covered_ids(globals(), "003")
    assert not tested & NOT_DETECTED.keys()
    assert tested | NOT_DETECTED.keys() == set(catalogue_ids("003"))
