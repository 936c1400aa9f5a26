"""The first pages, through the Django client: login, office list, the Renja tree."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from renjana.apps.perencanaan.services import impor as perencanaan
from renjana.core.renja import IndikatorInput, RenjaRowInput, TargetValue
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


def small_renja(office: Office) -> None:
    rows = [
        RenjaRowInput("1.06.04", "PROGRAM REHABILITASI SOSIAL"),
        RenjaRowInput("1.06.04.1.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas"),
        RenjaRowInput(
            "1.06.04.1.01.0002",
            "Penyediaan Sandang",
            indikator=(IndikatorInput("Jumlah Orang", "Orang", TargetValue(Decimal(60))),),
            pagu=Decimal("1234567.89"),
            pagu_n1=Decimal("2000000"),
        ),
        RenjaRowInput(
            "1.06.04.1.01.0006",
            "Pemberian Bimbingan",
            pagu=Decimal("765432.11"),
            pagu_n1=Decimal("1000000"),
        ),
        RenjaRowInput("1.06.06", "PROGRAM PENANGANAN BENCANA"),
        RenjaRowInput("1.06.06.1.01", "Perlindungan Sosial Korban Bencana"),
        RenjaRowInput("1.06.06.1.01.0001", "Penyediaan Permakanan", pagu=Decimal("500000")),
    ]
    perencanaan.import_renja(
        user=office.operator, pd=office.pd, tahun=2024, tahap="rancangan", rows=rows
    )


def test_anonymous_user_is_sent_to_login(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/masuk/")
    assert "Masuk" in client.get("/masuk/").content.decode()


def test_wrong_password_shows_indonesian_message(client: Client, sulbar: Office) -> None:
    response = client.post("/masuk/", {"username": "operator.sulbar", "password": "salah"})
    assert "Nama pengguna atau kata sandi salah" in response.content.decode()


def test_beranda_lists_only_offices_in_scope(
    client: Client, sulbar: Office, tarakan: Office
) -> None:
    login(client, "operator.sulbar")
    page = client.get("/").content.decode()
    assert "sulbar-dinsos" in page
    assert "tarakan-dinsos" not in page
    login(client, "verifikator.tarakan")
    page = client.get("/").content.decode()
    assert "tarakan-dinsos" in page
    assert "sulbar-dinsos" not in page


def test_renja_tree_shows_computed_totals_per_level(client: Client, sulbar: Office) -> None:
    small_renja(sulbar)
    login(client, "pimpinan.sulbar")
    response = client.get("/opd/sulbar-dinsos/renja/2024/")
    assert response.status_code == 200
    page = response.content.decode()
    # kegiatan 1.06.04.1.01 = 1.234.567,89 + 765.432,11; office = that + 500.000
    assert 'data-kode="1.06.04.1.01"' in page
    assert ">2.000.000<" in page
    assert ">2.500.000<" in page
    assert ">3.000.000<" in page  # n+1 total
    assert ">1.234.567,89<" in page
    assert 'data-kode="1.06"' in page  # bidang row derived from the program codes
    assert page.index('data-kode="1.06.04"') < page.index('data-kode="1.06.06"')


def test_other_office_renja_is_not_found(client: Client, sulbar: Office, tarakan: Office) -> None:
    small_renja(sulbar)
    login(client, "operator.tarakan")
    assert client.get("/opd/sulbar-dinsos/renja/2024/").status_code == 404
    assert client.get("/opd/sulbar-dinsos/").status_code == 404
    login(client, "admin.tarakan")
    assert client.get("/opd/sulbar-dinsos/renja/2024/").status_code == 404


def test_missing_year_is_not_found(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    assert client.get("/opd/sulbar-dinsos/renja/2031/").status_code == 404
