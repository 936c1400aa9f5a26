"""Every number format of domain.md §5, with expected values written by hand from the spec."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renjana.core.idformat import (
    ANGKA_AMBIGU,
    ANGKA_DIRAPIKAN,
    ANGKA_TIDAK_SAH,
    BUKAN_ANGKA,
    JUMLAH_ORANG_DESIMAL,
    NILAI_HURUF_TIDAK_DIKENAL,
    PEMISAH_CAMPUR,
    RUMUS_TIDAK_TERBACA,
    ColumnKind,
    FormulaKind,
    NumberFormatError,
    format_money,
    format_number,
    format_percent,
    format_rupiah,
    has_fraction,
    is_missing_text,
    parse_count,
    parse_formula,
    parse_grade,
    parse_number,
    parse_percent,
    parse_rupiah,
    to_decimal,
)
from renjana.core.problems import Severity

G, M, P, S, C, IC = (
    ColumnKind.GENERIC,
    ColumnKind.MONEY,
    ColumnKind.PERCENT,
    ColumnKind.SCORE,
    ColumnKind.COUNT,
    ColumnKind.ITEM_COUNT,
)

# (raw cell, column kind, expected value as a canonical decimal string, expected problem codes)
CASES = [
    # Rupiah, '.' thousands (001, 002)
    ("3.926.440.000", M, "3926440000", ()),
    ("Rp. 14.265.806.382", M, "14265806382", ()),
    ("Rp.  8.231.019.891", M, "8231019891", ()),
    ("Rp 8.231.019.891", M, "8231019891", ()),
    ("Rp8.231.019.891", M, "8231019891", ()),
    ("rp. 1.000", M, "1000", ()),
    ("IDR 1.000", M, "1000", ()),
    # '.' thousands + ',' decimals (003, 001), negative with a space (003)
    ("13.867.555.785,00", M, "13867555785.00", ()),
    ("9.810.000,00", M, "9810000.00", ()),
    ("6.736.773.965,00", M, "6736773965.00", ()),
    ("- 649.000", M, "-649000", ()),
    ("-649.000", M, "-649000", ()),
    ("−649.000", M, "-649000", ()),
    ("-Rp 649.000", M, "-649000", ()),
    ("Rp -649.000", M, "-649000", ()),
    ("- 0", M, "0", ()),
    # ',' thousands (001), ',' thousands + '.' decimals (001 Tabel 6)
    ("4,197,049,000", M, "4197049000", ()),
    ("3,379,675,000", M, "3379675000", ()),
    ("50,000,000.00", M, "50000000.00", ()),
    ("21,980,640", M, "21980640", ()),
    # ',' as both thousands and decimal mark (other documents)
    ("Rp.1,234,567,00", M, "1234567.00", (PEMISAH_CAMPUR,)),
    ("1.234.567.00", M, "1234567.00", (PEMISAH_CAMPUR,)),
    # whole-rupiah marker ",-" (001 narrative) and trailing punctuation
    ("Rp. 5.176.219.306,-", M, "5176219306", ()),
    ("1.000.", M, "1000", ()),
    # broken tokens (001): spaces inside digit groups, leading punctuation
    ("100,000,00 0", M, "100000000", (ANGKA_DIRAPIKAN,)),
    (". 90.419.750", M, "90419750", (ANGKA_DIRAPIKAN,)),
    ("1 000 000", G, "1000000", (ANGKA_DIRAPIKAN,)),
    ("1. 234,50", M, "1234.50", (ANGKA_DIRAPIKAN,)),
    ("\u00a0Rp.\u00a08.231.019.891\u00a0", M, "8231019891", ()),
    # percentages (001, 002, 003)
    ("95,80%", P, "95.80", ()),
    ("100,00 %", P, "100.00", ()),
    ("2,2%", P, "2.2", ()),
    ("98,68%", P, "98.68", ()),
    ("87.26%", P, "87.26", ()),
    ("88.04%", P, "88.04", ()),
    ("100 Persen", P, "100", ()),
    ("46,43 Persen", P, "46.43", ()),
    ("46,43 persen", G, "46.43", ()),
    ("95,64%", G, "95.64", ()),
    ("99.33 %", G, "99.33", ()),
    ("74,25", P, "74.25", ()),
    ("100", P, "100", ()),
    # rule (3): one mark + 3 digits is a decimal in percent/score columns or before %/Poin
    ("99,333", P, "99.333", ()),
    ("99.333%", G, "99.333", ()),
    ("60.531", S, "60.531", ()),
    ("66,500 Poin", G, "66.500", ()),
    ("85 Poin", G, "85", ()),
    # rule (3): one mark + 1–2 digits is a decimal in every column; rule (4) x.00
    ("74,25", G, "74.25", ()),
    ("64.00", G, "64.00", ()),
    ("64.00", IC, "64.00", ()),
    ("1,5", M, "1.5", ()),
    # the documented ambiguous cases: thousands by the rule, and reported
    ("1.283", G, "1283", (ANGKA_AMBIGU,)),
    ("2.031", G, "2031", (ANGKA_AMBIGU,)),
    ("1,283", G, "1283", (ANGKA_AMBIGU,)),
    ("1.283", C, "1283", ()),
    ("11.204", C, "11204", ()),
    ("2.461", IC, "2461", ()),
    ("649.000", M, "649000", ()),
    ("1234.567", M, "1234567", (ANGKA_AMBIGU,)),
    ("1.234,5", G, "1234.5", (ANGKA_AMBIGU,)),
    ("1,234.567", M, "1234.567", (ANGKA_AMBIGU,)),
    ("1.2345", G, "1.2345", (ANGKA_AMBIGU,)),
    ("1.2345", P, "1.2345", ()),
    ("0,500", G, "0.500", ()),
    # rule (5): counts of persons are whole numbers; a fraction is reported, not rounded
    ("2,5", C, "2.5", (JUMLAH_ORANG_DESIMAL,)),
    ("64.00", C, "64.00", ()),
    ("312", C, "312", ()),
]


@pytest.mark.parametrize(("raw", "kind", "expected", "codes"), CASES)
def test_parse_number_reads_every_documented_form(
    raw: str, kind: ColumnKind, expected: str, codes: tuple[str, ...]
) -> None:
    parsed = parse_number(raw, kind)
    assert parsed.value == Decimal(expected)
    assert str(parsed.value) == expected  # the exact digits, not only an equal number
    assert tuple(p.code for p in parsed.problems) == codes
    assert parsed.raw == raw
    assert parsed.is_missing is False


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "-", "--", "–", "—", "N/A", "n/a", "NA", "#N/A", "null", "NULL", ".....", "…"],
)
@pytest.mark.parametrize("kind", list(ColumnKind))
def test_placeholders_are_missing_not_zero(raw: str, kind: ColumnKind) -> None:
    parsed = parse_number(raw, kind)
    assert parsed.value is None
    assert parsed.is_missing is True
    assert parsed.problems == ()
    assert is_missing_text(raw) is True


@pytest.mark.parametrize("raw", ["Rp -", "Rp. .....", "Rp.-", "Rp"])
def test_money_placeholder_after_rp_is_missing(raw: str) -> None:
    parsed = parse_rupiah(raw)
    assert (parsed.value, parsed.is_missing, parsed.problems) == (None, True, ())


@pytest.mark.parametrize("raw", ["0", "0,00", "Rp 0", "0%"])
def test_zero_is_a_value_not_missing(raw: str) -> None:
    parsed = parse_number(raw)
    assert parsed.value == Decimal(0)
    assert parsed.is_missing is False
    assert is_missing_text(raw) is False


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("abc", BUKAN_ANGKA),
        ("Cepat Berkembang", BUKAN_ANGKA),
        ("%", BUKAN_ANGKA),
        ("12 Orang", BUKAN_ANGKA),
        ("١٢٣", BUKAN_ANGKA),  # non-ASCII digits are not read as numbers
        ("1e5", BUKAN_ANGKA),
        ("1..2", ANGKA_TIDAK_SAH),
        ("1.,2", ANGKA_TIDAK_SAH),
        ("12.34.5", ANGKA_TIDAK_SAH),
        ("1.234,567,89", ANGKA_TIDAK_SAH),
        ("1234,567,00", ANGKA_TIDAK_SAH),
        ("70 80", ANGKA_TIDAK_SAH),
        ("1 234.567", ANGKA_TIDAK_SAH),
    ],
)
def test_unreadable_cells_are_errors_without_value(raw: str, code: str) -> None:
    parsed = parse_number(raw)
    assert parsed.value is None
    assert parsed.is_missing is False
    assert [p.code for p in parsed.problems] == [code]
    assert parsed.problems[0].severity is Severity.ERROR
    assert parsed.problems[0].found == raw
    assert parsed.has_errors is True


def test_ambiguity_message_says_both_readings_the_choice_and_the_fix() -> None:
    (problem,) = parse_number("1.283").problems
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith(
        "Angka '1.283' bisa dibaca 1283 atau 1,283; dibaca sebagai 1283 (pemisah ribuan). "
        "Tulis 1.283 hanya untuk ribuan"
    )
    assert problem.found == "1.283"


def test_severities_of_notes_and_errors() -> None:
    assert parse_rupiah("Rp.1,234,567,00").problems[0].severity is Severity.INFO
    assert parse_rupiah("100,000,00 0").problems[0].severity is Severity.WARNING
    (problem,) = parse_count("2,5").problems
    assert problem.severity is Severity.ERROR
    assert "'2,5'" in problem.message
    assert "bilangan bulat" in problem.message
    assert "dibaca sebagai 100.000.000" in parse_rupiah("100,000,00 0").problems[0].message


def test_typed_wrappers_use_their_column_kind() -> None:
    assert parse_percent("99,333").value == Decimal("99.333")
    assert parse_rupiah("99.333").value == Decimal("99333")
    assert parse_count("99.333").value == Decimal("99333")
    assert parse_count("99,5").has_errors is True
    assert parse_rupiah("99,5").has_errors is False


def test_to_decimal_returns_value_and_keeps_warnings_silent() -> None:
    assert to_decimal("Rp. 14.265.806.382", ColumnKind.MONEY) == Decimal("14265806382")
    assert to_decimal("1.283") == Decimal("1283")  # a warning does not raise


@pytest.mark.parametrize(
    ("raw", "kind", "codes"),
    [("-", G, ()), ("", M, ()), ("abc", G, (BUKAN_ANGKA,)), ("2,5", C, (JUMLAH_ORANG_DESIMAL,))],
)
def test_to_decimal_raises_only_number_format_error(
    raw: str, kind: ColumnKind, codes: tuple[str, ...]
) -> None:
    with pytest.raises(NumberFormatError) as caught:
        to_decimal(raw, kind)
    assert isinstance(caught.value, ValueError)
    assert caught.value.raw == raw
    assert tuple(p.code for p in caught.value.problems) == codes
    assert repr(raw) in str(caught.value)


def test_to_decimal_missing_message() -> None:
    with pytest.raises(NumberFormatError, match="nilai kosong"):
        to_decimal("N/A")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("64.00", False),
        ("64", False),
        ("1E+3", False),
        ("2.5", True),
        ("0.01", True),
        ("-0.0", False),
    ],
)
def test_has_fraction(value: str, expected: bool) -> None:
    assert has_fraction(Decimal(value)) is expected


# SAKIP value cells (001): score and grade
@pytest.mark.parametrize(
    ("raw", "score", "grade", "codes"),
    [
        ("62,00 / B", "62.00", "B", ()),
        ("60.53 / B", "60.53", "B", ()),
        ("72,00 / B", "72.00", "B", ()),
        ("85,5/a", "85.5", "A", ()),
        ("91,2 / AA", "91.2", "AA", ()),
        ("B", None, "B", ()),
        ("bb", None, "BB", ()),
        ("64,00", "64.00", "", ()),
        ("70 / Z", "70", "Z", (NILAI_HURUF_TIDAK_DIKENAL,)),
        ("-", None, "", ()),
        ("- / B", None, "B", ()),
        ("Kategori Baik", None, "", (BUKAN_ANGKA,)),
    ],
)
def test_parse_grade(raw: str, score: str | None, grade: str, codes: tuple[str, ...]) -> None:
    parsed = parse_grade(raw)
    assert parsed.score == (None if score is None else Decimal(score))
    assert str(parsed.score) == str(score)
    assert parsed.grade == grade
    assert tuple(p.code for p in parsed.problems) == codes
    assert parsed.raw == raw


def test_unknown_grade_message_lists_the_grades() -> None:
    (problem,) = parse_grade("70 / Z").problems
    assert problem.severity is Severity.WARNING
    assert "AA, A, BB, B, CC, C, D" in problem.message


@pytest.mark.parametrize(
    ("raw", "numerator_text", "denominator_text"),
    [
        (
            "(Jumlah realisasi penerima bansos/Jumlah DTKS) X 100%",
            "Jumlah realisasi penerima bansos",
            "Jumlah DTKS",
        ),
        (  # 002 Tabel 2.3 prints it over two lines, after a label
            "Formulasi :\n(Jumlah realiasasi penerima bansos/Jumlah DTKS)\nX 100%",
            "Jumlah realiasasi penerima bansos",
            "Jumlah DTKS",
        ),
        (
            "(Jumlah Realisasi bantuan kel masyarakat/ Jumlah penerima bantuan pokmas )x 100%",
            "Jumlah Realisasi bantuan kel masyarakat",
            "Jumlah penerima bantuan pokmas",
        ),
        (
            "(Jumlah Kelompok Masyarakat/ Lembaga yang aktif/Jumlah Lembaga) x 100%",
            "Jumlah Kelompok Masyarakat/ Lembaga yang aktif",
            "Jumlah Lembaga",
        ),
        ("Lansia terlayani / lansia terdata × 100 %", "Lansia terlayani", "lansia terdata"),
    ],
)
def test_formula_definitions_have_no_numbers(
    raw: str, numerator_text: str, denominator_text: str
) -> None:
    parsed = parse_formula(raw)
    assert parsed.kind is FormulaKind.DEFINITION
    assert (parsed.numerator_text, parsed.denominator_text) == (numerator_text, denominator_text)
    assert (parsed.numerator, parsed.denominator, parsed.result) == (None, None, None)
    assert parsed.problems == ()


@pytest.mark.parametrize(
    ("raw", "a", "unit_a", "b", "unit_b", "c", "codes"),
    [
        ("274 KPM/300 KPM X 100% = 91,33%", "274", "KPM", "300", "KPM", "91.33", ()),
        ("(25 Orang / 30 Orang) x 100 % = 83,33 %", "25", "Orang", "30", "Orang", "83.33", ()),
        ("100/200 x 100% = 50%", "100", "", "200", "", "50", ()),
        (
            "1.283 Orang / 2.031 Orang X 100% = 63,17%",
            "1283",
            "Orang",
            "2031",
            "Orang",
            "63.17",
            (ANGKA_AMBIGU, ANGKA_AMBIGU),
        ),
    ],
)
def test_computed_formula_parts_are_read_separately(
    raw: str, a: str, unit_a: str, b: str, unit_b: str, c: str, codes: tuple[str, ...]
) -> None:
    parsed = parse_formula(raw)
    assert parsed.kind is FormulaKind.COMPUTED
    assert (parsed.numerator, parsed.denominator, parsed.result) == (
        Decimal(a),
        Decimal(b),
        Decimal(c),
    )
    assert (parsed.numerator_text, parsed.denominator_text) == (unit_a, unit_b)
    assert tuple(p.code for p in parsed.problems) == codes


@pytest.mark.parametrize("raw", ["hello", "", "x 100%", "Jumlah A x 100%", "(12/Jumlah) X 100%"])
def test_unreadable_formula_is_reported(raw: str) -> None:
    parsed = parse_formula(raw)
    assert parsed.kind is None
    assert [p.code for p in parsed.problems] == [RUMUS_TIDAK_TERBACA]
    assert parsed.problems[0].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234567890", "1.234.567.890"),
        ("1234567.89", "1.234.567,89"),
        ("-1234", "-1.234"),
        ("-1234.5", "-1.234,5"),
        ("0", "0"),
        ("-0.00", "0,00"),
        ("1E+3", "1.000"),
        ("0.5", "0,5"),
        ("999", "999"),
        ("1000", "1.000"),
    ],
)
def test_format_number(value: str, expected: str) -> None:
    assert format_number(Decimal(value)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234567.89", "Rp 1.234.567,89"),
        ("1234567", "Rp 1.234.567"),
        ("1234567.00", "Rp 1.234.567"),
        ("1234567.5", "Rp 1.234.567,50"),
        ("-649000", "-Rp 649.000"),
        ("0.005", "Rp 0,01"),  # half up to whole sen (quantize_money)
        ("0.004", "Rp 0"),
        ("-0.004", "Rp 0"),
        ("0", "Rp 0"),
    ],
)
def test_format_rupiah(value: str, expected: str) -> None:
    assert format_rupiah(Decimal(value)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("95.6444", "95,64%"),
        ("95.645", "95,65%"),
        ("100", "100,00%"),
        ("-5", "-5,00%"),
        ("1234.5", "1.234,50%"),
    ],
)
def test_format_percent(value: str, expected: str) -> None:
    assert format_percent(Decimal(value)) == expected


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_format_number_refuses_non_finite(value: str) -> None:
    with pytest.raises(ValueError, match="terhingga"):
        format_number(Decimal(value))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("70000000.00", "70.000.000"),
        ("3471750.5", "3.471.750,50"),
        ("-649000", "-649.000"),
        ("0.004", "0"),
        ("0.005", "0,01"),
    ],
)
def test_format_money_for_rp_columns(value: str, expected: str) -> None:
    assert format_money(Decimal(value)) == expected
