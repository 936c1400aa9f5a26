"""Participation pages through the Django client, asserting the page and the database.

Share statistics and exports use purpose-built data whose expected values are computed by
hand in the comments (partial accommodation, proposals split over two sub kegiatan, a
proposal forwarded to another office, one without cost, one undecided).
"""

from __future__ import annotations

import re
from decimal import Decimal
from io import BytesIO

import pytest
from django.test import Client
from openpyxl import Workbook, load_workbook

from renjana.apps.audit.models import AuditEntry
from renjana.apps.partisipasi.models import (
    KesepakatanForum,
    KeteranganReview,
    LampiranUsulan,
    PengaturanPartisipasi,
    RkpdBaris,
    Usulan,
    UsulanBaris,
)
from renjana.apps.partisipasi.services import usulan as service
from renjana.apps.perencanaan.models import Indikator, RenjaBaris
from renjana.apps.referensi.models import Prioritas
from renjana.core import partisipasi as core
from tests.apps.conftest import PASSWORD, Office
from tests.apps.partisipasi_setup import (
    JT,
    PENDATAAN,
    PERMAKANAN,
    SANDANG,
    renja_with_subs,
    second_office,
    usulan_input,
)

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


def text(response: object) -> str:
    return response.content.decode()  # type: ignore[attr-defined]


def cells(html: str, row_id: str) -> list[str]:
    """The text of each cell of the table row ``id=row_id``."""
    row = re.search(rf'<tr[^>]*id="{re.escape(row_id)}"[^>]*>(.*?)</tr>', html, re.S)
    assert row, row_id
    return [plain(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)]


def plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- register, screening and decision -------------------------------------------------------


def test_register_form_and_filters(client: Client, tarakan: Office, sulbar: Office) -> None:
    login(client, "operator.tarakan")
    page = text(client.get("/opd/tarakan-dinsos/usulan/2025/"))
    assert "+ Daftarkan usulan" in page
    assert "Belum ada usulan" in page
    response = client.post(
        "/opd/tarakan-dinsos/usulan/2025/baru/",
        {"sumber": "pokir", "tingkat_musrenbang": "", "pengusul": "Warga RT 43",
         "anggota_dprd": "H. Ahmad", "fraksi": "Golkar", "dapil": "Tarakan 1",
         "uraian": "Rehab Posyandu", "wilayah": "65.71.01.1001", "lokasi_rincian": "RT. 43",
         "volume": "1", "volume_satuan": "bangunan", "biaya": "30.000.000", "catatan": ""},
    )  # fmt: skip
    usulan = Usulan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/usulan/{usulan.pk}/"
    assert (usulan.nomor, usulan.sumber, usulan.biaya, usulan.volume_satuan) == (
        1, "pokir", 30 * JT, "Bangunan",
    )  # fmt: skip
    assert usulan.lokasi_teks == "RT. 43, Karang Anyar"
    # An invalid entry shows the reason and stores nothing.
    response = client.post(
        "/opd/tarakan-dinsos/usulan/2025/baru/",
        {"sumber": "musrenbang", "uraian": "Jalan", "biaya": "tiga juta"},
    )
    assert response.status_code == 422
    response = client.post(
        "/opd/tarakan-dinsos/usulan/2025/baru/", {"sumber": "musrenbang", "uraian": "Jalan"}
    )
    assert response.status_code == 422
    assert "Pilih tingkat Musrenbang" in text(response)
    assert Usulan.objects.count() == 1
    service.create_usulan(
        user=tarakan.operator, pd=tarakan.pd,
        data=usulan_input(uraian="Bantuan sembako", kode_wilayah="65.71.04"),
    )  # fmt: skip
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/", {"sumber": "pokir"}))
    assert "Rehab Posyandu" in html
    assert "Bantuan sembako" not in html
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/", {"kecamatan": "65.71.04"}))
    assert "Bantuan sembako" in html
    assert "Rehab Posyandu" not in html
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/", {"sumber": "musrenbang:kecamatan"}))
    assert "Bantuan sembako" in html
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/", {"cari": "posyandu"}))
    assert "Rehab Posyandu" in html
    assert "Bantuan sembako" not in html
    # Read-only roles see the register without the form; another pemda gets 404.
    login(client, "pimpinan.tarakan")
    assert "+ Daftarkan usulan" not in text(client.get("/opd/tarakan-dinsos/usulan/2025/"))
    assert client.get("/opd/tarakan-dinsos/usulan/2025/baru/").status_code == 403
    login(client, "operator.sulbar")
    assert client.get("/opd/tarakan-dinsos/usulan/2025/").status_code == 404
    assert client.get(f"/usulan/{usulan.pk}/").status_code == 404


def test_screening_and_split_decision_through_the_page(client: Client, tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    usulan = service.create_usulan(
        user=tarakan.operator, pd=tarakan.pd, data=usulan_input(biaya=40)
    )
    login(client, "operator.tarakan")
    page = text(client.get(f"/usulan/{usulan.pk}/"))
    assert f'<option value="{rows[PERMAKANAN].pk}"' in page
    response = client.post(
        f"/usulan/{usulan.pk}/telaah/",
        {"sesuai_tugas": "ya", "sesuai_kewenangan": "ya", "dapat_didanai": "ya", "catatan": "ok"},
    )
    assert response.status_code == 302
    response = client.post(
        f"/usulan/{usulan.pk}/putuskan/",
        {"keputusan": "diakomodir_sebagian", "alasan": "Pagu terbatas", "dialihkan_ke": "",
         "baris": [rows[PERMAKANAN].pk, rows[SANDANG].pk, ""],
         "jumlah": ["20.000.000", "5.000.000,50", ""]},
    )  # fmt: skip
    assert response.status_code == 302
    usulan.refresh_from_db()
    assert (usulan.keputusan, usulan.alasan, usulan.sesuai_tugas) == (
        "diakomodir_sebagian", "Pagu terbatas", True,
    )  # fmt: skip
    assert sorted(UsulanBaris.objects.values_list("baris__kode", "jumlah")) == [
        (PERMAKANAN, 20 * JT),
        (SANDANG, Decimal("5000000.50")),
    ]
    page = text(client.get(f"/usulan/{usulan.pk}/"))
    assert "Diakomodir sebagian" in page
    assert '<td class="num">25.000.000,50</td>' in page  # the sum of both links
    # A contradictory decision shows its reason and changes nothing.
    response = client.post(
        f"/usulan/{usulan.pk}/putuskan/",
        {"keputusan": "diakomodir_sebagian", "alasan": "x", "baris": [rows[PERMAKANAN].pk],
         "jumlah": ["40.000.000"]},
    )  # fmt: skip
    assert response.status_code == 422
    assert "tidak kurang dari perkiraan biaya" in text(response)
    assert UsulanBaris.objects.count() == 2
    usulan.refresh_from_db()
    assert usulan.alasan == "Pagu terbatas"


def test_only_the_owning_office_decides(client: Client, tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    _, _ = second_office(tarakan)
    usulan = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    decision = {"keputusan": "diakomodir", "baris": [rows[PERMAKANAN].pk], "jumlah": ["30.000.000"]}
    screening = {"sesuai_tugas": "ya", "sesuai_kewenangan": "ya", "dapat_didanai": "ya"}
    for username in ("verifikator.tarakan", "pimpinan.tarakan"):
        login(client, username)
        page = text(client.get(f"/usulan/{usulan.pk}/"))
        assert "Simpan keputusan" not in page
        assert client.post(f"/usulan/{usulan.pk}/telaah/", screening).status_code == 403
        assert client.post(f"/usulan/{usulan.pk}/putuskan/", decision).status_code == 403
    login(client, "operator.tarakan.dinkes")  # another office of the same pemda
    assert client.get(f"/usulan/{usulan.pk}/").status_code == 404
    assert client.post(f"/usulan/{usulan.pk}/putuskan/", decision).status_code == 404
    usulan.refresh_from_db()
    assert (usulan.status, usulan.keputusan, usulan.sesuai_tugas) == ("baru", "", None)
    assert not UsulanBaris.objects.exists()
    assert not AuditEntry.objects.filter(aksi__in=["telaah_usulan", "putuskan_usulan"]).exists()
    login(client, "admin.tarakan")  # the pemda admin may decide for the office
    assert client.post(f"/usulan/{usulan.pk}/telaah/", screening).status_code == 302
    assert client.post(f"/usulan/{usulan.pk}/putuskan/", decision).status_code == 302
    usulan.refresh_from_db()
    assert (usulan.keputusan, usulan.diputuskan_oleh) == ("diakomodir", tarakan.admin)


def test_dialihkan_appears_in_the_receiving_office_list(client: Client, tarakan: Office) -> None:
    renja_with_subs(tarakan)
    dinkes, dinkes_operator = second_office(tarakan)
    usulan = service.create_usulan(
        user=tarakan.operator, pd=tarakan.pd, data=usulan_input(uraian="Posyandu lansia")
    )
    login(client, "operator.tarakan")
    client.post(
        f"/usulan/{usulan.pk}/telaah/",
        {"sesuai_tugas": "tidak", "sesuai_kewenangan": "ya", "dapat_didanai": "ya"},
    )
    response = client.post(
        f"/usulan/{usulan.pk}/putuskan/",
        {"keputusan": "dialihkan", "alasan": "Tugas Dinas Kesehatan", "dialihkan_ke": dinkes.pk},
    )
    assert response.status_code == 302
    copy = Usulan.objects.get(perangkat_daerah=dinkes)
    assert (copy.asal_id, copy.uraian, copy.keputusan) == (usulan.pk, "Posyandu lansia", "")
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/"))
    assert "Dialihkan ke Dinas Kesehatan" in html
    login(client, "operator.tarakan.dinkes")
    html = text(client.get("/opd/tarakan-dinkes/usulan/2025/"))
    assert "Posyandu lansia" in html
    assert "Dialihkan dari Dinas Sosial (usulan 1)" in html
    page = text(client.get(f"/usulan/{copy.pk}/"))
    assert "Tugas Dinas Kesehatan" in page
    client.post(
        f"/usulan/{copy.pk}/telaah/",
        {"sesuai_tugas": "ya", "sesuai_kewenangan": "ya", "dapat_didanai": "tidak"},
    )
    response = client.post(
        f"/usulan/{copy.pk}/putuskan/", {"keputusan": "tidak_diakomodir", "alasan": "Tanpa pagu"}
    )
    assert response.status_code == 302
    copy.refresh_from_db()
    assert (copy.keputusan, copy.diputuskan_oleh) == ("tidak_diakomodir", dinkes_operator)
    # The sending office can no longer take it back.
    login(client, "operator.tarakan")
    response = client.post(
        f"/usulan/{usulan.pk}/putuskan/", {"keputusan": "tidak_diakomodir", "alasan": "x"}
    )
    assert response.status_code == 422
    usulan.refresh_from_db()
    assert usulan.keputusan == "dialihkan"


def test_attachment_upload_and_guarded_download(
    client: Client, tarakan: Office, sulbar: Office
) -> None:
    usulan = service.create_usulan(user=tarakan.operator, pd=tarakan.pd, data=usulan_input())
    login(client, "operator.tarakan")
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        f"/usulan/{usulan.pk}/lampiran/",
        {"berkas": SimpleUploadedFile("berita-acara.pdf", b"%PDF-1.4 isi", "application/pdf")},
    )
    assert response.status_code == 302
    lampiran = LampiranUsulan.objects.get()
    download = client.get(f"/lampiran/{lampiran.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 isi"  # type: ignore[attr-defined]
    response = client.post(
        f"/usulan/{usulan.pk}/lampiran/",
        {"berkas": SimpleUploadedFile("x.exe", b"MZ", "application/octet-stream")},
    )
    assert response.status_code == 422
    assert LampiranUsulan.objects.count() == 1
    login(client, "operator.sulbar")
    assert client.get(f"/lampiran/{lampiran.pk}/").status_code == 404


# --- share statistics and exports ----------------------------------------------------------


@pytest.fixture
def purpose_built(tarakan: Office) -> dict[str, Usulan]:
    """Six proposals of Dinas Sosial Tarakan 2025 (amounts in juta):

    1 Musrenbang kec., Tarakan Barat, 40, diakomodir: PERMAKANAN 40
    2 Musrenbang kec., kel. Juata Permai (Tarakan Utara), 30, sebagian: SANDANG 5 + PENDATAAN 10
    3 Musrenbang kec., no lokasi, 20, tidak diakomodir
    4 Pokir H. Ahmad (Golkar, Dapil 1), kel. Karang Anyar (Tarakan Barat), 50, diakomodir split:
      PERMAKANAN 20 + PENDATAAN 30
    5 Pokir Hj. Rina (PDI-P, Dapil 2), 25, dialihkan to Dinas Kesehatan
    6 Pokir H. Ahmad, no cost, undecided
    """
    rows = renja_with_subs(tarakan)
    dinkes, _ = second_office(tarakan)
    op = tarakan.operator
    pokir_ahmad = {"anggota_dprd": "H. Ahmad", "fraksi": "Golkar", "dapil": "1"}
    specs = [
        (usulan_input(biaya=40, uraian="U1", kode_wilayah="65.71.01"),
         "diakomodir", [(PERMAKANAN, 40)], {}),
        (usulan_input(biaya=30, uraian="U2", kode_wilayah="65.71.04.1002"),
         "diakomodir_sebagian", [(SANDANG, 5), (PENDATAAN, 10)], {"alasan": "Pagu terbatas"}),
        (usulan_input(biaya=20, uraian="U3"), "tidak_diakomodir", [], {"alasan": "Sudah ada"}),
        (usulan_input(core.Sumber.POKIR, biaya=50, uraian="U4", kode_wilayah="65.71.01.1001",
                      **pokir_ahmad), "diakomodir", [(PERMAKANAN, 20), (PENDATAAN, 30)], {}),
        (usulan_input(core.Sumber.POKIR, biaya=25, uraian="U5", anggota_dprd="Hj. Rina",
                      fraksi="PDI-P", dapil="2"),
         "dialihkan", [], {"alasan": "Kesehatan", "dialihkan_ke": dinkes.pk}),
        (usulan_input(core.Sumber.POKIR, biaya=None, uraian="U6", **pokir_ahmad), None, [], {}),
    ]  # fmt: skip
    made = {}
    for data, keputusan, links, extra in specs:
        usulan = service.create_usulan(user=op, pd=tarakan.pd, data=data)
        if keputusan:
            service.screen_usulan(
                user=op, usulan=usulan, sesuai_tugas=True, sesuai_kewenangan=True,
                dapat_didanai=True,
            )  # fmt: skip
            service.decide_usulan(
                user=op, usulan=usulan, keputusan=keputusan,
                akomodasi=[(rows[k].pk, n * JT) for k, n in links], **extra,
            )  # fmt: skip
        made[data.uraian] = usulan
    return made


def test_share_statistics_against_the_minimum(
    client: Client, tarakan: Office, purpose_built: dict[str, Usulan]
) -> None:
    login(client, "operator.tarakan")
    assert client.post("/partisipasi/2025/pengaturan/", {"persen_minimum": "70"}).status_code == 403
    assert not PengaturanPartisipasi.objects.exists()
    login(client, "admin.tarakan")
    response = client.post(
        "/partisipasi/2025/pengaturan/",
        {"persen_minimum": "70", "dasar_hukum": "Perwali 5/2024", "kode": "tarakan-dinsos"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/opd/tarakan-dinsos/usulan/2025/statistik/"
    assert PengaturanPartisipasi.objects.get().persen_minimum == Decimal(70)
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/statistik/"))
    assert "<strong>70,00%</strong> (Perwali 5/2024)" in html
    rows = re.findall(r'<tr class="[^"]*" data-sumber="([^"]+)">(.*?)</tr>', html, re.S)
    table = {
        label: [plain(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)]
        for label, body in rows
    }
    # Musrenbang: 3 considered, 2 accommodated = 66,67 %; cost 40+30+20 = 90,
    # accommodated 40 + (5+10 partial, split) = 55 → 61,11 %.
    assert table["Musrenbang Kecamatan"][1:] == [
        "3", "1", "1", "1", "0", "66,67%", "90.000.000", "55.000.000", "61,11%",
    ]  # fmt: skip
    # Pokir: U5 dialihkan is not counted; U4 and U6 considered, U4 accommodated = 50 %;
    # cost only U4 (U6 has none): 50 of 50 = 100 %.
    assert table["Pokok-pokok Pikiran DPRD"][0] == (
        "Pokok-pokok Pikiran DPRD 1 dialihkan 1 tanpa perkiraan biaya"
    )
    assert table["Pokok-pokok Pikiran DPRD"][1:] == [
        "2", "1", "0", "0", "1", "50,00%", "50.000.000", "50.000.000", "100,00%",
    ]  # fmt: skip
    # Total: 5 considered, 3 accommodated = 60 %; cost 140, accommodated 105 = 75 %.
    assert table["Jumlah"][1:] == [
        "5", "2", "1", "1", "1", "60,00%", "140.000.000", "105.000.000", "75,00%",
    ]  # fmt: skip
    # Against 70 %: counts fall short, the total cost share meets it.
    assert re.search(r'class="num kurang">60,00%', html)
    assert re.search(r'class="num cukup">75,00%', html)
    # The receiving office counts the forwarded proposal (undecided there).
    login(client, "admin.tarakan")
    html = text(client.get("/opd/tarakan-dinkes/usulan/2025/statistik/"))
    assert 'data-sumber="Jumlah"' in html
    pemda = text(client.get("/partisipasi/2025/statistik/"))
    # Pemda-wide: 6 considered (U5's copy at Dinkes replaces U5), 3 accommodated.
    assert "Kota Tarakan" in pemda
    assert re.search(
        r'data-sumber="Jumlah">\s*<td>Jumlah.*?</td>\s*<td class="num">6</td>', pemda, re.S
    )


def test_exports_per_kecamatan_and_per_dprd_member(
    client: Client, tarakan: Office, sulbar: Office, purpose_built: dict[str, Usulan]
) -> None:
    login(client, "verifikator.tarakan")
    response = client.get("/opd/tarakan-dinsos/usulan/2025/ekspor/kecamatan/", {"format": "xlsx"})
    assert response["Content-Type"] == XLSX
    assert "usulan-kecamatan-tarakan-dinsos-2025.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Daftar Usulan 2025 per Kecamatan — Dinas Sosial Kota Tarakan"
    assert values[3][:4] == ["No", "Sumber", "Pengusul", "Uraian Usulan"]
    body = [(r[0], r[3], r[6], r[7], r[9], r[10]) for r in values[4:]]
    assert body == [
        ("Kecamatan: Tarakan Barat", None, None, None, None, None),
        ("1", "U1", 40000000, "Diakomodir", PERMAKANAN, 40000000),
        ("4", "U4", 50000000, "Diakomodir", f"{PERMAKANAN}; {PENDATAAN}", 50000000),
        ("Jumlah Tarakan Barat", "2 usulan", 90000000, None, None, 90000000),
        ("Kecamatan: Tarakan Utara", None, None, None, None, None),
        ("2", "U2", 30000000, "Diakomodir sebagian", f"{SANDANG}; {PENDATAAN}", 15000000),
        ("Jumlah Tarakan Utara", "1 usulan", 30000000, None, None, 15000000),
        ("Kecamatan: Tanpa kecamatan", None, None, None, None, None),
        ("3", "U3", 20000000, "Tidak diakomodir", None, 0),
        ("5", "U5", 25000000, "Dialihkan ke Dinas Kesehatan", None, 0),
        ("6", "U6", None, "Belum diputuskan", None, 0),
        ("Jumlah Tanpa kecamatan", "3 usulan", 45000000, None, None, 0),
        ("JUMLAH", "6 usulan", 135000000 + 30000000, None, None, 105000000),
    ]
    assert [r[8] for r in values[5:7]] == [None, None]  # no reason given for U1 and U4
    assert values[9][8] == "Pagu terbatas"
    response = client.get("/opd/tarakan-dinsos/usulan/2025/ekspor/dprd/", {"format": "xlsx"})
    sheet = load_workbook(BytesIO(response.content)).active
    rows = [(r[0], r[3], r[7], r[8], r[10]) for r in sheet.iter_rows(min_row=5, values_only=True)]
    assert rows == [
        ("Anggota DPRD: H. Ahmad (Fraksi Golkar; Dapil 1)", None, None, None, None),
        ("4", "U4", "Diakomodir", None, 50000000),
        ("6", "U6", "Belum diputuskan", None, 0),
        ("Jumlah H. Ahmad", "2 usulan", None, None, 50000000),
        ("Anggota DPRD: Hj. Rina (Fraksi PDI-P; Dapil 2)", None, None, None, None),
        ("5", "U5", "Dialihkan ke Dinas Kesehatan", "Kesehatan", 0),
        ("Jumlah Hj. Rina", "1 usulan", None, None, 0),
        ("JUMLAH", "3 usulan", None, None, 50000000),
    ]
    html = text(client.get("/opd/tarakan-dinsos/usulan/2025/ekspor/dprd/"))
    assert cells(html, "jumlah-ekspor") == ["JUMLAH (3 usulan)", "75.000.000", "", "50.000.000", ""]
    assert "Anggota DPRD: H. Ahmad (Fraksi Golkar; Dapil 1)" in html
    assert "Dialihkan ke Dinas Kesehatan" in html
    assert client.get("/opd/tarakan-dinsos/usulan/2025/ekspor/lain/").status_code == 404
    login(client, "operator.sulbar")
    assert client.get("/opd/tarakan-dinsos/usulan/2025/ekspor/dprd/").status_code == 404


def test_register_query_count_does_not_grow_with_proposals(
    client: Client, tarakan: Office, purpose_built: dict[str, Usulan], django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    login(client, "operator.tarakan")
    client.get("/opd/tarakan-dinsos/usulan/2025/")
    with django_assert_num_queries(8):
        client.get("/opd/tarakan-dinsos/usulan/2025/")
    for n in range(5):
        service.create_usulan(
            user=tarakan.operator, pd=tarakan.pd, data=usulan_input(uraian=f"X{n}")
        )
    with django_assert_num_queries(8):
        client.get("/opd/tarakan-dinsos/usulan/2025/")


# --- RKPD review (T-C.31) -------------------------------------------------------------------


def rkpd_workbook(rows: list[list[object]]) -> BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.title = "Rancangan Awal RKPD"
    sheet.append(["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja",
                  "Target", "Satuan", "Pagu Indikatif (Rp)", "Keterangan"])  # fmt: skip
    for row in rows:
        sheet.append(row)
    out = BytesIO()
    book.save(out)
    out.seek(0)
    out.name = "rkpd.xlsx"
    return out


def test_review_import_preview_confirm_and_keterangan(client: Client, tarakan: Office) -> None:
    renja_with_subs(tarakan)
    login(client, "operator.tarakan")
    bad = rkpd_workbook([
        ["1.06.04", "Program Rehabilitasi Sosial", "", "", "", "", ""],
        ["1.06.04.2.01.0001", "Permakanan", "Jumlah Orang", 200, "Orang", "lima puluh", ""],
    ])  # fmt: skip
    response = client.post("/opd/tarakan-dinsos/impor/rkpd/2025/", {"berkas": bad})
    assert response.status_code == 422
    page = text(response)
    assert "Belum ada yang disimpan" in page
    assert "RKPD_INDUK_TIDAK_ADA" not in page  # codes stay internal; the reasons are shown
    assert "Baris induk 1.06.04.2.01 dari 1.06.04.2.01.0001 tidak ada" in page
    assert "<td>Pagu Indikatif (Rp)</td><td>lima puluh</td>" in page
    assert not RkpdBaris.objects.exists()
    good = rkpd_workbook([
        ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS", "100", "%", "", ""],
        ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "", "", "", "", ""],
        ["1.06.04.2.01.01", "Penyediaan Permakanan", "Jumlah Orang", 200, "Orang", "45.000.000",
         "Catatan A"],
        ["1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah Orang", 10, "Orang", 8000000, ""],
    ])  # fmt: skip
    response = client.post("/opd/tarakan-dinsos/impor/rkpd/2025/", {"berkas": good})
    assert response.status_code == 200
    assert "Simpan 4 baris" in text(response)
    assert not RkpdBaris.objects.exists()  # nothing before confirmation
    token = re.search(r'name="token" value="([^"]+)"', text(response)).group(1)  # type: ignore[union-attr]
    response = client.post("/opd/tarakan-dinsos/impor/rkpd/2025/", {"token": token})
    assert response.status_code == 302
    assert RkpdBaris.objects.count() == 4
    html = text(client.get("/opd/tarakan-dinsos/rkpd/2025/"))
    # RKPD 45 + 8 = 53 jt; Renja 50 + 8 + 46 = 104 jt.
    assert '<td class="num" id="total-rkpd">53.000.000</td>' in html
    assert '<td class="num" id="total-renja">104.000.000</td>' in html
    permakanan = cells(html, f"review-{PERMAKANAN}")
    assert permakanan[4] == "45.000.000"
    assert "Pagu Renja lebih besar Rp 5.000.000" in permakanan[8]
    # The Renja row has the nomenclature indicator and no target yet: both differ too.
    assert f'id="review-{PERMAKANAN}" data-beda="indikator target pagu"' in html
    assert f'id="review-{SANDANG}" data-beda="indikator target"' in html
    assert 'class="num beda">45.000.000' in html
    assert f'id="review-{PENDATAAN}" data-beda="hanya_renja"' in html
    # Keterangan through HTMX: the cell comes back with the saved text.
    response = client.post(
        "/opd/tarakan-dinsos/rkpd/2025/keterangan/",
        {"kode": PENDATAAN, "teks": "Usulan Musrenbang"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'value="Usulan Musrenbang"' in text(response)
    assert KeteranganReview.objects.get(kode=PENDATAAN).teks == "Usulan Musrenbang"
    login(client, "verifikator.tarakan")
    response = client.post(
        "/opd/tarakan-dinsos/rkpd/2025/keterangan/", {"kode": PENDATAAN, "teks": "diubah"}
    )
    assert response.status_code == 403
    assert KeteranganReview.objects.get(kode=PENDATAAN).teks == "Usulan Musrenbang"
    template = client.get("/opd/tarakan-dinsos/templat/rkpd/2025/")
    assert template["Content-Type"] == XLSX
    assert load_workbook(BytesIO(template.content)).sheetnames == [
        "Rancangan Awal RKPD",
        "Petunjuk",
    ]


def test_review_row_entry_and_refusal(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    response = client.post(
        "/opd/tarakan-dinsos/rkpd/2025/baris/",
        {"kode": "1.06.04.2.01.0001", "nama": "Permakanan", "pagu": "5"},
    )
    assert response.status_code == 422
    assert not RkpdBaris.objects.exists()
    for kode, nama in (("1.06.04", "Program"), ("1.06.04.2.01", "Kegiatan")):
        client.post("/opd/tarakan-dinsos/rkpd/2025/baris/", {"kode": kode, "nama": nama})
    response = client.post(
        "/opd/tarakan-dinsos/rkpd/2025/baris/",
        {"kode": "1.06.04.2.01.01", "nama": "Permakanan", "target": "200", "satuan": "Orang",
         "pagu": "50.000.000"},
    )  # fmt: skip
    assert response.status_code == 302
    sub = RkpdBaris.objects.get(kode="1.06.04.2.01.0001")
    assert (sub.pagu, sub.target_nilai, sub.satuan) == (50 * JT, 200, "Orang")
    login(client, "pimpinan.tarakan")
    assert client.post(f"/opd/tarakan-dinsos/rkpd/2025/baris/{sub.pk}/hapus/").status_code == 403
    assert RkpdBaris.objects.count() == 3


# --- priorities and Forum PD ----------------------------------------------------------------


def test_priority_catalog_tags_and_link_table(client: Client, tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    login(client, "operator.tarakan")
    response = client.post("/prioritas/katalog/", {"jenis": "daerah", "nama": "Kemiskinan"})
    assert response.status_code == 403
    login(client, "admin.tarakan")
    page = text(client.get("/prioritas/katalog/"))
    assert 'value="nasional"' not in page  # national entries belong to the platform admin
    response = client.post(
        "/prioritas/katalog/",
        {"jenis": "daerah", "kode": "1.", "nama": "Penanganan Kemiskinan", "tahun_mulai": "2025",
         "dasar_hukum": "RPD 2023-2026"},
    )  # fmt: skip
    assert response.status_code == 302
    prioritas = Prioritas.objects.get()
    assert (prioritas.pemda, prioritas.tahun_mulai) == (tarakan.pemda, 2025)
    login(client, "operator.tarakan")
    response = client.post(
        f"/opd/tarakan-dinsos/prioritas/2025/baris/{rows[PERMAKANAN].pk}/",
        {"prioritas": [prioritas.pk]},
    )
    assert response.status_code == 302
    client.post(
        f"/opd/tarakan-dinsos/prioritas/2025/baris/{rows[SANDANG].pk}/",
        {"prioritas": [prioritas.pk]},
    )
    RenjaBaris.objects.filter(pk=rows[SANDANG].pk).update(pagu=None)
    client.post("/opd/tarakan-dinsos/prioritas/2025/disepakati/", {"prioritas": [prioritas.pk]})
    html = text(client.get("/opd/tarakan-dinsos/prioritas/2025/"))
    assert "1.06.04.2.01.0001 - Penyediaan Permakanan" in html
    assert "1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL" in html
    summary = re.search(r'id="pagu-prioritas">.*?<tbody>(.*?)</tbody>', html, re.S).group(1)  # type: ignore[union-attr]
    assert plain(summary).split() == [
        "1.", "Penanganan", "Kemiskinan", "(daerah)", "Ya", "2", "50.000.000",
    ]  # fmt: skip
    assert "dikaitkan dengan prioritas 1. Penanganan Kemiskinan tetapi belum berpagu" in html
    login(client, "verifikator.tarakan")
    response = client.post(
        f"/opd/tarakan-dinsos/prioritas/2025/baris/{rows[PENDATAAN].pk}/",
        {"prioritas": [prioritas.pk]},
    )
    assert response.status_code == 403
    assert not RenjaBaris.objects.get(pk=rows[PENDATAAN].pk).prioritas.exists()


def test_forum_pd_agreements_page(client: Client, tarakan: Office) -> None:
    rows = renja_with_subs(tarakan)
    Indikator.objects.filter(baris=rows[PERMAKANAN]).update(target_nilai=50, satuan="Orang")
    login(client, "operator.tarakan")
    response = client.post(
        "/opd/tarakan-dinsos/forum-pd/2025/",
        {"indikator": "LANJUT USIA TERLANTAR YANG TERPENUHI KEBUTUHAN DASARNYA",
         "target_nasional": "3400 Orang", "target_daerah": "60 Orang",
         "catatan": "pemenuhan kebutuhan mengacu standar teknis SPM",
         "baris": rows[PERMAKANAN].pk},
    )  # fmt: skip
    assert response.status_code == 302
    k = KesepakatanForum.objects.get()
    assert (k.target_nasional_nilai, k.target_daerah_nilai, k.baris_id) == (
        3400, 60, rows[PERMAKANAN].pk,
    )  # fmt: skip
    html = text(client.get("/opd/tarakan-dinsos/forum-pd/2025/"))
    assert f'id="kesepakatan-{k.pk}" data-kesesuaian="target_kurang"' in html
    assert "belum mencapai target yang disepakati Forum PD (60 Orang)" in html
    Indikator.objects.filter(baris=rows[PERMAKANAN]).update(target_nilai=60)
    html = text(client.get("/opd/tarakan-dinsos/forum-pd/2025/"))
    assert 'data-kesesuaian="sesuai"' in html
    login(client, "pimpinan.tarakan")
    response = client.post("/opd/tarakan-dinsos/forum-pd/2025/", {"indikator": "x"})
    assert response.status_code == 403
    assert client.post(f"/opd/tarakan-dinsos/forum-pd/2025/{k.pk}/hapus/").status_code == 403
    assert KesepakatanForum.objects.count() == 1


def test_office_page_links_to_participation(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    page = text(client.get("/opd/tarakan-dinsos/"))
    assert 'id="tautan-partisipasi"' in page
    response = client.get("/opd/tarakan-dinsos/partisipasi/")
    assert response.status_code == 302
    hub = text(client.get(response["Location"]))
    assert "Review terhadap Rancangan Awal RKPD (T-C.31)" in hub


def usulan_workbook(rows: list[list[object]]) -> BytesIO:
    from renjana.apps.partisipasi.excel import USULAN_KOLOM

    book = Workbook()
    sheet = book.active
    sheet.title = "Usulan"
    sheet.append([k.judul for k in USULAN_KOLOM])
    for row in rows:
        sheet.append(row)
    out = BytesIO()
    book.save(out)
    out.seek(0)
    out.name = "usulan.xlsx"
    return out


def test_proposal_import_is_previewed_then_stored_all_at_once(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    template = client.get("/opd/tarakan-dinsos/templat/usulan/2025/")
    assert load_workbook(BytesIO(template.content)).sheetnames == ["Usulan", "Petunjuk"]
    rows = [
        ["Musrenbang Kelurahan", "", "LPM Karang Anyar", "", "", "", "Rehab Posyandu",
         "RT. 43 Kelurahan Karang Anyar", "", 1, "bangunan", "30.000.000", "", ""],
        ["Pokir DPRD", "", "", "", "", "", "Jalan lingkungan", "", "", "", "", 5000000, "", ""],
    ]  # fmt: skip
    response = client.post(
        "/opd/tarakan-dinsos/impor/usulan/2025/", {"berkas": usulan_workbook(rows)}
    )
    assert response.status_code == 422
    page = text(response)
    assert "<td>Usulan</td><td>3</td><td>Anggota DPRD</td>" in page
    assert "Usulan Pokir DPRD harus menyebut anggota DPRD pengusulnya." in page
    assert 'name="token"' not in page
    assert not Usulan.objects.exists()
    rows[1][3] = "H. Ahmad"
    response = client.post(
        "/opd/tarakan-dinsos/impor/usulan/2025/", {"berkas": usulan_workbook(rows)}
    )
    assert response.status_code == 200
    token = re.search(r'name="token" value="([^"]+)"', text(response)).group(1)  # type: ignore[union-attr]
    response = client.post("/opd/tarakan-dinsos/impor/usulan/2025/", {"token": "palsu"})
    assert response.status_code == 422
    assert not Usulan.objects.exists()
    response = client.post("/opd/tarakan-dinsos/impor/usulan/2025/", {"token": token})
    assert response.status_code == 302
    stored = list(
        Usulan.objects.order_by("nomor").values_list(
            "nomor", "sumber", "tingkat_musrenbang", "wilayah__kode", "lokasi_rincian", "biaya"
        )
    )
    assert stored == [
        (1, "musrenbang", "desa", "65.71.01.1001", "RT. 43", 30 * JT),
        (2, "pokir", "", None, "", 5 * JT),
    ]
    # The token is spent: posting it again stores nothing more.
    assert (
        client.post("/opd/tarakan-dinsos/impor/usulan/2025/", {"token": token}).status_code == 422
    )
    assert Usulan.objects.count() == 2
    login(client, "pimpinan.tarakan")
    response = client.post(
        "/opd/tarakan-dinsos/impor/usulan/2025/", {"berkas": usulan_workbook(rows)}
    )
    assert response.status_code == 200  # a preview reads only; storing is refused
    token = re.search(r'name="token" value="([^"]+)"', text(response)).group(1)  # type: ignore[union-attr]
    assert (
        client.post("/opd/tarakan-dinsos/impor/usulan/2025/", {"token": token}).status_code == 403
    )
    assert Usulan.objects.count() == 2


def test_catalog_entry_update_and_delete(client: Client, tarakan: Office, sulbar: Office) -> None:
    login(client, "admin.tarakan")
    client.post("/prioritas/katalog/", {"jenis": "provinsi", "nama": "Perlindungan sosial"})
    entry = Prioritas.objects.get()
    response = client.post(
        f"/prioritas/katalog/{entry.pk}/",
        {"jenis": "provinsi", "nama": "Perlindungan sosial tepat sasaran", "kode": "P1",
         "tahun_mulai": "2021", "tahun_akhir": "2026"},
    )  # fmt: skip
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.kode, entry.nama, entry.tahun_akhir) == (
        "P1",
        "Perlindungan sosial tepat sasaran",
        2026,
    )
    login(client, "admin.sulbar")
    assert client.post(f"/prioritas/katalog/{entry.pk}/", {"hapus": "1"}).status_code == 404
    login(client, "admin.tarakan")
    assert client.post(f"/prioritas/katalog/{entry.pk}/", {"hapus": "1"}).status_code == 302
    assert not Prioritas.objects.exists()


def test_pages_on_the_sample_offices(client: Client) -> None:
    from io import StringIO

    from django.core.management import call_command

    call_command("sample", stdout=StringIO())
    assert client.login(username="bappeda.tarakan", password="renjana-demo")
    pages = [
        "/opd/tarakan-dinsospm/partisipasi/2024/",
        "/opd/tarakan-dinsospm/usulan/2024/",
        "/opd/tarakan-dinsospm/usulan/2024/statistik/",
        "/opd/tarakan-dinsospm/usulan/2024/ekspor/kecamatan/",
        "/opd/tarakan-dinsospm/rkpd/2024/",
        "/opd/tarakan-dinsospm/prioritas/2024/",
        "/opd/tarakan-dinsospm/forum-pd/2024/",
        "/opd/tarakan-dinsospm/impor/rkpd/2024/",
        "/partisipasi/2024/statistik/",
        "/prioritas/katalog/",
    ]
    for url in pages:
        assert client.get(url).status_code == 200, url
    review = text(client.get("/opd/tarakan-dinsospm/rkpd/2024/"))
    # Tabel 3: the RKPD half totals 5.068.980.596, the needs analysis 6.736.773.965.
    assert '<td class="num" id="total-rkpd">5.068.980.596</td>' in review
    assert '<td class="num" id="total-renja">6.736.773.965</td>' in review
    usulan = Usulan.objects.get(perangkat_daerah__kode="tarakan-dinsospm", nomor=3)
    detail = text(client.get(f"/usulan/{usulan.pk}/"))
    assert "RT. 11 Kelurahan an Juata Permai" in detail
    assert "(Kecamatan Tarakan Utara)" in detail
    links = text(client.get("/opd/tarakan-dinsospm/prioritas/2024/"))
    assert "1.06.04.2.01.0012 - Pemberian Layanan Rujukan" in links  # Tabel 6 line 783
    assert "9.810.000" in links
    assert client.login(username="operator.sulawesi-barat", password="renjana-demo")
    assert client.get("/opd/sulawesi-barat-dinsos/rkpd/2024/").status_code == 200
    assert client.get("/opd/tarakan-dinsospm/rkpd/2024/").status_code == 404
