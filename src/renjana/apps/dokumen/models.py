"""What a Renja or RKT says beyond the plan numbers, as stored inputs.

Every table carries ``pemda`` (docs/adr/0002-tenancy.md). Totals of the staff tables are never
stored (``core.sdm`` computes them); the text of a data-driven paragraph is stored only as the
planner's starting point or edit, its numbers always come from the data when it is refilled.
Enumerations (jenis regulasi, jenjang, golongan, bagian keys) are defined in the core and only
mirrored here as choices.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from renjana.apps.organisasi.models import Pemda, PerangkatDaerah
from renjana.core.landasan_hukum import JenisRegulasi
from renjana.core.naskah import JenisDokumen
from renjana.core.sdm import GOLONGAN, Jenjang, StatusPegawai

JENIS_DOKUMEN = [(j.value, j.label) for j in JenisDokumen]
JENIS_REGULASI = [(j.value, j.label) for j in JenisRegulasi]
JENJANG = [(j.value, j.label) for j in Jenjang]
STATUS_PEGAWAI = [(s.value, s.label) for s in StatusPegawai]
GOLONGAN_CHOICES = [(g, g) for g in GOLONGAN]


class Naskah(models.Model):
    """One document of an office: the Renja of a year (linked to it) or the RKT of a year.

    Holds the place and date printed above the head of office's signature (Kata Pengantar,
    BAB V); the name, pangkat and NIP are the office's (``PerangkatDaerah.kepala_*``).
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="naskah"
    )
    jenis = models.CharField(max_length=8, choices=JENIS_DOKUMEN)
    tahun = models.PositiveSmallIntegerField()
    renja = models.ForeignKey(
        "perencanaan.Renja", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    ttd_tempat = models.CharField("tempat penandatanganan", max_length=100, blank=True)
    ttd_tanggal = models.DateField("tanggal penandatanganan", null=True, blank=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "naskah dokumen"
        verbose_name_plural = "naskah dokumen"
        ordering = ["perangkat_daerah", "-tahun", "jenis"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "jenis", "tahun"], name="naskah_unik"
            ),
            models.CheckConstraint(
                name="naskah_renja_hanya_untuk_renja",
                condition=Q(jenis="renja", renja__isnull=False)
                | Q(jenis="rkt", renja__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{JenisDokumen(self.jenis).label} {self.tahun} {self.perangkat_daerah.nama}"


class NarasiBagian(models.Model):
    """The text of one narrative part (``core.naskah.Bagian.kunci``) of a document.

    ``diubah_manual`` is set when a planner edits it; "Isi ulang dari data" refreshes only
    the parts that were not edited by hand (or one part on request).
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    naskah = models.ForeignKey(Naskah, on_delete=models.CASCADE, related_name="bagian")
    bagian = models.CharField(max_length=60)
    teks = models.TextField(blank=True)
    diubah_manual = models.BooleanField(default=False)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "narasi bagian"
        verbose_name_plural = "narasi bagian"
        ordering = ["naskah", "id"]
        constraints = [
            models.UniqueConstraint(fields=["naskah", "bagian"], name="narasi_bagian_unik")
        ]

    def __str__(self) -> str:
        return f"{self.naskah} · {self.bagian}"


class LandasanHukum(models.Model):
    """One regulation of a landasan hukum list, in its place (``urutan``).

    With ``perangkat_daerah`` it belongs to that office's list, which its documents print;
    without, it is one of the pemda's regional regulations that any office may add to its
    list (kept by the admin Bappeda). Gazette numbers are optional (``core.landasan_hukum``).
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="landasan_hukum",
    )
    urutan = models.PositiveIntegerField(default=0)
    jenis = models.CharField(max_length=12, choices=JENIS_REGULASI)
    penerbit = models.CharField(
        max_length=200,
        blank=True,
        help_text="Diisi bila perlu: mis. 'Provinsi Sulawesi Barat' untuk Perda, 'Kepala Dinas "
        "Sosial' untuk SK, atau nama jenis untuk 'Lainnya'.",
    )
    nomor = models.CharField(max_length=40, blank=True)
    tahun = models.PositiveSmallIntegerField(null=True, blank=True)
    tentang = models.TextField()
    lembaran_tahun = models.PositiveSmallIntegerField(null=True, blank=True)
    lembaran_nomor = models.CharField(max_length=20, blank=True)
    tambahan_nomor = models.CharField(max_length=20, blank=True)
    tanggal = models.DateField("tanggal penetapan", null=True, blank=True)

    class Meta:
        verbose_name = "landasan hukum"
        verbose_name_plural = "landasan hukum"
        ordering = ["pemda", "perangkat_daerah", "urutan", "id"]

    def __str__(self) -> str:
        return f"{JenisRegulasi(self.jenis).label} {self.nomor}/{self.tahun or '-'}"


class ProfilOpd(models.Model):
    """The office profile of the RKT: tugas pokok, fungsi (a list of lines) and the
    struktur organisasi (``[{"nama": …, "induk": … or null}, …]``, checked by
    ``core.profil.check_struktur``)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.OneToOneField(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="profil"
    )
    dasar_hukum = models.CharField(
        "dasar hukum tugas dan fungsi",
        max_length=300,
        blank=True,
        help_text="Mis. 'Peraturan Wali Kota Medan Nomor 1 Tahun 2022'.",
    )
    tugas_pokok = models.TextField(blank=True)
    fungsi = models.JSONField(default=list, blank=True)
    struktur = models.JSONField(default=list, blank=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "profil perangkat daerah"
        verbose_name_plural = "profil perangkat daerah"

    def __str__(self) -> str:
        return f"Profil {self.perangkat_daerah.nama}"


class PegawaiPendidikan(models.Model):
    """Staff of an office in a year by status (ASN/PHL) and jenjang pendidikan, by sex."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="pegawai_pendidikan"
    )
    tahun = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=4, choices=STATUS_PEGAWAI)
    jenjang = models.CharField(max_length=4, choices=JENJANG)
    laki_laki = models.PositiveIntegerField(default=0)
    perempuan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "pegawai menurut pendidikan"
        verbose_name_plural = "pegawai menurut pendidikan"
        ordering = ["perangkat_daerah", "tahun", "status", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "status", "jenjang"],
                name="pegawai_pendidikan_unik",
            )
        ]

    def __str__(self) -> str:
        return f"{self.status} {self.jenjang} {self.tahun}"


class PegawaiGolongan(models.Model):
    """Civil servants (ASN) of an office in a year by golongan/ruang, by sex."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="pegawai_golongan"
    )
    tahun = models.PositiveSmallIntegerField()
    golongan = models.CharField(max_length=5, choices=GOLONGAN_CHOICES)
    laki_laki = models.PositiveIntegerField(default=0)
    perempuan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "pegawai menurut golongan"
        verbose_name_plural = "pegawai menurut golongan"
        ordering = ["perangkat_daerah", "tahun", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "golongan"], name="pegawai_golongan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.golongan} {self.tahun}"
