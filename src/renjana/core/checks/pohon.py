"""The program → kegiatan → sub kegiatan hierarchy and its roll-up (domain.md §7 rules 1
and 6, §2.O), on the tree of ``build_tree``.

Duplicate codes and rows without their parent row come from the tree itself. A program or
kegiatan with nothing below it cannot carry money (pagu is planned on sub kegiatan only), so
it is an error. A pagu stored on a parent is never used — parents are always the sum of their
children — so a stored value that disagrees is a warning that an imported total was wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from types import MappingProxyType

from renjana.core.checks.aturan import ATURAN_BY_CODE, problem
from renjana.core.checks.baris import PAGU, PAGU_N1, BarisRencana, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.idformat import format_rupiah
from renjana.core.kode import Level
from renjana.core.problems import Problem
from renjana.core.renja import RenjaRowInput
from renjana.core.tree import PARENT_VALUE_IGNORED

INDUK_TANPA_ANAK = "INDUK_TANPA_ANAK"
JUMLAH_INDUK_BEDA = "JUMLAH_INDUK_BEDA"

_CHILD_LEVEL = MappingProxyType({Level.PROGRAM: "kegiatan", Level.KEGIATAN: "sub kegiatan"})


def check_pohon(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Duplicate codes, rows without their parent, parents without children, and stored
    parent pagu that differ from the sum of the children."""
    rencana = read_rencana(rows)
    problems = [
        p.at(field="kode")
        for p in rencana.tree.problems
        if p.code != PARENT_VALUE_IGNORED and p.code in ATURAN_BY_CODE
    ]
    seen: set[str] = set()
    for baris in rencana.baris:
        if baris.row.kode in seen:
            continue
        seen.add(baris.row.kode)
        problems.extend(_tanpa_anak(baris, ctx))
        if not baris.is_leaf:
            problems.extend(_jumlah_induk(baris, ctx))
    return problems


def _tanpa_anak(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    child = _CHILD_LEVEL.get(baris.level) if baris.level is not None else None
    if child is None or not baris.is_leaf:
        return []
    money = f" Pagu {format_rupiah(baris.pagu)} pada baris ini tidak sah." if baris.pagu else ""
    message = (
        f"{baris.label} tidak memiliki {child} di bawahnya.{money} Pagu {ctx.tahun} "
        f"direncanakan pada sub kegiatan: tambahkan {child} di bawahnya atau hapus baris ini."
    )
    return [problem(INDUK_TANPA_ANAK, message, baris.at("kode"))]


def _jumlah_induk(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    problems = []
    for column, stored, total, tahun in (
        (PAGU, baris.row.pagu, baris.pagu, ctx.tahun),
        (PAGU_N1, baris.row.pagu_n1, baris.pagu_n1, ctx.tahun + 1),
    ):
        if stored is None or stored == total:
            continue
        problems.append(_beda(baris, column, stored, total, tahun))
    return problems


def _beda(baris: BarisRencana, column: str, stored: Decimal, total: Decimal, tahun: int) -> Problem:
    message = (
        f"Pagu {tahun} {baris.ref} tertulis {format_rupiah(stored)}, padahal jumlah baris di "
        f"bawahnya {format_rupiah(total)} (selisih {format_rupiah(stored - total)}). Renjana "
        "memakai jumlah baris di bawahnya; periksa apakah ada sub kegiatan yang hilang atau "
        "salah tulis."
    )
    return problem(
        JUMLAH_INDUK_BEDA,
        message,
        baris.at(column),
        found=format_rupiah(stored),
        expected=format_rupiah(total),
    )
