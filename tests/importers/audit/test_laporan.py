"""The three outputs of the audit: JSON valid against docs/audit.schema.json, a self-contained
printable HTML page, and a workbook of findings with filters and a summary per table kind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema_rs
import pytest
from openpyxl import load_workbook

from renjana.importers import read_text
from renjana.importers.audit import ATURAN_AUDIT, AuditReport, audit_document
from renjana.importers.audit.laporan_html import html_report
from renjana.importers.audit.laporan_json import SCHEMA_VERSION, json_report, report_data
from renjana.importers.audit.laporan_xlsx import xlsx_report
from tests.importers.audit.contoh import renja_text, salah_kabkota

DOCS = Path(__file__).resolve().parents[3] / "docs"


@pytest.fixture(scope="module")
def schema() -> object:
    return jsonschema_rs.validator_for(json.loads((DOCS / "audit.schema.json").read_text()))


@pytest.fixture(scope="module")
def salah() -> AuditReport:
    return audit_document(read_text(renja_text(2025, rows=salah_kabkota()), "renja.txt"))


def _valid(schema: object, data: object) -> None:
    errors = [str(e) for e in schema.iter_errors(data)]  # type: ignore[attr-defined]
    assert errors == []


def test_json_of_each_seed_is_valid_against_the_schema(
    schema: object, report001: AuditReport, report002: AuditReport, report003: AuditReport
) -> None:
    for report in (report001, report002, report003):
        data = json.loads(json_report(report))
        _valid(schema, data)
        assert data["schema_version"] == SCHEMA_VERSION
        assert data["summary"]["findings"] == len(data["findings"]) == len(report.findings)


def test_json_content_of_a_finding(schema: object, salah: AuditReport) -> None:
    data = report_data(salah)
    _valid(schema, data)
    assert data["document"]["tahun"] == 2025
    assert data["document"]["tingkat"] == "kabkota"
    assert data["summary"]["has_errors"] is True
    found = next(f for f in data["findings"] if f["rule"] == "JUMLAH_INDUK_SALAH")
    assert found["table_label"] == "Tabel 4.1"
    assert found["kode"] == "1.06.04.2.01"
    assert (found["found"], found["expected"]) == ("Rp 210.000.000", "Rp 200.000.000")
    assert found["severity"] == "error"
    assert found["reference"].startswith("§7")
    assert {r["code"] for r in data["rules"]} == {f["rule"] for f in data["findings"]}
    assert data["draft"]["rows"] == 10


def test_json_of_a_report_without_context_is_valid(schema: object) -> None:
    report = audit_document(read_text("Catatan rapat tanpa tabel.", "catatan.txt"))
    data = report_data(report)
    _valid(schema, data)
    assert data["document"]["tahun"] is None
    assert [f["rule"] for f in data["findings"]] == ["KONTEKS_TIDAK_TERDETEKSI"]


def test_html_is_self_contained_and_lists_every_finding(salah: AuditReport) -> None:
    page = html_report(salah)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="id">' in page
    lowered = page.lower()
    for external in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert external not in lowered, external
    for finding in salah.findings:
        assert finding.rule in page
    assert "Rp 210.000.000" in page
    assert "@media print" in page


def test_html_escapes_document_text() -> None:
    text = renja_text(2025).replace("Penyediaan Sandang", "Penyediaan <b>Sandang</b> & Co")
    page = html_report(audit_document(read_text(text, "renja.txt")))
    assert "<b>Sandang</b>" not in page


def test_xlsx_has_a_filtered_findings_sheet_and_a_summary(salah: AuditReport) -> None:
    book = load_workbook(io.BytesIO(xlsx_report(salah)))
    assert book.sheetnames == ["Temuan", "Ringkasan"]
    sheet = book["Temuan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == len(salah.findings) + 1
    assert sheet.auto_filter.ref is not None
    assert sheet.freeze_panes == "A2"
    header = rows[0]
    rule = header.index("Aturan")
    assert {r[rule] for r in rows[1:]} == {f.rule for f in salah.findings}
    summary = [r for r in book["Ringkasan"].iter_rows(values_only=True) if any(r)]
    assert ("Tahun rencana", 2025) in {(r[0], r[1]) for r in summary}
    per_kind = {r[1]: r for r in summary if r[1] in ("Tabel 2.1", "Tabel 4.1")}
    assert str(per_kind["Tabel 2.1"][0]).startswith("T-C.29")
    assert "17 kolom" in str(per_kind["Tabel 4.1"][0])
    assert per_kind["Tabel 4.1"][2:5] == (1, 10, len(salah.errors))


def test_every_rule_is_documented() -> None:
    text = (DOCS / "audit.md").read_text(encoding="utf-8")
    missing = [a.code for a in ATURAN_AUDIT if f"`{a.code}`" not in text]
    assert missing == []
