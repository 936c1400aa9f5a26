"""``renjana sample``: load the two sample offices and print the demo logins."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from renjana.apps.organisasi.models import Pengguna
from renjana.sample.loader import DEMO_PASSWORD, SAMPLE_FILES, load_sample


class Command(BaseCommand):
    help = (
        "Memuat dua perangkat daerah contoh (Dinsos Prov. Sulawesi Barat, DinsosPM Kota Tarakan)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not Pengguna.objects.filter(username="admin").exists():
            Pengguna.objects.create_superuser("admin", password=DEMO_PASSWORD, first_name="Admin")
        for name in SAMPLE_FILES:
            loaded = load_sample(name)
            if loaded is None:
                self.stdout.write(f"{name}: sudah dimuat sebelumnya, dilewati.")
                continue
            pd = loaded
            self.stdout.write(f"{name}: {pd.nama} {pd.pemda.nama} dimuat (--opd {pd.kode}).")
        self.stdout.write(f"\nAkun demo (kata sandi: {DEMO_PASSWORD}):")
        for user in Pengguna.objects.select_related("pemda", "perangkat_daerah").order_by("id"):
            if user.check_password(DEMO_PASSWORD):
                lingkup = user.perangkat_daerah or user.pemda or "semua pemda"
                self.stdout.write(f"  {user.username:<28} {user.peran_label:<24} {lingkup}")
