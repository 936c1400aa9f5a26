"""Completeness, money-vs-target and unit rules on purpose-built bad rows (domain.md §7.8, §7.9)."""

from dataclasses import replace
from decimal import Decimal

from renjana.core.checks import check_kelengkapan, check_pagu_target, check_satuan
from renjana.core.kode import Kode
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur, NomenklaturItem
from renjana.core.renja import IndikatorInput, TargetValue
from renjana.reference import load_nomenklatur
from tests.core.checks_rows import GOOD_ROWS, PERMAKANAN, SANDANG, ind, kabkota, with_row

PERMAKANAN_KODE = "1.06.04.2.01.0001"


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_good_rows_are_complete_funded_and_in_the_right_units() -> None:
    ctx = kabkota(nomenklatur=load_nomenklatur())
    assert check_kelengkapan(GOOD_ROWS, ctx) == []
    assert check_pagu_target(GOOD_ROWS, ctx) == []
    assert check_satuan(GOOD_ROWS, ctx) == []


# --- INDIKATOR_KOSONG, TARGET_KOSONG, LOKASI_KOSONG, TARGET_N1_KOSONG -------------------------


def test_row_without_any_indicator_is_an_error_with_the_official_indicator_as_hint() -> None:
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=())
    found = only(check_kelengkapan(rows, kabkota(nomenklatur=load_nomenklatur())))
    assert found.code == "INDIKATOR_KOSONG"
    assert found.severity is Severity.ERROR
    assert found.location == Location(kode=PERMAKANAN_KODE, field="indikator")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0001 tidak memiliki indikator kinerja. Tambahkan indikator "
        "beserta target tahun 2024, misalnya sesuai nomenklatur: 'Jumlah Orang yang Mendapatkan "
        "Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan "
        "Kabupaten/Kota'."
    )


def test_target_printed_without_indicator_text_is_an_error() -> None:
    blank = IndikatorInput("", "Laporan", TargetValue(Decimal(1), satuan="Laporan"))
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=(blank,), pagu_n1=None)
    found = only(check_kelengkapan(rows, kabkota()))
    assert (found.code, found.severity) == ("INDIKATOR_KOSONG", Severity.ERROR)
    assert found.location.field == "indikator"
    assert found.found == "1 Laporan"
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0001 memiliki target 1 Laporan dan pagu Rp 50.000.000 tetapi "
        "uraian indikatornya kosong. Tuliskan indikator yang diukur oleh target ini."
    )


def test_indicator_without_target_is_an_error_at_that_indicator() -> None:
    no_target = ind("Jumlah Orang", None, "Orang", n1="210")
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=(no_target,))
    found = only(check_kelengkapan(rows, kabkota()))
    assert (found.code, found.severity) == ("TARGET_KOSONG", Severity.ERROR)
    assert found.location == Location(
        kode=PERMAKANAN_KODE, indikator="Jumlah Orang", field="target"
    )
    assert "1.06.04.2.01.0001" in found.message
    assert "belum bertarget tahun 2024" in found.message


def test_sub_kegiatan_without_lokasi_is_an_error_blank_text_included() -> None:
    for lokasi in ((), ("  ",)):
        rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, lokasi=lokasi)
        found = only(check_kelengkapan(rows, kabkota()))
        assert (found.code, found.severity) == ("LOKASI_KOSONG", Severity.ERROR)
        assert found.location == Location(kode=PERMAKANAN_KODE, field="lokasi")
        assert found.message.startswith("Sub kegiatan 1.06.04.2.01.0001 belum memiliki lokasi.")


def test_lokasi_is_not_asked_of_parents_nor_of_rows_planning_nothing() -> None:
    placeholder = with_row(
        GOOD_ROWS,
        PERMAKANAN_KODE,
        lokasi=(),
        pagu=None,
        pagu_n1=None,
        indikator=(ind("Jumlah", "0", "Orang"),),
    )
    assert [p.code for p in check_kelengkapan(placeholder, kabkota())] == []
    parents_without_lokasi = [replace(row, lokasi=()) for row in GOOD_ROWS[:2]] + list(
        GOOD_ROWS[2:]
    )
    assert check_kelengkapan(parents_without_lokasi, kabkota()) == []


def test_pagu_n1_without_target_n1_is_a_warning_per_indicator() -> None:
    indikator = ind("Jumlah Orang yang Menerima Pakaian", "10", "Orang")  # no n+1 target
    rows = with_row(GOOD_ROWS, SANDANG.kode, indikator=(indikator,))
    found = only(check_kelengkapan(rows, kabkota()))
    assert (found.code, found.severity) == ("TARGET_N1_KOSONG", Severity.WARNING)
    assert found.location == Location(
        kode="1.06.04.2.01.0002", indikator="Jumlah Orang yang Menerima Pakaian", field="target_n1"
    )
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 memiliki pagu prakiraan maju 2025 Rp 9.000.000 tetapi "
        "indikator 'Jumlah Orang yang Menerima Pakaian' belum bertarget 2025. Isi target "
        "prakiraan maju, atau kosongkan pagunya bila kegiatan tidak berlanjut."
    )
    no_forward_pagu = with_row(GOOD_ROWS, SANDANG.kode, indikator=(indikator,), pagu_n1=None)
    assert check_kelengkapan(no_forward_pagu, kabkota()) == []


# --- PAGU_TANPA_TARGET, TARGET_TANPA_PAGU, TARGET_NOL_TANPA_PAGU ------------------------------


def test_funded_row_with_target_zero_is_an_error() -> None:
    rows = with_row(
        GOOD_ROWS,
        PERMAKANAN_KODE,
        indikator=(ind("Jumlah Dokumen", "0", "Dokumen"),),
        pagu=Decimal("30000000.00"),
    )
    found = only(check_pagu_target(rows, kabkota()))
    assert (found.code, found.severity) == ("PAGU_TANPA_TARGET", Severity.ERROR)
    assert found.location == Location(
        kode=PERMAKANAN_KODE, indikator="Jumlah Dokumen", field="target"
    )
    assert (found.found, found.expected) == ("0 Dokumen", "target lebih dari 0")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0001 memiliki pagu Rp 30.000.000 tetapi target 0 Dokumen. "
        "Isi target yang akan dicapai atau hapus pagunya."
    )


def test_kegiatan_with_target_zero_is_funded_by_its_sub_kegiatan() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01", indikator=(ind("Jumlah Orang", "0", "Orang"),))
    found = only(check_pagu_target(rows, kabkota()))
    assert found.code == "PAGU_TANPA_TARGET"
    assert found.location.kode == "1.06.04.2.01"
    assert found.message == (
        "Kegiatan 1.06.04.2.01 memiliki pagu Rp 58.000.000 (jumlah baris di bawahnya) tetapi "
        "target 0 Orang. Isi target yang akan dicapai atau hapus pagunya."
    )


def test_target_with_zero_pagu_is_an_error_that_points_at_the_forward_year() -> None:
    rows = with_row(GOOD_ROWS, SANDANG.kode, pagu=Decimal("0.00"), pagu_n1=Decimal("250000000"))
    problems = check_pagu_target(rows, kabkota())
    found = only(problems)
    assert (found.code, found.severity) == ("TARGET_TANPA_PAGU", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.2.01.0002", field="pagu")
    assert (found.found, found.expected) == ("Rp 0", "pagu lebih dari Rp 0")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 memiliki target 10 Orang tetapi pagu Rp 0. Isi pagu yang "
        "dibutuhkan atau hapus targetnya. Bila baru dilaksanakan tahun 2025 (pagu prakiraan maju "
        "Rp 250.000.000), kosongkan target tahun 2024."
    )


def test_target_with_blank_pagu_says_the_pagu_is_empty() -> None:
    rows = with_row(GOOD_ROWS, SANDANG.kode, pagu=None, pagu_n1=None)
    found = only(check_pagu_target(rows, kabkota()))
    assert found.code == "TARGET_TANPA_PAGU"
    assert found.found == "kosong"
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 memiliki target 10 Orang tetapi pagu kosong. Isi pagu "
        "yang dibutuhkan atau hapus targetnya."
    )


def test_qualitative_target_counts_as_a_target() -> None:
    cepat = IndikatorInput("Kategori kelurahan", "", TargetValue(teks="Cepat Berkembang"))
    rows = with_row(GOOD_ROWS, SANDANG.kode, indikator=(cepat,), pagu=None, pagu_n1=None)
    found = only(check_pagu_target(rows, kabkota()))
    assert found.code == "TARGET_TANPA_PAGU"
    assert "target Cepat Berkembang" in found.message


def test_target_zero_without_pagu_is_a_placeholder_warning_at_every_level() -> None:
    zero = (ind("Jumlah Laporan", "0", "Laporan"),)
    rows = with_row(GOOD_ROWS, SANDANG.kode, indikator=zero, pagu=None, pagu_n1=None)
    found = only(check_pagu_target(rows, kabkota()))
    assert (found.code, found.severity) == ("TARGET_NOL_TANPA_PAGU", Severity.WARNING)
    assert found.location == Location(kode="1.06.04.2.01.0002", field="target")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 bertarget 0 Laporan dan tanpa pagu, sehingga tidak "
        "merencanakan apa pun. Hapus baris ini dari Renja, atau isi target dan pagunya bila "
        "memang akan dilaksanakan."
    )


# --- units ------------------------------------------------------------------------------------


def test_percentage_indicator_with_a_count_unit_is_a_warning() -> None:
    tmp = ind("Persentase layanan pengelolaan taman makam pahlawan", "1", "TMP")
    rows = with_row(GOOD_ROWS, "1.06.04", indikator=(tmp,))
    found = only(check_satuan(rows, kabkota()))
    assert (found.code, found.severity) == ("SATUAN_TIDAK_SESUAI_INDIKATOR", Severity.WARNING)
    assert found.location == Location(
        kode="1.06.04",
        indikator="Persentase layanan pengelolaan taman makam pahlawan",
        field="satuan",
    )
    assert (found.found, found.expected) == ("TMP", "%")
    assert found.message == (
        "Target 1 TMP untuk indikator 'Persentase layanan pengelolaan taman makam pahlawan' pada "
        "program 1.06.04 bersatuan 'TMP', padahal rumusan indikatornya diukur dalam %. Sesuaikan "
        "satuan target dengan indikator, atau rumuskan ulang indikatornya."
    )


def test_person_indicator_in_documents_is_a_warning() -> None:
    orang = ind("Jumlah Orang Mendapat Peningkatan Kapasitas", "2", "Dokumen")
    found = only(check_satuan(with_row(GOOD_ROWS, "1.06.04.2.01", indikator=(orang,)), kabkota()))
    assert found.code == "SATUAN_TIDAK_SESUAI_INDIKATOR"
    assert (found.found, found.expected) == ("Dokumen", "Orang")


def test_rates_and_spellings_of_a_count_fit_the_indicator() -> None:
    for satuan in ("Orang/Bulan", "Orang / Kali", "Jiwa", "org"):
        gaji = ind("Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "312", satuan)
        rows = with_row(GOOD_ROWS, "1.06.04.2.01", indikator=(gaji,))
        assert check_satuan(rows, kabkota()) == [], satuan


def test_numeric_target_without_unit_is_a_warning() -> None:
    bare = IndikatorInput("Jumlah Orang", "", TargetValue(Decimal(5)))
    found = only(check_satuan(with_row(GOOD_ROWS, "1.06.04.2.01", indikator=(bare,)), kabkota()))
    assert (found.code, found.severity) == ("SATUAN_KOSONG", Severity.WARNING)
    assert found.location.kode == "1.06.04.2.01"
    assert found.message.startswith(
        "Target 5 untuk indikator 'Jumlah Orang' pada kegiatan 1.06.04.2.01"
    )


def test_forward_target_in_another_unit_is_a_warning() -> None:
    mixed = IndikatorInput(
        "Jumlah Orang",
        "Orang",
        TargetValue(Decimal(10), satuan="Orang"),
        TargetValue(Decimal(4), satuan="Dokumen"),
    )
    found = only(check_satuan(with_row(GOOD_ROWS, "1.06.04.2.01", indikator=(mixed,)), kabkota()))
    assert (found.code, found.severity) == ("SATUAN_TARGET_N1_BEDA", Severity.WARNING)
    assert found.location.field == "target_n1"
    assert (found.found, found.expected) == ("Dokumen", "Orang")


def test_unit_other_than_the_nomenclature_is_a_warning() -> None:
    official = PERMAKANAN.indikator[0].uraian
    paket = replace(
        PERMAKANAN.indikator[0],
        satuan="Paket",
        target=TargetValue(Decimal(200), satuan="Paket"),
        target_n1=TargetValue(Decimal(210), satuan="Paket"),
    )
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=(paket,))
    problems = check_satuan(rows, kabkota(nomenklatur=load_nomenklatur()))
    assert [p.code for p in problems] == [
        "SATUAN_TIDAK_SESUAI_INDIKATOR",
        "SATUAN_BEDA_NOMENKLATUR",
    ]
    nomenklatur = problems[1]
    assert nomenklatur.severity is Severity.WARNING
    assert nomenklatur.location == Location(
        kode=PERMAKANAN_KODE, indikator=official, field="satuan"
    )
    assert (nomenklatur.found, nomenklatur.expected) == ("Paket", "Orang")
    assert "sub kegiatan 1.06.04.2.01.0001" in nomenklatur.message


def test_missing_target_without_pagu_is_left_to_the_completeness_rule() -> None:
    rows = with_row(
        GOOD_ROWS,
        SANDANG.kode,
        indikator=(ind("Jumlah Orang", None, "Orang"),),
        pagu=None,
        pagu_n1=None,
    )
    assert check_pagu_target(rows, kabkota()) == []
    assert [p.code for p in check_kelengkapan(rows, kabkota())] == ["TARGET_KOSONG"]


def test_nomenclature_unit_is_compared_only_for_a_numeric_target_of_its_indicator() -> None:
    ctx = kabkota(nomenklatur=load_nomenklatur())
    text = replace(PERMAKANAN.indikator[0], target=TargetValue(teks="Sesuai kebutuhan"))
    assert check_satuan(with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=(text,)), ctx) == []
    two_others = (ind("Jumlah Paket", "2", "Paket", "2"), ind("Jumlah Kali", "3", "Kali", "3"))
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=two_others)
    assert check_satuan(rows, ctx) == []


def test_nomenclature_unit_without_indicator_text_applies_to_the_only_indicator() -> None:
    own = Nomenklatur(
        nama="Nomenklatur uji",
        dasar_hukum=(),
        berlaku_mulai=2024,
        items=(
            NomenklaturItem(Kode.from_str(PERMAKANAN_KODE), None, "Penyediaan", satuan="Orang"),
        ),
    )
    paket = ind("Jumlah Makanan", "5", "Paket", "5")
    rows = with_row(GOOD_ROWS, PERMAKANAN_KODE, indikator=(paket,))
    found = only(check_satuan(rows, kabkota(nomenklatur=own)))
    assert (found.code, found.found, found.expected) == (
        "SATUAN_BEDA_NOMENKLATUR",
        "Paket",
        "Orang",
    )
