"""T-C.29 rows: qualitative values are never summed; lookups by kode."""

from renjana.core.evaluasi import BarisTC29, evaluate_tc29
from renjana.core.quantity import Quantity

MISSING = Quantity(None, "")


def test_a_qualitative_value_in_a_cumulative_row_takes_the_latest_value_silently() -> None:
    kategori = Quantity(None, "", "Cepat Berkembang")
    berkembang = Quantity(None, "", "Berkembang")
    row = BarisTC29(
        "2.13.04", "", "Kategori kelurahan", kategori, MISSING, kategori, berkembang, kategori
    )
    laporan = evaluate_tc29([row])
    hasil = laporan.find("2.13.04")
    assert hasil is not None
    assert hasil.realisasi_sd_n1 == kategori
    assert not hasil.dijumlah
    assert hasil.tingkat_realisasi.tercapai is False
    assert hasil.tingkat_capaian.tercapai is True
    assert laporan.problems == ()
    assert laporan.find("9.99") is None
