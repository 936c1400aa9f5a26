"""Evaluation pages through the Django client on the sample offices: the tables in their official
layout with the seeds' figures (and the corrected wrong ones), drill-down, charts without any
network, the SAKIP entry forms, and the office scope (another office answers 404).

Expected figures are typed from seed 003 TABEL 2.1 and seed 001 Tabel 1.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client

from renjana.apps.kinerja.models import Iku, PerjanjianKinerja, RealisasiIku
from renjana.apps.organisasi.models import Pengguna
from renjana.web.evaluasi.tampilan import Tampilan
from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]


def login(client: Client, username: str) -> None:
    client.force_login(Pengguna.objects.get(username=username))


def page(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.content.decode()[:2000]
    return response.content.decode()


def row(html: str, kode: str) -> str:
    """The first table row carrying ``data-kode="kode"``."""
    match = re.search(rf'<tr[^>]*data-kode="{re.escape(kode)}"[^>]*>(.*?)</tr>', html, re.S)
    assert match, f"baris {kode} tidak ada"
    return match.group(1)


def cells(html_row: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", c).strip()
        for c in re.findall(r"<td[^>]*>(.*?)</td>", html_row, re.S)
    ]


def test_sulbar_rfk_page_prints_tabel_2_1_jumlah_and_the_s003_01_problem(client: Client) -> None:
    login(client, "pimpinan.sulawesi-barat")
    html = page(client, f"/opd/{SULBAR}/evaluasi/2022/rfk/")
    assert 'id="jumlah-pagu">11.974.854.860<' in html
    assert 'id="jumlah-keuangan">11.790.643.219<' in html
    assert 'id="jumlah-keuangan-persen">98,46<' in html
    assert 'id="jumlah-keuangan-ttb">98,46<' in html  # standard TTB, not the printed 100,00
    assert 'id="jumlah-bobot">100,00<' in html
    assert 'id="jumlah-sisa">184.211.641<' in html
    gelandangan = cells(row(html, "1.06.04.1.04"))
    # No, sasaran, name, indikator, pagu, bobot, fisik %, fisik TTB, Rp, keu %, keu TTB, sisa
    assert gelandangan[4:] == [
        "43.036.000",
        "0,36",
        "100,00",
        "0,36",
        "43.685.000",
        "101,51",
        "0,36",
        "-649.000",
    ]
    penunjang = cells(row(html, "1.06.01"))
    assert penunjang[0] == "1"
    assert penunjang[4:6] == ["8.308.396.700", "69,38"]
    assert penunjang[6] == ""  # no fisik % on a program row, as printed
    assert "REALISASI_MELEBIHI_PAGU" in html
    assert "RFK_FISIK_KOSONG" in html
    assert re.search(r"<th[^>]*>12</th>", html)  # column numbers 1-12


def test_seed_003_ttb_variant_on_request(client: Client) -> None:
    login(client, "pimpinan.sulawesi-barat")
    html = page(client, f"/opd/{SULBAR}/evaluasi/2022/rfk/?metode=proporsi_realisasi")
    assert 'id="jumlah-keuangan-ttb">100,00<' in html
    assert cells(row(html, "1.06.01"))[10] == "69,50"  # as printed in TABEL 2.1


def test_budget_realisation_page_with_drill_down(client: Client) -> None:
    login(client, "pimpinan.sulawesi-barat")
    html = page(client, f"/opd/{SULBAR}/evaluasi/2022/anggaran/")
    assert 'id="total-anggaran">11.974.854.860<' in html
    assert 'id="total-persen">98,46<' in html
    assert cells(row(html, "1.06.04"))[2:] == ["408.784.480", "402.503.900", "98,46"]
    assert 'data-kode="1.06.04.1.04"' in html
    closed = page(client, f"/opd/{SULBAR}/evaluasi/2022/anggaran/?sampai=program")
    assert 'data-kode="1.06.04"' in closed
    assert 'data-kode="1.06.04.1.04"' not in closed
    assert 'id="total-anggaran">11.974.854.860<' in closed  # totals do not depend on the view
    opened = page(client, f"/opd/{SULBAR}/evaluasi/2022/anggaran/?sampai=program&buka=1.06.04")
    assert 'data-kode="1.06.04.1.04"' in opened
    assert 'data-kode="1.06.01.1.01"' not in opened
    assert 'hx-select="#tabel-evaluasi"' in opened  # HTMX swaps the table in place


def test_tarakan_tc29_page_shows_corrected_values_and_na(client: Client) -> None:
    login(client, "pimpinan.tarakan")
    html = page(client, f"/opd/{TARAKAN}/evaluasi/2022/tc29/")
    rehab = cells(row(html, "1.06.04.2.01"))
    # kode, name, indikator, 4, 5, 6, 7, 8, 9, 10, 11
    assert rehab[3:] == [
        "335 Orang",
        "335 Orang",
        "305 Orang",
        "265 Orang",
        "86,89",
        "335 Orang",
        "935 Orang",
        "279,10",
    ]
    kendaraan = cells(row(html, "1.06.01.2.09.0002"))
    assert kendaraan[7] == "100,00"  # S001-01: printed 2 %
    gaji = cells(row(html, "1.06.01.2.02.0001"))
    assert gaji[7] == "100,00"
    assert gaji[10] == "N/A"  # S001-06: units differ
    assert "312 Orang/Bulan" in gaji[9]
    assert "8 = (7/6)" in html
    assert "10 = (5+7+9)" in html
    assert "11 = (10/4)" in html
    assert "TC29_SATUAN_BERBEDA" in html
    assert 'class="level-program"' in html  # parent rows bold


def test_overview_with_inline_svg_charts_and_links(client: Client) -> None:
    login(client, "pimpinan.sulawesi-barat")
    html = page(client, f"/opd/{SULBAR}/evaluasi/2022/")
    assert 'id="ringkas-keuangan">98,46%<' in html
    assert html.count("<svg") == 2
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    for svg in svgs:
        assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "<script" not in svg
    assert "Capaian per program" in svgs[0]
    assert "98,62%" in svgs[0]
    assert "Realisasi keuangan vs fisik" in svgs[1]
    for name in ("tc29", "anggaran", "rfk", "iku", "tc30", "peringatan"):
        assert f'href="/opd/{SULBAR}/evaluasi/2022/{name}/"' in html
    assert '<script src="http' not in html
    assert "cdn" not in html.lower()


def test_evaluasi_link_and_year_choice(client: Client) -> None:
    login(client, "pimpinan.tarakan")
    assert f'href="/opd/{TARAKAN}/evaluasi/"' in page(client, f"/opd/{TARAKAN}/")
    response = client.get(f"/opd/{TARAKAN}/evaluasi/")
    assert response.status_code == 302
    assert response["Location"] == f"/opd/{TARAKAN}/evaluasi/2022/"  # evaluated in Renja 2024
    listing = page(client, f"/opd/{TARAKAN}/evaluasi/?pilih=1")
    assert "Evaluasi 2023" in listing
    assert "Evaluasi 2024" in listing


@pytest.mark.parametrize(
    "suffix", ["", "tc29/", "anggaran/", "rfk/", "iku/", "tc30/", "peringatan/"]
)
def test_every_page_renders_for_both_offices_and_no_other(client: Client, suffix: str) -> None:
    login(client, "pimpinan.tarakan")
    page(client, f"/opd/{TARAKAN}/evaluasi/2022/{suffix}")
    page(client, f"/opd/{TARAKAN}/evaluasi/2024/{suffix}")
    page(client, f"/opd/{SULBAR}/evaluasi/2022/{suffix}", status=404)
    login(client, "pimpinan.sulawesi-barat")
    page(client, f"/opd/{SULBAR}/evaluasi/2022/{suffix}")
    page(client, f"/opd/{TARAKAN}/evaluasi/2022/{suffix}", status=404)


def test_anonymous_user_is_sent_to_login(client: Client) -> None:
    response = client.get(f"/opd/{SULBAR}/evaluasi/2022/rfk/")
    assert response.status_code == 302
    assert "/masuk/" in response["Location"]


def test_bappeda_admin_sees_every_office_of_its_pemda_only(client: Client) -> None:
    login(client, "bappeda.sulawesi-barat")
    page(client, f"/opd/{SULBAR}/evaluasi/2022/rfk/")
    page(client, f"/opd/{TARAKAN}/evaluasi/2022/rfk/", status=404)


def test_overview_query_count_is_bounded(
    client: Client, django_assert_max_num_queries: object
) -> None:
    login(client, "pimpinan.tarakan")
    client.get(f"/opd/{TARAKAN}/evaluasi/2022/")  # warm the session
    with django_assert_max_num_queries(32):  # type: ignore[operator]
        page(client, f"/opd/{TARAKAN}/evaluasi/2022/")


# --- SAKIP entry pages ---------------------------------------------------------------------


def test_operator_enters_an_iku_its_pk_targets_and_realisasi(client: Client) -> None:
    login(client, "operator.tarakan")
    form = page(client, f"/opd/{TARAKAN}/iku/")
    assert "Tambah IKU" in form
    response = client.post(
        f"/opd/{TARAKAN}/iku/",
        {
            "sasaran": "",
            "sasaran_teks": "Meningkatnya perlindungan sosial",
            "uraian": "Persentase PPKS yang memperoleh bantuan sosial",
            "formulasi": "",
            "satuan": "%",
            "polaritas": "naik",
            "agregasi": "nilai_akhir",
        },
    )
    assert response.status_code == 302
    iku = Iku.objects.get(perangkat_daerah__kode=TARAKAN)
    url = f"/opd/{TARAKAN}/iku/{iku.pk}/2023/"
    response = client.post(
        url, {"aksi": "pk", "target": "70", "tw1": "20", "tw2": "40", "tw3": "60", "tw4": "70"}
    )
    assert response.status_code == 302
    pk = PerjanjianKinerja.objects.get(iku=iku, tahun=2023)
    assert (pk.target_nilai, pk.target_tw3) == (Decimal(70), Decimal(60))
    response = client.post(
        url, {"aksi": "realisasi", "periode": "tahun", "realisasi": "88,04", "keterangan": ""}
    )
    assert response.status_code == 302
    assert RealisasiIku.objects.get(iku=iku).nilai == Decimal("88.04")
    html = page(client, f"/opd/{TARAKAN}/evaluasi/2023/iku/")
    assert "125,77" in html  # 88,04 / 70 × 100
    assert "Sangat Tinggi" in html
    assert 'id="rata-rata">125,77<' in html
    assert "<svg" in html


def test_wrong_triwulan_targets_are_shown_and_nothing_is_saved(client: Client) -> None:
    login(client, "operator.tarakan")
    client.post(
        f"/opd/{TARAKAN}/iku/",
        {
            "sasaran_teks": "S",
            "uraian": "Jumlah KPM",
            "satuan": "KPM",
            "polaritas": "naik",
            "agregasi": "kumulatif",
        },
    )
    iku = Iku.objects.get(perangkat_daerah__kode=TARAKAN)
    response = client.post(
        f"/opd/{TARAKAN}/iku/{iku.pk}/2023/",
        {
            "aksi": "pk",
            "target": "1.000",
            "tw1": "100",
            "tw2": "200",
            "tw3": "300",
            "tw4": "300",
        },
    )
    assert response.status_code == 422
    assert "PK_TARGET_TRIWULAN_TIDAK_SAMA" not in response.content.decode()  # message, not code
    assert "target tahunan" in response.content.decode()
    assert not PerjanjianKinerja.objects.exists()
    bad = client.post(f"/opd/{TARAKAN}/iku/{iku.pk}/2023/", {"aksi": "pk", "tw1": "sepuluh"})
    assert bad.status_code == 422
    assert not PerjanjianKinerja.objects.exists()


def test_reader_cannot_write_and_other_office_cannot_see(client: Client) -> None:
    login(client, "operator.tarakan")
    client.post(
        f"/opd/{TARAKAN}/iku/",
        {
            "sasaran_teks": "S",
            "uraian": "Jumlah KPM",
            "satuan": "KPM",
            "polaritas": "naik",
            "agregasi": "kumulatif",
        },
    )
    iku = Iku.objects.get(perangkat_daerah__kode=TARAKAN)
    login(client, "pimpinan.tarakan")
    html = page(client, f"/opd/{TARAKAN}/iku/")
    assert "Tambah IKU" not in html
    assert "Jumlah KPM" in html
    denied = client.post(f"/opd/{TARAKAN}/iku/{iku.pk}/2023/", {"aksi": "pk", "target": "5"})
    assert denied.status_code == 403
    assert client.post(f"/opd/{TARAKAN}/iku/{iku.pk}/hapus/").status_code == 403
    assert not PerjanjianKinerja.objects.exists()
    assert Iku.objects.filter(pk=iku.pk).exists()
    login(client, "operator.sulawesi-barat")
    page(client, f"/opd/{TARAKAN}/iku/", status=404)
    page(client, f"/opd/{TARAKAN}/iku/{iku.pk}/2023/", status=404)
    page(client, f"/opd/{SULBAR}/iku/{iku.pk}/", status=404)  # not an IKU of this office
    assert client.post(f"/opd/{SULBAR}/iku/{iku.pk}/hapus/").status_code == 404
    assert Iku.objects.filter(pk=iku.pk).exists()


def test_operator_edits_and_deletes_an_iku(client: Client) -> None:
    login(client, "operator.tarakan")
    client.post(
        f"/opd/{TARAKAN}/iku/",
        {
            "sasaran_teks": "S",
            "uraian": "Jumlah KPM",
            "satuan": "KPM",
            "polaritas": "naik",
            "agregasi": "kumulatif",
        },
    )
    iku = Iku.objects.get(perangkat_daerah__kode=TARAKAN)
    edit = page(client, f"/opd/{TARAKAN}/iku/{iku.pk}/")
    assert "Jumlah KPM" in edit
    response = client.post(
        f"/opd/{TARAKAN}/iku/{iku.pk}/",
        {
            "sasaran_teks": "S",
            "uraian": "Jumlah KPM terlayani",
            "satuan": "KPM",
            "polaritas": "naik",
            "agregasi": "kumulatif",
        },
    )
    assert response.status_code == 302
    iku.refresh_from_db()
    assert iku.uraian == "Jumlah KPM terlayani"
    refused = client.post(
        f"/opd/{TARAKAN}/iku/{iku.pk}/",
        {
            "sasaran_teks": "",
            "uraian": "Jumlah KPM",
            "satuan": "KPM",
            "polaritas": "naik",
            "agregasi": "kumulatif",
        },
    )
    assert refused.status_code == 422
    assert "sasaran" in refused.content.decode()
    assert client.post(f"/opd/{TARAKAN}/iku/{iku.pk}/hapus/").status_code == 302
    assert not Iku.objects.exists()


def test_early_warning_page_threshold(client: Client) -> None:
    login(client, "pimpinan.tarakan")
    html = page(client, f"/opd/{TARAKAN}/evaluasi/2022/peringatan/?ambang=90")
    assert 'value="90"' in html
    assert "Belum ada realisasi triwulan" in html
    assert "Umum Kepegawaian" in html
    assert "Belum ada isian" in html
    page(client, f"/opd/{TARAKAN}/evaluasi/2022/peringatan/?ambang=abc")  # falls back to 80


def test_drill_down_links_toggle_one_row_and_keep_the_others() -> None:
    induk = {"1": None, "1.1": "1", "1.1.1": "1.1", "2": None, "2.1": "2"}
    level = {
        "1": "program",
        "1.1": "kegiatan",
        "1.1.1": "subkegiatan",
        "2": "program",
        "2.1": "kegiatan",
    }
    full = Tampilan.from_query({"metode": "standar"}, induk, level)
    assert all(full.visible(k) for k in induk)
    closing = full.toggle("1")
    assert closing.startswith("?metode=standar&sampai=program")
    closed = Tampilan.from_query(_query(closing), induk, level)
    assert not closed.visible("1.1")
    assert closed.visible("2.1")
    reopened = Tampilan.from_query(_query(closed.toggle("1")), induk, level)
    assert reopened.visible("1.1")
    assert reopened.visible("1.1.1")
    assert reopened.visible("2.1")
    programs = Tampilan.from_query({"sampai": "program", "buka": "1,zzz"}, induk, level)
    assert programs.buka == frozenset({"1"})  # unknown codes are ignored
    assert programs.visible("1.1")
    assert not programs.visible("1.1.1")


def _query(text: str) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(text.lstrip("?")))
