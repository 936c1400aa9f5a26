"""Each problem once: merge, fold and order the findings of all rule families.

* A code printed twice in one table (``KODE_GANDA_DALAM_TABEL``) makes every other finding on
  that code in that table meaningless (the row's name, target and sums belong to two rows):
  only the duplicate is kept.
* The same finding in several tables (a placeholder row in T-C.31, T-C.33 and the pendanaan
  table; the same wrong subtotal in two copies) is one finding; the other tables are listed
  in ``also``.
* A *systemic* rule (register flag ``sistemik``) hit on three or more rows of one table column
  is one finding for the column, listing the rows: a column of raw quotients or a sumber dana
  left empty from some row on is one habit to correct, not thirty problems.
* Findings are ordered as the document reads: document-wide ones first, then by line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from renjana.importers.audit.aturan import aturan
from renjana.importers.audit.model import Finding, Place

_SYSTEMIC_MIN = 3
_SHOWN = 8


def _suppress_duplicates(findings: Sequence[Finding]) -> list[Finding]:
    doubled = {
        (f.table_label, f.table, f.kode) for f in findings if f.rule == "KODE_GANDA_DALAM_TABEL"
    }
    return [
        f
        for f in findings
        if f.rule == "KODE_GANDA_DALAM_TABEL" or (f.table_label, f.table, f.kode) not in doubled
    ]


def _place(finding: Finding) -> Place:
    return Place(finding.table_label, finding.table, finding.line, finding.kode, finding.found)


def _merge_tables(findings: Sequence[Finding]) -> list[Finding]:
    """One finding for the same rule, row and values printed in several tables."""
    merged: dict[tuple[str, str, str, str, str], int] = {}
    out: list[Finding] = []
    for finding in findings:
        if not finding.table:
            out.append(finding)
            continue
        key = (
            finding.rule,
            finding.kode,
            # a finding without a row (a whole column) is the same only for the same column
            "" if finding.kode else f"{finding.nama}|{finding.column}",
            finding.found,
            finding.expected,
        )
        index = merged.get(key)
        if index is None or out[index].table == finding.table:
            merged.setdefault(key, len(out))
            out.append(finding)
            continue
        first = out[index]
        out[index] = replace(first, also=(*first.also, _place(finding), *finding.also))
    return out


def _fold_systemic(findings: Sequence[Finding]) -> list[Finding]:
    groups: dict[tuple[str, str, str], list[int]] = {}
    for index, finding in enumerate(findings):
        if finding.table and aturan(finding.rule).sistemik:
            key = (finding.rule, finding.table, finding.column)
            groups.setdefault(key, []).append(index)
    folded: dict[int, Finding] = {}
    dropped: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < _SYSTEMIC_MIN:
            continue
        first, rest = findings[indexes[0]], [findings[i] for i in indexes[1:]]
        codes = [f.kode or (f"baris {f.line}" if f.line else "") for f in rest]
        shown = ", ".join(c for c in codes[:_SHOWN] if c)
        more = f" dan {len(codes) - _SHOWN} lainnya" if len(codes) > _SHOWN else ""
        message = (
            f"{first.message} Masalah yang sama terdapat pada {len(rest)} baris lain di tabel "
            f"ini ({shown}{more})."
        )
        folded[indexes[0]] = replace(
            first,
            message=message,
            also=(*first.also, *(_place(f) for f in rest)),
        )
        dropped.update(indexes[1:])
    return [folded.get(i, f) for i, f in enumerate(findings) if i not in dropped]


def _order(finding: Finding) -> tuple[int, int, str]:
    return (0 if finding.line is None else 1, finding.line or 0, finding.rule)


def ringkas(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings as the report lists them (see the module docstring)."""
    kept = _suppress_duplicates(findings)
    kept = _merge_tables(kept)
    kept = _fold_systemic(kept)
    return tuple(sorted(kept, key=_order))
