"""Realisation of one triwulan from a spreadsheet: a preview first, then all or nothing.

The same rules as entry on the page (``entry``): only users who may enter the office's
realisation, only while the triwulan is open for them (deadline, exception, verification
status — ``selectors.jadwal``); a count of persons is whole, a value is not negative, keuangan
and fisik belong to sub kegiatan (leaf rows). The preview reports a closed triwulan as an
error so the user learns it before uploading again; the commit checks it once more inside the
transaction with ``entry.guard_entry`` (``PermissionDenied``), as a page save does.

Each file row is matched to the stored Renja: the row by its code, the indicator by its
number in the row or its text (or the only indicator of the row). An empty cell leaves the
stored value as it is; a filled one replaces it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.realisasi.models import PERIODE_TRIWULAN, RealisasiAnggaran, RealisasiKinerja
from renjana.apps.realisasi.selectors.jadwal import can_enter, kunci_triwulan
from renjana.apps.realisasi.services.entry import MAX_TEKS, guard_entry, mark_filled
from renjana.apps.realisasi.services.jadwal import require_triwulan, today
from renjana.core.idformat import JUMLAH_ORANG_DESIMAL, format_number, has_fraction
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import are_compatible, counts_persons, normalize_satuan
from renjana.importers.tabular import realisasi as realisasi_file
from renjana.importers.tabular.realisasi import RealisasiBaris
from renjana.importers.tabular.result import ImportPreview, Progress
from renjana.importers.tabular.workbook import read_workbook

TRIWULAN_TERKUNCI = "TRIWULAN_TERKUNCI"
BARIS_TIDAK_ADA = "BARIS_TIDAK_ADA"
INDIKATOR_TIDAK_ADA = "INDIKATOR_TIDAK_ADA"
INDIKATOR_TIDAK_JELAS = "INDIKATOR_TIDAK_JELAS"
REALISASI_PADA_INDUK = "REALISASI_PADA_INDUK"
SATUAN_TIDAK_SESUAI = "SATUAN_TIDAK_SESUAI"
REALISASI_TERLALU_PANJANG = "REALISASI_TERLALU_PANJANG"
TIDAK_ADA_BARIS = "TIDAK_ADA_BARIS"

_KINERJA_FIELDS = ("faktor_pendorong", "faktor_penghambat", "tindak_lanjut")


@dataclass(frozen=True, slots=True)
class KinerjaTulis:
    """What to write for one indicator; None / "" means: leave the stored value."""

    indikator_id: int
    satuan: str
    nilai: Decimal | None
    teks: str
    has_value: bool
    faktor_pendorong: str
    faktor_penghambat: str
    tindak_lanjut: str


@dataclass(frozen=True, slots=True)
class AnggaranTulis:
    baris_id: int
    keuangan: Decimal | None
    fisik: Decimal | None


@dataclass(frozen=True, slots=True)
class _Renja:
    """The stored rows and indicators of a Renja, by code, read once."""

    baris: dict[str, tuple[int, bool]]  # kode → (id, is leaf)
    indikator: dict[str, list[tuple[int, str, str]]]  # kode → [(id, uraian, satuan)] in order


def _load(renja: Renja) -> _Renja:
    rows = list(RenjaBaris.objects.filter(renja=renja).values_list("id", "kode", "induk_id"))
    parents = {induk for _, _, induk in rows if induk is not None}
    baris = {kode: (pk, pk not in parents) for pk, kode, _ in rows}
    indikator: dict[str, list[tuple[int, str, str]]] = {}
    for pk, kode, uraian, satuan in (
        Indikator.objects.filter(baris__renja=renja)
        .order_by("baris__kode", "urutan", "id")
        .values_list("id", "baris__kode", "uraian", "satuan")
    ):
        indikator.setdefault(kode, []).append((pk, uraian, satuan))
    return _Renja(baris, indikator)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _problem(item: RealisasiBaris, file: str, sheet: str, code: str, message: str,
             column: str = "", found: str = "") -> Problem:  # fmt: skip
    where = Location(file=file, sheet=sheet, row=item.number, column=column, kode=item.kode)
    return Problem(code, Severity.ERROR, message, where, found=found)


def _resolve(
    stored: _Renja, rows: tuple[RealisasiBaris, ...], file: str, sheet: str
) -> tuple[list[KinerjaTulis], list[AnggaranTulis], list[Problem]]:
    kinerja: list[KinerjaTulis] = []
    anggaran: dict[int, AnggaranTulis] = {}
    problems: list[Problem] = []
    for item in rows:
        found = stored.baris.get(item.kode)
        if found is None:
            problems.append(
                _problem(item, file, sheet, BARIS_TIDAK_ADA,
                         f"Kode {item.kode} tidak ada di Renja ini. Periksa kodenya, atau "
                         "tambahkan barisnya di editor Renja lebih dulu.", found=item.kode)
            )  # fmt: skip
            continue
        baris_id, is_leaf = found
        if item.has_kinerja:
            target = _indicator(stored, item, file, sheet, problems)
            if target is not None:
                write = _kinerja(item, target, file, sheet, problems)
                if write is not None:
                    kinerja.append(write)
        if item.has_anggaran:
            if not is_leaf:
                problems.append(
                    _problem(item, file, sheet, REALISASI_PADA_INDUK,
                             f"Realisasi keuangan dan fisik {item.kode} dijumlah dari sub kegiatan "
                             "di bawahnya; isi pada baris sub kegiatan.")
                )  # fmt: skip
                continue
            before = anggaran.get(baris_id)
            anggaran[baris_id] = AnggaranTulis(
                baris_id,
                item.keuangan
                if item.keuangan is not None
                else (before.keuangan if before else None),
                item.fisik if item.fisik is not None else (before.fisik if before else None),
            )
    return kinerja, list(anggaran.values()), problems


def _indicator(
    stored: _Renja, item: RealisasiBaris, file: str, sheet: str, problems: list[Problem]
) -> tuple[int, str, str] | None:
    choices = stored.indikator.get(item.kode, [])
    if item.nomor_indikator is not None:
        if 1 <= item.nomor_indikator <= len(choices):
            return choices[item.nomor_indikator - 1]
        message = (
            f"{item.kode} tidak punya indikator nomor {item.nomor_indikator} (ada "
            f"{len(choices)} indikator). Isi nomor 1–{len(choices)} sesuai urutan di Renja."
        )
        code = INDIKATOR_TIDAK_ADA
    elif item.indikator:
        same = [c for c in choices if _key(c[1]) == _key(item.indikator)]
        if len(same) == 1:
            return same[0]
        message = (
            f"Indikator '{item.indikator}' tidak ada pada {item.kode} di Renja ini. Salin "
            "uraiannya dari Renja, atau isi kolom No. Indikator."
        )
        code = INDIKATOR_TIDAK_ADA
    elif len(choices) == 1:
        return choices[0]
    else:
        message = (
            f"{item.kode} punya {len(choices)} indikator; tulis nomor indikatornya (kolom No. "
            "Indikator) atau uraiannya (kolom Indikator)."
        )
        code = INDIKATOR_TIDAK_JELAS if choices else INDIKATOR_TIDAK_ADA
    problems.append(_problem(item, file, sheet, code, message, item.column_indikator))
    return None


def _kinerja(
    item: RealisasiBaris, target: tuple[int, str, str], file: str, sheet: str,
    problems: list[Problem],
) -> KinerjaTulis | None:  # fmt: skip
    pk, uraian, satuan = target
    nilai, teks = item.nilai.nilai, item.nilai.teks
    column = item.column_realisasi
    shown = format_number(nilai) if nilai is not None else teks
    if nilai is not None and counts_persons(satuan) and has_fraction(nilai):
        problems.append(
            _problem(item, file, sheet, JUMLAH_ORANG_DESIMAL,
                     f"Realisasi {shown} {satuan} untuk '{uraian}' bernilai pecahan; jumlah "
                     "orang/keluarga harus bilangan bulat.", column, shown)
        )  # fmt: skip
        return None
    unit = item.nilai.satuan
    if nilai is not None and unit and satuan and not are_compatible(unit, satuan):
        problems.append(
            _problem(item, file, sheet, SATUAN_TIDAK_SESUAI,
                     f"Satuan realisasi '{normalize_satuan(unit)}' tidak sebanding dengan satuan "
                     f"indikator '{satuan}' ({uraian}). Samakan satuannya.", column, shown)
        )  # fmt: skip
        return None
    if nilai is None and len(teks) > MAX_TEKS:
        problems.append(
            _problem(item, file, sheet, REALISASI_TERLALU_PANJANG,
                     f"Realisasi kualitatif paling panjang {MAX_TEKS} huruf; pindahkan "
                     "penjelasannya ke faktor pendorong/penghambat.", column, teks[:60])
        )  # fmt: skip
        return None
    return KinerjaTulis(
        pk, satuan, nilai, teks, not item.nilai.is_missing, item.faktor_pendorong,
        item.faktor_penghambat, item.tindak_lanjut,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class RealisasiPreview:
    """The preview for the pages, and what a commit would write."""

    preview: ImportPreview[RealisasiBaris]
    kinerja: tuple[KinerjaTulis, ...]
    anggaran: tuple[AnggaranTulis, ...]


def preview_realisasi_file(
    *,
    user: Any,
    renja: Renja,
    triwulan: int,
    data: bytes,
    file: str,
    hari_ini: dt.date | None = None,
    progress: Progress | None = None,
) -> RealisasiPreview:
    """What importing ``file`` into ``triwulan`` of ``renja`` would write, and every problem."""
    if not can_enter(user, renja):
        raise PermissionDenied("Anda tidak berwenang mengisi realisasi perangkat daerah ini.")
    require_triwulan(triwulan)
    checks: list[Problem] = []
    kunci = kunci_triwulan(renja, triwulan, hari_ini or today())
    if not kunci.terbuka:
        checks.append(Problem(TRIWULAN_TERKUNCI, Severity.ERROR, kunci.alasan,
                              Location(file=file, triwulan=triwulan)))  # fmt: skip
    read = read_workbook(data, file, progress)
    if read.workbook is None:
        return RealisasiPreview(
            ImportPreview("realisasi", file, "", (), (*checks, *read.problems)), (), ()
        )
    bacaan = realisasi_file.read_realisasi(read.workbook, triwulan=triwulan, progress=progress)
    kinerja, anggaran, found = _resolve(_load(renja), bacaan.rows, file, bacaan.sheet)
    preview = ImportPreview(
        "realisasi",
        file,
        bacaan.sheet,
        bacaan.rows,
        (*checks, *read.problems, *bacaan.problems, *found),
        counts=(*realisasi_file.summarize(bacaan.rows), ("Baris dilewati", bacaan.skipped)),
        sample_header=realisasi_file.SAMPLE_HEADER,
        sample=realisasi_file.sample(bacaan.rows),
    )
    return RealisasiPreview(preview, tuple(kinerja), tuple(anggaran))


def commit_realisasi_file(
    *,
    user: Any,
    renja: Renja,
    triwulan: int,
    data: bytes,
    file: str,
    hari_ini: dt.date | None = None,
    system: bool = False,
) -> RealisasiPreview:
    """Write the realisation of ``file``, or raise ``Rejected``/``PermissionDenied`` and write
    nothing. ``system`` (trusted loaders only) skips the permission and the lock."""
    day = hari_ini or today()
    result = (
        _system_preview(renja, triwulan, data, file)
        if system
        else preview_realisasi_file(
            user=user, renja=renja, triwulan=triwulan, data=data, file=file, hari_ini=day
        )
    )
    preview = result.preview
    if preview.has_errors:
        raise Rejected(preview.errors)
    if not result.kinerja and not result.anggaran:
        raise Rejected([Problem(TIDAK_ADA_BARIS, Severity.ERROR,
                                "Berkas tidak berisi realisasi untuk disimpan.")])  # fmt: skip
    with transaction.atomic():
        if not system:
            guard_entry(user, renja, triwulan, day)
        periode = PERIODE_TRIWULAN[triwulan]
        _write_kinerja(renja, periode, result.kinerja)
        _write_anggaran(renja, periode, result.anggaran)
        if user is not None:
            mark_filled(user, renja, triwulan)
        record(
            pengguna=user,
            pemda_id=renja.pemda_id,
            aksi="impor_berkas_realisasi",
            objek_tipe="Renja",
            objek_id=renja.pk,
            sesudah={
                "berkas": file,
                "triwulan": triwulan,
                "indikator": len(result.kinerja),
                "anggaran": len(result.anggaran),
                "peringatan": len(preview.warnings),
            },
        )
    return result


def _system_preview(renja: Renja, triwulan: int, data: bytes, file: str) -> RealisasiPreview:
    read = read_workbook(data, file)
    if read.workbook is None:
        return RealisasiPreview(ImportPreview("realisasi", file, "", (), read.problems), (), ())
    bacaan = realisasi_file.read_realisasi(read.workbook, triwulan=triwulan)
    kinerja, anggaran, found = _resolve(_load(renja), bacaan.rows, file, bacaan.sheet)
    preview = ImportPreview(
        "realisasi", file, bacaan.sheet, bacaan.rows, (*bacaan.problems, *found)
    )
    return RealisasiPreview(preview, tuple(kinerja), tuple(anggaran))


def _write_kinerja(renja: Renja, periode: str, items: tuple[KinerjaTulis, ...]) -> None:
    existing = {
        r.indikator_id: r
        for r in RealisasiKinerja.objects.filter(
            indikator_id__in=[i.indikator_id for i in items], periode=periode
        )
    }
    now = timezone.now()
    new: list[RealisasiKinerja] = []
    changed: list[RealisasiKinerja] = []
    for item in items:
        entry = existing.get(item.indikator_id) or RealisasiKinerja(
            pemda_id=renja.pemda_id, indikator_id=item.indikator_id, periode=periode,
            satuan=item.satuan,
        )  # fmt: skip
        if item.has_value:
            entry.nilai = item.nilai
            entry.teks = "" if item.nilai is not None else item.teks
            entry.satuan = item.satuan
        for name in _KINERJA_FIELDS:
            if value := getattr(item, name):
                setattr(entry, name, value)
        entry.dicatat_pada = now
        (changed if entry.pk else new).append(entry)
    RealisasiKinerja.objects.bulk_create(new)
    RealisasiKinerja.objects.bulk_update(
        changed, ["nilai", "teks", "satuan", *_KINERJA_FIELDS, "dicatat_pada"]
    )


def _write_anggaran(renja: Renja, periode: str, items: tuple[AnggaranTulis, ...]) -> None:
    existing = {
        r.baris_id: r
        for r in RealisasiAnggaran.objects.filter(
            baris_id__in=[i.baris_id for i in items], periode=periode
        )
    }
    now = timezone.now()
    new: list[RealisasiAnggaran] = []
    changed: list[RealisasiAnggaran] = []
    for item in items:
        entry = existing.get(item.baris_id) or RealisasiAnggaran(
            pemda_id=renja.pemda_id, baris_id=item.baris_id, periode=periode
        )
        if item.keuangan is not None:
            entry.keuangan = item.keuangan
        if item.fisik is not None:
            entry.fisik_persen = item.fisik
        entry.dicatat_pada = now
        (changed if entry.pk else new).append(entry)
    RealisasiAnggaran.objects.bulk_create(new)
    RealisasiAnggaran.objects.bulk_update(changed, ["keuangan", "fisik_persen", "dicatat_pada"])
