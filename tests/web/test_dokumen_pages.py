"""Document content pages through the Django client, asserting the page and the database:
Naskah (narrative, signature), landasan hukum, profile, staff tables and the logo; other
offices are 404, read-only roles 403, and nothing changes on refusal."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from renjana.apps.dokumen.models import (
    LandasanHukum,
    NarasiBagian,
    Naskah,
    PegawaiGolongan,
    PegawaiPendidikan,
    ProfilOpd,
)
from renjana.apps.organisasi.models import Pemda
from renjana.apps.perencanaan.models import Renja
from renjana.apps.perencanaan.services import impor
from renjana.core.naskah import BAGIAN_RENJA
from renjana.core.renja import RenjaRowInput
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db

NASKAH = "/opd/sulbar-dinsos/naskah/renja/2024/"


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


@pytest.fixture
def renja(sulbar: Office) -> Renja:
    rows = [
        RenjaRowInput("1.06.04", "PROGRAM REHABILITASI SOSIAL"),
        RenjaRowInput("1.06.04.1.02", "Rehabilitasi Sosial Dasar Anak Terlantar"),
        RenjaRowInput("1.06.04.1.02.0002", "Penyediaan Permakanan", pagu=Decimal("70000000")),
    ]
    return impor.import_renja(
        user=None, pd=sulbar.pd, tahun=2024, tahap="rancangan", rows=rows, system=True
    )


def _stored() -> list[tuple[str, str, bool]]:
    return list(
        NarasiBagian.objects.order_by("bagian").values_list("bagian", "teks", "diubah_manual")
    )


def test_office_page_links_to_the_document_pages(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    login(client, "pimpinan.sulbar")
    page = client.get("/opd/sulbar-dinsos/").content.decode()
    assert 'href="/opd/sulbar-dinsos/dokumen/" id="tautan-dokumen">Naskah &amp; profil</a>' in page
    hub = client.get("/opd/sulbar-dinsos/dokumen/").content.decode()
    assert f'href="{NASKAH}">Naskah Renja 2024</a>' in hub
    assert "/opd/sulbar-dinsos/landasan-hukum/opd/" in hub
    assert client.get("/opd/sulbar-dinsos/naskah/rkt/?tahun=2025")["Location"] == (
        "/opd/sulbar-dinsos/naskah/rkt/2025/"
    )


def test_operator_opens_edits_and_refills_the_naskah(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    login(client, "operator.sulbar")
    response = client.get(NASKAH)
    page = response.content.decode()
    assert response.status_code == 200
    assert len(_stored()) == len(BAGIAN_RENJA)  # prepared on first open
    assert "Rancangan Rencana Kerja (Renja) Dinas Sosial Provinsi Sulawesi Barat Tahun 2024" in page
    assert page.count('<textarea name="teks"') == len(BAGIAN_RENJA)
    assert 'id="isi-ulang">Isi ulang dari data</button>' in page
    assert "1 (Satu) Program, 1 (Satu) Kegiatan dan 1 (Satu) Sub Kegiatan" in page

    # HTMX save: the part comes back in place, marked as edited.
    url = f"{NASKAH}bagian/bab5.penutup/"
    response = client.post(url, {"teks": "Penutup yang disunting."}, HTTP_HX_REQUEST="true")
    fragment = response.content.decode()
    assert response.status_code == 200
    assert fragment.lstrip().startswith("<section")
    assert 'id="bagian-bab5-penutup"' in fragment
    assert "diubah manual" in fragment
    assert "Teks disimpan." in fragment
    row = NarasiBagian.objects.get(bagian="bab5.penutup")
    assert (row.teks, row.diubah_manual) == ("Penutup yang disunting.", True)

    # Without HTMX: redirect back to the part.
    response = client.post(f"{NASKAH}bagian/bab1.latar_belakang/", {"teks": "Latar."})
    assert response.status_code == 302
    assert response["Location"] == f"{NASKAH}#bagian-bab1-latar_belakang"

    # A refused text: 422 with the reason, nothing stored.
    before = _stored()
    response = client.post(url, {"teks": "a\x00b"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert "teks berisi karakter NUL" in response.content.decode()
    assert _stored() == before

    # Refill: every part not edited by hand; edited parts stay.
    NarasiBagian.objects.filter(bagian="kata_pengantar").update(teks="usang")
    response = client.post(f"{NASKAH}isi-ulang/")
    assert response.status_code == 302
    assert NarasiBagian.objects.get(bagian="kata_pengantar").teks.startswith("Puji syukur")
    assert NarasiBagian.objects.get(bagian="bab5.penutup").teks == "Penutup yang disunting."
    client.post(f"{NASKAH}isi-ulang/", {"bagian": "bab5.penutup"})
    row = NarasiBagian.objects.get(bagian="bab5.penutup")
    assert row.diubah_manual is False
    assert row.teks.startswith("Renja Dinas Sosial Provinsi")
    assert client.post(f"{NASKAH}bagian/bab9.tidak_ada/", {"teks": "x"}).status_code == 404


def test_signature_place_and_date_form(client: Client, sulbar: Office, renja: Renja) -> None:
    login(client, "operator.sulbar")
    response = client.post(f"{NASKAH}ttd/", {"tempat": "Mamuju", "tanggal": "2023-07-24"})
    assert response.status_code == 302
    page = client.get(NASKAH).content.decode()
    assert '<dd id="ttd-tempat-tanggal">Mamuju, 24 Juli 2023</dd>' in page
    for data, message in (
        ({"tempat": "Mamuju", "tanggal": "24 Juli"}, "Tanggal penandatanganan tidak dikenali"),
        ({"tempat": "Mamuju", "tanggal": "2019-01-02"}, "tidak wajar untuk Renja 2024"),
    ):
        response = client.post(f"{NASKAH}ttd/", data)
        assert response.status_code == 422
        assert message in response.content.decode()
    naskah = Naskah.objects.get()
    assert (naskah.ttd_tempat, naskah.ttd_tanggal.isoformat()) == ("Mamuju", "2023-07-24")


def test_read_only_roles_see_the_text_but_cannot_write(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    for username in ("pimpinan.sulbar", "verifikator.sulbar"):
        login(client, username)
        page = client.get(NASKAH).content.decode()
        assert "Anda hanya dapat membaca naskah ini" in page
        assert '<textarea name="teks"' not in page
        assert "Puji syukur kami panjatkan" in page  # shown from the template, not stored
        assert _stored() == []
        for url, data in (
            (f"{NASKAH}bagian/bab5.penutup/", {"teks": "x"}),
            (f"{NASKAH}isi-ulang/", {}),
            (f"{NASKAH}ttd/", {"tempat": "X", "tanggal": "2023-07-24"}),
        ):
            assert client.post(url, data).status_code == 403
        assert _stored() == []
        assert not Naskah.objects.exists()


def test_other_offices_are_not_found(
    client: Client, sulbar: Office, tarakan: Office, renja: Renja
) -> None:
    login(client, "operator.tarakan")
    for url in (
        NASKAH,
        "/opd/sulbar-dinsos/dokumen/",
        "/opd/sulbar-dinsos/landasan-hukum/opd/",
        "/opd/sulbar-dinsos/profil/",
        "/opd/sulbar-dinsos/sdm/2023/",
        "/opd/sulbar-dinsos/logo/",
        "/opd/sulbar-dinsos/logo/gambar/",
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        f"{NASKAH}bagian/bab5.penutup/",
        f"{NASKAH}isi-ulang/",
        "/opd/sulbar-dinsos/landasan-hukum/daftar-awal/",
        "/opd/sulbar-dinsos/sdm/2023/",
    ):
        assert client.post(url, {"teks": "x"}).status_code == 404, url
    assert not NarasiBagian.objects.exists()
    assert not LandasanHukum.objects.exists()
    login(client, "operator.sulbar")
    assert client.get("/opd/sulbar-dinsos/naskah/renja/2031/").status_code == 404  # no Renja
    assert client.get("/opd/sulbar-dinsos/naskah/lain/2024/").status_code == 404


# --- landasan hukum -----------------------------------------------------------------------

LANDASAN = "/opd/sulbar-dinsos/landasan-hukum/opd/"


def _landasan() -> list[tuple[int, str, str]]:
    return list(
        LandasanHukum.objects.filter(perangkat_daerah__isnull=False)
        .order_by("urutan")
        .values_list("urutan", "jenis", "nomor")
    )


def test_landasan_hukum_editor(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    assert client.post("/opd/sulbar-dinsos/landasan-hukum/daftar-awal/").status_code == 302
    page = client.get(LANDASAN).content.decode()
    assert len(_landasan()) == 13
    assert page.count('<tr data-id="') == 13
    assert (
        "<td>Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional "
        "(Lembaran Negara Republik Indonesia Tahun 2004 Nomor 104, Tambahan Lembaran Negara "
        "Republik Indonesia Nomor 4421);</td>"
    ) in page

    data = {
        "jenis": "pergub",
        "nomor": "4",
        "tahun": "2022",
        "tentang": "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja "
        "Perangkat Daerah",
    }
    assert client.post(LANDASAN, data).status_code == 302
    item = LandasanHukum.objects.get(jenis="pergub")
    assert item.urutan == 14
    page = client.get(LANDASAN).content.decode()
    assert "Peraturan Gubernur Sulawesi Barat Nomor 4 Tahun 2022 tentang Kedudukan" in page

    response = client.post(LANDASAN, {**data, "tentang": "lagi"})
    assert response.status_code == 422
    assert "sudah ada di daftar (nomor urut 14)" in response.content.decode()
    response = client.post(LANDASAN, {"jenis": "uu", "nomor": "1", "tahun": "abc", "tentang": ""})
    assert response.status_code == 422
    body = response.content.decode()
    assert "Tahun harus berupa angka" in body
    assert "Isian &#39;tentang&#39; wajib diisi." in body
    assert len(_landasan()) == 14

    edit = f"{LANDASAN}{item.pk}/"
    assert "Peraturan Gubernur Sulawesi Barat" in client.get(edit).content.decode()
    assert (
        client.post(edit, {**data, "lembaran_tahun": "2022", "lembaran_nomor": "4"}).status_code
        == 302
    )
    item.refresh_from_db()
    assert (item.lembaran_tahun, item.lembaran_nomor) == (2022, "4")
    client.post(f"{edit}pindah/", {"arah": "naik"})
    assert _landasan()[12] == (13, "pergub", "4")
    client.post(f"{edit}hapus/")
    assert len(_landasan()) == 13
    assert not LandasanHukum.objects.filter(pk=item.pk).exists()
    client.post(f"{LANDASAN}urutkan/")
    assert [n for _, _, n in _landasan()][:2] == ["25", "11"]


def test_landasan_read_only_and_pemda_list(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    client.post("/opd/sulbar-dinsos/landasan-hukum/daftar-awal/")
    first = LandasanHukum.objects.order_by("urutan").first()
    assert first is not None
    pemda_list = "/opd/sulbar-dinsos/landasan-hukum/pemda/"
    perda = {"jenis": "perda", "nomor": "6", "tahun": "2018", "tentang": "Perangkat Daerah"}
    assert client.post(pemda_list, perda).status_code == 403  # the admin's list
    before = _landasan()
    login(client, "pimpinan.sulbar")
    page = client.get(LANDASAN).content.decode()
    assert "Tambah peraturan" not in page
    assert "Isi daftar awal" not in page
    for url, data in (
        (LANDASAN, perda),
        (f"{LANDASAN}{first.pk}/", perda),
        (f"{LANDASAN}{first.pk}/hapus/", {}),
        (f"{LANDASAN}{first.pk}/pindah/", {"arah": "turun"}),
        (f"{LANDASAN}urutkan/", {}),
        ("/opd/sulbar-dinsos/landasan-hukum/daftar-awal/", {}),
    ):
        assert client.post(url, data).status_code == 403, url
    assert _landasan() == before
    login(client, "admin.sulbar")
    assert client.post(pemda_list, perda).status_code == 302
    assert LandasanHukum.objects.filter(perangkat_daerah__isnull=True).count() == 1
    assert client.get(f"{LANDASAN}99999/").status_code == 404


# --- profile, staff tables, logo ------------------------------------------------------------


def test_profile_page(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    data = {
        "dasar_hukum": "Peraturan Gubernur Sulawesi Barat Nomor 4 Tahun 2022",
        "tugas_pokok": "Membantu Gubernur melaksanakan urusan pemerintahan bidang sosial.",
        "fungsi": "1. Perumusan kebijakan;\n2. Pelaksanaan kebijakan;",
        "struktur": "Kepala Dinas\n- Sekretariat\n-- Sub Bagian Umum\n- Bidang Rehabilitasi Sosial",
    }
    assert client.post("/opd/sulbar-dinsos/profil/", data).status_code == 302
    profil = ProfilOpd.objects.get()
    assert profil.fungsi == ["Perumusan kebijakan;", "Pelaksanaan kebijakan;"]
    assert profil.struktur[2] == {"nama": "Sub Bagian Umum", "induk": "Sekretariat"}
    page = client.get("/opd/sulbar-dinsos/profil/").content.decode()
    assert '<li style="margin-left: 3.0em">Sub Bagian Umum</li>' in page
    response = client.post("/opd/sulbar-dinsos/profil/", {**data, "struktur": "Kepala\n--- X"})
    assert response.status_code == 422
    assert "bertingkat 3 tanda" in response.content.decode()
    login(client, "pimpinan.sulbar")
    assert client.post("/opd/sulbar-dinsos/profil/", data | {"tugas_pokok": "x"}).status_code == 403
    assert ProfilOpd.objects.get().tugas_pokok == data["tugas_pokok"]


def test_staff_tables_page_shows_computed_totals(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    url = "/opd/sulbar-dinsos/sdm/2023/"
    data = {
        "pendidikan-asn-s2-l": "8",
        "pendidikan-asn-s2-p": "4",
        "pendidikan-asn-s1-l": "13",
        "pendidikan-asn-s1-p": "13",
        "pendidikan-phl-slta-l": "15",
        "pendidikan-phl-slta-p": "11",
        "golongan-IV-c-l": "1",
        "golongan-III-b-l": "3",
        "golongan-III-b-p": "1",
    }
    assert client.post(url, data).status_code == 302
    assert PegawaiPendidikan.objects.count() == 3
    assert PegawaiGolongan.objects.count() == 2
    page = client.get(url).content.decode()
    assert page.count('class="num jumlah">38</td>') == 1  # ASN JUMLAH row: 21 + 17
    assert '<tr class="total" id="total-golongan"><td>TOTAL</td><td class="num">4</td>' in page
    assert (
        'id="subtotal-III"><td>Golongan III</td><td class="num">3</td><td class="num">1</td>'
        in page
    )

    response = client.post(url, {**data, "golongan-IV-c-l": "satu"})
    assert response.status_code == 422
    assert "ASN golongan IV/c, laki-laki: &#39;satu&#39; bukan angka." in response.content.decode()
    response = client.post(url, {**data, "pendidikan-asn-s2-p": "2,5"})
    assert response.status_code == 422
    body = response.content.decode()
    assert (
        "ASN, Pascasarjana (S2), perempuan: 2,5 tidak sah; jumlah pegawai harus bilangan bulat"
        in body
    )
    assert 'value="2,5"' in body  # the typed value is shown again
    assert PegawaiPendidikan.objects.get(jenjang="s2").perempuan == 4
    assert (
        client.get("/opd/sulbar-dinsos/sdm/?tahun=2024")["Location"]
        == "/opd/sulbar-dinsos/sdm/2024/"
    )
    login(client, "pimpinan.sulbar")
    page = client.get(url).content.decode()
    assert 'name="pendidikan-asn-s2-l"' not in page
    assert client.post(url, data | {"pendidikan-asn-s2-l": "99"}).status_code == 403
    assert PegawaiPendidikan.objects.get(jenjang="s2").laki_laki == 8


def _png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_logo_upload_for_the_admin_only(
    client: Client, sulbar: Office, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    png = _png()
    login(client, "operator.sulbar")
    page = client.get("/opd/sulbar-dinsos/logo/").content.decode()
    assert 'type="file"' not in page
    assert "Logo belum diunggah" in page
    response = client.post("/opd/sulbar-dinsos/logo/", {"logo": SimpleUploadedFile("l.png", png)})
    assert response.status_code == 403
    assert not Pemda.objects.get(pk=sulbar.pemda.pk).logo
    login(client, "admin.sulbar")
    fake = SimpleUploadedFile("logo.png", b"MZ\x90\x00not an image")
    response = client.post("/opd/sulbar-dinsos/logo/", {"logo": fake})
    assert response.status_code == 422
    assert "bukan gambar PNG atau JPG" in response.content.decode()
    assert not Pemda.objects.get(pk=sulbar.pemda.pk).logo
    response = client.post("/opd/sulbar-dinsos/logo/", {"logo": SimpleUploadedFile("l.png", png)})
    assert response.status_code == 302
    assert Pemda.objects.get(pk=sulbar.pemda.pk).logo.name.endswith(".png")
    image = client.get("/opd/sulbar-dinsos/logo/gambar/")
    assert (image.status_code, image["Content-Type"], image.content) == (200, "image/png", png)
    assert 'id="logo-pemda"' in client.get("/opd/sulbar-dinsos/logo/").content.decode()
