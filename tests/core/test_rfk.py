"""RFK: the printed copy of a row keeps N/A as N/A."""

from decimal import Decimal

from renjana.core.rfk import BarisRfkInput, compute_rfk


def test_rounded_row() -> None:
    laporan = compute_rfk(
        [
            BarisRfkInput("K1", None, "kegiatan", "", pagu=Decimal(3), realisasi=Decimal(1)),
            BarisRfkInput(
                "K2",
                None,
                "kegiatan",
                "",
                pagu=Decimal(0),
                realisasi=Decimal(0),
                fisik_persen=Decimal(100),
            ),
        ]
    )
    k1 = laporan.find("K1")
    assert k1 is not None
    printed = k1.rounded()
    assert printed.bobot == Decimal("100.00")
    assert printed.keuangan_persen == Decimal("33.33")
    assert printed.fisik_ttb is None
    assert printed.fisik_persen is None
    assert printed.sisa == Decimal("2.00")
    k2 = laporan.find("K2")
    assert k2 is not None
    assert k2.keuangan_persen is None
    assert k2.rounded().fisik_persen == Decimal("100.00")
    assert laporan.find("K3") is None
