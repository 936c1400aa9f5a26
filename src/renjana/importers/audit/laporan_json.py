"""The audit report as JSON: the machine-readable form, documented in ``docs/audit.md`` and
checked against ``docs/audit.schema.json`` by the tests.

Plain JSON types only: numbers found and expected stay the text the document printed or the
audit computed (Indonesian formatting, "Rp 9.810.000", "279,10"), never floats, so a reader
sees exactly what the report shows.
"""

from __future__ import annotations

import json
from typing import Any

from renjana.importers.audit.aturan import ATURAN_AUDIT_BY_CODE
from renjana.importers.audit.model import AuditReport, Finding, Place

#: Bumped when a key is renamed or removed (adding keys keeps the version).
SCHEMA_VERSION = "1"


def _place(place: Place) -> dict[str, Any]:
    return {
        "table_label": place.table_label,
        "table": place.table,
        "line": place.line,
        "kode": place.kode,
        "found": place.found,
    }


def finding_data(finding: Finding) -> dict[str, Any]:
    aturan = ATURAN_AUDIT_BY_CODE[finding.rule]
    return {
        "rule": finding.rule,
        "rule_title": aturan.judul,
        "reference": aturan.rujukan,
        "severity": finding.severity.value,
        "table": finding.table,
        "table_label": finding.table_label,
        "line": finding.line,
        "kode": finding.kode,
        "nama": finding.nama,
        "column": finding.column,
        "found": finding.found,
        "expected": finding.expected,
        "message": finding.message,
        "section": finding.section,
        "also": [_place(p) for p in finding.also],
    }


def report_data(report: AuditReport) -> dict[str, Any]:
    """The report as JSON-ready data (see ``docs/audit.md``)."""
    meta = report.meta
    used = sorted({f.rule for f in report.findings})
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "source": meta.source,
            "kind": meta.jenis,
            "title": meta.judul,
            "tahun": meta.tahun,
            "tahun_from": meta.tahun_dari,
            "tingkat": meta.tingkat.value if meta.tingkat is not None else None,
            "tingkat_from": meta.tingkat_dari,
            "pemda": meta.pemda,
            "perangkat_daerah": meta.perangkat_daerah,
            "urusan": list(meta.urusan),
            "tahap": list(meta.tahap),
            "old_coding": meta.kode_lama,
        },
        "summary": {
            "findings": len(report.findings),
            "by_severity": dict(report.count_by_severity()),
            "by_rule": dict(report.count_by_rule()),
            "has_errors": report.has_errors,
        },
        "tables": [
            {
                "label": t.label,
                "title": t.title,
                "kind": t.kind,
                "kind_label": t.kind_label,
                "line": t.line,
                "end_line": t.end_line,
                "rows": t.rows,
                "findings": t.findings,
            }
            for t in report.tables
        ],
        "findings": [finding_data(f) for f in report.findings],
        "rules": [
            {
                "code": code,
                "severity": ATURAN_AUDIT_BY_CODE[code].severity.value,
                "reference": ATURAN_AUDIT_BY_CODE[code].rujukan,
                "title": ATURAN_AUDIT_BY_CODE[code].judul,
            }
            for code in used
        ],
        "draft": {"table": report.rencana_tabel, "rows": len(report.rencana)},
    }


def json_report(report: AuditReport, *, indent: int | None = 2) -> str:
    """The report as a JSON text (UTF-8, non-ASCII kept)."""
    return json.dumps(report_data(report), ensure_ascii=False, indent=indent)
