"""RKT / IKU capaian with predikat and the mean row, and the Perjanjian Kinerja per triwulan, of
an office for one year (domain.md §2.K, §2.L; ``core.iku``).

The target of an IKU in a year is its Perjanjian Kinerja target; its realisasi is the value
reported for the year, else its triwulan values aggregated by the indicator's agregasi. The
predikat comes from the ``kinerja_renja`` scale in force that year. For the Perjanjian Kinerja
each triwulan that has a realisasi gets the capaian to date against the target to date
(``core.iku.compute_capaian_pk``), and the triwulan targets are checked against the annual one.
"""

from __future__ import annotations

from dataclasses import dataclass

from renjana.apps.evaluasi.skala import KINERJA_RENJA, scale_for
from renjana.apps.kinerja.selectors import DataIku, iku_data
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.capaian import Capaian, realisasi_tahunan
from renjana.core.iku import (
    IndikatorIku,
    LaporanIku,
    TargetPerjanjianKinerja,
    check_target_triwulan,
    compute_capaian_iku,
    compute_capaian_pk,
)
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity
from renjana.core.referensi import Scale

IKU_TANPA_PERJANJIAN = "IKU_TANPA_PERJANJIAN"


@dataclass(frozen=True, slots=True)
class BarisPerjanjian:
    """One Perjanjian Kinerja line: the IKU, its PK as a core value, and the capaian to date at
    the end of each triwulan (None before a realisasi is entered for it)."""

    data: DataIku
    pk: TargetPerjanjianKinerja
    capaian_triwulan: tuple[Capaian | None, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class TabelIku:
    """The IKU capaian table (with ``realisasi`` of each row as used) and the PK table."""

    tahun: int
    data: tuple[DataIku, ...]
    realisasi: tuple[Quantity, ...]
    laporan: LaporanIku
    perjanjian: tuple[BarisPerjanjian, ...]
    skala: Scale | None
    problems: tuple[Problem, ...]

    @property
    def pk_problems(self) -> tuple[Problem, ...]:
        return tuple(p for b in self.perjanjian for p in b.problems)


def _perjanjian(item: DataIku, skala: Scale | None) -> BarisPerjanjian:
    pk = TargetPerjanjianKinerja(
        sasaran=item.sasaran,
        uraian=item.uraian,
        target=item.target,
        target_triwulan=item.target_triwulan,
        agregasi=item.agregasi,
        polaritas=item.polaritas,
    )
    problems = check_target_triwulan(pk) if item.target_triwulan else ()
    capaian: list[Capaian | None] = []
    for number, value in enumerate(item.realisasi_triwulan, start=1):
        if value.is_missing:
            capaian.append(None)
            continue
        result = compute_capaian_pk(pk, item.realisasi_triwulan, number, skala)
        capaian.append(result)
        problems = (*problems, *(p.at(table="Perjanjian Kinerja") for p in result.problems))
    return BarisPerjanjian(item, pk, tuple(capaian), tuple(problems))


def build_iku(tahun: int, items: tuple[DataIku, ...], skala: Scale | None) -> TabelIku:
    """The IKU and Perjanjian Kinerja tables from loaded data (no queries)."""
    gaps: list[Problem] = []
    realisasi: list[Quantity] = []
    for item in items:
        annual = realisasi_tahunan(
            item.realisasi_triwulan, item.agregasi, item.realisasi_dilaporkan
        )
        realisasi.append(annual.nilai)
        gaps.extend(p.at(table="IKU", indikator=item.uraian) for p in annual.problems)
        if not item.ada_pk:
            gaps.append(
                Problem(
                    IKU_TANPA_PERJANJIAN,
                    Severity.WARNING,
                    f"IKU '{item.uraian}' belum punya target Perjanjian Kinerja {tahun}; "
                    "capaiannya N/A. Isi target PK-nya.",
                    Location(table="IKU", indikator=item.uraian),
                )
            )
    laporan = compute_capaian_iku(
        (
            IndikatorIku(
                sasaran=item.sasaran,
                uraian=item.uraian,
                target=item.target,
                realisasi=value,
                polaritas=item.polaritas,
            )
            for item, value in zip(items, realisasi, strict=True)
        ),
        skala,
    )
    perjanjian = tuple(_perjanjian(item, skala) for item in items if item.ada_pk)
    return TabelIku(
        tahun=tahun,
        data=items,
        realisasi=tuple(realisasi),
        laporan=laporan,
        perjanjian=perjanjian,
        skala=skala,
        problems=(*gaps, *(p.at(table="IKU") for p in laporan.problems)),
    )


def iku_for(pd: PerangkatDaerah, tahun: int) -> TabelIku:
    """IKU capaian and Perjanjian Kinerja of ``pd`` in ``tahun`` (the caller checked access)."""
    return build_iku(tahun, iku_data(pd, tahun), scale_for(KINERJA_RENJA, tahun))
