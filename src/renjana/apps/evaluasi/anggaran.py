"""Budget realisation and RFK of an office for the evaluated year, and keuangan vs fisik per
triwulan (domain.md §2.B, §2.C; ADR 0004, 0005).

Inputs per leaf row (sub kegiatan, or the kegiatan of a plan kept at kegiatan level):

* anggaran / pagu = the DPPA, else the DPA, else the Renja's pagu indikatif (reported, since
  realisation is measured against the budget actually set);
* realisasi keuangan = the amount reported for the year, else the sum of the four triwulan
  (``core.capaian.realisasi_tahunan``, kumulatif in Rupiah, which reports a disagreement);
* fisik % = the value reported for the year, else the latest triwulan (nilai akhir).

Roll-ups, percentages, bobot, TTB and sisa are all computed by ``core.anggaran`` and
``core.rfk``; the curve of keuangan vs fisik is the RFK JUMLAH row computed with the values up
to each triwulan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from renjana.apps.evaluasi.renja import (
    PERIODE_TAHUN,
    PERIODE_TRIWULAN,
    BarisRenja,
    DataRenja,
    load_renja,
    renja_for,
)
from renjana.apps.evaluasi.renstra import load_renstra, renstra_for
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.anggaran import (
    BarisAnggaran,
    LaporanRealisasiAnggaran,
    compute_realisasi_anggaran,
)
from renjana.core.capaian import Agregasi, realisasi_sampai, realisasi_tahunan
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import PERSEN, RUPIAH, Quantity
from renjana.core.rfk import (
    RFK_FISIK_KOSONG,
    BarisRfkInput,
    LaporanRfk,
    MetodeTtbKeuangan,
    compute_rfk,
)

ANGGARAN_DARI_PAGU_INDIKATIF = "ANGGARAN_DARI_PAGU_INDIKATIF"
REALISASI_ANGGARAN_BELUM_ADA = "REALISASI_ANGGARAN_BELUM_ADA"
_MISSING = Quantity(None, "")


class SumberAnggaran:
    DPPA = "dppa"
    DPA = "dpa"
    RENJA = "renja"
    KOSONG = ""


@dataclass(frozen=True, slots=True)
class NilaiLeaf:
    """The values of one leaf that enter the tables, and where its anggaran came from."""

    anggaran: Decimal | None
    sumber: str
    realisasi: Decimal | None
    fisik: Decimal | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class TitikTriwulan:
    """One point of the keuangan vs fisik curve: the JUMLAH of the RFK up to a period."""

    label: str
    keuangan_persen: Decimal | None
    fisik_persen: Decimal | None


@dataclass(frozen=True, slots=True)
class TabelAnggaran:
    """Budget realisation (§2.B), the RFK (§2.C) and the triwulan curve of one Renja year.

    ``induk`` maps each row code to its parent's; ``sumber`` each leaf to where its anggaran
    came from (``dppa``, ``dpa``, ``renja``); ``data_problems`` are the findings met gathering
    the inputs, shown under both tables.
    """

    tahun: int
    realisasi: LaporanRealisasiAnggaran
    rfk: LaporanRfk
    triwulan: tuple[TitikTriwulan, ...]
    induk: Mapping[str, str | None]
    sumber: Mapping[str, str]
    data_problems: tuple[Problem, ...]
    ada_realisasi: bool = True

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Findings of the budget realisation table."""
        return (*self.data_problems, *self.realisasi.problems)

    @property
    def rfk_problems(self) -> tuple[Problem, ...]:
        """Findings of the RFK; before any realisasi is entered, one note replaces the empty
        fisik % of every leaf."""
        rfk = self.rfk.problems
        if not self.ada_realisasi:
            rfk = tuple(p for p in rfk if p.code != RFK_FISIK_KOSONG)
        return (*self.data_problems, *rfk)


def _money(value: Decimal | None) -> Quantity:
    return _MISSING if value is None else Quantity(value, RUPIAH)


def _percent(value: Decimal | None) -> Quantity:
    return _MISSING if value is None else Quantity(value, PERSEN)


def _placed(problems: tuple[Problem, ...], kode: str, field: str) -> tuple[Problem, ...]:
    return tuple(p.at(kode=kode, field=field, table="Realisasi Anggaran") for p in problems)


def leaf_values(row: BarisRenja, sampai: int | None = None) -> NilaiLeaf:
    """Anggaran, realisasi keuangan and fisik of a leaf for the year, or (``sampai`` 1-4) up to
    the end of that triwulan."""
    a = row.anggaran
    if a.dppa is not None:
        anggaran, sumber = a.dppa, SumberAnggaran.DPPA
    elif a.dpa is not None:
        anggaran, sumber = a.dpa, SumberAnggaran.DPA
    elif row.pagu is not None:
        anggaran, sumber = row.pagu, SumberAnggaran.RENJA
    else:
        anggaran, sumber = None, SumberAnggaran.KOSONG
    keuangan = [_money(a.keuangan.get(p)) for p in PERIODE_TRIWULAN]
    fisik = [_percent(a.fisik.get(p)) for p in PERIODE_TRIWULAN]
    if sampai is None:
        spent = realisasi_tahunan(
            keuangan, Agregasi.KUMULATIF, _money(a.keuangan.get(PERIODE_TAHUN))
        )
        progress = realisasi_tahunan(
            fisik, Agregasi.NILAI_AKHIR, _percent(a.fisik.get(PERIODE_TAHUN))
        )
    else:
        spent = realisasi_sampai(keuangan, Agregasi.KUMULATIF, sampai)
        progress = realisasi_sampai(fisik, Agregasi.NILAI_AKHIR, sampai)
    problems = (
        *_placed(spent.problems, row.kode, "keuangan"),
        *_placed(progress.problems, row.kode, "fisik"),
    )
    return NilaiLeaf(anggaran, sumber, spent.nilai.nilai, progress.nilai.nilai, problems)


def has_budget_data(data: DataRenja) -> bool:
    """True when any leaf has a pagu (DPA, DPPA or Renja) or a realisasi anggaran entry."""
    return any(
        b.pagu is not None or b.anggaran.dpa is not None or b.anggaran.dppa is not None
        or b.anggaran.keuangan or b.anggaran.fisik
        for b in data.leaves
    )  # fmt: skip


def _rfk(
    data: DataRenja,
    values: Mapping[str, NilaiLeaf],
    sasaran_program: Mapping[str, str],
    metode: MetodeTtbKeuangan,
) -> LaporanRfk:
    return compute_rfk(
        (
            BarisRfkInput(
                kode=b.kode,
                induk=b.induk,
                level=b.level,
                nama=b.nama,
                indikator="; ".join(i.uraian for i in b.indikator if i.uraian),
                sasaran_strategis=sasaran_program.get(b.kode, "") if b.level == "program" else "",
                pagu=values[b.kode].anggaran if b.kode in values else None,
                realisasi=values[b.kode].realisasi if b.kode in values else None,
                fisik_persen=values[b.kode].fisik if b.kode in values else None,
            )
            for b in data.baris
        ),
        metode,
    )


def _curve(data: DataRenja, annual: LaporanRfk) -> tuple[TitikTriwulan, ...]:
    periods = {p for b in data.leaves for p, v in b.anggaran.keuangan.items() if v is not None}
    periods |= {p for b in data.leaves for p, v in b.anggaran.fisik.items() if v is not None}
    points: list[TitikTriwulan] = []
    for number, periode in enumerate(PERIODE_TRIWULAN, start=1):
        if periode not in periods:
            continue
        values = {b.kode: leaf_values(b, number) for b in data.leaves}
        jumlah = _rfk(data, values, {}, MetodeTtbKeuangan.STANDAR).jumlah
        label = f"TW {('I', 'II', 'III', 'IV')[number - 1]}"
        points.append(TitikTriwulan(label, jumlah.keuangan_persen, jumlah.fisik_ttb))
    if not points and PERIODE_TAHUN in periods:
        jumlah = annual.jumlah
        points.append(TitikTriwulan("Tahunan", jumlah.keuangan_persen, jumlah.fisik_ttb))
    return tuple(points)


def build_anggaran(
    data: DataRenja,
    sasaran_program: Mapping[str, str] | None = None,
    metode: MetodeTtbKeuangan = MetodeTtbKeuangan.STANDAR,
) -> TabelAnggaran | None:
    """The budget tables of a loaded Renja; None when it holds no budget data at all."""
    if not has_budget_data(data):
        return None
    leaves = data.leaves
    values = {b.kode: leaf_values(b) for b in leaves}
    problems: list[Problem] = [p for v in values.values() for p in v.problems]
    from_renja = [b.kode for b in leaves if values[b.kode].sumber == SumberAnggaran.RENJA]
    if from_renja:
        shown = ", ".join(from_renja[:5]) + (" …" if len(from_renja) > 5 else "")
        problems.append(
            Problem(
                ANGGARAN_DARI_PAGU_INDIKATIF,
                Severity.INFO,
                f"{len(from_renja)} baris belum punya pagu DPA/DPPA ({shown}); dipakai pagu "
                "indikatif Renja. Isi pagu DPA atau DPPA agar realisasi diukur terhadap "
                "anggaran yang ditetapkan.",
                Location(table="Realisasi Anggaran"),
            )
        )
    ada_realisasi = any(b.anggaran.keuangan or b.anggaran.fisik for b in leaves)
    if not ada_realisasi:
        problems.append(
            Problem(
                REALISASI_ANGGARAN_BELUM_ADA,
                Severity.INFO,
                f"Belum ada realisasi keuangan/fisik tahun {data.tahun}; realisasi dihitung 0. "
                "Isi realisasi per triwulan.",
                Location(table="Realisasi Anggaran"),
            )
        )
    realisasi = compute_realisasi_anggaran(
        BarisAnggaran(
            kode=b.kode,
            induk=b.induk,
            level=b.level,
            nama=b.nama,
            anggaran=values[b.kode].anggaran if b.kode in values else None,
            realisasi=values[b.kode].realisasi if b.kode in values else None,
        )
        for b in data.baris
    )
    rfk = _rfk(data, values, sasaran_program or {}, metode)
    return TabelAnggaran(
        tahun=data.tahun,
        realisasi=realisasi,
        rfk=rfk,
        triwulan=_curve(data, rfk),
        induk={b.kode: b.induk for b in data.baris},
        sumber={k: v.sumber for k, v in values.items()},
        data_problems=tuple(problems),
        ada_realisasi=ada_realisasi,
    )


def anggaran_for(
    pd: PerangkatDaerah, tahun: int, metode: MetodeTtbKeuangan = MetodeTtbKeuangan.STANDAR
) -> TabelAnggaran | None:
    """The budget tables of ``pd`` for ``tahun``; None without a Renja or budget data (the
    caller has checked access)."""
    renja = renja_for(pd, tahun)
    if renja is None:
        return None
    renstra = renstra_for(pd, tahun, renja.renstra_id)
    sasaran = load_renstra(renstra).sasaran_program if renstra else None
    return build_anggaran(load_renja(renja), sasaran, metode)
