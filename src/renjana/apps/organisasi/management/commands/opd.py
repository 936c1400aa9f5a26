"""``renjana opd list [--format json]``: the offices and the identifier ``--opd`` accepts."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from renjana.apps.organisasi.selectors import all_perangkat_daerah, describe


class Command(BaseCommand):
    help = "Perangkat daerah: `renjana opd list [--format json]`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        listing = sub.add_parser("list", help="Daftar perangkat daerah dan kodenya (--opd).")
        listing.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        rows = [describe(pd) for pd in all_perangkat_daerah()]
        if options["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write("Belum ada perangkat daerah. Jalankan `renjana sample`.")
            return
        width = max(len(r["kode"]) for r in rows)
        for r in rows:
            self.stdout.write(f"{r['kode']:<{width}}  {r['nama']} — {r['pemda']} ({r['tingkat']})")
