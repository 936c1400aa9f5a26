from renjana.core.lokasi import LOKASI_TIDAK_DIKENAL, normalize_place, parse_lokasi

WILAYAH = {
    "mamuju": "76.04",
    "polewali mandar": "76.02",
    "tarakan": "65.71",
    "tarakan barat": "65.71.01",
}


def test_kabupaten_with_semua_below() -> None:
    value, problems = parse_lokasi("Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa", WILAYAH)
    assert (value.kode_wilayah, value.rincian, value.seluruh, problems) == ("76.04", "", False, ())


def test_semua_everywhere_is_the_whole_pemda() -> None:
    value, problems = parse_lokasi("Semua Kota/Kab, Semua Kecamatan, Semua Kel/Desa", WILAYAH)
    assert (value.kode_wilayah, value.seluruh, problems) == (None, True, ())


def test_place_below_known_wilayah_is_rincian() -> None:
    value, problems = parse_lokasi(
        "Kecamatan Tarakan Barat, RT. 43 Kelurahan Karang Anyar", WILAYAH
    )
    assert value.kode_wilayah == "65.71.01"
    assert value.rincian == "RT. 43 Kelurahan Karang Anyar"
    assert problems == ()


def test_unknown_place_is_kept_and_reported() -> None:
    value, problems = parse_lokasi("RT. 11 Kelurahan Juata Permai", WILAYAH)
    assert value.kode_wilayah is None
    assert value.rincian == "RT. 11 Kelurahan Juata Permai"
    assert [p.code for p in problems] == [LOKASI_TIDAK_DIKENAL]


def test_normalize_strips_prefixes_and_spaces() -> None:
    assert normalize_place(" Kab.\u00a0Polewali  Mandar ") == "polewali mandar"
    assert normalize_place("Kota Tarakan") == "tarakan"
