"""The one number constructor and the named rounding points."""

from decimal import Decimal

import pytest

from renjana.core.numbers import D, percent, quantize_money, quantize_percent, strip_zeros


def test_d_refuses_floats_and_bools_and_reads_text() -> None:
    assert D("1234.50") == Decimal("1234.50")
    assert D(7) == Decimal(7)
    assert D(Decimal("1.1")) == Decimal("1.1")
    with pytest.raises(TypeError):
        D(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        D(True)
    with pytest.raises(ValueError, match="bukan angka desimal"):
        D("satu")


def test_rounding_is_half_up_at_output_only() -> None:
    assert quantize_money(Decimal("0.005")) == Decimal("0.01")
    assert quantize_money(Decimal("-0.005")) == Decimal("-0.01")
    assert quantize_percent(Decimal("86.885")) == Decimal("86.89")
    assert quantize_percent(Decimal("2.524")) == Decimal("2.52")


def test_percent_is_none_when_undefined() -> None:
    assert percent(Decimal(265), Decimal(305)) == Decimal(265) * 100 / Decimal(305)
    assert percent(Decimal(5), Decimal(0)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("70.0000", "70"),
        ("66.5000", "66.5"),
        ("0.0000", "0"),
        ("1200.00", "1200"),
        ("-3.10", "-3.1"),
    ],
)
def test_strip_zeros_never_uses_exponents(value: str, expected: str) -> None:
    assert str(strip_zeros(Decimal(value))) == expected
