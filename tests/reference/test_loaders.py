"""Packaged reference data and the user nomenclature reader.

Expected counts and names are copied by hand from the shared reference README (coverage
table), domain.md §2.M/§3/§4 and the wilayah source notes — never from the code under test.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from openpyxl import Workbook

from renjana.core.kode import Kode, Level, Tingkat, tingkat_from_name
from renjana.core.problems import Severity
from renjana.core.referensi import LevelWilayah
from renjana.reference import (
    ReferenceDataError,
    load_nomenklatur,
    load_ppks,
    load_psks,
    load_skala,
    load_spm,
    load_sumber_dana,
    load_wilayah,
    loaders,
    nomenklatur_versions,
    read_nomenklatur_rows,
    tabular,
)
from renjana.reference import nomenklatur as nk
from renjana.reference import wilayah as wil

K = Kode.from_str
DATA = files("renjana.reference").joinpath("data")


# --- files --------------------------------------------------------------------------------


# sha256 of the shared reference/ files as delivered by the reference team, so that the packaged
# copies stay byte-for-byte identical without the shared folder being present.
SHARED_SHA256 = {
    "nomenklatur_sosial.csv": "bd75f3a9b2f0a5edfdc849af207dab13886758ed622d77a69116c7366d1e6737",
    "sumber_dana.csv": "e3e5376f82e44900a1c2c77a00e05e212e4bb82a5593cfd3f8faa62655139847",
}


@pytest.mark.parametrize(("name", "digest"), SHARED_SHA256.items())
def test_shared_csv_files_are_packaged_byte_for_byte(name: str, digest: str) -> None:
    assert hashlib.sha256(DATA.joinpath(name).read_bytes()).hexdigest() == digest


# --- nomenclature ---------------------------------------------------------------------------


def test_nomenklatur_loads_every_row_with_its_version_metadata() -> None:
    nomenklatur = load_nomenklatur()
    assert len(nomenklatur) == 348
    assert nomenklatur.versi == "kepmendagri-050-5889-2021"
    assert nomenklatur.berlaku_mulai == 2022
    assert [d.peraturan for d in nomenklatur.dasar_hukum] == [
        "Permendagri 90/2019",
        "Kepmendagri 050-3708/2020",
        "Kepmendagri 050-5889/2021",
    ]
    assert nomenklatur_versions() == ("kepmendagri-050-5889-2021",)
    assert load_nomenklatur("kepmendagri-050-5889-2021") is nomenklatur


def test_nomenklatur_counts_per_level_match_the_reference_readme() -> None:
    counts = Counter((item.level, item.tingkat) for item in load_nomenklatur())
    assert counts == {
        (Level.URUSAN, None): 1,
        (Level.BIDANG, None): 1,
        (Level.PROGRAM, None): 6,
        (Level.PROGRAM, Tingkat.PROVINSI): 1,
        (Level.PROGRAM, Tingkat.KABKOTA): 1,
        (Level.KEGIATAN, Tingkat.PROVINSI): 22,
        (Level.KEGIATAN, Tingkat.KABKOTA): 21,
        (Level.SUB_KEGIATAN, Tingkat.PROVINSI): 158,
        (Level.SUB_KEGIATAN, Tingkat.KABKOTA): 137,
    }


def test_sub_kegiatan_with_indicator_match_the_reference_readme() -> None:
    with_indicator = Counter(
        (item.tingkat, item.kode.program == K("1.06.01"))
        for item in load_nomenklatur()
        if item.level is Level.SUB_KEGIATAN and item.indikator and item.satuan
    )
    assert with_indicator == {
        (Tingkat.PROVINSI, True): 77,
        (Tingkat.PROVINSI, False): 24,
        (Tingkat.KABKOTA, True): 83,
        (Tingkat.KABKOTA, False): 19,
    }


def test_every_node_has_its_parent() -> None:
    nomenklatur = load_nomenklatur()
    for item in nomenklatur:
        parent = item.kode.parent
        if parent is None:
            continue
        found = nomenklatur.get(parent, item.tingkat)
        assert found is not None, item.kode
        assert found.tingkat in (item.tingkat, None)


def test_lookup_by_code_and_tingkat() -> None:
    nomenklatur = load_nomenklatur()
    penunjang = K("1.06.01")
    prov = nomenklatur.get(penunjang, Tingkat.PROVINSI)
    kab = nomenklatur.get(penunjang, Tingkat.KABKOTA)
    assert prov is not None
    assert kab is not None
    assert prov.nama == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI"
    assert kab.nama == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    rehab = nomenklatur.get(K("1.06.04"), Tingkat.KABKOTA)
    assert rehab is not None
    assert rehab.nama == "PROGRAM REHABILITASI SOSIAL"
    assert rehab.tingkat is None
    rujukan = nomenklatur.get(K("1.06.04.2.01.12"))
    assert rujukan is not None
    assert rujukan.nama == "Pemberian Layanan Rujukan"
    assert rujukan.satuan == "Orang"
    assert K("1.06.04.1.03.0013") in nomenklatur
    assert K("2.13.04") not in nomenklatur
    assert nomenklatur.get(K("1.06.04.2.01.0099")) is None
    assert len(nomenklatur.children(K("1.06.04.2.01"))) == 12


def test_names_never_contradict_the_level_digit() -> None:
    for item in load_nomenklatur():
        for text in (item.nama, item.indikator):
            said = tingkat_from_name(text)
            assert said is None or item.tingkat is None or said is item.tingkat, item.kode


def test_unknown_version_is_an_error() -> None:
    with pytest.raises(ReferenceDataError, match="tidak ada"):
        load_nomenklatur("permendagri-13-2006")


# --- sumber dana ----------------------------------------------------------------------------


def test_sumber_dana() -> None:
    sumber_dana = load_sumber_dana()
    assert len(sumber_dana) == 315
    dau = sumber_dana.get("1.2.01.01.02")
    assert dau is not None
    assert dau.nama == "Dana Transfer Umum-Dana Alokasi Umum"
    assert dau.level == 5
    assert dau.induk == "1.2.01.01"
    assert sumber_dana.get("1.2.02") is None  # the known missing parent
    assert sumber_dana.get("1.2.02.01") is not None
    assert "1.2.01.01.02" in {
        s.kode for s in sumber_dana.find("DANA TRANSFER UMUM-DANA ALOKASI UMUM")
    }
    assert {s.level for s in sumber_dana} == {1, 2, 3, 4, 5, 6}
    assert sumber_dana.berlaku_mulai == 2023
    assert sumber_dana.verifikasi_perlu


# --- PPKS and PSKS --------------------------------------------------------------------------

PPKS_NAMES = [
    "Anak Balita Terlantar",
    "Anak Terlantar",
    "Anak yang Berhadapan dengan Hukum",
    "Anak Jalanan",
    "Anak dengan Kedisabilitas",
    "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah",
    "Anak yang Memerlukan Perlindungan Khusus",
    "Lanjut Usia Terlantar",
    "Penyandang Disabilitas",
    "Tuna Susila",
    "Gelandangan",
    "Pengemis",
    "Pemulung",
    "Kelompok Minoritas",
    "Bekas Warga Binaan Lembaga Pemasyarakatan",
    "Orang dengan HIV/AIDS",
    "Korban Penyalahgunaan NAPZA",
    "Korban Trafficking",
    "Korban Tindak Kekerasan",
    "Pekerja Migran Bermasalah Sosial",
    "Korban Bencana Alam",
    "Korban Bencana Sosial",
    "Perempuan Rawan Sosial Ekonomi",
    "Fakir Miskin",
    "Keluarga Bermasalah Sosial Psikologis",
    "Komunitas Adat Terpencil",
]


def test_ppks_names_order_and_units() -> None:
    ppks = load_ppks()
    assert [p.nama for p in ppks] == PPKS_NAMES
    assert [p.nomor for p in ppks] == list(range(1, 27))
    in_kk = {p.nama for p in ppks if p.satuan == "KK"}
    assert in_kk == {
        "Fakir Miskin",
        "Keluarga Bermasalah Sosial Psikologis",
        "Komunitas Adat Terpencil",
    }
    assert {p.satuan for p in ppks} == {"jiwa", "KK"}
    assert ppks.dasar_hukum[0].peraturan == "Permensos 8/2012"


@pytest.mark.parametrize(
    ("printed", "nomor"),
    [
        ("ABH", 3),
        ("Anak Korban Tindak Kekerasan", 6),
        ("Perempuan Rawan Sosial", 23),
        ("Keluarga Bermasalah Sosial Psikologi", 25),
        ("Bekas Warga Binaan Lembaga Pemasasyarakatan", 15),
        ("Korban Trafiiicking", 18),
        ("penyandang cacat", 9),
        ("Komunitas  Adat Terpencil", 26),
        ("ODGJ", None),
    ],
)
def test_ppks_printed_names(printed: str, nomor: int | None) -> None:
    found = load_ppks().find(printed)
    assert (found.nomor if found else None) == nomor


def test_psks() -> None:
    psks = load_psks()
    assert [p.nama for p in psks] == [
        "Pekerja Sosial Profesional",
        "Pekerja Sosial Masyarakat",
        "Taruna Siaga Bencana",
        "Lembaga Kesejahteraan Sosial",
        "Karang Taruna",
        "Lembaga Konsultasi Kesejahteraan Keluarga",
        "Keluarga Pioner",
        "Wahana Kesejahteraan Sosial Keluarga Berbasis Masyarakat",
        "Wanita Pemimpin Kesejahteraan Sosial",
        "Penyuluh Sosial",
        "Tenaga Kesejahteraan Sosial Kecamatan",
        "Dunia Usaha",
    ]
    lks = psks.by_nomor(4)
    assert lks is not None
    assert lks.sub_jenis == (
        "LKS Tuna Sosial",
        "LKS Anak (LKSA)",
        "LKS Lanjut Usia",
        "LKS Orang Dengan Kecacatan (ODK)",
        "LKS Rehabilitasi NAPZA",
        "LK Askesos",
    )
    tagana = psks.find("tagana")
    assert tagana is not None
    assert tagana.nomor == 3
    assert psks.by_nomor(13) is None


# --- SPM ------------------------------------------------------------------------------------


def test_spm_jenis_and_mutu_counts_per_tingkat() -> None:
    spm = load_spm()
    kab = spm.jenis_layanan(Tingkat.KABKOTA)
    prov = spm.jenis_layanan(Tingkat.PROVINSI)
    assert [j.nomor for j in kab] == [1, 2, 3, 4, 5]
    assert [j.nomor for j in prov] == [1, 2, 3, 4, 5]
    assert [len(j.mutu_items) for j in kab] == [13, 12, 13, 12, 5]
    assert [len(j.mutu_items) for j in prov] == [11, 12, 12, 10, 5]
    assert kab[0].nama == "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti"
    assert prov[2].nama == "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti"
    assert (spm.bobot_penerima, spm.bobot_mutu) == (Decimal(80), Decimal(20))
    assert [d.peraturan for d in spm.dasar_hukum] == [
        "PP 2/2018",
        "Permensos 9/2018",
        "Permendagri 59/2021",
    ]
    assert spm.verifikasi_perlu


def test_spm_units_and_codes() -> None:
    spm = load_spm()
    nomenklatur = load_nomenklatur()
    for jenis in spm:
        assert jenis.kegiatan is not None
        assert jenis.kegiatan.tingkat is jenis.tingkat
        for item in jenis.mutu_items:
            expected_unit = "Unit" if "tempat penampungan" in item.nama.lower() else "Orang"
            assert item.satuan == expected_unit
            if item.sub_kegiatan is not None:
                assert nomenklatur.get(item.sub_kegiatan) is not None, item.sub_kegiatan
    bencana_prov = spm.jenis_layanan(Tingkat.PROVINSI)[4]
    assert bencana_prov.kegiatan == K("1.06.06.1.01")
    assert [m.nama for m in bencana_prov.mutu_items][2] == "Penyediaan Tempat Penampungan Pengungsi"


# --- scales ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("131.57", "Sangat Tinggi"),
        ("100", "Sangat Tinggi"),
        ("91", "Sangat Tinggi"),
        ("90.5", "Sangat Tinggi"),
        ("90", "Tinggi"),
        ("76", "Tinggi"),
        ("75.5", "Tinggi"),
        ("75", "Sedang"),
        ("66", "Sedang"),
        ("65.01", "Sedang"),
        ("65", "Rendah"),
        ("51", "Rendah"),
        ("50.5", "Rendah"),
        ("50", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
        ("-2", "Sangat Rendah"),
    ],
)
def test_kinerja_rating_band_edges(value: str, label: str) -> None:
    band = load_skala().get("kinerja_renja").classify(Decimal(value))  # type: ignore[union-attr]
    assert band is not None
    assert band.label == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("100", "AA"),
        ("90.01", "AA"),
        ("90", "A"),
        ("80", "BB"),
        ("72", "BB"),
        ("70", "B"),
        ("62", "B"),
        ("60.53", "B"),
        ("60", "CC"),
        ("50", "C"),
        ("30.5", "C"),
        ("30", "D"),
        ("0", "D"),
        ("-0.01", None),
        ("100.01", None),
    ],
)
def test_sakip_grade_band_edges(value: str, label: str | None) -> None:
    band = load_skala().get("sakip").classify(Decimal(value))  # type: ignore[union-attr]
    assert (band.label if band else None) == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("100", "Tuntas Paripurna"),
        ("99.99", "Tuntas Utama"),
        ("80", "Tuntas Utama"),
        ("79.99", "Tuntas Madya"),
        ("60", "Tuntas Madya"),
        ("40", "Tuntas Muda"),
        ("39.99", "Tuntas Pratama"),
        ("20", "Tuntas Pratama"),
        ("19.99", "Belum Tuntas"),
        ("0", "Belum Tuntas"),
        ("100.5", None),
        ("-1", None),
    ],
)
def test_spm_index_category_band_edges(value: str, label: str | None) -> None:
    band = load_skala().get("indeks_spm").classify(Decimal(value))  # type: ignore[union-attr]
    assert (band.label if band else None) == label


def test_scales_are_dated_cited_and_flagged_for_verification() -> None:
    skala = load_skala()
    expected = {
        "kinerja_renja": ("Permendagri 86/2017", 2017),
        "sakip": ("PermenPANRB 88/2021", 2022),
        "indeks_spm": ("Permendagri 59/2021", 2022),
    }
    for kode, (peraturan, tahun) in expected.items():
        scale = skala.get(kode, 2024)
        assert scale is not None
        assert (scale.dasar_hukum[0].peraturan, scale.berlaku_mulai) == (peraturan, tahun)
        assert scale.verifikasi_perlu
    assert skala.get("sakip", 2021) is None
    assert skala.get("tidak_ada") is None


def test_bands_of_a_scale_never_overlap() -> None:
    grid = [Decimal(n) / 4 for n in range(-40, 441)]
    for scale in load_skala():
        for value in grid:
            assert sum(band.contains(value) for band in scale.bands) <= 1, (scale.kode, value)


# --- wilayah --------------------------------------------------------------------------------


def test_wilayah_provinces() -> None:
    wilayah = load_wilayah()
    provinces = [w.kode for w in wilayah if w.level is LevelWilayah.PROVINSI]
    assert provinces == [
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
    ]
    assert wilayah.get("76").nama == "Sulawesi Barat"  # type: ignore[union-attr]
    assert wilayah.get("96").nama == "Papua Barat Daya"  # type: ignore[union-attr]
    assert wilayah.dasar_hukum[0].peraturan == "Kepmendagri 300.2.2-2138/2025"
    assert wilayah.berlaku_mulai == 2025


def test_wilayah_sulawesi_barat() -> None:
    wilayah = load_wilayah()
    kabupaten = [(w.kode, w.nama, w.jenis) for w in wilayah.children("76")]
    assert {w.level for w in wilayah.children("76")} == {LevelWilayah.KABKOTA}
    assert kabupaten == [
        ("76.01", "Kabupaten Pasangkayu", "Kabupaten"),
        ("76.02", "Kabupaten Mamuju", "Kabupaten"),
        ("76.03", "Kabupaten Mamasa", "Kabupaten"),
        ("76.04", "Kabupaten Polewali Mandar", "Kabupaten"),
        ("76.05", "Kabupaten Majene", "Kabupaten"),
        ("76.06", "Kabupaten Mamuju Tengah", "Kabupaten"),
    ]
    kecamatan = [
        w for w in wilayah if w.kode.startswith("76.") and w.level is LevelWilayah.KECAMATAN
    ]
    assert len(kecamatan) == 69
    assert [w.nama for w in wilayah.children("76.05")] == [
        "Banggae",
        "Pamboang",
        "Sendana",
        "Malunda",
        "Ulumanda",
        "Tammerodo Sendana",
        "Tubo Sendana",
        "Banggae Timur",
    ]
    assert wilayah.get("76.02.01").nama == "Mamuju"  # type: ignore[union-attr]


def test_wilayah_kota_tarakan() -> None:
    wilayah = load_wilayah()
    tarakan = wilayah.get("65.71")
    assert tarakan is not None
    assert (tarakan.nama, tarakan.level, tarakan.parent) == (
        "Kota Tarakan",
        LevelWilayah.KABKOTA,
        "65",
    )
    assert [(w.kode, w.nama) for w in wilayah.children("65.71")] == [
        ("65.71.01", "Tarakan Barat"),
        ("65.71.02", "Tarakan Tengah"),
        ("65.71.03", "Tarakan Timur"),
        ("65.71.04", "Tarakan Utara"),
    ]
    assert tarakan.jenis == "Kota"
    kelurahan = {w.nama: w.parent for w in wilayah if w.jenis == "Kelurahan"}
    assert len(kelurahan) == 20
    assert {w.level for w in wilayah if w.jenis == "Kelurahan"} == {LevelWilayah.DESA}
    assert kelurahan["Karang Anyar"] == "65.71.01"  # 001 Tabel 4 "RT. 43 Kelurahan Karang Anyar"
    assert kelurahan["Juata Permai"] == "65.71.04"


def test_every_wilayah_parent_exists_and_has_the_code_prefix() -> None:
    wilayah = load_wilayah()
    for item in wilayah:
        if item.parent is not None:
            assert wilayah.get(item.parent) is not None
            assert item.kode.startswith(item.parent + ".")


# --- user nomenclature files ---------------------------------------------------------------

GOOD_ROWS = [
    ["Kode", "NAMA", " Indikator ", "Satuan", "Tingkat"],
    ["1", "URUSAN WAJIB PELAYANAN DASAR", "", "", "semua"],
    ["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", ""],
    ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "", "", "semua"],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar … di Luar Panti Sosial", "", "", "kabkota"],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah Orang …", "Orang", "kab/kota"],
    ["1.06.04.2.01.12", "Pemberian Layanan Rujukan", "Jumlah Orang …", "Orang", ""],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    path.write_text("\n".join(delimiter.join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nomenklatur"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_good_csv_file(tmp_path: Path, delimiter: str) -> None:
    result = read_nomenklatur_rows(write_csv(tmp_path / "n.csv", GOOD_ROWS, delimiter))
    assert result.problems == ()
    assert result.ok
    assert [str(i.kode) for i in result.items] == [
        "1",
        "1.06",
        "1.06.04",
        "1.06.04.2.01",
        "1.06.04.2.01.0001",
        "1.06.04.2.01.0012",
    ]
    assert [i.tingkat for i in result.items] == [None, None, None, *[Tingkat.KABKOTA] * 3]
    assert result.items[4].satuan == "Orang"


def test_good_xlsx_file(tmp_path: Path) -> None:
    result = read_nomenklatur_rows(write_xlsx(tmp_path / "n.xlsx", list(GOOD_ROWS)))
    assert result.problems == ()
    assert len(result.items) == 6
    assert result.items[-1].kode == K("1.06.04.2.01.0012")


def test_the_packaged_file_passes_the_user_reader() -> None:
    with as_file(DATA.joinpath("nomenklatur_sosial.csv")) as path:
        result = read_nomenklatur_rows(path)
    assert result.problems == ()
    assert len(result.items) == 348


def test_each_kind_of_bad_row_in_xlsx(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["kode", "nama", "indikator", "satuan", "tingkat", "level"],
        ["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", None, None, None, "bidang"],  # row 2 ok
        [None, "Tanpa kode", None, None, None, None],  # 3
        ["2.013.04", "PROGRAM ADMINISTRASI PEMERINTAHAN DESA", None, None, None, None],  # 4
        [1.06, "Kode diketik sebagai angka", None, None, None, None],  # 5
        ["1.06.04", "", None, None, None, None],  # 6
        ["1.06.04", "PROGRAM REHABILITASI SOSIAL", None, None, "kecamatan", None],  # 7
        ["1.06.04.2.01", "Rehabilitasi ... di Luar Panti", None, None, "provinsi", None],  # 8
        ["1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", None, None, None, "kegiatan"],  # 9
        ["1.06.06", "PROGRAM PENANGANAN BENCANA", None, None, "semua", "program"],  # 10 ok
        ["1.06.06", "PROGRAM PENANGANAN BENCANA", None, None, "", None],  # 11 duplicate
        ["1.06.06.2.01", "Perlindungan Sosial Korban Bencana", "Persentase …", None, None, None],
        ["1.06.06.2.01.0001", "Penyediaan Makanan", None, "Orang", None, None],  # 13
        ["1.06.07.2.01.0002", "Pemeliharaan TMP", "Jumlah Makam …", "Makam", None, None],  # 14
        ["Program Rehabilitasi", "Teks di kolom kode", None, None, None, None],  # 15
    ]
    result = read_nomenklatur_rows(write_xlsx(tmp_path / "bad.xlsx", rows))
    found = [(p.code, p.location.row, p.location.column, p.severity) for p in result.problems]
    assert found == [
        (nk.KODE_KOSONG, 3, "kode", Severity.ERROR),
        (nk.KODE_TIDAK_DITERIMA, 4, "kode", Severity.ERROR),
        (nk.KODE_TIDAK_DITERIMA, 5, "kode", Severity.ERROR),
        (nk.NAMA_KOSONG, 6, "nama", Severity.ERROR),
        (nk.TINGKAT_TIDAK_SAH, 7, "tingkat", Severity.ERROR),
        (nk.TINGKAT_TIDAK_SESUAI, 8, "tingkat", Severity.ERROR),
        (nk.LEVEL_TIDAK_SESUAI, 9, "level", Severity.ERROR),
        (nk.BARIS_GANDA, 11, "kode", Severity.ERROR),
        (nk.SATUAN_KOSONG, 12, "satuan", Severity.WARNING),
        (nk.INDIKATOR_KOSONG, 13, "indikator", Severity.WARNING),
        (nk.KODE_TIDAK_DITERIMA, 15, "kode", Severity.ERROR),
        (nk.INDUK_TIDAK_ADA, 2, "kode", Severity.WARNING),
        (nk.INDUK_TIDAK_ADA, 14, "kode", Severity.WARNING),
    ]
    assert [str(i.kode) for i in result.items] == [
        "1.06",
        "1.06.06",
        "1.06.06.2.01",
        "1.06.06.2.01.0001",
        "1.06.07.2.01.0002",
    ]
    assert not result.ok
    by_row = {p.location.row: p for p in result.problems if p.code != nk.INDUK_TIDAK_ADA}
    by_row[14] = result.problems[-1]
    assert by_row[4].found == "2.013.04"
    assert "2.13.04" in by_row[4].message
    assert "Teks" in by_row[5].message
    assert by_row[7].found == "kecamatan"
    assert "baris 10" in by_row[11].message
    assert by_row[14].expected == "1.06.07.2.01"
    assert all(p.location.file == "bad.xlsx" for p in result.problems)
    assert all(p.location.sheet == "Nomenklatur" for p in result.problems)


def test_missing_required_column(tmp_path: Path) -> None:
    result = read_nomenklatur_rows(write_csv(tmp_path / "n.csv", [["kode", "uraian"], ["1", "x"]]))
    assert result.items == ()
    assert [(p.code, p.location.row) for p in result.problems] == [(nk.KOLOM_WAJIB_TIDAK_ADA, 1)]
    assert "nama" in result.problems[0].message


def test_duplicate_header_keeps_the_first_column(tmp_path: Path) -> None:
    rows = [["kode", "nama", "Nama"], ["1", "URUSAN WAJIB PELAYANAN DASAR", "lain"]]
    result = read_nomenklatur_rows(write_csv(tmp_path / "n.csv", rows))
    assert [p.code for p in result.problems] == [tabular.KOLOM_GANDA]
    assert result.items[0].nama == "URUSAN WAJIB PELAYANAN DASAR"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("n.pdf", b"%PDF", tabular.BERKAS_TIDAK_TERBACA),
        ("n.xlsx", b"not a zip", tabular.BERKAS_TIDAK_TERBACA),
        ("n.csv", "kode,nama\n1.06,Sosial\u00e9\n".encode("cp1252"), tabular.BERKAS_TIDAK_TERBACA),
        ("n.csv", b"", tabular.BERKAS_KOSONG),
        ("n.csv", b"\n\n", tabular.BERKAS_KOSONG),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = read_nomenklatur_rows(path)
    assert result.items == ()
    assert [p.code for p in result.problems] == [code]
    assert result.problems[0].severity is Severity.ERROR


def test_missing_file(tmp_path: Path) -> None:
    result = read_nomenklatur_rows(tmp_path / "tidak-ada.csv")
    assert [p.code for p in result.problems] == [tabular.BERKAS_TIDAK_TERBACA]


def test_named_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", list(GOOD_ROWS))
    assert len(read_nomenklatur_rows(path, sheet="Nomenklatur").items) == 6
    missing = read_nomenklatur_rows(path, sheet="Lain")
    assert [p.code for p in missing.problems] == [tabular.BERKAS_TIDAK_TERBACA]
    assert "Nomenklatur" in missing.problems[0].message


def test_results_unpack_as_items_and_problems(tmp_path: Path) -> None:
    items, problems = loaders.read_nomenklatur_rows(write_csv(tmp_path / "n.csv", GOOD_ROWS))
    assert len(items) == 6
    assert problems == ()


# --- user wilayah files --------------------------------------------------------------------


def test_good_wilayah_file(tmp_path: Path) -> None:
    rows = [
        ["kode", "nama", "level", "kode_induk"],
        ["65", "Kalimantan Utara", "provinsi", ""],
        ["65.71", "Kota Tarakan", "kota", "65"],
        ["65.71.01", "Tarakan Barat", "kecamatan", ""],
        ["65.71.01.1001", "Karang Anyar", "kelurahan", "65.71.01"],
    ]
    data, problems = loaders.read_wilayah_rows(write_csv(tmp_path / "w.csv", rows))
    assert problems == ()
    assert [(w.kode, w.level, w.parent) for w in data] == [
        ("65", LevelWilayah.PROVINSI, None),
        ("65.71", LevelWilayah.KABKOTA, "65"),
        ("65.71.01", LevelWilayah.KECAMATAN, "65.71"),
        ("65.71.01.1001", LevelWilayah.DESA, "65.71.01"),
    ]
    assert data.berlaku_mulai == 0
    assert data.dasar_hukum == ()


def test_each_kind_of_bad_wilayah_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["kode", "nama", "level", "kode_induk"],
        ["76", "Sulawesi Barat", "provinsi", None],  # 2 ok
        ["76.71", "Kabupaten Mamuju", "kabupaten", "76"],  # 3 kota range for a kabupaten
        [76.02, "Kabupaten Mamuju", "kabupaten", "76"],  # 4 typed as a number
        ["76.02", "Kabupaten Mamuju", "kab", "76"],  # 5 unknown level
        ["76.02", "", "kabupaten", "76"],  # 6 no name
        ["76.02", "Kabupaten Mamuju", "kabupaten", "75"],  # 7 wrong parent
        ["76.02", "Kabupaten Mamuju", "kabupaten", "76"],  # 8 ok
        ["76.02", "Kabupaten Mamuju", "kabupaten", ""],  # 9 duplicate
        ["76.05.01", "Banggae", "kecamatan", ""],  # 10 parent not in file
        ["76.02.01.2005", "Bambu", "kelurahan", ""],  # 11 desa code for a kelurahan
    ]
    data, problems = loaders.read_wilayah_rows(write_xlsx(tmp_path / "w.xlsx", rows))
    assert [(p.code, p.location.row, p.location.column, p.severity) for p in problems] == [
        (wil.KODE_TIDAK_SAH, 3, "kode", Severity.ERROR),
        (wil.KODE_TIDAK_SAH, 4, "kode", Severity.ERROR),
        (wil.LEVEL_TIDAK_SAH, 5, "level", Severity.ERROR),
        (wil.NAMA_KOSONG, 6, "nama", Severity.ERROR),
        (wil.INDUK_TIDAK_SESUAI, 7, "kode_induk", Severity.ERROR),
        (wil.BARIS_GANDA, 9, "kode", Severity.ERROR),
        (wil.KODE_TIDAK_SAH, 11, "kode", Severity.ERROR),
        (wil.INDUK_TIDAK_ADA, 10, "kode", Severity.WARNING),
    ]
    assert [w.kode for w in data] == ["76", "76.02", "76.05.01"]
    assert "76.02 (01-69)" in problems[0].message


def test_wilayah_file_without_level_column(tmp_path: Path) -> None:
    data, problems = loaders.read_wilayah_rows(
        write_csv(tmp_path / "w.csv", [["kode", "nama"], ["76", "Sulawesi Barat"]])
    )
    assert len(data) == 0
    assert [p.code for p in problems] == [wil.KOLOM_WAJIB_TIDAK_ADA]
