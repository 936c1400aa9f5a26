"""Stages and verification of a Renja: submit, return with notes, approve (locks and keeps a
snapshot), unlock (admin, with a reason) and move on to the next stage.

The rules of who may do what when are ``renjana.core.tahapan``; this module applies them to
the database, in one transaction each, with an audit record.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.models import (
    CatatanVerifikasi,
    Renja,
    RenjaBaris,
    RenjaSnapshot,
)
from renjana.apps.perencanaan.selectors.pemeriksaan import renja_problems
from renjana.apps.perencanaan.selectors.renja import renja_rows
from renjana.apps.perencanaan.services.editor import _audit, _reject, guard
from renjana.core.checks import blocks_submission
from renjana.core.problems import Severity
from renjana.core.renja_data import rows_to_data
from renjana.core.tahapan import Aksi, State, Status, Tahap, apply


def _move(user: Pengguna, renja: Renja, aksi: Aksi, alasan: str = "") -> Renja:
    guard(user, renja, aksi)
    before = {"tahap": renja.tahap, "status": renja.status, "versi": renja.versi}
    state = apply(State(Tahap(renja.tahap), Status(renja.status)), aksi)
    renja.tahap, renja.status = state.tahap.value, state.status.value
    if aksi == Aksi.LANJUT_TAHAP:
        renja.versi += 1
    renja.save(update_fields=["tahap", "status", "versi", "diubah_pada"])
    after = {"tahap": renja.tahap, "status": renja.status, "versi": renja.versi}
    _audit(user, renja, aksi.value, before, after, alasan)
    return renja


@transaction.atomic
def submit_renja(*, user: Pengguna, renja: Renja) -> Renja:
    """Submit for verification; refused while any check finds an error (warnings pass)."""
    guard(user, renja, Aksi.AJUKAN)
    problems = renja_problems(renja)
    if blocks_submission(problems):
        errors = [p for p in problems if p.severity is Severity.ERROR]
        raise Rejected(errors)
    CatatanVerifikasi.objects.filter(renja=renja, selesai=False).update(selesai=True)
    return _move(user, renja, Aksi.AJUKAN)


@transaction.atomic
def return_renja(
    *, user: Pengguna, renja: Renja, umum: str = "", per_baris: Sequence[tuple[int, str]] = ()
) -> Renja:
    """Return to the operator with notes on the whole plan and/or on rows (by row id)."""
    guard(user, renja, Aksi.KEMBALIKAN)
    notes: list[tuple[RenjaBaris | None, str]] = [(None, umum.strip())] if umum.strip() else []
    rows = {
        b.pk: b for b in RenjaBaris.objects.filter(renja=renja, pk__in=[i for i, _ in per_baris])
    }
    for baris_id, teks in per_baris:
        if baris_id not in rows:
            raise _reject("BARIS_TIDAK_ADA", "Catatan menunjuk baris yang tidak ada di Renja ini.")
        if teks.strip():
            notes.append((rows[baris_id], teks.strip()))
    if not notes:
        raise _reject("CATATAN_KOSONG", "Tulis catatan yang menjelaskan apa yang harus diperbaiki.")
    for baris, teks in notes:
        CatatanVerifikasi.objects.create(
            pemda=renja.pemda, renja=renja, baris=baris, tahap=renja.tahap, versi=renja.versi,
            teks=teks, oleh=user,
        )  # fmt: skip
    return _move(user, renja, Aksi.KEMBALIKAN)


@transaction.atomic
def approve_renja(*, user: Pengguna, renja: Renja) -> Renja:
    """Approve the stage: it locks, and a snapshot of the plan at this stage is kept."""
    guard(user, renja, Aksi.SETUJUI)
    RenjaSnapshot.objects.create(
        pemda=renja.pemda, renja=renja, tahap=renja.tahap, versi=renja.versi, dibuat_oleh=user,
        data=rows_to_data(renja_rows(renja)),
    )  # fmt: skip
    return _move(user, renja, Aksi.SETUJUI)


@transaction.atomic
def unlock_renja(*, user: Pengguna, renja: Renja, alasan: str) -> Renja:
    """Only an admin unlocks an approved stage, and only with a reason (kept in the audit)."""
    guard(user, renja, Aksi.BUKA_KUNCI)
    if not alasan.strip():
        raise _reject("ALASAN_KOSONG", "Tulis alasan membuka kunci Renja.", field="alasan")
    return _move(user, renja, Aksi.BUKA_KUNCI, alasan.strip())


@transaction.atomic
def advance_tahap(*, user: Pengguna, renja: Renja) -> Renja:
    """Start the next stage from an approved one (Penetapan is followed by Perubahan)."""
    return _move(user, renja, Aksi.LANJUT_TAHAP)
