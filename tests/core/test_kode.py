"""Nomenclature codes: every printed variant of domain.md §3.1, malformed codes from the seeds
(seed-errors S001-07/08/29), levels, tingkat, parents, order, old coding (§3.2) and
organisation-unit codes (§3.3). Expected values are written by hand from the spec."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.kode import (
    KODE_BERUPA_ANGKA,
    KODE_BIDANG_TIGA_DIGIT,
    KODE_LAMA,
    KODE_SEGMEN_TIDAK_BAKU,
    KODE_TANPA_KONTEKS,
    KODE_TERPOTONG,
    KODE_TIDAK_SAH,
    KODE_TINGKAT_TIDAK_SAH,
    KODE_UNIT_ORGANISASI,
    Kode,
    KodeKind,
    Level,
    Tingkat,
    is_child_of,
    parse_kode,
    parse_kode_unit_organisasi,
    tingkat_from_name,
)
from renjana.core.problems import Severity

K = Kode.from_str


# --- printed variants that must read as one exact code ----------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("1.06.04.2.01.0001", "1.06.04.2.01.0001"),
        ("1.06.04.2.01.01", "1.06.04.2.01.0001"),  # 2-digit sub kegiatan ≡ 4-digit
        ("1.06.04.2.01.12", "1.06.04.2.01.0012"),
        ("1,06", "1.06"),
        ("1,06,04", "1.06.04"),
        ("<b>1.06</b>", "1.06"),
        ("**1.06**", "1.06"),
        ("<b>1.06.01.2.02</b>", "1.06.01.2.02"),
        ("  1.06.04.2.01.0001 ", "1.06.04.2.01.0001"),
        ("1.06.04\u00a0", "1.06.04"),
        ("1", "1"),
        ("2.13.04.2.01.18", "2.13.04.2.01.0018"),
        ("1.06.01.1.01.0007", "1.06.01.1.01.0007"),
    ],
)
def test_printed_text_variants(printed: str, expected: str) -> None:
    parsed = parse_kode(printed)
    assert parsed.ok
    assert parsed.kind is KodeKind.CURRENT
    assert parsed.problems == ()
    assert str(parsed.kode) == expected
    assert parsed.raw == printed


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1", "6.", "01", "2.0 1.", "0 6"], "1.06.01.2.01.0006"),  # 001 Tabel 3
        (["1", "6", "01", "2.01.", "01"], "1.06.01.2.01.0001"),  # 001 Tabel 7
        (["1", "06", "04", "1.01", "0001"], "1.06.04.1.01.0001"),  # 003
        (["<b>1</b>", "<b>06</b>", "<b>04</b>", "<b>1.01</b>", ""], "1.06.04.1.01"),  # 003 bold
        (["1", "6.", "01", "2.0 1."], "1.06.01.2.01"),  # kegiatan row, 001 Tabel 3
        (["1", "6.", "01", "."], "1.06.01"),  # program row
        (["1", "6.", ".."], "1.06"),  # bidang row
        (["1", "."], "1"),  # urusan row
        (["2", "1 3", "..."], "2.13"),  # 001 Tabel 3, PMD bidang
        (["1", "06", "", "02", "", "1.01", "", "01"], "1.06.02.1.01.0001"),  # empty cells omitted
        (["1", None, "06", "04"], "1.06.04"),
        ([1, "06", "04"], "1.06.04"),  # an integer urusan cell from a spreadsheet
    ],
)
def test_split_cells(cells: list[object], expected: str) -> None:
    parsed = parse_kode(cells)
    assert parsed.ok
    assert str(parsed.kode) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["0 1", "2.0 1.", "0 1"], "1.06.01.2.01.0001"),  # 001 Tabel 8
        (["0 4", "2.0 1.", "1 2"], "1.06.04.2.01.0012"),
        (["01", "2.02."], "1.06.01.2.02"),  # S001-29: sub kegiatan segment missing
        (["01"], "1.06.01"),
        ("04", "1.06.04"),
    ],
)
def test_program_segment_cells_use_the_given_context(
    cells: list[object] | str, expected: str
) -> None:
    parsed = parse_kode(cells, konteks=K("1.06"))
    assert parsed.ok
    assert str(parsed.kode) == expected


def test_context_may_be_any_code_below_bidang() -> None:
    assert parse_kode(["0 5"], konteks=K("2.13.04.2.01")).kode == K("2.13.05")


def test_full_code_ignores_context() -> None:
    assert parse_kode("2.13.04", konteks=K("1.06")).kode == K("2.13.04")


@pytest.mark.parametrize("konteks", [None, Kode.of(1)])
def test_program_segment_cells_without_bidang_context_are_reported(konteks: Kode | None) -> None:
    parsed = parse_kode(["0 1", "2.0 1.", "0 1"], konteks=konteks)
    assert parsed.kode is None
    assert parsed.kind is KodeKind.INVALID
    assert [p.code for p in parsed.problems] == [KODE_TANPA_KONTEKS]
    assert parsed.problems[0].severity is Severity.ERROR
    assert "urusan" in parsed.problems[0].message


# --- malformed codes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "suggested"), [("2.013.04", "2.13.04"), ("**2.013.05**", "2.13.05")]
)
def test_three_digit_bidang_is_reported_with_the_fix(printed: str, suggested: str) -> None:
    parsed = parse_kode(printed)
    assert not parsed.ok
    assert str(parsed.kode) == suggested
    assert [p.code for p in parsed.problems] == [KODE_BIDANG_TIGA_DIGIT]
    problem = parsed.problems[0]
    assert problem.severity is Severity.ERROR
    assert problem.expected == suggested
    assert problem.found == printed
    assert problem.location.kode == printed
    assert f"Tulis kode sebagai {suggested}" in problem.message


@pytest.mark.parametrize(
    ("printed", "best_parent"),
    [
        ("2.13.04.2.01.0", "2.13.04.2.01"),  # S001-08
        ("1.06.04.2", "1.06.04"),  # level digit without kegiatan
        (["1", "6.", "01", "2.0"], "1.06.01"),  # garbled 001 Tabel 3 kegiatan cell
        (["1", "6.", "01", "2.0", "0"], "1.06.01"),
        ("1.06.04.2.00.0001", "1.06.04"),
    ],
)
def test_truncated_codes_report_and_give_the_nearest_parent(
    printed: str | list[object], best_parent: str
) -> None:
    parsed = parse_kode(printed)
    assert not parsed.ok
    assert str(parsed.kode) == best_parent
    assert [p.code for p in parsed.problems] == [KODE_TERPOTONG]
    assert parsed.problems[0].expected == best_parent
    assert f"kode induk terdekat yang terbaca adalah {best_parent}" in parsed.problems[0].message


def test_unknown_level_digit() -> None:
    parsed = parse_kode("1.06.04.3.01.0001")
    assert str(parsed.kode) == "1.06.04"
    assert [p.code for p in parsed.problems] == [KODE_TINGKAT_TIDAK_SAH]


@pytest.mark.parametrize(
    ("printed", "repaired"),
    [
        ("1.06.04.2.01.001", "1.06.04.2.01.0001"),  # 3-digit sub kegiatan
        ("1.06.04.02.01.0001", "1.06.04.2.01.0001"),  # zero-padded level digit
        ("1.06.004", "1.06.04"),
    ],
)
def test_non_standard_widths_are_warnings(printed: str, repaired: str) -> None:
    parsed = parse_kode(printed)
    assert str(parsed.kode) == repaired
    assert [(p.code, p.severity) for p in parsed.problems] == [
        (KODE_SEGMEN_TIDAK_BAKU, Severity.WARNING)
    ]
    assert not parsed.ok


@pytest.mark.parametrize(
    "printed",
    ["PROGRAM REHABILITASI SOSIAL", "1.06 Program", "a.b", "123.4", "1.06.04.2.01.0001.01", "—"],
)
def test_text_that_is_not_a_code(printed: str) -> None:
    parsed = parse_kode(printed)
    assert parsed.kode is None
    assert parsed.kind is KodeKind.INVALID
    assert [p.code for p in parsed.problems] == [KODE_TIDAK_SAH]


@pytest.mark.parametrize("printed", ["1" * 5000, ["1", "06", "0" * 7000]])
def test_very_long_digit_runs_are_not_codes(printed: str | list[object]) -> None:
    parsed = parse_kode(printed)
    assert parsed.kode is None
    assert [p.code for p in parsed.problems] == [KODE_TIDAK_SAH]


@pytest.mark.parametrize("cell", [1.06, Decimal("1.10")])
def test_numeric_cells_are_refused(cell: object) -> None:
    parsed = parse_kode([cell])
    assert parsed.kode is None
    assert [p.code for p in parsed.problems] == [KODE_BERUPA_ANGKA]
    assert "Teks" in parsed.problems[0].message


@pytest.mark.parametrize("empty", ["", "   ", [], ["", None, " . "], "<b></b>"])
def test_empty_cells(empty: str | list[object]) -> None:
    parsed = parse_kode(empty)
    assert parsed.kode is None
    assert parsed.kind is KodeKind.EMPTY
    assert parsed.problems == ()
    assert not parsed.ok


# --- old coding (domain.md §3.2) --------------------------------------------------------


def test_old_integer_cells_u_b_p_k() -> None:
    parsed = parse_kode(["1", "6", "15", "3"])
    assert parsed.kode is None
    assert parsed.kind is KodeKind.OLD
    assert [p.code for p in parsed.problems] == [KODE_LAMA]
    assert parsed.problems[0].severity is Severity.WARNING
    lama = parsed.kode_lama
    assert lama is not None
    assert (lama.urusan, lama.bidang, lama.program, lama.kegiatan) == (1, 6, 15, 3)
    assert (lama.unit, lama.subunit) == (None, None)
    assert lama.bentuk == "U B P K"


def test_old_dotted_six_part_code() -> None:
    parsed = parse_kode("1.13.01.01.15.03")
    lama = parsed.kode_lama
    assert parsed.kind is KodeKind.OLD
    assert lama is not None
    assert lama.segmen == (1, 13, 1, 1, 15, 3)
    assert (lama.unit, lama.subunit, lama.program, lama.kegiatan) == (1, 1, 15, 3)
    assert str(lama) == "1.13.01.01.15.03"


def test_old_dotted_program_row_has_no_kegiatan() -> None:
    lama = parse_kode("1.06.01.01.15").kode_lama
    assert lama is not None
    assert (lama.program, lama.kegiatan) == (15, None)


def test_a_current_kegiatan_split_over_five_cells_is_not_old() -> None:
    assert parse_kode(["1", "06", "04", "2", "01"]).kode == K("1.06.04.2.01")


# --- organisation-unit codes (domain.md §3.3) ------------------------------------------


def test_organisation_unit_code() -> None:
    parsed = parse_kode("1.06.0.00.0.00.07.0000")
    assert parsed.kind is KodeKind.UNIT_ORGANISASI
    assert parsed.kode is None
    assert [(p.code, p.severity) for p in parsed.problems] == [
        (KODE_UNIT_ORGANISASI, Severity.INFO)
    ]
    unit = parsed.unit_organisasi
    assert unit is not None
    assert unit.bidang_utama == K("1.06")
    assert (unit.bidang_kedua, unit.bidang_ketiga) == (None, None)
    assert (unit.unit, unit.sub_unit, unit.is_unit) == (7, 0, True)
    assert str(unit) == "1.06.0.00.0.00.07.0000"


def test_merged_office_unit_code() -> None:
    unit = parse_kode_unit_organisasi("1.06.2.13.0.00.05.0001")
    assert unit is not None
    assert unit.bidang_kedua == K("2.13")
    assert (unit.unit, unit.sub_unit, unit.is_unit) == (5, 1, False)
    assert str(unit) == "1.06.2.13.0.00.05.0001"


@pytest.mark.parametrize("text", ["1.06.04", "0.00.0.00.0.00.07.0000", "1.06.2.00.0.00.07.0000"])
def test_not_an_organisation_unit_code(text: str) -> None:
    assert parse_kode_unit_organisasi(text) is None


# --- the Kode value -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "tingkat"),
    [
        ("1", Level.URUSAN, None),
        ("1.06", Level.BIDANG, None),
        ("1.06.04", Level.PROGRAM, None),
        ("1.06.04.2.01", Level.KEGIATAN, Tingkat.KABKOTA),
        ("1.06.04.1.01.0001", Level.SUB_KEGIATAN, Tingkat.PROVINSI),
    ],
)
def test_level_and_tingkat(text: str, level: Level, tingkat: Tingkat | None) -> None:
    kode = K(text)
    assert kode.level is level
    assert kode.tingkat is tingkat


def test_parents_and_ancestors() -> None:
    sub = K("1.06.04.2.01.0001")
    assert sub.parent == K("1.06.04.2.01")
    assert K("1.06.04.2.01").parent == K("1.06.04")
    assert K("1.06.04").parent == K("1.06")
    assert K("1.06").parent == K("1")
    assert K("1").parent is None
    assert sub.urusan == K("1")
    assert sub.bidang == K("1.06")
    assert sub.program == K("1.06.04")
    assert sub.kegiatan == K("1.06.04.2.01")
    assert K("1.06").program is None
    assert K("1").bidang is None


def test_children_and_descendants() -> None:
    assert is_child_of(K("1.06.04.2.01.0001"), K("1.06.04.2.01"))
    assert is_child_of(K("1.06.04.2.01"), K("1.06.04"))
    assert not is_child_of(K("1.06.04.2.01.0001"), K("1.06.04"))
    assert not is_child_of(K("1.06.05.2.01"), K("1.06.04"))
    assert K("1.06.04.2.01.0001").is_descendant_of(K("1.06"))
    assert not K("1.06").is_descendant_of(K("1.06"))
    assert not K("2.13.04").is_descendant_of(K("1.06"))
    assert K("1.06.04").child(1, Tingkat.KABKOTA) == K("1.06.04.2.01")
    assert K("1.06.04.2.01").child(12) == K("1.06.04.2.01.0012")
    with pytest.raises(ValueError, match="tingkat"):
        K("1.06.04").child(1)


def test_canonical_and_short_forms() -> None:
    kode = K("1.06.04.2.01.01")
    assert str(kode) == "1.06.04.2.01.0001"
    assert kode.short == "1.06.04.2.01.01"
    assert repr(kode) == "Kode('1.06.04.2.01.0001')"
    assert K("1.06.04").short == "1.06.04"
    assert K("1.06.04.2.01.0123").short == "1.06.04.2.01.0123"
    assert Kode.of(2, 13, 4, 2, 1, 18) == K("2.13.04.2.01.0018")


def test_sorting_follows_the_nomenclature() -> None:
    ordered = [
        "1",
        "1.06",
        "1.06.01",
        "1.06.01.1.01",
        "1.06.01.1.01.0001",
        "1.06.01.1.01.0002",
        "1.06.01.2.01",
        "1.06.01.2.01.0001",
        "1.06.01.2.02",
        "1.06.04",
        "1.06.04.2.01",
        "1.06.04.2.01.0002",
        "1.06.04.2.01.0010",
        "2",
        "2.13",
        "2.13.04",
    ]
    shuffled = [ordered[i] for i in (7, 2, 15, 0, 12, 4, 9, 1, 14, 5, 11, 3, 13, 6, 10, 8)]
    assert [str(k) for k in sorted(K(t) for t in shuffled)] == [str(K(t)) for t in ordered]


@pytest.mark.parametrize(
    "segmen", [(), (1, 6, 4, 2), (1, 6, 4, 3, 1), (0,), (1, 100), (1, 6, 4, 2, 1, 10000)]
)
def test_invalid_segments_are_programmer_errors(segmen: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match="segmen"):
        Kode(segmen)


@pytest.mark.parametrize("text", ["1.6", "1.06.4", "1.06.04.2.1", "1.06.04.2.01.001", "x"])
def test_from_str_is_strict(text: str) -> None:
    with pytest.raises(ValueError, match="baku"):
        K(text)


# --- tingkat from names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nama", "tingkat"),
    [
        ("Pemberdayaan Potensi Sumber Kesejahteraan Sosial Provinsi", Tingkat.PROVINSI),
        ("Jumlah Orang ... Kewenangan Provinsi", Tingkat.PROVINSI),
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", Tingkat.KABKOTA),
        ("... Kewenangan Kabupaten/Kota", Tingkat.KABKOTA),
        ("... kelompok rentan kewenangan kab/ kota", Tingkat.KABKOTA),
        ("Peningkatan ... Kelembagaan Masyarakat Kewenangan Kab/Kota", Tingkat.KABKOTA),
        ("Pengelolaan Fakir Miskin Lintas Daerah Kabupaten/Kota", Tingkat.PROVINSI),
        (
            "Penerbitan Izin Pengumpulan Sumbangan Lintas Daerah Kabupaten/Kota dalam 1 (Satu) "
            "Daerah Provinsi",
            Tingkat.PROVINSI,
        ),
        (
            "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di "
            "Daerah Provinsi untuk dipulangkan Ke Daerah Kabupaten/Kota Asal",
            Tingkat.PROVINSI,
        ),
        ("Penyediaan Permakanan", None),
        ("Kota Tarakan", None),
        ("", None),
    ],
)
def test_tingkat_from_name(nama: str, tingkat: Tingkat | None) -> None:
    assert tingkat_from_name(nama) is tingkat


# --- properties ---------------------------------------------------------------------------


@st.composite
def kodes(draw: st.DrawFn) -> Kode:
    count = draw(st.sampled_from([1, 2, 3, 5, 6]))
    maxima = (9, 99, 99, 2, 99, 9999)
    return Kode(tuple(draw(st.integers(1, maxima[i])) for i in range(count)))


@given(kodes())
def test_canonical_and_short_text_round_trip(kode: Kode) -> None:
    for text in (str(kode), kode.short, f"<b>{kode}</b>", str(kode).replace(".", ",")):
        parsed = parse_kode(text)
        assert parsed.ok
        assert parsed.kode == kode


@given(kodes())
def test_segment_cells_round_trip(kode: Kode) -> None:
    parts = str(kode).split(".")
    cells = parts if len(parts) < 5 else [*parts[:3], f"{parts[3]}.{parts[4]}.", *parts[5:]]
    assert parse_kode(cells).kode == kode
    assert K(str(kode)) == kode


@given(kodes(), kodes())
def test_order_puts_parents_first(a: Kode, b: Kode) -> None:
    if a.is_descendant_of(b):
        assert b < a


cell_values = st.one_of(
    st.text(),
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(alphabet="0123456789., <>/b*", max_size=30),
)


@given(st.text())
def test_parse_never_raises_on_text(text: str) -> None:
    parsed = parse_kode(text)
    assert parsed.raw == text


@given(st.lists(cell_values, max_size=9), st.one_of(st.none(), kodes()))
def test_parse_never_raises_on_cells(cells: list[object], konteks: Kode | None) -> None:
    parsed = parse_kode(cells, konteks=konteks)
    assert parsed.kode is None or isinstance(parsed.kode, Kode)


# --- remaining edges ----------------------------------------------------------------------


def test_tingkat_digits() -> None:
    assert Tingkat.from_digit(1) is Tingkat.PROVINSI
    assert Tingkat.KABKOTA.digit == 2
    assert Tingkat.KABKOTA.label == "Kabupaten/Kota"
    assert Level.SUB_KEGIATAN.label == "Sub Kegiatan"
    with pytest.raises(ValueError, match="digit tingkat"):
        Tingkat.from_digit(3)


def test_segments_must_be_integers() -> None:
    with pytest.raises(ValueError, match="bilangan bulat"):
        Kode(("1", "06"))  # type: ignore[arg-type]


def test_oversized_segment_keeps_the_valid_prefix() -> None:
    parsed = parse_kode("1.130")
    assert parsed.kode == K("1")
    assert [p.code for p in parsed.problems] == [KODE_TIDAK_SAH]


def test_organisation_unit_shape_with_bad_bidang_is_invalid() -> None:
    parsed = parse_kode("0.00.0.00.0.00.07.0000")
    assert parsed.kind is KodeKind.INVALID
    assert parsed.unit_organisasi is None
    assert [p.code for p in parsed.problems] == [KODE_TIDAK_SAH]


def test_a_single_non_text_value_is_read_as_one_cell() -> None:
    assert parse_kode(2).kode == K("2")  # type: ignore[arg-type]


def test_kode_sort_key_orders_code_strings_in_nomenclature_order() -> None:
    from renjana.core.kode import kode_sort_key

    codes = ["1.06.10", "1.06", "1.06.09.2.01.0002", "2.13", "1", "1.06.09", "1.06.09.2.01"]
    assert sorted(codes, key=kode_sort_key) == [
        "1", "1.06", "1.06.09", "1.06.09.2.01", "1.06.09.2.01.0002", "1.06.10", "2.13",
    ]  # fmt: skip
