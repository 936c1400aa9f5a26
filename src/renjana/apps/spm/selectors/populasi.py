"""PPKS/PSKS population as core values: the table of a year (area or kecamatan), the
by-year recap and "harus dilayani" of an SPM jenis from the population (docs/domain/spm.md).

Rules of the core (``core.populasi``): the area row wins over its kecamatan rows (the gap is
reported), without one the kecamatan rows are added; an N/A kind makes a total unknown, never
an understated number. A PSKS with sub-types (LKS) and no count of its own is the sum of its
sub-types.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.spm.models import PopulasiPpks, PopulasiPsks
from renjana.apps.spm.pemetaan import sumber_populasi
from renjana.apps.spm.selectors.referensi import (
    PPKS,
    PSKS,
    JenisPopulasi,
    jenis_ppks,
    jenis_psks,
    ppks_names,
)
from renjana.core.idformat import format_number
from renjana.core.kode import kode_sort_key
from renjana.core.populasi import (
    POPULASI_KOSONG,
    BarisPopulasi,
    DataPopulasi,
    JumlahPopulasi,
    rekap_populasi,
    total_populasi,
)
from renjana.core.problems import Location, Problem, Severity

POPULASI_SUB_JENIS_TIDAK_SAMA = "POPULASI_SUB_JENIS_TIDAK_SAMA"


def count_value(value: int | None) -> Decimal | None:
    """A stored whole count as the core's ``Decimal`` (None stays None: N/A)."""
    return None if value is None else Decimal(value)


def populasi_data(
    pd: PerangkatDaerah, kelompok: str, tahun: int | Sequence[int] | None = None
) -> tuple[DataPopulasi, ...]:
    """The stored counts as core values: the kind's reference name, the kecamatan's code."""
    years = [tahun] if isinstance(tahun, int) else tahun
    if kelompok == PPKS:
        qs = PopulasiPpks.objects.filter(perangkat_daerah=pd)
        if years is not None:
            qs = qs.filter(tahun__in=years)
        rows = qs.order_by("jenis__nomor", "tahun", "kecamatan__kode").values_list(
            "jenis__nama", "tahun", "jumlah", "satuan", "kecamatan__kode"
        )
        return tuple(
            DataPopulasi(nama, t, count_value(jumlah), satuan, kec or "")
            for nama, t, jumlah, satuan, kec in rows
        )
    psks = PopulasiPsks.objects.filter(perangkat_daerah=pd)
    if years is not None:
        psks = psks.filter(tahun__in=years)
    entries = sorted(
        psks.values_list("jenis__kode", "jenis__nama", "tahun", "jumlah", "kecamatan__kode"),
        key=lambda r: (kode_sort_key(r[0]), r[2], r[4] or ""),
    )
    return tuple(
        DataPopulasi(nama, t, count_value(jumlah), "", kec or "")
        for _, nama, t, jumlah, kec in entries
    )


@dataclass(frozen=True, slots=True)
class BarisTabelPopulasi:
    """One kind on the population page: what was entered at the level shown (``isian``:
    a number, None for N/A, absent when ``diisi`` is False) and the total the core uses."""

    jenis: JenisPopulasi
    diisi: bool
    isian: Decimal | None
    jumlah: JumlahPopulasi | None


@dataclass(frozen=True, slots=True)
class TotalSatuan:
    """The PPKS counted in one unit: the sum of the kinds with a known count, and how many
    kinds are N/A or not entered (so the sum is a lower bound while either is non-zero)."""

    satuan: str
    jumlah: Decimal | None
    jenis_tercatat: int
    jenis_na: int
    jenis_kosong: int


@dataclass(frozen=True, slots=True)
class TabelPopulasi:
    tahun: int
    kecamatan: str | None
    ppks: tuple[BarisTabelPopulasi, ...]
    psks: tuple[BarisTabelPopulasi, ...]
    total_ppks: tuple[TotalSatuan, ...]
    problems: tuple[Problem, ...] = field(default=())


def _rows_for(
    kinds: Iterable[JenisPopulasi],
    data: tuple[DataPopulasi, ...],
    tahun: int,
    kecamatan: str | None,
) -> tuple[list[BarisTabelPopulasi], list[Problem]]:
    """Each kind with what was entered at the level shown and the total the core takes:
    for the area, the area row or else its kecamatan rows added; for a PSKS with sub-types
    and no count of its own, the sub-types added."""
    year = [d for d in data if d.tahun == tahun]
    entered = {(d.jenis, d.kecamatan or None): d for d in year}
    if kecamatan is None:
        present = {d.jenis for d in year}
    else:
        present = {d.jenis for d in year if d.kecamatan == kecamatan}
    by_kode = {k.kode: k for k in kinds}
    result: list[BarisTabelPopulasi] = []
    problems: list[Problem] = []
    for kind in by_kode.values():
        own = entered.get((kind.nama, kecamatan))
        names = [by_kode[c].nama for c in kind.anak]
        jumlah: JumlahPopulasi | None = None
        if kind.nama in present:
            jumlah = total_populasi(data, kind.nama, tahun, kecamatan)
            if any(n in present for n in names) and jumlah.jumlah is not None:
                from_children = total_populasi(data, names, tahun, kecamatan)
                sub = from_children.jumlah
                if sub is not None and sub != jumlah.jumlah:
                    problems.append(_sub_mismatch(kind, tahun, jumlah.jumlah, sub))
        elif any(n in present for n in names):
            jumlah = total_populasi(data, names, tahun, kecamatan)
        result.append(
            BarisTabelPopulasi(kind, own is not None, own.jumlah if own else None, jumlah)
        )
        if jumlah is not None:  # an N/A cell speaks for itself; report everything else
            problems.extend(p for p in jumlah.problems if p.code != POPULASI_KOSONG)
    return result, problems


def _sub_mismatch(kind: JenisPopulasi, tahun: int, own: Decimal, children: Decimal) -> Problem:
    return Problem(
        POPULASI_SUB_JENIS_TIDAK_SAMA,
        Severity.WARNING,
        f"{kind.nama} tahun {tahun}: jumlah per sub jenis {format_number(children)} "
        f"berbeda dengan isian {kind.nama} {format_number(own)}; dipakai isian "
        f"{kind.nama}. Periksa rinciannya.",
        Location(indikator=kind.nama, field=str(tahun)),
        found=str(children),
        expected=str(own),
    )


def _totals(
    rows: Sequence[BarisTabelPopulasi],
    data: tuple[DataPopulasi, ...],
    tahun: int,
    kecamatan: str | None,
) -> tuple[TotalSatuan, ...]:
    units = list(dict.fromkeys(r.jenis.satuan for r in rows))
    totals = []
    for satuan in units:
        mine = [r for r in rows if r.jenis.satuan == satuan]
        known = [r.jenis.nama for r in mine if r.jumlah is not None and r.jumlah.jumlah is not None]
        na = sum(1 for r in mine if r.jumlah is not None and r.jumlah.jumlah is None)
        kosong = sum(1 for r in mine if r.jumlah is None)
        jumlah = total_populasi(data, known, tahun, kecamatan).jumlah if known else None
        totals.append(TotalSatuan(satuan, jumlah, len(known), na, kosong))
    return tuple(totals)


def tabel_populasi(pd: PerangkatDaerah, tahun: int, kecamatan: str | None = None) -> TabelPopulasi:
    """The PPKS and PSKS of one year for the area (``kecamatan`` None: the area row, else the
    kecamatan rows added) or for one kecamatan, with the PPKS sums per unit."""
    ppks_data = populasi_data(pd, PPKS, tahun)
    psks_data = populasi_data(pd, PSKS, tahun)
    ppks, p1 = _rows_for(jenis_ppks(), ppks_data, tahun, kecamatan)
    psks, p2 = _rows_for(jenis_psks(), psks_data, tahun, kecamatan)
    return TabelPopulasi(
        tahun, kecamatan, tuple(ppks), tuple(psks), _totals(ppks, ppks_data, tahun, kecamatan),
        tuple(p1 + p2),
    )  # fmt: skip


def tahun_populasi(pd: PerangkatDaerah) -> list[int]:
    """Years with any population count, oldest first."""
    years = set(PopulasiPpks.objects.filter(perangkat_daerah=pd).values_list("tahun", flat=True))
    years |= set(PopulasiPsks.objects.filter(perangkat_daerah=pd).values_list("tahun", flat=True))
    return sorted(years)


def rekap(pd: PerangkatDaerah, kelompok: str) -> tuple[list[int], tuple[BarisPopulasi, ...]]:
    """The by-year table (standard format): each entered kind, its area total per year."""
    data = populasi_data(pd, kelompok)
    years = sorted({d.tahun for d in data})
    return years, rekap_populasi(data, years)


def harus_dari_populasi(
    pd: PerangkatDaerah,
    tahun: int,
    spm_nomor: int,
    data: tuple[DataPopulasi, ...] | None = None,
    names: dict[int, str] | None = None,
) -> JumlahPopulasi | None:
    """The "harus dilayani" of a jenis layanan from the PPKS population of the year (the mapped
    kinds added, docs/domain/spm.md); None when the jenis has no mapping."""
    sumber = sumber_populasi(spm_nomor)
    if sumber is None:
        return None
    names = ppks_names() if names is None else names
    kinds = [names[n] for n in sumber.ppks_nomor if n in names]
    rows = populasi_data(pd, PPKS, tahun) if data is None else data
    return total_populasi(rows, kinds, tahun)
