"""Document downloads through the Django client on the sample offices: the file and its content
type, the stage chosen for the cover, the links on the office and editor pages, the Indonesian
page when LibreOffice is missing, and the office scope (another office answers 404)."""

from __future__ import annotations

import io

import docx as python_docx
import openpyxl
import pytest
from django.test import Client

from renjana.apps.organisasi.models import Pengguna
from tests.documents.conftest import libreoffice  # noqa: F401 - session fixture
from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def login(client: Client, username: str) -> None:
    client.force_login(Pengguna.objects.get(username=username))


def url(kode: str, jenis: str, tahun: int, ekstensi: str) -> str:
    return f"/opd/{kode}/unduh/{jenis}/{tahun}.{ekstensi}"


def test_renja_docx_download(client: Client) -> None:
    login(client, "operator.tarakan")
    response = client.get(url(TARAKAN, "renja", 2024, "docx"))
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"] == (
        f'attachment; filename="renja-2024-rancangan-{TARAKAN}.docx"'
    )
    written = python_docx.Document(io.BytesIO(response.content))
    assert [p.text for p in written.paragraphs[:2]] == ["RENCANA KERJA (RENJA)", "RANCANGAN"]


def test_the_stage_on_the_cover_is_chosen_in_the_query(client: Client) -> None:
    login(client, "operator.tarakan")
    response = client.get(url(TARAKAN, "renja", 2024, "docx"), {"tahap": "rancangan_awal"})
    written = python_docx.Document(io.BytesIO(response.content))
    assert written.paragraphs[1].text == "RANCANGAN AWAL"
    assert "rancangan-awal" in response["Content-Disposition"]
    assert client.get(url(TARAKAN, "renja", 2024, "docx"), {"tahap": "x"}).status_code == 404


def test_xlsx_and_rkt_downloads(client: Client) -> None:
    login(client, "pimpinan.sulawesi-barat")
    response = client.get(url(SULBAR, "renja", 2024, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "Daftar Tabel"
    rkt = client.get(url(SULBAR, "rkt", 2024, "docx"))
    assert rkt.status_code == 200
    assert rkt["Content-Type"] == DOCX


@pytest.mark.libreoffice
@pytest.mark.usefixtures("libreoffice")
def test_pdf_download(client: Client) -> None:
    login(client, "operator.sulawesi-barat")
    response = client.get(url(SULBAR, "renja", 2024, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_pdf_without_libreoffice_is_an_indonesian_page(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RENJANA_SOFFICE", "/tidak/ada/soffice")
    login(client, "operator.sulawesi-barat")
    response = client.get(url(SULBAR, "renja", 2024, "pdf"))
    assert response.status_code == 503
    html = response.content.decode()
    assert "PDF belum dapat dibuat" in html
    assert "LibreOffice (soffice) tidak ditemukan" in html
    assert url(SULBAR, "renja", 2024, "docx") in html


@pytest.mark.parametrize(
    "path",
    [
        url(SULBAR, "renja", 2024, "docx"),
        url(SULBAR, "rkt", 2024, "xlsx"),
        f"/opd/{SULBAR}/unduh/",
    ],
)
def test_another_office_is_a_404(client: Client, path: str) -> None:
    login(client, "operator.tarakan")
    assert client.get(path).status_code == 404


def test_unknown_kind_format_or_year_is_a_404(client: Client) -> None:
    login(client, "operator.tarakan")
    for path in (url(TARAKAN, "renstra", 2024, "docx"), url(TARAKAN, "renja", 2024, "odt"),
                 url(TARAKAN, "renja", 2031, "docx")):  # fmt: skip
        assert client.get(path).status_code == 404, path


def test_anonymous_users_are_sent_to_the_login_page(client: Client) -> None:
    response = client.get(url(TARAKAN, "renja", 2024, "docx"))
    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_links_on_the_office_editor_and_download_pages(client: Client) -> None:
    login(client, "operator.tarakan")
    office = client.get(f"/opd/{TARAKAN}/").content.decode()
    assert f'href="/opd/{TARAKAN}/unduh/"' in office
    editor = client.get(f"/opd/{TARAKAN}/renja/2024/").content.decode()
    assert 'id="unduh-dokumen"' in editor
    assert f'href="{url(TARAKAN, "renja", 2024, "pdf")}"' in editor
    page = client.get(f"/opd/{TARAKAN}/unduh/")
    assert page.status_code == 200
    html = page.content.decode()
    for ekstensi in ("docx", "pdf", "xlsx"):
        assert f'href="{url(TARAKAN, "renja", 2024, ekstensi)}"' in html
        assert f'href="{url(TARAKAN, "rkt", 2024, ekstensi)}"' in html
    assert '<option value="rancangan" selected>Rancangan</option>' in html
