"""Running the audit: read the document once, detect its context, run every rule family,
report each problem once.

``audit_document`` is the one entry point (the CLI and the web page call it); rule families
are plain functions of the read document (``Pemeriksaan``) and, for the planning tables, of
their uniform rows (``TabelRencana``). The reference data defaults to the packaged
nomenclature and sumber dana list; a caller may pass another version.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence

from renjana.core.kode import Tingkat
from renjana.core.referensi import DaftarSumberDana, Nomenklatur
from renjana.importers.audit import (
    anggaran,
    antar_tabel,
    hukum,
    kodefikasi,
    nama,
    narasi,
    rencana,
    rfk,
    rollup,
    sdm,
    spm,
    struktur,
    tahun,
    tc29,
)
from renjana.importers.audit.baris_rencana import TabelRencana, as_inputs, tabel_rencana
from renjana.importers.audit.dokumen import baca_dokumen
from renjana.importers.audit.konteks import AuditOptions, detect_meta
from renjana.importers.audit.model import AuditReport, Finding, TableSummary
from renjana.importers.audit.ringkas import ringkas
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.document import Document
from renjana.importers.reader import read_document
from renjana.reference import load_nomenklatur, load_sumber_dana

DocumentRule = Callable[[Pemeriksaan], list[Finding]]
PlanRule = Callable[[Pemeriksaan, Sequence[TabelRencana]], list[Finding]]

#: Rules on the whole document.
DOCUMENT_RULES: tuple[DocumentRule, ...] = (
    kodefikasi.check_coding,
    tc29.check_tc29,
    rfk.check_rfk,
    anggaran.check_anggaran,
    anggaran.check_capaian,
    sdm.check_sdm,
    spm.check_spm,
    spm.check_grades,
    tahun.check_years,
    struktur.check_structure,
    narasi.check_narrative,
    hukum.check_landasan_hukum,
)
#: Rules on the planning tables.
PLAN_RULES: tuple[PlanRule, ...] = (
    kodefikasi.check_reading,
    kodefikasi.check_duplicates,
    rollup.check_rollup,
    rencana.check_planning,
    rencana.check_empty_columns,
    rencana.check_lokasi,
    antar_tabel.check_across,
    antar_tabel.check_missing,
    antar_tabel.check_halves,
    narasi.check_plan_narrative,
    nama.check_names,
)


def _context_findings(periksa: Pemeriksaan) -> list[Finding]:
    missing = []
    if periksa.meta.tahun is None:
        missing.append("tahun rencana")
    if periksa.meta.tingkat is None:
        missing.append("tingkat pemerintahan (provinsi/kabupaten/kota)")
    if not missing:
        return []
    return [
        temuan(
            "KONTEKS_TIDAK_TERDETEKSI",
            f"{' dan '.join(missing).capitalize()} dokumen tidak terbaca dari judul maupun "
            "isinya, sehingga pemeriksaan yang memerlukannya dilewati. Jalankan ulang dengan "
            "--tahun dan/atau --tingkat.",
        )
    ]


def _summaries(periksa: Pemeriksaan, findings: Sequence[Finding]) -> tuple[TableSummary, ...]:
    per_table = Counter(f.table for f in findings if f.table)
    return tuple(
        TableSummary(
            label=t.label,
            title=t.title,
            kind=t.kind.value,
            kind_label=t.kind.label,
            line=t.table.line,
            end_line=t.table.end_line,
            rows=len(t.table.body_rows),
            findings=per_table.get(t.title, 0),
        )
        for t in periksa.bacaan.tables
    )


def audit_document(
    document: Document,
    *,
    tahun: int | None = None,
    tingkat: Tingkat | None = None,
    nomenklatur: Nomenklatur | None = None,
    sumber_dana: DaftarSumberDana | None = None,
) -> AuditReport:
    """Audit a read document; ``tahun``/``tingkat`` override what the document says."""
    bacaan = baca_dokumen(document)
    meta = detect_meta(bacaan, AuditOptions(tahun, tingkat))
    periksa = Pemeriksaan(
        bacaan,
        meta,
        nomenklatur if nomenklatur is not None else load_nomenklatur(),
        sumber_dana if sumber_dana is not None else load_sumber_dana(),
    )
    findings: list[Finding] = [
        temuan(p.code, p.message, found=p.found) for p in document.problems
    ] + _context_findings(periksa)
    for rule in DOCUMENT_RULES:
        findings += rule(periksa)
    tables = tabel_rencana(periksa)
    for plan_rule in PLAN_RULES:
        findings += plan_rule(periksa, tables)
    final = ringkas(findings)
    main = next((t for t in tables if t.main), None)
    return AuditReport(
        meta=meta,
        tables=_summaries(periksa, final),
        findings=final,
        rencana=as_inputs(main) if main is not None else (),
        rencana_tabel=main.tabel.title if main is not None else "",
    )


def audit_file(
    path: str | os.PathLike[str],
    *,
    tahun: int | None = None,
    tingkat: Tingkat | None = None,
) -> AuditReport:
    """Read a DOCX, XLSX or converted text file and audit it."""
    return audit_document(read_document(path), tahun=tahun, tingkat=tingkat)
