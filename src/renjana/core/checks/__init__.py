"""Planning checks (domain.md §7): every rule that applies to a Renja entered in Renjana,
implemented once, as pure functions that return ``Problem`` values.

Each rule family is one function ``(rows, ctx) -> list[Problem]``; ``check_renja`` runs them
all and sorts the findings the way the Pemeriksaan panel lists them: by row (input order),
errors before warnings before notes, and findings that belong to no row (ceilings, Renstra
rows without a Renja row, uncovered bidang) last. Errors block submission
(``blocks_submission``); the rule register with codes and severities is ``ATURAN``
(documented in ``docs/checks.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from renjana.core.checks.aturan import ATURAN, ATURAN_BY_CODE, Aturan, blocks_submission
from renjana.core.checks.aturan import severity_rank as _severity_rank
from renjana.core.checks.baris import read_rencana
from renjana.core.checks.kelengkapan import check_kelengkapan
from renjana.core.checks.kodefikasi import check_kode
from renjana.core.checks.konteks import PlafonSumberDana, PlanContext
from renjana.core.checks.nama import KemiripanNama, compare_nama
from renjana.core.checks.nomenklatur import check_nomenklatur
from renjana.core.checks.pagu_target import check_pagu_target
from renjana.core.checks.plafon import check_plafon
from renjana.core.checks.pohon import check_pohon
from renjana.core.checks.renstra import check_renstra
from renjana.core.checks.satuan import check_satuan
from renjana.core.checks.sumber_dana import JenisSumberDana, check_sumber_dana, classify_sumber_dana
from renjana.core.problems import Problem
from renjana.core.renja import RenjaRowInput

Check = Callable[[Sequence[RenjaRowInput], PlanContext], list[Problem]]

#: Every rule family, in the order their findings are listed within one row and severity.
CHECKS: tuple[Check, ...] = (
    check_kode,
    check_pohon,
    check_nomenklatur,
    check_kelengkapan,
    check_pagu_target,
    check_satuan,
    check_sumber_dana,
    check_renstra,
    check_plafon,
)


def check_renja(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """All planning rules on ``rows``, sorted by row order, then severity, then family."""
    rencana = read_rencana(rows)
    problems = [p for check in CHECKS for p in check(rencana, ctx)]
    order: dict[str, int] = {}
    for baris in rencana.baris:
        order.setdefault(baris.row.kode, baris.urutan)
        if baris.kode is not None:
            order.setdefault(str(baris.kode), baris.urutan)
    last = len(rencana)
    return sorted(
        problems,
        key=lambda p: (order.get(p.location.kode, last), _severity_rank(p.severity)),
    )


__all__ = [
    "ATURAN",
    "ATURAN_BY_CODE",
    "CHECKS",
    "Aturan",
    "Check",
    "JenisSumberDana",
    "KemiripanNama",
    "PlafonSumberDana",
    "PlanContext",
    "blocks_submission",
    "check_kelengkapan",
    "check_kode",
    "check_nomenklatur",
    "check_pagu_target",
    "check_plafon",
    "check_pohon",
    "check_renja",
    "check_renstra",
    "check_satuan",
    "check_sumber_dana",
    "classify_sumber_dana",
    "compare_nama",
]
