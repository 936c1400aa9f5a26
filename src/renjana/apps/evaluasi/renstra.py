"""The Renstra in force in a year as evaluation inputs: indicators of sasaran, tujuan and rows
with their yearly targets and realisasi (``perencanaan.RenstraTahunan``) as core values.

A realisasi flagged ``realisasi_kumulatif`` is reported "s/d tahun" (up to and including that
year; T-C.29 column 5); any other realisasi is the value of that single year (ADR 0004).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from renjana.apps.evaluasi.renja import MISSING, quantity
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.perencanaan.models import Renstra, RenstraBaris, RenstraIndikator
from renjana.core.capaian import Agregasi, NilaiPeriode, Polaritas, aggregate
from renjana.core.quantity import Quantity


@dataclass(frozen=True, slots=True)
class TahunRenstra:
    target: Quantity = MISSING
    realisasi: Quantity = MISSING
    realisasi_kumulatif: bool = False


@dataclass(frozen=True, slots=True)
class IndikatorRenstra:
    """An indicator of a sasaran (``jenis`` ``sasaran``), a tujuan or a row (the row's level),
    with the sasaran or row it belongs to and its values per year."""

    id: int
    jenis: str
    kode: str
    induk: str
    uraian: str
    satuan: str
    polaritas: Polaritas
    agregasi: Agregasi
    tahunan: Mapping[int, TahunRenstra] = field(default_factory=dict)

    def target(self, tahun: int) -> Quantity:
        return self.tahunan.get(tahun, TahunRenstra()).target

    def realisasi(self, tahun: int) -> Quantity:
        """The realisasi of that single year (a value reported "s/d" is not one)."""
        entry = self.tahunan.get(tahun, TahunRenstra())
        return MISSING if entry.realisasi_kumulatif else entry.realisasi

    def realisasi_sampai(self, tahun: int) -> NilaiPeriode:
        """The realisasi up to and including ``tahun``: the latest value reported "s/d" at or
        before it, followed by the single-year values after it, aggregated as the indicator
        is (``core.capaian.aggregate``: summed, the latest, or the mean)."""
        years = sorted(
            y for y, t in self.tahunan.items() if y <= tahun and not t.realisasi.is_missing
        )
        start = next((y for y in reversed(years) if self.tahunan[y].realisasi_kumulatif), None)
        chosen = [y for y in years if start is None or y >= start]
        return aggregate([self.tahunan[y].realisasi for y in chosen], self.agregasi)


@dataclass(frozen=True, slots=True)
class DataRenstra:
    id: int
    tahun_awal: int
    tahun_akhir: int
    indikator: tuple[IndikatorRenstra, ...]
    #: program code → the uraian of the sasaran it serves
    sasaran_program: Mapping[str, str]

    def of_row(self, kode: str) -> tuple[IndikatorRenstra, ...]:
        return tuple(i for i in self.indikator if i.kode == kode)

    def of_sasaran(self) -> tuple[IndikatorRenstra, ...]:
        return tuple(i for i in self.indikator if i.jenis == "sasaran")

    def of_level(self, level: str) -> tuple[IndikatorRenstra, ...]:
        return tuple(i for i in self.indikator if i.jenis == level)


def renstra_for(pd: PerangkatDaerah, tahun: int, renstra_id: int | None = None) -> Renstra | None:
    """The Renstra linked to the Renja (``renstra_id``), else the one whose period holds
    ``tahun`` (the latest such period)."""
    qs = Renstra.objects.filter(perangkat_daerah=pd)
    if renstra_id is not None:
        linked = qs.filter(pk=renstra_id).first()
        if linked is not None:
            return linked
    return qs.filter(tahun_awal__lte=tahun, tahun_akhir__gte=tahun).order_by("-tahun_awal").first()


def load_renstra(renstra: Renstra) -> DataRenstra:
    """Every indicator of ``renstra`` with its yearly values (two queries) and the sasaran of
    each program (one query)."""
    items = (
        RenstraIndikator.objects.filter(renstra=renstra)
        .select_related("baris", "sasaran", "tujuan")
        .prefetch_related("tahunan")
        .order_by("urutan", "id")
    )
    indikator = tuple(_indikator(i) for i in items)
    sasaran_program = dict(
        RenstraBaris.objects.filter(renstra=renstra, sasaran__isnull=False).values_list(
            "kode", "sasaran__uraian"
        )
    )
    return DataRenstra(renstra.pk, renstra.tahun_awal, renstra.tahun_akhir, indikator,
                       sasaran_program)  # fmt: skip


def _indikator(i: RenstraIndikator) -> IndikatorRenstra:
    if i.baris is not None:
        jenis, kode, induk = i.baris.level, i.baris.kode, i.baris.nama
    elif i.sasaran is not None:
        jenis, kode, induk = "sasaran", "", i.sasaran.uraian
    else:
        jenis, kode, induk = "tujuan", "", i.tujuan.uraian if i.tujuan else ""
    tahunan = {
        t.tahun: TahunRenstra(
            target=quantity(t.target_nilai, t.target_teks, i.satuan),
            realisasi=quantity(t.realisasi_nilai, t.realisasi_teks, t.realisasi_satuan or i.satuan),
            realisasi_kumulatif=t.realisasi_kumulatif,
        )
        for t in i.tahunan.all()
    }
    return IndikatorRenstra(
        id=i.pk,
        jenis=jenis,
        kode=kode,
        induk=induk,
        uraian=i.uraian,
        satuan=i.satuan,
        polaritas=Polaritas(i.polaritas),
        agregasi=Agregasi(i.agregasi),
        tahunan=tahunan,
    )
