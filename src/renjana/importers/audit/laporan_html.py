"""The audit report as one self-contained HTML page a verifier can read and print.

No external assets (styles inline, no scripts, no fonts to fetch): the file opens offline and
prints on A4 with each finding kept whole. Everything from the document is escaped.
"""

from __future__ import annotations

from html import escape

from renjana.core.problems import Severity
from renjana.importers.audit.aturan import ATURAN_AUDIT_BY_CODE
from renjana.importers.audit.model import AuditReport, Finding

_STYLE = """
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#1b1b1b;margin:2em}
h1{font-size:16pt;margin:0 0 .2em}
h2{font-size:13pt;margin:1.4em 0 .4em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border:1px solid #bbb;padding:3px 5px;
vertical-align:top;text-align:left}
th{background:#eee}
.meta td:first-child{width:14em;font-weight:bold}
.f{border:1px solid #ccc;border-left:6px solid #999;padding:.4em .7em;margin:.5em 0;
page-break-inside:avoid}
.f.error{border-left-color:#b00020}
.f.warning{border-left-color:#c77700}
.f.info{border-left-color:#36c}
.tag{display:inline-block;font-weight:bold;font-size:9pt;padding:0 .4em;border-radius:3px;
color:#fff}
.tag.error{background:#b00020} .tag.warning{background:#c77700} .tag.info{background:#36c}
.rule{font-family:"Liberation Mono",monospace;font-size:9.5pt} .where{color:#444;font-size:9.5pt}
.fe{font-size:9.5pt;margin:.2em 0}
.fe b{display:inline-block;width:7em}
.also{font-size:9pt;color:#444}
@media print{body{margin:1cm} h2{page-break-after:avoid}}
"""

_LABEL = {Severity.ERROR: "Kesalahan", Severity.WARNING: "Peringatan", Severity.INFO: "Catatan"}


def _e(text: object) -> str:
    return escape("" if text is None else str(text))


def _finding(index: int, finding: Finding) -> str:
    severity = finding.severity.value
    title = ATURAN_AUDIT_BY_CODE[finding.rule].judul
    where = [finding.table_label or finding.table[:80] or finding.section[:80]]
    if finding.line is not None:
        where.append(f"baris {finding.line}")
    if finding.kode:
        where.append(f"kode {finding.kode}")
    if finding.nama:
        where.append(finding.nama[:120])
    if finding.column:
        where.append(f"kolom {finding.column}")
    also = ""
    if finding.also:
        places = "; ".join(
            " ".join(
                p
                for p in (
                    place.table_label,
                    f"baris {place.line}" if place.line else "",
                    place.kode,
                    f"({place.found})" if place.found else "",
                )
                if p
            )
            for place in finding.also[:40]
        )
        more = f" dan {len(finding.also) - 40} lainnya" if len(finding.also) > 40 else ""
        also = f'<div class="also">Juga di: {_e(places)}{_e(more)}</div>'
    return (
        f'<div class="f {severity}"><span class="tag {severity}">'
        f"{_LABEL[finding.severity]}</span> <b>{index}. {_e(title)}</b> "
        f'<span class="rule">{_e(finding.rule)}</span>'
        f'<div class="where">{_e(" · ".join(w for w in where if w))}</div>'
        f"<p>{_e(finding.message)}</p>"
        f'<div class="fe"><b>Tertulis</b>{_e(finding.found or "-")}</div>'
        f'<div class="fe"><b>Seharusnya</b>{_e(finding.expected or "-")}</div>{also}</div>'
    )


def html_report(report: AuditReport) -> str:
    """The whole report as an HTML document (a string)."""
    meta = report.meta
    counts = report.count_by_severity()
    rows = [
        ("Berkas", meta.source),
        ("Dokumen", meta.judul),
        ("Jenis", meta.jenis.upper()),
        ("Tahun rencana (n)", f"{meta.tahun or '-'} (dari {meta.tahun_dari or '-'})"),
        (
            "Tingkat",
            f"{meta.tingkat.label if meta.tingkat else '-'} (dari {meta.tingkat_dari or '-'})",
        ),
        ("Pemerintah daerah", meta.pemda),
        ("Perangkat daerah", meta.perangkat_daerah),
        ("Bidang urusan", ", ".join(meta.urusan)),
        ("Kode", "lama (sebelum Permendagri 90/2019)" if meta.kode_lama else "Permendagri 90/2019"),
    ]
    meta_html = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows)
    tables = "".join(
        f"<tr><td>{_e(t.label)}</td><td>{_e(t.title[:140])}</td><td>{_e(t.kind_label)}</td>"
        f"<td>{t.line}–{t.end_line}</td><td>{t.rows}</td><td>{t.findings}</td></tr>"
        for t in report.tables
    )
    findings = "".join(_finding(i, f) for i, f in enumerate(report.findings, 1))
    summary = (
        f"{len(report.findings)} temuan: {counts['error']} kesalahan, "
        f"{counts['warning']} peringatan, {counts['info']} catatan."
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>Hasil Audit Dokumen — {_e(meta.source)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>Hasil Audit Dokumen Renja/RKT</h1><p>{_e(summary)}</p>"
        f'<table class="meta">{meta_html}</table>'
        "<h2>Tabel dalam dokumen</h2><table><tr><th>Label</th><th>Judul</th><th>Jenis</th>"
        f"<th>Baris</th><th>Jumlah baris</th><th>Temuan</th></tr>{tables}</table>"
        f"<h2>Temuan</h2>{findings or '<p>Tidak ada temuan.</p>'}</body></html>"
    )
