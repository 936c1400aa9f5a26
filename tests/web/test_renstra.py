"""Renstra pages through the Django client: the page and the database, for every role.

The cascade's pagu roll-ups are checked against sums worked out by hand in each test.
HTMX requests carry the ``HX-Request`` header, as the browser library sends it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from renjana.apps.audit.models import AuditEntry
from renjana.apps.perencanaan.models import (
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraPagu,
    RenstraSasaran,
    RenstraTahunan,
    RenstraTujuan,
)
from renjana.apps.perencanaan.services import renstra as services
from renjana.apps.perencanaan.services.renstra_baris import add_baris, set_pagu
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
SANDANG = "1.06.04.1.01.0002"
PERMAKANAN = "1.06.04.1.01.0001"
BENCANA = "1.06.06.1.01.0001"
BASE = "/opd/sulbar-dinsos/renstra/2025/"


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


def snapshot() -> tuple[object, ...]:
    """Everything a Renstra write could change, to compare before and after a refusal."""
    return (
        list(Renstra.objects.values_list("tahun_awal", "tahun_akhir", "dasar_hukum")),
        list(RenstraTujuan.objects.values_list("nomor", "uraian")),
        list(RenstraSasaran.objects.values_list("nomor", "uraian")),
        list(RenstraBaris.objects.values_list("kode", "sasaran_id")),
        list(RenstraIndikator.objects.values_list("uraian", "satuan", "baseline_nilai")),
        list(RenstraTahunan.objects.values_list("tahun", "target_nilai", "target_teks")),
        list(RenstraPagu.objects.values_list("tahun", "pagu")),
        AuditEntry.objects.count(),
    )


def cell(page: str, kode: str, tahun: int) -> str:
    """The pagu shown for a cascade row (``data-kode``) and year."""
    row = re.search(rf'<tr [^>]*data-kode="{re.escape(kode)}".*?</tr>', page, re.S)
    assert row, f"row {kode} not on the page"
    found = re.search(rf'data-tahun="{tahun}">([^<]*)</td>', row.group(0))
    assert found, f"year {tahun} not in row {kode}"
    return found.group(1)


@pytest.fixture
def renstra(sulbar: Office) -> Renstra:
    return services.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2025, tahun_akhir=2029
    )


@pytest.fixture
def planned(sulbar: Office, renstra: Renstra) -> dict[str, int]:
    """T1 → S1.1 → program 1.06.04 (two sub kegiatan); program 1.06.06 unlinked."""
    op = sulbar.operator
    tujuan = services.add_tujuan(user=op, renstra=renstra, uraian="Meningkatnya kesejahteraan")
    sasaran = services.add_sasaran(user=op, tujuan=tujuan, uraian="Terpenuhinya kebutuhan dasar")
    sandang = add_baris(user=op, renstra=renstra, kode=SANDANG, sasaran=sasaran)
    makan = add_baris(user=op, renstra=renstra, kode=PERMAKANAN)
    bencana = add_baris(user=op, renstra=renstra, kode=BENCANA)
    set_pagu(user=op, baris=sandang, pagu={2025: Decimal("1250000.50"), 2026: Decimal(3000000)})
    set_pagu(user=op, baris=makan, pagu={2025: Decimal("749999.50")})
    set_pagu(user=op, baris=bencana, pagu={2025: Decimal(500000), 2026: Decimal(1000000)})
    return {"tujuan": tujuan.pk, "sasaran": sasaran.pk, "sandang": sandang.pk}


# --- List and create ------------------------------------------------------------------------


def test_office_page_links_to_the_renstra_list(client: Client, sulbar: Office) -> None:
    login(client, "pimpinan.sulbar")
    assert (
        'href="/opd/sulbar-dinsos/renstra/"' in client.get("/opd/sulbar-dinsos/").content.decode()
    )


def test_list_shows_periods_and_create_button_only_to_editors(
    client: Client, sulbar: Office, renstra: Renstra
) -> None:
    login(client, "operator.sulbar")
    page = client.get("/opd/sulbar-dinsos/renstra/").content.decode()
    assert f'href="{BASE}"' in page
    assert "Renstra 2025–2029" in page
    assert "Buat Renstra" in page
    login(client, "pimpinan.sulbar")
    page = client.get("/opd/sulbar-dinsos/renstra/").content.decode()
    assert "Renstra 2025–2029" in page
    assert "Buat Renstra" not in page


def test_operator_creates_a_renstra(client: Client, sulbar: Office) -> None:
    login(client, "operator.sulbar")
    assert 'name="tahun_awal"' in client.get("/opd/sulbar-dinsos/renstra/baru/").content.decode()
    response = client.post(
        "/opd/sulbar-dinsos/renstra/baru/",
        {"tahun_awal": "2025", "tahun_akhir": "2029", "dasar_hukum": "Pergub 12/2025"},
    )
    assert response.status_code == 302
    assert response["Location"] == BASE
    renstra = Renstra.objects.get()
    assert (renstra.perangkat_daerah, renstra.tahun_akhir, renstra.dasar_hukum) == (
        sulbar.pd, 2029, "Pergub 12/2025"
    )  # fmt: skip
    page = client.get(BASE).content.decode()
    assert "Renstra 2025–2029 dibuat." in page
    assert [f'<th colspan="2" class="year">{t}</th>' in page for t in range(2025, 2030)] == [
        True
    ] * 5


def test_overlapping_period_is_shown_beside_the_field(
    client: Client, sulbar: Office, renstra: Renstra
) -> None:
    login(client, "operator.sulbar")
    before = snapshot()
    response = client.post(
        "/opd/sulbar-dinsos/renstra/baru/", {"tahun_awal": "2027", "tahun_akhir": "2031"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "bertumpang tindih dengan Renstra 2025–2029" in page
    assert 'id="id_tahun_awal-galat"' in page
    assert snapshot() == before


def test_read_only_roles_cannot_create(client: Client, sulbar: Office) -> None:
    for username in ("pimpinan.sulbar", "verifikator.sulbar"):
        login(client, username)
        assert client.get("/opd/sulbar-dinsos/renstra/baru/").status_code == 403
        data = {"tahun_awal": "2025", "tahun_akhir": "2029"}
        assert client.post("/opd/sulbar-dinsos/renstra/baru/", data).status_code == 403
    assert Renstra.objects.count() == 0


# --- Cascade ----------------------------------------------------------------------------------


def test_cascade_rolls_pagu_up_per_year(
    client: Client, sulbar: Office, planned: dict[str, int], django_assert_num_queries: Any
) -> None:
    login(client, "verifikator.sulbar")
    # session, user, office, Renstra, then six reads whatever the size of the Renstra
    with django_assert_num_queries(10):
        response = client.get(BASE)
    page = response.content.decode()
    sasaran, tujuan = f"S{planned['sasaran']}", f"T{planned['tujuan']}"
    # 2025: kegiatan 1.06.04.1.01 = 1.250.000,50 + 749.999,50 = 2.000.000; 2026: 3.000.000
    assert cell(page, SANDANG, 2025) == "1.250.000,50"
    assert cell(page, PERMAKANAN, 2025) == "749.999,50"
    assert cell(page, PERMAKANAN, 2026) == "0"
    for key in ("1.06.04.1.01", "1.06.04", sasaran, tujuan):
        assert (cell(page, key, 2025), cell(page, key, 2026)) == ("2.000.000", "3.000.000"), key
    assert (cell(page, "1.06.06", 2025), cell(page, "1.06.06", 2026)) == ("500.000", "1.000.000")
    # JUMLAH = 2.000.000 + 500.000 (2025) and 3.000.000 + 1.000.000 (2026)
    assert '<td class="num" id="total-2025">2.500.000</td>' in page
    assert '<td class="num" id="total-2026">4.000.000</td>' in page
    assert '<td class="num" id="total-2029">0</td>' in page
    # the order of the cascade: tujuan, sasaran, its program, then unlinked programs
    order = [page.index(f'data-kode="{k}"') for k in (tujuan, sasaran, "1.06.04", SANDANG)]
    assert order == sorted(order)
    assert page.index("Program yang belum dikaitkan dengan sasaran") < page.index(
        'data-kode="1.06.06"'
    )
    # the nomenclature indicator of Penyediaan Sandang is listed under its row
    assert "Jumlah Orang yang Menerima Pakaian" in page
    # read-only: no controls
    assert "Aksi" not in page
    assert "/ubah/" not in page
    assert "+ Tujuan" not in page


def test_editor_sees_controls(client: Client, sulbar: Office, planned: dict[str, int]) -> None:
    login(client, "admin.sulbar")
    page = client.get(BASE).content.decode()
    assert f'href="{BASE}tujuan/{planned["tujuan"]}/ubah/"' in page
    assert f'hx-get="{BASE}baris/{planned["sandang"]}/pagu/"' in page
    assert f"{BASE}tujuan/tambah/" in page


def test_other_office_gets_404_everywhere(
    client: Client, sulbar: Office, tarakan: Office, planned: dict[str, int]
) -> None:
    before = snapshot()
    for username in ("operator.tarakan", "admin.tarakan", "pimpinan.tarakan"):
        login(client, username)
        assert client.get("/opd/sulbar-dinsos/renstra/").status_code == 404
        assert client.get(BASE).status_code == 404
        assert client.get(f"{BASE}tujuan/tambah/", **HTMX).status_code == 404
        response = client.post(f"{BASE}tujuan/tambah/", {"uraian": "Sisipan"}, **HTMX)
        assert response.status_code == 404
        response = client.post(f"{BASE}tujuan/{planned['tujuan']}/hapus/")
        assert response.status_code == 404
        response = client.post(f"{BASE}baris/{planned['sandang']}/pagu/", {"pagu_2025": "1"})
        assert response.status_code == 404
    assert snapshot() == before


def test_object_of_another_renstra_is_404(
    client: Client, sulbar: Office, tarakan: Office, planned: dict[str, int]
) -> None:
    other = services.create_renstra(
        user=tarakan.operator, pd=tarakan.pd, tahun_awal=2025, tahun_akhir=2029
    )
    foreign = services.add_tujuan(user=tarakan.operator, renstra=other, uraian="Tarakan")
    login(client, "operator.sulbar")
    assert client.get(f"{BASE}tujuan/{foreign.pk}/ubah/").status_code == 404
    assert client.post(f"{BASE}tujuan/{foreign.pk}/hapus/").status_code == 404
    assert client.get(f"{BASE}lain/{planned['tujuan']}/indikator/tambah/").status_code == 404
    assert RenstraTujuan.objects.filter(pk=foreign.pk).exists()


def test_read_only_roles_cannot_write(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    before = snapshot()
    for username in ("verifikator.sulbar", "pimpinan.sulbar"):
        login(client, username)
        assert client.get(f"{BASE}tujuan/tambah/", **HTMX).status_code == 403
        posts = [
            (f"{BASE}tujuan/tambah/", {"uraian": "Baru"}),
            (f"{BASE}tujuan/{planned['tujuan']}/ubah/", {"nomor": "1", "uraian": "Diubah"}),
            (f"{BASE}tujuan/{planned['tujuan']}/hapus/", {}),
            (f"{BASE}sasaran/{planned['sasaran']}/hapus/", {}),
            (f"{BASE}baris/tambah/", {"kode": BENCANA.replace("0001", "0002")}),
            (f"{BASE}baris/{planned['sandang']}/pagu/", {"pagu_2025": "1"}),
            (f"{BASE}baris/{planned['sandang']}/hapus/", {}),
            (f"{BASE}tujuan/{planned['tujuan']}/indikator/tambah/", {"uraian": "X"}),
        ]
        for url, data in posts:
            assert client.post(url, data, **HTMX).status_code == 403, url
            assert client.post(url, data).status_code == 403, url
    assert snapshot() == before


# --- Inline editing -----------------------------------------------------------------------------


def test_add_tujuan_and_sasaran_with_htmx(client: Client, sulbar: Office, renstra: Renstra) -> None:
    login(client, "operator.sulbar")
    form = client.get(f"{BASE}tujuan/tambah/", **HTMX).content.decode()
    assert "<html" not in form
    assert f'hx-post="{BASE}tujuan/tambah/"' in form
    assert "autofocus" in form
    response = client.post(
        f"{BASE}tujuan/tambah/", {"nomor": "", "uraian": "Meningkatnya kesejahteraan"}, **HTMX
    )
    page = response.content.decode()
    assert page.lstrip().startswith("{#") is False
    assert 'id="kerja"' in page
    assert "<html" not in page
    assert "Tujuan 1 ditambahkan." in page
    assert "Meningkatnya kesejahteraan" in page
    tujuan = RenstraTujuan.objects.get()
    assert (tujuan.nomor, tujuan.uraian, tujuan.renstra) == (
        1,
        "Meningkatnya kesejahteraan",
        renstra,
    )
    response = client.post(
        f"{BASE}tujuan/{tujuan.pk}/sasaran/tambah/", {"uraian": "Sasaran satu"}, **HTMX
    )
    assert "Sasaran 1.1 ditambahkan." in response.content.decode()
    assert list(RenstraSasaran.objects.values_list("tujuan", "nomor")) == [(tujuan.pk, 1)]
    # "Batal" asks the detail URL for the work area only; caches must tell the two apart
    cancel = client.get(BASE, **HTMX)
    assert "<html" not in cancel.content.decode()
    assert 'id="editor"></div>' in cancel.content.decode()
    assert "HX-Request" in cancel["Vary"]


def test_refused_input_returns_the_form_in_place(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    before = snapshot()
    response = client.post(f"{BASE}tujuan/tambah/", {"nomor": "1", "uraian": "Kembar"}, **HTMX)
    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#editor", "innerHTML")
    page = response.content.decode()
    assert "Nomor 1 sudah dipakai tujuan lain" in page
    assert 'id="id_nomor-galat"' in page
    response = client.post(f"{BASE}baris/tambah/", {"kode": "1.06.04.2.01.0001"}, **HTMX)
    assert (
        "sedangkan Provinsi Sulawesi Barat adalah pemerintah Provinsi" in response.content.decode()
    )
    assert snapshot() == before


def test_without_javascript_forms_render_the_whole_page(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    page = client.get(f"{BASE}tujuan/{planned['tujuan']}/ubah/").content.decode()
    assert "<html" in page
    assert "Ubah tujuan 1" in page
    assert "Meningkatnya kesejahteraan" in page
    response = client.post(
        f"{BASE}tujuan/{planned['tujuan']}/ubah/", {"nomor": "3", "uraian": "Tujuan baru"}
    )
    assert response.status_code == 302
    assert response["Location"] == BASE
    assert list(RenstraTujuan.objects.values_list("nomor", "uraian")) == [(3, "Tujuan baru")]


def test_add_row_by_code_links_new_program_to_sasaran(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    form = client.get(f"{BASE}baris/tambah/", **HTMX).content.decode()
    assert "1.1 Terpenuhinya kebutuhan dasar" in form
    response = client.post(
        f"{BASE}baris/tambah/",
        {"kode": " 1.06.06.1.01.0002 ", "sasaran": str(planned["sasaran"])},
        **HTMX,
    )
    assert "Sub Kegiatan 1.06.06.1.01.0002 ditambahkan." in response.content.decode()
    assert RenstraBaris.objects.get(kode="1.06.06.1.01.0002").induk.kode == "1.06.06.1.01"
    assert RenstraBaris.objects.get(kode="1.06.06").sasaran_id is None  # existed before
    response = client.post(
        f"{BASE}baris/{RenstraBaris.objects.get(kode='1.06.06').pk}/sasaran/",
        {"sasaran": str(planned["sasaran"])},
        **HTMX,
    )
    assert RenstraBaris.objects.get(kode="1.06.06").sasaran_id == planned["sasaran"]
    # both programs now sit under the sasaran: 2.000.000 + 500.000 in 2025
    assert cell(response.content.decode(), f"S{planned['sasaran']}", 2025) == "2.500.000"


def test_pagu_typed_in_indonesian_format(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    url = f"{BASE}baris/{planned['sandang']}/pagu/"
    form = client.get(url, **HTMX).content.decode()
    assert 'value="1.250.000,50"' in form
    assert 'value="3.000.000"' in form
    response = client.post(
        url, {"pagu_2025": "1.250.000,75", "pagu_2026": "", "pagu_2027": "Rp 2.000.000"}, **HTMX
    )
    page = response.content.decode()
    baris = RenstraBaris.objects.get(pk=planned["sandang"])
    assert dict(RenstraPagu.objects.filter(baris=baris).values_list("tahun", "pagu")) == {
        2025: Decimal("1250000.75"),
        2027: Decimal("2000000.00"),
    }
    # kegiatan 2025 = 1.250.000,75 + 749.999,50; JUMLAH 2025 adds 500.000 of 1.06.06
    assert cell(page, "1.06.04.1.01", 2025) == "2.000.000,25"
    assert '<td class="num" id="total-2025">2.500.000,25</td>' in page
    assert '<td class="num" id="total-2026">1.000.000</td>' in page


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1..2", "bukan"),
        ("sejuta", "bukan angka"),
        ("1.234,5", "dua angka"),
        ("-5.000", "tidak boleh negatif"),
    ],
)
def test_bad_pagu_is_a_form_error(
    client: Client, sulbar: Office, planned: dict[str, int], typed: str, message: str
) -> None:
    login(client, "operator.sulbar")
    before = snapshot()
    response = client.post(f"{BASE}baris/{planned['sandang']}/pagu/", {"pagu_2026": typed}, **HTMX)
    page = response.content.decode()
    assert response["HX-Retarget"] == "#editor"
    assert 'id="id_pagu_2026-galat"' in page
    assert message in page
    assert snapshot() == before


def test_pagu_form_only_for_sub_kegiatan(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    program = RenstraBaris.objects.get(kode="1.06.04")
    before = snapshot()
    response = client.post(f"{BASE}baris/{program.pk}/pagu/", {"pagu_2025": "1.000"}, **HTMX)
    assert "Pagu hanya diisi pada sub kegiatan" in response.content.decode()
    assert snapshot() == before


def test_indicator_with_targets_typed_in_the_form(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    url = f"{BASE}sasaran/{planned['sasaran']}/indikator/tambah/"
    form = client.get(url, **HTMX).content.decode()
    assert all(f'name="target_{t}"' in form for t in range(2025, 2030))
    data = {
        "uraian": "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
        "satuan": "%",
        "polaritas": "naik",
        "baseline": "74,25",
        "target_2025": "75,5",
        "target_2026": "80%",
        "target_2027": "-",
        "target_2028": "",
        "target_2029": "Tuntas Paripurna",
    }
    page = client.post(url, data, **HTMX).content.decode()
    indikator = RenstraIndikator.objects.get(sasaran_id=planned["sasaran"])
    assert (indikator.satuan, indikator.baseline_nilai) == ("%", Decimal("74.25"))
    assert list(
        RenstraTahunan.objects.filter(indikator=indikator)
        .order_by("tahun")
        .values_list("tahun", "target_nilai", "target_teks")
    ) == [
        (2025, Decimal("75.5"), ""),
        (2026, Decimal(80), ""),
        (2029, None, "Tuntas Paripurna"),
    ]
    row = re.search(rf'<tr class="indikator" data-indikator="{indikator.pk}">.*?</tr>', page, re.S)
    assert row is not None
    targets = re.findall(r'<td class="num target">([^<]*)</td>', row.group(0))
    assert targets == ["75,5", "80", "-", "-", "Tuntas Paripurna"]
    assert '<td class="num">74,25</td>' in row.group(0)
    # editing shows the stored values back in Indonesian format
    edit = client.get(f"{BASE}indikator/{indikator.pk}/ubah/", **HTMX).content.decode()
    assert 'value="75,5"' in edit
    assert 'value="74,25"' in edit
    assert 'value="Tuntas Paripurna"' in edit


def test_count_indicator_reads_number_with_its_unit(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    indikator = RenstraIndikator.objects.get(baris_id=planned["sandang"])
    url = f"{BASE}indikator/{indikator.pk}/ubah/"
    base = {"uraian": indikator.uraian, "satuan": "Orang", "polaritas": "naik", "baseline": ""}
    before = snapshot()
    page = client.post(url, {**base, "target_2025": "60,5"}, **HTMX).content.decode()
    assert 'id="id_target_2025-galat"' in page
    assert "bilangan bulat" in page
    assert snapshot() == before
    client.post(url, {**base, "target_2025": "1.200 Orang", "target_2026": "1.300"}, **HTMX)
    assert list(
        RenstraTahunan.objects.filter(indikator=indikator)
        .order_by("tahun")
        .values_list("tahun", "target_nilai")
    ) == [(2025, Decimal(1200)), (2026, Decimal(1300))]


def test_delete_with_htmx_refreshes_the_totals(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    makan = RenstraBaris.objects.get(kode=PERMAKANAN)
    page = client.post(f"{BASE}baris/{makan.pk}/hapus/", **HTMX).content.decode()
    assert "Sub Kegiatan 1.06.04.1.01.0001 dihapus." in page
    assert not RenstraBaris.objects.filter(kode=PERMAKANAN).exists()
    # 2025: 1.250.000,50 left under the sasaran, plus 500.000 unlinked
    assert cell(page, f"S{planned['sasaran']}", 2025) == "1.250.000,50"
    assert '<td class="num" id="total-2025">1.750.000,50</td>' in page
    page = client.post(f"{BASE}tujuan/{planned['tujuan']}/hapus/", **HTMX).content.decode()
    assert RenstraTujuan.objects.count() == 0
    assert RenstraSasaran.objects.count() == 0
    assert RenstraBaris.objects.get(kode="1.06.04").sasaran_id is None
    assert '<td class="num" id="total-2025">1.750.000,50</td>' in page


def test_edit_sasaran_and_delete_indicator_with_htmx(
    client: Client, sulbar: Office, planned: dict[str, int]
) -> None:
    login(client, "operator.sulbar")
    url = f"{BASE}sasaran/{planned['sasaran']}/ubah/"
    form = client.get(url, **HTMX).content.decode()
    assert "Ubah sasaran 1.1" in form
    page = client.post(url, {"nomor": "", "uraian": "Sasaran diubah"}, **HTMX).content.decode()
    assert "Sasaran 1.1 diubah." in page
    assert list(RenstraSasaran.objects.values_list("nomor", "uraian")) == [(1, "Sasaran diubah")]
    indikator = RenstraIndikator.objects.get(baris_id=planned["sandang"])
    page = client.post(f"{BASE}indikator/{indikator.pk}/hapus/", **HTMX).content.decode()
    assert "Indikator dihapus." in page
    assert f'data-indikator="{indikator.pk}"' not in page
    assert not RenstraIndikator.objects.filter(pk=indikator.pk).exists()


@pytest.mark.parametrize(
    ("satuan", "typed", "stored"),
    [
        ("Dokumen", "1.250", Decimal(1250)),  # '.' groups thousands for things counted
        ("Poin", "66,50", Decimal("66.5")),
        ("Indeks", "0,75", Decimal("0.75")),
    ],
)
def test_targets_read_by_their_unit(
    client: Client,
    sulbar: Office,
    planned: dict[str, int],
    satuan: str,
    typed: str,
    stored: Decimal,
) -> None:
    login(client, "operator.sulbar")
    url = f"{BASE}tujuan/{planned['tujuan']}/indikator/tambah/"
    data = {"uraian": "Indikator", "satuan": satuan, "polaritas": "naik", "target_2028": typed}
    client.post(url, data, **HTMX)
    (target,) = RenstraTahunan.objects.filter(indikator__tujuan_id=planned["tujuan"])
    assert (target.tahun, target.target_nilai) == (2028, stored)
