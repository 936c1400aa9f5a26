"""``renjana check --opd KODE --tahun N [--format json]``: the Pemeriksaan panel on the
command line. Exits 1 when a problem blocks submission (an error), so scripts can gate on it.

Without ``--opd`` it is Django's own system check, which this command extends.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.core.management.commands.check import Command as SystemCheckCommand

from renjana.apps.organisasi.selectors import all_perangkat_daerah
from renjana.apps.perencanaan.selectors.pemeriksaan import renja_problems
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.core.checks import blocks_submission
from renjana.core.problems import Problem


def problem_data(p: Problem) -> dict[str, Any]:
    return {
        "code": p.code,
        "severity": p.severity.value,
        "message": p.message,
        "kode": p.location.kode,
        "indikator": p.location.indikator,
        "field": p.location.field,
        "found": p.found,
        "expected": p.expected,
    }


class Command(SystemCheckCommand):
    help = "Memeriksa Renja sebuah perangkat daerah (--opd, --tahun); tanpa --opd: system check."

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--opd", help="Kode perangkat daerah (renjana opd list)")
        parser.add_argument("--tahun", type=int)
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options.get("opd"):
            super().handle(*args, **options)
            return
        if options.get("tahun") is None:
            raise CommandError("Sebutkan --tahun, mis. --tahun 2024.")
        pd = all_perangkat_daerah().filter(kode=options["opd"]).first()
        if pd is None:
            raise CommandError(
                f"Perangkat daerah '{options['opd']}' tidak ada (lihat renjana opd list)."
            )
        renja = renja_of(pd).filter(tahun=options["tahun"]).first()
        if renja is None:
            raise CommandError(f"Renja {options['tahun']} untuk {pd.nama} belum ada.")
        problems = renja_problems(renja)
        if options["format"] == "json":
            payload = {
                "opd": pd.kode,
                "tahun": renja.tahun,
                "tahap": renja.tahap,
                "jumlah": len(problems),
                "menghalangi_pengajuan": blocks_submission(problems),
                "masalah": [problem_data(p) for p in problems],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(
                f"Renja {renja.tahun} {pd.nama} {pd.pemda.nama}: {len(problems)} temuan"
            )
            for p in problems:
                self.stdout.write(f"  {p}")
        if blocks_submission(problems):
            sys.exit(1)
