"""Regulations as data, cited as the seeds print them (seed 003 BAB I 1.2, lines 82-107)."""

from __future__ import annotations

from datetime import date

import pytest

from renjana.core.landasan_hukum import (
    LANDASAN_TIDAK_SAH,
    PERINGKAT,
    JenisRegulasi,
    Regulasi,
    check_regulasi,
    judul,
    kutipan,
    penerbit_bawaan,
    urutkan,
)

UU_25 = Regulasi(
    JenisRegulasi.UU,
    "25",
    2004,
    "Sistem Perencanaan Pembangunan Nasional",
    lembaran_tahun=2004,
    lembaran_nomor="104",
    tambahan_nomor="4421",
)
PERMENSOS_9 = Regulasi(
    JenisRegulasi.PERMENSOS,
    "9",
    2018,
    "Standar Teknis Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Sosial di Daerah "
    "Provinsi dan di Daerah Kabupaten/Kota",
    lembaran_tahun=2018,
    lembaran_nomor="868",
)
PERDA_5 = Regulasi(
    JenisRegulasi.PERDA,
    "5",
    2010,
    "Rencana Pembangunan Jangka Panjang Daerah 2005-2025",
    lembaran_tahun=2010,
    lembaran_nomor="5",
    tambahan_nomor="51",
)
PERGUB_4 = Regulasi(
    JenisRegulasi.PERGUB,
    "4",
    2022,
    "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah",
)
SK = Regulasi(
    JenisRegulasi.SK,
    "",
    None,
    "Pembentukan Tim Penyusunan Strategis (RENSTRA) Dinas Sosial Provinsi Sulawesi Barat "
    "Tahun 2023-2026",
    penerbit="Kepala Dinas Sosial Provinsi Sulawesi Barat",
)
SULBAR = "Provinsi Sulawesi Barat"


def test_citations_as_seed_003_prints_them() -> None:
    assert kutipan(UU_25) == (
        "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional "
        "(Lembaran Negara Republik Indonesia Tahun 2004 Nomor 104, Tambahan Lembaran Negara "
        "Republik Indonesia Nomor 4421)"
    )  # line 82
    assert kutipan(PERMENSOS_9) == (
        "Peraturan Menteri Sosial Nomor 9 Tahun 2018 tentang Standar Teknis Pelayanan Dasar pada "
        "Standar Pelayanan Minimal Bidang Sosial di Daerah Provinsi dan di Daerah "
        "Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2018 Nomor 868)"
    )  # line 97 (the seed adds "Republik Indonesia" after the minister)
    assert kutipan(PERDA_5, SULBAR) == (
        "Peraturan Daerah Provinsi Sulawesi Barat Nomor 5 Tahun 2010 tentang Rencana Pembangunan "
        "Jangka Panjang Daerah 2005-2025 (Lembaran Daerah Provinsi Sulawesi Barat Tahun 2010 "
        "Nomor 5, Tambahan Lembaran Daerah Provinsi Sulawesi Barat Nomor 51)"
    )  # line 101
    assert kutipan(PERGUB_4, SULBAR) == (
        "Peraturan Gubernur Sulawesi Barat Nomor 4 Tahun 2022 tentang Kedudukan, Susunan "
        "Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah"
    )  # line 104
    assert kutipan(SK, SULBAR) == (
        "Surat Keputusan Kepala Dinas Sosial Provinsi Sulawesi Barat tentang Pembentukan Tim "
        "Penyusunan Strategis (RENSTRA) Dinas Sosial Provinsi Sulawesi Barat Tahun 2023-2026"
    )  # line 107 prints "Nomor : ....." (not yet numbered)


def test_gazette_without_year_and_regional_issuers() -> None:
    perda_6 = Regulasi(
        JenisRegulasi.PERDA,
        "6",
        2018,
        "Pembentukan dan Susunan Perangkat Daerah",
        lembaran_nomor="79",
    )
    assert kutipan(perda_6, SULBAR).endswith("(Lembaran Daerah Provinsi Sulawesi Barat Nomor 79)")
    assert penerbit_bawaan(JenisRegulasi.PERWAL, "Kota Medan") == "Medan"
    assert penerbit_bawaan(JenisRegulasi.PERBUP, "Kabupaten Mamuju") == "Mamuju"
    assert penerbit_bawaan(JenisRegulasi.UU, "Kota Medan") == ""
    perwal = Regulasi(
        JenisRegulasi.PERWAL, "97", 2022, "SOTK", lembaran_tahun=2022, lembaran_nomor="97"
    )
    assert kutipan(perwal, "Kota Medan") == (
        "Peraturan Wali Kota Medan Nomor 97 Tahun 2022 tentang SOTK (Berita Daerah Kota Medan "
        "Tahun 2022 Nomor 97)"
    )
    assert (
        judul(Regulasi(JenisRegulasi.LAINNYA, "1", 2020, "x", penerbit="Instruksi Presiden"))
        == "Instruksi Presiden Nomor 1 Tahun 2020"
    )


def test_hierarchy_order() -> None:
    ordered = urutkan([SK, PERGUB_4, PERDA_5, PERMENSOS_9, UU_25])
    assert ordered == [UU_25, PERMENSOS_9, PERDA_5, PERGUB_4, SK]
    assert set(PERINGKAT) == set(JenisRegulasi)
    uu_23 = Regulasi(JenisRegulasi.UU, "23", 2014, "Pemerintahan Daerah")
    uu_11 = Regulasi(JenisRegulasi.UU, "11", 2009, "Kesejahteraan Sosial")
    assert urutkan([uu_23, UU_25, uu_11]) == [UU_25, uu_11, uu_23]


@pytest.mark.parametrize(
    ("reg", "messages"),
    [
        (
            Regulasi(JenisRegulasi.UU, "", None, ""),
            [
                "Undang-Undang: isian 'tentang' wajib diisi (judul peraturan).",
                "Undang-Undang: isian 'nomor' wajib diisi.",
                "Undang-Undang: isian 'tahun' wajib diisi.",
            ],
        ),
        (
            Regulasi(JenisRegulasi.PP, "2", 1800, "SPM", lembaran_nomor="dua", lembaran_tahun=2018),
            [
                "Peraturan Pemerintah: isian 'tahun' 1800 tidak sah; isi tahun antara 1945 "
                "dan 2100.",
                "Peraturan Pemerintah: isian 'lembaran nomor' 'dua' harus berupa angka (nomor "
                "lembaran saja, tanpa teks).",
            ],
        ),
        (
            Regulasi(JenisRegulasi.PP, "2", 2018, "SPM", lembaran_tahun=2018),
            ["Peraturan Pemerintah: tahun lembaran diisi tanpa nomor lembarannya."],
        ),
        (
            Regulasi(JenisRegulasi.LAINNYA, "", None, "x"),
            ["Jenis 'Lainnya': tulis nama jenis peraturannya di isian 'penerbit/jenis'."],
        ),
    ],
)
def test_checks_name_the_field(reg: Regulasi, messages: list[str]) -> None:
    problems = check_regulasi(reg)
    assert [p.message for p in problems] == messages
    assert {p.code for p in problems} == {LANDASAN_TIDAK_SAH}


def test_accepted_items_and_the_identity_of_a_regulation() -> None:
    for reg in (UU_25, PERMENSOS_9, PERDA_5, PERGUB_4, SK):
        assert check_regulasi(reg) == ()
    kep = Regulasi(
        JenisRegulasi.KEPMENDAGRI, "050-5889", None, "Pemutakhiran", tanggal=date(2021, 10, 25)
    )
    assert check_regulasi(kep) == ()
    assert Regulasi(JenisRegulasi.UU, " 25 ", 2004, "x").kunci == UU_25.kunci
    assert Regulasi(JenisRegulasi.PP, "25", 2004, "x").kunci != UU_25.kunci
