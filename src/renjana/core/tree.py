"""The program / kegiatan / sub kegiatan tree and its roll-ups.

Money is stored on leaves only; every parent total is the sum of its children's totals
(domain.md §2.O), computed here and nowhere else. The tree is structural: callers give each
row its parent key (the selector knows the code hierarchy), and any number of named value
columns (pagu, pagu_n1, anggaran, realisasi, …) roll up in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem, Severity

DUPLICATE_KEY = "POHON_KODE_GANDA"
ORPHAN_ROW = "POHON_INDUK_TIDAK_ADA"
PARENT_VALUE_IGNORED = "POHON_NILAI_INDUK_DIABAIKAN"


@dataclass(frozen=True, slots=True)
class TreeRow:
    """One input row: its key (the code), its parent's key, and its stored leaf values."""

    key: str
    parent: str | None
    level: str
    nama: str
    values: Mapping[str, Decimal | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A row with its children and the totals of every value column."""

    row: TreeRow
    children: tuple[TreeNode, ...]
    totals: Mapping[str, Decimal]
    depth: int

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self) -> Iterator[TreeNode]:
        """This node and all its descendants, parents first, in input order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Tree:
    """The roots (top-level rows), the grand totals and the structural problems found."""

    roots: tuple[TreeNode, ...]
    totals: Mapping[str, Decimal]
    problems: tuple[Problem, ...]

    def walk(self) -> Iterator[TreeNode]:
        for root in self.roots:
            yield from root.walk()

    def find(self, key: str) -> TreeNode | None:
        return next((node for node in self.walk() if node.row.key == key), None)


def build_tree(rows: Iterable[TreeRow], columns: Sequence[str]) -> Tree:
    """Link rows to their parents and sum ``columns`` upwards.

    Rows keep their input order among siblings. A row whose parent is absent becomes a root
    and is reported; a value stored on a parent is ignored (parents are always computed)
    and reported, so an imported document's wrong subtotal can never hide a leaf.
    """
    problems: list[Problem] = []
    by_key: dict[str, TreeRow] = {}
    order: list[str] = []
    for row in rows:
        if row.key in by_key:
            problems.append(
                Problem(
                    DUPLICATE_KEY,
                    Severity.ERROR,
                    f"Kode {row.key} muncul lebih dari sekali; hapus atau perbaiki baris ganda.",
                    Location(kode=row.key),
                )
            )
            continue
        by_key[row.key] = row
        order.append(row.key)

    children: dict[str | None, list[str]] = {}
    for key in order:
        parent = by_key[key].parent
        if parent is not None and parent not in by_key:
            problems.append(
                Problem(
                    ORPHAN_ROW,
                    Severity.WARNING,
                    f"Baris {key} tidak punya baris induk {parent}; tambahkan baris induknya.",
                    Location(kode=key),
                    expected=parent,
                )
            )
            parent = None
        children.setdefault(parent, []).append(key)

    def make(key: str, depth: int) -> TreeNode:
        row = by_key[key]
        kids = tuple(make(child, depth + 1) for child in children.get(key, ()))
        if kids:
            totals = {col: sum((kid.totals[col] for kid in kids), ZERO) for col in columns}
            stored = [col for col in columns if row.values.get(col) is not None]
            if stored:
                problems.append(
                    Problem(
                        PARENT_VALUE_IGNORED,
                        Severity.INFO,
                        f"Nilai {', '.join(stored)} pada baris induk {key} diabaikan; "
                        "nilai induk selalu dijumlah dari baris di bawahnya.",
                        Location(kode=key),
                    )
                )
        else:
            totals = {col: _value(row, col) for col in columns}
        return TreeNode(row=row, children=kids, totals=totals, depth=depth)

    roots = tuple(make(key, 0) for key in children.get(None, ()))
    grand = {col: sum((root.totals[col] for root in roots), ZERO) for col in columns}
    return Tree(roots=roots, totals=grand, problems=tuple(problems))


def _value(row: TreeRow, column: str) -> Decimal:
    value = row.values.get(column)
    return ZERO if value is None else value
