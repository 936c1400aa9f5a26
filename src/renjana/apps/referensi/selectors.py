"""Reads of reference data for the other apps (rule 4: apps meet through selectors)."""

from __future__ import annotations

from collections.abc import Iterable

from renjana.apps.referensi.models import (
    Nomenklatur,
    NomenklaturVersi,
    SumberDana,
    TingkatNomenklatur,
    Wilayah,
)
from renjana.core import referensi as ref
from renjana.core.kode import Kode, Tingkat
from renjana.core.lokasi import KnownPlace, PlaceIndex


def nomenklatur_versi_for(tahun: int) -> NomenklaturVersi | None:
    """The nomenclature version in force for a plan year: the latest one effective by then."""
    return (
        NomenklaturVersi.objects.filter(berlaku_mulai__lte=tahun).order_by("-berlaku_mulai").first()
        or NomenklaturVersi.objects.order_by("berlaku_mulai").first()
    )


def nomenklatur_index(versi: NomenklaturVersi, tingkat: str) -> dict[str, Nomenklatur]:
    """Nodes usable at a tingkat, by code (rows marked ``semua`` serve both levels)."""
    items = Nomenklatur.objects.filter(versi=versi, tingkat__in=[tingkat, TingkatNomenklatur.SEMUA])
    return {item.kode: item for item in items}


def nomenklatur_names(versi: NomenklaturVersi | None, kodes: Iterable[str]) -> dict[str, str]:
    """Official names of urusan/bidang codes (for the synthetic rows above programs)."""
    if versi is None:
        return {}
    return dict(
        Nomenklatur.objects.filter(versi=versi, kode__in=list(kodes)).values_list("kode", "nama")
    )


def places_under(kode_wilayah: str) -> PlaceIndex:
    """The pemda's own area and every wilayah inside it, for reading lokasi texts."""
    rows = Wilayah.objects.filter(kode__startswith=kode_wilayah).values_list(
        "kode", "nama", "level"
    )
    return PlaceIndex(KnownPlace(kode, nama, level) for kode, nama, level in rows)


def wilayah_ids(kodes: Iterable[str]) -> dict[str, int]:
    return dict(Wilayah.objects.filter(kode__in=list(kodes)).values_list("kode", "id"))


def sumber_dana_by_kode(kode: str) -> SumberDana | None:
    return SumberDana.objects.filter(kode=kode).first()


def nomenklatur_item(versi: NomenklaturVersi, kode: str, tingkat: str) -> Nomenklatur | None:
    """The node ``kode`` usable at ``tingkat`` (``semua`` rows serve both levels)."""
    return (
        Nomenklatur.objects.filter(versi=versi, kode=kode, tingkat__in=[tingkat, "semua"])
        .order_by("tingkat")
        .first()
    )


def search_nomenklatur(
    versi: NomenklaturVersi, tingkat: str, bidang: Iterable[str], query: str, limit: int = 30
) -> list[Nomenklatur]:
    """Program/kegiatan/sub kegiatan of ``tingkat`` under the office's bidang urusan whose
    code or name contains every word of ``query``; a kab/kota office never sees provinsi
    kegiatan, and vice versa."""
    qs = Nomenklatur.objects.filter(
        versi=versi,
        tingkat__in=[tingkat, "semua"],
        level__in=["program", "kegiatan", "subkegiatan"],
    )
    prefixes = [b.strip() for b in bidang if b.strip()]
    if prefixes:
        from django.db.models import Q

        condition = Q()
        for prefix in prefixes:
            condition |= Q(kode__startswith=prefix + ".")
        qs = qs.filter(condition)
    for word in query.split():
        if word.replace(".", "").isdigit():
            qs = qs.filter(kode__startswith=word)
        else:
            qs = qs.filter(nama__icontains=word)
    return list(qs.order_by("urutan")[:limit])


def wilayah_choices(kode_wilayah: str) -> list[tuple[str, str, str]]:
    """(kode, nama, level) of the pemda's area and the wilayah inside it, for lokasi pickers."""
    return list(
        Wilayah.objects.filter(kode__startswith=kode_wilayah)
        .order_by("kode")
        .values_list("kode", "nama", "level")
    )


def sumber_dana_choices() -> list[tuple[str, str]]:
    return list(SumberDana.objects.order_by("kode").values_list("kode", "nama"))


def nomenklatur_value(versi: NomenklaturVersi) -> ref.Nomenklatur:
    """A nomenclature version from the database as a core value, for the checks."""
    items = []
    for kode, tingkat, nama, indikator, satuan in Nomenklatur.objects.filter(
        versi=versi
    ).values_list("kode", "tingkat", "nama", "indikator", "satuan"):
        items.append(
            ref.NomenklaturItem(
                kode=Kode.from_str(kode),
                tingkat=None if tingkat == TingkatNomenklatur.SEMUA else Tingkat(tingkat),
                nama=nama,
                indikator=indikator,
                satuan=satuan,
            )
        )
    return ref.Nomenklatur(
        nama=versi.nama,
        dasar_hukum=(ref.DasarHukum(peraturan=versi.dasar_hukum),),
        berlaku_mulai=versi.berlaku_mulai,
        items=tuple(items),
        versi=versi.kode,
    )


def sumber_dana_value() -> ref.DaftarSumberDana:
    rows = SumberDana.objects.order_by("kode").values_list("kode", "nama")
    return ref.DaftarSumberDana(
        nama="Sumber dana (SIPD)",
        dasar_hukum=(ref.DasarHukum(peraturan="Permendagri 90/2019"),),
        berlaku_mulai=0,
        items=tuple(ref.SumberDana(kode, nama) for kode, nama in rows),
    )


def sumber_dana_by_kodes(kodes: Iterable[str]) -> dict[str, SumberDana]:
    """Funding sources by code, in one query."""
    return {sd.kode: sd for sd in SumberDana.objects.filter(kode__in=list(kodes))}


def scale_in_force(kode: str, tahun: int) -> ref.Scale | None:
    """The rating scale ``kode`` in force in ``tahun`` (latest ``berlaku_mulai`` not after it),
    from the database so an administrator's edit counts, as a core ``Scale``; ``None`` if none."""
    from django.db.models import Prefetch

    from renjana.apps.referensi.models import Skala, SkalaBand

    skala = (
        Skala.objects.filter(kode=kode, berlaku_mulai__lte=tahun)
        .order_by("-berlaku_mulai")
        .prefetch_related(Prefetch("bands", queryset=SkalaBand.objects.order_by("urutan")))
        .first()
    )
    if skala is None:
        return None
    return ref.Scale(
        kode=skala.kode,
        nama=skala.nama,
        dasar_hukum=(ref.DasarHukum(peraturan=skala.dasar_hukum),),
        berlaku_mulai=skala.berlaku_mulai,
        bands=tuple(
            ref.Band(
                label=b.label,
                min=b.batas_bawah,
                max=b.batas_atas,
                min_inclusive=b.bawah_inklusif,
                max_inclusive=b.atas_inklusif,
            )
            for b in skala.bands.all()
        ),
        verifikasi_perlu=skala.perlu_verifikasi,
    )
