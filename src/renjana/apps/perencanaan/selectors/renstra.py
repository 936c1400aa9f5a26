"""Reads of the Renstra: access-checked lookups for pages, the cascade with pagu rolled up,
and the Renstra of a plan year as core values for the Renja-against-Renstra checks.

Everything a user may not read answers 404 (docs/adr/0002-tenancy.md). The cascade is one
``core.tree`` built over tujuan → sasaran → program → kegiatan → sub kegiatan, so sasaran and
tujuan pagu totals are sums computed the same way as program totals and never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan
from renjana.apps.perencanaan.models import (
    Polaritas,
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraPagu,
    RenstraSasaran,
    RenstraTahunan,
    RenstraTujuan,
)
from renjana.apps.perencanaan.selectors.renja import get_perangkat_daerah
from renjana.core.kode import kode_sort_key
from renjana.core.renja import (
    RenstraIndikatorInput,
    RenstraRowInput,
    RenstraTahunInput,
    TargetValue,
)
from renjana.core.tree import Tree, TreeRow, build_tree

POLARITAS_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (str(value), str(label)) for value, label in Polaritas.choices
)
_POLARITAS_LABELS = dict(POLARITAS_CHOICES)
_M = TypeVar("_M", bound=Model)


@dataclass(frozen=True, slots=True)
class IndikatorKaskade:
    """One indicator line: baseline and one target per year of the period (in order)."""

    id: int
    uraian: str
    satuan: str
    polaritas: str
    polaritas_label: str
    baseline: TargetValue
    target: tuple[TargetValue, ...]


@dataclass(frozen=True, slots=True)
class Kaskade:
    """The cascade of a Renstra: tujuan → sasaran → program → kegiatan → sub kegiatan.

    ``tree`` rolls pagu up per year (columns ``pagu_<tahun>``); node keys are ``T<id>`` for a
    tujuan, ``S<id>`` for a sasaran and the code for a row. ``nomor`` is what a table prints
    in its first column, ``ids`` the database id behind each key (for edit links) and
    ``indikator`` the indicators under each node. Programs linked to no sasaran are roots
    after the tujuan; ``first_unlinked`` is the first of them.
    """

    tahun: tuple[int, ...]
    tree: Tree
    nomor: Mapping[str, str]
    ids: Mapping[str, int]
    indikator: Mapping[str, tuple[IndikatorKaskade, ...]]
    first_unlinked: str | None

    @staticmethod
    def column(tahun: int) -> str:
        return f"pagu_{tahun}"


def renstra_list(pd: PerangkatDaerah) -> list[Renstra]:
    """Renstra of an office, newest period first (the caller has checked access)."""
    return list(Renstra.objects.filter(perangkat_daerah=pd).order_by("-tahun_awal"))


def get_renstra(user: Pengguna, kode: str, tahun_awal: int) -> Renstra:
    """The Renstra of office ``kode`` starting in ``tahun_awal``; 404 outside the user's scope."""
    pd = get_perangkat_daerah(user, kode)
    renstra = (
        Renstra.objects.filter(perangkat_daerah=pd, tahun_awal=tahun_awal)
        .select_related("perangkat_daerah__pemda", "pemda")
        .first()
    )
    if renstra is None:
        raise Http404(f"Renstra {tahun_awal} belum ada.")
    return renstra


def can_edit(user: Pengguna, pd: PerangkatDaerah) -> bool:
    """Whether pages should offer add/edit controls (the services decide again on write)."""
    return can_edit_plan(user, pd)


def get_tujuan(renstra: Renstra, pk: int) -> RenstraTujuan:
    return _one(RenstraTujuan.objects.filter(renstra=renstra, pk=pk))


def get_sasaran(renstra: Renstra, pk: int) -> RenstraSasaran:
    return _one(RenstraSasaran.objects.filter(tujuan__renstra=renstra, pk=pk))


def get_baris(renstra: Renstra, pk: int) -> RenstraBaris:
    return _one(RenstraBaris.objects.filter(renstra=renstra, pk=pk))


def get_indikator(renstra: Renstra, pk: int) -> RenstraIndikator:
    return _one(RenstraIndikator.objects.filter(renstra=renstra, pk=pk))


def _one(qs: QuerySet[_M]) -> _M:
    """The object inside the Renstra already resolved for the user, or 404."""
    found = qs.first()
    if found is None:
        raise Http404("Data Renstra tidak ditemukan.")
    return found


def sasaran_choices(renstra: Renstra) -> list[tuple[int, str]]:
    """(id, "1.2 uraian") of every sasaran, in cascade order, for pickers."""
    rows = RenstraSasaran.objects.filter(tujuan__renstra=renstra).order_by(
        "tujuan__nomor", "tujuan_id", "nomor", "id"
    )
    return [(s.pk, f"{s.tujuan.nomor}.{s.nomor} {s.uraian}") for s in rows.select_related("tujuan")]


def indikator_targets(indikator: RenstraIndikator) -> dict[int, TargetValue]:
    """The stored target of each year of an indicator (for the edit form)."""
    return {
        t.tahun: stored_value(t.target_nilai, t.target_teks)
        for t in RenstraTahunan.objects.filter(indikator=indikator)
        if t.target_nilai is not None or t.target_teks
    }


def pagu_of(baris: RenstraBaris) -> dict[int, Decimal]:
    """The stored pagu of each year of a sub kegiatan (for the edit form)."""
    return dict(RenstraPagu.objects.filter(baris=baris).values_list("tahun", "pagu"))


def renstra_cascade(renstra: Renstra) -> Kaskade:
    """The whole Renstra as one tree with pagu per year rolled up; six queries whatever
    its size."""
    years = tuple(range(renstra.tahun_awal, renstra.tahun_akhir + 1))
    columns = tuple(Kaskade.column(t) for t in years)
    tujuan = list(RenstraTujuan.objects.filter(renstra=renstra).order_by("nomor", "id"))
    sasaran = list(RenstraSasaran.objects.filter(tujuan__renstra=renstra).order_by("nomor", "id"))
    baris = list(
        RenstraBaris.objects.filter(renstra=renstra).values(
            "id", "kode", "level", "nama", "induk__kode", "sasaran_id"
        )
    )
    baris.sort(key=lambda b: kode_sort_key(b["kode"]))
    pagu: dict[str, dict[str, Decimal | None]] = {}
    for kode, tahun, amount in RenstraPagu.objects.filter(
        baris__renstra=renstra, tahun__in=years
    ).values_list("baris__kode", "tahun", "pagu"):
        pagu.setdefault(kode, {})[Kaskade.column(tahun)] = amount

    nomor_tujuan = {t.pk: t.nomor for t in tujuan}
    rows: list[TreeRow] = []
    nomor: dict[str, str] = {}
    ids: dict[str, int] = {}
    for t in tujuan:
        rows.append(TreeRow(f"T{t.pk}", None, "tujuan", t.uraian))
        nomor[f"T{t.pk}"], ids[f"T{t.pk}"] = str(t.nomor), t.pk
    for s in sorted(sasaran, key=lambda s: (nomor_tujuan[s.tujuan_id], s.tujuan_id)):
        rows.append(TreeRow(f"S{s.pk}", f"T{s.tujuan_id}", "sasaran", s.uraian))
        nomor[f"S{s.pk}"] = f"{nomor_tujuan[s.tujuan_id]}.{s.nomor}"
        ids[f"S{s.pk}"] = s.pk
    first_unlinked: str | None = None
    for b in baris:
        if b["level"] == "program":
            parent = f"S{b['sasaran_id']}" if b["sasaran_id"] else None
            if parent is None and first_unlinked is None:
                first_unlinked = b["kode"]
        else:
            parent = b["induk__kode"]
        rows.append(TreeRow(b["kode"], parent, b["level"], b["nama"], pagu.get(b["kode"], {})))
        nomor[b["kode"]], ids[b["kode"]] = b["kode"], b["id"]
    return Kaskade(
        tahun=years,
        tree=build_tree(rows, columns),
        nomor=nomor,
        ids=ids,
        indikator=_indikator_by_node(renstra, years),
        first_unlinked=first_unlinked,
    )


def _indikator_by_node(
    renstra: Renstra, years: tuple[int, ...]
) -> dict[str, tuple[IndikatorKaskade, ...]]:
    indikator = list(
        RenstraIndikator.objects.filter(renstra=renstra)
        .select_related("baris")
        .order_by("urutan", "id")
    )
    targets: dict[int, dict[int, TargetValue]] = {}
    for t in RenstraTahunan.objects.filter(indikator__renstra=renstra):
        targets.setdefault(t.indikator_id, {})[t.tahun] = stored_value(
            t.target_nilai, t.target_teks
        )
    result: dict[str, list[IndikatorKaskade]] = {}
    for ind in indikator:
        if ind.tujuan_id:
            key = f"T{ind.tujuan_id}"
        elif ind.sasaran_id:
            key = f"S{ind.sasaran_id}"
        else:
            key = ind.baris.kode if ind.baris else ""
        own = targets.get(ind.pk, {})
        result.setdefault(key, []).append(
            IndikatorKaskade(
                id=ind.pk,
                uraian=ind.uraian,
                satuan=ind.satuan,
                polaritas=ind.polaritas,
                polaritas_label=_POLARITAS_LABELS.get(ind.polaritas, ind.polaritas),
                baseline=stored_value(ind.baseline_nilai, ind.baseline_teks),
                target=tuple(own.get(tahun, TargetValue()) for tahun in years),
            )
        )
    return {key: tuple(items) for key, items in result.items()}


def renstra_covering(pd: PerangkatDaerah, tahun: int) -> Renstra | None:
    """The Renstra whose period holds ``tahun`` (the latest-starting one if imported periods
    overlap)."""
    return (
        Renstra.objects.filter(perangkat_daerah=pd, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .order_by("-tahun_awal")
        .first()
    )


def renstra_for_year(pd: PerangkatDaerah, tahun: int) -> tuple[RenstraRowInput, ...] | None:
    """The rows of the Renstra covering ``tahun``, with every indicator and its targets
    (and realisasi) for each year of the period, as ``core.renja`` values for
    ``PlanContext.renstra``; ``None`` when no Renstra covers the year.

    Targets carry the indicator's satuan so the checks compare units. Callers check access
    (this serves other selectors and services, not pages).
    """
    renstra = renstra_covering(pd, tahun)
    if renstra is None:
        return None
    baris = sorted(
        RenstraBaris.objects.filter(renstra=renstra).values_list("id", "kode", "nama"),
        key=lambda b: kode_sort_key(b[1]),
    )
    tahunan: dict[int, list[RenstraTahunan]] = {}
    for t in RenstraTahunan.objects.filter(indikator__baris__renstra=renstra).order_by("tahun"):
        tahunan.setdefault(t.indikator_id, []).append(t)
    indikator: dict[int, list[RenstraIndikatorInput]] = {}
    for ind in RenstraIndikator.objects.filter(baris__renstra=renstra).order_by("urutan", "id"):
        assert ind.baris_id is not None
        indikator.setdefault(ind.baris_id, []).append(
            RenstraIndikatorInput(
                uraian=ind.uraian,
                satuan=ind.satuan,
                tahunan=tuple(
                    RenstraTahunInput(
                        tahun=t.tahun,
                        target=stored_value(t.target_nilai, t.target_teks, ind.satuan),
                        realisasi=stored_value(
                            t.realisasi_nilai, t.realisasi_teks, t.realisasi_satuan or ind.satuan
                        ),
                        realisasi_kumulatif=t.realisasi_kumulatif,
                    )
                    for t in tahunan.get(ind.pk, [])
                ),
            )
        )
    return tuple(
        RenstraRowInput(kode=kode, nama=nama, indikator=tuple(indikator.get(pk, [])))
        for pk, kode, nama in baris
    )


def renstra_pagu_for_year(pd: PerangkatDaerah, tahun: int) -> dict[str, Decimal] | None:
    """Pagu of ``tahun`` per program, kegiatan and sub kegiatan code of the Renstra covering
    it, parents summed from their sub kegiatan; ``None`` when no Renstra covers the year."""
    renstra = renstra_covering(pd, tahun)
    if renstra is None:
        return None
    column = Kaskade.column(tahun)
    amounts = dict(
        RenstraPagu.objects.filter(baris__renstra=renstra, tahun=tahun).values_list(
            "baris_id", "pagu"
        )
    )
    rows = sorted(
        RenstraBaris.objects.filter(renstra=renstra).values_list(
            "id", "kode", "level", "nama", "induk__kode"
        ),
        key=lambda b: kode_sort_key(b[1]),
    )
    tree = build_tree(
        (
            TreeRow(kode, induk, level, nama, {column: amounts.get(pk)})
            for pk, kode, level, nama, induk in rows
        ),
        (column,),
    )
    return {node.row.key: node.totals[column] for node in tree.walk()}


def stored_value(nilai: Decimal | None, teks: str, satuan: str = "") -> TargetValue:
    """A stored value as the core reads it, without the column's trailing zeros (60, not
    60,0000)."""
    if nilai is not None:
        return TargetValue(nilai=_plain(nilai), satuan=satuan)
    return TargetValue(teks=teks, satuan=satuan if teks else "")


def _plain(value: Decimal) -> Decimal:
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal
