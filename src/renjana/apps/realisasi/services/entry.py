"""Entering realisation of one triwulan, one entry at a time: kinerja of an indicator (value,
faktor pendorong, faktor penghambat, tindak lanjut) and keuangan/fisik of a sub kegiatan.

Every function checks role and office scope, then the lock of the triwulan (its deadline,
an exception, its verification status), writes in one transaction and leaves an audit
record with the values before and after. Refusals leave the data unchanged. Findings that
must not block a save — keuangan above the pagu, fisik lower than the triwulan before — are
returned as warnings for the page to show; the entry is stored and the RFK reports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.realisasi.models import (
    PERIODE_TRIWULAN,
    RealisasiAnggaran,
    RealisasiKinerja,
    StatusRealisasi,
    StatusTriwulan,
    Triwulan,
)
from renjana.apps.realisasi.selectors.entri import anggaran_warnings, pagu_of_rows
from renjana.apps.realisasi.selectors.jadwal import can_enter, kunci_triwulan
from renjana.apps.realisasi.services.jadwal import reject, require_triwulan, today
from renjana.core.anggaran import negative_problem
from renjana.core.idformat import JUMLAH_ORANG_DESIMAL, format_number, has_fraction
from renjana.core.numbers import strip_zeros
from renjana.core.problems import Problem
from renjana.core.quantity import counts_persons
from renjana.core.rfk import RFK_FISIK_DI_LUAR_RENTANG

KINERJA_FIELDS = ("nilai", "teks", "faktor_pendorong", "faktor_penghambat", "tindak_lanjut")
ANGGARAN_FIELDS = ("keuangan", "fisik_persen")
MAX_TEKS = 200


@dataclass(frozen=True, slots=True)
class Disimpan:
    """What a save wrote, and the warnings the user must see (the entry is stored anyway)."""

    objek: Any
    peringatan: tuple[Problem, ...] = ()


def guard_entry(user: Pengguna, renja: Renja, triwulan: int, hari_ini: dt.date) -> None:
    """Refuse unless ``user`` may enter ``triwulan`` of ``renja`` on ``hari_ini``."""
    if not can_enter(user, renja):
        raise PermissionDenied("Anda tidak berwenang mengisi realisasi perangkat daerah ini.")
    require_triwulan(triwulan)
    kunci = kunci_triwulan(renja, triwulan, hari_ini)
    if not kunci.terbuka:
        raise PermissionDenied(kunci.alasan)


def mark_filled(user: Pengguna, renja: Renja, triwulan: int) -> None:
    """The first entry of a triwulan starts its status at ``diisi``; later ones keep it."""
    StatusRealisasi.objects.get_or_create(
        renja=renja,
        triwulan=triwulan,
        defaults={"pemda_id": renja.pemda_id, "status": StatusTriwulan.DIISI, "diubah_oleh": user},
    )


def _plain(value: Any) -> Any:
    return str(strip_zeros(value)) if isinstance(value, Decimal) else value


def _snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {f: _plain(getattr(obj, f)) for f in fields}


@transaction.atomic
def record_kinerja(
    *,
    user: Pengguna,
    indikator: Indikator,
    triwulan: int,
    nilai: Decimal | None,
    teks: str = "",
    faktor_pendorong: str = "",
    faktor_penghambat: str = "",
    tindak_lanjut: str = "",
    hari_ini: dt.date | None = None,
) -> Disimpan:
    """Store the value of ``indikator`` in ``triwulan`` with its explanation.

    ``nilai`` is a number, or None with ``teks`` for a qualitative value ("Cepat
    Berkembang"). A person or household count must be a whole number.
    """
    renja = indikator.baris.renja
    guard_entry(user, renja, triwulan, hari_ini or today())
    where = {"kode": indikator.baris.kode, "indikator": indikator.uraian, "triwulan": triwulan}
    teks = teks.strip()
    if nilai is not None and nilai < 0:
        raise reject(
            "REALISASI_NEGATIF",
            f"Realisasi {format_number(nilai)} negatif; isi nilai yang dicapai (0 atau lebih).",
            field="nilai",
            **where,
        )
    if nilai is not None and counts_persons(indikator.satuan) and has_fraction(nilai):
        raise reject(
            JUMLAH_ORANG_DESIMAL,
            f"Realisasi {format_number(nilai)} {indikator.satuan} bernilai pecahan; jumlah "
            "orang/keluarga harus bilangan bulat. Perbaiki angkanya.",
            field="nilai",
            **where,
        )
    if len(teks) > MAX_TEKS:
        raise reject(
            "REALISASI_TERLALU_PANJANG",
            f"Realisasi kualitatif paling panjang {MAX_TEKS} huruf; pindahkan penjelasannya ke "
            "faktor pendorong/penghambat.",
            field="nilai",
            **where,
        )
    periode = PERIODE_TRIWULAN[triwulan]
    existing = RealisasiKinerja.objects.filter(indikator=indikator, periode=periode).first()
    before = _snapshot(existing, KINERJA_FIELDS)
    entry, _ = RealisasiKinerja.objects.update_or_create(
        indikator=indikator,
        periode=periode,
        defaults={
            "pemda_id": renja.pemda_id,
            "nilai": nilai,
            "teks": "" if nilai is not None else teks,
            "satuan": indikator.satuan,
            "faktor_pendorong": faktor_pendorong.strip(),
            "faktor_penghambat": faktor_penghambat.strip(),
            "tindak_lanjut": tindak_lanjut.strip(),
        },
    )
    mark_filled(user, renja, triwulan)
    record(
        pengguna=user,
        pemda_id=renja.pemda_id,
        aksi="isi_realisasi_kinerja",
        objek_tipe="RealisasiKinerja",
        objek_id=entry.pk,
        sebelum=before,
        sesudah={"triwulan": triwulan, **(_snapshot(entry, KINERJA_FIELDS) or {})},
    )
    return Disimpan(entry)


def _is_leaf(baris: RenjaBaris) -> bool:
    return not RenjaBaris.objects.filter(induk=baris).exists()


@transaction.atomic
def record_anggaran(
    *,
    user: Pengguna,
    baris: RenjaBaris,
    triwulan: int,
    keuangan: Decimal | None,
    fisik_persen: Decimal | None,
    hari_ini: dt.date | None = None,
) -> Disimpan:
    """Store keuangan (Rupiah spent in ``triwulan``) and fisik (% done at its end) of a
    sub kegiatan. Warnings: keuangan to date above the pagu, fisik going down."""
    renja = baris.renja
    guard_entry(user, renja, triwulan, hari_ini or today())
    where = {"kode": baris.kode, "triwulan": triwulan}
    if not _is_leaf(baris):
        raise reject(
            "REALISASI_PADA_INDUK",
            f"Realisasi keuangan dan fisik {baris.kode} dijumlah dari baris di bawahnya; "
            "isi realisasinya pada sub kegiatan.",
            **where,
        )
    if keuangan is not None and keuangan < 0:
        problem = negative_problem(baris.kode, "keuangan", keuangan)
        raise reject(problem.code, problem.message, field="keuangan", **where)
    if fisik_persen is not None and not (0 <= fisik_persen <= 100):
        raise reject(
            RFK_FISIK_DI_LUAR_RENTANG,
            f"Realisasi fisik {format_number(fisik_persen)}% di luar rentang 0–100%; isi "
            "persentase kemajuan pekerjaan pada akhir triwulan.",
            field="fisik",
            **where,
        )
    periode = PERIODE_TRIWULAN[triwulan]
    existing = RealisasiAnggaran.objects.filter(baris=baris, periode=periode).first()
    before = _snapshot(existing, ANGGARAN_FIELDS)
    entry, _ = RealisasiAnggaran.objects.update_or_create(
        baris=baris,
        periode=periode,
        defaults={"pemda_id": renja.pemda_id, "keuangan": keuangan, "fisik_persen": fisik_persen},
    )
    mark_filled(user, renja, triwulan)
    stored = {
        e.periode: e
        for e in RealisasiAnggaran.objects.filter(
            baris=baris, periode__in=list(PERIODE_TRIWULAN.values())
        )
    }
    periods = [PERIODE_TRIWULAN[t] for t in Triwulan.values]
    warnings = anggaran_warnings(
        baris.kode,
        triwulan,
        pagu_of_rows([{"id": baris.pk, "pagu": baris.pagu}])[baris.pk][0],
        [e.keuangan if (e := stored.get(p)) else None for p in periods],
        [e.fisik_persen if (e := stored.get(p)) else None for p in periods],
    )
    record(
        pengguna=user,
        pemda_id=renja.pemda_id,
        aksi="isi_realisasi_anggaran",
        objek_tipe="RealisasiAnggaran",
        objek_id=entry.pk,
        sebelum=before,
        sesudah={
            "triwulan": triwulan,
            **(_snapshot(entry, ANGGARAN_FIELDS) or {}),
            "peringatan": [w.code for w in warnings],
        },
    )
    return Disimpan(entry, warnings)
