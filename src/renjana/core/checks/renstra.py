"""The Renja against the Renstra (issue: "the Renja is checked against the Renstra").

A Renja carries out one year of the office's five-year Renstra: its rows come from the
Renstra, and its year-n targets are the Renstra's targets for that year. Differences are
warnings, not errors: a Renstra can be changed (Perubahan Renstra) and the Renstra held in
Renjana may be incomplete, so the verifikator judges them; the planner explains each in the
Catatan Penting. Programs and kegiatan are always compared; sub kegiatan only when the
Renstra lists sub kegiatan.
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import (
    BarisRencana,
    format_target,
    has_value,
    label_for,
    read_rencana,
    readable_kode,
)
from renjana.core.checks.konteks import PlanContext
from renjana.core.checks.nama import KemiripanNama, compare_nama
from renjana.core.checks.satuan import satuan_of
from renjana.core.kode import Level
from renjana.core.problems import Location, Problem
from renjana.core.quantity import are_compatible, normalize_satuan
from renjana.core.referensi import name_key
from renjana.core.renja import (
    IndikatorInput,
    RenjaRowInput,
    RenstraIndikatorInput,
    RenstraRowInput,
    TargetValue,
)

RENSTRA_TIDAK_ADA = "RENSTRA_TIDAK_ADA"
INDIKATOR_TIDAK_ADA_DI_RENSTRA = "INDIKATOR_TIDAK_ADA_DI_RENSTRA"
TARGET_BEDA_RENSTRA = "TARGET_BEDA_RENSTRA"
RENSTRA_TANPA_RENJA = "RENSTRA_TANPA_RENJA"

_ALWAYS_COMPARED = frozenset({Level.PROGRAM, Level.KEGIATAN})


def check_renstra(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Renja rows missing from the Renstra, indicators and year-n targets that differ from
    it, and Renstra rows with a year-n target but no Renja row; nothing without a Renstra."""
    if ctx.renstra is None:
        return []
    renstra: dict[str, RenstraRowInput] = {}
    for row in ctx.renstra:
        parsed = readable_kode(row.kode)
        renstra.setdefault(str(parsed) if parsed is not None else row.kode, row)
    levels = _ALWAYS_COMPARED | {
        parsed.level for parsed in map(readable_kode, renstra) if parsed is not None
    }
    problems: list[Problem] = []
    planned: set[str] = set()
    for baris in read_rencana(rows).baris:
        if baris.kode is None or not baris.is_plan_level:
            continue
        planned.add(str(baris.kode))
        found = renstra.get(str(baris.kode))
        if found is None:
            if baris.level in levels:
                problems.append(_tidak_ada(baris, ctx))
            continue
        for indikator in baris.row.indikator:
            if indikator.uraian.strip():
                problems.extend(_indikator(baris, indikator, found, ctx))
    for key, row in renstra.items():
        if key not in planned:
            problems.extend(_tanpa_renja(key, row, ctx))
    return problems


def _tidak_ada(baris: BarisRencana, ctx: PlanContext) -> Problem:
    message = (
        f"{baris.label} ('{baris.row.nama}') tidak ada dalam Renstra. Pastikan kodenya benar; "
        f"bila baris ini memang baru, jelaskan dasarnya di Catatan Penting dan ajukan "
        f"perubahan Renstra, karena Renja {ctx.tahun} harus menjabarkan Renstra."
    )
    return problem(RENSTRA_TIDAK_ADA, message, baris.at("kode"), found=baris.row.kode)


def _match(indikator: IndikatorInput, row: RenstraRowInput) -> RenstraIndikatorInput | None:
    """The Renstra indicator of the same wording (typos tolerated), or the only one when
    both rows have a single indicator."""
    for candidate in row.indikator:
        if compare_nama(indikator.uraian, candidate.uraian) is not KemiripanNama.BEDA:
            return candidate
    return row.indikator[0] if len(row.indikator) == 1 else None


def _target_for(indikator: RenstraIndikatorInput, tahun: int) -> TargetValue | None:
    target = next((t.target for t in indikator.tahunan if t.tahun == tahun), None)
    if target is None or target.is_missing:
        return None
    if target.nilai is not None and not target.satuan and indikator.satuan:
        return TargetValue(nilai=target.nilai, satuan=indikator.satuan)
    return target


def _same(renja: IndikatorInput, renstra: TargetValue) -> bool:
    target = renja.target
    if target.nilai is not None and renstra.nilai is not None:
        units = satuan_of(renja), normalize_satuan(renstra.satuan)
        return target.nilai == renstra.nilai and are_compatible(*units)
    if target.nilai is None and renstra.nilai is None:
        return name_key(target.teks) == name_key(renstra.teks)
    return False


def _indikator(
    baris: BarisRencana, indikator: IndikatorInput, row: RenstraRowInput, ctx: PlanContext
) -> list[Problem]:
    matched = _match(indikator, row)
    where = baris.at("indikator", indikator.uraian)
    if matched is None:
        if not row.indikator:
            return []
        listed = "; ".join(f"'{i.uraian}'" for i in row.indikator)
        message = (
            f"Indikator '{indikator.uraian}' pada {baris.ref} tidak ada dalam Renstra "
            f"(Renstra: {listed}). Gunakan indikator Renstra, atau jelaskan perubahannya di "
            "Catatan Penting."
        )
        return [problem(INDIKATOR_TIDAK_ADA_DI_RENSTRA, message, where, found=indikator.uraian)]
    expected = _target_for(matched, ctx.tahun)
    if expected is None or indikator.target.is_missing or _same(indikator, expected):
        return []
    found, wanted = format_target(indikator.target), format_target(expected)
    message = (
        f"Target {ctx.tahun} indikator '{indikator.uraian}' pada {baris.ref} adalah {found}, "
        f"sedangkan Renstra menetapkan {wanted}. Samakan dengan Renstra, atau jelaskan "
        "alasan perbedaannya di Catatan Penting."
    )
    return [
        problem(
            TARGET_BEDA_RENSTRA,
            message,
            baris.at("target", indikator.uraian),
            found=found,
            expected=wanted,
        )
    ]


def _tanpa_renja(kode: str, row: RenstraRowInput, ctx: PlanContext) -> list[Problem]:
    targets = [
        target
        for indikator in row.indikator
        if (target := _target_for(indikator, ctx.tahun)) is not None and has_value(target)
    ]
    if not targets:
        return []
    label = label_for(readable_kode(kode), kode)
    shown = ", ".join(format_target(t) for t in targets)
    message = (
        f"{label} ('{row.nama}') dalam Renstra bertarget {shown} untuk tahun {ctx.tahun}, "
        f"tetapi tidak ada di Renja {ctx.tahun}. Tambahkan baris ini ke Renja, atau jelaskan "
        "dalam Renja mengapa target Renstra tahun ini tidak direncanakan."
    )
    return [
        problem(RENSTRA_TANPA_RENJA, message, Location(kode=kode, field="kode"), expected=shown)
    ]
