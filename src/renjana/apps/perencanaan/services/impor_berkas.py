"""A Renja or a Renstra from a spreadsheet (XLSX/CSV): a preview first, then all or nothing.

``preview_*`` reads the file with the pure readers (``renjana.importers.tabular``), adds what
only the database knows (the Renja already exists, the Renstra period overlaps another, the
nomenclature of the year) and returns an ``ImportPreview``; nothing is written. ``commit_*``
reads the same bytes again — the preview is never trusted — refuses with every error when
one is left, and stores through ``impor.import_renja`` / ``impor.import_renstra`` (plus the
Renstra pagu per year) inside one transaction with an audit record. The caller keeps the file
between the two steps; permission is checked in both.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import Renja, Renstra, RenstraBaris, RenstraPagu, Tahap
from renjana.apps.perencanaan.services.impor import import_renja, import_renstra
from renjana.apps.perencanaan.services.renstra import (
    PERIODE_MAKSIMUM,
    TAHUN_MAKSIMUM,
    TAHUN_MINIMUM,
)
from renjana.apps.referensi import selectors as referensi
from renjana.core.kode import Tingkat
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur
from renjana.core.renja import RenjaRowInput
from renjana.importers.tabular import renja as renja_file
from renjana.importers.tabular import renstra as renstra_file
from renjana.importers.tabular.result import ImportPreview, Progress
from renjana.importers.tabular.workbook import read_workbook

RENJA_SUDAH_ADA = "RENJA_SUDAH_ADA"
TAHAP_TIDAK_DIKENAL = "TAHAP_TIDAK_DIKENAL"
RENSTRA_TUMPANG_TINDIH = "RENSTRA_TUMPANG_TINDIH"
PERIODE_TIDAK_SAH = "PERIODE_TIDAK_SAH"
TIDAK_ADA_BARIS = "TIDAK_ADA_BARIS"


def _error(code: str, message: str, file: str = "") -> Problem:
    return Problem(code, Severity.ERROR, message, Location(file=file))


def _nomenklatur(tahun: int) -> Nomenklatur | None:
    versi = referensi.nomenklatur_versi_for(tahun)
    return referensi.nomenklatur_value(versi) if versi is not None else None


# --- Renja --------------------------------------------------------------------------------


def preview_renja_file(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    tahap: str,
    data: bytes,
    file: str,
    progress: Progress | None = None,
) -> ImportPreview[RenjaRowInput]:
    """What importing ``file`` as the Renja ``tahun`` of ``pd`` would store, and every problem."""
    require_edit_plan(user, pd)
    checks: list[Problem] = []
    if tahap not in Tahap.values:
        checks.append(_error(TAHAP_TIDAK_DIKENAL, f"Tahap '{tahap}' tidak dikenal.", file))
    if Renja.objects.filter(perangkat_daerah=pd, tahun=tahun).exists():
        checks.append(
            _error(
                RENJA_SUDAH_ADA,
                f"Renja {tahun} {pd.nama} sudah ada; impor membuat Renja baru. Ubah Renja yang "
                "ada lewat editor, atau pilih tahun lain.",
                file,
            )
        )
    read = read_workbook(data, file, progress)
    if read.workbook is None:
        return ImportPreview("renja", file, "", (), (*checks, *read.problems))
    bacaan = renja_file.read_renja(
        read.workbook,
        tahun=tahun,
        tingkat=Tingkat(pd.pemda.tingkat),
        nomenklatur=_nomenklatur(tahun),
        sumber_dana=referensi.sumber_dana_value(),
        progress=progress,
    )
    return ImportPreview(
        "renja",
        file,
        bacaan.sheet,
        bacaan.rows,
        (*checks, *read.problems, *bacaan.problems),
        counts=(*renja_file.summarize(bacaan.rows), ("Baris dilewati", bacaan.skipped)),
        sample_header=renja_file.SAMPLE_HEADER,
        sample=renja_file.sample(bacaan.rows, bacaan.row_numbers),
    )


def commit_renja_file(
    *, user: Any, pd: PerangkatDaerah, tahun: int, tahap: str, data: bytes, file: str
) -> Renja:
    """Store the Renja of ``file``, or raise ``Rejected`` with every error and write nothing."""
    preview = preview_renja_file(user=user, pd=pd, tahun=tahun, tahap=tahap, data=data, file=file)
    _refuse_errors(preview)
    with transaction.atomic():
        renja = import_renja(user=user, pd=pd, tahun=tahun, tahap=tahap, rows=preview.rows)
        record(
            pengguna=user,
            pemda_id=pd.pemda_id,
            aksi="impor_berkas_renja",
            objek_tipe="Renja",
            objek_id=renja.pk,
            sesudah={"berkas": file, "lembar": preview.sheet, **_summary(preview)},
        )
    return renja


# --- Renstra ------------------------------------------------------------------------------


def preview_renstra_file(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun_awal: int,
    tahun_akhir: int,
    data: bytes,
    file: str,
    progress: Progress | None = None,
) -> ImportPreview[renstra_file.RenstraBaris]:
    """What importing ``file`` as the Renstra ``tahun_awal``–``tahun_akhir`` would store."""
    require_edit_plan(user, pd)
    checks = _periode_problems(pd, tahun_awal, tahun_akhir, file)
    if checks:
        return ImportPreview("renstra", file, "", (), tuple(checks))
    read = read_workbook(data, file, progress)
    if read.workbook is None:
        return ImportPreview("renstra", file, "", (), read.problems)
    bacaan = renstra_file.read_renstra(
        read.workbook,
        tahun_awal=tahun_awal,
        tahun_akhir=tahun_akhir,
        tingkat=Tingkat(pd.pemda.tingkat),
        nomenklatur=_nomenklatur(tahun_awal),
        progress=progress,
    )
    years = range(tahun_awal, tahun_akhir + 1)
    return ImportPreview(
        "renstra",
        file,
        bacaan.sheet,
        bacaan.rows,
        (*read.problems, *bacaan.problems),
        counts=(*renstra_file.summarize(bacaan.rows), ("Baris dilewati", bacaan.skipped)),
        sample_header=renstra_file.sample_header(years),
        sample=renstra_file.sample(bacaan.rows, bacaan.row_numbers, years),
    )


def _periode_problems(
    pd: PerangkatDaerah, tahun_awal: int, tahun_akhir: int, file: str
) -> list[Problem]:
    if not (TAHUN_MINIMUM <= tahun_awal <= tahun_akhir <= TAHUN_MAKSIMUM) or (
        tahun_akhir - tahun_awal + 1 > PERIODE_MAKSIMUM
    ):
        return [
            _error(
                PERIODE_TIDAK_SAH,
                f"Periode {tahun_awal}–{tahun_akhir} tidak sah: tahun akhir tidak boleh sebelum "
                f"tahun awal, dan periode paling lama {PERIODE_MAKSIMUM} tahun.",
                file,
            )
        ]
    other = Renstra.objects.filter(
        perangkat_daerah=pd, tahun_awal__lte=tahun_akhir, tahun_akhir__gte=tahun_awal
    ).first()
    if other is not None:
        return [
            _error(
                RENSTRA_TUMPANG_TINDIH,
                f"Periode {tahun_awal}–{tahun_akhir} bertumpang tindih dengan Renstra "
                f"{other.tahun_awal}–{other.tahun_akhir} {pd.nama}. Satu tahun hanya dicakup "
                "satu Renstra; ubah Renstra yang ada lewat editor Renstra.",
                file,
            )
        ]
    return []


def commit_renstra_file(
    *, user: Any, pd: PerangkatDaerah, tahun_awal: int, tahun_akhir: int, data: bytes, file: str
) -> Renstra:
    """Store the Renstra of ``file`` with its yearly pagu, or raise ``Rejected``."""
    preview = preview_renstra_file(
        user=user, pd=pd, tahun_awal=tahun_awal, tahun_akhir=tahun_akhir, data=data, file=file
    )
    _refuse_errors(preview)
    with transaction.atomic():
        renstra = import_renstra(
            user=user,
            pd=pd,
            tahun_awal=tahun_awal,
            tahun_akhir=tahun_akhir,
            rows=[item.row for item in preview.rows],
        )
        ids = dict(RenstraBaris.objects.filter(renstra=renstra).values_list("kode", "id"))
        RenstraPagu.objects.bulk_create(
            RenstraPagu(pemda_id=pd.pemda_id, baris_id=ids[item.row.kode], tahun=tahun, pagu=pagu)
            for item in preview.rows
            for tahun, pagu in item.pagu
        )
        record(
            pengguna=user,
            pemda_id=pd.pemda_id,
            aksi="impor_berkas_renstra",
            objek_tipe="Renstra",
            objek_id=renstra.pk,
            sesudah={"berkas": file, "lembar": preview.sheet, **_summary(preview)},
        )
    return renstra


# --- shared -------------------------------------------------------------------------------


def _refuse_errors(preview: ImportPreview[Any]) -> None:
    if preview.has_errors:
        raise Rejected(preview.errors)
    if not preview.rows:
        raise Rejected([_error(TIDAK_ADA_BARIS, "Berkas tidak berisi baris untuk disimpan.")])


def _summary(preview: ImportPreview[Any]) -> dict[str, Any]:
    return {**dict(preview.counts), "peringatan": len(preview.warnings)}
