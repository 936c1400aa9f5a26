"""Data-driven paragraphs and safe templates (core.narasi, core.naskah)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.narasi import (
    PLACEHOLDER,
    IndikatorKurang,
    isi_templat,
    nama_kepala_daerah,
    pengantar_bab4,
    pengantar_sdm,
    placeholder_tak_dikenal,
    ringkasan_evaluasi,
    rupiah_dengan_kata,
    susunan_program,
)
from renjana.core.naskah import (
    BAGIAN,
    BAGIAN_RENJA,
    BAGIAN_RKT,
    JenisDokumen,
    bagian_of,
    nama_dokumen,
    nilai_templat,
)
from renjana.core.terbilang import baca_terbilang

SEED_001 = (
    "Pada tahun 2022, Dinas Sosial dan Pemberdayaan Masyarakat melaksanakan 8 (Delapan) "
    "Program, 13 (Tiga Belas) Kegiatan dan 27 (Dua Puluh Tujuh) Sub Kegiatan dengan alokasi "
    "anggaran sebesar Rp 5.176.219.306 (lima miliar seratus tujuh puluh enam juta dua ratus "
    "sembilan belas ribu tiga ratus enam rupiah) dan realisasi sebesar Rp 4.958.785.649 (empat "
    "miliar sembilan ratus lima puluh delapan juta tujuh ratus delapan puluh lima ribu enam "
    "ratus empat puluh sembilan rupiah) atau 95,80%."
)


def test_ringkasan_evaluasi_writes_the_seed_001_sentence_from_its_numbers() -> None:
    # seed 001 line 190 prints "8 (Delapan) Program, 13 (Tiga Belas) kegiatan dan 27 (Dua
    # Puluh Tujuh) Sub Kegiatan … Rp. 5.176.219.306,- … Rp.4.958.785.649,- atau 95,80%".
    text = ringkasan_evaluasi(
        8,
        13,
        27,
        Decimal("5176219306"),
        Decimal("4958785649"),
        tahun=2022,
        nama_opd="Dinas Sosial dan Pemberdayaan Masyarakat",
    )
    assert text == SEED_001
    evaluated = ringkasan_evaluasi(
        8,
        13,
        27,
        Decimal("5176219306"),
        Decimal("4958785649"),
        tahun=2022,
        nama_opd="Dinas Sosial dan Pemberdayaan Masyarakat",
        jumlah_dievaluasi=48,
    )
    assert evaluated == SEED_001 + (
        "\n\nSeluruh 48 (Empat Puluh Delapan) indikator kinerja yang dievaluasi telah mencapai "
        "target."
    )
    none_judged = ringkasan_evaluasi(1, 1, 1, Decimal(1), Decimal(1), jumlah_dievaluasi=0).split(
        "\n\n"
    )[1]
    assert none_judged == (
        "Capaian indikator kinerja belum dapat dievaluasi karena realisasi kinerjanya belum "
        "tersedia."
    )


def test_ringkasan_lists_indicators_that_fell_short_with_their_faktor_penghambat() -> None:
    text = ringkasan_evaluasi(
        7,
        20,
        0,
        Decimal(100),
        Decimal(90),
        [
            IndikatorKurang(
                "Persentase Anak Terlantar yang menerima layanan",
                Decimal("88.4013"),
                "sarana panti terbatas.",
            ),
            IndikatorKurang("Indeks Kepuasan", None),
        ],
    )
    first, second = text.split("\n\n")
    assert first == (
        "Pada tahun lalu, Perangkat Daerah melaksanakan 7 (Tujuh) Program dan 20 (Dua Puluh) "
        "Kegiatan dengan alokasi anggaran sebesar Rp 100 (seratus rupiah) dan realisasi sebesar "
        "Rp 90 (sembilan puluh rupiah) atau 90,00%."
    )
    assert second == (
        "Indikator kinerja yang belum mencapai target sebanyak 2 (Dua) indikator, yaitu: "
        "1) Persentase Anak Terlantar yang menerima layanan dengan capaian 88,40%, faktor "
        "penghambat: sarana panti terbatas; 2) Indeks Kepuasan yang target kualitatifnya belum "
        "tercapai, faktor penghambat belum diisi."
    )
    counted = ringkasan_evaluasi(
        1, 1, 1, Decimal(1), Decimal(1), [IndikatorKurang("X", Decimal(50))], jumlah_dievaluasi=12
    ).split("\n\n")[1]
    assert counted == (
        "Dari 12 (Dua Belas) indikator kinerja yang dievaluasi, 1 (Satu) indikator belum "
        "mencapai target, yaitu: 1) X dengan capaian 50,00%, faktor penghambat belum diisi."
    )


def test_ringkasan_without_budget_or_rows() -> None:
    text = ringkasan_evaluasi(1, 0, 0, Decimal(0), Decimal(0))
    assert "1 (Satu) Program dengan alokasi anggaran sebesar Rp 0 (nol rupiah)" in text
    assert "persentase realisasi tidak dapat dihitung karena alokasi anggaran nol." in text
    assert ringkasan_evaluasi(0, 0, 0, Decimal(0), Decimal(0), tahun=2022, nama_opd="Dinsos") == (
        "Pada tahun 2022, Dinsos tidak mempunyai program yang dievaluasi."
    )
    with pytest.raises(ValueError, match="negatif"):
        susunan_program(-1, 0, 0)


def test_pengantar_bab4_with_the_seed_003_totals() -> None:
    # seed 003 Tabel 4.1 JUMLAH: 13.867.555.785,00 (2024) and 20.320.000.000,00 (2025).
    text = pengantar_bab4(
        7,
        14,
        30,
        Decimal("13867555785.00"),
        Decimal("20320000000.00"),
        tahun=2024,
        nama_opd="Dinas Sosial",
    )
    assert text.startswith(
        "Rencana kerja dan pendanaan Dinas Sosial tahun 2024 terdiri dari 7 (Tujuh) Program, "
        "14 (Empat Belas) Kegiatan dan 30 (Tiga Puluh) Sub Kegiatan dengan total kebutuhan dana "
        "(pagu indikatif) sebesar Rp 13.867.555.785 (tiga belas miliar delapan ratus enam puluh "
        "tujuh juta lima ratus lima puluh lima ribu tujuh ratus delapan puluh lima rupiah). "
        "Prakiraan maju tahun 2025 sebesar Rp 20.320.000.000 (dua puluh miliar tiga ratus dua "
        "puluh juta rupiah)."
    )
    no_n1 = pengantar_bab4(1, 1, 1, Decimal(5), None, tahun=2024)
    assert "Prakiraan maju" not in no_n1
    assert pengantar_bab4(0, 0, 0, Decimal(0), tahun=2024).endswith(
        "belum memuat program, kegiatan dan sub kegiatan."
    )


def test_pengantar_sdm_counts_staff_in_words() -> None:
    assert pengantar_sdm(2023, 43, 71, nama_opd="Dinas Sosial") == (
        "Dalam menyelenggarakan tugas dan fungsinya, Dinas Sosial pada tahun 2023 didukung oleh "
        "43 (Empat Puluh Tiga) orang Aparatur Sipil Negara (ASN) dan 71 (Tujuh Puluh Satu) orang "
        "Pegawai Harian Lepas (PHL), dengan komposisi menurut pendidikan dan golongan sebagai "
        "berikut."
    )
    assert (
        pengantar_sdm(2023, 0, 0)
        == "Data sumber daya manusia Perangkat Daerah tahun 2023 belum diisi."
    )


def test_rupiah_dengan_kata_negative() -> None:
    assert rupiah_dengan_kata(Decimal("-649000")) == (
        "-Rp 649.000 (minus enam ratus empat puluh sembilan ribu rupiah)"
    )


def test_templates_fill_only_known_names_and_never_reinterpret_values() -> None:
    values = {"nama_opd": "Dinas {tahun}", "tahun": "2024"}
    text = "{nama_opd} {tahun} {x} {0} {tahun.__class__} {tahun!r} {}"
    assert isi_templat(text, values) == "Dinas {tahun} 2024 {x} {0} {tahun.__class__} {tahun!r} {}"
    assert placeholder_tak_dikenal("{nama_opd} {tahun_depan} {x} {x}") == ("tahun_depan", "x")


@given(st.text(max_size=200), st.dictionaries(st.sampled_from(PLACEHOLDER), st.text(max_size=30)))
def test_filling_never_fails_and_leaves_text_without_placeholders_unchanged(
    text: str, values: dict[str, str]
) -> None:
    filled = isi_templat(text, values)
    if not placeholder_tak_dikenal(text, ()):  # no {name} at all
        assert filled == text


def test_every_template_uses_only_known_placeholders_and_fills_completely() -> None:
    values = nilai_templat(
        jenis=JenisDokumen.RENJA,
        tahun=2024,
        nama_opd="Dinas Sosial",
        nama_pemda="Provinsi Sulawesi Barat",
        provinsi=True,
        tahap="Rancangan Akhir",
    )
    assert set(values) == set(PLACEHOLDER)
    for jenis, items in BAGIAN.items():
        keys = [b.kunci for b in items]
        assert len(keys) == len(set(keys)), jenis
        for bagian in items:
            assert bagian.templat, bagian.kunci
            assert placeholder_tak_dikenal(bagian.templat) == (), bagian.kunci
            assert "{" not in isi_templat(bagian.templat, values), bagian.kunci


def test_template_values_of_a_renja() -> None:
    values = nilai_templat(
        jenis=JenisDokumen.RENJA,
        tahun=2024,
        nama_opd="Dinas Sosial",
        nama_pemda="Provinsi Sulawesi Barat",
        provinsi=True,
        tahap="Rancangan Awal",
    )
    assert values == {
        "nama_opd": "Dinas Sosial",
        "pemda": "Provinsi Sulawesi Barat",
        "pemerintah": "Pemerintah Provinsi Sulawesi Barat",
        "kepala_daerah": "Gubernur",
        "tahun": "2024",
        "tahun_n1": "2025",
        "tahun_berjalan": "2023",
        "tahun_lalu": "2022",
        "tahap": "Rancangan Awal",
        "nama_dokumen": "Rancangan Awal Rencana Kerja (Renja)",
    }
    kata = isi_templat(BAGIAN_RENJA[0].templat, values)
    assert kata.startswith(
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Rancangan "
        "Awal Rencana Kerja (Renja) Dinas Sosial Provinsi Sulawesi Barat Tahun 2024."
    )
    assert "prakiraan maju tahun 2025" in kata


def test_document_names_and_heads_of_region() -> None:
    assert nama_dokumen(JenisDokumen.RENJA, "Penetapan") == "Rencana Kerja (Renja)"
    assert nama_dokumen(JenisDokumen.RENJA, "Perubahan") == "Perubahan Rencana Kerja (Renja)"
    assert nama_dokumen(JenisDokumen.RKT, "Rancangan") == "Rencana Kinerja Tahunan (RKT)"
    assert nama_kepala_daerah("Kota Tarakan", False) == "Wali Kota"
    assert nama_kepala_daerah("Kabupaten Mamuju", False) == "Bupati"
    assert nama_kepala_daerah("Provinsi Sulawesi Barat", True) == "Gubernur"
    rkt = nilai_templat(
        jenis=JenisDokumen.RKT,
        tahun=2024,
        nama_opd="Dinas Sosial",
        nama_pemda="Kota Medan",
        provinsi=False,
        tahap="Penetapan",
    )
    assert (rkt["tahap"], rkt["kepala_daerah"]) == ("", "Wali Kota")


def test_the_parts_of_each_document() -> None:
    assert [b.label for b in BAGIAN_RENJA][:6] == [
        "KATA PENGANTAR",
        "1.1 Latar Belakang",
        "1.2 Landasan Hukum",
        "1.3 Maksud dan Tujuan",
        "1.4 Sistematika Penulisan",
        "2.1 Evaluasi Pelaksanaan Renja Perangkat Daerah Tahun Lalu dan Capaian Renstra",
    ]
    assert [b.kunci for b in BAGIAN_RENJA if b.dari_data] == [
        "bab2.ringkasan_evaluasi",
        "bab4.pengantar",
    ]
    assert [b.kunci for b in BAGIAN_RKT if b.dari_data] == ["bab1.sdm"]
    assert bagian_of(JenisDokumen.RKT, "bab5.penutup") is None
    assert bagian_of(JenisDokumen.RENJA, "bab5.penutup") is not None


@given(
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 2000),
    st.integers(0, 10**13),
    st.integers(0, 10**13),
)
def test_ringkasan_is_deterministic_and_its_words_match_its_figures(
    p: int, k: int, s: int, anggaran: int, realisasi: int
) -> None:
    a = ringkasan_evaluasi(p, k, s, Decimal(anggaran), Decimal(realisasi), tahun=2022)
    assert a == ringkasan_evaluasi(p, k, s, Decimal(anggaran), Decimal(realisasi), tahun=2022)
    pairs = re.findall(r"([\d.]+) \(([A-Z][A-Za-z ]+)\)", a)  # "8 (Delapan)"
    assert len(pairs) == sum(1 for n in (p, k, s) if n)
    amounts = re.findall(r"Rp ([\d.]+) \(([a-z ]+) rupiah\)", a)
    assert len(amounts) == (2 if p or k or s else 0)
    for figure, kata in [*pairs, *amounts]:
        assert baca_terbilang(kata) == int(figure.replace(".", ""))
