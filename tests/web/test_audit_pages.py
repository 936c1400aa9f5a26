"""The audit page: upload a document, read the findings, download them, turn the main table
into a draft Renja after review. Documents are built in the test (no seed files needed)."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from renjana.apps.perencanaan.models import Renja, RenjaBaris
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db

HEADER = (
    "KODE\tURUSAN / BIDANG URUSAN PEMERINTAHAN DAERAH, PROGRAM, KEGIATAN DAN SUB KEGIATAN\t"
    "INDIKATOR KINERJA PROGRAM, KEGIATAN DAN SUB KEGIATAN\tRENCANA TAHUN 2025\t\t\t\t"
    "CATATAN PENTING\tPRAKIRAAN MAJU TAHUN 2026\t\n"
    "\t\t\tLOKASI\tTARGET CAPAIAN KINERJA\tKEBUTUHAN DANA / PAGU INDIKATIF (RP)\t"
    "SUMBER DANA\t\tTARGET CAPAIAN KINERJA\tKEBUTUHAN DANA / PAGU INDIKATIF (RP)"
)
KEGIATAN = (
    "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
    "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial"
)
NUMBERS = "\t".join(str(i) for i in range(1, 11))


def document(kegiatan_total: str) -> bytes:
    """A small kab/kota Renja 2025 with a T-C.33 table whose kegiatan total is given."""
    lines = [
        "# RENCANA KERJA DINAS SOSIAL KOTA TARAKAN TAHUN 2025",
        "",
        "**Tabel 7**",
        "**Rumusan Rencana Program dan Kegiatan Tahun 2025 dan Prakiraan Maju Tahun 2026**",
        "",
        HEADER,
        NUMBERS,
        "1.06.04\tPROGRAM REHABILITASI SOSIAL\tPersentase PPKS terlayani\tKota Tarakan\t100 %\t"
        "60.000.000\tAPBD\t\t100 %\t70.000.000",
        f"1.06.04.2.01\t{KEGIATAN}\tJumlah PPKS terlayani\t"
        f"Kota Tarakan\t300 Orang\t{kegiatan_total}\tAPBD\t\t320 Orang\t70.000.000",
        "1.06.04.2.01.0001\tPenyediaan Permakanan\tJumlah Orang yang Mendapatkan Permakanan\t"
        "Kota Tarakan\t200 Orang\t40.000.000\tAPBD\t\t220 Orang\t45.000.000",
        "1.06.04.2.01.0002\tPenyediaan Sandang\tJumlah Orang yang Menerima Pakaian\t"
        "Kota Tarakan\t100 Orang\t20.000.000\tAPBD\t\t100 Orang\t25.000.000",
        "\tJ U M L A H\t\t\t\t60.000.000\t\t\t\t70.000.000",
    ]
    return "\n".join(lines).encode()


def upload(client: Client, data: bytes, name: str = "renja.txt") -> str:
    response = client.post(
        "/audit/", {"berkas": SimpleUploadedFile(name, data), "tahun": "", "tingkat": ""}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return str(response["Location"])


def test_upload_shows_findings_and_downloads(client: Client, tarakan: Office) -> None:
    assert client.login(username="verifikator.tarakan", password=PASSWORD)
    location = upload(client, document("65.000.000"))  # printed total is wrong: 60.000.000
    page = client.get(location).content.decode()
    assert 'id="temuan"' in page
    assert "JUMLAH_INDUK_SALAH" in page
    assert "65.000.000" in page
    assert "60.000.000" in page
    data = json.loads(client.get(location + "unduh.json").content)
    rules = [f["rule"] for f in data["findings"]]
    assert "JUMLAH_INDUK_SALAH" in rules
    xlsx = client.get(location + "unduh.xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert client.get(location + "unduh.pdf").status_code == 404


def test_a_correct_table_has_no_total_finding(client: Client, tarakan: Office) -> None:
    assert client.login(username="operator.tarakan", password=PASSWORD)
    page = client.get(upload(client, document("60.000.000"))).content.decode()
    assert "JUMLAH_INDUK_SALAH" not in page


def test_other_users_cannot_open_an_upload_and_bad_files_are_refused(
    client: Client, tarakan: Office, sulbar: Office
) -> None:
    assert client.login(username="operator.tarakan", password=PASSWORD)
    location = upload(client, document("60.000.000"))
    bad = client.post("/audit/", {"berkas": SimpleUploadedFile("x.exe", b"MZ")})
    assert bad.status_code == 422
    assert "tidak didukung" in bad.content.decode()
    assert client.login(username="operator.sulbar", password=PASSWORD)
    assert client.get(location).status_code == 404
    assert client.get("/audit/../../etc/passwd/").status_code == 404


def test_reviewed_document_becomes_a_draft_renja(client: Client, tarakan: Office) -> None:
    assert client.login(username="operator.tarakan", password=PASSWORD)
    location = upload(client, document("60.000.000"))
    page = client.get(location).content.decode()
    assert 'id="jadikan-renja"' in page
    response = client.post(
        location + "jadikan-renja/",
        {"opd": "tarakan-dinsos", "tahun": "2025", "tahap": "rancangan"},
    )
    assert response.status_code == 302
    renja = Renja.objects.get(perangkat_daerah__kode="tarakan-dinsos", tahun=2025)
    assert renja.tahap == "rancangan"
    sub = RenjaBaris.objects.get(renja=renja, kode="1.06.04.2.01.0001")
    assert str(sub.pagu) == "40000000.00"
    assert RenjaBaris.objects.get(renja=renja, kode="1.06.04.2.01").pagu is None
    again = client.post(location + "jadikan-renja/", {"opd": "tarakan-dinsos", "tahun": "2025"})
    assert again.status_code == 422
    assert "sudah ada" in again.content.decode()
    assert RenjaBaris.objects.filter(renja=renja).count() == 4


def test_read_only_roles_cannot_create_the_draft(client: Client, tarakan: Office) -> None:
    assert client.login(username="pimpinan.tarakan", password=PASSWORD)
    location = upload(client, document("60.000.000"))
    response = client.post(location + "jadikan-renja/", {"opd": "tarakan-dinsos", "tahun": "2025"})
    assert response.status_code == 403
    assert not Renja.objects.filter(tahun=2025).exists()
