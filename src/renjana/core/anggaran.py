"""Budget realisation (*realisasi anggaran*): sub kegiatan → kegiatan → program → office.

Anggaran and realisasi are stored on leaves only; every parent is the sum of its children
through ``tree.build_tree`` (the one roll-up), and the percentage is recomputed at each level
from the summed amounts — never averaged, never summed (domain.md §2.B, §2.O). A realisasi above
its anggaran is reported (``REALISASI_MELEBIHI_PAGU``); ``is_pagu_exceeded`` is shared with
the RFK.

Rounding choice: report rows hold exact amounts and unrounded percentages; ``rounded()`` returns
the printed copy (money to sen, percentages to two decimals).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.idformat import format_rupiah
from renjana.core.numbers import ZERO, percent, quantize_money, quantize_percent
from renjana.core.problems import Location, Problem, Severity
from renjana.core.tree import TreeNode, TreeRow, build_tree

REALISASI_MELEBIHI_PAGU = "REALISASI_MELEBIHI_PAGU"
NILAI_ANGGARAN_NEGATIF = "NILAI_ANGGARAN_NEGATIF"

_COLUMNS = ("anggaran", "realisasi")


def is_pagu_exceeded(pagu: Decimal | None, realisasi: Decimal | None) -> bool:
    """True when more was spent than the ceiling allows (a missing pagu counts as zero)."""
    return realisasi is not None and realisasi > (pagu or ZERO)


def pagu_exceeded_problem(kode: str, pagu: Decimal | None, realisasi: Decimal) -> Problem:
    """The finding for a row whose realisasi exceeds its pagu (sisa pagu negative)."""
    ceiling = pagu or ZERO
    return Problem(
        REALISASI_MELEBIHI_PAGU,
        Severity.ERROR,
        f"Realisasi {format_rupiah(realisasi)} melebihi pagu {format_rupiah(ceiling)} "
        f"(sisa pagu {format_rupiah(ceiling - realisasi)}). Belanja tidak boleh melampaui pagu: "
        "periksa angka realisasi atau pagu perubahannya.",
        Location(kode=kode),
        found=str(realisasi),
        expected=f"<= {ceiling}",
    )


def negative_problem(kode: str, kolom: str, nilai: Decimal) -> Problem:
    return Problem(
        NILAI_ANGGARAN_NEGATIF,
        Severity.ERROR,
        f"Nilai {kolom} negatif ({format_rupiah(nilai)}); isi jumlah rupiah yang tidak negatif.",
        Location(kode=kode, field=kolom),
        found=str(nilai),
    )


@dataclass(frozen=True, slots=True)
class BarisAnggaran:
    """One input row; ``anggaran`` and ``realisasi`` only on leaves (parents are computed)."""

    kode: str
    induk: str | None
    level: str
    nama: str
    anggaran: Decimal | None = None
    realisasi: Decimal | None = None


@dataclass(frozen=True, slots=True)
class BarisRealisasiAnggaran:
    """One report row (or the total): amounts, sisa and the recomputed percentage."""

    kode: str
    level: str
    nama: str
    depth: int
    is_leaf: bool
    anggaran: Decimal
    realisasi: Decimal
    sisa: Decimal
    persen: Decimal | None

    def rounded(self) -> BarisRealisasiAnggaran:
        return replace(
            self,
            anggaran=quantize_money(self.anggaran),
            realisasi=quantize_money(self.realisasi),
            sisa=quantize_money(self.sisa),
            persen=None if self.persen is None else quantize_percent(self.persen),
        )


@dataclass(frozen=True, slots=True)
class LaporanRealisasiAnggaran:
    """Rows in tree order (parents first), the office total and the problems."""

    baris: tuple[BarisRealisasiAnggaran, ...]
    total: BarisRealisasiAnggaran
    problems: tuple[Problem, ...]

    def find(self, kode: str) -> BarisRealisasiAnggaran | None:
        return next((b for b in self.baris if b.kode == kode), None)


def _row(node: TreeNode) -> BarisRealisasiAnggaran:
    anggaran, realisasi = node.totals["anggaran"], node.totals["realisasi"]
    return BarisRealisasiAnggaran(
        kode=node.row.key,
        level=node.row.level,
        nama=node.row.nama,
        depth=node.depth,
        is_leaf=node.is_leaf,
        anggaran=anggaran,
        realisasi=realisasi,
        sisa=anggaran - realisasi,
        persen=percent(realisasi, anggaran),
    )


def _leaf_problems(row: BarisAnggaran) -> list[Problem]:
    problems = [
        negative_problem(row.kode, kolom, nilai)
        for kolom, nilai in (("anggaran", row.anggaran), ("realisasi", row.realisasi))
        if nilai is not None and nilai < 0
    ]
    if row.realisasi is not None and is_pagu_exceeded(row.anggaran, row.realisasi):
        problems.append(pagu_exceeded_problem(row.kode, row.anggaran, row.realisasi))
    return problems


def compute_realisasi_anggaran(
    rows: Iterable[BarisAnggaran], nama_total: str = "JUMLAH"
) -> LaporanRealisasiAnggaran:
    """Roll anggaran and realisasi up the tree and recompute the percentage at every level.

    A missing realisasi on a leaf counts as nothing spent (0); a missing anggaran as 0 (the
    percentage is then N/A, never 0 or 100).
    """
    inputs = tuple(rows)
    tree = build_tree(
        (
            TreeRow(
                r.kode, r.induk, r.level, r.nama, {"anggaran": r.anggaran, "realisasi": r.realisasi}
            )
            for r in inputs
        ),
        _COLUMNS,
    )
    leaves = {node.row.key for node in tree.walk() if node.is_leaf}
    problems = [*tree.problems]
    first: dict[str, BarisAnggaran] = {}
    for r in inputs:
        first.setdefault(r.kode, r)  # the tree keeps the first of duplicate rows
    problems.extend(p for r in first.values() if r.kode in leaves for p in _leaf_problems(r))
    anggaran, realisasi = tree.totals["anggaran"], tree.totals["realisasi"]
    total = BarisRealisasiAnggaran(
        kode="",
        level="total",
        nama=nama_total,
        depth=0,
        is_leaf=False,
        anggaran=anggaran,
        realisasi=realisasi,
        sisa=anggaran - realisasi,
        persen=percent(realisasi, anggaran),
    )
    return LaporanRealisasiAnggaran(tuple(_row(n) for n in tree.walk()), total, tuple(problems))
