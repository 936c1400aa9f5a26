"""Exact numbers: the one constructor ``D`` and the only place rounding is defined.

Money and percentages are ``Decimal`` everywhere. Values keep full precision inside the
core; they are rounded only at named output points with the quantizers below, so that a
total is always the sum of the unrounded parts and never drifts by a rupiah.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

#: Digits after the decimal point of every stored money amount (sen). Database columns,
#: importers and the quantizer all use this one constant.
MONEY_DECIMAL_PLACES = 2
#: Total digits of a stored money amount: up to Rp 9.999.999.999.999.999,99.
MONEY_MAX_DIGITS = 18
#: Digits after the decimal point of a stored indicator value (targets, realisasi).
VALUE_DECIMAL_PLACES = 4
VALUE_MAX_DIGITS = 20
#: Decimal places of a percentage as printed in Renja tables (95,64%).
PERCENT_DECIMAL_PLACES = 2

_MONEY_QUANTUM = Decimal(1).scaleb(-MONEY_DECIMAL_PLACES)
_PERCENT_QUANTUM = Decimal(1).scaleb(-PERCENT_DECIMAL_PLACES)
ZERO = Decimal(0)
HUNDRED = Decimal(100)


def D(value: Decimal | int | str) -> Decimal:  # noqa: N802 - the conventional name
    """Build a ``Decimal`` from an int, a canonical decimal string or a Decimal.

    Floats are refused on purpose: a float has already lost the exact value.
    """
    if isinstance(value, (bool, float)):
        raise TypeError(f"D() menolak {type(value).__name__}: gunakan str atau int")
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"bukan angka desimal: {value!r}") from exc


def strip_zeros(value: Decimal) -> Decimal:
    """``70.0000`` → ``70``, ``66.5000`` → ``66.5``: a stored value as a person wrote it,
    without switching to exponent notation (``Decimal.normalize`` alone gives ``7E+1``)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def quantize_money(value: Decimal) -> Decimal:
    """Round a money amount to whole sen, half up (the rule of Indonesian budget documents)."""
    return value.quantize(_MONEY_QUANTUM, rounding=ROUND_HALF_UP)


def quantize_percent(value: Decimal) -> Decimal:
    """Round a percentage to two decimals, half up, as Renja tables print it."""
    return value.quantize(_PERCENT_QUANTUM, rounding=ROUND_HALF_UP)


def percent(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """``numerator / denominator × 100`` at full precision, or ``None`` when undefined.

    A zero denominator has no meaningful percentage: callers show it as "N/A", never 0 or 100.
    """
    if denominator == 0:
        return None
    return numerator * HUNDRED / denominator
