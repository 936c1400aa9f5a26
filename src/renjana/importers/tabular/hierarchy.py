"""Rows of a plan put in nomenclature order with every parent present.

A spreadsheet may list only sub kegiatan, or list rows in any order. The storing services
want parents first and every parent present (``perencanaan.services.impor``). ``arrange``
sorts the rows by code (a parent sorts before its children), adds a missing program or
kegiatan under its official name from the nomenclature — reported as a note — and reports a
parent it cannot name as an error at the first row that needs it. ``leaf_totals`` sums money
of the leaves under each parent, to say what a printed parent total should have been.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Generic, TypeVar

from renjana.core.kode import Kode
from renjana.core.problems import Location, Problem, Severity
from renjana.importers.tabular.result import problem

T = TypeVar("T")

INDUK_DITAMBAHKAN = "INDUK_DITAMBAHKAN"
INDUK_TIDAK_ADA = "INDUK_TIDAK_ADA"


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """A row of the plan with its code and the sheet row it came from (0: added here)."""

    kode: Kode
    row: T
    number: int


def arrange(
    entries: Sequence[Entry[T]],
    *,
    name_of: Callable[[Kode], str | None],
    make: Callable[[Kode, str], T],
    where: Callable[[int], Location],
) -> tuple[list[Entry[T]], list[Problem]]:
    """``entries`` sorted by code with their missing program/kegiatan parents added."""
    present = {e.kode.segmen for e in entries}
    added: list[Entry[T]] = []
    problems: list[Problem] = []
    for entry in sorted(entries, key=lambda e: e.kode.segmen):
        missing = [a for a in _ancestors(entry.kode.segmen) if len(a) >= 3 and a not in present]
        for segmen in reversed(missing):
            present.add(segmen)
            kode = Kode(segmen)
            nama = name_of(kode)
            if nama is None:
                problems.append(
                    problem(
                        INDUK_TIDAK_ADA,
                        f"Baris {entry.kode} memerlukan baris induk {kode.level.label.lower()} "
                        f"{kode}, yang tidak ada di berkas dan tidak dikenal di nomenklatur. "
                        f"Tambahkan baris {kode} beserta namanya di atas baris ini.",
                        replace(where(entry.number), kode=str(entry.kode)),
                        found=str(entry.kode),
                        expected=str(kode),
                    )
                )
                continue
            added.append(Entry(kode, make(kode, nama), 0))
            problems.append(
                problem(
                    INDUK_DITAMBAHKAN,
                    f"Baris induk {kode} {nama} tidak ada di berkas; ditambahkan dari "
                    "nomenklatur (tanpa indikator dan pagu).",
                    replace(where(entry.number), kode=str(kode)),
                    severity=Severity.INFO,
                )
            )
    ordered = sorted([*entries, *added], key=lambda e: e.kode.segmen)
    return ordered, problems


def _ancestors(segmen: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """The segments of every ancestor, nearest first (a kegiatan's parent is its program:
    the level digit is not a node)."""
    cuts = {6: (5, 3, 2, 1), 5: (3, 2, 1), 3: (2, 1), 2: (1,), 1: ()}[len(segmen)]
    return tuple(segmen[:n] for n in cuts)


def parent_segments(codes: Iterable[Kode]) -> frozenset[tuple[int, ...]]:
    """The segments of every code that has at least one child among ``codes``."""
    return frozenset(a[0] for k in codes if (a := _ancestors(k.segmen)))


def leaf_totals(amounts: Iterable[tuple[Kode, Decimal]]) -> dict[tuple[int, ...], Decimal]:
    """The sum of leaf amounts under every ancestor (by segments) of each leaf."""
    totals: dict[tuple[int, ...], Decimal] = {}
    for kode, amount in amounts:
        for segmen in _ancestors(kode.segmen):
            totals[segmen] = totals.get(segmen, Decimal(0)) + amount
    return totals
