"""Budget realisation: the printed copy of a row and the pagu check."""

from decimal import Decimal

from renjana.core.anggaran import BarisAnggaran, compute_realisasi_anggaran, is_pagu_exceeded


def test_rounded_row_prints_sen_and_two_decimals() -> None:
    laporan = compute_realisasi_anggaran(
        [BarisAnggaran("A", None, "subkegiatan", "", Decimal("3"), Decimal("1.005"))]
    )
    row = laporan.find("A")
    assert row is not None
    printed = row.rounded()
    assert printed.realisasi == Decimal("1.01")
    assert printed.sisa == Decimal("2.00")
    assert printed.persen == Decimal("33.50")
    assert row.persen == Decimal("1.005") * 100 / 3
    assert laporan.find("B") is None


def test_is_pagu_exceeded() -> None:
    assert is_pagu_exceeded(Decimal(10), Decimal(11))
    assert not is_pagu_exceeded(Decimal(10), Decimal(10))
    assert is_pagu_exceeded(None, Decimal(1))
    assert not is_pagu_exceeded(Decimal(10), None)
