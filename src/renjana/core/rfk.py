"""RFK — *Laporan Realisasi Fisik dan Keuangan* (domain.md §2.C, 003 TABEL 2.1).

Inputs are the leaves (kegiatan or sub kegiatan): pagu, realisasi keuangan and fisik %. For each
leaf, with ``T`` = Σ pagu of all leaves:

* bobot = pagu / T × 100;
* fisik TTB = bobot × fisik % / 100;
* keuangan % = realisasi / pagu × 100;
* keuangan TTB, standard = bobot × keuangan % / 100 (= realisasi / T × 100, computed that way
  so that pagu cancels exactly); the JUMLAH is then the overall financial realisation. Seed 003
  prints instead realisasi / Σ realisasi × 100 (JUMLAH 100,00, S003-02): choose it with
  ``MetodeTtbKeuangan.PROPORSI_REALISASI`` to reproduce such a document;
* sisa pagu = pagu − realisasi, which must not be negative (S003-01).

Parents (program, JUMLAH) sum pagu, bobot, fisik TTB, realisasi, keuangan TTB and sisa through
``tree.build_tree``; keuangan % is recomputed at every level. Fisik % is a leaf value (blank on
program rows, as printed); a parent's fisik TTB is N/A when none of its leaves has a fisik %.

Rounding choice: rows hold unrounded values; ``BarisRfk.rounded()`` gives the printed copy. A
parent's printed bobot is therefore its own pagu share rounded (19,42), which can differ by
0,01 from the sum of its children's printed bobot (18,85 + 0,58) — as the document prints it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from renjana.core.anggaran import is_pagu_exceeded, negative_problem, pagu_exceeded_problem
from renjana.core.idformat import format_number
from renjana.core.numbers import HUNDRED, ZERO, percent, quantize_money, quantize_percent
from renjana.core.problems import Location, Problem, Severity
from renjana.core.tree import TreeNode, TreeRow, build_tree

RFK_FISIK_KOSONG = "RFK_FISIK_KOSONG"
RFK_FISIK_DI_LUAR_RENTANG = "RFK_FISIK_DI_LUAR_RENTANG"
RFK_TOTAL_PAGU_NOL = "RFK_TOTAL_PAGU_NOL"

_FISIK_TERISI = "fisik_terisi"
_COLUMNS = ("pagu", "realisasi", "sisa", "bobot", "fisik_ttb", "keuangan_ttb", _FISIK_TERISI)


class MetodeTtbKeuangan(StrEnum):
    """How keuangan TTB is computed."""

    #: bobot × keuangan % / 100; Σ = overall financial realisation (domain.md §2.C).
    STANDAR = "standar"
    #: realisasi / Σ realisasi × 100; Σ = 100 (the variant printed by seed 003).
    PROPORSI_REALISASI = "proporsi_realisasi"


@dataclass(frozen=True, slots=True)
class BarisRfkInput:
    """One input row; pagu, realisasi and fisik % only on leaves."""

    kode: str
    induk: str | None
    level: str
    nama: str
    indikator: str = ""
    sasaran_strategis: str = ""
    pagu: Decimal | None = None
    realisasi: Decimal | None = None
    fisik_persen: Decimal | None = None


@dataclass(frozen=True, slots=True)
class BarisRfk:
    """One RFK row (or the JUMLAH row) with every column, unrounded."""

    kode: str
    level: str
    nama: str
    indikator: str
    sasaran_strategis: str
    depth: int
    is_leaf: bool
    pagu: Decimal
    bobot: Decimal | None
    fisik_persen: Decimal | None
    fisik_ttb: Decimal | None
    realisasi: Decimal
    keuangan_persen: Decimal | None
    keuangan_ttb: Decimal | None
    sisa: Decimal

    def rounded(self) -> BarisRfk:
        """The printed copy: money to sen, percentages to two decimals."""

        def pct(value: Decimal | None) -> Decimal | None:
            return None if value is None else quantize_percent(value)

        return replace(
            self,
            pagu=quantize_money(self.pagu),
            bobot=pct(self.bobot),
            fisik_persen=pct(self.fisik_persen),
            fisik_ttb=pct(self.fisik_ttb),
            realisasi=quantize_money(self.realisasi),
            keuangan_persen=pct(self.keuangan_persen),
            keuangan_ttb=pct(self.keuangan_ttb),
            sisa=quantize_money(self.sisa),
        )


@dataclass(frozen=True, slots=True)
class LaporanRfk:
    """Rows in tree order (parents first), the JUMLAH row, the method and the problems."""

    baris: tuple[BarisRfk, ...]
    jumlah: BarisRfk
    metode: MetodeTtbKeuangan
    problems: tuple[Problem, ...]

    def find(self, kode: str) -> BarisRfk | None:
        return next((b for b in self.baris if b.kode == kode), None)


def _leaf_values(
    row: BarisRfkInput, total_pagu: Decimal, total_realisasi: Decimal, metode: MetodeTtbKeuangan
) -> dict[str, Decimal | None]:
    pagu = row.pagu or ZERO
    realisasi = row.realisasi or ZERO
    fisik_ttb = None
    if row.fisik_persen is not None and total_pagu != 0:
        fisik_ttb = pagu * row.fisik_persen / total_pagu
    if metode is MetodeTtbKeuangan.STANDAR:
        keuangan_ttb = percent(realisasi, total_pagu)
    else:
        keuangan_ttb = percent(realisasi, total_realisasi)
    return {
        "pagu": pagu,
        "realisasi": realisasi,
        "sisa": pagu - realisasi,
        "bobot": percent(pagu, total_pagu),
        "fisik_ttb": fisik_ttb,
        "keuangan_ttb": keuangan_ttb,
        _FISIK_TERISI: Decimal(0 if row.fisik_persen is None else 1),
    }


def _leaf_problems(row: BarisRfkInput) -> list[Problem]:
    where = Location(table="RFK", kode=row.kode)
    problems = [
        replace(negative_problem(row.kode, kolom, nilai), location=replace(where, field=kolom))
        for kolom, nilai in (("pagu", row.pagu), ("realisasi", row.realisasi))
        if nilai is not None and nilai < 0
    ]
    if row.realisasi is not None and is_pagu_exceeded(row.pagu, row.realisasi):
        problems.append(
            replace(pagu_exceeded_problem(row.kode, row.pagu, row.realisasi), location=where)
        )
    if row.fisik_persen is None:
        problems.append(
            Problem(
                RFK_FISIK_KOSONG,
                Severity.WARNING,
                "Realisasi fisik (%) kosong; fisik TTB baris ini N/A dan tidak ikut dijumlah. "
                "Isi capaian fisiknya (0-100).",
                replace(where, column="Fisik %"),
            )
        )
    elif not ZERO <= row.fisik_persen <= HUNDRED:
        problems.append(
            Problem(
                RFK_FISIK_DI_LUAR_RENTANG,
                Severity.ERROR,
                f"Realisasi fisik {format_number(row.fisik_persen)} % di luar rentang 0-100.",
                replace(where, column="Fisik %"),
                found=str(row.fisik_persen),
                expected="0-100",
            )
        )
    return problems


@dataclass(frozen=True, slots=True)
class _Basis:
    """What every row of one report is computed against."""

    total_pagu: Decimal
    ttb_base: Decimal
    inputs: Mapping[str, BarisRfkInput]


def _nonzero(value: Decimal, base: Decimal) -> Decimal | None:
    """A share whose base is zero is N/A, not 0."""
    return None if base == 0 else value


def _baris(node: TreeNode, basis: _Basis) -> BarisRfk:
    totals = node.totals
    source = basis.inputs[node.row.key]
    return BarisRfk(
        kode=node.row.key,
        level=node.row.level,
        nama=node.row.nama,
        indikator=source.indikator,
        sasaran_strategis=source.sasaran_strategis,
        depth=node.depth,
        is_leaf=node.is_leaf,
        pagu=totals["pagu"],
        bobot=_nonzero(totals["bobot"], basis.total_pagu),
        fisik_persen=source.fisik_persen if node.is_leaf else None,
        fisik_ttb=_fisik_ttb(totals, basis.total_pagu),
        realisasi=totals["realisasi"],
        keuangan_persen=percent(totals["realisasi"], totals["pagu"]),
        keuangan_ttb=_nonzero(totals["keuangan_ttb"], basis.ttb_base),
        sisa=totals["sisa"],
    )


def _fisik_ttb(totals: Mapping[str, Decimal], total_pagu: Decimal) -> Decimal | None:
    """Σ fisik TTB of the leaves that have a fisik %, or N/A when none has one."""
    if totals[_FISIK_TERISI] == 0 or total_pagu == 0:
        return None
    return totals["fisik_ttb"]


def compute_rfk(
    rows: Iterable[BarisRfkInput],
    metode: MetodeTtbKeuangan = MetodeTtbKeuangan.STANDAR,
    nama_jumlah: str = "JUMLAH",
) -> LaporanRfk:
    """Every RFK column for every row, the JUMLAH row, and the findings.

    Leaves are the rows without children; a value stored on a parent is ignored and reported
    by the tree. A zero Σ pagu makes bobot and TTB N/A (reported).
    """
    inputs = tuple(rows)
    first: dict[str, BarisRfkInput] = {}
    for r in inputs:
        first.setdefault(r.kode, r)  # a duplicate is dropped (and reported) by the tree
    parents = {r.induk for r in first.values() if r.induk is not None}
    leaves = [r for r in first.values() if r.kode not in parents]
    total_pagu = sum((r.pagu or ZERO for r in leaves), ZERO)
    total_realisasi = sum((r.realisasi or ZERO for r in leaves), ZERO)
    ttb_base = total_pagu if metode is MetodeTtbKeuangan.STANDAR else total_realisasi
    leaf_keys = {r.kode for r in leaves}
    tree = build_tree(
        (
            TreeRow(
                r.kode,
                r.induk,
                r.level,
                r.nama,
                _leaf_values(r, total_pagu, total_realisasi, metode)
                if r.kode in leaf_keys
                else {"pagu": r.pagu, "realisasi": r.realisasi},
            )
            for r in inputs
        ),
        _COLUMNS,
    )
    problems = [*tree.problems]
    problems.extend(p for r in leaves for p in _leaf_problems(r))
    if total_pagu == 0:
        problems.append(
            Problem(
                RFK_TOTAL_PAGU_NOL,
                Severity.ERROR,
                "Jumlah pagu seluruh kegiatan nol; bobot dan TTB tidak dapat dihitung (N/A). "
                "Isi pagu anggaran perubahan setiap kegiatan.",
                Location(table="RFK"),
            )
        )
    basis = _Basis(total_pagu, ttb_base, first)
    baris = tuple(_baris(node, basis) for node in tree.walk())
    totals = tree.totals
    jumlah = BarisRfk(
        kode="",
        level="jumlah",
        nama=nama_jumlah,
        indikator="",
        sasaran_strategis="",
        depth=0,
        is_leaf=False,
        pagu=totals["pagu"],
        bobot=_nonzero(totals["bobot"], total_pagu),
        fisik_persen=None,
        fisik_ttb=_fisik_ttb(totals, total_pagu),
        realisasi=totals["realisasi"],
        keuangan_persen=percent(totals["realisasi"], totals["pagu"]),
        keuangan_ttb=_nonzero(totals["keuangan_ttb"], ttb_base),
        sisa=totals["sisa"],
    )
    return LaporanRfk(baris, jumlah, metode, tuple(problems))
