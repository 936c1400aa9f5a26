"""SPM: printed values and the weights taken from the reference data."""

from decimal import Decimal

import pytest

from renjana.core.spm import HitunganJenisLayanan, HitunganMutu, compute_indeks_spm


def test_printed_values() -> None:
    mutu = (HitunganMutu("m", "Orang", Decimal(3), Decimal(3)),)
    jenis = HitunganJenisLayanan(1, "A", Decimal(3), Decimal(2), mutu)
    indeks = compute_indeks_spm([jenis])
    assert indeks.jenis[0].capaian_persen == Decimal("73.33")
    assert indeks.indeks_persen == Decimal("73.33")
    assert compute_indeks_spm([]).indeks_persen is None
    assert compute_indeks_spm([]).jenis == ()


def test_weights_must_add_up_to_100() -> None:
    with pytest.raises(ValueError, match="100"):
        compute_indeks_spm([], bobot_penerima=Decimal(70), bobot_mutu=Decimal(20))
