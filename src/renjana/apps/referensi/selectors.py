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
