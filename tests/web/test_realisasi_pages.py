"""Realisation pages through the Django client: entry, locking, exceptions, verification and
evidence — asserting the page and the database, and that refusals change nothing.

The Renja is for 2025, so by the documented default every triwulan is already past its
deadline; tests that enter open the year first, as the Bappeda admin would.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from renjana.apps.audit.models import AuditEntry
from renjana.apps.perencanaan.services import editor
from renjana.apps.realisasi.models import (
    BuktiRealisasi,
    JadwalRealisasi,
    PengecualianJadwal,
    RealisasiAnggaran,
    RealisasiKinerja,
    StatusRealisasi,
)
from renjana.apps.realisasi.services import jadwal
from tests.apps.conftest import PASSWORD, Office
from tests.apps.test_realisasi_entry import PDF, Plan, make_plan, state

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
FAR = dt.date(2099, 12, 31)
#: session, user, office and Renja (5), rows, pagu, realisasi, indicators, kinerja (5),
#: deadlines, exceptions, status (3), office and pemda for the headings (2), evidence, notes.
QUERIES = 15


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


@pytest.fixture
def plan(sulbar: Office) -> Plan:
    return make_plan(sulbar)


def open_year(office: Office) -> None:
    jadwal.set_jadwal(
        user=office.admin, pemda=office.pemda, tahun=2025, batas=[(tw, FAR) for tw in (1, 2, 3, 4)]
    )


def page_url(tw: int) -> str:
    return f"/opd/sulbar-dinsos/realisasi/2025/tw{tw}/"


def kinerja_url(plan: Plan, tw: int, iid: int) -> str:
    return f"/realisasi/{plan.renja.pk}/tw{tw}/kinerja/{iid}/"


def anggaran_url(plan: Plan, tw: int) -> str:
    return f"/realisasi/{plan.renja.pk}/tw{tw}/anggaran/{plan.sub.pk}/"


def test_editor_links_to_realisasi_and_the_overview_shows_the_year(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    login(client, "operator.sulbar")
    editor_page = client.get("/opd/sulbar-dinsos/renja/2025/").content.decode()
    assert '<a href="/opd/sulbar-dinsos/realisasi/2025/">Realisasi</a>' in editor_page
    page = client.get("/opd/sulbar-dinsos/realisasi/2025/").content.decode()
    for tw, batas in ((1, "10 April 2025"), (2, "10 Juli 2025"), (4, "10 Januari 2026")):
        assert f'href="{page_url(tw)}"' in page
        assert batas in page
    assert page.count(">bawaan</span>") == 4
    assert page.count(">Terkunci</span>") == 4  # 2025 is past every default deadline
    assert page.count("Belum diisi") == 4


def test_operator_enters_kinerja_inline_and_sees_capaian(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    open_year(sulbar)
    login(client, "operator.sulbar")
    page = client.get(page_url(1)).content.decode()
    assert f'id="nilai-{plan.orang.pk}" name="nilai"' in page
    assert "Simpan realisasi kinerja" in page
    response = client.post(
        kinerja_url(plan, 1, plan.orang.pk),
        {"nilai": "1.250", "faktor_pendorong": "Data lengkap", "faktor_penghambat": "",
         "tindak_lanjut": "Lanjutkan"},
        **HX,
    )  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200, body
    assert response["HX-Trigger"] == "realisasi-berubah"
    assert body.startswith(f'<div class="entri-indikator" id="ind-{plan.orang.pk}"')
    assert "Realisasi kinerja disimpan." in body
    assert '<td class="num sampai">1.250 Orang</td>' in body
    assert '<td class="num capaian">1.250,00%</td>' in body
    stored = RealisasiKinerja.objects.get(indikator=plan.orang, periode="tw1")
    assert (stored.nilai, stored.faktor_pendorong, stored.tindak_lanjut) == (
        Decimal(1250), "Data lengkap", "Lanjutkan"
    )  # fmt: skip
    response = client.post(
        kinerja_url(plan, 1, plan.persen.pk), {"nilai": "62,5"}, **HX
    )  # a percentage may have decimals
    assert '<td class="num capaian">78,13%</td>' in response.content.decode()
    total = client.get(f"/realisasi/{plan.renja.pk}/tw1/total/").content.decode()
    assert '<dd class="num" id="total-indikator">2/2</dd>' in total


def test_fractional_person_count_is_refused_by_the_page(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    open_year(sulbar)
    login(client, "operator.sulbar")
    client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "30"}, **HX)
    before = state()
    for text in ("12,5", "tiga puluh"):
        response = client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": text}, **HX)
        body = response.content.decode()
        assert response.status_code == 422
        assert "Belum disimpan." in body
        assert ("bilangan bulat" if text == "12,5" else "bukan angka") in body
        assert f'name="nilai" value="{text}"' in body  # what was typed stays in the field
    assert state() == before


def test_keuangan_fisik_and_the_pagu_warning(client: Client, sulbar: Office, plan: Plan) -> None:
    open_year(sulbar)
    login(client, "operator.sulbar")
    response = client.post(anggaran_url(plan, 1), {"keuangan": "50.000.000", "fisik": "40"}, **HX)
    assert response.status_code == 200
    body = client.post(
        anggaran_url(plan, 2), {"keuangan": "Rp 30.000.000", "fisik": "70,5"}, **HX
    ).content.decode()
    assert "Realisasi keuangan dan fisik disimpan." in body
    assert "Realisasi keuangan s.d. Triwulan II Rp 80.000.000 melebihi pagu Rp 70.000.000" in body
    assert '<td class="num keuangan-sampai">80.000.000</td>' in body
    assert '<td class="num keuangan-persen">114,29%</td>' in body
    assert '<td class="num sisa over">-10.000.000</td>' in body
    assert anggaran_rows_of(plan) == [
        ("tw1", Decimal("50000000.00"), Decimal("40.0000")),
        ("tw2", Decimal("30000000.00"), Decimal("70.5000")),
    ]
    page = client.get(page_url(2)).content.decode()
    assert 'class="alert warn peringatan">Realisasi keuangan s.d. Triwulan II' in page
    assert '<dd class="num" id="total-persen">114,29%</dd>' in page
    before = state()
    response = client.post(anggaran_url(plan, 2), {"keuangan": "-5.000.000", "fisik": "70"}, **HX)
    assert response.status_code == 422
    assert "negatif" in response.content.decode()
    response = client.post(anggaran_url(plan, 2), {"keuangan": "1", "fisik": "120"}, **HX)
    assert response.status_code == 422
    assert "di luar rentang 0–100%" in response.content.decode()
    assert state() == before


def anggaran_rows_of(plan: Plan) -> list[tuple[Any, ...]]:
    return list(
        RealisasiAnggaran.objects.filter(baris=plan.sub)
        .order_by("periode")
        .values_list("periode", "keuangan", "fisik_persen")
    )


def test_locked_triwulan_shows_why_and_refuses_saves(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    login(client, "operator.sulbar")
    page = client.get(page_url(1)).content.decode()
    reason = "Batas waktu pengisian realisasi Triwulan I 2025 berakhir 10 April 2025"
    assert reason in page
    assert '<strong id="pengisian">Terkunci</strong>' in page
    assert "Simpan realisasi kinerja" not in page
    assert (
        f'id="nilai-{plan.orang.pk}" name="nilai" value="" inputmode="numeric" size="10" disabled'
        in page
    )
    before = state()
    response = client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "30"}, **HX)
    assert response.status_code == 403
    assert reason in response.content.decode()
    response = client.post(anggaran_url(plan, 1), {"keuangan": "1.000", "fisik": "1"})
    assert response.status_code == 403  # without HTMX: the whole page with the reason
    assert "<strong>Ditolak:</strong> " + reason in response.content.decode()
    assert state() == before


def test_admin_sets_deadlines_and_grants_an_exception_through_the_page(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    url = "/opd/sulbar-dinsos/realisasi/2025/jadwal/"
    dates = {"form": "jadwal", "tw1": "2025-04-30", "tw2": "2025-07-15", "tw3": "2025-10-10",
             "tw4": "2026-01-10"}  # fmt: skip
    login(client, "operator.sulbar")
    assert "Jadwal ditetapkan oleh admin Bappeda." in client.get(url).content.decode()
    before = state()
    assert client.post(url, dates).status_code == 403
    until = timezone.localdate() + dt.timedelta(days=7)
    exception = {"form": "pengecualian", "triwulan": "1", "berlaku_sampai": until.isoformat(),
                 "alasan": "Operator baru dilantik"}  # fmt: skip
    assert client.post(url, exception).status_code == 403
    assert state() == before

    login(client, "admin.sulbar")
    response = client.post(url, dates)
    assert response.status_code == 302
    deadlines = JadwalRealisasi.objects.order_by("triwulan").values_list("batas_waktu", flat=True)
    assert list(deadlines) == [
        dt.date(2025, 4, 30), dt.date(2025, 7, 15), dt.date(2025, 10, 10), dt.date(2026, 1, 10)
    ]  # fmt: skip
    page = client.get(url).content.decode()
    assert "30 April 2025" in page
    assert ">bawaan</span>" not in page
    before = state()
    response = client.post(url, {**exception, "alasan": ""})
    assert response.status_code == 422
    assert state() == before
    response = client.post(url, exception)
    assert response.status_code == 302
    granted = PengecualianJadwal.objects.get()
    assert (granted.triwulan, granted.berlaku_sampai, granted.alasan, granted.diberikan_oleh) == (
        1, until, "Operator baru dilantik", sulbar.admin
    )  # fmt: skip
    assert AuditEntry.objects.get(aksi="beri_pengecualian_realisasi").alasan == (
        "Operator baru dilantik"
    )
    assert "Operator baru dilantik" in client.get(url).content.decode()

    login(client, "operator.sulbar")
    response = client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "30"}, **HX)
    assert response.status_code == 200
    assert RealisasiKinerja.objects.get().nilai == Decimal(30)
    response = client.post(kinerja_url(plan, 2, plan.orang.pk), {"nilai": "30"}, **HX)
    assert response.status_code == 403  # the exception covers Triwulan I only
    assert "berakhir 15 Juli 2025" in response.content.decode()


def test_verifier_returns_with_a_note_then_accepts(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    open_year(sulbar)
    aksi = f"/realisasi/{plan.renja.pk}/tw1/aksi/"
    login(client, "operator.sulbar")
    client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "30"}, **HX)
    assert client.post(aksi, {"aksi": "ajukan"}).status_code == 302
    assert StatusRealisasi.objects.get().status == "diajukan"
    page = client.get(page_url(1)).content.decode()
    assert "sudah diajukan dan menunggu verifikasi" in page
    assert "Simpan realisasi kinerja" not in page

    login(client, "verifikator.sulbar")
    page = client.get(page_url(1)).content.decode()
    assert 'value="terima"' in page
    assert 'value="kembalikan"' in page
    assert "Simpan realisasi kinerja" not in page
    before = state()
    response = client.post(aksi, {"aksi": "kembalikan", "catatan": ""})
    assert response.status_code == 422
    assert "Tulis catatan yang menjelaskan apa yang harus diperbaiki" in response.content.decode()
    assert state() == before
    response = client.post(
        f"/realisasi/{plan.renja.pk}/tw1/catatan/",
        {"baris": str(plan.sub.pk), "teks": "Lampirkan SK penerima"},
    )
    assert response.status_code == 302
    client.post(aksi, {"aksi": "kembalikan", "catatan": "Angka belum sesuai laporan"})
    assert StatusRealisasi.objects.get().status == "dikembalikan"

    login(client, "operator.sulbar")
    page = client.get(page_url(1)).content.decode()
    assert "Angka belum sesuai laporan" in page
    assert "Lampirkan SK penerima" in page
    assert "Simpan realisasi kinerja" in page
    client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "28"}, **HX)
    client.post(aksi, {"aksi": "ajukan"})
    assert client.post(aksi, {"aksi": "terima"}).status_code == 403

    login(client, "verifikator.sulbar")
    client.post(aksi, {"aksi": "terima"})
    assert StatusRealisasi.objects.get().status == "diterima"
    page = client.get(page_url(1)).content.decode()
    assert "sudah diterima verifikator dan terkunci" in page
    assert RealisasiKinerja.objects.get().nilai == Decimal(28)


def test_pimpinan_reads_only_and_another_pemda_sees_nothing(
    client: Client, sulbar: Office, tarakan: Office, plan: Plan, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    open_year(sulbar)
    login(client, "operator.sulbar")
    client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "30"}, **HX)
    client.post(
        f"/realisasi/{plan.renja.pk}/tw1/bukti/",
        {"jenis": "indikator", "objek": str(plan.orang.pk), "berkas": pdf_file()},
        **HX,
    )
    item = BuktiRealisasi.objects.get()
    before = state()
    login(client, "pimpinan.sulbar")
    page = client.get(page_url(1)).content.decode()
    assert '<td class="num sampai">30 Orang</td>' in page
    assert "Simpan realisasi kinerja" not in page
    assert "Unggah bukti" not in page
    for nilai in ("1", "bukan angka"):  # refused before any input is read
        response = client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": nilai}, **HX)
        assert response.status_code == 403
        assert "tidak berwenang mengisi realisasi" in response.content.decode()
    assert client.post(anggaran_url(plan, 1), {"keuangan": "x"}, **HX).status_code == 403
    assert client.post(f"/realisasi/bukti/{item.pk}/hapus/", **HX).status_code == 403
    assert client.get(f"/realisasi/bukti/{item.pk}/").status_code == 200
    login(client, "operator.tarakan")
    assert client.get(page_url(1)).status_code == 404
    assert client.get("/opd/sulbar-dinsos/realisasi/2025/").status_code == 404
    assert client.post(kinerja_url(plan, 1, plan.orang.pk), {"nilai": "1"}, **HX).status_code == 404
    assert client.get(f"/realisasi/bukti/{item.pk}/").status_code == 404
    assert client.post(f"/realisasi/bukti/{item.pk}/hapus/").status_code == 404
    assert state() == before


def pdf_file(name: str = "SK penerima.pdf", content: bytes = PDF) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_evidence_upload_download_and_delete(
    client: Client, sulbar: Office, plan: Plan, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    open_year(sulbar)
    login(client, "operator.sulbar")
    url = f"/realisasi/{plan.renja.pk}/tw1/bukti/"
    response = client.post(
        url, {"jenis": "baris", "objek": str(plan.sub.pk), "berkas": pdf_file()}, **HX
    )
    body = response.content.decode()
    assert response.status_code == 200, body
    assert body.startswith(f'<div class="entri-anggaran" id="anggaran-{plan.sub.pk}"')
    item = BuktiRealisasi.objects.get()
    assert f'<a href="/realisasi/bukti/{item.pk}/">SK penerima.pdf</a>' in body
    assert f"PDF, {len(PDF)} bita" in body
    download = client.get(f"/realisasi/bukti/{item.pk}/")
    assert b"".join(download.streaming_content) == PDF  # type: ignore[attr-defined]
    assert 'attachment; filename="SK penerima.pdf"' in download["Content-Disposition"]
    before = state()
    response = client.post(
        url, {"jenis": "baris", "objek": str(plan.sub.pk), "berkas": pdf_file("virus.exe")}, **HX
    )
    assert response.status_code == 422
    assert (
        "jenis berkas bukti yang boleh PDF, JPG, PNG, XLSX atau DOCX" in response.content.decode()
    )
    response = client.post(url, {"jenis": "baris", "objek": str(plan.sub.pk)}, **HX)
    assert response.status_code == 422
    assert "Pilih berkas bukti" in response.content.decode()
    assert state() == before
    response = client.post(f"/realisasi/bukti/{item.pk}/hapus/", **HX)
    assert response.status_code == 200
    assert "Bukti SK penerima.pdf dihapus." in response.content.decode()
    assert BuktiRealisasi.objects.count() == 0


def test_without_htmx_a_save_redirects_with_its_warnings(
    client: Client, sulbar: Office, plan: Plan
) -> None:
    open_year(sulbar)
    login(client, "operator.sulbar")
    response = client.post(anggaran_url(plan, 1), {"keuangan": "80.000.000", "fisik": "10"})
    assert response.status_code == 302
    assert response["Location"] == page_url(1)
    page = client.get(page_url(1)).content.decode()
    assert "Realisasi keuangan dan fisik disimpan." in page
    assert "melebihi pagu Rp 70.000.000" in page
    assert anggaran_rows_of(plan) == [("tw1", Decimal("80000000.00"), Decimal("10.0000"))]


def test_entry_page_query_count_is_pinned(
    client: Client, sulbar: Office, plan: Plan, django_assert_num_queries: Any
) -> None:
    """The same number of queries whatever the size of the plan."""
    open_year(sulbar)
    login(client, "operator.sulbar")
    client.get(page_url(1))  # warm the session
    with django_assert_num_queries(QUERIES):
        response = client.get(page_url(1))
    assert response.status_code == 200
    more = editor.add_baris(user=sulbar.operator, renja=plan.renja, kode="1.06.04.1.02.0003")
    editor.add_baris(user=sulbar.operator, renja=plan.renja, kode="1.06.04.1.03.0001")
    client.post(kinerja_url(plan, 1, more.indikator.get().pk), {"nilai": "5"}, **HX)
    client.post(f"/realisasi/{plan.renja.pk}/tw1/anggaran/{more.pk}/", {"keuangan": "5"}, **HX)
    with django_assert_num_queries(QUERIES):
        response = client.get(page_url(1))
    assert "1.06.04.1.03.0001" in response.content.decode()
