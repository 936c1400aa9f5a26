"""The Renja editor through the Django client: asserting the page and the database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.perencanaan.services import editor
from tests.apps.conftest import PASSWORD, Office

pytestmark = pytest.mark.django_db


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


@pytest.fixture
def renja(sulbar: Office) -> Renja:
    return editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025)


def add(client: Client, renja: Renja, kode: str) -> RenjaBaris:
    response = client.post(f"/renja/{renja.pk}/baris/tambah/", {"kode": kode})
    assert response.status_code == 200, response.content.decode()
    assert response["HX-Trigger"] == "renja-berubah"
    return RenjaBaris.objects.get(renja=renja, kode=kode)


def test_operator_builds_rows_and_sees_totals(client: Client, sulbar: Office, renja: Renja) -> None:
    login(client, "operator.sulbar")
    page = client.get("/opd/sulbar-dinsos/renja/2025/").content.decode()
    assert "Tambah program / kegiatan / sub kegiatan" in page
    found = client.get(f"/renja/{renja.pk}/cari/", {"q": "permakanan"}).content.decode()
    assert "1.06.04.1.01.0001" in found  # provinsi sub kegiatan
    assert "1.06.04.2.01.0001" not in found  # never a kab/kota one for a provinsi office
    a = add(client, renja, "1.06.04.1.02.0002")
    b = add(client, renja, "1.06.04.1.02.0003")
    response = client.post(
        f"/renja/{renja.pk}/baris/{a.pk}/ubah/", {"pagu": "70.000.000", "pagu_n1": "75.500.000,50"}
    )
    assert response.status_code == 200
    assert "Perubahan baris disimpan" in response.content.decode()
    client.post(f"/renja/{renja.pk}/baris/{b.pk}/ubah/", {"pagu": "60.000.000"})
    a.refresh_from_db()
    assert (a.pagu, a.pagu_n1) == (Decimal("70000000"), Decimal("75500000.50"))
    tree = client.get(f"/renja/{renja.pk}/pohon/").content.decode()
    assert '<td class="num" id="total-pagu">130.000.000</td>' in tree
    assert '<td class="num" id="total-pagu-n1">75.500.000,50</td>' in tree


def test_bad_number_is_refused_with_a_message_and_nothing_changes(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    login(client, "operator.sulbar")
    a = add(client, renja, "1.06.04.1.02.0002")
    response = client.post(f"/renja/{renja.pk}/baris/{a.pk}/ubah/", {"pagu": "tujuh juta"})
    assert response.status_code == 422
    assert (
        "bukan angka" in response.content.decode().lower() or "angka" in response.content.decode()
    )
    a.refresh_from_db()
    assert a.pagu is None


def test_indicator_lokasi_and_sumber_dana_through_the_panel(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    login(client, "operator.sulbar")
    a = add(client, renja, "1.06.04.1.02.0002")
    ind = a.indikator.get()
    response = client.post(
        f"/renja/{renja.pk}/baris/{a.pk}/indikator/",
        {"iid": ind.pk, "uraian": ind.uraian, "satuan": "Orang", "polaritas": "naik",
         "agregasi": "kumulatif", "target": "70", "target_n1": "75"},
    )  # fmt: skip
    assert response.status_code == 200
    ind.refresh_from_db()
    assert (ind.target_nilai, ind.target_n1_nilai) == (Decimal(70), Decimal(75))
    client.post(
        f"/renja/{renja.pk}/baris/{a.pk}/indikator/",
        {"uraian": "Indeks Kepuasan", "satuan": "", "polaritas": "naik", "agregasi": "rata_rata",
         "target": "Baik", "target_n1": ""},
    )  # fmt: skip
    local = Indikator.objects.get(baris=a, uraian="Indeks Kepuasan")
    assert (local.is_lokal, local.target_teks, local.target_nilai) == (True, "Baik", None)
    client.post(
        f"/renja/{renja.pk}/baris/{a.pk}/lokasi/",
        {"wilayah": ["76.02", "semua"], "rincian": ["", ""]},
    )
    assert list(a.lokasi.values_list("teks", flat=True)) == [
        "Kabupaten Mamuju",
        "Seluruh Provinsi Sulawesi Barat",
    ]
    response = client.post(
        f"/renja/{renja.pk}/baris/{a.pk}/sumber-dana/",
        {"kode": ["1.2.01.01.02"], "jumlah": ["70.000.000"]},
    )
    assert response.status_code == 200
    sd = a.sumber_dana.get()
    assert (sd.sumber_dana.kode, sd.jumlah) == ("1.2.01.01.02", Decimal(70000000))
    panel = client.get(f"/renja/{renja.pk}/baris/{a.pk}/").content.decode()
    assert "Riwayat perubahan" in panel
    assert "ubah_sumber_dana" in panel


def test_read_only_roles_get_403_and_nothing_changes(
    client: Client, sulbar: Office, tarakan: Office, renja: Renja
) -> None:
    a = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    for username in ("verifikator.sulbar", "pimpinan.sulbar"):
        login(client, username)
        page = client.get("/opd/sulbar-dinsos/renja/2025/").content.decode()
        assert "Tambah program / kegiatan" not in page
        response = client.post(f"/renja/{renja.pk}/baris/{a.pk}/ubah/", {"pagu": "5"})
        assert response.status_code == 403
        response = client.post(f"/renja/{renja.pk}/baris/tambah/", {"kode": "1.06.04.1.02.0003"})
        assert response.status_code == 403
    login(client, "operator.tarakan")
    assert client.post(f"/renja/{renja.pk}/baris/{a.pk}/ubah/", {"pagu": "5"}).status_code == 404
    assert client.get(f"/renja/{renja.pk}/pohon/").status_code == 404
    a.refresh_from_db()
    assert a.pagu is None
    assert RenjaBaris.objects.filter(renja=renja).count() == 3


def make_submittable(sulbar: Office, renja: Renja) -> RenjaBaris:
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=sulbar.operator, baris=sub, changes={"pagu": Decimal("70000000")})
    Indikator.objects.filter(baris=sub).update(target_nilai=70)
    editor.set_lokasi(user=sulbar.operator, baris=sub, items=[("76.02", "")])
    editor.set_sumber_dana(
        user=sulbar.operator, baris=sub, items=[("1.2.01.01.02", Decimal("70000000"))]
    )
    for kode in ("1.06.04", "1.06.04.1.02"):
        editor.add_indikator(
            user=sulbar.operator, baris=RenjaBaris.objects.get(renja=renja, kode=kode),
            uraian="Persentase PPKS terlayani", satuan="%", target_nilai=100,
        )  # fmt: skip
    return sub


def test_stage_workflow_and_comparison_through_the_pages(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    sub = make_submittable(sulbar, renja)
    login(client, "operator.sulbar")
    response = client.post(f"/renja/{renja.pk}/aksi/", {"aksi": "ajukan"})
    assert response.status_code == 302
    renja.refresh_from_db()
    assert renja.status == "diajukan"
    login(client, "verifikator.sulbar")
    page = client.get("/opd/sulbar-dinsos/renja/2025/").content.decode()
    assert 'value="setujui"' in page
    assert 'value="kembalikan"' in page
    client.post(
        f"/renja/{renja.pk}/aksi/", {"aksi": "kembalikan", f"catatan_{sub.pk}": "Naikkan target"}
    )
    renja.refresh_from_db()
    assert renja.status == "dikembalikan"
    login(client, "operator.sulbar")
    assert "Naikkan target" in client.get("/opd/sulbar-dinsos/renja/2025/").content.decode()
    client.post(f"/renja/{renja.pk}/aksi/", {"aksi": "ajukan"})
    login(client, "verifikator.sulbar")
    client.post(f"/renja/{renja.pk}/aksi/", {"aksi": "setujui"})
    renja.refresh_from_db()
    assert renja.status == "disetujui"
    login(client, "operator.sulbar")
    response = client.post(f"/renja/{renja.pk}/baris/{sub.pk}/ubah/", {"pagu": "1"})
    assert response.status_code == 403
    assert "terkunci" in response.content.decode()
    client.post(f"/renja/{renja.pk}/aksi/", {"aksi": "lanjut_tahap"})
    renja.refresh_from_db()
    assert (renja.tahap, renja.status) == ("rancangan", "disusun")
    client.post(f"/renja/{renja.pk}/baris/{sub.pk}/ubah/", {"pagu": "90.000.000"})
    compared = client.get(f"/renja/{renja.pk}/banding/").content.decode()
    assert "Pagu n" in compared
    assert "70.000.000" in compared
    assert "90.000.000" in compared


def test_submission_with_errors_shows_the_problems(
    client: Client, sulbar: Office, renja: Renja
) -> None:
    a = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=sulbar.operator, baris=a, changes={"pagu": Decimal(1000)})
    login(client, "operator.sulbar")
    response = client.post(f"/renja/{renja.pk}/aksi/", {"aksi": "ajukan"})
    assert response.status_code == 422
    assert "1.06.04.1.02.0002" in response.content.decode()
    renja.refresh_from_db()
    assert renja.status == "disusun"
    panel = client.get(f"/renja/{renja.pk}/pemeriksaan/").content.decode()
    assert f'hx-get="/renja/{renja.pk}/baris/{a.pk}/"' in panel


def test_table_views_show_the_same_totals(client: Client, sulbar: Office, renja: Renja) -> None:
    make_submittable(sulbar, renja)
    login(client, "pimpinan.sulbar")
    for jenis, columns in (("renja", 17), ("tc33", 10)):
        page = client.get(f"/renja/{renja.pk}/tabel/{jenis}/").content.decode()
        assert f"<th>{columns}</th>" in page
        assert "70.000.000" in page
        assert "Kabupaten Mamuju" in page


def test_new_renja_page_carries_over(client: Client, sulbar: Office, renja: Renja) -> None:
    make_submittable(sulbar, renja)
    login(client, "operator.sulbar")
    response = client.post(
        "/opd/sulbar-dinsos/renja/baru/", {"tahun": "2026", "salin_dari": "2025"}
    )
    assert response.status_code == 302
    assert RenjaBaris.objects.filter(renja__tahun=2026).count() == 3
    again = client.post("/opd/sulbar-dinsos/renja/baru/", {"tahun": "2026"})
    assert "sudah ada" in again.content.decode()


def test_totals_per_bidang(client: Client, sulbar: Office, renja: Renja) -> None:
    from renjana.apps.organisasi.models import UnitKerja

    rehab = UnitKerja.objects.create(
        pemda=sulbar.pemda, perangkat_daerah=sulbar.pd, nama="Bidang Rehsos"
    )
    a = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    b = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.06.1.01.0001")
    kegiatan = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02")
    editor.update_baris(user=sulbar.operator, baris=kegiatan, changes={"unit_kerja": rehab.pk})
    editor.update_baris(user=sulbar.operator, baris=a, changes={"pagu": Decimal("1500000")})
    editor.update_baris(user=sulbar.operator, baris=b, changes={"pagu": Decimal("250000")})
    login(client, "pimpinan.sulbar")
    page = client.get(f"/renja/{renja.pk}/pohon/").content.decode()
    table = page[page.index('id="per-bidang"') :]
    assert '<td>Bidang Rehsos</td><td class="num">1.500.000</td>' in table
    assert '<td>Belum ditetapkan</td><td class="num">250.000</td>' in table
