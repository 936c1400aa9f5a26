"""Realisation as raw inputs: per triwulan, or an annual figure reported as such.

``Periode.TAHUN`` holds an annual value that was reported without a triwulan split (e.g.
imported from last year's document). Capaian, percentages and roll-ups are never stored;
the core computes them (docs/adr/0004-realisasi-periode.md).
"""

from __future__ import annotations

from django.db import models

from renjana.apps.fields import money_field, value_field
from renjana.apps.organisasi.models import Pemda


class Periode(models.TextChoices):
    TW1 = "tw1", "Triwulan I"
    TW2 = "tw2", "Triwulan II"
    TW3 = "tw3", "Triwulan III"
    TW4 = "tw4", "Triwulan IV"
    TAHUN = "tahun", "Tahunan (dilaporkan)"


class RealisasiKinerja(models.Model):
    """The realised value of one indicator in one period, with its explanation."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    indikator = models.ForeignKey(
        "perencanaan.Indikator", on_delete=models.CASCADE, related_name="realisasi"
    )
    periode = models.CharField(max_length=6, choices=Periode.choices)
    nilai = value_field("realisasi", null=True, blank=True)
    teks = models.CharField("realisasi (kualitatif)", max_length=200, blank=True)
    satuan = models.CharField(max_length=60, blank=True)
    faktor_pendorong = models.TextField(blank=True)
    faktor_penghambat = models.TextField(blank=True)
    tindak_lanjut = models.TextField(blank=True)
    dicatat_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "realisasi kinerja"
        verbose_name_plural = "realisasi kinerja"
        ordering = ["indikator", "periode"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "periode"], name="realisasi_kinerja_unik")
        ]

    def __str__(self) -> str:
        return f"{self.indikator} ({self.get_periode_display()})"


class PaguAnggaran(models.Model):
    """The budget (DPA or DPPA) actually set for a row; realisation is measured against it."""

    class Jenis(models.TextChoices):
        DPA = "dpa", "DPA (murni)"
        DPPA = "dppa", "DPPA (perubahan)"

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(
        "perencanaan.RenjaBaris", on_delete=models.CASCADE, related_name="pagu_anggaran"
    )
    jenis = models.CharField(max_length=5, choices=Jenis.choices)
    jumlah = money_field("jumlah")

    class Meta:
        verbose_name = "pagu anggaran"
        verbose_name_plural = "pagu anggaran"
        constraints = [
            models.UniqueConstraint(fields=["baris", "jenis"], name="pagu_anggaran_unik")
        ]

    def __str__(self) -> str:
        return f"{self.baris} {self.get_jenis_display()}"


class RealisasiAnggaran(models.Model):
    """Keuangan (Rupiah spent in the period) and fisik (% progress at its end) of a leaf row."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(
        "perencanaan.RenjaBaris", on_delete=models.CASCADE, related_name="realisasi_anggaran"
    )
    periode = models.CharField(max_length=6, choices=Periode.choices)
    keuangan = money_field("realisasi keuangan", null=True, blank=True)
    fisik_persen = value_field("realisasi fisik (%)", null=True, blank=True)
    dicatat_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        ordering = ["baris", "periode"]
        constraints = [
            models.UniqueConstraint(fields=["baris", "periode"], name="realisasi_anggaran_unik")
        ]

    def __str__(self) -> str:
        return f"{self.baris} ({self.get_periode_display()})"
