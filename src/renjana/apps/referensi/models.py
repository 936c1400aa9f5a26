"""Reference data as dated regulation facts, mirrored from ``renjana.reference`` data files.

Each dataset names its regulation (``dasar_hukum``) and effective year (``berlaku_mulai``):
a new Kepmendagri nomenclature is a new ``NomenklaturVersi`` with its rows, not a code change.
Reference data is shared by every pemda and so carries no tenant key, except ``Prioritas``
catalogs that a pemda defines for itself.
"""

from __future__ import annotations

from django.db import models

from renjana.apps.organisasi.models import Pemda


class TingkatNomenklatur(models.TextChoices):
    PROVINSI = "provinsi", "Provinsi"
    KABKOTA = "kabkota", "Kabupaten/Kota"
    SEMUA = "semua", "Semua"


class LevelNomenklatur(models.TextChoices):
    URUSAN = "urusan", "Urusan"
    BIDANG = "bidang", "Bidang Urusan"
    PROGRAM = "program", "Program"
    KEGIATAN = "kegiatan", "Kegiatan"
    SUB_KEGIATAN = "subkegiatan", "Sub Kegiatan"


class NomenklaturVersi(models.Model):
    """One published nomenclature list (e.g. Kepmendagri 050-5889/2021)."""

    kode = models.SlugField(max_length=60, unique=True)
    nama = models.CharField(max_length=200)
    dasar_hukum = models.TextField("dasar hukum")
    berlaku_mulai = models.PositiveSmallIntegerField("berlaku mulai tahun")

    class Meta:
        verbose_name = "versi nomenklatur"
        verbose_name_plural = "versi nomenklatur"
        ordering = ["-berlaku_mulai"]

    def __str__(self) -> str:
        return f"{self.nama} (berlaku {self.berlaku_mulai})"


class Nomenklatur(models.Model):
    """One node (urusan … sub kegiatan) of a nomenclature version, with its indicator."""

    versi = models.ForeignKey(NomenklaturVersi, on_delete=models.CASCADE, related_name="items")
    kode = models.CharField(max_length=24)
    level = models.CharField(max_length=12, choices=LevelNomenklatur.choices)
    tingkat = models.CharField(max_length=10, choices=TingkatNomenklatur.choices)
    nama = models.TextField()
    indikator = models.TextField(blank=True)
    satuan = models.CharField(max_length=60, blank=True)
    sumber = models.TextField(blank=True)
    urutan = models.CharField(max_length=40, help_text="Kunci urut nomenklatur.")

    class Meta:
        verbose_name = "nomenklatur"
        verbose_name_plural = "nomenklatur"
        ordering = ["versi", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["versi", "kode", "tingkat"], name="nomenklatur_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class SumberDana(models.Model):
    """SIPD classification of funding sources (kode, nama)."""

    kode = models.CharField(max_length=30, unique=True)
    nama = models.CharField(max_length=300)
    dasar_hukum = models.TextField(blank=True)

    class Meta:
        verbose_name = "sumber dana"
        verbose_name_plural = "sumber dana"
        ordering = ["kode"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class LevelWilayah(models.TextChoices):
    PROVINSI = "provinsi", "Provinsi"
    KABKOTA = "kabkota", "Kabupaten/Kota"
    KECAMATAN = "kecamatan", "Kecamatan"
    DESA = "desa", "Kelurahan/Desa"


class Wilayah(models.Model):
    """A Kemendagri administrative area (provinsi, kab/kota, kecamatan, kelurahan/desa)."""

    kode = models.CharField(max_length=13, unique=True)
    nama = models.CharField(max_length=200)
    level = models.CharField(max_length=10, choices=LevelWilayah.choices)
    induk = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak"
    )

    class Meta:
        verbose_name = "wilayah"
        verbose_name_plural = "wilayah"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama


class JenisPpks(models.Model):
    """One of the 26 jenis PPKS/PMKS (Permensos 8/2012)."""

    nomor = models.PositiveSmallIntegerField(unique=True)
    nama = models.CharField(max_length=200)
    satuan = models.CharField(max_length=20)
    alias = models.JSONField(default=list, blank=True)
    dasar_hukum = models.TextField(blank=True)

    class Meta:
        verbose_name = "jenis PPKS"
        verbose_name_plural = "jenis PPKS"
        ordering = ["nomor"]

    def __str__(self) -> str:
        return self.nama


class JenisPsks(models.Model):
    """One of the 12 jenis PSKS, with LKS sub-types as children."""

    kode = models.CharField(max_length=10, unique=True)
    nama = models.CharField(max_length=200)
    induk = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak"
    )
    dasar_hukum = models.TextField(blank=True)

    class Meta:
        verbose_name = "jenis PSKS"
        verbose_name_plural = "jenis PSKS"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama


class SpmJenisLayanan(models.Model):
    """An SPM Bidang Sosial jenis pelayanan dasar for one tingkat."""

    tingkat = models.CharField(max_length=10, choices=TingkatNomenklatur.choices[:2])
    nomor = models.PositiveSmallIntegerField()
    nama = models.TextField()
    indikator = models.TextField(blank=True)
    dasar_hukum = models.TextField()
    berlaku_mulai = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = "jenis layanan SPM"
        verbose_name_plural = "jenis layanan SPM"
        ordering = ["tingkat", "berlaku_mulai", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["tingkat", "berlaku_mulai", "nomor"], name="spm_jenis_unik"
            )
        ]

    def __str__(self) -> str:
        return self.nama


class SpmMutuItem(models.Model):
    """A mutu (quality) item of an SPM jenis layanan (Permensos 9/2018)."""

    jenis = models.ForeignKey(SpmJenisLayanan, on_delete=models.CASCADE, related_name="mutu")
    nomor = models.PositiveSmallIntegerField()
    nama = models.TextField()
    satuan = models.CharField(max_length=30, default="Orang")

    class Meta:
        verbose_name = "item mutu SPM"
        verbose_name_plural = "item mutu SPM"
        ordering = ["jenis", "nomor"]
        constraints = [models.UniqueConstraint(fields=["jenis", "nomor"], name="spm_mutu_unik")]

    def __str__(self) -> str:
        return self.nama


class Skala(models.Model):
    """A dated rating scale: predikat capaian, SAKIP grades, SPM index categories."""

    kode = models.SlugField(max_length=60)
    nama = models.CharField(max_length=200)
    dasar_hukum = models.TextField()
    berlaku_mulai = models.PositiveSmallIntegerField()
    perlu_verifikasi = models.BooleanField(default=False)

    class Meta:
        verbose_name = "skala predikat"
        verbose_name_plural = "skala predikat"
        ordering = ["kode", "-berlaku_mulai"]
        constraints = [models.UniqueConstraint(fields=["kode", "berlaku_mulai"], name="skala_unik")]

    def __str__(self) -> str:
        return f"{self.nama} ({self.berlaku_mulai})"


class SkalaBand(models.Model):
    """One band of a scale: ``batas_bawah`` < / ≤ value < / ≤ ``batas_atas`` → ``label``."""

    skala = models.ForeignKey(Skala, on_delete=models.CASCADE, related_name="bands")
    label = models.CharField(max_length=80)
    batas_bawah = models.DecimalField(max_digits=9, decimal_places=4, null=True, blank=True)
    bawah_inklusif = models.BooleanField(default=True)
    batas_atas = models.DecimalField(max_digits=9, decimal_places=4, null=True, blank=True)
    atas_inklusif = models.BooleanField(default=True)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["skala", "urutan"]

    def __str__(self) -> str:
        return self.label


class JenisPrioritas(models.TextChoices):
    NASIONAL = "nasional", "Prioritas Nasional"
    PROVINSI = "provinsi", "Prioritas Provinsi"
    DAERAH = "daerah", "Prioritas Daerah"


class Prioritas(models.Model):
    """A dated priority catalog entry (PN/PP of the RPJMN, provincial or regional priority).

    National priorities have no pemda; provincial and regional ones belong to the pemda that
    set them.
    """

    jenis = models.CharField(max_length=10, choices=JenisPrioritas.choices)
    pemda = models.ForeignKey(
        Pemda, on_delete=models.CASCADE, null=True, blank=True, related_name="prioritas"
    )
    kode = models.CharField(max_length=30, blank=True)
    nama = models.TextField()
    tahun_mulai = models.PositiveSmallIntegerField(null=True, blank=True)
    tahun_akhir = models.PositiveSmallIntegerField(null=True, blank=True)
    dasar_hukum = models.TextField(blank=True)
    induk = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak"
    )

    class Meta:
        verbose_name = "prioritas"
        verbose_name_plural = "prioritas"
        ordering = ["jenis", "kode", "nama"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}".strip()
