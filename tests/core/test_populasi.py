"""Population: negative counts, units within one kind, agreeing kecamatan rows."""

from decimal import Decimal

from renjana.core.populasi import (
    POPULASI_NEGATIF,
    POPULASI_SATUAN_BERBEDA,
    DataPopulasi,
    total_populasi,
)


def test_negative_count() -> None:
    found = total_populasi([DataPopulasi("Pengemis", 2023, Decimal(-1))], "Pengemis", 2023)
    assert found.jumlah is None
    assert [p.code for p in found.problems] == [POPULASI_NEGATIF]


def test_kecamatan_rows_in_different_units() -> None:
    data = [
        DataPopulasi("Fakir Miskin", 2023, Decimal(5), "KK", "A"),
        DataPopulasi("Fakir Miskin", 2023, Decimal(7), "Jiwa", "B"),
    ]
    found = total_populasi(data, "Fakir Miskin", 2023)
    assert found.jumlah is None
    assert [p.code for p in found.problems] == [POPULASI_SATUAN_BERBEDA]


def test_region_total_that_agrees_with_its_kecamatan() -> None:
    data = [
        DataPopulasi("Pengemis", 2023, Decimal(12)),
        DataPopulasi("Pengemis", 2023, Decimal(5), kecamatan="A"),
        DataPopulasi("Pengemis", 2023, Decimal(7), kecamatan="B"),
    ]
    found = total_populasi(data, "Pengemis", 2023)
    assert found.jumlah == Decimal(12)
    assert found.problems == ()
