"""PPKS and PSKS population per year, optionally per kecamatan (domain.md §2.N).

Population counts are inputs, not results: they feed the "jumlah yang harus dilayani" of the
SPM (``spm.py``) and the PMKS/PSKS tables. This module picks and adds them safely:

* a count of persons or households must be a whole, non-negative number;
* a region total and its kecamatan rows must agree (the region row wins, the gap is reported);
  without a region row the kecamatan rows are added;
* kinds counted in different units (jiwa and KK) are never added;
* a kind with no count (``N/A``/``-``) makes the total unknown (None), never an understated
  number, because an understated base would inflate an SPM achievement.

Nothing is rounded here: counts are whole numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.idformat import format_number, has_fraction
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import are_compatible, normalize_satuan
from renjana.core.referensi import name_key

POPULASI_BUKAN_BILANGAN_BULAT = "POPULASI_BUKAN_BILANGAN_BULAT"
POPULASI_NEGATIF = "POPULASI_NEGATIF"
POPULASI_KOSONG = "POPULASI_KOSONG"
POPULASI_KECAMATAN_TIDAK_SAMA = "POPULASI_KECAMATAN_TIDAK_SAMA"
POPULASI_SATUAN_BERBEDA = "POPULASI_SATUAN_BERBEDA"


@dataclass(frozen=True, slots=True)
class DataPopulasi:
    """One printed or entered count: a PPKS/PSKS kind in one year, for the whole region
    (``kecamatan`` empty) or one kecamatan. ``jumlah`` None means N/A or ``-``."""

    jenis: str
    tahun: int
    jumlah: Decimal | None
    satuan: str = "Jiwa"
    kecamatan: str = ""


@dataclass(frozen=True, slots=True)
class JumlahPopulasi:
    """A total (None when unknown or invalid), its unit, and the findings."""

    jumlah: Decimal | None
    satuan: str
    problems: tuple[Problem, ...] = ()


def check_count(value: Decimal, where: Location) -> tuple[Problem, ...]:
    """A person/household count must be a whole number, not negative."""
    if value < 0:
        return (
            Problem(
                POPULASI_NEGATIF,
                Severity.ERROR,
                f"Jumlah {format_number(value)} negatif; jumlah orang/keluarga tak boleh negatif.",
                where,
                found=str(value),
            ),
        )
    if has_fraction(value):
        return (
            Problem(
                POPULASI_BUKAN_BILANGAN_BULAT,
                Severity.ERROR,
                f"Jumlah {format_number(value)} bukan bilangan bulat; jumlah orang/keluarga harus "
                "bilangan bulat. Perbaiki angkanya, jangan dibulatkan otomatis.",
                where,
                found=str(value),
            ),
        )
    return ()


def _one_kind(
    rows: Sequence[DataPopulasi], jenis: str, tahun: int, kecamatan: str | None
) -> JumlahPopulasi:
    where = Location(indikator=jenis, field=str(tahun))
    key = name_key(jenis)
    mine = [r for r in rows if r.tahun == tahun and name_key(r.jenis) == key]
    region = [r for r in mine if not r.kecamatan]
    parts = [r for r in mine if r.kecamatan]
    if kecamatan is not None:
        chosen = [r for r in parts if name_key(r.kecamatan) == name_key(kecamatan)]
        where = Location(indikator=jenis, field=str(tahun), kode=kecamatan)
    else:
        chosen = region[:1] or parts
    satuan = normalize_satuan(chosen[0].satuan) if chosen else ""
    if not chosen or any(r.jumlah is None for r in chosen):
        message = f"Populasi {jenis} tahun {tahun} tidak tersedia (N/A); isi datanya."
        return JumlahPopulasi(
            None, satuan, (Problem(POPULASI_KOSONG, Severity.WARNING, message, where),)
        )
    problems = [p for r in chosen if r.jumlah is not None for p in check_count(r.jumlah, where)]
    if not all(are_compatible(chosen[0].satuan, r.satuan) for r in chosen):
        problems.append(_unit_problem(jenis, [r.satuan for r in chosen], where))
    if problems:
        return JumlahPopulasi(None, satuan, tuple(problems))
    total = sum((r.jumlah for r in chosen if r.jumlah is not None), ZERO)
    if kecamatan is None and region and parts and all(r.jumlah is not None for r in parts):
        by_kecamatan = sum((r.jumlah for r in parts if r.jumlah is not None), ZERO)
        if by_kecamatan != total:
            problems.append(
                Problem(
                    POPULASI_KECAMATAN_TIDAK_SAMA,
                    Severity.WARNING,
                    f"Populasi {jenis} tahun {tahun}: jumlah per kecamatan "
                    f"{format_number(by_kecamatan)} berbeda dengan total wilayah "
                    f"{format_number(total)}; dipakai total wilayah. Periksa data kecamatan.",
                    where,
                    found=str(by_kecamatan),
                    expected=str(total),
                )
            )
    return JumlahPopulasi(total, satuan, tuple(problems))


def _unit_problem(subject: str, units: Sequence[str], where: Location) -> Problem:
    shown = ", ".join(dict.fromkeys(normalize_satuan(u) for u in units))
    return Problem(
        POPULASI_SATUAN_BERBEDA,
        Severity.ERROR,
        f"Populasi {subject} memakai satuan berbeda ({shown}) yang tidak dapat dijumlah; "
        "pisahkan per satuan (jiwa dan KK tidak dijumlah).",
        where,
        found=shown,
    )


def total_populasi(
    data: Iterable[DataPopulasi],
    jenis: str | Sequence[str],
    tahun: int,
    kecamatan: str | None = None,
) -> JumlahPopulasi:
    """The population of one or several kinds (``("Gelandangan", "Pengemis")``) in ``tahun``,
    for the region or one ``kecamatan``; None with problems when unknown or invalid."""
    rows = tuple(data)
    kinds = (jenis,) if isinstance(jenis, str) else tuple(jenis)
    results = [_one_kind(rows, k, tahun, kecamatan) for k in kinds]
    problems = tuple(p for r in results for p in r.problems)
    satuan = results[0].satuan if results else ""
    if not results or any(r.jumlah is None for r in results):
        return JumlahPopulasi(None, satuan, problems)
    if not all(are_compatible(satuan, r.satuan) for r in results):
        where = Location(indikator=" + ".join(kinds), field=str(tahun))
        unit = _unit_problem(" + ".join(kinds), [r.satuan for r in results], where)
        return JumlahPopulasi(None, satuan, (*problems, unit))
    total = sum((r.jumlah for r in results if r.jumlah is not None), ZERO)
    return JumlahPopulasi(total, satuan, problems)


@dataclass(frozen=True, slots=True)
class BarisPopulasi:
    """One kind with its total per year (the by-year PMKS/PSKS table)."""

    jenis: str
    satuan: str
    per_tahun: tuple[tuple[int, JumlahPopulasi], ...]


def rekap_populasi(data: Iterable[DataPopulasi], tahun: Sequence[int]) -> tuple[BarisPopulasi, ...]:
    """The by-year table: every kind in first-seen order, its region total for each year."""
    rows = tuple(data)
    kinds: dict[str, DataPopulasi] = {}
    for row in rows:
        kinds.setdefault(name_key(row.jenis), row)
    return tuple(
        BarisPopulasi(
            first.jenis,
            normalize_satuan(first.satuan),
            tuple((t, _one_kind(rows, first.jenis, t, None)) for t in tahun),
        )
        for first in kinds.values()
    )
