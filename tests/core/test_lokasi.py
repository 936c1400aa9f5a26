from renjana.core.lokasi import (
    LOKASI_TIDAK_DIKENAL,
    KnownPlace,
    PlaceIndex,
    normalize_place,
    split_place,
)

PLACES = PlaceIndex(
    [
        KnownPlace("76.02", "Kabupaten Mamuju", "kabkota"),
        KnownPlace("76.02.01", "Mamuju", "kecamatan"),
        KnownPlace("76.04", "Kabupaten Polewali Mandar", "kabkota"),
        KnownPlace("65.71", "Kota Tarakan", "kabkota"),
        KnownPlace("65.71.01", "Tarakan Barat", "kecamatan"),
        KnownPlace("65.71.01.1001", "Karang Anyar", "desa"),
    ]
)


def test_kabupaten_with_semua_below() -> None:
    value, problems = PLACES.parse("Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa")
    assert (value.kode_wilayah, value.rincian, value.seluruh, problems) == ("76.02", "", False, ())


def test_prefix_chooses_between_a_kabupaten_and_a_kecamatan_of_the_same_name() -> None:
    assert PLACES.parse("Kecamatan Mamuju")[0].kode_wilayah == "76.02.01"
    assert PLACES.parse("Mamuju")[0].kode_wilayah == "76.02"
    assert PLACES.parse("Kab. Mamuju, Kec. Mamuju")[0].kode_wilayah == "76.02.01"


def test_semua_everywhere_is_the_whole_pemda() -> None:
    value, problems = PLACES.parse("Semua Kota/Kab, Semua Kecamatan, Semua Kel/Desa")
    assert (value.kode_wilayah, value.seluruh, problems) == (None, True, ())


def test_place_below_known_wilayah_is_rincian() -> None:
    value, problems = PLACES.parse("Kecamatan Tarakan Barat, RT. 43 Kelurahan Karang Jaya")
    assert value.kode_wilayah == "65.71.01"
    assert value.rincian == "RT. 43 Kelurahan Karang Jaya"
    assert problems == ()
    assert PLACES.parse("Kelurahan Karang Anyar")[0].kode_wilayah == "65.71.01.1001"


def test_unknown_place_is_kept_and_reported() -> None:
    value, problems = PLACES.parse("RT. 11 Kelurahan Juata Permai")
    assert value.kode_wilayah is None
    assert value.rincian == "RT. 11 Kelurahan Juata Permai"
    assert [p.code for p in problems] == [LOKASI_TIDAK_DIKENAL]
    assert PLACES.parse("")[0] == PLACES.parse("  ")[0]


def test_normalize_strips_prefixes_and_spaces() -> None:
    assert normalize_place(" Kab.\u00a0Polewali  Mandar ") == "polewali mandar"
    assert split_place("Kota Tarakan") == ("tarakan", "kabkota")
    assert split_place("Desa Uji") == ("uji", "desa")
    assert split_place("Prov. Sulawesi Barat") == ("sulawesi barat", "provinsi")
    assert split_place("Tarakan") == ("tarakan", None)
