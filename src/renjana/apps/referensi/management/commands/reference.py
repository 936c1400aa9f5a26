"""``renjana reference …``: load reference data.

- ``renjana reference sync`` — insert the packaged reference data missing from the database
  (``renjana migrate`` does this too);
- ``renjana reference import FILE --kode K --nama N --dasar-hukum D --berlaku-mulai YYYY`` — a
  nomenclature list (CSV or XLSX with columns kode, nama, indikator, satuan, tingkat) as a new
  dated version, for any urusan;
- ``renjana reference wilayah FILE`` — Kemendagri wilayah codes
  (CSV: kode, nama, level, kode_induk).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from renjana.apps.errors import Rejected
from renjana.apps.referensi import services


class Command(BaseCommand):
    help = "Data referensi: sync | import FILE | wilayah FILE."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        sub.add_parser("sync", help="Muat data referensi bawaan yang belum ada.")
        imp = sub.add_parser(
            "import", help="Muat daftar nomenklatur (CSV/XLSX) sebagai versi baru."
        )
        imp.add_argument("file")
        imp.add_argument(
            "--kode", required=True, help="Pengenal versi, mis. kepmendagri-900-1317-2023"
        )
        imp.add_argument(
            "--nama", required=True, help="Nama peraturan, mis. Kepmendagri 900.1.15.5-1317/2023"
        )
        imp.add_argument("--dasar-hukum", required=True)
        imp.add_argument("--berlaku-mulai", type=int, required=True, help="Tahun mulai berlaku")
        wil = sub.add_parser("wilayah", help="Muat kode wilayah Kemendagri (CSV).")
        wil.add_argument("file")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["aksi"] == "sync":
                created = services.sync_packaged_reference()
                summary = ", ".join(f"{k} {v}" for k, v in created.items())
                self.stdout.write(f"Data referensi baru dimuat: {summary}.")
            elif options["aksi"] == "import":
                count = services.import_nomenklatur_file(
                    user=None,
                    path=options["file"],
                    kode=options["kode"],
                    nama=options["nama"],
                    dasar_hukum=options["dasar_hukum"],
                    berlaku_mulai=options["berlaku_mulai"],
                    system=True,
                )
                self.stdout.write(
                    f"{count} baris nomenklatur dimuat sebagai versi {options['kode']}."
                )
            else:
                count = services.import_wilayah_file(user=None, path=options["file"], system=True)
                self.stdout.write(f"{count} wilayah baru dimuat.")
        except Rejected as exc:
            lines = "\n".join(f"  - {p}" for p in exc.problems)
            raise CommandError(f"Berkas ditolak, tidak ada data yang disimpan:\n{lines}") from exc
