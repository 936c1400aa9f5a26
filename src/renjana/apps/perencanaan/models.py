"""Renstra and Renja as data. Only raw inputs are stored; every total is computed by the core.

A Renja row (``RenjaBaris``) is a node of the nomenclature tree: program, kegiatan or
sub kegiatan. ``pagu`` and ``pagu_n1`` are stored on leaf rows only (sub kegiatan; in
historical data imported at kegiatan level, the kegiatan) — parents are always the sum of
their children, computed by ``renjana.core.tree`` (docs/adr/0001-money.md).
"""

from __future__ import annotations

from django.db import models

from renjana.apps.fields import money_field, value_field
from renjana.apps.organisasi.models import Pemda, PerangkatDaerah, UnitKerja


class Tahap(models.TextChoices):
    """Planning stages of a Renja (domain.md §4.7), in order."""

    RANCANGAN_AWAL = "rancangan_awal", "Rancangan Awal"
    RANCANGAN = "rancangan", "Rancangan"
    RANCANGAN_AKHIR = "rancangan_akhir", "Rancangan Akhir"
    PENETAPAN = "penetapan", "Penetapan"
    PERUBAHAN = "perubahan", "Perubahan"


class StatusRenja(models.TextChoices):
    """Workflow state of the current stage; ``disetujui`` locks it."""

    DISUSUN = "disusun", "Disusun"
    DIAJUKAN = "diajukan", "Diajukan"
    DIKEMBALIKAN = "dikembalikan", "Dikembalikan"
    DISETUJUI = "disetujui", "Disetujui (terkunci)"


class Level(models.TextChoices):
    PROGRAM = "program", "Program"
    KEGIATAN = "kegiatan", "Kegiatan"
    SUB_KEGIATAN = "subkegiatan", "Sub Kegiatan"


class Polaritas(models.TextChoices):
    NAIK = "naik", "Makin tinggi makin baik"
    TURUN = "turun", "Makin rendah makin baik"


class Agregasi(models.TextChoices):
    """How triwulan values make the annual value (domain.md §2.A rule b)."""

    KUMULATIF = "kumulatif", "Kumulatif (dijumlah)"
    NILAI_AKHIR = "nilai_akhir", "Nilai terakhir"
    RATA_RATA = "rata_rata", "Rata-rata"


class Renstra(models.Model):
    """The five-year strategic plan of an office."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, related_name="renstra"
    )
    tahun_awal = models.PositiveSmallIntegerField()
    tahun_akhir = models.PositiveSmallIntegerField()
    dasar_hukum = models.TextField(blank=True)

    class Meta:
        verbose_name = "Renstra"
        verbose_name_plural = "Renstra"
        ordering = ["perangkat_daerah", "-tahun_awal"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun_awal"], name="renstra_unik")
        ]

    def __str__(self) -> str:
        return f"Renstra {self.perangkat_daerah.nama} {self.tahun_awal}–{self.tahun_akhir}"


class RenstraTujuan(models.Model):
    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    nomor = models.PositiveSmallIntegerField(default=1)
    uraian = models.TextField()

    class Meta:
        ordering = ["renstra", "nomor"]

    def __str__(self) -> str:
        return self.uraian


class RenstraSasaran(models.Model):
    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    tujuan = models.ForeignKey(RenstraTujuan, on_delete=models.CASCADE, related_name="sasaran")
    nomor = models.PositiveSmallIntegerField(default=1)
    uraian = models.TextField()

    class Meta:
        ordering = ["tujuan", "nomor"]

    def __str__(self) -> str:
        return self.uraian


class RenstraBaris(models.Model):
    """A program / kegiatan / sub kegiatan of the Renstra, optionally under a sasaran."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="baris")
    induk = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak"
    )
    sasaran = models.ForeignKey(
        RenstraSasaran, on_delete=models.SET_NULL, null=True, blank=True, related_name="baris"
    )
    kode = models.CharField(max_length=24)
    level = models.CharField(max_length=12, choices=Level.choices)
    nama = models.TextField()

    class Meta:
        ordering = ["renstra", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["renstra", "kode"], name="renstra_baris_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class RenstraIndikator(models.Model):
    """An indicator of a tujuan, a sasaran or a Renstra row (exactly one of the three)."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="indikator")
    tujuan = models.ForeignKey(
        RenstraTujuan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    sasaran = models.ForeignKey(
        RenstraSasaran, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    baris = models.ForeignKey(
        RenstraBaris, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    urutan = models.PositiveSmallIntegerField(default=0)
    uraian = models.TextField()
    satuan = models.CharField(max_length=60, blank=True)
    polaritas = models.CharField(max_length=8, choices=Polaritas.choices, default=Polaritas.NAIK)
    agregasi = models.CharField(max_length=12, choices=Agregasi.choices, default=Agregasi.KUMULATIF)
    baseline_nilai = value_field("kondisi awal", null=True, blank=True)
    baseline_teks = models.CharField("kondisi awal (teks)", max_length=200, blank=True)

    class Meta:
        ordering = ["renstra", "urutan", "id"]
        constraints = [
            models.CheckConstraint(
                name="renstra_indikator_satu_induk",
                condition=(
                    models.Q(tujuan__isnull=False, sasaran__isnull=True, baris__isnull=True)
                    | models.Q(tujuan__isnull=True, sasaran__isnull=False, baris__isnull=True)
                    | models.Q(tujuan__isnull=True, sasaran__isnull=True, baris__isnull=False)
                ),
            )
        ]

    def __str__(self) -> str:
        return self.uraian


class RenstraTahunan(models.Model):
    """Target and (once known) realisasi of a Renstra indicator for one year.

    ``realisasi_kumulatif`` marks a realisasi reported as "s/d tahun" (cumulative up to that
    year, T-C.29 column 5) rather than the value of that single year.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    indikator = models.ForeignKey(
        RenstraIndikator, on_delete=models.CASCADE, related_name="tahunan"
    )
    tahun = models.PositiveSmallIntegerField()
    target_nilai = value_field("target", null=True, blank=True)
    target_teks = models.CharField("target (teks)", max_length=200, blank=True)
    realisasi_nilai = value_field("realisasi", null=True, blank=True)
    realisasi_teks = models.CharField("realisasi (teks)", max_length=200, blank=True)
    realisasi_satuan = models.CharField(max_length=60, blank=True)
    realisasi_kumulatif = models.BooleanField(default=False)
    pagu = money_field("pagu", null=True, blank=True)

    class Meta:
        ordering = ["indikator", "tahun"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="renstra_tahunan_unik")
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}"


class RenstraPagu(models.Model):
    """The pagu of a Renstra sub kegiatan for one year of the period.

    Pagu belongs to the row, not to one of its indicators: a sub kegiatan may have no
    indicator yet, or several, and the Renstra funding table prints one amount per row and
    year. Only sub kegiatan carry pagu; program and kegiatan totals are computed
    (docs/adr/0001-money.md), never stored. ``RenstraTahunan.pagu`` is not used for this.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(RenstraBaris, on_delete=models.CASCADE, related_name="pagu_tahunan")
    tahun = models.PositiveSmallIntegerField()
    pagu = money_field("pagu")

    class Meta:
        verbose_name = "pagu Renstra"
        verbose_name_plural = "pagu Renstra"
        ordering = ["baris", "tahun"]
        constraints = [models.UniqueConstraint(fields=["baris", "tahun"], name="renstra_pagu_unik")]

    def __str__(self) -> str:
        return f"{self.baris} {self.tahun}"


class Renja(models.Model):
    """The annual work plan of an office for one year, in its current stage."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, related_name="renja"
    )
    tahun = models.PositiveSmallIntegerField()
    tahap = models.CharField(max_length=20, choices=Tahap.choices, default=Tahap.RANCANGAN_AWAL)
    status = models.CharField(
        max_length=20, choices=StatusRenja.choices, default=StatusRenja.DISUSUN
    )
    versi = models.PositiveIntegerField(default=1)
    renstra = models.ForeignKey(
        Renstra, on_delete=models.SET_NULL, null=True, blank=True, related_name="renja"
    )
    nomenklatur_versi = models.ForeignKey(
        "referensi.NomenklaturVersi", on_delete=models.PROTECT, null=True, blank=True
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Renja"
        verbose_name_plural = "Renja"
        ordering = ["perangkat_daerah", "-tahun"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun"], name="renja_unik")
        ]

    def __str__(self) -> str:
        return f"Renja {self.perangkat_daerah.nama} {self.tahun} ({self.get_tahap_display()})"

    @property
    def terkunci(self) -> bool:
        return self.status == StatusRenja.DISETUJUI


class RenjaBaris(models.Model):
    """A program, kegiatan or sub kegiatan row of a Renja."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renja = models.ForeignKey(Renja, on_delete=models.CASCADE, related_name="baris")
    induk = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak"
    )
    kode = models.CharField(max_length=24)
    level = models.CharField(max_length=12, choices=Level.choices)
    nomenklatur = models.ForeignKey(
        "referensi.Nomenklatur", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    nama = models.TextField()
    unit_kerja = models.ForeignKey(
        UnitKerja, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pagu = money_field("pagu indikatif tahun n", null=True, blank=True)
    pagu_n1 = money_field("pagu indikatif tahun n+1", null=True, blank=True)
    kelompok_sasaran = models.TextField(blank=True)
    waktu_pelaksanaan = models.CharField(max_length=100, blank=True)
    catatan = models.TextField(blank=True)
    prioritas = models.ManyToManyField("referensi.Prioritas", blank=True, related_name="+")

    class Meta:
        verbose_name = "baris Renja"
        verbose_name_plural = "baris Renja"
        ordering = ["renja", "kode"]
        constraints = [models.UniqueConstraint(fields=["renja", "kode"], name="renja_baris_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Indikator(models.Model):
    """A performance indicator of a Renja row with its targets for year n and n+1."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(RenjaBaris, on_delete=models.CASCADE, related_name="indikator")
    urutan = models.PositiveSmallIntegerField(default=0)
    uraian = models.TextField()
    satuan = models.CharField(max_length=60, blank=True)
    polaritas = models.CharField(max_length=8, choices=Polaritas.choices, default=Polaritas.NAIK)
    agregasi = models.CharField(max_length=12, choices=Agregasi.choices, default=Agregasi.KUMULATIF)
    is_lokal = models.BooleanField(
        "indikator lokal", default=False, help_text="Tidak berasal dari nomenklatur resmi."
    )
    target_nilai = value_field("target tahun n", null=True, blank=True)
    target_teks = models.CharField("target tahun n (kualitatif)", max_length=200, blank=True)
    target_n1_nilai = value_field("target tahun n+1", null=True, blank=True)
    target_n1_teks = models.CharField("target tahun n+1 (kualitatif)", max_length=200, blank=True)

    class Meta:
        verbose_name = "indikator"
        verbose_name_plural = "indikator"
        ordering = ["baris", "urutan", "id"]

    def __str__(self) -> str:
        return self.uraian


class Lokasi(models.Model):
    """Where a row is carried out: a wilayah and everything in it, optionally narrowed.

    ``wilayah`` empty means the whole pemda ("Semua Kota/Kab"); ``rincian`` narrows below the
    smallest wilayah shipped (kelurahan name, RT/RW, a street). ``teks`` keeps the text as
    entered or printed.
    """

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(RenjaBaris, on_delete=models.CASCADE, related_name="lokasi")
    urutan = models.PositiveSmallIntegerField(default=0)
    wilayah = models.ForeignKey(
        "referensi.Wilayah", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    rincian = models.CharField(max_length=200, blank=True)
    teks = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "lokasi"
        verbose_name_plural = "lokasi"
        ordering = ["baris", "urutan"]

    def __str__(self) -> str:
        return self.teks


class SumberDanaBaris(models.Model):
    """A funding source of a leaf row with its amount; amounts must add up to the pagu."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    baris = models.ForeignKey(RenjaBaris, on_delete=models.CASCADE, related_name="sumber_dana")
    sumber_dana = models.ForeignKey(
        "referensi.SumberDana", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    nama = models.CharField(
        max_length=300, blank=True, help_text="Nama seperti tertulis bila tidak ada kode SIPD."
    )
    jumlah = money_field("jumlah", null=True, blank=True)

    class Meta:
        verbose_name = "sumber dana baris"
        verbose_name_plural = "sumber dana baris"
        ordering = ["baris", "id"]

    def __str__(self) -> str:
        return self.nama


class RenjaSnapshot(models.Model):
    """A frozen copy of a Renja at a stage transition, for the comparison view."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renja = models.ForeignKey(Renja, on_delete=models.CASCADE, related_name="snapshot")
    tahap = models.CharField(max_length=20, choices=Tahap.choices)
    versi = models.PositiveIntegerField()
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    dibuat_oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    data = models.JSONField()

    class Meta:
        ordering = ["renja", "dibuat_pada"]

    def __str__(self) -> str:
        return f"{self.renja} — {self.get_tahap_display()} v{self.versi}"


class PlafonPagu(models.Model):
    """The pagu indikatif ceiling of an office for a year (from the RKPD): in total when
    ``sumber_dana`` is empty, else for that funding source."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.CASCADE, related_name="plafon"
    )
    tahun = models.PositiveSmallIntegerField()
    sumber_dana = models.ForeignKey(
        "referensi.SumberDana", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    jumlah = money_field("plafon")
    dasar = models.CharField(
        max_length=200, blank=True, help_text="Dokumen asal plafon, mis. Rancangan Awal RKPD."
    )

    class Meta:
        verbose_name = "plafon pagu"
        verbose_name_plural = "plafon pagu"
        ordering = ["perangkat_daerah", "tahun", "sumber_dana"]
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun"],
                condition=models.Q(sumber_dana__isnull=True),
                name="plafon_total_unik",
            ),
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "sumber_dana"],
                condition=models.Q(sumber_dana__isnull=False),
                name="plafon_sumber_dana_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"Plafon {self.perangkat_daerah} {self.tahun}"


class CatatanVerifikasi(models.Model):
    """A verifier's note on a submitted Renja, on one row or on the whole plan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="+")
    renja = models.ForeignKey(Renja, on_delete=models.CASCADE, related_name="catatan_verifikasi")
    baris = models.ForeignKey(
        RenjaBaris,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="catatan_verifikasi",
    )
    tahap = models.CharField(max_length=20, choices=Tahap.choices)
    versi = models.PositiveIntegerField()
    teks = models.TextField()
    oleh = models.ForeignKey(
        "organisasi.Pengguna", on_delete=models.PROTECT, null=True, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    selesai = models.BooleanField(default=False)

    class Meta:
        verbose_name = "catatan verifikasi"
        verbose_name_plural = "catatan verifikasi"
        ordering = ["renja", "dibuat_pada"]

    def __str__(self) -> str:
        return self.teks[:60]
