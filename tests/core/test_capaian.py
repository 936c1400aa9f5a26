"""Capaian: printed values, qualitative ranks by polaritas, and programmer errors."""

from decimal import Decimal

import pytest

from renjana.core.capaian import (
    Agregasi,
    Capaian,
    Polaritas,
    compute_capaian,
    compute_persentase,
    realisasi_sampai,
)
from renjana.core.quantity import Quantity


def test_printed_value_and_text() -> None:
    capaian = compute_capaian(Quantity(Decimal(305), "Orang"), Quantity(Decimal(265), "Orang"))
    assert capaian.persen == Decimal("86.89")
    assert str(capaian) == "86,89%"
    assert not capaian.is_na
    assert Capaian(None, None).persen is None
    assert Capaian(None, None).is_na


def test_lower_is_better_ranks_a_lower_category_as_achieved() -> None:
    urutan = ("Rendah", "Sedang", "Tinggi")
    target = Quantity(None, "", "Sedang")
    assert compute_capaian(
        target, Quantity(None, "", "Rendah"), Polaritas.TURUN, None, urutan
    ).tercapai
    result = compute_capaian(target, Quantity(None, "", "Tinggi"), Polaritas.TURUN, None, urutan)
    assert result.tercapai is False
    assert result.is_qualitative


def test_percentage_of_missing_counts_is_missing_without_a_problem() -> None:
    nilai, problems = compute_persentase(Quantity(None, ""), Quantity(Decimal(8), "Alat"))
    assert nilai.is_missing
    assert problems == ()


def test_triwulan_outside_1_to_4_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="triwulan"):
        realisasi_sampai([Quantity(Decimal(1), "Orang")], Agregasi.KUMULATIF, 5)
