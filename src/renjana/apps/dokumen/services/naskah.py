"""Writing a document's narrative parts and its signature place and date.

A Renja's narrative is part of the Renja: it is written under the Renja's own rules (office
scope, role, and the stage lock — an approved stage is read-only until unlocked), through
``perencanaan.services.editor.guard``. An RKT's narrative is written by the office's
operator or the pemda's admin.

The parts are prepared from their templates and the data on first open (``siapkan_naskah``);
an edit marks the part ``diubah_manual``; "Isi ulang dari data" (``isi_ulang``) refreshes the
parts nobody edited by hand, or one chosen part, from the current data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from renjana.apps.dokumen.models import NarasiBagian, Naskah
from renjana.apps.dokumen.selectors.naskah import Konteks, teks_bawaan
from renjana.apps.dokumen.services.common import (
    audit,
    check_teks,
    problem,
    reject,
    require_office_edit,
)
from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.services.editor import guard
from renjana.core.naskah import BAGIAN, bagian_of
from renjana.core.tahapan import Aksi
from renjana.core.tanggal import format_tanggal

TEKS_MAKS = 20_000
TEMPAT_MAKS = 100
BAGIAN_TIDAK_DIKENAL = "BAGIAN_TIDAK_DIKENAL"
TANGGAL_TTD_TIDAK_WAJAR = "TANGGAL_TTD_TIDAK_WAJAR"


def require_edit(user: Any, k: Konteks, system: bool = False) -> None:
    """Refuse unless ``user`` may write the narrative of this document now."""
    if system:
        return
    if k.renja is not None:
        guard(user, k.renja, Aksi.UBAH)
    else:
        require_office_edit(user, k.pd)


def may_edit(user: Any, k: Konteks) -> bool:
    try:
        require_edit(user, k)
    except PermissionDenied:
        return False
    return True


def _naskah_row(k: Konteks) -> Naskah:
    naskah, _ = Naskah.objects.get_or_create(
        perangkat_daerah=k.pd,
        jenis=k.jenis.value,
        tahun=k.tahun,
        defaults={"pemda_id": k.pd.pemda_id, "renja": k.renja},
    )
    return naskah


def _naskah(k: Konteks, hari_ini: dt.date | None) -> tuple[Naskah, list[str]]:
    """The document's row with every part present (missing parts get their starting text);
    returns the keys of the parts created."""
    naskah = _naskah_row(k)
    present = set(NarasiBagian.objects.filter(naskah=naskah).values_list("bagian", flat=True))
    created = []
    for bagian in BAGIAN[k.jenis]:
        if bagian.kunci in present:
            continue
        NarasiBagian.objects.create(
            pemda_id=k.pd.pemda_id,
            naskah=naskah,
            bagian=bagian.kunci,
            teks=teks_bawaan(k, bagian, hari_ini).teks,
        )
        created.append(bagian.kunci)
    return naskah, created


@transaction.atomic
def siapkan_naskah(
    *, user: Any, k: Konteks, hari_ini: dt.date | None = None, system: bool = False
) -> Naskah:
    """Prepare the document: every part missing so far is stored with its starting text
    (template filled with names and years, or the paragraph written from the data)."""
    require_edit(user, k, system)
    naskah, created = _naskah(k, hari_ini)
    if created:
        audit(user, k.pd.pemda_id, "siapkan_naskah", naskah, None, {"bagian": created})
    return naskah


def _normal(teks: str) -> str:
    lines = teks.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


@transaction.atomic
def simpan_bagian(
    *, user: Any, k: Konteks, kunci: str, teks: str, system: bool = False
) -> NarasiBagian:
    """Store the planner's text of part ``kunci``; the part is then ``diubah_manual``."""
    require_edit(user, k, system)
    bagian = bagian_of(k.jenis, kunci)
    if bagian is None:
        raise reject(BAGIAN_TIDAK_DIKENAL, f"Bagian '{kunci}' tidak ada pada naskah {k.judul}.")
    teks = _normal(teks)
    problems = check_teks(teks, "teks", bagian.label, TEKS_MAKS)
    if problems:
        raise Rejected(problems)
    naskah, _ = _naskah(k, None)
    row = NarasiBagian.objects.select_for_update().get(naskah=naskah, bagian=kunci)
    before = {"teks": row.teks, "diubah_manual": row.diubah_manual}
    row.teks, row.diubah_manual = teks, True
    row.save(update_fields=["teks", "diubah_manual", "diubah_pada"])
    audit(user, k.pd.pemda_id, "ubah_narasi", row, before, {"teks": teks, "diubah_manual": True})
    return row


@transaction.atomic
def isi_ulang(
    *,
    user: Any,
    k: Konteks,
    kunci: str | None = None,
    hari_ini: dt.date | None = None,
    system: bool = False,
) -> list[str]:
    """Refill from the templates and the data: every part not edited by hand, or only part
    ``kunci`` (even if it was edited; the edit is replaced). Returns the keys changed."""
    require_edit(user, k, system)
    if kunci is not None and bagian_of(k.jenis, kunci) is None:
        raise reject(BAGIAN_TIDAK_DIKENAL, f"Bagian '{kunci}' tidak ada pada naskah {k.judul}.")
    naskah, _ = _naskah(k, hari_ini)
    rows = {r.bagian: r for r in NarasiBagian.objects.select_for_update().filter(naskah=naskah)}
    changed = []
    for bagian in BAGIAN[k.jenis]:
        row = rows[bagian.kunci]
        if kunci is not None and bagian.kunci != kunci:
            continue
        if kunci is None and row.diubah_manual:
            continue
        teks = teks_bawaan(k, bagian, hari_ini).teks
        if row.teks == teks and not row.diubah_manual:
            continue
        before = {"teks": row.teks, "diubah_manual": row.diubah_manual}
        row.teks, row.diubah_manual = teks, False
        row.save(update_fields=["teks", "diubah_manual", "diubah_pada"])
        audit(user, k.pd.pemda_id, "isi_ulang_narasi", row, before, {"teks": teks})
        changed.append(bagian.kunci)
    return changed


@transaction.atomic
def set_penandatanganan(
    *,
    user: Any,
    k: Konteks,
    tempat: str,
    tanggal: dt.date | None,
    system: bool = False,
) -> Naskah:
    """The place and date above the signature (Kata Pengantar, penutup). A date more than
    two years before the plan year or after it ends is refused as a typing slip."""
    require_edit(user, k, system)
    tempat = " ".join(tempat.split())
    problems = check_teks(tempat, "ttd_tempat", "Tempat penandatanganan", TEMPAT_MAKS)
    if tanggal is not None and not k.tahun - 2 <= tanggal.year <= k.tahun:
        problems.append(
            problem(
                TANGGAL_TTD_TIDAK_WAJAR,
                f"Tanggal penandatanganan {format_tanggal(tanggal)} tidak wajar untuk "
                f"{k.judul}: dokumen tahun {k.tahun} ditandatangani antara tahun {k.tahun - 2} "
                f"dan {k.tahun}.",
                field="ttd_tanggal",
            )
        )
    if problems:
        raise Rejected(problems)
    naskah = _naskah_row(k)
    before = {"tempat": naskah.ttd_tempat, "tanggal": _iso(naskah.ttd_tanggal)}
    naskah.ttd_tempat, naskah.ttd_tanggal = tempat, tanggal
    naskah.save(update_fields=["ttd_tempat", "ttd_tanggal", "diubah_pada"])
    audit(
        user, k.pd.pemda_id, "ubah_penandatanganan", naskah, before,
        {"tempat": tempat, "tanggal": _iso(tanggal)},
    )  # fmt: skip
    return naskah


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
