"""Database columns for exact values, built from the core's one precision constant."""

from __future__ import annotations

from typing import Any

from django.db import models

from renjana.core.numbers import (
    MONEY_DECIMAL_PLACES,
    MONEY_MAX_DIGITS,
    VALUE_DECIMAL_PLACES,
    VALUE_MAX_DIGITS,
)


def money_field(verbose_name: str, **kwargs: Any) -> models.DecimalField[Any, Any]:
    """A Rupiah column: ``Decimal`` with ``MONEY_DECIMAL_PLACES`` (sen), never float."""
    return models.DecimalField(
        verbose_name,
        max_digits=MONEY_MAX_DIGITS,
        decimal_places=MONEY_DECIMAL_PLACES,
        **kwargs,
    )


def value_field(verbose_name: str, **kwargs: Any) -> models.DecimalField[Any, Any]:
    """An indicator value column (target, realisasi): exact, four decimal places."""
    return models.DecimalField(
        verbose_name,
        max_digits=VALUE_MAX_DIGITS,
        decimal_places=VALUE_DECIMAL_PLACES,
        **kwargs,
    )
