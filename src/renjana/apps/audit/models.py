"""One audit record per change; records are only ever appended."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    pemda = models.ForeignKey(
        "organisasi.Pemda", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    waktu = models.DateTimeField(auto_now_add=True, db_index=True)
    aksi = models.CharField(max_length=40)
    objek_tipe = models.CharField(max_length=60)
    objek_id = models.CharField(max_length=40, db_index=True)
    sebelum = models.JSONField(null=True, blank=True)
    sesudah = models.JSONField(null=True, blank=True)
    alasan = models.TextField(blank=True)

    class Meta:
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"
        ordering = ["-waktu", "-id"]
        indexes = [models.Index(fields=["objek_tipe", "objek_id"])]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.aksi} {self.objek_tipe}#{self.objek_id}"
