"""What an import of a spreadsheet gives back: rows as core values, where each came from, every
problem, and the preview a page shows before anything is stored.

``Bacaan`` is the pure reading of one file for one import kind. ``ImportPreview`` is what the
services hand to the pages: the rows that would be stored, every problem (the reader's and
the database-side checks'), counts, and the first rows as text. ``group_problems`` orders the
problems for display: errors first, one group per rule, in the order they were found.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from renjana.core.problems import Location, Problem, Severity

T = TypeVar("T")

#: ``progress(stage, done, total)``: called now and then while a large file is read.
Progress = Callable[[str, int, int], None]

#: How many rows the preview shows as text.
SAMPLE_ROWS = 50


def problem(
    code: str,
    message: str,
    location: Location,
    *,
    found: str = "",
    severity: Severity = Severity.ERROR,
    expected: str = "",
) -> Problem:
    return Problem(code, severity, message, location, found=found, expected=expected)


@dataclass(frozen=True, slots=True)
class Bacaan(Generic[T]):
    """One file read for one import kind.

    ``rows[i]`` came from sheet row ``row_numbers[i]`` (as Excel numbers it). ``sheet`` is
    the sheet that held the table (empty when none did); ``skipped`` counts rows left out on
    purpose (totals, urusan and bidang rows, blank rows).
    """

    rows: tuple[T, ...]
    row_numbers: tuple[int, ...]
    problems: tuple[Problem, ...]
    file: str = ""
    sheet: str = ""
    skipped: int = 0

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Problems of one rule: its code, severity, how many, and the problems themselves."""

    code: str
    severity: Severity
    problems: tuple[Problem, ...]

    @property
    def count(self) -> int:
        return len(self.problems)


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def group_problems(problems: Sequence[Problem]) -> tuple[ProblemGroup, ...]:
    """One group per (severity, code): errors first, then warnings, then notes; within a
    severity the groups keep the order their first problem was found in."""
    groups: dict[tuple[Severity, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.severity, p.code), []).append(p)
    ordered = sorted(groups.items(), key=lambda item: _RANK[item[0][0]])
    return tuple(ProblemGroup(code, sev, tuple(items)) for (sev, code), items in ordered)


@dataclass(frozen=True, slots=True)
class ImportPreview(Generic[T]):
    """What would be stored, and why it cannot be (yet).

    ``counts`` is an ordered list of (label, number) for the summary; ``sample_header`` and
    ``sample`` give the first rows as text with their sheet row numbers. The commit button
    is offered only when ``can_commit``.
    """

    jenis: str
    file: str
    sheet: str
    rows: tuple[T, ...]
    problems: tuple[Problem, ...]
    counts: tuple[tuple[str, int], ...] = ()
    sample_header: tuple[str, ...] = ()
    sample: tuple[tuple[int, tuple[str, ...]], ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def can_commit(self) -> bool:
        return bool(self.rows) and not self.has_errors

    @property
    def groups(self) -> tuple[ProblemGroup, ...]:
        return group_problems(self.problems)

    def with_problems(self, more: Sequence[Problem]) -> ImportPreview[T]:
        return replace(self, problems=(*self.problems, *more))
