"""Verification of one triwulan's realisation: the operator submits it, the verifier leaves
notes, returns it for correction or accepts it.

    (nothing) ─isi─► diisi ─ajukan─► diajukan ─terima─► diterima
                                       │  ▲                 │
                            kembalikan │  │ ajukan          │ kembalikan (admin only)
                                       ▼  │                 │
                                   dikembalikan ◄───────────┘

A submitted or accepted triwulan is closed for entry; a returned one is open again for
correction, whatever its deadline (``selectors.jadwal.lock_reason``). Each step is one
transaction with an audit record.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import PermissionDenied
from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.organisasi.models import Pengguna, Peran
from renjana.apps.perencanaan.models import Renja, RenjaBaris
from renjana.apps.realisasi.models import CatatanRealisasi, StatusRealisasi, StatusTriwulan
from renjana.apps.realisasi.selectors.jadwal import can_enter, can_review, nama_triwulan
from renjana.apps.realisasi.services.jadwal import reject, require_triwulan


def _require_review(user: Pengguna, renja: Renja) -> None:
    if not can_review(user, renja):
        raise PermissionDenied("Hanya verifikator atau admin Bappeda yang memverifikasi realisasi.")


def _status(renja: Renja, triwulan: int) -> StatusRealisasi | None:
    return (
        StatusRealisasi.objects.select_for_update().filter(renja=renja, triwulan=triwulan).first()
    )


def _move(
    user: Pengguna, status: StatusRealisasi, to: StatusTriwulan, aksi: str, **extra: object
) -> StatusRealisasi:
    before = status.status
    status.status, status.diubah_oleh = to, user
    status.save(update_fields=["status", "diubah_oleh", "diubah_pada"])
    record(
        pengguna=user,
        pemda_id=status.pemda_id,
        aksi=aksi,
        objek_tipe="StatusRealisasi",
        objek_id=status.pk,
        sebelum={"triwulan": status.triwulan, "status": before},
        sesudah={"triwulan": status.triwulan, "status": str(to), **extra},
    )
    return status


@transaction.atomic
def submit_triwulan(*, user: Pengguna, renja: Renja, triwulan: int) -> StatusRealisasi:
    """Submit the triwulan for verification; its entries lock until it is returned."""
    if not can_enter(user, renja):
        raise PermissionDenied("Anda tidak berwenang mengajukan realisasi perangkat daerah ini.")
    require_triwulan(triwulan)
    nama = f"{nama_triwulan(triwulan)} {renja.tahun}"
    status = _status(renja, triwulan)
    if status is None:
        raise reject(
            "REALISASI_BELUM_DIISI",
            f"Belum ada realisasi {nama} yang diisi; isi realisasinya dulu, lalu ajukan.",
            triwulan=triwulan,
        )
    if status.status == StatusTriwulan.DIAJUKAN:
        raise PermissionDenied(f"Realisasi {nama} sudah diajukan dan menunggu verifikasi.")
    if status.status == StatusTriwulan.DITERIMA:
        raise PermissionDenied(f"Realisasi {nama} sudah diterima verifikator.")
    CatatanRealisasi.objects.filter(renja=renja, triwulan=triwulan, selesai=False).update(
        selesai=True
    )
    return _move(user, status, StatusTriwulan.DIAJUKAN, "ajukan_realisasi")


@transaction.atomic
def add_catatan(
    *, user: Pengguna, renja: Renja, triwulan: int, teks: str, baris: RenjaBaris | None = None
) -> CatatanRealisasi:
    """A verifier's note on the triwulan, or on one of its rows; it does not change the status."""
    _require_review(user, renja)
    require_triwulan(triwulan)
    if not teks.strip():
        raise reject("CATATAN_KOSONG", "Tulis isi catatannya.", triwulan=triwulan, field="catatan")
    if baris is not None and baris.renja_id != renja.pk:
        raise reject("BARIS_TIDAK_ADA", "Catatan menunjuk baris yang tidak ada di Renja ini.")
    catatan = CatatanRealisasi.objects.create(
        pemda_id=renja.pemda_id, renja=renja, triwulan=triwulan, baris=baris, teks=teks.strip(),
        oleh=user,
    )  # fmt: skip
    record(
        pengguna=user,
        pemda_id=renja.pemda_id,
        aksi="catat_realisasi",
        objek_tipe="CatatanRealisasi",
        objek_id=catatan.pk,
        sesudah={"triwulan": triwulan, "kode": baris.kode if baris else "", "teks": catatan.teks},
    )
    return catatan


@transaction.atomic
def return_triwulan(
    *,
    user: Pengguna,
    renja: Renja,
    triwulan: int,
    umum: str = "",
    per_baris: Sequence[tuple[int, str]] = (),
) -> StatusRealisasi:
    """Return a submitted triwulan to the operator with notes (on the whole triwulan and/or
    on rows, by row id); an admin may also return an accepted one."""
    _require_review(user, renja)
    require_triwulan(triwulan)
    nama = f"{nama_triwulan(triwulan)} {renja.tahun}"
    status = _status(renja, triwulan)
    is_admin = user.is_superuser or user.peran == Peran.ADMIN
    if status is None or status.status not in (StatusTriwulan.DIAJUKAN, StatusTriwulan.DITERIMA):
        raise PermissionDenied(f"Realisasi {nama} belum diajukan; belum ada yang dikembalikan.")
    if status.status == StatusTriwulan.DITERIMA and not is_admin:
        raise PermissionDenied(
            f"Realisasi {nama} sudah diterima; hanya admin Bappeda yang dapat mengembalikannya."
        )
    rows = {
        b.pk: b for b in RenjaBaris.objects.filter(renja=renja, pk__in=[i for i, _ in per_baris])
    }
    notes: list[tuple[RenjaBaris | None, str]] = [(None, umum.strip())] if umum.strip() else []
    for baris_id, teks in per_baris:
        if baris_id not in rows:
            raise reject("BARIS_TIDAK_ADA", "Catatan menunjuk baris yang tidak ada di Renja ini.")
        if teks.strip():
            notes.append((rows[baris_id], teks.strip()))
    if not notes:
        raise reject(
            "CATATAN_KOSONG",
            "Tulis catatan yang menjelaskan apa yang harus diperbaiki sebelum mengembalikan.",
            triwulan=triwulan,
            field="catatan",
        )
    for baris, teks in notes:
        CatatanRealisasi.objects.create(
            pemda_id=renja.pemda_id, renja=renja, triwulan=triwulan, baris=baris, teks=teks,
            oleh=user,
        )  # fmt: skip
    return _move(
        user,
        status,
        StatusTriwulan.DIKEMBALIKAN,
        "kembalikan_realisasi",
        catatan=[teks for _, teks in notes],
    )


@transaction.atomic
def accept_triwulan(*, user: Pengguna, renja: Renja, triwulan: int) -> StatusRealisasi:
    """Accept a submitted triwulan; it stays locked."""
    _require_review(user, renja)
    require_triwulan(triwulan)
    status = _status(renja, triwulan)
    if status is None or status.status != StatusTriwulan.DIAJUKAN:
        raise PermissionDenied(
            f"Realisasi {nama_triwulan(triwulan)} {renja.tahun} belum diajukan; "
            "hanya realisasi yang diajukan yang dapat diterima."
        )
    CatatanRealisasi.objects.filter(renja=renja, triwulan=triwulan, selesai=False).update(
        selesai=True
    )
    return _move(user, status, StatusTriwulan.DITERIMA, "terima_realisasi")
