"""Entry deadlines per triwulan and the admin's exceptions; the one place the clock is read.

The Bappeda admin sets the deadline of each triwulan for every office of the pemda; without
one, the documented default applies (``selectors.jadwal.default_batas_waktu``: ten days
after the triwulan ends). After the deadline a triwulan locks for an office unless the admin
grants it an exception until a date, with a reason kept in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pemda, Pengguna, PerangkatDaerah
from renjana.apps.realisasi.models import JadwalRealisasi, PengecualianJadwal, Triwulan
from renjana.apps.realisasi.selectors.jadwal import awal_triwulan, can_set_jadwal, nama_triwulan
from renjana.core.problems import Location, Problem, Severity
from renjana.core.tanggal import format_tanggal


def today() -> dt.date:
    """Today in the pemda's time zone (Asia/Jakarta): the only clock of realisation entry."""
    return timezone.localdate()


def reject(code: str, message: str, **where: Any) -> Rejected:
    return Rejected([Problem(code, Severity.ERROR, message, Location(**where))])


def require_triwulan(triwulan: int) -> None:
    if triwulan not in Triwulan.values:
        raise reject("TRIWULAN_TIDAK_DIKENAL", f"Triwulan {triwulan} tidak dikenal; pilih I–IV.")


def _require_admin(user: Pengguna, pemda_id: int) -> None:
    if not can_set_jadwal(user, pemda_id):
        raise PermissionDenied(
            "Hanya admin Bappeda yang menetapkan jadwal dan pengecualian pengisian realisasi."
        )


@transaction.atomic
def set_batas_waktu(
    *, user: Pengguna, pemda: Pemda, tahun: int, triwulan: int, batas_waktu: dt.date
) -> JadwalRealisasi:
    """Set the entry deadline of ``triwulan`` of ``tahun`` for every office of ``pemda``."""
    _require_admin(user, pemda.pk)
    require_triwulan(triwulan)
    mulai = awal_triwulan(tahun, triwulan)
    if batas_waktu < mulai:
        raise reject(
            "BATAS_WAKTU_SEBELUM_TRIWULAN",
            f"Batas waktu {format_tanggal(batas_waktu)} jatuh sebelum {nama_triwulan(triwulan)} "
            f"{tahun} dimulai ({format_tanggal(mulai)}); pilih tanggal sesudahnya.",
            triwulan=triwulan,
            field="batas_waktu",
        )
    existing = JadwalRealisasi.objects.filter(pemda=pemda, tahun=tahun, triwulan=triwulan).first()
    before = {"batas_waktu": existing.batas_waktu.isoformat()} if existing else None
    jadwal, _ = JadwalRealisasi.objects.update_or_create(
        pemda=pemda,
        tahun=tahun,
        triwulan=triwulan,
        defaults={"batas_waktu": batas_waktu, "ditetapkan_oleh": user},
    )
    record(
        pengguna=user,
        pemda_id=pemda.pk,
        aksi="ubah_jadwal_realisasi",
        objek_tipe="JadwalRealisasi",
        objek_id=jadwal.pk,
        sebelum=before,
        sesudah={"tahun": tahun, "triwulan": triwulan, "batas_waktu": batas_waktu.isoformat()},
    )
    return jadwal


@transaction.atomic
def set_jadwal(
    *, user: Pengguna, pemda: Pemda, tahun: int, batas: Sequence[tuple[int, dt.date]]
) -> list[JadwalRealisasi]:
    """Set several deadlines of ``tahun`` at once: all of them, or none if one is refused."""
    return [
        set_batas_waktu(user=user, pemda=pemda, tahun=tahun, triwulan=tw, batas_waktu=tanggal)
        for tw, tanggal in batas
    ]


@transaction.atomic
def grant_pengecualian(
    *,
    user: Pengguna,
    pd: PerangkatDaerah,
    tahun: int,
    triwulan: int,
    berlaku_sampai: dt.date,
    alasan: str,
    hari_ini: dt.date | None = None,
) -> PengecualianJadwal:
    """Let ``pd`` enter ``triwulan`` after its deadline, until ``berlaku_sampai``."""
    _require_admin(user, pd.pemda_id)
    require_triwulan(triwulan)
    hari_ini = hari_ini or today()
    if not alasan.strip():
        raise reject(
            "ALASAN_KOSONG",
            "Tulis alasan pengecualian; alasan itu disimpan dalam jejak audit.",
            field="alasan",
        )
    if berlaku_sampai < hari_ini:
        raise reject(
            "PENGECUALIAN_SUDAH_LEWAT",
            f"Pengecualian berlaku sampai {format_tanggal(berlaku_sampai)}, padahal hari ini "
            f"{format_tanggal(hari_ini)}; pilih tanggal hari ini atau sesudahnya.",
            field="berlaku_sampai",
        )
    exc = PengecualianJadwal.objects.create(
        pemda_id=pd.pemda_id,
        perangkat_daerah=pd,
        tahun=tahun,
        triwulan=triwulan,
        berlaku_sampai=berlaku_sampai,
        alasan=alasan.strip(),
        diberikan_oleh=user,
    )
    record(
        pengguna=user,
        pemda_id=pd.pemda_id,
        aksi="beri_pengecualian_realisasi",
        objek_tipe="PengecualianJadwal",
        objek_id=exc.pk,
        sesudah={
            "perangkat_daerah": pd.kode,
            "tahun": tahun,
            "triwulan": triwulan,
            "berlaku_sampai": berlaku_sampai.isoformat(),
        },
        alasan=exc.alasan,
    )
    return exc
