"""``renjana token buat|cabut|daftar``: personal API tokens from the server's own shell.

For operators of the server (who can read the database anyway); users make their own tokens
through the API (``POST /api/v1/token``) after logging in.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from renjana.apps.akses import selectors, services
from renjana.apps.errors import Rejected


class Command(BaseCommand):
    help = "Token API pribadi: `renjana token buat|cabut|daftar`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        buat = sub.add_parser("buat", help="Buat token untuk seorang pengguna (tampil sekali).")
        buat.add_argument("--pengguna", required=True, help="username pemilik token")
        buat.add_argument("--nama", required=True, help="untuk apa token ini, mis. 'skrip impor'")
        buat.add_argument("--berlaku-hari", type=int, default=None)
        cabut = sub.add_parser("cabut", help="Cabut token (nomor id dari `daftar`).")
        cabut.add_argument("id", type=int)
        daftar = sub.add_parser("daftar", help="Daftar token (tanpa isinya).")
        daftar.add_argument("--pengguna", default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, f"_{options['aksi']}")(options)
        except (Http404, Rejected) as exc:
            raise CommandError(str(exc)) from exc

    def _buat(self, options: dict[str, Any]) -> None:
        pengguna = selectors.pengguna_for_cli(options["pengguna"])
        token, raw = services.create_token(
            user=None, pengguna=pengguna, nama=options["nama"],
            berlaku_hari=options["berlaku_hari"], system=True,
        )  # fmt: skip
        self.stdout.write(f"Token #{token.pk} untuk {pengguna.username} ({token.nama}):")
        self.stdout.write(raw)
        self.stdout.write("Simpan sekarang: token ini tidak dapat ditampilkan lagi.")

    def _cabut(self, options: dict[str, Any]) -> None:
        token = selectors.all_tokens().filter(pk=options["id"]).first()
        if token is None:
            raise CommandError(f"Token #{options['id']} tidak ada.")
        services.revoke_token(user=None, token=token, system=True)
        self.stdout.write(f"Token #{token.pk} ({token.awalan}…) dicabut.")

    def _daftar(self, options: dict[str, Any]) -> None:
        tokens = selectors.all_tokens()
        if options["pengguna"]:
            tokens = tokens.filter(pengguna__username=options["pengguna"])
        for t in tokens:
            status = "dicabut" if t.dicabut_pada else "aktif"
            self.stdout.write(f"#{t.pk}  {t.awalan}…  {t.pengguna.username}  {t.nama}  {status}")
