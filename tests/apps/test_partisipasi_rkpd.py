"""RKPD draft rows: import (all or nothing, located problems), entry row by row, keterangan,
the T-C.31 review against the Renja, and the template workbooks read back."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied
from openpyxl import Workbook, load_workbook

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.partisipasi import excel
from renjana.apps.partisipasi.models import KeteranganReview, RkpdBaris
from renjana.apps.partisipasi.selectors.review import review
from renjana.apps.partisipasi.services import rkpd as service
from renjana.apps.partisipasi.unduhan import template_rkpd, template_usulan
from renjana.apps.referensi.selectors import places_under
from renjana.core import partisipasi as core
from renjana.core.quantity import Quantity
from renjana.core.review_rkpd import (
    INDUK_TIDAK_ADA,
    TINGKAT_KODE_SALAH,
    Perbedaan,
    RkpdBarisInput,
)
from tests.apps.conftest import Office
from tests.apps.partisipasi_setup import JT, PERMAKANAN, SANDANG, renja_with_subs

pytestmark = pytest.mark.django_db

ROWS = [
    RkpdBarisInput(
        "1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS", Quantity(Decimal(100), "%")
    ),
    RkpdBarisInput("1.06.04.2.01", "Rehabilitasi Sosial Dasar", pagu=Decimal(60000000)),
    RkpdBarisInput("1.06.04.2.01.01", "Penyediaan Permakanan", "Jumlah Orang",
                   Quantity(Decimal(200), "Orang"), Decimal(50000000), "Sesuai Renstra"),
    RkpdBarisInput("1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah Orang",
                   Quantity(Decimal(10), "Orang"), Decimal(10000000)),
]  # fmt: skip


def test_import_replaces_rows_keeps_pagu_on_leaves_and_reports(tarakan: Office) -> None:
    service.save_rkpd_baris(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025, row=RkpdBarisInput("1.06.05", "lama")
    )
    notes = service.import_rkpd(user=tarakan.operator, pd=tarakan.pd, tahun=2025, rows=ROWS)
    stored = list(
        RkpdBaris.objects.filter(perangkat_daerah=tarakan.pd, tahun=2025)
        .order_by("kode")
        .values_list("kode", "level", "pagu", "target_nilai", "satuan")
    )
    assert stored == [
        ("1.06.04", "program", None, Decimal(100), "%"),
        ("1.06.04.2.01", "kegiatan", None, None, ""),
        ("1.06.04.2.01.0001", "subkegiatan", Decimal(50000000), Decimal(200), "Orang"),
        ("1.06.04.2.01.0002", "subkegiatan", Decimal(10000000), Decimal(10), "Orang"),
    ]
    assert [p.code for p in notes] == ["POHON_NILAI_INDUK_DIABAIKAN"]
    assert KeteranganReview.objects.get(kode="1.06.04.2.01.0001").teks == "Sesuai Renstra"
    entry = AuditEntry.objects.get(aksi="impor_rkpd")
    assert (entry.sebelum["jumlah_baris"], entry.sesudah["jumlah_baris"]) == (1, 4)


def test_bad_import_or_refused_user_writes_nothing(tarakan: Office, sulbar: Office) -> None:
    service.import_rkpd(user=tarakan.operator, pd=tarakan.pd, tahun=2025, rows=ROWS)
    before = list(RkpdBaris.objects.order_by("kode").values_list("kode", "pagu"))
    bad = [*ROWS, RkpdBarisInput("1.06.05.1.02.0001", "Provinsi tanpa induk")]
    with pytest.raises(Rejected) as exc:
        service.import_rkpd(user=tarakan.operator, pd=tarakan.pd, tahun=2025, rows=bad)
    assert [p.code for p in exc.value.problems] == [TINGKAT_KODE_SALAH, INDUK_TIDAK_ADA]
    for user in (tarakan.verifikator, tarakan.pimpinan, sulbar.operator):
        with pytest.raises(PermissionDenied):
            service.import_rkpd(user=user, pd=tarakan.pd, tahun=2025, rows=ROWS[:1])
    assert list(RkpdBaris.objects.order_by("kode").values_list("kode", "pagu")) == before
    assert AuditEntry.objects.filter(aksi="impor_rkpd").count() == 1


def test_rows_one_by_one(tarakan: Office) -> None:
    pd = tarakan.pd
    service.save_rkpd_baris(user=tarakan.operator, pd=pd, tahun=2025, row=ROWS[0])
    with pytest.raises(Rejected) as exc:
        service.save_rkpd_baris(user=tarakan.operator, pd=pd, tahun=2025, row=ROWS[2])
    assert [p.code for p in exc.value.problems] == [INDUK_TIDAK_ADA]
    kegiatan = service.save_rkpd_baris(
        user=tarakan.operator, pd=pd, tahun=2025,
        row=RkpdBarisInput("1.06.04.2.01", "Rehabilitasi", pagu=Decimal(7)),
    )  # fmt: skip
    assert kegiatan.pagu == Decimal(7)  # a leaf for now
    service.save_rkpd_baris(user=tarakan.operator, pd=pd, tahun=2025, row=ROWS[2])
    kegiatan.refresh_from_db()
    assert kegiatan.pagu is None  # a new child takes the pagu off its parent
    with pytest.raises(Rejected) as exc:
        service.save_rkpd_baris(
            user=tarakan.operator, pd=pd, tahun=2025,
            row=RkpdBarisInput("1.06.04.2.01", "Rehabilitasi", pagu=Decimal(7)),
        )  # fmt: skip
    assert [p.code for p in exc.value.problems] == [service.PAGU_PADA_INDUK]
    changed = service.save_rkpd_baris(
        user=tarakan.operator, pd=pd, tahun=2025,
        row=RkpdBarisInput("1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah Orang",
                           Quantity(None, "", "Cepat"), Decimal(1)),
    )  # fmt: skip
    assert (changed.target_nilai, changed.target_teks, changed.pagu) == (None, "Cepat", 1)
    assert RkpdBaris.objects.filter(perangkat_daerah=pd).count() == 3
    service.delete_rkpd_baris(user=tarakan.operator, baris=kegiatan)
    assert list(RkpdBaris.objects.values_list("kode", flat=True)) == ["1.06.04"]
    with pytest.raises(PermissionDenied):
        service.delete_rkpd_baris(user=tarakan.pimpinan, baris=RkpdBaris.objects.get())


def test_review_against_the_renja_with_keterangan(tarakan: Office) -> None:
    renja_with_subs(tarakan)
    service.import_rkpd(user=tarakan.operator, pd=tarakan.pd, tahun=2025, rows=ROWS)
    service.set_keterangan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025, kode="1.06.05.2.02.01", teks="Baru"
    )
    with pytest.raises(PermissionDenied):
        service.set_keterangan(
            user=tarakan.verifikator, pd=tarakan.pd, tahun=2025, kode="1.06.05", teks="x"
        )
    result = review(tarakan.pd, 2025)
    rows = {r.kode: r for r in result.rows}
    # RKPD 50 + 10 = 60 jt; Renja 50 + 8 + 46 = 104 jt.
    assert (result.total_rkpd, result.total_renja) == (60 * JT, 104 * JT)
    assert rows["1.06"].nama == "URUSAN PEMERINTAHAN BIDANG SOSIAL"
    assert rows[PERMAKANAN].perbedaan == (Perbedaan.INDIKATOR, Perbedaan.TARGET)
    assert rows[SANDANG].perbedaan[-1] is Perbedaan.PAGU
    assert rows["1.06.05.2.02.0001"].perbedaan == (Perbedaan.HANYA_RENJA,)
    assert rows["1.06.05.2.02.0001"].keterangan == "Baru"
    assert rows[PERMAKANAN].keterangan == "Sesuai Renstra"  # imported with the row
    service.set_keterangan(
        user=tarakan.operator, pd=tarakan.pd, tahun=2025, kode="1.06.05.2.02.0001", teks=" "
    )
    assert not KeteranganReview.objects.filter(kode="1.06.05.2.02.0001").exists()


def workbook(rows: list[list[object]], title: str, header: list[str]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def test_read_rkpd_workbook_locates_every_problem() -> None:
    header = [k.judul for k in excel.RKPD_KOLOM]
    data = workbook(
        [
            ["1.06.04", "Program Rehabilitasi Sosial", "Persentase", "100", "%", None, None],
            ["1.06.04.2.01", "Rehabilitasi", "", "", "", "", ""],
            ["1.06.04.2.01.0001", "Permakanan", "Jumlah Orang", 200, "Orang", "50.000.000", ""],
            [1.06, "", "", "", "", "tujuh", ""],
            ["1.06.04.2.01.0002", "Sandang", "", "10 Orang", "", 8000000.5, ""],
            ["1.06.04.2.01.0003", "Alat Bantu", "", "", "", "-5", ""],
        ],
        excel.RKPD_SHEET,
        header,
    )
    read = excel.read_rkpd(data, "rkpd.xlsx")
    assert [(r.kode, r.target, r.pagu) for r in read.rows] == [
        ("1.06.04", Quantity(Decimal(100), "%"), None),
        ("1.06.04.2.01", Quantity(None, ""), None),
        ("1.06.04.2.01.0001", Quantity(Decimal(200), "Orang"), Decimal(50000000)),
        ("1.06.04.2.01.0002", Quantity(Decimal(10), "Orang"), Decimal("8000000.5")),
        ("1.06.04.2.01.0003", Quantity(None, ""), None),
    ]
    assert [
        (p.code, p.location.sheet, p.location.row, p.location.column, p.found)
        for p in read.problems
    ] == [
        (excel.SEL_TIDAK_SAH, excel.RKPD_SHEET, 5, "Kode", "1.06"),
        (excel.SEL_TIDAK_SAH, excel.RKPD_SHEET, 7, "Pagu Indikatif (Rp)", "-5"),
    ]
    assert read.problems[0].location.file == "rkpd.xlsx"
    assert read.has_errors
    assert [loc.row for loc in read.locations] == [2, 3, 4, 6, 7]


def test_read_usulan_workbook() -> None:
    header = [k.judul for k in excel.USULAN_KOLOM]
    data = workbook(
        [
            [
                "Musrenbang Kecamatan",
                "",
                "LPM",
                "",
                "",
                "",
                "Rehab Posyandu",
                "RT. 43 Kelurahan Karang Anyar",
                "",
                1,
                "bangunan",
                30000000,
                None,
                "",
            ],
            [
                "Pokir DPRD",
                "",
                "",
                "H. Ahmad",
                "Golkar",
                "",
                "Jalan lingkungan",
                "Kecamatan Tarakan Utara",
                "RT 11",
                "Panjang 60",
                "meter",
                "100,000,000",
                2025,
                "",
            ],
            ["Rapat RT", "", "", "", "", "", "Apa saja", "", "", "", "", "", "", ""],
            [
                "Musrenbang",
                "Kampung",
                "",
                "",
                "",
                "",
                "",
                "Kelurahan Entah",
                "",
                "",
                "",
                "x",
                25,
                "",
            ],
        ],
        excel.USULAN_SHEET,
        header,
    )
    read = excel.read_usulan(data, 2025, places_under("65.71"), "usulan.xlsx")
    first, second, third = read.rows
    assert (first.sumber, first.tingkat_musrenbang, first.kode_wilayah, first.rincian_lokasi) == (
        core.Sumber.MUSRENBANG, core.TingkatMusrenbang.KECAMATAN, "65.71.01.1001", "RT. 43",
    )  # fmt: skip
    assert (first.volume, first.biaya, first.tahun) == (
        Quantity(Decimal(1), "Bangunan"),
        30 * JT,
        2025,
    )
    assert (second.sumber, second.kode_wilayah, second.rincian_lokasi) == (
        core.Sumber.POKIR, "65.71.04", "RT 11",
    )  # fmt: skip
    assert second.volume == Quantity(Decimal(60), "Meter", "Panjang")
    assert second.biaya == 100 * JT
    assert third.tahun == 2025
    found = [(p.code, p.severity.value, p.location.row, p.location.column) for p in read.problems]
    assert found == [
        (core.POKIR_TANPA_FRAKSI, "warning", 3, "Fraksi"),
        (excel.SEL_TIDAK_SAH, "error", 4, "Sumber"),
        (excel.SEL_TIDAK_SAH, "error", 5, "Tingkat Musrenbang"),
        (excel.SEL_TIDAK_SAH, "error", 5, "Tahun"),
        ("LOKASI_TIDAK_DIKENAL", "info", 5, "Lokasi (Kecamatan/Kelurahan)"),
        ("BUKAN_ANGKA", "error", 5, "Perkiraan Biaya (Rp)"),
        (core.URAIAN_KOSONG, "error", 5, "Uraian Usulan"),
        (core.TINGKAT_MUSRENBANG, "error", 5, "Tingkat Musrenbang"),
    ]


def test_templates_read_back_and_unreadable_files() -> None:
    for content, sheet, kolom in (
        (template_rkpd(), excel.RKPD_SHEET, excel.RKPD_KOLOM),
        (template_usulan(), excel.USULAN_SHEET, excel.USULAN_KOLOM),
    ):
        book = load_workbook(BytesIO(content))
        assert book.sheetnames == [sheet, "Petunjuk"]
        assert [c.value for c in book[sheet][1]] == [k.judul for k in kolom]
    empty = excel.read_rkpd(template_rkpd())
    assert (empty.rows, empty.problems) == ((), ())
    broken = excel.read_usulan(b"bukan excel", 2025, places_under("65.71"), "x.xlsx")
    assert [p.code for p in broken.problems] == [excel.BERKAS_TIDAK_TERBACA]
    no_header = excel.read_rkpd(workbook([["a", "b"]], "Lain", ["Satu", "Dua"]))
    assert [p.code for p in no_header.problems] == [excel.KOLOM_TIDAK_ADA]
