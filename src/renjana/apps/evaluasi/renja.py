"""The rows of one Renja as evaluation inputs: structure, indicators with targets, kinerja
realisasi per period, budget (DPA/DPPA) and keuangan/fisik per period, all as core values.

Loaded in a fixed number of queries whatever the size of the plan. Values keep the unit of
their indicator; realisasi stored without a unit takes the indicator's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol, TypeVar

from django.db.models import Prefetch

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.realisasi.models import PaguAnggaran, RealisasiAnggaran, RealisasiKinerja
from renjana.core.capaian import Agregasi, Polaritas
from renjana.core.numbers import strip_zeros
from renjana.core.quantity import Quantity
from renjana.core.referensi import name_key

PERIODE_TRIWULAN = ("tw1", "tw2", "tw3", "tw4")
PERIODE_TAHUN = "tahun"
MISSING = Quantity(None, "")


class _Named(Protocol):
    @property
    def uraian(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def match(uraian: str, position: int, candidates: Sequence[_N]) -> _N | None:
    """The indicator among ``candidates`` with the same text (case and punctuation ignored),
    else the one at the same position: how an indicator is followed from plan to plan."""
    key = name_key(uraian)
    same = next((c for c in candidates if name_key(c.uraian) == key), None)
    if same is not None:
        return same
    return candidates[position] if position < len(candidates) else None


def quantity(nilai: Decimal | None, teks: str, satuan: str) -> Quantity:
    """A stored value as a ``Quantity`` (trailing zeros of the column dropped); text without a
    number is a qualitative value; nothing is missing."""
    if nilai is not None:
        return Quantity(strip_zeros(nilai), satuan)
    if teks:
        return Quantity(None, "", teks)
    return MISSING


@dataclass(frozen=True, slots=True)
class IndikatorRenja:
    """An indicator of a Renja row: target, and realisasi per period (``tw1`` … ``tahun``)."""

    id: int
    uraian: str
    satuan: str
    target: Quantity
    polaritas: Polaritas
    agregasi: Agregasi
    realisasi: Mapping[str, Quantity] = field(default_factory=dict)
    dicatat: tuple[datetime, ...] = ()

    @property
    def realisasi_triwulan(self) -> tuple[Quantity, ...]:
        return tuple(self.realisasi.get(p, MISSING) for p in PERIODE_TRIWULAN)

    @property
    def realisasi_dilaporkan(self) -> Quantity:
        return self.realisasi.get(PERIODE_TAHUN, MISSING)


@dataclass(frozen=True, slots=True)
class AnggaranBaris:
    """Budget inputs of a leaf: DPA, DPPA, and keuangan (Rp) / fisik (%) per period."""

    dpa: Decimal | None = None
    dppa: Decimal | None = None
    keuangan: Mapping[str, Decimal | None] = field(default_factory=dict)
    fisik: Mapping[str, Decimal | None] = field(default_factory=dict)
    dicatat: tuple[datetime, ...] = ()


@dataclass(frozen=True, slots=True)
class BarisRenja:
    """One program / kegiatan / sub kegiatan row. ``unit_kerja`` is the row's own bidang or,
    when it has none, the nearest ancestor's."""

    id: int
    kode: str
    induk: str | None
    level: str
    nama: str
    unit_kerja: str
    pagu: Decimal | None
    indikator: tuple[IndikatorRenja, ...]
    anggaran: AnggaranBaris


@dataclass(frozen=True, slots=True)
class DataRenja:
    """A Renja's rows in code order, parents before their children."""

    renja_id: int
    tahun: int
    tahap: str
    baris: tuple[BarisRenja, ...]

    def find(self, kode: str) -> BarisRenja | None:
        return next((b for b in self.baris if b.kode == kode), None)

    @property
    def parents(self) -> frozenset[str]:
        return frozenset(b.induk for b in self.baris if b.induk is not None)

    @property
    def leaves(self) -> tuple[BarisRenja, ...]:
        parents = self.parents
        return tuple(b for b in self.baris if b.kode not in parents)


def code_sort_key(kode: str) -> tuple[tuple[int, str], ...]:
    """Nomenclature order: ``1.06.10`` after ``1.06.09``."""
    return tuple((int(part), part) if part.isdigit() else (0, part) for part in kode.split("."))


def renja_for(pd: PerangkatDaerah, tahun: int) -> Renja | None:
    return Renja.objects.filter(perangkat_daerah=pd, tahun=tahun).first()


def load_renja(renja: Renja) -> DataRenja:
    """Every row of ``renja`` with indicators, kinerja realisasi and budget data (six queries)."""
    rows = list(
        RenjaBaris.objects.filter(renja=renja)
        .select_related("unit_kerja", "induk")
        .prefetch_related(
            Prefetch(
                "indikator",
                queryset=Indikator.objects.order_by("urutan", "id").prefetch_related(
                    Prefetch("realisasi", queryset=RealisasiKinerja.objects.all())
                ),
            ),
            Prefetch("pagu_anggaran", queryset=PaguAnggaran.objects.all()),
            Prefetch("realisasi_anggaran", queryset=RealisasiAnggaran.objects.all()),
        )
    )
    rows.sort(key=lambda b: code_sort_key(b.kode))
    own_unit = {b.kode: (b.unit_kerja.nama if b.unit_kerja else "") for b in rows}
    parent_of = {b.kode: (b.induk.kode if b.induk else None) for b in rows}

    def unit_of(kode: str) -> str:
        current: str | None = kode
        while current is not None:
            if own_unit.get(current):
                return own_unit[current]
            current = parent_of.get(current)
        return ""

    return DataRenja(
        renja_id=renja.pk,
        tahun=renja.tahun,
        tahap=renja.tahap,
        baris=tuple(
            BarisRenja(
                id=b.pk,
                kode=b.kode,
                induk=parent_of[b.kode],
                level=b.level,
                nama=b.nama,
                unit_kerja=unit_of(b.kode),
                pagu=b.pagu,
                indikator=tuple(_indikator(i) for i in b.indikator.all()),
                anggaran=_anggaran(b),
            )
            for b in rows
        ),
    )


def _indikator(i: Indikator) -> IndikatorRenja:
    entries = list(i.realisasi.all())
    return IndikatorRenja(
        id=i.pk,
        uraian=i.uraian,
        satuan=i.satuan,
        target=quantity(i.target_nilai, i.target_teks, i.satuan),
        polaritas=Polaritas(i.polaritas),
        agregasi=Agregasi(i.agregasi),
        realisasi={r.periode: quantity(r.nilai, r.teks, r.satuan or i.satuan) for r in entries},
        dicatat=tuple(r.dicatat_pada for r in entries),
    )


def _anggaran(b: RenjaBaris) -> AnggaranBaris:
    pagu = {p.jenis: p.jumlah for p in b.pagu_anggaran.all()}
    entries = list(b.realisasi_anggaran.all())
    return AnggaranBaris(
        dpa=pagu.get(PaguAnggaran.Jenis.DPA),
        dppa=pagu.get(PaguAnggaran.Jenis.DPPA),
        keuangan={r.periode: r.keuangan for r in entries},
        fisik={r.periode: r.fisik_persen for r in entries},
        dicatat=tuple(r.dicatat_pada for r in entries),
    )
