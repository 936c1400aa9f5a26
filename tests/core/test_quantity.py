"""Quantities with units: every value + unit form of domain.md §5 and every unit of §4.10."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renjana.core.idformat import ANGKA_AMBIGU, ANGKA_TIDAK_SAH, JUMLAH_ORANG_DESIMAL
from renjana.core.problems import Severity
from renjana.core.quantity import (
    JUMLAH_TARGET_TIDAK_SESUAI,
    SATUAN_TIDAK_DIKENAL,
    SATUAN_TIDAK_SESUAI,
    TARGET_GANDA,
    Quantity,
    SatuanTidakSesuaiError,
    are_compatible,
    check_satuan,
    compare,
    counts_persons,
    is_known_satuan,
    normalize_satuan,
    parse_quantity,
    satuan_allowed_for,
    satuan_expected_for,
    split_targets,
)

# (raw cell, nilai as canonical string or None, satuan, teks, problem codes)
QUANTITIES = [
    ("312 Orang/Bulan", "312", "Orang/Bulan", "", ()),
    ("200 Orang / Kali", "200", "Orang/Kali", "", ()),
    ("17 Orang / Kali", "17", "Orang/Kali", "", ()),
    ("2.461 layanan", "2461", "Layanan", "", ()),
    ("64.00 Paket", "64.00", "Paket", "", ()),
    ("30.00 Unit", "30.00", "Unit", "", ()),
    ("64 Orang/ Bulan", "64", "Orang/Bulan", "", ()),
    ("11.204 orang", "11204", "Orang", "", ()),
    ("872 kelompok", "872", "Kelompok", "", ()),
    ("70% KPM", "70", "%", "KPM", ()),
    ("87.26% KPM", "87.26", "%", "KPM", ()),
    ("87,26%", "87.26", "%", "", ()),
    ("100 %", "100", "%", "", ()),
    ("100 Persen", "100", "%", "", ()),
    ("46,43 Persen", "46.43", "%", "", ()),
    ("70 Poin", "70", "Poin", "", ()),
    ("66,50 Poin", "66.50", "Poin", "", ()),
    ("Panjang 60 meter", "60", "Meter", "Panjang", ()),
    ("1 bangunan", "1", "Bangunan", "", ()),
    ("0 Dokume n", "0", "Dokumen", "", ()),
    ("6 KABUPATEN", "6", "Kabupaten", "", ()),
    ("300 org", "300", "Orang", "", ()),
    ("219.399 KPM", "219399", "KPM", "", ()),
    ("9.460 KPM", "9460", "KPM", "", ()),
    ("298 KK", "298", "KK", "", ()),
    ("3073 Keluarga", "3073", "Keluarga", "", ()),
    ("30.091 Lembar", "30091", "Lembar", "", ()),
    ("593 Item", "593", "Item", "", ()),
    ("898 kelompok/ lembaga", "898", "Kelompok/Lembaga", "", ()),
    ("10 Unit Saprass", "10", "Unit", "Saprass", ()),
    ("12 Bulan", "12", "Bulan", "", ()),
    ("1 Berita Acara", "1", "Berita Acara", "", ()),
    ("1 TMP", "1", "TMP", "", ()),
    ("2 Makam", "2", "Makam", "", ()),
    ("0 Izin", "0", "Izin", "", ()),
    ("8 Alat", "8", "Alat", "", ()),
    ("25 Ha", "25", "Ha", "", ()),
    ("Rp. 5.000.000", "5000000", "Rupiah", "", ()),
    ("62,00 / B", "62.00", "Poin", "B", ()),
    ("60.53 / B", "60.53", "Poin", "B", ()),
    ("74,25", "74.25", "", "", ()),
    # what the unit cannot settle stays reported
    ("1.283", "1283", "", "", (ANGKA_AMBIGU,)),
    ("1.500 Meter", "1500", "Meter", "", (ANGKA_AMBIGU,)),
    ("2,5 Orang", "2.5", "Orang", "", (JUMLAH_ORANG_DESIMAL,)),
    ("12,5 Orang/Bulan", "12.5", "Orang/Bulan", "", (JUMLAH_ORANG_DESIMAL,)),
    ("2,5 Paket", "2.5", "Paket", "", ()),
    ("5 Widget", "5", "Widget", "", (SATUAN_TIDAK_DIKENAL,)),
    ("7 Unit-unit", "7", "Unit-unit", "", (SATUAN_TIDAK_DIKENAL,)),
]


@pytest.mark.parametrize(("raw", "nilai", "satuan", "teks", "codes"), QUANTITIES)
def test_parse_quantity(
    raw: str, nilai: str | None, satuan: str, teks: str, codes: tuple[str, ...]
) -> None:
    parsed = parse_quantity(raw)
    assert parsed.quantity == Quantity(None if nilai is None else Decimal(nilai), satuan, teks)
    assert str(parsed.quantity.nilai) == str(nilai)
    assert parsed.quantity.satuan == satuan
    assert tuple(p.code for p in parsed.problems) == codes
    assert parsed.raw == raw


@pytest.mark.parametrize("raw", ["Cepat Berkembang", "Paving Block", "Swasembada", "Meningkat"])
def test_qualitative_values_are_kept_as_text(raw: str) -> None:
    parsed = parse_quantity(raw)
    assert parsed.quantity == Quantity(None, "", raw)
    assert parsed.quantity.is_qualitative is True
    assert parsed.quantity.is_missing is False
    assert parsed.problems == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("70 Poin;", Quantity(Decimal(70), "Poin")),
        ("; 70 Poin", Quantity(Decimal(70), "Poin")),
        ("Cepat Berkembang;", Quantity(None, "", "Cepat Berkembang")),
        ("  Cepat \n Berkembang ", Quantity(None, "", "Cepat Berkembang")),
    ],
)
def test_stray_separators_around_one_target_are_ignored(raw: str, expected: Quantity) -> None:
    parsed = parse_quantity(raw)
    assert parsed.quantity == expected
    assert parsed.problems == ()
    assert parsed.raw == raw


@pytest.mark.parametrize("raw", ["", "-", "N/A", ".....", "  ", "null", ";", " ; | "])
def test_placeholders_are_missing(raw: str) -> None:
    parsed = parse_quantity(raw)
    assert parsed.quantity == Quantity(None, "")
    assert parsed.quantity.is_missing is True
    assert parsed.quantity.is_qualitative is False
    assert parsed.problems == ()


def test_unknown_unit_is_kept_and_reported_as_info() -> None:
    (problem,) = parse_quantity("5 Widget Baru").problems
    assert problem.code == SATUAN_TIDAK_DIKENAL
    assert problem.severity is Severity.INFO
    assert problem.found == "Widget Baru"
    assert "'Widget Baru'" in problem.message


@pytest.mark.parametrize(
    "raw", ["10 Unit Rehab 10 Unit Sarpras", "70 Poin 66,50 Poin", "390;320 Jenis/710 item"]
)
def test_parse_quantity_refuses_several_targets(raw: str) -> None:
    parsed = parse_quantity(raw)
    assert parsed.quantity.is_missing is True
    assert [p.code for p in parsed.problems] == [TARGET_GANDA]
    assert parsed.problems[0].severity is Severity.ERROR
    assert "split_targets" in parsed.problems[0].message


def test_two_numbers_without_unit_between_them_are_an_error() -> None:
    parsed = parse_quantity("70 80 Orang")
    assert parsed.quantity.nilai is None
    assert [p.code for p in parsed.problems] == [ANGKA_TIDAK_SAH]


# (unit as printed in the seeds or the reference CSV, §4.10) → normalised unit
UNITS = [
    ("Orang", "Orang"),
    ("orang", "Orang"),
    ("ORANG", "Orang"),
    ("org", "Orang"),
    ("Org.", "Orang"),
    ("Orang/Bulan", "Orang/Bulan"),
    ("Orang/bulan", "Orang/Bulan"),
    ("Orang/ Bulan", "Orang/Bulan"),
    ("Orang / Kali", "Orang/Kali"),
    ("Jiwa", "Jiwa"),
    ("KK", "KK"),
    ("kk", "KK"),
    ("KPM", "KPM"),
    ("Keluarga", "Keluarga"),
    ("SDM", "SDM"),
    ("Dokumen", "Dokumen"),
    ("Dokume n", "Dokumen"),
    ("Laporan", "Laporan"),
    ("Lembar", "Lembar"),
    ("Layanan", "Layanan"),
    ("layanan", "Layanan"),
    ("Paket", "Paket"),
    ("Unit", "Unit"),
    ("Jenis", "Jenis"),
    ("item", "Item"),
    ("Item", "Item"),
    ("Alat", "Alat"),
    ("Kali", "Kali"),
    ("Bulan", "Bulan"),
    ("Lembaga", "Lembaga"),
    ("kelompok", "Kelompok"),
    ("Kelurahan", "Kelurahan"),
    ("kelurahan", "Kelurahan"),
    ("Kabupaten", "Kabupaten"),
    ("KABUPATEN", "Kabupaten"),
    ("TMP", "TMP"),
    ("Makam", "Makam"),
    ("Izin", "Izin"),
    ("ijin", "Izin"),
    ("bangunan", "Bangunan"),
    ("Bangunan", "Bangunan"),
    ("meter", "Meter"),
    ("kegiatan", "Kegiatan"),
    ("Poin", "Poin"),
    ("Persen", "%"),
    ("persen", "%"),
    ("%", "%"),
    ("Berita Acara", "Berita Acara"),
    ("berita  acara", "Berita Acara"),
    ("Data", "Data"),
    ("Substansi", "Substansi"),
    ("Ha", "Ha"),
    ("kelompok/ lembaga", "Kelompok/Lembaga"),
    ("Kab/Kota", "Kabupaten/Kota"),
    ("", ""),
    ("Widget", "Widget"),
    ("  Widget   Baru. ", "Widget Baru"),
    ("Unit Saprass", "Unit Saprass"),  # the whole text is not a unit: kept as written
    ("Orang/", "Orang/"),
]


@pytest.mark.parametrize(("raw", "expected"), UNITS)
def test_normalize_satuan(raw: str, expected: str) -> None:
    assert normalize_satuan(raw) == expected


@pytest.mark.parametrize(
    ("raw", "known"),
    [("org", True), ("Orang / Kali", True), ("", True), ("Widget", False), ("Orang/Widget", False)],
)
def test_is_known_satuan(raw: str, known: bool) -> None:
    assert is_known_satuan(raw) is known


@pytest.mark.parametrize(
    ("satuan", "persons"),
    [
        ("Orang", True),
        ("org", True),
        ("Jiwa", True),
        ("KK", True),
        ("KPM", True),
        ("Keluarga", True),
        ("SDM", True),
        ("Orang/Bulan", True),
        ("Orang / Kali", True),
        ("Paket", False),
        ("%", False),
        ("Kali/Orang", False),
        ("", False),
    ],
)
def test_counts_persons(satuan: str, persons: bool) -> None:
    assert counts_persons(satuan) is persons


def test_quantity_normalises_its_unit_and_refuses_floats() -> None:
    assert Quantity(Decimal(5), "org") == Quantity(Decimal(5), "Orang")
    assert Quantity(Decimal("64.00"), "Paket") == Quantity(Decimal(64), "Paket")
    with pytest.raises(TypeError, match="Decimal"):
        Quantity(5.0, "Orang")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Decimal"):
        Quantity(5, "Orang")  # type: ignore[arg-type]


def test_quantities_are_not_orderable_by_operators() -> None:
    with pytest.raises(TypeError):
        _ = Quantity(Decimal(1), "Orang") < Quantity(Decimal(2), "Orang")  # type: ignore[operator]


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (Quantity(Decimal("1234.5"), "Orang"), "1.234,5 Orang"),
        (Quantity(Decimal("70"), "%", "KPM"), "70% KPM"),
        (Quantity(Decimal("60"), "meter", "Panjang"), "60 Meter Panjang"),
        (Quantity(Decimal("74.25"), ""), "74,25"),
        (Quantity(None, "", "Cepat Berkembang"), "Cepat Berkembang"),
        (Quantity(None, ""), "-"),
    ],
)
def test_quantity_str(quantity: Quantity, text: str) -> None:
    assert str(quantity) == text


# (cell, indicator count, expected (nilai, satuan, teks) per target)
TARGET_CELLS = [
    (
        "70 Poin 66,50 Poin 85 Poin 80 Poin",
        4,
        [("70", "Poin", ""), ("66.50", "Poin", ""), ("85", "Poin", ""), ("80", "Poin", "")],
    ),
    ("390;320 Jenis/710 item", 3, [("390", "", ""), ("320", "Jenis", ""), ("710", "Item", "")]),
    ("70 Poin; Cepat Berkembang", 2, [("70", "Poin", ""), (None, "", "Cepat Berkembang")]),
    ("100 Persen\n60 Persen", 2, [("100", "%", ""), ("60", "%", "")]),
    ("70, 80", 2, [("70", "", ""), ("80", "", "")]),
    ("10 Unit Rehab 10 Unit Sarpras", 2, [("10", "Unit", "Rehab"), ("10", "Unit", "Sarpras")]),
    ("312 Orang/Bulan", 1, [("312", "Orang/Bulan", "")]),
    ("Cepat Berkembang", 1, [(None, "", "Cepat Berkembang")]),
    ("70 Poin; -", 2, [("70", "Poin", ""), (None, "", "")]),
    ("70 Poin;;80 Poin;", 2, [("70", "Poin", ""), ("80", "Poin", "")]),
]


@pytest.mark.parametrize(("text", "count", "expected"), TARGET_CELLS)
def test_split_targets_aligned(
    text: str, count: int, expected: list[tuple[str | None, str, str]]
) -> None:
    targets = split_targets(text, count)
    assert [
        (
            None if t.quantity.nilai is None else str(t.quantity.nilai),
            t.quantity.satuan,
            t.quantity.teks,
        )
        for t in targets
    ] == expected
    assert all(t.problems == () for t in targets)


@pytest.mark.parametrize(
    ("text", "count", "found"),
    [
        ("390;320 Jenis/710 item", 1, 3),  # 001: one indicator, three figures
        ("70 Poin 66,50 Poin 85 Poin 80 Poin", 3, 4),
        ("70 Poin 66,50 Poin", 4, 2),
        ("Cepat Berkembang", 2, 1),
    ],
)
def test_split_targets_mismatch_is_reported_never_truncated(
    text: str, count: int, found: int
) -> None:
    targets = split_targets(text, count)
    assert len(targets) == found
    for target in targets:
        (problem,) = (p for p in target.problems if p.code == JUMLAH_TARGET_TIDAK_SESUAI)
        assert problem.severity is Severity.ERROR
        assert (problem.found, problem.expected) == (str(found), str(count))
        assert f"berisi {found} target, tetapi ada {count} indikator" in problem.message


@pytest.mark.parametrize("text", ["", "-", "N/A", "....."])
def test_split_targets_of_an_empty_cell_gives_missing_targets(text: str) -> None:
    targets = split_targets(text, 3)
    assert [t.quantity for t in targets] == [Quantity(None, "")] * 3
    assert all(t.problems == () for t in targets)


def test_split_targets_keeps_problems_of_each_target() -> None:
    first, second = split_targets("2,5 Orang; 5 Widget", 2)
    assert [p.code for p in first.problems] == [JUMLAH_ORANG_DESIMAL]
    assert [p.code for p in second.problems] == [SATUAN_TIDAK_DIKENAL]


@pytest.mark.parametrize("count", [0, -1])
def test_split_targets_needs_an_indicator(count: int) -> None:
    with pytest.raises(ValueError, match="indikator_count"):
        split_targets("70 Poin", count)


@pytest.mark.parametrize(
    ("indikator", "expected", "allowed"),
    [
        ("Jumlah Orang yang mendapatkan bantuan", "Orang", {"Orang"}),
        ("Jumlah Peserta Pelatihan", "Orang", {"Orang"}),
        ("Jumlah ASN yang Menerima Gaji dan Tunjangan ASN", "Orang", {"Orang"}),
        ("Persentase PPKS yang memperoleh bantuan sosial", "%", {"%"}),
        ("Presentase Fungsi Penyelenggaraan Kesejahteraan Sosial", "%", {"%"}),
        ("1.Persentase Penyandang Disabilitas", "%", {"%"}),
        ("Tingkat Capaian Kinerja Anggaran Lingkup OPD", "%", {"%", "Poin"}),
        ("Nilai SAKIP", "Poin", {"Poin", "%"}),
        ("Nilai Perencanaan Kinerja Lingkup SKPD", "Poin", {"Poin", "%"}),
        ("Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", {"Dokumen"}),
        ("Jumlah Laporan Keuangan Akhir Tahun", "Laporan", {"Laporan"}),
        ("Jumlah Paket Bahan Logistik Kantor yang Disediakan", "Paket", {"Paket"}),
        ("Jumlah Unit Kendaraan Dinas", "Unit", {"Unit"}),
        ("Jumlah layanan administrasi umum yang terlaksana", "Layanan", {"Layanan"}),
        ("Jumlah Keluarga Penerima Manfaat", "Keluarga", {"Keluarga"}),
        ("Jumlah Berita Acara Serah Terima", "Berita Acara", {"Berita Acara"}),
        ("Jumlah sarana prasarana", None, set()),
        ("Jumlah", None, set()),
        ("Kategori kelurahan", None, set()),
        ("", None, set()),
    ],
)
def test_satuan_expected_for(indikator: str, expected: str | None, allowed: set[str]) -> None:
    assert satuan_expected_for(indikator) == expected
    assert satuan_allowed_for(indikator) == frozenset(allowed)


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("Orang", "org", True),
        ("Orang", "Jiwa", True),
        ("KK", "Keluarga", True),
        ("KPM", "Keluarga", True),
        ("Persen", "%", True),
        ("Orang / Kali", "Orang/Kali", True),
        ("Orang", "Kali", False),
        ("Orang", "Orang/Kali", False),
        ("Orang", "KK", False),
        ("Poin", "%", False),
        ("Widget", "Widget", True),
        ("Widget", "widget", False),
    ],
)
def test_are_compatible_units(a: str, b: str, compatible: bool) -> None:
    assert are_compatible(a, b) is compatible
    assert are_compatible(b, a) is compatible


def test_are_compatible_quantities() -> None:
    persons = Quantity(Decimal(5), "Orang")
    text = Quantity(None, "", "Cepat Berkembang")
    assert are_compatible(persons, Quantity(Decimal(7), "Jiwa")) is True
    assert are_compatible(persons, "org") is True
    assert are_compatible(text, Quantity(None, "", "Swasembada")) is True
    assert are_compatible(text, Quantity(Decimal(3), "")) is False


def test_compare_refuses_different_units() -> None:
    assert compare(Quantity(Decimal(5), "Orang"), Quantity(Decimal("5.0"), "org")) == 0
    assert compare(Quantity(Decimal(4), "Orang"), Quantity(Decimal(5), "Jiwa")) == -1
    assert compare(Quantity(Decimal(6), "%"), Quantity(Decimal(5), "Persen")) == 1
    with pytest.raises(SatuanTidakSesuaiError, match="200 Orang dengan 200 Kali"):
        compare(Quantity(Decimal(200), "Orang"), Quantity(Decimal(200), "Kali"))
    with pytest.raises(SatuanTidakSesuaiError):
        compare(Quantity(None, "", "Cepat Berkembang"), Quantity(Decimal(1), ""))
    assert issubclass(SatuanTidakSesuaiError, ValueError)


def test_check_satuan() -> None:
    target = Quantity(Decimal(200), "Orang")
    assert check_satuan(target, Quantity(Decimal(105), "org")) == ()
    assert check_satuan(target, Quantity(None, "")) == ()
    assert check_satuan(Quantity(None, ""), target) == ()
    (problem,) = check_satuan(target, Quantity(Decimal(200), "Orang / Kali"))
    assert problem.code == SATUAN_TIDAK_SESUAI
    assert problem.severity is Severity.ERROR
    assert (problem.found, problem.expected) == ("Orang/Kali", "Orang")
    assert "200 Orang/Kali dibanding 200 Orang" in problem.message
    (problem,) = check_satuan(Quantity(None, "", "Cepat Berkembang"), target)
    assert "'Orang' tidak sebanding dengan 'Cepat Berkembang'" in problem.message
