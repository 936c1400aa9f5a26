"""The entry page of one triwulan and the year overview, computed by the core from the
stored inputs: keuangan to date and its percentage of the pagu (DPPA, else DPA, else the
Renja's pagu), fisik, and per indicator the value to date and capaian by its agregasi."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from django.db.models import Q
from django.http import Http404

from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris
from renjana.apps.realisasi.models import (
    PERIODE_TRIWULAN,
    PaguAnggaran,
    RealisasiAnggaran,
    RealisasiKinerja,
    Triwulan,
)
from renjana.apps.realisasi.selectors.jadwal import (
    Kunci,
    kunci_tahun,
    nama_triwulan,
)
from renjana.core.anggaran import (
    BarisAnggaran,
    compute_realisasi_anggaran,
    is_pagu_exceeded,
    pagu_exceeded_problem,
)
from renjana.core.capaian import (
    Agregasi,
    Capaian,
    Polaritas,
    compute_capaian_periode,
    realisasi_sampai,
)
from renjana.core.idformat import format_number
from renjana.core.kode import kode_sort_key
from renjana.core.numbers import percent, strip_zeros
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, counts_persons

FISIK_MENURUN = "FISIK_MENURUN"
_AGREGASI_LABEL = MappingProxyType(
    {
        Agregasi.KUMULATIF: "kumulatif",
        Agregasi.NILAI_AKHIR: "nilai akhir",
        Agregasi.RATA_RATA: "rata-rata",
    }
)


# --- Warnings shared by the save and the page ---------------------------------------------


def anggaran_warnings(
    kode: str,
    triwulan: int,
    pagu: Decimal | None,
    keuangan: Sequence[Decimal | None],
    fisik: Sequence[Decimal | None],
) -> tuple[Problem, ...]:
    """Warnings of a leaf row for ``triwulan``: keuangan to date above the pagu, and fisik
    lower than in the triwulan before (or higher than in a later one already entered).
    ``keuangan`` and ``fisik`` hold the four triwulan values."""
    found: list[Problem] = []
    to_date = sum((k for k in keuangan[:triwulan] if k is not None), Decimal(0))
    if any(k is not None for k in keuangan[:triwulan]) and is_pagu_exceeded(pagu, to_date):
        exceeded = pagu_exceeded_problem(kode, pagu, to_date)
        found.append(
            replace(
                exceeded,
                severity=Severity.WARNING,
                message=f"Realisasi keuangan s.d. {nama_triwulan(triwulan)} "
                + exceeded.message.removeprefix("Realisasi ")
                + " Realisasi tetap disimpan dan dilaporkan di RFK.",
                location=replace(exceeded.location, triwulan=triwulan, field="keuangan"),
            )
        )
    current = fisik[triwulan - 1]
    if current is not None:
        before = [(t, f) for t, f in enumerate(fisik[: triwulan - 1], 1) if f is not None]
        after = [(t, f) for t, f in enumerate(fisik[triwulan:], triwulan + 1) if f is not None]
        if before and current < before[-1][1]:
            found.append(_fisik_menurun(kode, triwulan, current, *before[-1]))
        if after and after[0][1] < current:
            found.append(_fisik_menurun(kode, after[0][0], after[0][1], triwulan, current))
    return tuple(found)


def _fisik_menurun(kode: str, tw: int, nilai: Decimal, tw_lalu: int, lalu: Decimal) -> Problem:
    return Problem(
        FISIK_MENURUN,
        Severity.WARNING,
        f"Realisasi fisik {nama_triwulan(tw)} ({format_number(strip_zeros(nilai))}%) lebih "
        f"rendah dari {nama_triwulan(tw_lalu)} ({format_number(strip_zeros(lalu))}%); fisik "
        "adalah kemajuan pada akhir triwulan dan tidak semestinya menurun. Periksa angkanya.",
        Location(kode=kode, triwulan=tw, field="fisik"),
        found=str(nilai),
        expected=f">= {lalu}",
    )


# --- The entry page -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndikatorEntri:
    """One indicator on the entry page: target, this triwulan's value, value to date."""

    id: int
    uraian: str
    satuan: str
    agregasi: str
    target: Quantity
    nilai: Quantity
    sampai: Quantity
    capaian: Capaian
    per_triwulan: tuple[Quantity, ...]
    realisasi_id: int | None
    faktor_pendorong: str
    faktor_penghambat: str
    tindak_lanjut: str
    jumlah_orang: bool
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class BarisEntri:
    """One Renja row: its indicators and, on leaves, pagu, keuangan and fisik."""

    id: int
    kode: str
    nama: str
    level: str
    depth: int
    is_leaf: bool
    pagu: Decimal
    pagu_sumber: str
    keuangan: Decimal | None
    keuangan_sampai: Decimal
    keuangan_persen: Decimal | None
    sisa: Decimal
    fisik: Decimal | None
    fisik_lalu: Decimal | None
    realisasi_id: int | None
    indikator: tuple[IndikatorEntri, ...]
    peringatan: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class EntriTriwulan:
    renja: Renja
    kunci: Kunci
    semua_kunci: tuple[Kunci, ...]
    baris: tuple[BarisEntri, ...]
    pagu: Decimal
    keuangan_sampai: Decimal
    keuangan_persen: Decimal | None
    indikator_terisi: int
    indikator_jumlah: int

    def find(self, kode: str) -> BarisEntri | None:
        return next((b for b in self.baris if b.kode == kode), None)


def _plain(value: Decimal | None) -> Decimal | None:
    return None if value is None else strip_zeros(value)


def _quantity(nilai: Decimal | None, teks: str, satuan: str) -> Quantity:
    return Quantity(None if nilai is None else strip_zeros(nilai), satuan, teks)


def pagu_of_rows(rows: Iterable[Mapping[str, Any]]) -> dict[int, tuple[Decimal | None, str]]:
    """The pagu realisation is measured against: DPPA, else DPA, else the Renja's pagu."""
    rows = list(rows)
    ids = [int(str(r["id"])) for r in rows]
    set_: dict[int, dict[str, Decimal]] = {}
    for baris_id, jenis, jumlah in (
        PaguAnggaran.objects.filter(baris_id__in=ids)
        .order_by()
        .values_list("baris_id", "jenis", "jumlah")
    ):
        set_.setdefault(baris_id, {})[jenis] = jumlah
    result: dict[int, tuple[Decimal | None, str]] = {}
    for r in rows:
        pk = int(str(r["id"]))
        dokumen = set_.get(pk, {})
        if PaguAnggaran.Jenis.DPPA in dokumen:
            result[pk] = (dokumen[PaguAnggaran.Jenis.DPPA], "DPPA")
        elif PaguAnggaran.Jenis.DPA in dokumen:
            result[pk] = (dokumen[PaguAnggaran.Jenis.DPA], "DPA")
        else:
            pagu = r["pagu"]
            result[pk] = (pagu if isinstance(pagu, Decimal) else None, "Renja")
    return result


def entri_triwulan(renja: Renja, triwulan: int, hari_ini: dt.date) -> EntriTriwulan:
    """Everything the entry page of ``triwulan`` shows, in code order (ten queries)."""
    rows = sorted(
        RenjaBaris.objects.filter(renja=renja).values(
            "id", "kode", "level", "nama", "pagu", "induk__kode"
        ),
        key=lambda r: kode_sort_key(r["kode"]),
    )
    pagu = pagu_of_rows(rows)
    anggaran: dict[int, dict[str, RealisasiAnggaran]] = {}
    for ra in RealisasiAnggaran.objects.filter(baris__renja=renja).order_by():
        anggaran.setdefault(ra.baris_id, {})[ra.periode] = ra
    indikator: dict[int, list[Indikator]] = {}
    for ind in Indikator.objects.filter(baris__renja=renja).order_by("urutan", "id"):
        indikator.setdefault(ind.baris_id, []).append(ind)
    kinerja: dict[int, dict[str, RealisasiKinerja]] = {}
    for rk in RealisasiKinerja.objects.filter(indikator__baris__renja=renja).order_by():
        kinerja.setdefault(rk.indikator_id, {})[rk.periode] = rk
    periode = PERIODE_TRIWULAN[triwulan]
    periods = [PERIODE_TRIWULAN[t] for t in Triwulan.values]
    parents = {str(r["induk__kode"]) for r in rows if r["induk__kode"]}

    report = compute_realisasi_anggaran(
        BarisAnggaran(
            kode=str(r["kode"]),
            induk=r["induk__kode"],
            level=str(r["level"]),
            nama=str(r["nama"]),
            anggaran=pagu[r["id"]][0],
            realisasi=sum(
                (
                    a.keuangan
                    for p in periods[:triwulan]
                    if (a := anggaran.get(r["id"], {}).get(p)) and a.keuangan is not None
                ),
                Decimal(0),
            ),
        )
        for r in rows
    )
    result: list[BarisEntri] = []
    terisi = jumlah = 0
    for r in rows:
        pk, kode = int(r["id"]), str(r["kode"])
        line = report.find(kode)
        assert line is not None
        entries = anggaran.get(pk, {})
        keuangan = [e.keuangan if (e := entries.get(p)) else None for p in periods]
        fisik = [e.fisik_persen if (e := entries.get(p)) else None for p in periods]
        is_leaf = kode not in parents
        ind_rows = tuple(
            _indikator_entri(ind, kinerja.get(ind.pk, {}), periods, triwulan)
            for ind in indikator.get(pk, [])
        )
        jumlah += len(ind_rows)
        terisi += sum(1 for i in ind_rows if not i.nilai.is_missing)
        current = entries.get(periode)
        earlier = [f for f in fisik[: triwulan - 1] if f is not None]
        result.append(
            BarisEntri(
                id=pk,
                kode=kode,
                nama=str(r["nama"]),
                level=str(r["level"]),
                depth=line.depth,
                is_leaf=is_leaf,
                pagu=line.anggaran,
                pagu_sumber=pagu[pk][1] if is_leaf else "",
                keuangan=keuangan[triwulan - 1],
                keuangan_sampai=line.realisasi,
                keuangan_persen=line.persen,
                sisa=line.sisa,
                fisik=_plain(fisik[triwulan - 1]),
                fisik_lalu=_plain(earlier[-1]) if earlier else None,
                realisasi_id=current.pk if current else None,
                indikator=ind_rows,
                peringatan=(
                    anggaran_warnings(kode, triwulan, pagu[pk][0], keuangan, fisik)
                    if is_leaf
                    else ()
                ),
            )
        )
    total = report.total
    semua_kunci = kunci_tahun(renja, hari_ini)
    return EntriTriwulan(
        renja=renja,
        kunci=semua_kunci[triwulan - 1],
        semua_kunci=semua_kunci,
        baris=tuple(result),
        pagu=total.anggaran,
        keuangan_sampai=total.realisasi,
        keuangan_persen=total.persen,
        indikator_terisi=terisi,
        indikator_jumlah=jumlah,
    )


def _indikator_entri(
    ind: Indikator, values: Mapping[str, RealisasiKinerja], periods: Sequence[str], triwulan: int
) -> IndikatorEntri:
    per_tw = tuple(
        _quantity(v.nilai, v.teks, v.satuan or ind.satuan)
        if (v := values.get(p))
        else Quantity(None, "")
        for p in periods
    )
    agregasi, polaritas = Agregasi(ind.agregasi), Polaritas(ind.polaritas)
    target = _quantity(ind.target_nilai, ind.target_teks, ind.satuan)
    sampai = realisasi_sampai(per_tw, agregasi, triwulan)
    capaian = compute_capaian_periode(target, per_tw, agregasi, triwulan, polaritas)
    current = values.get(periods[triwulan - 1])
    return IndikatorEntri(
        id=ind.pk,
        uraian=ind.uraian,
        satuan=ind.satuan,
        agregasi=_AGREGASI_LABEL[agregasi],
        target=target,
        nilai=per_tw[triwulan - 1],
        sampai=sampai.nilai,
        capaian=capaian,
        per_triwulan=per_tw,
        realisasi_id=current.pk if current else None,
        faktor_pendorong=current.faktor_pendorong if current else "",
        faktor_penghambat=current.faktor_penghambat if current else "",
        tindak_lanjut=current.tindak_lanjut if current else "",
        jumlah_orang=counts_persons(ind.satuan),
        problems=tuple(
            p for p in (*sampai.problems, *capaian.problems) if p.severity is not Severity.INFO
        ),
    )


@dataclass(frozen=True, slots=True)
class RingkasanTriwulan:
    kunci: Kunci
    indikator_terisi: int
    indikator_jumlah: int
    keuangan: Decimal
    keuangan_sampai: Decimal
    keuangan_persen: Decimal | None


def ringkasan_tahun(renja: Renja, hari_ini: dt.date) -> tuple[RingkasanTriwulan, ...]:
    """Per triwulan: lock state, indicators filled, keuangan in the triwulan and to date."""
    kunci = kunci_tahun(renja, hari_ini)
    filled = dict.fromkeys(PERIODE_TRIWULAN.values(), 0)
    for periode in RealisasiKinerja.objects.filter(
        Q(nilai__isnull=False) | ~Q(teks=""), indikator__baris__renja=renja
    ).values_list("periode", flat=True):
        if periode in filled:
            filled[periode] += 1
    jumlah = Indikator.objects.filter(baris__renja=renja).count()
    spent = dict.fromkeys(PERIODE_TRIWULAN.values(), Decimal(0))
    for periode, keuangan in RealisasiAnggaran.objects.filter(
        baris__renja=renja, keuangan__isnull=False
    ).values_list("periode", "keuangan"):
        if periode in spent:
            spent[periode] += keuangan
    leaves = RenjaBaris.objects.filter(renja=renja, anak__isnull=True).values("id", "pagu")
    total_pagu = sum((p for p, _ in pagu_of_rows(leaves).values() if p is not None), Decimal(0))
    result, to_date = [], Decimal(0)
    for k in kunci:
        here = spent[PERIODE_TRIWULAN[k.triwulan]]
        to_date += here
        result.append(
            RingkasanTriwulan(
                k,
                filled[PERIODE_TRIWULAN[k.triwulan]],
                jumlah,
                here,
                to_date,
                percent(to_date, total_pagu),
            )
        )
    return tuple(result)


def get_indikator(renja: Renja, pk: int) -> Indikator:
    ind = Indikator.objects.select_related("baris__renja").filter(baris__renja=renja, pk=pk).first()
    if ind is None:
        raise Http404("Indikator tidak ditemukan.")
    return ind


def get_baris(renja: Renja, pk: int) -> RenjaBaris:
    baris = RenjaBaris.objects.select_related("renja").filter(renja=renja, pk=pk).first()
    if baris is None:
        raise Http404("Baris tidak ditemukan.")
    return baris
