"""Realisation as raw inputs: per triwulan, or an annual figure reported as such.

``Periode.TAHUN`` holds an annual value that was reported without a triwulan split (e.g.
imported from last year's document). Capaian, percentages and roll-ups are never stored;
the core computes them (docs/adr/0004-realisasi-periode.md).

Entry per triwulan is governed by a deadline per pemda (``JadwalRealisasi``), exceptions an
admin grants to one office (``PengecualianJadwal``), a verification status per Renja and
triwulan (``StatusRealisasi``) with the verifier's notes (``CatatanRealisasi``), and evidence
files attached to an entry (``BuktiRealisasi``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import PurePosixPath
from types import MappingProxyType

from django.db import models

from renjana.apps.fields import money_field, value_field
from renjana.apps.organisasi.models import Pemda, PerangkatDaerah
from renjana.core.idformat import format_number
from renjana.core.numbers import D


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


# --- Entry per triwulan: windows, exceptions, status, notes and evidence ------------------


class Triwulan(models.IntegerChoices):
    """A quarter of the budget year; ``Periode`` names the same quarter in realisation rows."""

    TW1 = 1, "Triwulan I"
    TW2 = 2, "Triwulan II"
    TW3 = 3, "Triwulan III"
    TW4 = 4, "Triwulan IV"


#: The realisation period of each triwulan.
PERIODE_TRIWULAN: Mapping[int, str] = MappingProxyType(
    {1: Periode.TW1, 2: Periode.TW2, 3: Periode.TW3, 4: Periode.TW4}
)


class JadwalRealisasi(models.Model):
    """The deadline for entering one triwulan's realisation, for every office of a pemda.

    Set by the Bappeda admin. Without a row the documented default applies
    (``services.jadwal.default_batas_waktu``: ten days after the triwulan ends).
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=Triwulan.choices)
    batas_waktu = models.DateField("batas waktu pengisian")
    ditetapkan_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "jadwal pengisian realisasi"
        verbose_name_plural = "jadwal pengisian realisasi"
        ordering = ["pemda", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "tahun", "triwulan"], name="jadwal_realisasi_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.pemda} {self.tahun} {self.get_triwulan_display()}: {self.batas_waktu}"


class PengecualianJadwal(models.Model):
    """An admin's exception: one office may still enter a closed triwulan until a date."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="pengecualian_realisasi"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=Triwulan.choices)
    berlaku_sampai = models.DateField("berlaku sampai")
    alasan = models.TextField()
    diberikan_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, related_name="+"
    )
    diberikan_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "pengecualian jadwal realisasi"
        verbose_name_plural = "pengecualian jadwal realisasi"
        ordering = ["perangkat_daerah", "tahun", "triwulan", "-berlaku_sampai"]

    def __str__(self) -> str:
        return (
            f"{self.perangkat_daerah.nama} {self.tahun} {self.get_triwulan_display()} "
            f"s.d. {self.berlaku_sampai}"
        )


class StatusTriwulan(models.TextChoices):
    """Where one triwulan's realisation of a Renja stands in verification."""

    DIISI = "diisi", "Diisi"
    DIAJUKAN = "diajukan", "Diajukan"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"
    DITERIMA = "diterima", "Diterima"


class StatusRealisasi(models.Model):
    """The verification status of one triwulan of a Renja (no row: nothing entered yet)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renja = models.ForeignKey(
        "perencanaan.Renja", on_delete=models.CASCADE, related_name="status_realisasi"
    )
    triwulan = models.PositiveSmallIntegerField(choices=Triwulan.choices)
    status = models.CharField(
        max_length=14, choices=StatusTriwulan.choices, default=StatusTriwulan.DIISI
    )
    diubah_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "status realisasi triwulan"
        verbose_name_plural = "status realisasi triwulan"
        ordering = ["renja", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["renja", "triwulan"], name="status_realisasi_unik")
        ]

    def __str__(self) -> str:
        return f"{self.renja} {self.get_triwulan_display()}: {self.get_status_display()}"


class CatatanRealisasi(models.Model):
    """A verifier's note on one triwulan of a Renja, on a row or on the whole triwulan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renja = models.ForeignKey(
        "perencanaan.Renja", on_delete=models.CASCADE, related_name="catatan_realisasi"
    )
    triwulan = models.PositiveSmallIntegerField(choices=Triwulan.choices)
    baris = models.ForeignKey(
        "perencanaan.RenjaBaris",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="catatan_realisasi",
    )
    teks = models.TextField()
    oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    selesai = models.BooleanField(default=False)

    class Meta:
        verbose_name = "catatan verifikasi realisasi"
        verbose_name_plural = "catatan verifikasi realisasi"
        ordering = ["renja", "triwulan", "dibuat_pada", "id"]

    def __str__(self) -> str:
        return self.teks[:60]


def bukti_path(instance: BuktiRealisasi, filename: str) -> str:
    """``bukti/<pemda>/<tahun>/<random>.<ext>``: never the uploaded name, which is kept apart."""
    ext = PurePosixPath(filename).suffix.lower()
    return f"bukti/{instance.pemda_id}/{instance.tahun}/{uuid.uuid4().hex}{ext}"


class BuktiRealisasi(models.Model):
    """An evidence file of one realisation entry: kinerja of an indicator or anggaran of a row.

    Stored under ``MEDIA_ROOT`` and served only through an access-checked view.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    realisasi_kinerja = models.ForeignKey(
        RealisasiKinerja, on_delete=models.CASCADE, null=True, blank=True, related_name="bukti"
    )
    realisasi_anggaran = models.ForeignKey(
        RealisasiAnggaran, on_delete=models.CASCADE, null=True, blank=True, related_name="bukti"
    )
    berkas = models.FileField(upload_to=bukti_path, max_length=200)
    nama_asli = models.CharField("nama berkas", max_length=200)
    jenis = models.CharField(max_length=10)
    ukuran = models.PositiveIntegerField("ukuran (bita)")
    diunggah_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, related_name="+"
    )
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bukti realisasi"
        verbose_name_plural = "bukti realisasi"
        ordering = ["diunggah_pada", "id"]
        constraints = [
            models.CheckConstraint(
                name="bukti_realisasi_satu_entri",
                condition=(
                    models.Q(realisasi_kinerja__isnull=False, realisasi_anggaran__isnull=True)
                    | models.Q(realisasi_kinerja__isnull=True, realisasi_anggaran__isnull=False)
                ),
            )
        ]

    def __str__(self) -> str:
        return self.nama_asli

    @property
    def ukuran_label(self) -> str:
        """``815 bita``, ``120,5 KB`` or ``2,3 MB``."""
        if self.ukuran < 1024:
            return f"{self.ukuran} bita"
        kb = D(self.ukuran) / 1024
        if kb < 1024:
            return f"{format_number(kb.quantize(D('0.1')))} KB"
        return f"{format_number((kb / 1024).quantize(D('0.1')))} MB"
