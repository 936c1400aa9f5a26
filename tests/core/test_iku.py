"""IKU: the printed mean, and Perjanjian Kinerja without an annual target."""

from decimal import Decimal

from renjana.core.iku import (
    IndikatorIku,
    TargetPerjanjianKinerja,
    check_target_triwulan,
    compute_capaian_iku,
)
from renjana.core.quantity import Quantity


def test_printed_mean() -> None:
    orang = [Quantity(Decimal(v), "Orang") for v in (3, 2)]
    laporan = compute_capaian_iku([IndikatorIku("", "A", orang[0], orang[1])])
    assert laporan.rata_rata_persen == Decimal("66.67")
    assert laporan.predikat_rata_rata == ""
    empty = compute_capaian_iku([])
    assert empty.rata_rata_persen is None


def test_triwulan_targets_without_an_annual_target_are_not_compared() -> None:
    quarters = tuple(Quantity(Decimal(5), "Orang") for _ in range(4))
    pk = TargetPerjanjianKinerja("", "A", Quantity(None, ""), quarters)
    assert check_target_triwulan(pk) == ()
