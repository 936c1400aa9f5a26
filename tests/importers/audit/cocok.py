"""Finding the finding a test expects in a report, and the catalogue of seed findings.

A finding matches on its rule and, for the row, table and value printed, on its own place or
on one of the places listed in ``also`` (a problem repeated in several tables or folded over a
column is one finding): a test asks "is S001-05's row 1.06.01.2.02.0001 reported?", not "is it
the first row of the fold?".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from renjana.importers.audit import AuditReport, Finding

CATALOGUE = Path(__file__).resolve().parents[3].parent / "shared/spec/seed-errors-examples.md"


def _places(finding: Finding) -> Iterator[tuple[str, str, str]]:
    yield finding.table_label, finding.kode, finding.found
    for place in finding.also:
        yield place.table_label, place.kode, place.found


def cari(
    report: AuditReport,
    rule: str,
    *,
    label: str | None = None,
    kode: str | None = None,
    found: str | None = None,
    expected: str | None = None,
    column: str | None = None,
    message: str | None = None,
) -> list[Finding]:
    """The findings of ``rule`` that match every criterion given."""
    hits = []
    for finding in report.findings:
        if finding.rule != rule:
            continue
        if expected is not None and finding.expected != expected:
            continue
        if column is not None and column not in finding.column:
            continue
        if message is not None and message not in finding.message:
            continue
        if any(
            (label is None or place_label == label)
            and (kode is None or place_kode == kode)
            and (found is None or place_found == found)
            for place_label, place_kode, place_found in _places(finding)
        ):
            hits.append(finding)
    return hits


def satu(report: AuditReport, rule: str, **criteria: str) -> Finding:
    """The one finding of ``rule`` matching ``criteria``; fails listing what was reported."""
    hits = cari(report, rule, **criteria)
    if len(hits) != 1:
        reported = [
            (f.table_label, f.kode, f.found, f.expected, f.column)
            for f in report.findings
            if f.rule == rule
        ]
        raise AssertionError(f"{rule} {criteria}: {len(hits)} matches; reported: {reported}")
    return hits[0]


def catalogue_ids(seed: str) -> list[str]:
    """The finding ids (``S001-01`` …) of one seed in seed-errors-examples.md."""
    text = CATALOGUE.read_text(encoding="utf-8")
    return sorted(set(re.findall(rf"\*\*(S{seed}-\d\d) \[", text)))


def covered_ids(namespace: dict[str, object], seed: str) -> set[str]:
    """The ids a test module covers, read from its test names (``test_s001_05_…``)."""
    found = set()
    for name in namespace:
        match = re.match(rf"test_s{seed}_(\d\d)_", name)
        if match:
            found.add(f"S{seed}-{match.group(1)}")
    return found
