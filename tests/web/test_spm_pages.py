"""SPM and population pages through the Django client: the page and the database, per role.

Hand computation for the SPM table (Kota Tarakan, kab/kota, 2025), every figure by hand:

* 1 disabilitas: 30 of 40 → 30/40 × 80 = 60,00; mutu 40/40 and 20/40 (others 0/0) →
  60/80 × 20 = 15,00; capaian 75,00 %.
* 2 anak: 10 of 10 → 80; every mutu item 10/10 → 20; capaian 100,00 %.
* 3 lansia, 5 bencana: 0 of 0 → nobody to serve, not in the index.
* 4 gepeng: 1 of 3 → 26,67; mutu 2/3 → 13,33; capaian 40,00 %.
* index (75 + 100 + 40) / 3 = 71,666… → 71,67 % → Tuntas Madya (60 ≤ x < 80).

Sample Sulawesi Barat (seed 003 Tabel 2.2, lines 211–236, typed here from the document): the
jiwa kinds with a count add to 1 + 2.031 + 72 + 328 + 84 + 5 + 290 + 2.494 + 835 + 25 + 112 +
17.896 + 105 + 92.716 + 276 = 117.270 jiwa (8 jiwa kinds N/A); KK: 165.990 + 981 = 166.971
(1 N/A). Tabel 2.3: the six LKS rows add to 2 + 34 + 16 + 7 + 2 + 19 = 80.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from renjana.apps.audit.models import AuditEntry
from renjana.apps.spm.models import CapaianSpm, CapaianSpmMutu, PopulasiPpks, PopulasiPsks
from renjana.apps.spm.selectors.referensi import jenis_layanan
from renjana.documents.charts import SVG_NS
from renjana.sample.loader import DEMO_PASSWORD
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db

POP = "/opd/sulbar-dinsos/populasi/2023/"
SPM = "/opd/tarakan-dinsos/spm/2025/"


def login(client: Client, username: str, password: str = PASSWORD) -> None:
    assert client.login(username=username, password=password)


def snapshot() -> tuple[object, ...]:
    return (
        list(PopulasiPpks.objects.order_by("pk").values_list("jenis_id", "jumlah")),
        list(PopulasiPsks.objects.order_by("pk").values_list("jenis_id", "jumlah")),
        list(CapaianSpm.objects.order_by("pk").values_list("harus_dilayani", "terlayani")),
        list(CapaianSpmMutu.objects.order_by("pk").values_list("harus_dilayani", "terlayani")),
        AuditEntry.objects.count(),
    )


def text_of(page: str, element_id: str) -> str:
    """The text of the element with ``id`` (tags removed, spaces collapsed)."""
    match = re.search(rf'<(\w+)[^>]*id="{re.escape(element_id)}"[^>]*>(.*?)</\1>', page, re.S)
    assert match, f"#{element_id} not on the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(2)).split())


def cells(page: str, row_id: str) -> list[str]:
    match = re.search(rf'<tr[^>]*id="{re.escape(row_id)}"[^>]*>(.*?)</tr>', page, re.S)
    assert match, f"row #{row_id} not on the page"
    return [
        " ".join(re.sub(r"<[^>]+>", " ", c).split())
        for c in re.findall(r"<td[^>]*>(.*?)</td>", match.group(1), re.S)
    ]


def row_of(page: str, table_id: str, jenis: str) -> list[str]:
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', page, re.S)
    assert table
    match = re.search(rf'<tr data-jenis="{re.escape(jenis)}"[^>]*>(.*?)</tr>', table.group(0), re.S)
    assert match, f"{jenis} not in #{table_id}"
    return [
        " ".join(re.sub(r"<[^>]+>", " ", c).split())
        for c in re.findall(r"<td[^>]*>(.*?)</td>", match.group(1), re.S)
    ]


def svg_of(page: str) -> ET.Element:
    match = re.search(r"<svg .*?</svg>", page, re.S)
    assert match, "no inline chart"
    return ET.fromstring(match.group(0))


# --- population -----------------------------------------------------------------------------


def test_operator_types_population_and_sees_the_totals(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    page = client.get(POP).content.decode()
    assert page.count('name="ppks-') == 26
    assert page.count('name="psks-') == 12 + 6 + 2  # 12 PSKS, LKS and Penyuluh sub-types
    response = client.post(
        POP,
        {"ppks-2": "2.031", "ppks-4": "N/A", "ppks-24": "165.990", "ppks-26": "981",
         "ppks-9": "", "psks-4.1": "2", "psks-4.2": "34"},
    )  # fmt: skip
    assert response.status_code == 302
    page = client.get(POP).content.decode()
    assert "Populasi 2023 disimpan (6 isian berubah)." in page
    assert dict(PopulasiPpks.objects.values_list("jenis__nomor", "jumlah")) == {
        2: 2031, 4: None, 24: 165990, 26: 981,
    }  # fmt: skip
    assert row_of(page, "tabel-ppks", "2")[-1] == "2.031"
    assert row_of(page, "tabel-ppks", "4")[-1] == "N/A"
    assert cells(page, "total-ppks-jiwa")[-1] == "2.031"
    assert "1 jenis N/A" in text_of(page, "total-ppks-jiwa")
    assert cells(page, "total-ppks-kk")[-1] == "166.971"
    assert row_of(page, "tabel-psks", "4")[-1] == "N/A"  # four LKS sub-types still missing
    assert 'value="2.031"' in page  # the form shows what is stored, as typed


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12,5", "Populasi Penyandang Disabilitas tahun 2023: Jumlah 12,5 bukan bilangan bulat"),
        ("-4", "Populasi Penyandang Disabilitas tahun 2023: Jumlah -4 negatif"),
        ("dua ribu", "Populasi Penyandang Disabilitas: &#39;dua ribu&#39; bukan angka."),
    ],
)
def test_bad_population_is_refused_and_nothing_changes(
    client: Client, sulbar: Office, typed: str, message: str
) -> None:
    login(client, "operator.sulbar")
    client.post(POP, {"ppks-8": "290"})
    before = snapshot()
    response = client.post(POP, {"ppks-8": "300", "ppks-9": typed})
    assert response.status_code == 422
    page = response.content.decode()
    assert message in page
    assert f'value="{typed}"' in page  # the typed values stay in the form
    assert snapshot() == before


def test_read_only_roles_and_other_offices(client: Client, sulbar: Office, tarakan: Office) -> None:
    login(client, "operator.sulbar")
    client.post(POP, {"ppks-8": "290"})
    before = snapshot()
    for username in ("pimpinan.sulbar", "verifikator.sulbar"):
        login(client, username)
        page = client.get(POP).content.decode()
        assert 'name="ppks-' not in page
        assert row_of(page, "tabel-ppks", "8")[-1] == "290"
        assert client.post(POP, {"ppks-8": "1"}).status_code == 403
    login(client, "operator.tarakan")
    assert client.get(POP).status_code == 404
    assert client.post(POP, {"ppks-8": "1"}).status_code == 404
    assert client.get("/opd/sulbar-dinsos/spm/").status_code == 404
    assert snapshot() == before


def test_kecamatan_entry_adds_up_for_the_area(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    client.post(POP + "?kecamatan=76.02.01", {"kecamatan": "76.02.01", "ppks-8": "120"})
    client.post(POP, {"kecamatan": "76.02.02", "ppks-8": "45"})
    page = client.get(POP + "?kecamatan=76.02.02").content.decode()
    assert "Kecamatan Tapalang, Kabupaten Mamuju" in page
    assert row_of(page, "tabel-ppks", "8")[-1] == "45"
    area = client.get(POP).content.decode()
    assert row_of(area, "tabel-ppks", "8")[-1] == "165"
    assert client.get(POP + "?kecamatan=65.71.01").status_code == 404


# --- SPM ------------------------------------------------------------------------------------


def mutu_post(
    tahun: int, nomor: int, default: tuple[str, str], **items: tuple[str, str]
) -> dict[str, str]:
    jenis = next(j for j in jenis_layanan("kabkota", tahun) if j.nomor == nomor)
    data = {}
    for m in jenis.mutu:
        harus, terlayani = items.get(f"n{m.nomor}", default)
        data[f"mutu-{m.nomor}-harus"] = harus
        data[f"mutu-{m.nomor}-terlayani"] = terlayani
    return data


def fill(client: Client) -> None:
    posts = {
        1: {"harus_dilayani": "40", "terlayani": "30",
            **mutu_post(2025, 1, ("0", "0"), n1=("40", "40"), n3=("40", "20"))},
        2: {"harus_dilayani": "10", "terlayani": "10", **mutu_post(2025, 2, ("10", "10"))},
        3: {"harus_dilayani": "0", "terlayani": "0"},
        4: {"harus_dilayani": "3", "terlayani": "1",
            **mutu_post(2025, 4, ("0", "0"), n1=("3", "2"))},
        5: {"harus_dilayani": "0", "terlayani": "0"},
    }  # fmt: skip
    for nomor, data in posts.items():
        response = client.post(f"{SPM}jenis/{nomor}/", {"sumber_harus": "manual", **data})
        assert response.status_code == 302, response.content.decode()


def test_spm_table_shows_the_hand_computed_index_and_category(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    page = client.get(SPM).content.decode()
    assert cells(page, "kategori-indeks")[1:] == ["KATEGORI INDEKS PENCAPAIAN SPM", "N/A", "N/A"]
    fill(client)
    page = client.get(SPM).content.decode()
    assert cells(page, "kategori-indeks")[2:] == ["Tuntas Madya", "71,67%"]
    assert text_of(page, "ringkas-indeks") == "71,67%"
    assert cells(page, "jenis-1")[-1] == "75,00%"
    assert cells(page, "jenis-2")[-1] == "100,00%"
    assert cells(page, "jenis-3")[-1] == "N/A"
    assert cells(page, "jenis-4")[-1] == "40,00%"
    block = re.search(r'id="jenis-1".*?id="jenis-2"', page, re.S)
    assert block
    rows = re.findall(r"<tr class=\"(\w[\w-]*)\"[^>]*>(.*?)</tr>", block.group(0), re.S)
    flat = {
        kind: [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in re.findall(
            r"<td[^>]*>(.*?)</td>", body, re.S)]
        for kind, body in rows if kind in ("penerima-jumlah", "jumlah-mutu")
    }  # fmt: skip
    assert flat["penerima-jumlah"][2:] == ["40", "30", "10", "75,00%"]
    assert flat["jumlah-mutu"][1:] == ["JUMLAH", "80", "60", "", "75,00%"]
    assert "PERSENTASE PENCAPAIAN PENERIMA LAYANAN DASAR (80%)" in block.group(0)
    assert ">60,00%<" in block.group(0)  # penerima component
    assert ">15,00%<" in block.group(0)  # mutu component
    # the chart: one bar per jenis with someone to serve, plus the index
    svg = svg_of(page)
    bars = svg.findall(f".//{{{SVG_NS}}}rect[@class='bar']")
    values = [Decimal(b.get("data-value", "")).quantize(Decimal("0.01")) for b in bars]
    assert values == [Decimal("75.00"), Decimal("100.00"), Decimal("40.00"), Decimal("71.67")]
    heights = [float(b.get("height", "")) for b in bars]
    assert heights[:3] == [150.0, 200.0, 80.0]
    assert CapaianSpm.objects.filter(pemda=tarakan.pemda).count() == 5


def test_spm_refusals_name_the_jenis_and_change_nothing(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    fill(client)
    before = snapshot()
    url = f"{SPM}jenis/1/"
    data = {"sumber_harus": "manual", "harus_dilayani": "40", "terlayani": "41",
            **mutu_post(2025, 1, ("0", "0"))}  # fmt: skip
    response = client.post(url, data)
    assert response.status_code == 422
    page = response.content.decode()
    assert (
        "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti: Jumlah "
        "terlayani 41 melebihi jumlah yang harus dilayani 40." in page
    )
    assert 'value="41"' in page
    response = client.post(url, {**data, "terlayani": "2,5"})
    assert response.status_code == 422
    assert "jumlah terlayani: Jumlah 2,5 bukan bilangan bulat" in response.content.decode()
    response = client.post(
        url, {**data, "terlayani": "30", "mutu-3-harus": "4", "mutu-3-terlayani": "5"}
    )
    assert response.status_code == 422
    assert "butir mutu &#39;Penyediaan permakanan&#39;: Jumlah terlayani 5 melebihi" in (
        response.content.decode()
    )
    assert snapshot() == before
    login(client, "pimpinan.tarakan")
    assert client.post(url, {**data, "terlayani": "30"}).status_code == 403
    page = client.get(url).content.decode()
    assert "disabled" in page
    assert snapshot() == before


def test_harus_dilayani_from_the_population_through_the_pages(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    client.post("/opd/tarakan-dinsos/populasi/2025/", {"ppks-11": "25", "ppks-12": "15"})
    url = f"{SPM}jenis/4/"
    page = client.get(url).content.decode()
    assert text_of(page, "harus-dari-populasi") == "40"
    data = {"sumber_harus": "populasi", "harus_dilayani": "", "terlayani": "10",
            **mutu_post(2025, 4, ("0", "0"), n1=("40", "10"))}  # fmt: skip
    assert client.post(url, data).status_code == 302
    row = CapaianSpm.objects.get()
    assert (row.sumber_harus, row.harus_dilayani, row.terlayani) == ("populasi", None, 10)
    page = client.get(SPM).content.decode()
    assert "(dari populasi PPKS 2025)" in page
    assert cells(page, "jenis-4")[-1] == "25,00%"  # 10/40 × 80 = 20 + 10/40 × 20 = 5


def test_year_without_spm_services_and_the_overview(client: Client, tarakan: Office) -> None:
    login(client, "pimpinan.tarakan")
    page = client.get("/opd/tarakan-dinsos/spm/2021/").content.decode()
    assert "Belum ada jenis layanan SPM Kabupaten/Kota yang berlaku untuk tahun 2021" in page
    assert "mulai 2022" in page
    assert client.get("/opd/tarakan-dinsos/spm/1800/").status_code == 404
    overview = client.get("/opd/tarakan-dinsos/spm/").content.decode()
    assert "Belum ada data populasi PPKS." in overview
    response = client.get("/opd/tarakan-dinsos/spm/pilih/", {"tahun": "2026", "ke": "populasi"})
    assert response["Location"] == "/opd/tarakan-dinsos/populasi/2026/"
    opd = client.get("/opd/tarakan-dinsos/").content.decode()
    assert 'href="/opd/tarakan-dinsos/spm/"' in opd


def test_spm_page_query_count_is_fixed(
    client: Client, tarakan: Office, django_assert_num_queries: Any
) -> None:
    """Session, user, office, SPM services and mutu, counts and mutu, population, PPKS
    names, scale and bands, first year of the services: 13 whatever the size."""
    login(client, "operator.tarakan")
    fill(client)
    with django_assert_num_queries(13):
        assert client.get(SPM).status_code == 200


# --- the sample office ------------------------------------------------------------------------


def test_sample_sulbar_population_equals_the_seed_tables(client: Client) -> None:
    call_command("sample", stdout=StringIO())
    login(client, "pimpinan.sulawesi-barat", DEMO_PASSWORD)
    page = client.get("/opd/sulawesi-barat-dinsos/populasi/2023/").content.decode()
    assert cells(page, "total-ppks-jiwa")[-1] == "117.270"
    assert "8 jenis N/A" in text_of(page, "total-ppks-jiwa")
    assert cells(page, "total-ppks-kk")[-1] == "166.971"
    assert row_of(page, "tabel-ppks", "21")[-1] == "92.716"
    assert row_of(page, "tabel-ppks", "12")[-1] == "N/A"
    psks = client.get("/opd/sulawesi-barat-dinsos/populasi/2021/").content.decode()
    assert row_of(psks, "tabel-psks", "4")[-1] == "80"
    assert row_of(psks, "tabel-psks", "4.2")[-1] == "34"
    assert row_of(psks, "tabel-psks", "10")[-1] == "45"
    overview = client.get("/opd/sulawesi-barat-dinsos/spm/").content.decode()
    assert "Komunitas Adat Terpencil" in text_of(overview, "rekap-ppks")
    # "harus dilayani" from the population: Gelandangan 25 + Pengemis N/A is unknown, never 25
    login(client, "operator.sulawesi-barat", DEMO_PASSWORD)
    base = "/opd/sulawesi-barat-dinsos/spm/2023/jenis/"
    assert text_of(client.get(f"{base}4/").content.decode(), "harus-dari-populasi").startswith(
        "N/A"
    )
    assert text_of(client.get(f"{base}5/").content.decode(), "harus-dari-populasi") == "92.992"
    assert text_of(client.get(f"{base}1/").content.decode(), "harus-dari-populasi") == "2.494"
