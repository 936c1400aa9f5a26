"""The audit report as a workbook: every finding on one filterable sheet, and a summary of
the document and of its tables by kind.

Written with XlsxWriter (the faster writer measured in DEPENDENCIES.md). Cells hold text as
the report shows it (found and expected values are the printed Indonesian figures), so a
filter on "Kesalahan" or on one table gives exactly the report's rows.
"""

from __future__ import annotations

import io
from collections import Counter

import xlsxwriter

from renjana.core.problems import Severity
from renjana.importers.audit.aturan import ATURAN_AUDIT_BY_CODE
from renjana.importers.audit.model import AuditReport

_HEADERS = (
    ("No", 5), ("Tingkat", 11), ("Aturan", 28), ("Judul aturan", 30), ("Tabel", 11),
    ("Judul tabel", 40), ("Baris", 7), ("Kode", 20), ("Nama", 40), ("Kolom", 24),
    ("Tertulis", 24), ("Seharusnya", 24), ("Pesan", 80), ("Bagian", 30), ("Juga di", 50),
)  # fmt: skip
_LABEL = {Severity.ERROR: "Kesalahan", Severity.WARNING: "Peringatan", Severity.INFO: "Catatan"}


def _also(report: AuditReport, index: int) -> str:
    finding = report.findings[index]
    return "; ".join(
        " ".join(x for x in (p.table_label, f"baris {p.line}" if p.line else "", p.kode) if x)
        for p in finding.also
    )


def xlsx_report(report: AuditReport) -> bytes:
    """The workbook as bytes."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    bold = book.add_format({"bold": True, "bg_color": "#E6E6E6", "border": 1, "text_wrap": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    top = book.add_format({"valign": "top"})
    sheet = book.add_worksheet("Temuan")
    for column, (title, width) in enumerate(_HEADERS):
        sheet.write(0, column, title, bold)
        sheet.set_column(column, column, width, wrap if width >= 30 else top)
    for index, finding in enumerate(report.findings):
        row = index + 1
        values: tuple[object, ...] = (
            row, _LABEL[finding.severity], finding.rule,
            ATURAN_AUDIT_BY_CODE[finding.rule].judul, finding.table_label, finding.table,
            finding.line if finding.line is not None else "", finding.kode, finding.nama,
            finding.column, finding.found, finding.expected, finding.message, finding.section,
            _also(report, index),
        )  # fmt: skip
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(row, column, value)
            else:
                sheet.write_string(row, column, str(value))
    sheet.autofilter(0, 0, max(len(report.findings), 1), len(_HEADERS) - 1)
    sheet.freeze_panes(1, 0)
    _summary(book, report, bold)
    book.close()
    return buffer.getvalue()


def _summary(book: xlsxwriter.Workbook, report: AuditReport, bold: object) -> None:
    sheet = book.add_worksheet("Ringkasan")
    meta = report.meta
    tingkat = meta.tingkat.label if meta.tingkat else ""
    rows = (
        ("Berkas", meta.source), ("Dokumen", meta.judul), ("Jenis", meta.jenis),
        ("Tahun rencana", meta.tahun or ""), ("Tingkat", tingkat),
        ("Pemerintah daerah", meta.pemda), ("Perangkat daerah", meta.perangkat_daerah),
        ("Kesalahan", report.count_by_severity()["error"]),
        ("Peringatan", report.count_by_severity()["warning"]),
        ("Catatan", report.count_by_severity()["info"]),
    )  # fmt: skip
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 1, 60)
    sheet.set_column(2, 6, 12)
    for row, (key, value) in enumerate(rows):
        sheet.write_string(row, 0, key, bold)
        if isinstance(value, int):
            sheet.write_number(row, 1, value)
        else:
            sheet.write_string(row, 1, str(value))
    start = len(rows) + 1
    heads = ("Jenis tabel", "Tabel", "Jumlah tabel", "Jumlah baris", "Kesalahan", "Peringatan",
             "Catatan")  # fmt: skip
    for column, title in enumerate(heads):
        sheet.write_string(start, column, title, bold)
    severities: Counter[tuple[str, str]] = Counter(
        (f.table, f.severity.value) for f in report.findings if f.table
    )
    kinds: dict[str, list[int]] = {}
    for index, table in enumerate(report.tables):
        kinds.setdefault(table.kind_label, []).append(index)
    for offset, (kind, indexes) in enumerate(kinds.items(), start + 1):
        tables = [report.tables[i] for i in indexes]
        counts = [sum(severities[(t.title, s.value)] for t in tables) for s in Severity]
        cells: tuple[object, ...] = (
            kind, ", ".join(t.label or t.title[:30] for t in tables), len(tables),
            sum(t.rows for t in tables), *counts,
        )  # fmt: skip
        for column, cell in enumerate(cells):
            if isinstance(cell, int):
                sheet.write_number(offset, column, cell)
            else:
                sheet.write_string(offset, column, str(cell))
