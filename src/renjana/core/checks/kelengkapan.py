"""Completeness of the rows (domain.md §7 rule 8): indicator, target, lokasi, forward target.

A row without an indicator or a target cannot be evaluated at year end, and a sub kegiatan
without a lokasi cannot be placed in the RKPD, so those block submission. A missing
prakiraan maju target only weakens next year's planning, so it is a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import BarisRencana, format_target, has_value, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.idformat import format_rupiah
from renjana.core.problems import Problem
from renjana.core.renja import RenjaRowInput

INDIKATOR_KOSONG = "INDIKATOR_KOSONG"
TARGET_KOSONG = "TARGET_KOSONG"
LOKASI_KOSONG = "LOKASI_KOSONG"
TARGET_N1_KOSONG = "TARGET_N1_KOSONG"


def check_kelengkapan(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Every program/kegiatan/sub kegiatan has indicators with targets; every sub kegiatan
    that plans something has a lokasi; a row with pagu n+1 has targets n+1."""
    problems: list[Problem] = []
    for baris in read_rencana(rows).baris:
        if not baris.is_plan_level:
            continue
        problems.extend(_indikator(baris, ctx))
        problems.extend(_lokasi(baris))
        problems.extend(_target_n1(baris, ctx))
    return problems


def _indikator(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    saran = _saran_indikator(baris, ctx)
    if not baris.row.indikator:
        message = (
            f"{baris.label} tidak memiliki indikator kinerja. Tambahkan indikator "
            f"beserta target tahun {ctx.tahun}{saran}."
        )
        return [problem(INDIKATOR_KOSONG, message, baris.at("indikator"))]
    problems = []
    for indikator in baris.row.indikator:
        if not indikator.uraian.strip():
            target = format_target(indikator.target)
            pagu = f" dan pagu {format_rupiah(baris.pagu)}" if baris.pagu else ""
            message = (
                f"{baris.label} memiliki target {target}{pagu} tetapi uraian indikatornya "
                f"kosong. Tuliskan indikator yang diukur oleh target ini{saran}."
            )
            problems.append(problem(INDIKATOR_KOSONG, message, baris.at("indikator"), found=target))
        elif indikator.target.is_missing:
            message = (
                f"Indikator '{indikator.uraian}' pada {baris.ref} belum bertarget tahun "
                f"{ctx.tahun}. Isi target beserta satuannya."
            )
            problems.append(problem(TARGET_KOSONG, message, baris.at("target", indikator.uraian)))
    return problems


def _saran_indikator(baris: BarisRencana, ctx: PlanContext) -> str:
    """``, misalnya '<indicator of the nomenclature>'`` when the nomenclature has one."""
    if ctx.nomenklatur is None or baris.kode is None:
        return ""
    item = ctx.nomenklatur.get(baris.kode, ctx.tingkat)
    if item is None or not item.indikator:
        return ""
    return f", misalnya sesuai nomenklatur: '{item.indikator}'"


def _lokasi(baris: BarisRencana) -> list[Problem]:
    plans_something = baris.pagu > 0 or any(has_value(i.target) for i in baris.row.indikator)
    if not baris.is_sub_kegiatan or not plans_something:
        return []
    if any(text.strip() for text in baris.row.lokasi):
        return []
    message = (
        f"{baris.label} belum memiliki lokasi. Isi lokasi pelaksanaan (kabupaten/kota, "
        "kecamatan atau kelurahan/desa), bukan nama perangkat daerah."
    )
    return [problem(LOKASI_KOSONG, message, baris.at("lokasi"))]


def _target_n1(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    if baris.pagu_n1 <= 0:
        return []
    return [
        problem(
            TARGET_N1_KOSONG,
            f"{baris.label} memiliki pagu prakiraan maju {ctx.tahun + 1} "
            f"{format_rupiah(baris.pagu_n1)} tetapi indikator '{indikator.uraian or '-'}' "
            f"belum bertarget {ctx.tahun + 1}. Isi target prakiraan maju, atau kosongkan "
            "pagunya bila kegiatan tidak berlanjut.",
            baris.at("target_n1", indikator.uraian),
        )
        for indikator in baris.row.indikator
        if indikator.target_n1.is_missing
    ]
