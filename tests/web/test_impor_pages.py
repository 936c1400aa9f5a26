"""Import from Excel/CSV through the Django client: choose → upload → preview → commit,
asserting the page and the database; a refused import changes nothing; scope and roles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from renjana.apps.audit.models import AuditEntry
from renjana.apps.perencanaan.models import (
    Indikator,
    Renja,
    RenjaBaris,
    Renstra,
    RenstraBaris,
    RenstraPagu,
    RenstraTahunan,
    SumberDanaBaris,
)
from renjana.apps.realisasi.models import RealisasiAnggaran, RealisasiKinerja, StatusRealisasi
from renjana.apps.realisasi.services import jadwal
from tests.apps.conftest import PASSWORD, Office
from tests.importers.tabular.builders import GOOD_ROWS, HEADER, renja_xlsx, xlsx

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}
BASE = "/opd/tarakan-dinsos/impor/"
FAR = dt.date(2099, 12, 31)


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def login(client: Client, username: str) -> None:
    assert client.login(username=username, password=PASSWORD)


def upload(client: Client, jenis: str, data: bytes, name: str = "renja.xlsx", **params: Any) -> str:
    """Upload a file; returns the preview URL it redirects to."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    fields = {"berkas": SimpleUploadedFile(name, data), **params}
    response = client.post(f"{BASE}unggah/{jenis}/", fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    location: str = response["Location"]
    assert location.startswith(BASE)
    return location


def counts() -> dict[str, int]:
    return {
        "renja": Renja.objects.count(),
        "baris": RenjaBaris.objects.count(),
        "indikator": Indikator.objects.count(),
        "sumber_dana": SumberDanaBaris.objects.count(),
        "renstra": Renstra.objects.count(),
        "renstra_baris": RenstraBaris.objects.count(),
        "renstra_pagu": RenstraPagu.objects.count(),
        "kinerja": RealisasiKinerja.objects.count(),
        "anggaran": RealisasiAnggaran.objects.count(),
        "status": StatusRealisasi.objects.count(),
        "audit": AuditEntry.objects.count(),
    }


def import_good_renja(client: Client, tahun: int = 2025) -> Renja:
    preview = upload(client, "renja", renja_xlsx(), tahun=tahun, tahap="rancangan_awal")
    client.get(f"{preview}analisis/")
    response = client.post(f"{preview}simpan/")
    assert response.status_code == 200, response.content.decode()[:3000]
    return Renja.objects.get(perangkat_daerah__kode="tarakan-dinsos", tahun=tahun)


def test_operator_imports_a_renja_page_and_database(
    client: Client, tarakan: Office, media: Path
) -> None:
    login(client, "operator.tarakan")
    opd = client.get("/opd/tarakan-dinsos/").content.decode()
    assert 'id="tautan-impor"' in opd
    start = client.get(BASE)
    assert start.status_code == 200
    page = start.content.decode()
    assert 'id="templat-renja-xlsx"' in page
    assert 'id="impor-realisasi"' in page
    preview_url = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan")
    shell = client.get(preview_url).content.decode()
    assert f'hx-get="{preview_url}analisis/"' in shell
    assert f'hx-get="{preview_url}kemajuan/"' in shell
    assert "every 700ms" in shell
    fragment = client.get(f"{preview_url}analisis/", **HX)
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert "<html" not in html  # an HTMX fragment
    assert 'data-hitung="Sub kegiatan">2<' in html
    assert 'data-hitung="Indikator">5<' in html
    assert '<dd id="jumlah-kesalahan">0</dd>' in html
    assert "Simpan 4 baris" in html
    assert "Penyediaan Permakanan" in html
    assert "70.000.000" in html
    assert "75.500.000,50" in html
    progress = client.get(f"{preview_url}kemajuan/").content.decode()
    assert "Selesai" in progress
    assert counts()["renja"] == 0  # a preview writes nothing

    done = client.post(f"{preview_url}simpan/")
    assert done.status_code == 200
    assert "Renja 2026 dibuat dengan 4 baris" in done.content.decode()
    renja = Renja.objects.get(perangkat_daerah__kode="tarakan-dinsos", tahun=2026)
    assert renja.tahap == "rancangan"
    rows = {b.kode: b for b in renja.baris.all()}
    assert sorted(rows) == ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.2.01.0002"]
    permakanan = rows["1.06.04.2.01.0001"]
    assert (permakanan.pagu, permakanan.pagu_n1) == (Decimal("70000000"), Decimal("75500000.50"))
    assert permakanan.induk == rows["1.06.04.2.01"]
    assert [(i.uraian, i.satuan, i.target_nilai, i.target_n1_nilai)
            for i in permakanan.indikator.order_by("urutan")] == [
        ("Jumlah orang yang mendapat permakanan", "Orang", Decimal("312"), Decimal("320")),
        ("Jumlah paket permakanan", "Paket", Decimal("64"), None),
    ]  # fmt: skip
    assert rows["1.06.04.2.01.0002"].indikator.get().target_nilai == Decimal("1283")
    assert rows["1.06.04"].pagu is None
    assert list(permakanan.lokasi.values_list("teks", flat=True)) == ["Kota Tarakan"]
    audit = AuditEntry.objects.get(aksi="impor_berkas_renja")
    assert audit.pengguna == tarakan.operator
    assert audit.sesudah["berkas"] == "renja.xlsx"
    assert audit.sesudah["Baris"] == 4
    # The kept upload is gone, and its token no longer opens anything.
    assert list((media / "impor").iterdir()) == []
    assert client.get(preview_url).status_code == 404


def test_preview_without_javascript_is_a_whole_page(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    preview_url = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    page = client.get(f"{preview_url}analisis/").content.decode()
    assert "<html" in page
    assert 'id="simpan-impor"' in page


BAD_ROWS = (
    *GOOD_ROWS,
    ("1.06.04.1.01.0001", "Kode provinsi", "Jumlah orang", "Orang", 5, 1000),
    ("1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah orang", "Orang", 12.5, "tujuh juta"),
    ("1.06.04.2.01.0001", "Ganda", "Jumlah orang", "Orang", 1, 1),
)


def test_a_file_with_errors_shows_every_problem_and_changes_nothing(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    before = counts()
    preview_url = upload(client, "renja", renja_xlsx(BAD_ROWS), tahun=2026, tahap="rancangan_awal")
    html = client.get(f"{preview_url}analisis/", **HX).content.decode()
    assert '<dd id="jumlah-kesalahan">4</dd>' in html
    assert 'id="simpan-impor"' not in html  # no commit button while there are errors
    assert 'id="tidak-dapat-disimpan"' in html
    for code in ("KODE_TINGKAT_LAIN", "JUMLAH_ORANG_DESIMAL", "BUKAN_ANGKA", "KODE_GANDA"):
        assert f'data-kode="{code}"' in html
    # sheet, row, column, value and why, as the user looks for them in Excel
    assert '<td>Renja</td><td class="num">8</td><td>E (Target)</td><td>12,5</td>' in html
    assert (
        '<td>Renja</td><td class="num">8</td><td>F (Pagu Indikatif)</td><td>tujuh juta</td>' in html
    )
    assert '<td>Renja</td><td class="num">9</td><td>A (Kode)</td><td>1.06.04.2.01.0001</td>' in html
    refused = client.post(f"{preview_url}simpan/")
    assert refused.status_code == 422
    assert 'id="ditolak"' in refused.content.decode()
    assert counts() == before


def test_commit_rechecks_and_refuses_when_the_renja_appeared_meanwhile(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    preview_url = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    assert 'id="simpan-impor"' in client.get(f"{preview_url}analisis/", **HX).content.decode()
    import_good_renja(client, tahun=2026)  # another upload of the same year is stored first
    before = counts()
    refused = client.post(f"{preview_url}simpan/")
    assert refused.status_code == 422
    assert "RENJA_SUDAH_ADA" in refused.content.decode()
    assert counts() == before


def test_wrong_file_type_and_empty_sheet(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    before = counts()
    for data, name, code in (
        (b"%PDF-1.4 not a workbook", "renja.pdf", "BERKAS_TIDAK_DIKENAL"),
        (xlsx({"Renja": []}), "kosong.xlsx", "LEMBAR_KOSONG"),
        (xlsx({"Renja": [["Uraian", "Pagu"], ["x", 1]]}), "lain.xlsx",
         "JUDUL_KOLOM_TIDAK_DITEMUKAN"),
    ):  # fmt: skip
        preview_url = upload(client, "renja", data, name, tahun=2026, tahap="rancangan_awal")
        html = client.get(f"{preview_url}analisis/", **HX).content.decode()
        assert f'data-kode="{code}"' in html
        assert 'id="simpan-impor"' not in html
        assert client.post(f"{preview_url}simpan/").status_code == 422
    assert counts() == before


def test_upload_form_errors(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    response = client.post(f"{BASE}unggah/renja/", {"tahun": "dua ribu", "tahap": "x"})
    assert response.status_code == 422
    page = response.content.decode()
    assert 'id="kesalahan-renja"' in page
    assert "Pilih berkas Excel" in page


def test_csv_upload(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    text = "Kode;Uraian;Indikator;Satuan;Target;Pagu Indikatif\n" + "\n".join(
        [
            "1.06.04;Program;Persentase;%;95,5;",
            "1.06.04.2.01;Kegiatan;Jumlah layanan;Layanan;12;",
            "1.06.04.2.01.0001;Permakanan;Jumlah orang;Orang;312;70.000.000",
        ]
    )
    preview_url = upload(
        client, "renja", text.encode("cp1252"), "renja.csv", tahun=2026, tahap="rancangan_awal"
    )
    assert client.post(f"{preview_url}simpan/").status_code == 200
    baris = RenjaBaris.objects.get(kode="1.06.04.2.01.0001")
    assert baris.pagu == Decimal("70000000")


def test_renstra_import_with_yearly_pagu(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025",
              "Target 2026", "Pagu 2025", "Pagu 2026"]  # fmt: skip
    rows = [
        ["1.06.04.2.01.0001", "", "Jumlah orang", "Orang", 300, 320, 70_000_000, "75.000.000"],
    ]
    preview_url = upload(
        client, "renstra", xlsx({"Renstra": [header, *rows]}), "renstra.xlsx",
        tahun_awal=2025, tahun_akhir=2029,
    )  # fmt: skip
    html = client.get(f"{preview_url}analisis/", **HX).content.decode()
    assert 'data-kode="INDUK_DITAMBAHKAN"' in html  # program and kegiatan from the nomenclature
    assert 'id="simpan-impor"' in html
    assert client.post(f"{preview_url}simpan/").status_code == 200
    renstra = Renstra.objects.get(perangkat_daerah__kode="tarakan-dinsos")
    assert (renstra.tahun_awal, renstra.tahun_akhir) == (2025, 2029)
    sub = RenstraBaris.objects.get(renstra=renstra, kode="1.06.04.2.01.0001")
    assert sub.nama == "Penyediaan Permakanan"
    assert sorted(RenstraPagu.objects.filter(baris=sub).values_list("tahun", "pagu")) == [
        (2025, Decimal("70000000")), (2026, Decimal("75000000")),
    ]  # fmt: skip
    assert sorted(
        RenstraTahunan.objects.filter(indikator__baris=sub).values_list("tahun", "target_nilai")
    ) == [(2025, Decimal("300")), (2026, Decimal("320"))]
    assert RenstraBaris.objects.filter(renstra=renstra).count() == 3
    # A second Renstra over the same years is refused before anything is read.
    again = upload(client, "renstra", xlsx({"Renstra": [header, *rows]}), "renstra.xlsx",
                   tahun_awal=2027, tahun_akhir=2031)  # fmt: skip
    assert "RENSTRA_TUMPANG_TINDIH" in client.get(f"{again}analisis/", **HX).content.decode()


REALISASI_HEADER = ["Kode", "No. Indikator", "Indikator", "Realisasi", "Faktor Pendorong",
                    "Faktor Penghambat", "Tindak Lanjut", "Realisasi Keuangan (Rp)",
                    "Realisasi Fisik (%)"]  # fmt: skip


def realisasi_file(*rows: list[object]) -> bytes:
    return xlsx({"Realisasi": [REALISASI_HEADER, *rows]})


def test_realisasi_import_respects_the_lock_and_stores_the_triwulan(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    renja = import_good_renja(client)
    good = realisasi_file(
        ["1.06.04.2.01.0001", 1, None, 80, "Koordinasi baik", None, None, 17_500_000, 25],
        [None, None, "jumlah PAKET permakanan", "16", None, "Cuaca", None],
        ["1.06.04", None, None, "90,5"],
    )
    # Renja 2025: by the default deadlines triwulan I closed on 10 April 2025.
    preview_url = upload(client, "realisasi", good, "tw1.xlsx", tahun=2025, triwulan=1)
    html = client.get(f"{preview_url}analisis/", **HX).content.decode()
    assert 'data-kode="TRIWULAN_TERKUNCI"' in html
    assert 'id="simpan-impor"' not in html
    before = counts()
    assert client.post(f"{preview_url}simpan/").status_code == 422
    assert counts() == before

    jadwal.set_jadwal(user=tarakan.admin, pemda=tarakan.pemda, tahun=2025,
                      batas=[(tw, FAR) for tw in (1, 2, 3, 4)])  # fmt: skip
    html = client.get(f"{preview_url}analisis/", **HX).content.decode()
    assert '<dd id="jumlah-kesalahan">0</dd>' in html, html
    done = client.post(f"{preview_url}simpan/")
    assert done.status_code == 200
    assert "3 indikator dan 1 sub kegiatan" in done.content.decode()
    permakanan = renja.baris.get(kode="1.06.04.2.01.0001")
    orang, paket = permakanan.indikator.order_by("urutan")
    assert (orang.realisasi.get(periode="tw1").nilai, orang.realisasi.get().faktor_pendorong) == (
        Decimal("80"), "Koordinasi baik",
    )  # fmt: skip
    assert (paket.realisasi.get().nilai, paket.realisasi.get().faktor_penghambat) == (
        Decimal("16"), "Cuaca",
    )  # fmt: skip
    anggaran = RealisasiAnggaran.objects.get(baris=permakanan, periode="tw1")
    assert (anggaran.keuangan, anggaran.fisik_persen) == (Decimal("17500000"), Decimal("25"))
    assert StatusRealisasi.objects.get(renja=renja, triwulan=1).status == "diisi"
    assert AuditEntry.objects.filter(aksi="impor_berkas_realisasi").count() == 1

    # A second file with only keuangan leaves the kinerja as it is.
    again = upload(client, "realisasi",
                   realisasi_file(["1.06.04.2.01.0001", None, None, None, None, None, None,
                                   20_000_000]), "tw1b.xlsx", tahun=2025, triwulan=1)  # fmt: skip
    assert client.post(f"{again}simpan/").status_code == 200
    anggaran.refresh_from_db()
    assert (anggaran.keuangan, anggaran.fisik_persen) == (Decimal("20000000"), Decimal("25"))
    assert orang.realisasi.get().nilai == Decimal("80")


def test_realisasi_rows_are_checked_against_the_stored_renja(
    client: Client, tarakan: Office
) -> None:
    login(client, "operator.tarakan")
    import_good_renja(client)
    jadwal.set_jadwal(user=tarakan.admin, pemda=tarakan.pemda, tahun=2025,
                      batas=[(tw, FAR) for tw in (1, 2, 3, 4)])  # fmt: skip
    before = counts()
    bad = realisasi_file(
        ["1.06.04.2.01.0099", 1, None, 5],  # no such row
        ["1.06.04.2.01.0001", 3, None, 5],  # no third indicator
        ["1.06.04.2.01.0001", None, None, 5],  # two indicators: which one?
        ["1.06.04.2.01.0002", 1, None, "12,5"],  # persons must be whole
        ["1.06.04.2.01.0002", None, "Jumlah orang yang menerima sandang", "5 Paket"],
        ["1.06.04.2.01", 1, None, None, None, None, None, 1000],  # keuangan on a parent
    )
    preview_url = upload(client, "realisasi", bad, "tw2.xlsx", tahun=2025, triwulan=2)
    html = client.get(f"{preview_url}analisis/", **HX).content.decode()
    expected = ("BARIS_TIDAK_ADA", "INDIKATOR_TIDAK_ADA", "INDIKATOR_TIDAK_JELAS",
                "JUMLAH_ORANG_DESIMAL", "SATUAN_TIDAK_SESUAI", "REALISASI_PADA_INDUK")  # fmt: skip
    for code in expected:
        assert f'data-kode="{code}"' in html, code
    assert client.post(f"{preview_url}simpan/").status_code == 422
    assert counts() == before


def test_other_office_is_404_and_read_only_roles_are_403(
    client: Client, tarakan: Office, sulbar: Office
) -> None:
    login(client, "operator.tarakan")
    preview_url = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    client.logout()

    login(client, "operator.sulbar")  # another pemda's office does not exist for them
    assert client.get(BASE).status_code == 404
    assert client.get(preview_url).status_code == 404
    assert client.get(f"{preview_url}analisis/").status_code == 404
    assert client.post(f"{preview_url}simpan/").status_code == 404
    client.logout()

    for username in ("pimpinan.tarakan", "verifikator.tarakan"):
        login(client, username)
        assert client.get(BASE).status_code == 403
        response = client.post(f"{BASE}unggah/renja/", {"tahun": 2026, "tahap": "rancangan_awal"})
        assert response.status_code == 403
        assert client.post(f"{preview_url}simpan/").status_code == 403
        client.logout()

    login(client, "admin.tarakan")  # may import, but the upload is bound to its uploader
    assert client.get(BASE).status_code == 200
    assert client.get(preview_url).status_code == 404
    assert client.post(f"{preview_url}simpan/").status_code == 404
    assert Renja.objects.count() == 0
    client.logout()
    assert client.get(BASE).status_code == 302  # to the login page


def test_tokens_are_never_paths(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    for token in ("..%2F..%2Fetc", "a" * 31, "a" * 33, "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ!"):
        assert client.get(f"{BASE}{token}/").status_code == 404


@pytest.mark.parametrize("jenis", ["renja", "renstra", "realisasi"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_templates_download(client: Client, tarakan: Office, jenis: str, fmt: str) -> None:
    login(client, "operator.tarakan")
    response = client.get(f"/impor/templat/{jenis}.{fmt}", {"tahun_awal": 2025})
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="templat-{jenis}.{fmt}"'
    body = response.content
    if fmt == "xlsx":
        assert body.startswith(b"PK")
    else:
        assert body.decode("utf-8-sig").startswith("Kode;")
    assert client.get(f"/impor/templat/lain.{fmt}").status_code == 404


def test_editor_links_to_the_import(client: Client, tarakan: Office) -> None:
    login(client, "operator.tarakan")
    import_good_renja(client)
    page = client.get("/opd/tarakan-dinsos/renja/2025/").content.decode()
    assert f'href="{BASE}?jenis=realisasi">Impor dari Excel</a>' in page


def test_header_kept_in_builders_matches_template() -> None:
    assert HEADER[:2] == ("Kode", "Program/Kegiatan/Sub Kegiatan")


def test_progress_fragment_shows_the_rows_read(client: Client, tarakan: Office) -> None:
    from renjana.web.impor import simpanan

    login(client, "operator.tarakan")
    preview_url = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    token = preview_url.rstrip("/").rsplit("/", 1)[-1]
    assert "Menyiapkan pratinjau" in client.get(f"{preview_url}kemajuan/").content.decode()
    simpanan.Kemajuan(tarakan.operator.pk, token).write("Membaca baris Renja", 2000, 50000)
    html = client.get(f"{preview_url}kemajuan/").content.decode()
    assert '<progress max="50000" value="2000">' in html
    assert "Membaca baris Renja: 2.000 dari 50.000\n  (4%)" in html


def test_uploads_expire_and_are_purged(
    client: Client, tarakan: Office, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from renjana.web.impor import simpanan

    login(client, "operator.tarakan")
    old = upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    folder = media / "impor"
    assert len(list(folder.iterdir())) == 2  # the bytes and their metadata
    monkeypatch.setattr(simpanan, "EXPIRY", -1)
    assert client.get(old).status_code == 404  # expired: gone, as if never uploaded
    assert list(folder.iterdir()) == []
    monkeypatch.setattr(simpanan, "EXPIRY", 3600)
    stale = folder / "abandoned.bin"
    stale.write_bytes(b"x")
    os.utime(stale, (1, 1))  # written long ago and never committed
    upload(client, "renja", renja_xlsx(), tahun=2026, tahap="rancangan_awal")
    assert not stale.exists()  # purged when the next upload is saved
    assert len(list(folder.iterdir())) == 2
