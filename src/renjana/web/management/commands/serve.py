"""``renjana serve``: serve the app on http://127.0.0.1:8000 for local use.

Runs Django's development server without the auto-reloader (static files through
WhiteNoise). For production use a WSGI server: ``gunicorn renjana.wsgi``.
"""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Menjalankan Renjana di http://127.0.0.1:8000 (penggunaan lokal)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(
            f"Renjana berjalan di http://{options['addrport']}/ (Ctrl+C untuk berhenti)"
        )
        call_command("runserver", options["addrport"], use_reloader=False)
