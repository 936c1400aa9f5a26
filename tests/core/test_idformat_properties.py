"""Properties of the Indonesian number format: round trips, and no crash on any text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.idformat import (
    ANGKA_AMBIGU,
    ColumnKind,
    NumberFormatError,
    ParsedFormula,
    ParsedGrade,
    ParsedNumber,
    format_number,
    format_percent,
    format_rupiah,
    parse_count,
    parse_formula,
    parse_grade,
    parse_number,
    parse_percent,
    parse_rupiah,
    to_decimal,
)
from renjana.core.numbers import quantize_percent
from renjana.core.problems import Severity
from renjana.core.quantity import ParsedQuantity, parse_quantity, split_targets

MAX_RUPIAH = Decimal("9999999999999999.99")  # MONEY_MAX_DIGITS = 18
money = st.decimals(min_value=-MAX_RUPIAH, max_value=MAX_RUPIAH, places=2)
whole_money = st.integers(min_value=-(10**16), max_value=10**16).map(Decimal)
percentages = st.decimals(min_value=-(10**9), max_value=10**9, places=6)
# texts made of what number cells are made of, so that the rules themselves get exercised
number_like = st.text(alphabet="0123456789.,;/ -%RrpPoinesx()=\u00a0\n", max_size=40)
any_text = st.one_of(st.text(), number_like)


@given(money)
def test_rupiah_round_trip(value: Decimal) -> None:
    parsed = parse_rupiah(format_rupiah(value))
    assert parsed.value == value
    assert parsed.problems == ()


@given(whole_money)
def test_whole_rupiah_prints_without_sen_and_round_trips(value: Decimal) -> None:
    text = format_rupiah(value)
    assert "," not in text
    assert parse_rupiah(text).value == value
    assert parse_rupiah(text).problems == ()


@given(money)
def test_money_number_round_trip(value: Decimal) -> None:
    parsed = parse_number(format_number(value), ColumnKind.MONEY)
    assert parsed.value == value
    assert str(parsed.value) == str(value.copy_abs() if value == 0 else value)


@given(percentages)
def test_percent_round_trip(value: Decimal) -> None:
    text = format_percent(value)
    for kind in set(ColumnKind) - {ColumnKind.COUNT}:  # '%' decides the reading in any column
        parsed = parse_number(text, kind)
        assert parsed.value == quantize_percent(value)
        assert all(p.severity is not Severity.ERROR for p in parsed.problems)
    assert parse_percent(text).problems == ()


@given(st.integers(min_value=0, max_value=10**12))
def test_counts_printed_with_thousands_round_trip(count: int) -> None:
    parsed = parse_count(format_number(Decimal(count)))
    assert parsed.value == count
    assert parsed.problems == ()


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_one_dot_and_three_digits_is_thousands_and_reported_in_a_generic_column(
    head: int, tail: int
) -> None:
    text = f"{head}.{tail:03d}"
    parsed = parse_number(text)
    assert parsed.value == head * 1000 + tail
    assert [p.code for p in parsed.problems] == [ANGKA_AMBIGU]
    assert parse_percent(text).value == Decimal(f"{head}.{tail:03d}")


@given(any_text, st.sampled_from(list(ColumnKind)))
def test_parse_number_never_raises(text: str, kind: ColumnKind) -> None:
    parsed = parse_number(text, kind)
    assert isinstance(parsed, ParsedNumber)
    assert parsed.raw == text
    assert parsed.value is None or parsed.value.is_finite()
    assert not (parsed.is_missing and parsed.problems)
    assert parsed.is_missing or parsed.value is not None or parsed.has_errors
    assert all(p.message for p in parsed.problems)


@given(any_text)
def test_other_parsers_never_raise(text: str) -> None:
    assert isinstance(parse_grade(text), ParsedGrade)
    assert isinstance(parse_formula(text), ParsedFormula)
    assert isinstance(parse_quantity(text), ParsedQuantity)
    assert parse_quantity(text).raw == text


@given(any_text, st.integers(min_value=1, max_value=6))
def test_split_targets_never_raises_and_never_truncates(text: str, count: int) -> None:
    targets = split_targets(text, count)
    assert len(targets) >= 1  # an empty cell still answers for its indicators
    mismatch = len(targets) != count
    for target in targets:
        codes = [p.code for p in target.problems]
        assert ("JUMLAH_TARGET_TIDAK_SESUAI" in codes) is mismatch


@given(any_text, st.sampled_from(list(ColumnKind)))
def test_strict_variant_raises_only_its_documented_error(text: str, kind: ColumnKind) -> None:
    parsed = parse_number(text, kind)
    if parsed.value is None or parsed.has_errors:
        with pytest.raises(NumberFormatError) as caught:  # anything else fails the test
            to_decimal(text, kind)
        assert caught.value.raw == text
        assert caught.value.problems == parsed.problems
    else:
        assert to_decimal(text, kind) == parsed.value


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**6), st.sampled_from(["Orang", "Paket", "KPM"])
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=1, max_value=6),
)
def test_split_targets_finds_every_value_in_order(items: list[tuple[int, str]], count: int) -> None:
    text = " ".join(f"{format_number(Decimal(n))} {unit}" for n, unit in items)
    targets = split_targets(text, count)
    assert [(t.quantity.nilai, t.quantity.satuan) for t in targets] == [
        (Decimal(n), unit) for n, unit in items
    ]


def test_hypothesis_strategies_are_not_vacuous() -> None:
    """The round trip above must be able to fail: a misread value is caught."""
    with pytest.raises(AssertionError):
        assert parse_number("1.283", ColumnKind.PERCENT).value == Decimal(1283)
