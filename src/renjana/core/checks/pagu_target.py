"""Money and targets must go together (domain.md §7 rule 8).

A funded row must promise something (a non-zero target), and a row that promises something
must be funded; both are errors because the plan cannot be both paid for and evaluated. A
row with target 0 and no money plans nothing: it is a leftover placeholder, worth a warning.
A parent row is funded when the sum of its children is (the roll-up of ``build_tree``).
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import (
    BarisRencana,
    format_target,
    has_value,
    is_zero,
    read_rencana,
)
from renjana.core.checks.konteks import PlanContext
from renjana.core.idformat import format_rupiah
from renjana.core.problems import Problem
from renjana.core.renja import RenjaRowInput

PAGU_TANPA_TARGET = "PAGU_TANPA_TARGET"
TARGET_TANPA_PAGU = "TARGET_TANPA_PAGU"
TARGET_NOL_TANPA_PAGU = "TARGET_NOL_TANPA_PAGU"


def check_pagu_target(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Funded rows with a zero target, targeted rows without pagu, and empty placeholders."""
    problems: list[Problem] = []
    for baris in read_rencana(rows).baris:
        if not baris.is_plan_level or not baris.row.indikator:
            continue
        if baris.pagu > 0:
            problems.extend(_pagu_tanpa_target(baris))
        else:
            problems.extend(_tanpa_pagu(baris, ctx))
    return problems


def _pagu_source(baris: BarisRencana) -> str:
    return "" if baris.is_leaf else " (jumlah baris di bawahnya)"


def _pagu_tanpa_target(baris: BarisRencana) -> list[Problem]:
    problems = []
    for indikator in baris.row.indikator:
        if not is_zero(indikator.target):
            continue
        target = format_target(indikator.target)
        message = (
            f"{baris.label} memiliki pagu {format_rupiah(baris.pagu)}{_pagu_source(baris)} "
            f"tetapi target {target}. Isi target yang akan dicapai atau hapus pagunya."
        )
        problems.append(
            problem(
                PAGU_TANPA_TARGET,
                message,
                baris.at("target", indikator.uraian),
                found=target,
                expected="target lebih dari 0",
            )
        )
    return problems


def _tanpa_pagu(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    targets = [i.target for i in baris.row.indikator]
    pagu = "Rp 0" if baris.row.pagu is not None or not baris.is_leaf else "kosong"
    if any(has_value(t) for t in targets):
        shown = ", ".join(format_target(t) for t in targets if has_value(t))
        later = ""
        if baris.pagu_n1 > 0:
            later = (
                f" Bila baru dilaksanakan tahun {ctx.tahun + 1} (pagu prakiraan maju "
                f"{format_rupiah(baris.pagu_n1)}), kosongkan target tahun {ctx.tahun}."
            )
        message = (
            f"{baris.label} memiliki target {shown} tetapi pagu {pagu}. Isi pagu yang "
            f"dibutuhkan atau hapus targetnya.{later}"
        )
        return [
            problem(
                TARGET_TANPA_PAGU,
                message,
                baris.at("pagu"),
                found=pagu,
                expected="pagu lebih dari Rp 0",
            )
        ]
    if any(is_zero(t) for t in targets):
        shown = ", ".join(format_target(t) for t in targets if is_zero(t))
        message = (
            f"{baris.label} bertarget {shown} dan tanpa pagu, sehingga tidak merencanakan "
            "apa pun. Hapus baris ini dari Renja, atau isi target dan pagunya bila memang "
            "akan dilaksanakan."
        )
        return [problem(TARGET_NOL_TANPA_PAGU, message, baris.at("target"), found=shown)]
    return []
