"""Reference value types: lookups, band edges and dated scales, on hand-built data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renjana.core.kode import Kode, Tingkat
from renjana.core.referensi import (
    Band,
    DaftarSkala,
    DaftarWilayah,
    DasarHukum,
    LevelWilayah,
    Nomenklatur,
    NomenklaturItem,
    Scale,
    Wilayah,
    name_key,
)

K = Kode.from_str
DASAR = (DasarHukum("Permendagri 90/2019", "Klasifikasi", "lampiran"),)


def nomenklatur(*items: NomenklaturItem) -> Nomenklatur:
    return Nomenklatur("uji", DASAR, 2022, items, versi="uji")


def test_dasar_hukum_text() -> None:
    assert str(DASAR[0]) == "Permendagri 90/2019 tentang Klasifikasi (lampiran)"
    assert str(DasarHukum("PP 2/2018")) == "PP 2/2018"


def test_nomenklatur_lookup_prefers_the_tingkat_row() -> None:
    prov = NomenklaturItem(K("1.06.01"), Tingkat.PROVINSI, "PENUNJANG PROVINSI")
    kab = NomenklaturItem(K("1.06.01"), Tingkat.KABKOTA, "PENUNJANG KABUPATEN/KOTA")
    both = NomenklaturItem(K("1.06.04"), None, "REHABILITASI SOSIAL")
    keg = NomenklaturItem(K("1.06.04.2.01"), Tingkat.KABKOTA, "Rehabilitasi Luar Panti")
    data = nomenklatur(prov, kab, both, keg)
    assert data.get(K("1.06.01"), Tingkat.KABKOTA) is kab
    assert data.get(K("1.06.01")) is None
    assert data.get(K("1.06.04"), Tingkat.PROVINSI) is both
    assert data.get(K("1.06.04.2.01"), Tingkat.PROVINSI) is keg  # the code's own digit wins
    assert K("1.06.01") in data
    assert "1.06.01" not in data
    assert data.children(K("1.06.04")) == (keg,)
    assert data.children(K("1.06.04"), Tingkat.PROVINSI) == ()
    assert keg.level.value == "kegiatan"
    assert len(data) == 4


def test_nomenklatur_refuses_duplicate_keys() -> None:
    item = NomenklaturItem(K("1.06"), None, "SOSIAL")
    with pytest.raises(ValueError, match="ganda"):
        nomenklatur(item, item)


@pytest.mark.parametrize(
    ("band", "inside", "outside"),
    [
        (Band("a", Decimal(10), Decimal(20)), ["10", "15", "20"], ["9.99", "20.01"]),
        (Band("b", Decimal(10), Decimal(20), False, False), ["10.01", "19.99"], ["10", "20"]),
        (Band("c", None, Decimal(0)), ["-1000", "0"], ["0.01"]),
        (Band("d", Decimal(0), None, min_inclusive=False), ["0.01", "1000"], ["0"]),
    ],
)
def test_band_edges(band: Band, inside: list[str], outside: list[str]) -> None:
    assert all(band.contains(Decimal(v)) for v in inside)
    assert not any(band.contains(Decimal(v)) for v in outside)


def test_scales_are_chosen_by_year() -> None:
    old = Scale("x", "lama", DASAR, 2017, (Band("L", None, None),))
    new = Scale("x", "baru", DASAR, 2022, (Band("B", Decimal(0), Decimal(1)),))
    skala = DaftarSkala((old, new))
    assert skala.get("x", 2020) is old
    assert skala.get("x", 2022) is new
    assert skala.get("x") is new
    assert skala.get("x", 2016) is None
    assert new.classify(Decimal(2)) is None
    assert old.classify(Decimal(-5)) is old.bands[0]
    assert list(skala) == [old, new]


def test_wilayah_lookup() -> None:
    prov = Wilayah("76", "Sulawesi Barat", LevelWilayah.PROVINSI)
    kab = Wilayah("76.05", "Kabupaten Majene", LevelWilayah.KABKOTA, "76")
    daftar = DaftarWilayah("uji", DASAR, 2025, (prov, kab))
    assert daftar.get("76.05") is kab
    assert daftar.children("76") == (kab,)
    assert [prov.jenis, kab.jenis] == ["Provinsi", "Kabupaten"]
    assert Wilayah("65.71", "Kota Tarakan", LevelWilayah.KABKOTA, "65").jenis == "Kota"
    assert Wilayah("76.02.01", "Mamuju", LevelWilayah.KECAMATAN).jenis == "Kecamatan"
    assert Wilayah("65.71.01.1001", "Karang Anyar", LevelWilayah.DESA).jenis == "Kelurahan"
    assert Wilayah("76.02.01.2005", "Bambu", LevelWilayah.DESA).jenis == "Desa"
    with pytest.raises(ValueError, match="ganda"):
        DaftarWilayah("uji", DASAR, 2025, (prov, prov))


def test_name_key() -> None:
    assert name_key("  Lanjut-Usia  TERLANTAR ") == "lanjut usia terlantar"
