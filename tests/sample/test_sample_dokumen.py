"""The transcribed Sulawesi Barat signature place and date (sulbar_dokumen.yaml), loaded
through the dokumen services. Expected values are typed from seed 003 (Kata Pengantar line 20,
BAB V line 792: "Mamuju, 24 Juli 2023"), never taken from the file under test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from renjana.apps.dokumen.selectors.isi import isi_dokumen
from renjana.apps.dokumen.selectors.naskah import konteks, penandatangan
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.naskah import BAGIAN_RENJA, JenisDokumen
from renjana.sample.dokumen import FILES, read_dokumen
from tests.sample_db import SULBAR, sample_db  # noqa: F401 - fixture


def test_the_file_holds_the_printed_place_and_date() -> None:
    data = read_dokumen(FILES["sulbar.yaml"])
    assert data["naskah"] == [
        {
            "jenis": "renja",
            "tahun": 2024,
            "ttd_tempat": "Mamuju",
            "ttd_tanggal": "2023-07-24",
            "sumber": 'Kata Pengantar line 20 and BAB V line 792: "Mamuju, 24 Juli 2023"',
        }
    ]


@pytest.mark.usefixtures("sample_db")
@pytest.mark.django_db
def test_the_sample_renja_2024_is_signed_in_mamuju_on_24_juli_2023() -> None:
    pd = PerangkatDaerah.objects.get(kode=SULBAR)
    ttd = penandatangan(konteks(pd, JenisDokumen.RENJA, 2024))
    assert (ttd.jabatan, ttd.nama, ttd.pangkat, ttd.nip, ttd.tempat, ttd.tanggal) == (
        "Kepala Dinas Sosial Provinsi Sulawesi Barat",
        "Drs. H. MUHAMMAD RAHMAT, MM",
        "Pembina Utama Madya",
        "19640408 198603 1 023",
        "Mamuju",
        dt.date(2023, 7, 24),
    )


@pytest.mark.usefixtures("sample_db")
@pytest.mark.django_db
def test_the_data_paragraphs_of_the_sample_agree_with_seed_003() -> None:
    # Seed 003 TABEL 2.1 JUMLAH (RFK 2022): pagu 11.974.854.860, realisasi 11.790.643.219,
    # 98,46 %, "7 program" (line 176); Tabel 4.1 JUMLAH: 13.867.555.785,00 and
    # 20.320.000.000,00 (line 780). The 2022 RFK carries no indicator realisasi.
    pd = PerangkatDaerah.objects.get(kode=SULBAR)
    isi = isi_dokumen(konteks(pd, JenisDokumen.RENJA, 2024))
    assert [b.bagian for b in isi.bagian] == list(BAGIAN_RENJA)
    assert not any(b.tersimpan for b in isi.bagian)  # nobody opened the Naskah yet
    assert isi.teks("bab2.ringkasan_evaluasi") == (
        "Pada tahun 2022, Dinas Sosial melaksanakan 7 (Tujuh) Program dan 20 (Dua Puluh) "
        "Kegiatan dengan alokasi anggaran sebesar Rp 11.974.854.860 (sebelas miliar sembilan "
        "ratus tujuh puluh empat juta delapan ratus lima puluh empat ribu delapan ratus enam "
        "puluh rupiah) dan realisasi sebesar Rp 11.790.643.219 (sebelas miliar tujuh ratus "
        "sembilan puluh juta enam ratus empat puluh tiga ribu dua ratus sembilan belas rupiah) "
        "atau 98,46%.\n\nCapaian indikator kinerja belum dapat dievaluasi karena realisasi "
        "kinerjanya belum tersedia."
    )
    assert "sebesar Rp 13.867.555.785 (tiga belas miliar" in isi.teks("bab4.pengantar")
    assert (
        "Prakiraan maju tahun 2025 sebesar Rp 20.320.000.000 (dua puluh miliar tiga ratus dua "
        "puluh juta rupiah)." in isi.teks("bab4.pengantar")
    )
    assert isi.penandatangan.tempat == "Mamuju"
    assert (isi.landasan_hukum, isi.profil, isi.sdm, isi.logo) == ((), None, None, None)


@pytest.mark.usefixtures("sample_db")
@pytest.mark.django_db
def test_the_naskah_page_of_the_sample_in_a_fixed_number_of_queries(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    assert client.login(username="operator.sulawesi-barat", password="renjana-demo")
    url = f"/opd/{SULBAR}/naskah/renja/2024/"
    client.get(url)  # prepares the parts
    with django_assert_max_num_queries(45):
        page = client.get(url).content.decode()
    assert page.count('<textarea name="teks"') == len(BAGIAN_RENJA)
    assert '<dd id="ttd-tempat-tanggal">Mamuju, 24 Juli 2023</dd>' in page
