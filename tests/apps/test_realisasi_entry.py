"""Realisation entry per triwulan through the services: values, warnings, locks, exceptions,
verification and evidence — asserting the database, and that every refusal changes nothing.

The clock is passed in (``hari_ini``): Triwulan I 2025 closes on 10 April 2025 by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.organisasi import services as organisasi
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.perencanaan.services import editor
from renjana.apps.realisasi import services as realisasi_services
from renjana.apps.realisasi.models import (
    BuktiRealisasi,
    CatatanRealisasi,
    JadwalRealisasi,
    PaguAnggaran,
    PengecualianJadwal,
    RealisasiAnggaran,
    RealisasiKinerja,
    StatusRealisasi,
)
from renjana.apps.realisasi.selectors.entri import entri_triwulan
from renjana.apps.realisasi.selectors.jadwal import (
    default_batas_waktu,
    kunci_triwulan,
    lock_reason,
)
from renjana.apps.realisasi.services import bukti, entry, jadwal, verifikasi
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db

TW1_LAST_DAY = dt.date(2025, 4, 10)  # default deadline of Triwulan I 2025
TW1_CLOSED = dt.date(2025, 4, 11)
TW2_DAY = dt.date(2025, 5, 15)
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@dataclass
class Plan:
    renja: Renja
    program: RenjaBaris
    kegiatan: RenjaBaris
    sub: RenjaBaris
    orang: Indikator  # sub kegiatan output: 100 Orang, kumulatif
    persen: Indikator  # kegiatan outcome: 80 %, nilai akhir


def make_plan(office: Office, tahun: int = 2025) -> Plan:
    """A Renja with one sub kegiatan (pagu Rp 70.000.000) and two indicators."""
    user = office.operator
    renja = editor.create_renja(user=user, pd=office.pd, tahun=tahun)
    sub = editor.add_baris(user=user, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=user, baris=sub, changes={"pagu": Decimal(70_000_000)})
    orang = sub.indikator.get()
    editor.update_indikator(user=user, indikator=orang, changes={"target_nilai": Decimal(100)})
    kegiatan = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02")
    persen = editor.add_indikator(
        user=user, baris=kegiatan, uraian="Persentase anak terlantar yang terlayani",
        satuan="%", target_nilai=Decimal(80), agregasi="nilai_akhir",
    )  # fmt: skip
    program = RenjaBaris.objects.get(renja=renja, kode="1.06.04")
    return Plan(renja, program, kegiatan, sub, orang, persen)


@pytest.fixture
def plan(sulbar: Office) -> Plan:
    return make_plan(sulbar)


def kinerja_rows() -> list[tuple[Any, ...]]:
    return list(
        RealisasiKinerja.objects.order_by("id").values_list(
            "indikator_id", "periode", "nilai", "teks", "faktor_pendorong", "faktor_penghambat",
            "tindak_lanjut",
        )
    )  # fmt: skip


def anggaran_rows() -> list[tuple[Any, ...]]:
    return list(
        RealisasiAnggaran.objects.order_by("id").values_list(
            "baris_id", "periode", "keuangan", "fisik_persen"
        )
    )


def state() -> tuple[Any, ...]:
    """Everything realisation entry writes, to compare before and after a refusal."""
    return (
        kinerja_rows(),
        anggaran_rows(),
        list(StatusRealisasi.objects.values_list("triwulan", "status")),
        list(CatatanRealisasi.objects.values_list("teks", "selesai")),
        list(BuktiRealisasi.objects.values_list("nama_asli", flat=True)),
        list(JadwalRealisasi.objects.values_list("triwulan", "batas_waktu")),
        list(PengecualianJadwal.objects.values_list("triwulan", "berlaku_sampai")),
        AuditEntry.objects.count(),
    )


def record(user: Any, ind: Indikator, tw: int, nilai: Any, day: dt.date, **kw: Any) -> Any:
    return entry.record_kinerja(
        user=user, indikator=ind, triwulan=tw, nilai=None if nilai is None else Decimal(nilai),
        hari_ini=day, **kw,
    )  # fmt: skip


def spend(user: Any, baris: RenjaBaris, tw: int, keuangan: Any, fisik: Any, day: dt.date) -> Any:
    return entry.record_anggaran(
        user=user, baris=baris, triwulan=tw,
        keuangan=None if keuangan is None else Decimal(keuangan),
        fisik_persen=None if fisik is None else Decimal(fisik), hari_ini=day,
    )  # fmt: skip


# --- Calendar -----------------------------------------------------------------------------


def test_default_deadline_is_ten_days_after_each_triwulan() -> None:
    assert [default_batas_waktu(2025, tw) for tw in (1, 2, 3, 4)] == [
        dt.date(2025, 4, 10), dt.date(2025, 7, 10), dt.date(2025, 10, 10), dt.date(2026, 1, 10),
    ]  # fmt: skip


def test_lock_reason_by_date_exception_and_status() -> None:
    args: dict[str, Any] = {"tahun": 2025, "triwulan": 1, "batas_waktu": TW1_LAST_DAY}
    assert lock_reason(hari_ini=TW1_LAST_DAY, pengecualian_sampai=None, status=None, **args) == ""
    closed = lock_reason(hari_ini=TW1_CLOSED, pengecualian_sampai=None, status=None, **args)
    assert closed.startswith("Batas waktu pengisian realisasi Triwulan I 2025 berakhir 10 April")
    assert "pengecualian" in closed
    later = dt.date(2025, 4, 20)
    assert lock_reason(hari_ini=later, pengecualian_sampai=later, status="diisi", **args) == ""
    assert (
        lock_reason(hari_ini=later, pengecualian_sampai=None, status="dikembalikan", **args) == ""
    )
    assert "menunggu verifikasi" in lock_reason(
        hari_ini=dt.date(2025, 2, 1), pengecualian_sampai=None, status="diajukan", **args
    )
    assert "sudah diterima" in lock_reason(
        hari_ini=dt.date(2025, 2, 1), pengecualian_sampai=None, status="diterima", **args
    )
    early = lock_reason(
        tahun=2025, triwulan=2, batas_waktu=dt.date(2025, 7, 10),
        hari_ini=dt.date(2025, 3, 31), pengecualian_sampai=None, status=None,
    )  # fmt: skip
    assert early.startswith("Triwulan II 2025 belum dimulai (mulai 1 April 2025)")


# --- Kinerja ------------------------------------------------------------------------------


def test_operator_records_kinerja_with_faktor_and_it_is_audited(sulbar: Office, plan: Plan) -> None:
    saved = record(
        sulbar.operator, plan.orang, 1, 30, TW1_LAST_DAY,
        faktor_pendorong="Data penerima lengkap", faktor_penghambat=" Cuaca ",
        tindak_lanjut="Percepat distribusi",
    )  # fmt: skip
    assert saved.peringatan == ()
    assert kinerja_rows() == [
        (plan.orang.pk, "tw1", Decimal("30.0000"), "", "Data penerima lengkap", "Cuaca",
         "Percepat distribusi"),
    ]  # fmt: skip
    assert StatusRealisasi.objects.get(renja=plan.renja, triwulan=1).status == "diisi"
    audit = AuditEntry.objects.get(aksi="isi_realisasi_kinerja")
    assert (audit.pengguna, audit.objek_tipe, audit.sebelum) == (
        sulbar.operator,
        "RealisasiKinerja",
        None,
    )
    assert audit.sesudah["nilai"] == "30"
    assert audit.sesudah["triwulan"] == 1
    record(sulbar.operator, plan.orang, 1, 35, TW1_LAST_DAY)
    second = AuditEntry.objects.filter(aksi="isi_realisasi_kinerja").first()
    assert second is not None
    assert (second.sebelum["nilai"], second.sesudah["nilai"]) == ("30", "35")
    assert RealisasiKinerja.objects.get().nilai == Decimal(35)


def test_capaian_to_date_follows_the_agregasi_and_is_never_stored(
    sulbar: Office, plan: Plan
) -> None:
    op = sulbar.operator
    record(op, plan.orang, 1, 30, TW1_LAST_DAY)
    record(op, plan.persen, 1, 60, TW1_LAST_DAY)
    record(op, plan.orang, 2, 40, TW2_DAY)
    record(op, plan.persen, 2, "75.5", TW2_DAY)
    tw1 = entri_triwulan(plan.renja, 1, TW2_DAY)
    tw2 = entri_triwulan(plan.renja, 2, TW2_DAY)
    orang1, orang2 = tw1.find(plan.sub.kode).indikator[0], tw2.find(plan.sub.kode).indikator[0]  # type: ignore[union-attr]
    assert (str(orang1.nilai), str(orang1.sampai), str(orang1.capaian)) == (
        "30 Orang", "30 Orang", "30,00%"
    )  # fmt: skip
    assert (str(orang2.nilai), str(orang2.sampai), str(orang2.capaian)) == (
        "40 Orang", "70 Orang", "70,00%"
    )  # fmt: skip
    persen2 = tw2.find(plan.kegiatan.kode).indikator[0]  # type: ignore[union-attr]
    assert (str(persen2.sampai), str(persen2.capaian), persen2.agregasi) == (
        "75,5%", "94,38%", "nilai akhir"
    )  # fmt: skip
    assert (tw2.indikator_terisi, tw2.indikator_jumlah) == (2, 2)


def test_person_count_must_be_whole_and_refusal_changes_nothing(sulbar: Office, plan: Plan) -> None:
    record(sulbar.operator, plan.orang, 1, 30, TW1_LAST_DAY)
    before = state()
    with pytest.raises(Rejected) as exc:
        record(sulbar.operator, plan.orang, 1, "12.5", TW1_LAST_DAY)
    assert exc.value.problems[0].code == "JUMLAH_ORANG_DESIMAL"
    assert "bilangan bulat" in exc.value.problems[0].message
    with pytest.raises(Rejected) as exc:
        record(sulbar.operator, plan.persen, 1, -1, TW1_LAST_DAY)
    assert exc.value.problems[0].code == "REALISASI_NEGATIF"
    assert state() == before
    # a percentage is not a count: decimals are fine there
    record(sulbar.operator, plan.persen, 1, "62.75", TW1_LAST_DAY)
    assert RealisasiKinerja.objects.get(indikator=plan.persen).nilai == Decimal("62.75")


def test_qualitative_value_is_stored_as_text(sulbar: Office, plan: Plan) -> None:
    editor.update_indikator(
        user=sulbar.operator, indikator=plan.persen,
        changes={"target_nilai": None, "target_teks": "Cepat Berkembang", "satuan": ""},
    )  # fmt: skip
    plan.persen.refresh_from_db()
    record(sulbar.operator, plan.persen, 1, None, TW1_LAST_DAY, teks="Cepat Berkembang")
    stored = RealisasiKinerja.objects.get(indikator=plan.persen)
    assert (stored.nilai, stored.teks) == (None, "Cepat Berkembang")
    shown = entri_triwulan(plan.renja, 1, TW1_LAST_DAY).find(plan.kegiatan.kode)
    assert str(shown.indikator[0].capaian) == "Tercapai"  # type: ignore[union-attr]


# --- Keuangan and fisik -------------------------------------------------------------------


def test_keuangan_and_fisik_with_cumulative_percentage(sulbar: Office, plan: Plan) -> None:
    op = sulbar.operator
    assert spend(op, plan.sub, 1, 17_500_000, 20, TW1_LAST_DAY).peringatan == ()
    assert spend(op, plan.sub, 2, 21_000_000, 55, TW2_DAY).peringatan == ()
    assert anggaran_rows() == [
        (plan.sub.pk, "tw1", Decimal("17500000.00"), Decimal("20.0000")),
        (plan.sub.pk, "tw2", Decimal("21000000.00"), Decimal("55.0000")),
    ]
    page = entri_triwulan(plan.renja, 2, TW2_DAY)
    row = page.find(plan.sub.kode)
    assert row is not None
    assert (row.pagu, row.pagu_sumber, row.keuangan, row.keuangan_sampai) == (
        Decimal(70_000_000), "Renja", Decimal(21_000_000), Decimal(38_500_000)
    )  # fmt: skip
    assert (row.keuangan_persen, row.sisa, row.fisik, row.fisik_lalu) == (
        Decimal(55), Decimal(31_500_000), Decimal(55), Decimal(20)
    )  # fmt: skip
    program = page.find(plan.program.kode)
    assert program is not None
    assert not program.is_leaf
    assert (program.pagu, program.keuangan_sampai) == (Decimal(70_000_000), Decimal(38_500_000))
    assert (page.pagu, page.keuangan_sampai, page.keuangan_persen) == (
        Decimal(70_000_000), Decimal(38_500_000), Decimal(55)
    )  # fmt: skip
    audit = AuditEntry.objects.filter(aksi="isi_realisasi_anggaran").first()
    assert audit is not None
    assert audit.sesudah["keuangan"] == "21000000"


def test_negative_keuangan_fisik_out_of_range_and_parent_rows_are_refused(
    sulbar: Office, plan: Plan
) -> None:
    spend(sulbar.operator, plan.sub, 1, 1_000_000, 10, TW1_LAST_DAY)
    before = state()
    cases = [
        (plan.sub, -5_000_000, 10, "NILAI_ANGGARAN_NEGATIF"),
        (plan.sub, 1_000_000, "100.5", "RFK_FISIK_DI_LUAR_RENTANG"),
        (plan.sub, 1_000_000, -1, "RFK_FISIK_DI_LUAR_RENTANG"),
        (plan.kegiatan, 1_000_000, 10, "REALISASI_PADA_INDUK"),
    ]
    for baris, keuangan, fisik, code in cases:
        with pytest.raises(Rejected) as exc:
            spend(sulbar.operator, baris, 1, keuangan, fisik, TW1_LAST_DAY)
        assert exc.value.problems[0].code == code
    assert state() == before


def test_keuangan_above_the_pagu_is_stored_with_a_warning(sulbar: Office, plan: Plan) -> None:
    op = sulbar.operator
    spend(op, plan.sub, 1, 50_000_000, 40, TW1_LAST_DAY)
    saved = spend(op, plan.sub, 2, 30_000_000, 70, TW2_DAY)
    (warning,) = saved.peringatan
    assert (warning.code, warning.severity.value) == ("REALISASI_MELEBIHI_PAGU", "warning")
    assert warning.message.startswith(
        "Realisasi keuangan s.d. Triwulan II Rp 80.000.000 melebihi pagu Rp 70.000.000"
    )
    assert RealisasiAnggaran.objects.get(periode="tw2").keuangan == Decimal(30_000_000)
    row = entri_triwulan(plan.renja, 2, TW2_DAY).find(plan.sub.kode)
    assert row is not None
    assert [p.code for p in row.peringatan] == ["REALISASI_MELEBIHI_PAGU"]
    assert (row.sisa, row.keuangan_persen) == (
        Decimal(-10_000_000),
        Decimal(80_000_000) * 100 / 70_000_000,
    )
    # Measured against the DPPA when there is one (then the DPA, then the Renja's pagu).
    PaguAnggaran.objects.create(pemda=sulbar.pemda, baris=plan.sub, jenis="dpa", jumlah=75_000_000)
    row = entri_triwulan(plan.renja, 2, TW2_DAY).find(plan.sub.kode)
    assert row is not None
    assert (row.pagu_sumber, row.pagu) == ("DPA", Decimal(75_000_000))
    PaguAnggaran.objects.create(pemda=sulbar.pemda, baris=plan.sub, jenis="dppa", jumlah=90_000_000)
    row = entri_triwulan(plan.renja, 2, TW2_DAY).find(plan.sub.kode)
    assert row is not None
    assert (row.pagu_sumber, row.pagu, row.peringatan) == ("DPPA", Decimal(90_000_000), ())
    assert spend(op, plan.sub, 2, 30_000_000, 70, TW2_DAY).peringatan == ()


def test_fisik_going_down_is_a_warning(sulbar: Office, plan: Plan) -> None:
    op = sulbar.operator
    spend(op, plan.sub, 1, 1_000_000, 40, TW1_LAST_DAY)
    (warning,) = spend(op, plan.sub, 2, 1_000_000, 35, TW2_DAY).peringatan
    assert warning.code == "FISIK_MENURUN"
    assert warning.message.startswith(
        "Realisasi fisik Triwulan II (35%) lebih rendah dari Triwulan I (40%)"
    )
    assert RealisasiAnggaran.objects.get(periode="tw2").fisik_persen == Decimal(35)
    assert spend(op, plan.sub, 2, 1_000_000, 40, TW2_DAY).peringatan == ()


# --- Locks, deadlines and exceptions ------------------------------------------------------


def test_after_the_deadline_the_triwulan_locks_and_nothing_changes(
    sulbar: Office, plan: Plan
) -> None:
    record(sulbar.operator, plan.orang, 1, 30, TW1_LAST_DAY)
    spend(sulbar.operator, plan.sub, 1, 1_000_000, 10, TW1_LAST_DAY)
    before = state()
    with pytest.raises(PermissionDenied, match="berakhir 10 April 2025"):
        record(sulbar.operator, plan.orang, 1, 31, TW1_CLOSED)
    with pytest.raises(PermissionDenied, match="terkunci"):
        spend(sulbar.operator, plan.sub, 1, 2_000_000, 20, TW1_CLOSED)
    with pytest.raises(PermissionDenied, match="belum dimulai"):
        record(sulbar.operator, plan.orang, 2, 5, dt.date(2025, 3, 31))
    assert state() == before


def test_admin_sets_the_deadline_for_the_whole_pemda(sulbar: Office, plan: Plan) -> None:
    for user in (sulbar.operator, sulbar.verifikator, sulbar.pimpinan):
        with pytest.raises(PermissionDenied, match="admin Bappeda"):
            jadwal.set_batas_waktu(
                user=user, pemda=sulbar.pemda, tahun=2025, triwulan=1,
                batas_waktu=dt.date(2025, 4, 30),
            )  # fmt: skip
    before = state()
    with pytest.raises(Rejected) as exc:
        jadwal.set_jadwal(
            user=sulbar.admin, pemda=sulbar.pemda, tahun=2025,
            batas=[(1, dt.date(2025, 4, 30)), (2, dt.date(2025, 3, 1))],
        )  # fmt: skip
    assert exc.value.problems[0].message.startswith(
        "Batas waktu 1 Maret 2025 jatuh sebelum Triwulan II 2025 dimulai (1 April 2025)"
    )
    assert state() == before  # Triwulan I was not written either
    jadwal.set_batas_waktu(
        user=sulbar.admin, pemda=sulbar.pemda, tahun=2025, triwulan=1,
        batas_waktu=dt.date(2025, 4, 30),
    )  # fmt: skip
    kunci = kunci_triwulan(plan.renja, 1, dt.date(2025, 4, 20))
    assert (kunci.batas_waktu, kunci.batas_bawaan, kunci.terbuka) == (
        dt.date(2025, 4, 30), False, True
    )  # fmt: skip
    record(sulbar.operator, plan.orang, 1, 30, dt.date(2025, 4, 30))
    with pytest.raises(PermissionDenied, match="berakhir 30 April 2025"):
        record(sulbar.operator, plan.orang, 1, 31, dt.date(2025, 5, 1))
    audit = AuditEntry.objects.get(aksi="ubah_jadwal_realisasi")
    assert (audit.sebelum, audit.sesudah["batas_waktu"]) == (None, "2025-04-30")


def test_exception_reopens_one_office_until_a_date_with_an_audited_reason(
    sulbar: Office, plan: Plan
) -> None:
    dinkes = organisasi.create_perangkat_daerah(
        user=None, pemda=sulbar.pemda, kode="sulbar-dinkes", nama="Dinas Kesehatan",
        urusan=["1.02"], system=True,
    )  # fmt: skip
    other = editor.create_renja(user=sulbar.admin, pd=dinkes, tahun=2025)
    day = dt.date(2025, 4, 20)
    before = state()
    with pytest.raises(PermissionDenied):
        jadwal.grant_pengecualian(
            user=sulbar.operator, pd=sulbar.pd, tahun=2025, triwulan=1,
            berlaku_sampai=dt.date(2025, 5, 5), alasan="Operator sakit", hari_ini=day,
        )  # fmt: skip
    with pytest.raises(Rejected, match="Tulis alasan"):
        jadwal.grant_pengecualian(
            user=sulbar.admin, pd=sulbar.pd, tahun=2025, triwulan=1,
            berlaku_sampai=dt.date(2025, 5, 5), alasan="  ", hari_ini=day,
        )  # fmt: skip
    with pytest.raises(Rejected, match="pilih tanggal hari ini atau sesudahnya"):
        jadwal.grant_pengecualian(
            user=sulbar.admin, pd=sulbar.pd, tahun=2025, triwulan=1,
            berlaku_sampai=dt.date(2025, 4, 19), alasan="Terlambat", hari_ini=day,
        )  # fmt: skip
    assert state() == before
    jadwal.grant_pengecualian(
        user=sulbar.admin, pd=sulbar.pd, tahun=2025, triwulan=1,
        berlaku_sampai=dt.date(2025, 5, 5), alasan="Operator sakit pada akhir Maret", hari_ini=day,
    )  # fmt: skip
    audit = AuditEntry.objects.get(aksi="beri_pengecualian_realisasi")
    assert (audit.pengguna, audit.alasan, audit.sesudah["berlaku_sampai"]) == (
        sulbar.admin, "Operator sakit pada akhir Maret", "2025-05-05"
    )  # fmt: skip
    record(sulbar.operator, plan.orang, 1, 30, dt.date(2025, 5, 5))
    assert RealisasiKinerja.objects.get().nilai == Decimal(30)
    assert not kunci_triwulan(other, 1, day).terbuka  # the other office stays locked
    with pytest.raises(PermissionDenied, match="berakhir 10 April 2025"):
        record(sulbar.operator, plan.orang, 1, 31, dt.date(2025, 5, 6))
    assert RealisasiKinerja.objects.get().nilai == Decimal(30)


def test_only_the_offices_operator_or_admin_enters(
    sulbar: Office, tarakan: Office, plan: Plan
) -> None:
    before = state()
    for user in (sulbar.verifikator, sulbar.pimpinan, tarakan.operator, tarakan.admin):
        with pytest.raises(PermissionDenied, match="tidak berwenang mengisi realisasi"):
            record(user, plan.orang, 1, 30, TW1_LAST_DAY)
        with pytest.raises(PermissionDenied):
            spend(user, plan.sub, 1, 1_000, 1, TW1_LAST_DAY)
    assert state() == before
    record(sulbar.admin, plan.orang, 1, 30, TW1_LAST_DAY)
    assert RealisasiKinerja.objects.count() == 1


# --- Verification -------------------------------------------------------------------------


def test_submit_return_correct_and_accept(sulbar: Office, plan: Plan) -> None:
    op, ver = sulbar.operator, sulbar.verifikator
    with pytest.raises(Rejected, match="Belum ada realisasi Triwulan I 2025 yang diisi"):
        verifikasi.submit_triwulan(user=op, renja=plan.renja, triwulan=1)
    record(op, plan.orang, 1, 30, TW1_LAST_DAY)
    with pytest.raises(PermissionDenied):
        verifikasi.submit_triwulan(user=ver, renja=plan.renja, triwulan=1)
    verifikasi.submit_triwulan(user=op, renja=plan.renja, triwulan=1)
    assert StatusRealisasi.objects.get().status == "diajukan"
    before = state()
    with pytest.raises(PermissionDenied, match="sudah diajukan dan menunggu verifikasi"):
        record(op, plan.orang, 1, 31, TW1_LAST_DAY)
    with pytest.raises(PermissionDenied, match="verifikator atau admin"):
        verifikasi.accept_triwulan(user=op, renja=plan.renja, triwulan=1)
    with pytest.raises(Rejected, match="Tulis catatan"):
        verifikasi.return_triwulan(user=ver, renja=plan.renja, triwulan=1, umum=" ")
    assert state() == before

    verifikasi.return_triwulan(
        user=ver, renja=plan.renja, triwulan=1, umum="Lampirkan daftar penerima",
        per_baris=[(plan.sub.pk, "Realisasi melebihi jumlah penerima di SK")],
    )  # fmt: skip
    assert StatusRealisasi.objects.get().status == "dikembalikan"
    assert list(CatatanRealisasi.objects.values_list("baris__kode", "teks", "selesai")) == [
        (None, "Lampirkan daftar penerima", False),
        (plan.sub.kode, "Realisasi melebihi jumlah penerima di SK", False),
    ]
    # A returned triwulan is open for correction even after its deadline.
    record(op, plan.orang, 1, 28, dt.date(2025, 6, 1))
    verifikasi.submit_triwulan(user=op, renja=plan.renja, triwulan=1)
    assert set(CatatanRealisasi.objects.values_list("selesai", flat=True)) == {True}
    verifikasi.add_catatan(user=ver, renja=plan.renja, triwulan=1, teks="Sudah sesuai")
    verifikasi.accept_triwulan(user=ver, renja=plan.renja, triwulan=1)
    assert StatusRealisasi.objects.get().status == "diterima"
    with pytest.raises(PermissionDenied, match="sudah diterima verifikator dan terkunci"):
        record(op, plan.orang, 1, 29, TW1_LAST_DAY)
    with pytest.raises(PermissionDenied, match="hanya admin Bappeda"):
        verifikasi.return_triwulan(user=ver, renja=plan.renja, triwulan=1, umum="Ulangi")
    verifikasi.return_triwulan(user=sulbar.admin, renja=plan.renja, triwulan=1, umum="Koreksi")
    assert StatusRealisasi.objects.get().status == "dikembalikan"
    assert list(
        AuditEntry.objects.filter(objek_tipe="StatusRealisasi")
        .order_by("id")
        .values_list("aksi", "sesudah__status")
    ) == [
        ("ajukan_realisasi", "diajukan"),
        ("kembalikan_realisasi", "dikembalikan"),
        ("ajukan_realisasi", "diajukan"),
        ("terima_realisasi", "diterima"),
        ("kembalikan_realisasi", "dikembalikan"),
    ]
    assert RealisasiKinerja.objects.get().nilai == Decimal(28)


# --- Evidence -----------------------------------------------------------------------------


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_evidence_is_stored_under_media_with_its_entry(
    sulbar: Office, plan: Plan, media: Path
) -> None:
    op = sulbar.operator
    pdf = SimpleUploadedFile("Daftar penerima.pdf", PDF, content_type="application/pdf")
    b1 = bukti.add_bukti(
        user=op, triwulan=1, berkas=pdf, indikator=plan.orang, hari_ini=TW1_LAST_DAY
    )
    png = SimpleUploadedFile("foto.PNG", PNG, content_type="image/png")
    b2 = bukti.add_bukti(user=op, triwulan=1, berkas=png, baris=plan.sub, hari_ini=TW1_LAST_DAY)
    assert (b1.nama_asli, b1.jenis, b1.ukuran, b1.tahun) == (
        "Daftar penerima.pdf", "pdf", len(PDF), 2025
    )  # fmt: skip
    assert b1.realisasi_kinerja == RealisasiKinerja.objects.get(indikator=plan.orang, periode="tw1")
    assert b1.realisasi_kinerja.nilai is None  # the entry was created, still empty
    assert b2.realisasi_anggaran == RealisasiAnggaran.objects.get(baris=plan.sub, periode="tw1")
    stored = media / b1.berkas.name
    assert stored.read_bytes() == PDF
    assert b1.berkas.name.startswith(f"bukti/{sulbar.pemda.pk}/2025/")
    assert "Daftar" not in b1.berkas.name  # never the uploaded name on disk
    assert StatusRealisasi.objects.get().status == "diisi"
    assert AuditEntry.objects.filter(aksi="unggah_bukti_realisasi").count() == 2


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("program.exe", b"MZ" + b"\x00" * 10, "BUKTI_JENIS_DITOLAK"),
        ("palsu.pdf", b"MZ" + b"\x00" * 10, "BUKTI_ISI_TIDAK_SESUAI"),
        ("kosong.pdf", b"", "BUKTI_KOSONG"),
        ("besar.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "BUKTI_TERLALU_BESAR"),
    ],
)
def test_evidence_limits_refuse_and_store_nothing(
    sulbar: Office, plan: Plan, media: Path, name: str, content: bytes, code: str
) -> None:
    before = state()
    with pytest.raises(Rejected) as exc:
        bukti.add_bukti(
            user=sulbar.operator, triwulan=1, berkas=SimpleUploadedFile(name, content),
            indikator=plan.orang, hari_ini=TW1_LAST_DAY,
        )  # fmt: skip
    assert exc.value.problems[0].code == code
    assert name in exc.value.problems[0].message
    assert state() == before
    assert list(media.rglob("*.*")) == []


def test_evidence_follows_the_lock_of_its_triwulan(
    sulbar: Office, plan: Plan, media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    pdf = SimpleUploadedFile("sk.pdf", PDF)
    item = bukti.add_bukti(
        user=sulbar.operator, triwulan=1, berkas=pdf, indikator=plan.orang, hari_ini=TW1_LAST_DAY
    )
    path = media / item.berkas.name
    before = state()
    with pytest.raises(PermissionDenied, match="terkunci"):
        bukti.remove_bukti(user=sulbar.operator, bukti=item, hari_ini=TW1_CLOSED)
    with pytest.raises(PermissionDenied, match="terkunci"):
        bukti.add_bukti(
            user=sulbar.operator, triwulan=1, berkas=SimpleUploadedFile("b.pdf", PDF),
            indikator=plan.orang, hari_ini=TW1_CLOSED,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        bukti.remove_bukti(user=sulbar.verifikator, bukti=item, hari_ini=TW1_LAST_DAY)
    assert state() == before
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        bukti.remove_bukti(user=sulbar.operator, bukti=item, hari_ini=TW1_LAST_DAY)
    assert BuktiRealisasi.objects.count() == 0
    assert not path.exists()
    audit = AuditEntry.objects.get(aksi="hapus_bukti_realisasi")
    assert audit.sebelum == {"triwulan": 1, "nama": "sk.pdf", "jenis": "pdf", "ukuran": len(PDF)}


def test_import_services_are_still_reachable_from_the_package() -> None:
    assert realisasi_services.import_realisasi_kinerja is not None
    assert realisasi_services.Periode.TAHUN == "tahun"
