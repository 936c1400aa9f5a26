"""Access to an office's SPM data and the reference rows it is measured against, from the
database: PPKS/PSKS kinds, SPM jenis layanan with their mutu items, the category scale."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from renjana.apps.organisasi.models import Pemda, Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan, visible_perangkat_daerah
from renjana.apps.referensi.models import (
    JenisPpks,
    JenisPsks,
    LevelWilayah,
    SpmJenisLayanan,
    Wilayah,
)
from renjana.apps.referensi.selectors import scale_in_force
from renjana.core import referensi as ref
from renjana.core.kode import kode_sort_key

PPKS = "ppks"
PSKS = "psks"
SKALA_INDEKS_SPM = "indeks_spm"


# --- access ---------------------------------------------------------------------------------


def get_perangkat_daerah(user: Pengguna, kode: str) -> PerangkatDaerah:
    """The office ``kode`` if the user may read it; 404 otherwise (no existence leak)."""
    pd = visible_perangkat_daerah(user).filter(kode=kode).first()
    if pd is None:
        raise Http404("Perangkat daerah tidak ditemukan.")
    return pd


def can_edit(user: Pengguna, pd: PerangkatDaerah) -> bool:
    """Operators of the office and admins of its pemda enter SPM and population counts."""
    return can_edit_plan(user, pd)


# --- reference ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JenisPopulasi:
    """A PPKS or PSKS kind as listed on the population pages.

    ``kode`` is the Permensos 8/2012 number of a PPKS (``"9"``) or the PSKS code (``"4"``,
    ``"4.2"`` for an LKS sub-type); ``anak`` lists the sub-types of a PSKS.
    """

    kelompok: str
    kode: str
    nama: str
    satuan: str = ""
    induk: str | None = None
    anak: tuple[str, ...] = ()

    @property
    def nomor(self) -> str:
        """The number printed in the NO column (sub-types print none)."""
        return "" if self.induk else self.kode


def jenis_ppks() -> tuple[JenisPopulasi, ...]:
    """The 26 PPKS in Permensos 8/2012 order, with their population unit."""
    return tuple(
        JenisPopulasi(PPKS, str(nomor), nama, satuan)
        for nomor, nama, satuan in JenisPpks.objects.order_by("nomor").values_list(
            "nomor", "nama", "satuan"
        )
    )


def jenis_psks() -> tuple[JenisPopulasi, ...]:
    """The 12 PSKS, each followed by its sub-types (the kinds of LKS, of Penyuluh Sosial)."""
    rows = list(JenisPsks.objects.values_list("kode", "nama", "induk__kode"))
    children: dict[str, list[str]] = {}
    for kode, _, induk in rows:
        if induk:
            children.setdefault(induk, []).append(kode)
    return tuple(
        JenisPopulasi(
            PSKS, kode, nama, "", induk, tuple(sorted(children.get(kode, ()), key=kode_sort_key))
        )
        for kode, nama, induk in sorted(rows, key=lambda r: kode_sort_key(r[0]))
    )


def kecamatan_choices(pemda: Pemda) -> list[tuple[str, str]]:
    """(kode, "Kecamatan, Kabupaten") of every kecamatan in the pemda's area."""
    rows = Wilayah.objects.filter(
        kode__startswith=pemda.kode_wilayah + ".", level=LevelWilayah.KECAMATAN
    ).select_related("induk")
    return [
        (w.kode, f"{w.nama}, {w.induk.nama}" if w.induk else w.nama) for w in rows.order_by("kode")
    ]


def skala_value(kode: str, tahun: int) -> ref.Scale | None:
    """The scale ``kode`` in force in ``tahun`` (``referensi.selectors.scale_in_force``)."""
    return scale_in_force(kode, tahun)


@dataclass(frozen=True, slots=True)
class MutuRef:
    id: int
    nomor: int
    nama: str
    satuan: str


@dataclass(frozen=True, slots=True)
class JenisLayananRef:
    """An SPM jenis pelayanan dasar of the office's tingkat with its mutu items."""

    id: int
    nomor: int
    nama: str
    indikator: str
    berlaku_mulai: int
    dasar_hukum: str
    mutu: tuple[MutuRef, ...]


def jenis_layanan(tingkat: str, tahun: int) -> tuple[JenisLayananRef, ...]:
    """The jenis layanan of ``tingkat`` in force in ``tahun`` (the latest version by then);
    empty before the first version."""
    versi = (
        SpmJenisLayanan.objects.filter(tingkat=tingkat, berlaku_mulai__lte=tahun)
        .order_by("-berlaku_mulai")
        .values_list("berlaku_mulai", flat=True)
        .first()
    )
    if versi is None:
        return ()
    rows = (
        SpmJenisLayanan.objects.filter(tingkat=tingkat, berlaku_mulai=versi)
        .order_by("nomor")
        .prefetch_related("mutu")
    )
    return tuple(
        JenisLayananRef(
            id=j.pk,
            nomor=j.nomor,
            nama=j.nama,
            indikator=j.indikator,
            berlaku_mulai=j.berlaku_mulai,
            dasar_hukum=j.dasar_hukum,
            mutu=tuple(MutuRef(m.pk, m.nomor, m.nama, m.satuan) for m in j.mutu.all()),
        )
        for j in rows
    )


def spm_berlaku_mulai(tingkat: str) -> int | None:
    """The first year any SPM jenis layanan of ``tingkat`` applies (for messages)."""
    return (
        SpmJenisLayanan.objects.filter(tingkat=tingkat)
        .order_by("berlaku_mulai")
        .values_list("berlaku_mulai", flat=True)
        .first()
    )


def ppks_names() -> dict[int, str]:
    return dict(JenisPpks.objects.values_list("nomor", "nama"))
