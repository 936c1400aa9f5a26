"""The office's RKPD ceilings: the pagu indikatif of year n in total and per sumber dana.

The RKPD fixes how much each office may plan, in total and per funding source; a Renja above
either ceiling cannot be accepted into the RKPD, so exceeding one is an error. The total is
the roll-up of ``build_tree``. A ceiling given for a group code (``1.2`` Pendapatan Transfer)
covers every source below it. Money from a source that no ceiling covers (or that cannot be
matched to a code) is a warning: it may be fine, but it is outside what the RKPD allotted.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import PAGU, BarisRencana, read_rencana
from renjana.core.checks.konteks import PlafonSumberDana, PlanContext
from renjana.core.checks.sumber_dana import describe_sumber
from renjana.core.idformat import format_rupiah
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem
from renjana.core.referensi import DaftarSumberDana
from renjana.core.renja import RenjaRowInput, SumberDanaInput

PLAFON_TERLAMPAUI = "PLAFON_TERLAMPAUI"
PLAFON_SUMBER_DANA_TERLAMPAUI = "PLAFON_SUMBER_DANA_TERLAMPAUI"
SUMBER_DANA_TANPA_PLAFON = "SUMBER_DANA_TANPA_PLAFON"


def check_plafon(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """The total pagu n against ``ctx.plafon`` and the pagu per sumber dana against
    ``ctx.plafon_sumber_dana``; nothing when no ceiling is given."""
    rencana = read_rencana(rows)
    problems: list[Problem] = []
    total = rencana.tree.totals[PAGU]
    if ctx.plafon is not None and total > ctx.plafon:
        problems.append(_total(total, ctx.plafon, ctx))
    if ctx.plafon_sumber_dana:
        problems.extend(_per_sumber(rencana.baris, ctx))
    return problems


def _lebih(found: Decimal, ceiling: Decimal) -> str:
    return f"lebih {format_rupiah(found - ceiling)}"


def _total(total: Decimal, plafon: Decimal, ctx: PlanContext) -> Problem:
    message = (
        f"Jumlah pagu indikatif Renja {ctx.tahun} {format_rupiah(total)} melampaui plafon "
        f"perangkat daerah dalam RKPD {format_rupiah(plafon)} ({_lebih(total, plafon)}). "
        f"Kurangi pagu sub kegiatan hingga jumlahnya paling banyak {format_rupiah(plafon)}."
    )
    return problem(
        PLAFON_TERLAMPAUI,
        message,
        Location(opd=ctx.opd, field="pagu"),
        found=format_rupiah(total),
        expected=f"paling banyak {format_rupiah(plafon)}",
    )


def _per_sumber(baris: Sequence[BarisRencana], ctx: PlanContext) -> list[Problem]:
    used = {plafon.kode: ZERO for plafon in ctx.plafon_sumber_dana}
    uncovered: dict[str, Decimal] = {}
    for row in baris:
        if not row.is_leaf or (row.kode is not None and not row.is_plan_level):
            continue  # money sits on leaves; a leaf with an unreadable code still counts
        for sumber, jumlah in _amounts(row):
            plafon = _ceiling_for(sumber, ctx.plafon_sumber_dana, ctx.sumber_dana)
            if plafon is None:
                label = describe_sumber(sumber)
                uncovered[label] = uncovered.get(label, ZERO) + jumlah
            else:
                used[plafon.kode] += jumlah
    problems = [
        _sumber_terlampaui(plafon, used[plafon.kode], ctx)
        for plafon in ctx.plafon_sumber_dana
        if used[plafon.kode] > plafon.jumlah
    ]
    problems.extend(_tanpa_plafon(label, jumlah, ctx) for label, jumlah in uncovered.items())
    return problems


def _amounts(row: BarisRencana) -> list[tuple[SumberDanaInput, Decimal]]:
    """(source, amount) of a leaf; a single source without an amount funds the whole pagu."""
    sources = [s for s in row.row.sumber_dana if s.nama.strip() or (s.kode or "").strip()]
    if len(sources) == 1 and sources[0].jumlah is None:
        return [(sources[0], row.pagu)]
    return [(s, s.jumlah) for s in sources if s.jumlah]


def _ceiling_for(
    sumber: SumberDanaInput,
    plafons: Sequence[PlafonSumberDana],
    daftar: DaftarSumberDana | None,
) -> PlafonSumberDana | None:
    """The most specific ceiling covering the source's code (or, for a source given by name
    only, the codes of that name in the SIPD list); None when no ceiling covers it, or when
    two equally specific ceilings do (a name shared by codes of two groups)."""
    codes = [sumber.kode.strip()] if sumber.kode and sumber.kode.strip() else []
    if not codes and daftar is not None:
        codes = [item.kode for item in daftar.find(sumber.nama)]
    matches = {
        plafon.kode: plafon
        for code in codes
        for plafon in plafons
        if code == plafon.kode or code.startswith(plafon.kode + ".")
    }
    ranked = sorted(matches, key=lambda kode: kode.count("."), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0].count(".") == ranked[1].count(".")):
        return None
    return matches[ranked[0]]


def _sumber_terlampaui(plafon: PlafonSumberDana, used: Decimal, ctx: PlanContext) -> Problem:
    name = f"{plafon.nama} ({plafon.kode})" if plafon.nama else plafon.kode
    message = (
        f"Pagu Renja {ctx.tahun} dari sumber dana {name} berjumlah {format_rupiah(used)}, "
        f"melampaui plafonnya dalam RKPD {format_rupiah(plafon.jumlah)} "
        f"({_lebih(used, plafon.jumlah)}). Kurangi pagu atau pindahkan sebagian ke sumber dana "
        "lain yang masih tersedia plafonnya."
    )
    return problem(
        PLAFON_SUMBER_DANA_TERLAMPAUI,
        message,
        Location(opd=ctx.opd, field="sumber_dana"),
        found=format_rupiah(used),
        expected=f"paling banyak {format_rupiah(plafon.jumlah)}",
    )


def _tanpa_plafon(label: str, jumlah: Decimal, ctx: PlanContext) -> Problem:
    message = (
        f"Pagu Renja {ctx.tahun} sebesar {format_rupiah(jumlah)} bersumber dana '{label}', yang "
        "tidak memiliki plafon dalam RKPD. Pastikan sumber dana ini dialokasikan untuk perangkat "
        "daerah, atau gunakan sumber dana yang berplafon."
    )
    return problem(
        SUMBER_DANA_TANPA_PLAFON,
        message,
        Location(opd=ctx.opd, field="sumber_dana"),
        found=label,
    )
