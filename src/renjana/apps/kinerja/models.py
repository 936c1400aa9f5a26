"""SAKIP data as raw inputs: the IKU of an office, the Perjanjian Kinerja of each year (annual
target and one target per triwulan) and the realisasi of each IKU per triwulan or year.

Capaian, predikat and the mean row are never stored; the core computes them
(``core.iku``; docs/adr/0005-rumus-evaluasi.md). Triwulan targets are written as the indicator
aggregates (``agregasi``): the amount of each quarter for ``kumulatif``, the level to reach by
the end of each quarter for ``nilai_akhir``, the level of each quarter for ``rata_rata``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from renjana.apps.fields import value_field
from renjana.apps.organisasi.models import Pemda, PerangkatDaerah
from renjana.apps.perencanaan.models import Agregasi, Polaritas

#: The triwulan columns of a Perjanjian Kinerja, in order.
TRIWULAN_FIELDS = ("target_tw1", "target_tw2", "target_tw3", "target_tw4")


class PeriodeRealisasi(models.TextChoices):
    """The period of an IKU realisasi: a triwulan, or the year as reported (ADR 0004)."""

    TW1 = "tw1", "Triwulan I"
    TW2 = "tw2", "Triwulan II"
    TW3 = "tw3", "Triwulan III"
    TW4 = "tw4", "Triwulan IV"
    TAHUN = "tahun", "Tahunan (dilaporkan)"


class Iku(models.Model):
    """An Indikator Kinerja Utama of an office, under a Renstra sasaran or a sasaran text."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="iku"
    )
    sasaran = models.ForeignKey(
        "perencanaan.RenstraSasaran",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="iku",
        help_text="Sasaran Renstra; kosong bila sasaran ditulis sebagai teks.",
    )
    sasaran_teks = models.TextField(
        "sasaran strategis (teks)", blank=True, help_text="Dipakai bila tidak ada sasaran Renstra."
    )
    urutan = models.PositiveSmallIntegerField(default=0)
    uraian = models.TextField("indikator kinerja")
    formulasi = models.TextField(
        blank=True, help_text="Cara menghitung, mis. (Jumlah KPM terlayani / Jumlah DTKS) × 100%."
    )
    satuan = models.CharField(max_length=60, blank=True)
    polaritas = models.CharField(max_length=8, choices=Polaritas.choices, default=Polaritas.NAIK)
    agregasi = models.CharField(max_length=12, choices=Agregasi.choices, default=Agregasi.KUMULATIF)

    class Meta:
        verbose_name = "indikator kinerja utama"
        verbose_name_plural = "indikator kinerja utama"
        ordering = ["perangkat_daerah", "urutan", "id"]

    def __str__(self) -> str:
        return self.uraian

    @property
    def sasaran_label(self) -> str:
        return self.sasaran.uraian if self.sasaran_id and self.sasaran else self.sasaran_teks


class PerjanjianKinerja(models.Model):
    """The Perjanjian Kinerja target of one IKU for one year: annual and per triwulan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    iku = models.ForeignKey(Iku, on_delete=models.CASCADE, related_name="perjanjian")
    tahun = models.PositiveSmallIntegerField()
    target_nilai = value_field("target tahunan", null=True, blank=True)
    target_teks = models.CharField("target tahunan (kualitatif)", max_length=200, blank=True)
    target_tw1 = value_field("target triwulan I", null=True, blank=True)
    target_tw2 = value_field("target triwulan II", null=True, blank=True)
    target_tw3 = value_field("target triwulan III", null=True, blank=True)
    target_tw4 = value_field("target triwulan IV", null=True, blank=True)

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["iku", "tahun"]
        constraints = [
            models.UniqueConstraint(fields=["iku", "tahun"], name="perjanjian_kinerja_unik")
        ]

    def __str__(self) -> str:
        return f"{self.iku} {self.tahun}"


class RealisasiIku(models.Model):
    """The realised value of one IKU in one period of one year."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    iku = models.ForeignKey(Iku, on_delete=models.CASCADE, related_name="realisasi")
    tahun = models.PositiveSmallIntegerField()
    periode = models.CharField(max_length=6, choices=PeriodeRealisasi.choices)
    nilai = value_field("realisasi", null=True, blank=True)
    teks = models.CharField("realisasi (kualitatif)", max_length=200, blank=True)
    keterangan = models.TextField(blank=True, help_text="Faktor pendorong/penghambat.")
    dicatat_pada = models.DateTimeField(auto_now=True)
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "realisasi IKU"
        verbose_name_plural = "realisasi IKU"
        ordering = ["iku", "tahun", "periode"]
        constraints = [
            models.UniqueConstraint(fields=["iku", "tahun", "periode"], name="realisasi_iku_unik")
        ]

    def __str__(self) -> str:
        return f"{self.iku} {self.tahun} ({self.get_periode_display()})"
