"""Early warning and freshness of an office for a year (``core.peringatan``).

* Every Renja indicator with a triwulan realisasi, and every IKU with one, is projected to the
  year's end from the triwulan values so far (to the latest triwulan any of them has reached,
  so an indicator left behind counts as late); those projected below ``ambang`` percent of
  their target are listed worst first, those that cannot be projected apart. IKU use their
  Perjanjian Kinerja triwulan targets. Indicators with only an annual value (a closed year
  reported as a whole) are not projected.
* Freshness: per unit kerja (the row's bidang, else its parent's), the date of the latest
  realisasi entry (``dicatat_pada``) against a limit in days, as of a date given by the
  caller (today by default): an office without bidang is one group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone

from renjana.apps.evaluasi.renja import DataRenja, load_renja, renja_for
from renjana.apps.kinerja.selectors import DataIku, iku_data
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.numbers import D
from renjana.core.peringatan import (
    IndikatorPantauan,
    KesegaranEntri,
    PeringatanDini,
    check_freshness,
    list_at_risk,
)

#: Default threshold of the projected capaian, in percent.
AMBANG_BAWAAN = D(80)
#: Default limit of days since the last entry.
BATAS_HARI_BAWAAN = 30
TANPA_BIDANG = "Tanpa bidang"
KELOMPOK_IKU = "IKU (SAKIP)"


@dataclass(frozen=True, slots=True)
class Pemantauan:
    """Early warning and freshness of one office-year. ``sampai_triwulan`` is the triwulan the
    projections start from (None when no triwulan value exists yet)."""

    tahun: int
    sampai_triwulan: int | None
    jumlah_dipantau: int
    peringatan: PeringatanDini
    kesegaran: tuple[KesegaranEntri, ...]
    per_tanggal: date
    batas_hari: int


def _watched(data: DataRenja | None, iku: tuple[DataIku, ...]) -> list[IndikatorPantauan]:
    watched: list[IndikatorPantauan] = []
    for row in data.baris if data else ():
        for ind in row.indikator:
            quarters = ind.realisasi_triwulan
            if all(q.is_missing for q in quarters):
                continue
            watched.append(
                IndikatorPantauan(
                    kode=row.kode,
                    uraian=ind.uraian,
                    target=ind.target,
                    realisasi_triwulan=quarters,
                    agregasi=ind.agregasi,
                    polaritas=ind.polaritas,
                    bidang=row.unit_kerja,
                )
            )
    for item in iku:
        if all(q.is_missing for q in item.realisasi_triwulan):
            continue
        watched.append(
            IndikatorPantauan(
                kode=f"IKU {item.nomor}",
                uraian=item.uraian,
                target=item.target,
                realisasi_triwulan=item.realisasi_triwulan,
                agregasi=item.agregasi,
                polaritas=item.polaritas,
                target_triwulan=item.target_triwulan,
                bidang=KELOMPOK_IKU,
            )
        )
    return watched


def _latest_triwulan(watched: list[IndikatorPantauan]) -> int | None:
    reached = [
        number
        for ind in watched
        for number, q in enumerate(ind.realisasi_triwulan, start=1)
        if not q.is_missing
    ]
    return max(reached) if reached else None


def _day(moment: datetime) -> date:
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def _last_entries(
    data: DataRenja | None, iku: tuple[DataIku, ...], unit_kerja: list[str]
) -> dict[str, date | None]:
    last: dict[str, date | None] = dict.fromkeys(unit_kerja)

    def note(group: str, moments: tuple[datetime, ...] | list[datetime]) -> None:
        if not moments:
            last.setdefault(group, None)
            return
        newest = _day(max(moments))
        current = last.get(group)
        last[group] = newest if current is None or newest > current else current

    for row in data.baris if data else ():
        group = row.unit_kerja or TANPA_BIDANG
        moments = [*row.anggaran.dicatat, *(m for i in row.indikator for m in i.dicatat)]
        if moments or group not in last:
            note(group, moments)
    if iku:
        note(KELOMPOK_IKU, [i.terakhir_dicatat for i in iku if i.terakhir_dicatat is not None])
    return last


def build_pemantauan(
    tahun: int,
    data: DataRenja | None,
    iku: tuple[DataIku, ...],
    unit_kerja: list[str],
    per_tanggal: date | None = None,
    ambang: Decimal = AMBANG_BAWAAN,
    batas_hari: int = BATAS_HARI_BAWAAN,
) -> Pemantauan:
    """Early warning and freshness from loaded data; ``per_tanggal`` defaults to today."""
    watched = _watched(data, iku)
    sampai = _latest_triwulan(watched)
    peringatan = list_at_risk(watched, ambang, sampai) if sampai else PeringatanDini(ambang, (), ())
    today = per_tanggal or timezone.localdate()
    kesegaran = check_freshness(_last_entries(data, iku, unit_kerja), today, batas_hari)
    return Pemantauan(tahun, sampai, len(watched), peringatan, kesegaran, today, batas_hari)


def unit_kerja_of(pd: PerangkatDaerah) -> list[str]:
    """The bidang of an office in their order: the groups of the freshness table."""
    return list(pd.unit_kerja.order_by("urutan", "nama").values_list("nama", flat=True))


def pemantauan_for(
    pd: PerangkatDaerah,
    tahun: int,
    per_tanggal: date | None = None,
    ambang: Decimal = AMBANG_BAWAAN,
    batas_hari: int = BATAS_HARI_BAWAAN,
) -> Pemantauan:
    """Early warning and freshness of ``pd`` in ``tahun`` (the caller has checked access)."""
    renja = renja_for(pd, tahun)
    return build_pemantauan(
        tahun,
        load_renja(renja) if renja else None,
        iku_data(pd, tahun),
        unit_kerja_of(pd),
        per_tanggal,
        ambang,
        batas_hari,
    )
