"""Code, tingkat, urusan, nomenclature and hierarchy rules (domain.md §7.1, §7.6, §2.O)."""

from dataclasses import replace
from decimal import Decimal

import pytest

from renjana.core.checks import (
    KemiripanNama,
    PlanContext,
    check_kode,
    check_nomenklatur,
    check_pohon,
    compare_nama,
)
from renjana.core.kode import Kode, Tingkat
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur, NomenklaturItem
from renjana.core.renja import RenjaRowInput
from renjana.reference import load_nomenklatur
from tests.core.checks_rows import GOOD_ROWS, KEGIATAN, PERMAKANAN, SANDANG, ind, kabkota, with_row


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_good_rows_pass_code_nomenclature_and_tree_rules() -> None:
    ctx = kabkota(nomenklatur=load_nomenklatur())
    assert check_kode(GOOD_ROWS, ctx) == []
    assert check_nomenklatur(GOOD_ROWS, ctx) == []
    assert check_pohon(GOOD_ROWS, ctx) == []


# --- KODE_TIDAK_SAH, KODE_TIDAK_BAKU ----------------------------------------------------------


def test_truncated_code_is_an_error_and_the_row_is_named() -> None:
    rows = [*GOOD_ROWS, RenjaRowInput("2.13.04.2.01.0", "Pembinaan dan Pengawasan")]
    found = only(check_kode(rows, kabkota()))
    assert (found.code, found.severity) == ("KODE_TIDAK_SAH", Severity.ERROR)
    assert found.location == Location(kode="2.13.04.2.01.0", field="kode")
    assert (found.found, found.expected) == ("2.13.04.2.01.0", "2.13.04.2.01")
    assert found.message.startswith(
        "Baris 'Pembinaan dan Pengawasan' berkode tidak sah. Kode '2.13"
    )
    assert found.message.endswith("misalnya 1.06.04.2.01.0001.")


def test_text_in_a_code_is_an_error() -> None:
    rows = [*GOOD_ROWS, RenjaRowInput("Penunjang", "Baris judul")]
    found = only(check_kode(rows, kabkota()))
    assert found.code == "KODE_TIDAK_SAH"
    assert found.expected == ""


def test_two_digit_sub_kegiatan_is_read_but_should_be_written_in_four() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0002", kode="1.06.04.2.01.02")
    found = only(check_kode(rows, kabkota()))
    assert (found.code, found.severity) == ("KODE_TIDAK_BAKU", Severity.WARNING)
    assert found.location == Location(kode="1.06.04.2.01.02", field="kode")
    assert (found.found, found.expected) == ("1.06.04.2.01.02", "1.06.04.2.01.0002")
    assert check_pohon(rows, kabkota()) == []  # still under its kegiatan


# --- TINGKAT_KODE_SALAH, TINGKAT_NAMA_SALAH, URUSAN_BUKAN_KEWENANGAN -------------------------


def test_provinsi_kegiatan_in_a_kabkota_plan_is_an_error() -> None:
    rows = [
        *GOOD_ROWS,
        RenjaRowInput(
            "1.06.04.1.01",
            "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di dalam Panti",
            (ind("Jumlah Orang", "10", "Orang"),),
        ),
    ]
    found = only(check_kode(rows, kabkota()))
    assert (found.code, found.severity) == ("TINGKAT_KODE_SALAH", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.1.01", field="kode")
    assert (found.found, found.expected) == ("1", "2")
    assert found.message == (
        "Kegiatan 1.06.04.1.01 berdigit tingkat 1 (Provinsi), padahal perangkat daerah ini "
        "tingkat Kabupaten/Kota. Gunakan kode kegiatan tingkat Kabupaten/Kota (digit 2) sesuai "
        "nomenklatur."
    )


def test_name_of_the_other_tingkat_is_a_warning() -> None:
    rows = with_row(
        GOOD_ROWS,
        "1.06.04.2.01",
        nama="Perlindungan Sosial Korban Bencana Alam dan Sosial Provinsi",
    )
    found = only(check_kode(rows, kabkota()))
    assert (found.code, found.severity) == ("TINGKAT_NAMA_SALAH", Severity.WARNING)
    assert found.location == Location(kode="1.06.04.2.01", field="nama")
    assert (found.found, found.expected) == ("Provinsi", "Kabupaten/Kota")
    assert "kodenya tingkat Kabupaten/Kota" in found.message


def test_program_name_is_compared_with_the_office_tingkat() -> None:
    penunjang = RenjaRowInput(
        "1.06.01",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
        (ind("Persentase Layanan Penunjang", "100", "%"),),
    )
    found = only(check_kode([penunjang], kabkota()))
    assert found.code == "TINGKAT_NAMA_SALAH"
    assert found.location.kode == "1.06.01"
    assert "perangkat daerah ini tingkat Kabupaten/Kota" in found.message


def test_lintas_kabupaten_kota_is_a_provinsi_name() -> None:
    lintas = RenjaRowInput(
        "1.06.05.1.02.0002",
        "Pengelolaan Fakir Miskin Lintas Daerah Kabupaten/Kota",
        (ind("Jumlah Keluarga", "10", "Keluarga"),),
    )
    assert check_kode([lintas], PlanContext(2024, Tingkat.PROVINSI, ("1.06",))) == []


def test_bidang_the_office_does_not_carry_out_is_an_error_on_each_row() -> None:
    desa = RenjaRowInput(
        "2.13.04", "PROGRAM ADMINISTRASI PEMERINTAHAN DESA", (ind("Persentase", "100", "%"),)
    )
    problems = check_kode([*GOOD_ROWS, desa], kabkota(urusan=("1.06",)))
    found = only(problems)
    assert (found.code, found.severity) == ("URUSAN_BUKAN_KEWENANGAN", Severity.ERROR)
    assert found.location == Location(kode="2.13.04", field="kode")
    assert (found.found, found.expected) == ("2.13", "1.06")
    assert found.message.startswith(
        "Program 2.13.04 termasuk bidang urusan 2.13, yang bukan urusan"
    )
    assert check_kode([*GOOD_ROWS, desa], kabkota()) == []  # DinsosPM carries out 2.13


def test_office_urusan_must_be_urusan_or_bidang_codes() -> None:
    with pytest.raises(ValueError, match="urusan kantor"):
        PlanContext(2024, Tingkat.KABKOTA, ("1.06.04",))


# --- nomenclature -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "official", "expected"),
    [
        ("PENYEDIAAN  permakanan.", "Penyediaan Permakanan", KemiripanNama.SAMA),
        (
            "Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial",
            "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
            KemiripanNama.SAMA,
        ),
        (
            "Perencanaan, Penggangan, dan Evaluasi Kinerja Perangkat Daerah",
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            KemiripanNama.EJAAN,
        ),
        (
            "Penyediaan Barang Cetak dan Penggandaan",
            "Penyediaan Barang Cetakan dan Penggandaan",
            KemiripanNama.EJAAN,
        ),
        ("NAPZA dlm Panti", "NAPZA di Dalam Panti", KemiripanNama.EJAAN),
        ("Pemeliharaan TMP Kab/Kota", "Pemeliharaan TMP Kabupaten/Kota", KemiripanNama.EJAAN),
        (
            "Rehabilitasi Sosial Dasar Gelandangan dan Pengemis Terlantar di dalam Panti",
            "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di dalam Panti",
            KemiripanNama.BEDA,
        ),
        ("Penyediaan Sandang", "Penyediaan Alat Bantu", KemiripanNama.BEDA),
        (
            "Bimbingan Sosial kepada Keluarga",
            "Bimbingan Sosial kepada Keluarga Pengemis",
            KemiripanNama.BEDA,
        ),
        ("Layanan 1", "Layanan 2", KemiripanNama.BEDA),
    ],
)
def test_name_comparison_tolerates_form_but_not_other_words(
    printed: str, official: str, expected: KemiripanNama
) -> None:
    assert compare_nama(printed, official) is expected


def test_code_missing_from_the_nomenclature_is_an_error() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0002", kode="1.06.04.2.01.0099")
    found = only(check_nomenklatur(rows, kabkota(nomenklatur=load_nomenklatur())))
    assert (found.code, found.severity) == ("KODE_TIDAK_ADA_DI_NOMENKLATUR", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.2.01.0099", field="kode")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0099 ('Penyediaan Sandang') tidak ada di nomenklatur "
        "Kepmendagri 050-5889/2021. Periksa kodenya, lalu pilih program/kegiatan/sub kegiatan "
        "dari nomenklatur yang berlaku."
    )


def test_name_of_another_code_is_an_error_that_names_the_other_code() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0002", nama="Penyediaan Alat Bantu")
    found = only(check_nomenklatur(rows, kabkota(nomenklatur=load_nomenklatur())))
    assert (found.code, found.severity) == ("NAMA_BEDA_NOMENKLATUR", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.2.01.0002", field="nama")
    assert (found.found, found.expected) == ("Penyediaan Alat Bantu", "Penyediaan Sandang")
    assert found.message == (
        "Nama sub kegiatan 1.06.04.2.01.0002 ('Penyediaan Alat Bantu') berbeda dengan "
        "nomenklatur: 'Penyediaan Sandang'. Nama yang tertulis adalah nama sub kegiatan "
        "1.06.04.2.01.0003. Ganti namanya sesuai nomenklatur, atau perbaiki kodenya bila yang "
        "dimaksud kegiatan lain."
    )


def test_misspelt_name_is_a_warning() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0001", nama="Penyediaan Permakanaan")
    found = only(check_nomenklatur(rows, kabkota(nomenklatur=load_nomenklatur())))
    assert (found.code, found.severity) == ("NAMA_EJAAN_BEDA", Severity.WARNING)
    assert (found.found, found.expected) == ("Penyediaan Permakanaan", "Penyediaan Permakanan")
    assert found.message == (
        "Nama sub kegiatan 1.06.04.2.01.0001 ditulis 'Penyediaan Permakanaan', sedangkan "
        "nomenklatur menulis 'Penyediaan Permakanan'. Samakan ejaannya dengan nomenklatur."
    )


def test_program_name_depends_on_the_office_tingkat() -> None:
    penunjang = RenjaRowInput(
        "1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ()
    )
    nomenklatur = load_nomenklatur()
    assert check_nomenklatur([penunjang], kabkota(nomenklatur=nomenklatur)) == []
    provinsi = PlanContext(2024, Tingkat.PROVINSI, nomenklatur=nomenklatur)
    assert only(check_nomenklatur([penunjang], provinsi)).code == "NAMA_BEDA_NOMENKLATUR"


def test_bidang_outside_the_nomenclature_is_one_note_not_an_error_per_row() -> None:
    desa = [
        RenjaRowInput("2.13.04", "Program Administrasi Pemerintahan Desa"),
        RenjaRowInput("2.13.04.2.01", "Pembinaan dan Pengawasan"),
    ]
    found = only(check_nomenklatur([*GOOD_ROWS, *desa], kabkota(nomenklatur=load_nomenklatur())))
    assert (found.code, found.severity) == ("NOMENKLATUR_TIDAK_MENCAKUP", Severity.INFO)
    assert found.location == Location(kode="2.13", field="kode")
    assert "bidang urusan 2.13" in found.message


def test_without_a_nomenclature_names_are_not_checked() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0002", nama="Apa saja")
    assert check_nomenklatur(rows, kabkota()) == []


# --- hierarchy and roll-up --------------------------------------------------------------------


def test_kegiatan_without_sub_kegiatan_is_an_error() -> None:
    rows = [*GOOD_ROWS[:2], replace(KEGIATAN, kode="1.06.04.2.02", nama="Rehabilitasi PMKS")]
    rows += list(GOOD_ROWS[2:])
    found = only(check_pohon(rows, kabkota()))
    assert (found.code, found.severity) == ("INDUK_TANPA_ANAK", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.2.02", field="kode")
    assert found.message == (
        "Kegiatan 1.06.04.2.02 tidak memiliki sub kegiatan di bawahnya. Pagu 2024 direncanakan "
        "pada sub kegiatan: tambahkan sub kegiatan di bawahnya atau hapus baris ini."
    )


def test_program_without_kegiatan_holding_money_is_an_error() -> None:
    lonely = RenjaRowInput("1.06.07", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", pagu=Decimal(5))
    found = only(check_pohon([*GOOD_ROWS, lonely], kabkota()))
    assert found.code == "INDUK_TANPA_ANAK"
    assert (
        "Program 1.06.07 tidak memiliki kegiatan di bawahnya. Pagu Rp 5 pada baris ini tidak sah."
        in (found.message)
    )


def test_sub_kegiatan_without_its_kegiatan_row_is_reported_by_the_tree() -> None:
    rows = [GOOD_ROWS[0], PERMAKANAN, SANDANG]
    problems = check_pohon(rows, kabkota())
    assert [(p.code, p.severity, p.location) for p in problems] == [
        (
            "POHON_INDUK_TIDAK_ADA",
            Severity.WARNING,
            Location(kode="1.06.04.2.01.0001", field="kode"),
        ),
        (
            "POHON_INDUK_TIDAK_ADA",
            Severity.WARNING,
            Location(kode="1.06.04.2.01.0002", field="kode"),
        ),
        ("INDUK_TANPA_ANAK", Severity.ERROR, Location(kode="1.06.04", field="kode")),
    ]
    assert problems[0].expected == "1.06.04.2.01"


def test_duplicate_code_is_an_error() -> None:
    rows = [*GOOD_ROWS, replace(SANDANG, nama="Penyediaan Sandang (lagi)")]
    found = only(check_pohon(rows, kabkota()))
    assert (found.code, found.severity) == ("POHON_KODE_GANDA", Severity.ERROR)
    assert found.location == Location(kode="1.06.04.2.01.0002", field="kode")
    assert "1.06.04.2.01.0002" in found.message


def test_stored_parent_pagu_that_is_not_the_sum_is_a_warning() -> None:
    rows = with_row(
        GOOD_ROWS, "1.06.04.2.01", pagu=Decimal("60000000"), pagu_n1=Decimal("70000000")
    )
    problems = check_pohon(rows, kabkota())
    assert [(p.code, p.severity, p.location.field) for p in problems] == [
        ("JUMLAH_INDUK_BEDA", Severity.WARNING, "pagu"),
        ("JUMLAH_INDUK_BEDA", Severity.WARNING, "pagu_n1"),
    ]
    assert (problems[0].found, problems[0].expected) == ("Rp 60.000.000", "Rp 58.000.000")
    assert problems[0].message == (
        "Pagu 2024 kegiatan 1.06.04.2.01 tertulis Rp 60.000.000, padahal jumlah baris di bawahnya "
        "Rp 58.000.000 (selisih Rp 2.000.000). Renjana memakai jumlah baris di bawahnya; periksa "
        "apakah ada sub kegiatan yang hilang atau salah tulis."
    )
    assert (problems[1].found, problems[1].expected) == ("Rp 70.000.000", "Rp 64.000.000")
    assert problems[1].message.startswith("Pagu 2025 kegiatan 1.06.04.2.01 tertulis Rp 70.000.000")


def test_stored_parent_pagu_equal_to_the_sum_is_fine() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01", pagu=Decimal("58000000.00"))
    assert check_pohon(rows, kabkota()) == []


def test_urusan_and_bidang_rows_are_accepted_as_headings() -> None:
    headings = [
        RenjaRowInput("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
        RenjaRowInput("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"),
    ]
    rows = [*headings, *GOOD_ROWS]
    ctx = kabkota(nomenklatur=load_nomenklatur())
    assert check_kode(rows, ctx) == []
    assert check_nomenklatur(rows, ctx) == []
    assert check_pohon(rows, ctx) == []


def test_nomenclature_without_legal_basis_is_named_by_its_version() -> None:
    own = Nomenklatur(
        nama="Nomenklatur uji",
        dasar_hukum=(),
        berlaku_mulai=2024,
        items=(NomenklaturItem(Kode.from_str("1.06"), None, "URUSAN PEMERINTAHAN BIDANG SOSIAL"),),
        versi="uji-2024",
    )
    found = only(check_nomenklatur([GOOD_ROWS[0]], kabkota(nomenklatur=own)))
    assert found.code == "KODE_TIDAK_ADA_DI_NOMENKLATUR"
    assert "tidak ada di nomenklatur uji-2024." in found.message
