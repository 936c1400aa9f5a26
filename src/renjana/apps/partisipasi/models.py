"""Participation data: the RKPD draft rows an office reviews, the proposals it receives, the
priorities agreed for it and the Forum Perangkat Daerah agreements.

Only raw inputs are stored (ADR 0001): RKPD pagu on leaf rows, a proposal's estimated cost
and, per link to a Renja sub kegiatan, the amount accommodated there. Shares, totals and
differences are computed by ``renjana.core`` (``partisipasi``, ``review_rkpd``, ``prioritas``).
Every table carries ``pemda`` (ADR 0002).
"""

from __future__ import annotations

from typing import Any

from django.db import models

from renjana.apps.fields import money_field, value_field
from renjana.apps.organisasi.models import Pemda, PerangkatDaerah
from renjana.core import partisipasi as core


class SumberUsulan(models.TextChoices):
    MUSRENBANG = core.Sumber.MUSRENBANG.value, core.Sumber.MUSRENBANG.label
    POKIR = core.Sumber.POKIR.value, core.Sumber.POKIR.label
    FORUM_PD = core.Sumber.FORUM_PD.value, core.Sumber.FORUM_PD.label
    PEMANGKU_KEPENTINGAN = (
        core.Sumber.PEMANGKU_KEPENTINGAN.value,
        core.Sumber.PEMANGKU_KEPENTINGAN.label,
    )
    ASPIRASI = core.Sumber.ASPIRASI.value, core.Sumber.ASPIRASI.label


class TingkatMusrenbang(models.TextChoices):
    DESA = core.TingkatMusrenbang.DESA.value, core.TingkatMusrenbang.DESA.label
    KECAMATAN = core.TingkatMusrenbang.KECAMATAN.value, core.TingkatMusrenbang.KECAMATAN.label
    KABKOTA = core.TingkatMusrenbang.KABKOTA.value, core.TingkatMusrenbang.KABKOTA.label
    PROVINSI = core.TingkatMusrenbang.PROVINSI.value, core.TingkatMusrenbang.PROVINSI.label


class StatusUsulan(models.TextChoices):
    BARU = "baru", "Belum ditelaah"
    DITELAAH = "ditelaah", "Ditelaah"
    DIPUTUSKAN = "diputuskan", "Diputuskan"


class Keputusan(models.TextChoices):
    DIAKOMODIR = core.Keputusan.DIAKOMODIR.value, core.Keputusan.DIAKOMODIR.label
    DIAKOMODIR_SEBAGIAN = (
        core.Keputusan.DIAKOMODIR_SEBAGIAN.value,
        core.Keputusan.DIAKOMODIR_SEBAGIAN.label,
    )
    TIDAK_DIAKOMODIR = core.Keputusan.TIDAK_DIAKOMODIR.value, core.Keputusan.TIDAK_DIAKOMODIR.label
    DIALIHKAN = core.Keputusan.DIALIHKAN.value, core.Keputusan.DIALIHKAN.label


class RkpdBaris(models.Model):
    """A row of the Rancangan Awal RKPD for one office and year (T-C.31, left half)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="rkpd_baris"
    )
    tahun = models.PositiveSmallIntegerField()
    kode = models.CharField(max_length=24)
    level = models.CharField(max_length=12)
    nama = models.TextField()
    indikator = models.TextField(blank=True)
    target_nilai = value_field("target", null=True, blank=True)
    target_teks = models.CharField("target (teks)", max_length=200, blank=True)
    satuan = models.CharField(max_length=60, blank=True)
    pagu = money_field("pagu indikatif", null=True, blank=True)

    class Meta:
        verbose_name = "baris Rancangan Awal RKPD"
        verbose_name_plural = "baris Rancangan Awal RKPD"
        ordering = ["perangkat_daerah", "tahun", "kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "kode"], name="rkpd_baris_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class KeteranganReview(models.Model):
    """The keterangan of one code in the T-C.31 review, whichever half holds the code."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="+"
    )
    tahun = models.PositiveSmallIntegerField()
    kode = models.CharField(max_length=24)
    teks = models.TextField()

    class Meta:
        verbose_name = "keterangan review RKPD"
        verbose_name_plural = "keterangan review RKPD"
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "kode"], name="keterangan_review_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kode}: {self.teks[:40]}"


class Usulan(models.Model):
    """A proposal for the office ``perangkat_daerah`` (its owner, who screens and decides it).

    A proposal decided ``dialihkan`` stays with its office as decided; a copy owned by the
    receiving office is made with ``asal`` pointing back to it.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, related_name="usulan"
    )
    tahun = models.PositiveSmallIntegerField("tahun rencana")
    nomor = models.PositiveIntegerField()
    sumber = models.CharField(max_length=24, choices=SumberUsulan.choices)
    tingkat_musrenbang = models.CharField(
        max_length=12, choices=TingkatMusrenbang.choices, blank=True
    )
    pengusul = models.CharField(max_length=300, blank=True)
    anggota_dprd = models.CharField("anggota DPRD", max_length=200, blank=True)
    fraksi = models.CharField(max_length=100, blank=True)
    dapil = models.CharField("daerah pemilihan", max_length=100, blank=True)
    uraian = models.TextField()
    wilayah = models.ForeignKey(
        "referensi.Wilayah", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lokasi_rincian = models.CharField("rincian lokasi (RT/RW, jalan)", max_length=300, blank=True)
    lokasi_teks = models.CharField(max_length=400, blank=True)
    volume_nilai = value_field("volume", null=True, blank=True)
    volume_satuan = models.CharField(max_length=60, blank=True)
    volume_teks = models.CharField(max_length=200, blank=True)
    biaya = money_field("perkiraan biaya", null=True, blank=True)
    catatan = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=StatusUsulan.choices, default="baru")
    sesuai_tugas = models.BooleanField("sesuai tugas dan fungsi", null=True, blank=True)
    sesuai_kewenangan = models.BooleanField("sesuai kewenangan tingkat", null=True, blank=True)
    dapat_didanai = models.BooleanField(null=True, blank=True)
    catatan_telaah = models.TextField(blank=True)
    keputusan = models.CharField(max_length=24, choices=Keputusan.choices, blank=True)
    alasan = models.TextField(blank=True)
    dialihkan_ke = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    asal = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="penerusan"
    )
    diputuskan_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    diputuskan_pada = models.DateTimeField(null=True, blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "usulan"
        verbose_name_plural = "usulan"
        ordering = ["perangkat_daerah", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "nomor"], name="usulan_nomor_unik"
            )
        ]

    def __str__(self) -> str:
        return f"Usulan {self.nomor}/{self.tahun}: {self.uraian[:60]}"


class UsulanBaris(models.Model):
    """A Renja sub kegiatan that carries (part of) an accommodated proposal, with the amount."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    usulan = models.ForeignKey(Usulan, on_delete=models.CASCADE, related_name="akomodasi")
    baris = models.ForeignKey(
        "perencanaan.RenjaBaris", on_delete=models.CASCADE, related_name="usulan_akomodasi"
    )
    jumlah = money_field("jumlah diakomodir")

    class Meta:
        verbose_name = "akomodasi usulan"
        verbose_name_plural = "akomodasi usulan"
        ordering = ["usulan", "baris__kode"]
        constraints = [
            models.UniqueConstraint(fields=["usulan", "baris"], name="usulan_baris_unik")
        ]

    def __str__(self) -> str:
        return f"{self.usulan_id} → {self.baris_id}"


def _lampiran_path(instance: Any, filename: str) -> str:
    return f"usulan/{instance.pemda_id}/{instance.usulan_id}/{filename}"


class LampiranUsulan(models.Model):
    """A file attached to a proposal (proposal letter, photo, berita acara Musrenbang)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    usulan = models.ForeignKey(Usulan, on_delete=models.CASCADE, related_name="lampiran")
    berkas = models.FileField(upload_to=_lampiran_path, max_length=300)
    nama = models.CharField(max_length=200)
    ukuran = models.PositiveIntegerField(default=0)
    diunggah_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "lampiran usulan"
        verbose_name_plural = "lampiran usulan"
        ordering = ["usulan", "diunggah_pada"]

    def __str__(self) -> str:
        return self.nama


class PrioritasDisepakati(models.Model):
    """A priority agreed for an office's plan of one year (e.g. in the Forum PD)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="+"
    )
    tahun = models.PositiveSmallIntegerField()
    prioritas = models.ForeignKey("referensi.Prioritas", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = "prioritas disepakati"
        verbose_name_plural = "prioritas disepakati"
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "prioritas"], name="prioritas_disepakati_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.perangkat_daerah_id} {self.tahun}: {self.prioritas_id}"


class KesepakatanForum(models.Model):
    """A target agreed in the Forum Perangkat Daerah berita acara (domain.md §2.M(c))."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="kesepakatan_forum"
    )
    tahun = models.PositiveSmallIntegerField("tahun rencana")
    nomor = models.PositiveSmallIntegerField()
    indikator = models.TextField()
    target_nasional_nilai = value_field("target nasional", null=True, blank=True)
    target_nasional_satuan = models.CharField(max_length=60, blank=True)
    target_nasional_teks = models.CharField(max_length=200, blank=True)
    target_daerah_nilai = value_field("target provinsi/daerah", null=True, blank=True)
    target_daerah_satuan = models.CharField(max_length=60, blank=True)
    target_daerah_teks = models.CharField(max_length=200, blank=True)
    catatan = models.TextField("catatan/rekomendasi", blank=True)
    baris = models.ForeignKey(
        "perencanaan.RenjaBaris",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="kesepakatan_forum",
    )

    class Meta:
        verbose_name = "kesepakatan Forum PD"
        verbose_name_plural = "kesepakatan Forum PD"
        ordering = ["perangkat_daerah", "tahun", "nomor"]

    def __str__(self) -> str:
        return self.indikator[:80]


class PengaturanPartisipasi(models.Model):
    """Per-pemda settings: the minimum share of proposals to accommodate (e.g. 30 %)."""

    pemda = models.OneToOneField(Pemda, on_delete=models.CASCADE, related_name="+")
    persen_minimum = models.DecimalField(
        "persentase minimum usulan diakomodir",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
    )
    dasar_hukum = models.TextField(blank=True)

    class Meta:
        verbose_name = "pengaturan partisipasi"
        verbose_name_plural = "pengaturan partisipasi"

    def __str__(self) -> str:
        return f"Pengaturan partisipasi {self.pemda_id}"
