"""Raw inputs of SPM Bidang Sosial and of the PPKS/PSKS population, per office and year.

Only counts are stored: population per jenis (for the whole area or one kecamatan), and per
SPM jenis layanan the persons to be served and served, with the same two counts per mutu
item. Capaian, components, the index and its category, and "harus dilayani" taken from the
population are recomputed by ``renjana.core`` on every read (docs/domain/spm.md).

Every table carries ``pemda`` (docs/adr/0002-tenancy.md). A count is a whole number (the
column cannot hold a fraction or a negative); ``None`` is "N/A" (the office says the count is
not available), while a missing row means "not entered yet".
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from renjana.apps.organisasi.models import Pemda, PerangkatDaerah


class PopulasiPpks(models.Model):
    """The population of one jenis PPKS in one year, for the whole area or one kecamatan.

    ``satuan`` is copied from the reference (jiwa, or KK for Fakir Miskin, Keluarga
    Bermasalah Sosial Psikologis and KAT) when the count is entered, so a later edit of the
    reference cannot change what a stored number counts.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="populasi_ppks"
    )
    tahun = models.PositiveSmallIntegerField()
    jenis = models.ForeignKey("referensi.JenisPpks", on_delete=models.PROTECT, related_name="+")
    kecamatan = models.ForeignKey(
        "referensi.Wilayah", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    jumlah = models.PositiveBigIntegerField(null=True, blank=True, help_text="Kosong = N/A.")
    satuan = models.CharField(max_length=20)

    class Meta:
        verbose_name = "populasi PPKS"
        verbose_name_plural = "populasi PPKS"
        ordering = ["perangkat_daerah", "tahun", "jenis__nomor", "kecamatan__kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "jenis"],
                condition=Q(kecamatan__isnull=True),
                name="populasi_ppks_wilayah_unik",
            ),
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "jenis", "kecamatan"],
                condition=Q(kecamatan__isnull=False),
                name="populasi_ppks_kecamatan_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.tahun}"


class PopulasiPsks(models.Model):
    """The count of one jenis PSKS (or LKS sub-type) in one year, area-wide or per kecamatan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="populasi_psks"
    )
    tahun = models.PositiveSmallIntegerField()
    jenis = models.ForeignKey("referensi.JenisPsks", on_delete=models.PROTECT, related_name="+")
    kecamatan = models.ForeignKey(
        "referensi.Wilayah", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    jumlah = models.PositiveBigIntegerField(null=True, blank=True, help_text="Kosong = N/A.")

    class Meta:
        verbose_name = "populasi PSKS"
        verbose_name_plural = "populasi PSKS"
        ordering = ["perangkat_daerah", "tahun", "jenis__kode", "kecamatan__kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "jenis"],
                condition=Q(kecamatan__isnull=True),
                name="populasi_psks_wilayah_unik",
            ),
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "jenis", "kecamatan"],
                condition=Q(kecamatan__isnull=False),
                name="populasi_psks_kecamatan_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.tahun}"


class SumberHarus(models.TextChoices):
    """Where "jumlah yang harus dilayani" of a jenis layanan comes from."""

    MANUAL = "manual", "Diisi langsung"
    POPULASI = "populasi", "Dari data populasi PPKS"


class CapaianSpm(models.Model):
    """Counts of one SPM jenis pelayanan dasar for an office and year.

    With ``sumber_harus = populasi`` the persons to be served are not stored: they are the
    population of the mapped PPKS kinds in the same year (``apps.spm.pemetaan``), recomputed
    on every read.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="capaian_spm"
    )
    tahun = models.PositiveSmallIntegerField()
    jenis = models.ForeignKey(
        "referensi.SpmJenisLayanan", on_delete=models.PROTECT, related_name="+"
    )
    sumber_harus = models.CharField(
        "sumber jumlah harus dilayani",
        max_length=10,
        choices=SumberHarus.choices,
        default=SumberHarus.MANUAL,
    )
    harus_dilayani = models.PositiveBigIntegerField("jumlah harus dilayani", null=True, blank=True)
    terlayani = models.PositiveBigIntegerField("jumlah terlayani", null=True, blank=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "capaian SPM"
        verbose_name_plural = "capaian SPM"
        ordering = ["perangkat_daerah", "tahun", "jenis__nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "jenis"], name="capaian_spm_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.tahun}"


class CapaianSpmMutu(models.Model):
    """Counts of one mutu item of a jenis layanan (harus dilayani and terlayani)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    capaian = models.ForeignKey(CapaianSpm, on_delete=models.CASCADE, related_name="mutu")
    item = models.ForeignKey("referensi.SpmMutuItem", on_delete=models.PROTECT, related_name="+")
    harus_dilayani = models.PositiveBigIntegerField("jumlah harus dilayani", null=True, blank=True)
    terlayani = models.PositiveBigIntegerField("jumlah terlayani", null=True, blank=True)

    class Meta:
        verbose_name = "capaian mutu SPM"
        verbose_name_plural = "capaian mutu SPM"
        ordering = ["capaian", "item__nomor"]
        constraints = [
            models.UniqueConstraint(fields=["capaian", "item"], name="capaian_spm_mutu_unik")
        ]

    def __str__(self) -> str:
        return f"{self.item} ({self.capaian})"
