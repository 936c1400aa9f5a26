"""A personal API token: a script acting as one user, with that user's role and scope.

Only the SHA-256 hash of the token is stored. A token is 256 random bits, so a fast hash is
enough (nothing to brute-force, unlike a password) and lets the lookup be one indexed
query. The plain token is shown once, when it is created, and can never be read back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class TokenApi(models.Model):
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api"
    )
    nama = models.CharField(max_length=100, help_text="Untuk apa token ini, mis. 'skrip impor'.")
    awalan = models.CharField(
        max_length=12, help_text="Awal token, untuk mengenalinya tanpa menyimpan token itu."
    )
    hash = models.CharField(max_length=64, unique=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    kedaluwarsa = models.DateTimeField(null=True, blank=True)
    terakhir_dipakai = models.DateTimeField(null=True, blank=True)
    dicabut_pada = models.DateTimeField(null=True, blank=True)
    dicabut_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["pengguna", "-dibuat_pada", "-id"]

    def __str__(self) -> str:
        return f"{self.awalan}… {self.nama}"

    @property
    def aktif(self) -> bool:
        """Not revoked; expiry is checked against the clock by the service that authenticates."""
        return self.dicabut_pada is None
