"""``renjana render --opd KODE --tahun N [--jenis renja|rkt] [--tahap TAHAP]
--format docx|pdf|xlsx -o FILE``: the Renja (or RKT) of an office as a file.

The Renja's cover names its current stage unless ``--tahap`` names another (rancangan_awal,
rancangan, rancangan_akhir, penetapan, perubahan). The work is done by
``renjana.apps.laporan.keluaran``; this command only parses and reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from renjana.apps.laporan.keluaran import Format, KonversiGagal, LibreOfficeTidakAda, buat
from renjana.apps.laporan.sampul import TahapTidakDikenal, parse_tahap
from renjana.apps.organisasi.selectors import all_perangkat_daerah
from renjana.core.naskah import JenisDokumen


class Command(BaseCommand):
    help = "Tulis Renja atau RKT sebuah perangkat daerah sebagai DOCX, PDF atau XLSX."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--opd", required=True, help="Kode perangkat daerah (renjana opd list)")
        parser.add_argument("--tahun", type=int, required=True, help="Tahun rencana n")
        parser.add_argument("--jenis", choices=[j.value for j in JenisDokumen], default="renja")
        parser.add_argument("--tahap", help="Tahap di sampul (bawaan: tahap Renja saat ini)")
        parser.add_argument("--format", choices=[f.value for f in Format], default="docx")
        parser.add_argument("-o", "--output", help="Berkas tujuan (bawaan: nama dokumen)")

    def handle(self, *args: Any, **options: Any) -> None:
        pd = all_perangkat_daerah().filter(kode=options["opd"]).first()
        if pd is None:
            raise CommandError(
                f"Perangkat daerah '{options['opd']}' tidak ada (lihat renjana opd list)."
            )
        try:
            tahap = parse_tahap(options["tahap"]) if options["tahap"] else None
            berkas = buat(
                pd, JenisDokumen(options["jenis"]), options["tahun"], Format(options["format"]),
                tahap,
            )  # fmt: skip
        except TahapTidakDikenal as exc:
            raise CommandError(str(exc)) from exc
        except Http404 as exc:
            raise CommandError(f"{pd.nama}: {exc}") from exc
        except (LibreOfficeTidakAda, KonversiGagal) as exc:
            raise CommandError(str(exc)) from exc
        target = Path(options["output"] or berkas.nama)
        target.write_bytes(berkas.isi)
        self.stdout.write(f"Ditulis {target} ({len(berkas.isi):,} byte).".replace(",", "."))
