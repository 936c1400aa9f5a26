"""The calendar of realisation entry: when a triwulan starts, its deadline (set by the admin
or the documented default), exceptions, and whether a triwulan is open on a given date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from renjana.apps.organisasi.models import Pengguna
from renjana.apps.organisasi.scope import can_edit_plan, can_verify, is_pemda_admin
from renjana.apps.perencanaan.models import Renja
from renjana.apps.realisasi.models import (
    JadwalRealisasi,
    PengecualianJadwal,
    StatusRealisasi,
    StatusTriwulan,
    Triwulan,
)
from renjana.core.tanggal import format_tanggal

#: Default deadline: realisation of a triwulan is due this many days after it ends (10 April,
#: 10 July, 10 October, 10 January). A Renjana default, not a regulation: the Bappeda admin
#: sets the real deadlines of the pemda (``services.jadwal.set_batas_waktu``).
HARI_SETELAH_TRIWULAN = 10


def nama_triwulan(triwulan: int) -> str:
    return str(Triwulan(triwulan).label)


def awal_triwulan(tahun: int, triwulan: int) -> dt.date:
    return dt.date(tahun, 3 * triwulan - 2, 1)


def akhir_triwulan(tahun: int, triwulan: int) -> dt.date:
    if triwulan == 4:
        return dt.date(tahun, 12, 31)
    return awal_triwulan(tahun, triwulan + 1) - dt.timedelta(days=1)


def default_batas_waktu(tahun: int, triwulan: int) -> dt.date:
    return akhir_triwulan(tahun, triwulan) + dt.timedelta(days=HARI_SETELAH_TRIWULAN)


def lock_reason(
    *,
    tahun: int,
    triwulan: int,
    hari_ini: dt.date,
    batas_waktu: dt.date,
    pengecualian_sampai: dt.date | None,
    status: str | None,
) -> str:
    """Why entry into the triwulan is closed on ``hari_ini``, or ``""`` when it is open.

    Submitted or accepted entries are closed; entries returned by the verifier are open for
    correction whatever the date (the return is itself the verifier's audited decision);
    otherwise the triwulan is open from its first day until its deadline, or until the end
    of an exception the admin granted to the office.
    """
    nama = f"{nama_triwulan(triwulan)} {tahun}"
    if status == StatusTriwulan.DIAJUKAN:
        return (
            f"Realisasi {nama} sudah diajukan dan menunggu verifikasi; isian tidak dapat "
            "diubah kecuali dikembalikan oleh verifikator."
        )
    if status == StatusTriwulan.DITERIMA:
        return f"Realisasi {nama} sudah diterima verifikator dan terkunci."
    if status == StatusTriwulan.DIKEMBALIKAN:
        return ""
    mulai = awal_triwulan(tahun, triwulan)
    if hari_ini < mulai:
        return (
            f"{nama} belum dimulai (mulai {format_tanggal(mulai)}); realisasi diisi setelah "
            "triwulan berjalan."
        )
    if hari_ini <= batas_waktu:
        return ""
    if pengecualian_sampai is not None and hari_ini <= pengecualian_sampai:
        return ""
    return (
        f"Batas waktu pengisian realisasi {nama} berakhir {format_tanggal(batas_waktu)}; "
        "triwulan ini terkunci. Minta admin Bappeda memberi pengecualian (dengan alasan) "
        "bila realisasi masih harus diisi."
    )


@dataclass(frozen=True, slots=True)
class Kunci:
    """Whether one triwulan of a Renja is open for entry, and the dates that decide it."""

    triwulan: int
    nama: str
    mulai: dt.date
    batas_waktu: dt.date
    batas_bawaan: bool
    pengecualian_sampai: dt.date | None
    pengecualian_alasan: str
    status: str | None
    alasan: str

    @property
    def terbuka(self) -> bool:
        return not self.alasan

    @property
    def status_label(self) -> str:
        return StatusTriwulan(self.status).label if self.status else "Belum diisi"


def kunci_tahun(renja: Renja, hari_ini: dt.date) -> tuple[Kunci, ...]:
    """The lock state of the four triwulan of ``renja`` (three queries)."""
    jadwal = dict(
        JadwalRealisasi.objects.filter(pemda_id=renja.pemda_id, tahun=renja.tahun)
        .order_by()
        .values_list("triwulan", "batas_waktu")
    )
    pengecualian: dict[int, PengecualianJadwal] = {}
    for p in PengecualianJadwal.objects.filter(
        perangkat_daerah_id=renja.perangkat_daerah_id, tahun=renja.tahun
    ).order_by("berlaku_sampai", "id"):
        pengecualian[p.triwulan] = p  # the one lasting longest
    status = dict(
        StatusRealisasi.objects.filter(renja=renja).order_by().values_list("triwulan", "status")
    )
    result = []
    for tw in Triwulan.values:
        batas = jadwal.get(tw) or default_batas_waktu(renja.tahun, tw)
        exc = pengecualian.get(tw)
        sampai = exc.berlaku_sampai if exc else None
        reason = lock_reason(
            tahun=renja.tahun,
            triwulan=tw,
            hari_ini=hari_ini,
            batas_waktu=batas,
            pengecualian_sampai=sampai,
            status=status.get(tw),
        )
        result.append(
            Kunci(
                triwulan=tw,
                nama=nama_triwulan(tw),
                mulai=awal_triwulan(renja.tahun, tw),
                batas_waktu=batas,
                batas_bawaan=tw not in jadwal,
                pengecualian_sampai=sampai,
                pengecualian_alasan=exc.alasan if exc else "",
                status=status.get(tw),
                alasan=reason,
            )
        )
    return tuple(result)


def kunci_triwulan(renja: Renja, triwulan: int, hari_ini: dt.date) -> Kunci:
    return kunci_tahun(renja, hari_ini)[triwulan - 1]


def jadwal_pemda(pemda_id: int, tahun: int) -> tuple[tuple[int, dt.date, bool], ...]:
    """``(triwulan, batas waktu, is default)`` for the four triwulan of a pemda's year."""
    set_ = dict(
        JadwalRealisasi.objects.filter(pemda_id=pemda_id, tahun=tahun)
        .order_by()
        .values_list("triwulan", "batas_waktu")
    )
    return tuple(
        (tw, set_.get(tw) or default_batas_waktu(tahun, tw), tw not in set_)
        for tw in Triwulan.values
    )


def pengecualian_of(renja: Renja) -> list[PengecualianJadwal]:
    return list(
        PengecualianJadwal.objects.filter(
            perangkat_daerah_id=renja.perangkat_daerah_id, tahun=renja.tahun
        ).select_related("diberikan_oleh")
    )


# --- Who may do what ----------------------------------------------------------------------


def can_enter(user: Pengguna, renja: Renja) -> bool:
    """Operators of the office (and admins of the pemda) enter realisation."""
    return can_edit_plan(user, renja.perangkat_daerah)


def can_review(user: Pengguna, renja: Renja) -> bool:
    """Verifiers and admins of the pemda review a triwulan (``organisasi.scope``)."""
    return can_verify(user, renja.pemda_id)


def can_set_jadwal(user: Pengguna, pemda_id: int) -> bool:
    """Only the Bappeda admin sets deadlines and grants exceptions."""
    return is_pemda_admin(user, pemda_id)
