"""Units of targets against the indicator wording and the nomenclature (domain.md §7 rule 9).

"Persentase …" is measured in %, "Jumlah Orang …" in persons, "Jumlah Dokumen …" in
documents (``quantity.satuan_allowed_for``); the nomenclature gives the unit of each sub
kegiatan indicator. The wording is read by heuristics and the packaged units are partly
compiled from documents, so a mismatch is a warning for the planner to confirm rather than
an error that blocks submission. A rate such as ``Orang/Bulan`` counts as its base unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import BarisRencana, format_target, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.checks.nama import KemiripanNama, compare_nama
from renjana.core.problems import Problem
from renjana.core.quantity import are_compatible, normalize_satuan, satuan_allowed_for
from renjana.core.renja import IndikatorInput, RenjaRowInput

SATUAN_TIDAK_SESUAI_INDIKATOR = "SATUAN_TIDAK_SESUAI_INDIKATOR"
SATUAN_KOSONG = "SATUAN_KOSONG"
SATUAN_TARGET_N1_BEDA = "SATUAN_TARGET_N1_BEDA"
SATUAN_BEDA_NOMENKLATUR = "SATUAN_BEDA_NOMENKLATUR"


def check_satuan(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Target units that the indicator wording or the nomenclature rules out, numeric
    targets without a unit, and n+1 targets in another unit than the year-n target."""
    problems: list[Problem] = []
    for baris in read_rencana(rows).baris:
        if not baris.is_plan_level:
            continue
        for indikator in baris.row.indikator:
            problems.extend(_satuan(baris, indikator, ctx))
        problems.extend(_nomenklatur(baris, ctx))
    return problems


def satuan_of(indikator: IndikatorInput) -> str:
    """The unit of the year-n target: the target's own, else the indicator's."""
    return normalize_satuan(indikator.target.satuan or indikator.satuan)


def fits(satuan: str, allowed: Iterable[str]) -> bool:
    """Whether ``satuan`` (or the base of a rate, ``Orang`` of ``Orang/Bulan``) is one of the
    ``allowed`` units or a spelling of the same count (``Jiwa`` for ``Orang``)."""
    base = satuan.split("/")[0]
    return any(are_compatible(satuan, unit) or are_compatible(base, unit) for unit in allowed)


def _satuan(baris: BarisRencana, indikator: IndikatorInput, ctx: PlanContext) -> list[Problem]:
    problems: list[Problem] = []
    target = indikator.target
    satuan = satuan_of(indikator)
    where = f"indikator '{indikator.uraian}' pada {baris.ref}"
    if target.nilai is not None and not satuan:
        message = (
            f"Target {format_target(target)} untuk {where} tidak bersatuan. Tuliskan "
            "satuannya (Orang, Dokumen, Paket, %, …)."
        )
        problems.append(problem(SATUAN_KOSONG, message, baris.at("satuan", indikator.uraian)))
    allowed = satuan_allowed_for(indikator.uraian)
    if target.nilai is not None and satuan and allowed and not fits(satuan, allowed):
        wanted = " atau ".join(sorted(allowed))
        message = (
            f"Target {format_target(target)} untuk {where} bersatuan '{satuan}', padahal "
            f"rumusan indikatornya diukur dalam {wanted}. Sesuaikan satuan target dengan "
            "indikator, atau rumuskan ulang indikatornya."
        )
        problems.append(
            problem(
                SATUAN_TIDAK_SESUAI_INDIKATOR,
                message,
                baris.at("satuan", indikator.uraian),
                found=satuan,
                expected=wanted,
            )
        )
    satuan_n1 = normalize_satuan(indikator.target_n1.satuan)
    if (
        indikator.target_n1.nilai is not None
        and satuan
        and satuan_n1
        and not are_compatible(satuan, satuan_n1)
    ):
        message = (
            f"Target {ctx.tahun + 1} ({format_target(indikator.target_n1)}) untuk {where} "
            f"bersatuan lain dari target {ctx.tahun} ({format_target(target)}). Gunakan "
            "satuan yang sama agar capaiannya dapat dibandingkan."
        )
        problems.append(
            problem(
                SATUAN_TARGET_N1_BEDA,
                message,
                baris.at("target_n1", indikator.uraian),
                found=satuan_n1,
                expected=satuan,
            )
        )
    return problems


def _nomenklatur(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    """The unit of the nomenclature's indicator, for the row's indicator of that wording (or
    its only indicator)."""
    if ctx.nomenklatur is None or baris.kode is None:
        return []
    item = ctx.nomenklatur.get(baris.kode, ctx.tingkat)
    if item is None or not item.satuan:
        return []
    official = normalize_satuan(item.satuan)
    indikator = _official_indikator(baris, item.indikator)
    if indikator is None or indikator.target.nilai is None:
        return []
    satuan = satuan_of(indikator)
    if not satuan or fits(satuan, (official,)):
        return []
    message = (
        f"Target {format_target(indikator.target)} untuk indikator '{indikator.uraian}' pada "
        f"{baris.ref} bersatuan '{satuan}', sedangkan nomenklatur mengukurnya dalam "
        f"'{official}'. Gunakan satuan nomenklatur."
    )
    return [
        problem(
            SATUAN_BEDA_NOMENKLATUR,
            message,
            baris.at("satuan", indikator.uraian),
            found=satuan,
            expected=official,
        )
    ]


def _official_indikator(baris: BarisRencana, official: str) -> IndikatorInput | None:
    indikator = baris.row.indikator
    if official:
        for candidate in indikator:
            if compare_nama(candidate.uraian, official) is not KemiripanNama.BEDA:
                return candidate
    return indikator[0] if len(indikator) == 1 else None
