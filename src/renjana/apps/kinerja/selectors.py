"""Reads of SAKIP data: access-checked lookups for pages, and the IKU of an office for one year
as core values (targets and realisasi as ``Quantity``) for the evaluation.

Everything a user may not read answers 404 (docs/adr/0002-tenancy.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from renjana.apps.kinerja.models import (
    TRIWULAN_FIELDS,
    Iku,
    PeriodeRealisasi,
    PerjanjianKinerja,
    RealisasiIku,
)
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.perencanaan.models import Agregasi, Polaritas, RenstraSasaran
from renjana.apps.perencanaan.selectors.renja import (
    get_perangkat_daerah as get_perangkat_daerah,  # the one access-checked office lookup
)
from renjana.core import capaian as core
from renjana.core.numbers import strip_zeros
from renjana.core.quantity import Quantity

POLARITAS_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (str(v), str(label)) for v, label in Polaritas.choices
)
AGREGASI_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (str(v), str(label)) for v, label in Agregasi.choices
)
PERIODE_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (str(v), str(label)) for v, label in PeriodeRealisasi.choices
)
TRIWULAN_PERIODE = ("tw1", "tw2", "tw3", "tw4")
_MISSING = Quantity(None, "")


def iku_of(pd: PerangkatDaerah) -> QuerySet[Iku]:
    """The IKU of an office in table order (the caller has checked access)."""
    return (
        Iku.objects.filter(perangkat_daerah=pd).select_related("sasaran").order_by("urutan", "id")
    )


def get_iku(pd: PerangkatDaerah, pk: int) -> Iku:
    """One IKU of ``pd``; 404 when it belongs to another office."""
    iku = iku_of(pd).filter(pk=pk).select_related("perangkat_daerah__pemda").first()
    if iku is None:
        raise Http404("IKU tidak ditemukan.")
    return iku


def sasaran_choices(pd: PerangkatDaerah) -> list[tuple[int, str]]:
    """The Renstra sasaran of an office an IKU may be linked to: (id, label)."""
    rows = (
        RenstraSasaran.objects.filter(tujuan__renstra__perangkat_daerah=pd)
        .select_related("tujuan__renstra")
        .order_by("-tujuan__renstra__tahun_awal", "tujuan__nomor", "nomor")
    )
    return [
        (
            s.pk,
            f"Renstra {s.tujuan.renstra.tahun_awal}–{s.tujuan.renstra.tahun_akhir}: {s.uraian}",
        )
        for s in rows
    ]


def perjanjian_of(iku: Iku, tahun: int) -> PerjanjianKinerja | None:
    return PerjanjianKinerja.objects.filter(iku=iku, tahun=tahun).first()


def realisasi_of(iku: Iku, tahun: int) -> dict[str, RealisasiIku]:
    """The realisasi entries of an IKU in a year, by periode (``tw1`` … ``tahun``)."""
    return {r.periode: r for r in RealisasiIku.objects.filter(iku=iku, tahun=tahun)}


def iku_years(pd: PerangkatDaerah) -> list[int]:
    """Years that have a Perjanjian Kinerja or an IKU realisasi, newest first."""
    years = set(
        PerjanjianKinerja.objects.filter(iku__perangkat_daerah=pd).values_list("tahun", flat=True)
    )
    years |= set(
        RealisasiIku.objects.filter(iku__perangkat_daerah=pd).values_list("tahun", flat=True)
    )
    return sorted(years, reverse=True)


@dataclass(frozen=True, slots=True)
class DataIku:
    """One IKU in one year as core values: what the IKU and Perjanjian Kinerja tables need.

    ``target`` is the annual Perjanjian Kinerja target (missing without a PK);
    ``target_triwulan`` holds four values or none; ``realisasi_triwulan`` always four (missing
    where not entered); ``realisasi_dilaporkan`` is the annual value reported as such.
    """

    id: int
    nomor: int
    sasaran: str
    uraian: str
    formulasi: str
    satuan: str
    polaritas: core.Polaritas
    agregasi: core.Agregasi
    ada_pk: bool
    target: Quantity
    target_triwulan: tuple[Quantity, ...]
    realisasi_triwulan: tuple[Quantity, ...]
    realisasi_dilaporkan: Quantity
    terakhir_dicatat: datetime | None


def quantity(nilai: Decimal | None, teks: str, satuan: str) -> Quantity:
    """A stored value as a core ``Quantity`` (trailing zeros of the column dropped)."""
    if nilai is not None:
        return Quantity(strip_zeros(nilai), satuan)
    if teks:
        return Quantity(None, "", teks)
    return _MISSING


def iku_data(pd: PerangkatDaerah, tahun: int) -> tuple[DataIku, ...]:
    """Every IKU of ``pd`` with its PK and realisasi of ``tahun``. Three queries."""
    items = iku_of(pd).prefetch_related(
        Prefetch(
            "perjanjian", queryset=PerjanjianKinerja.objects.filter(tahun=tahun), to_attr="pk_n"
        ),
        Prefetch("realisasi", queryset=RealisasiIku.objects.filter(tahun=tahun), to_attr="real_n"),
    )
    return tuple(_data(nomor, iku) for nomor, iku in enumerate(items, start=1))


def _data(nomor: int, iku: Iku) -> DataIku:
    pk: PerjanjianKinerja | None = next(iter(getattr(iku, "pk_n", [])), None)
    entries: dict[str, RealisasiIku] = {r.periode: r for r in getattr(iku, "real_n", [])}
    satuan = iku.satuan
    target = quantity(pk.target_nilai, pk.target_teks, satuan) if pk else _MISSING
    quarters = [getattr(pk, f) for f in TRIWULAN_FIELDS] if pk else []
    target_triwulan = (
        tuple(quantity(v, "", satuan) for v in quarters)
        if any(v is not None for v in quarters)
        else ()
    )

    def value(periode: str) -> Quantity:
        entry = entries.get(periode)
        return quantity(entry.nilai, entry.teks, satuan) if entry else _MISSING

    stamps = [e.dicatat_pada for e in entries.values()]
    return DataIku(
        id=iku.pk,
        nomor=nomor,
        sasaran=iku.sasaran_label,
        uraian=iku.uraian,
        formulasi=iku.formulasi,
        satuan=satuan,
        polaritas=core.Polaritas(iku.polaritas),
        agregasi=core.Agregasi(iku.agregasi),
        ada_pk=pk is not None,
        target=target,
        target_triwulan=target_triwulan,
        realisasi_triwulan=tuple(value(p) for p in TRIWULAN_PERIODE),
        realisasi_dilaporkan=value(PeriodeRealisasi.TAHUN),
        terakhir_dicatat=max(stamps) if stamps else None,
    )
