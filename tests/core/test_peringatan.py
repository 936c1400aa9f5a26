"""Early warning: nothing known yet, and triwulan targets in mixed units."""

from decimal import Decimal

from renjana.core.capaian import AGREGASI_SATUAN_BERBEDA
from renjana.core.peringatan import IndikatorPantauan, project_year_end
from renjana.core.quantity import Quantity


def orang(v: int) -> Quantity:
    return Quantity(Decimal(v), "Orang")


def test_before_the_first_triwulan_nothing_is_projected() -> None:
    proyeksi = project_year_end(IndikatorPantauan("A", "A", orang(100), ()))
    assert proyeksi.sampai_triwulan == 0
    assert proyeksi.proyeksi.is_missing
    assert proyeksi.capaian.is_na


def test_triwulan_targets_in_mixed_units_cannot_carry_the_rate() -> None:
    targets = (orang(10), Quantity(Decimal(1), "Paket"), orang(10), orang(10))
    ind = IndikatorPantauan("A", "A", orang(40), (orang(5), orang(5)), target_triwulan=targets)
    proyeksi = project_year_end(ind)
    assert proyeksi.proyeksi.is_missing
    assert AGREGASI_SATUAN_BERBEDA in {p.code for p in proyeksi.problems}
