"""``renjana audit FILE [--format json|xlsx|html|text] [--tingkat provinsi|kabkota] [--tahun N]
[-o FILE]``: the document audit on the command line.

Thin by design: it parses the arguments, calls ``renjana.importers.audit.audit_file`` and
writes the chosen format to standard output or ``-o FILE`` (XLSX always to a file). It exits
with status 1 when a finding is an error, so a script can gate on it; the audit itself never
touches the database.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from renjana.core.kode import Tingkat
from renjana.importers.audit import audit_file
from renjana.importers.audit.laporan_html import html_report
from renjana.importers.audit.laporan_json import json_report
from renjana.importers.audit.laporan_xlsx import xlsx_report


class Command(BaseCommand):
    help = (
        "Memeriksa dokumen Renja/RKT (DOCX, XLSX atau teks hasil konversi PDF) terhadap aturan "
        "domain.md §7 dan menuliskan temuannya (json, html, xlsx atau teks)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Berkas dokumen: .docx, .xlsx, .txt atau .md")
        parser.add_argument("--format", choices=["text", "json", "html", "xlsx"], default="text")
        parser.add_argument("--tingkat", choices=[t.value for t in Tingkat])
        parser.add_argument("--tahun", type=int, help="Tahun rencana (n) bila tidak terbaca")
        parser.add_argument("-o", "--output", help="Tulis hasil ke berkas ini")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Berkas '{path}' tidak ada.")
        tingkat = Tingkat(options["tingkat"]) if options.get("tingkat") else None
        report = audit_file(path, tahun=options.get("tahun"), tingkat=tingkat)
        fmt, output = options["format"], options.get("output")
        if fmt == "xlsx":
            if not output:
                raise CommandError("Format xlsx memerlukan -o BERKAS.xlsx.")
            Path(output).write_bytes(xlsx_report(report))
        else:
            text = self._text(report) if fmt == "text" else None
            text = json_report(report) if fmt == "json" else text
            text = html_report(report) if fmt == "html" else text
            if output:
                Path(output).write_text(text or "", encoding="utf-8")
            else:
                self.stdout.write(text or "")
        if report.has_errors:
            sys.exit(1)

    def _text(self, report: Any) -> str:
        counts = report.count_by_severity()
        lines = [
            f"{report.meta.source}: {report.meta.judul or '-'} (tahun {report.meta.tahun or '-'}, "
            f"{report.meta.tingkat.label if report.meta.tingkat else 'tingkat ?'})",
            f"{len(report.findings)} temuan: {counts['error']} kesalahan, "
            f"{counts['warning']} peringatan, {counts['info']} catatan",
        ]
        for finding in report.findings:
            lines.append(
                f"  [{finding.severity.label}] {finding.rule} ({finding.where}): {finding.message}"
            )
        return "\n".join(lines)
