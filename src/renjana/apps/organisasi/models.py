"""Who plans: the pemda (tenant), its perangkat daerah and their bidang, and the users.

Every table that holds office data carries the ``pemda`` key, so a national deployment can
shard by tenant without a redesign (docs/adr/0002-tenancy.md).
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class Tingkat(models.TextChoices):
    """Level of government; decides the level digit of kegiatan codes (1 / 2)."""

    PROVINSI = "provinsi", "Provinsi"
    KABKOTA = "kabkota", "Kabupaten/Kota"


class Peran(models.TextChoices):
    """Roles of Renjana users (docs/permissions.md)."""

    ADMIN = "admin", "Admin Bappeda"
    VERIFIKATOR = "verifikator", "Verifikator Bappeda"
    OPERATOR = "operator", "Operator OPD"
    PIMPINAN = "pimpinan", "Pimpinan (baca saja)"


class Pemda(models.Model):
    """A regional government: the tenant every office record belongs to."""

    kode_wilayah = models.CharField("kode wilayah", max_length=13, unique=True)
    nama = models.CharField(max_length=200)
    tingkat = models.CharField(max_length=10, choices=Tingkat.choices)
    ibukota = models.CharField("ibu kota", max_length=100, blank=True)
    logo = models.ImageField(upload_to="logo/", blank=True)

    class Meta:
        verbose_name = "pemerintah daerah"
        verbose_name_plural = "pemerintah daerah"
        ordering = ["kode_wilayah"]

    def __str__(self) -> str:
        return self.nama


class PerangkatDaerah(models.Model):
    """An office (OPD) of a pemda, e.g. Dinas Sosial; ``kode`` is what every ``--opd`` takes."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="perangkat_daerah")
    kode = models.SlugField(
        max_length=80, unique=True, help_text="Pengenal singkat, dipakai di CLI (--opd) dan URL."
    )
    kode_unit = models.CharField("kode unit organisasi", max_length=30, blank=True)
    nama = models.CharField(max_length=200)
    singkatan = models.CharField(max_length=40, blank=True)
    urusan = models.JSONField(
        default=list, help_text="Kode bidang urusan yang ditangani, mis. ['1.06', '2.13']."
    )
    alamat = models.CharField(max_length=300, blank=True)
    kepala_nama = models.CharField("nama kepala", max_length=150, blank=True)
    kepala_nip = models.CharField("NIP kepala", max_length=30, blank=True)
    kepala_pangkat = models.CharField("pangkat/golongan kepala", max_length=100, blank=True)
    kepala_jabatan = models.CharField("jabatan kepala", max_length=200, blank=True)

    class Meta:
        verbose_name = "perangkat daerah"
        verbose_name_plural = "perangkat daerah"
        ordering = ["pemda__kode_wilayah", "nama"]

    def __str__(self) -> str:
        return f"{self.nama} {self.pemda.nama}"


class UnitKerja(models.Model):
    """A bidang or sekretariat inside an office; rows and entry freshness roll up per bidang."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="unit_kerja"
    )
    nama = models.CharField(max_length=200)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "unit kerja"
        verbose_name_plural = "unit kerja"
        ordering = ["urutan", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "nama"], name="unit_kerja_unik")
        ]

    def __str__(self) -> str:
        return self.nama


class Pengguna(AbstractUser):
    """A user, scoped to one pemda and, for operators and pimpinan, optionally to one office."""

    pemda = models.ForeignKey(
        Pemda, on_delete=models.PROTECT, null=True, blank=True, related_name="pengguna"
    )
    peran = models.CharField(max_length=20, choices=Peran.choices, default=Peran.PIMPINAN)
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, null=True, blank=True, related_name="pengguna"
    )

    class Meta:
        verbose_name = "pengguna"
        verbose_name_plural = "pengguna"

    @property
    def peran_label(self) -> str:
        """The role as shown to people; a superuser administers the whole platform."""
        return "Administrator platform" if self.is_superuser else self.get_peran_display()
