"""The Renja rows as every check sees them: parsed code, level, and rolled-up pagu.

Parent totals come from ``build_tree`` (the only roll-up), so a kegiatan is "funded" exactly
when the sum of its sub kegiatan is, whatever a row stores on itself. Rows whose code cannot
be read keep their raw code and become roots; the code rules report them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import overload

from renjana.core.idformat import format_number
from renjana.core.kode import Kode, KodeKind, Level, parse_kode
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Severity
from renjana.core.quantity import PERSEN, normalize_satuan
from renjana.core.renja import RenjaRowInput, TargetValue
from renjana.core.tree import Tree, TreeNode, TreeRow, build_tree

PAGU = "pagu"
PAGU_N1 = "pagu_n1"
COLUMNS = (PAGU, PAGU_N1)

_LABELS = MappingProxyType(
    {
        Level.URUSAN: "Urusan",
        Level.BIDANG: "Bidang urusan",
        Level.PROGRAM: "Program",
        Level.KEGIATAN: "Kegiatan",
        Level.SUB_KEGIATAN: "Sub kegiatan",
    }
)


@dataclass(frozen=True, slots=True)
class BarisRencana:
    """One Renja row with its parsed code and its pagu totals (leaf value or Σ children)."""

    urutan: int
    row: RenjaRowInput
    kode: Kode | None
    pagu: Decimal
    pagu_n1: Decimal
    is_leaf: bool

    @property
    def level(self) -> Level | None:
        return None if self.kode is None else self.kode.level

    @property
    def label(self) -> str:
        """``Sub kegiatan 1.06.01.1.05.0004``: how messages name the row."""
        return label_for(self.kode, self.row.kode)

    @property
    def ref(self) -> str:
        """The label inside a sentence: ``sub kegiatan 1.06.01.1.05.0004``."""
        label = self.label
        return label[:1].lower() + label[1:]

    @property
    def is_sub_kegiatan(self) -> bool:
        return self.level is Level.SUB_KEGIATAN

    @property
    def is_plan_level(self) -> bool:
        """Program, kegiatan or sub kegiatan: the levels that carry indicators and targets."""
        return self.level in (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN)

    def at(self, field: str, indikator: str = "") -> Location:
        return Location(kode=self.row.kode, indikator=indikator, field=field)


@dataclass(frozen=True, slots=True)
class Rencana(Sequence[RenjaRowInput]):
    """The rows in input order, and the tree that rolled their pagu up.

    It is itself the sequence of the input rows, so ``check_renja`` reads the plan once and
    hands the result to every rule family in place of the rows.
    """

    baris: tuple[BarisRencana, ...]
    tree: Tree

    def __len__(self) -> int:
        return len(self.baris)

    @overload
    def __getitem__(self, index: int) -> RenjaRowInput: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[RenjaRowInput]: ...

    def __getitem__(self, index: int | slice) -> RenjaRowInput | Sequence[RenjaRowInput]:
        if isinstance(index, slice):
            return tuple(baris.row for baris in self.baris[index])
        return self.baris[index].row


def read_rencana(rows: Sequence[RenjaRowInput]) -> Rencana:
    """Parse every code, link rows to their parents and roll pagu n and n+1 up (once: a
    ``Rencana`` is returned as it is)."""
    if isinstance(rows, Rencana):
        return rows
    parsed = [readable_kode(row.kode) for row in rows]
    keys = [
        str(kode) if kode is not None else row.kode for row, kode in zip(rows, parsed, strict=True)
    ]
    present = set(keys)
    tree_rows = [
        TreeRow(
            key=key,
            parent=_parent_key(kode, present),
            level="" if kode is None else kode.level.value,
            nama=row.nama,
            values={PAGU: row.pagu, PAGU_N1: row.pagu_n1},
        )
        for row, kode, key in zip(rows, parsed, keys, strict=True)
    ]
    tree = build_tree(tree_rows, COLUMNS)
    nodes: dict[str, TreeNode] = {node.row.key: node for node in tree.walk()}
    first: dict[str, int] = {}
    baris = []
    for index, (row, kode, key) in enumerate(zip(rows, parsed, keys, strict=True)):
        node = nodes[key]
        if first.setdefault(key, index) != index:  # a repeated code: judge it on its own values
            pagu, pagu_n1, leaf = row.pagu or ZERO, row.pagu_n1 or ZERO, True
        else:
            pagu, pagu_n1, leaf = node.totals[PAGU], node.totals[PAGU_N1], node.is_leaf
        baris.append(BarisRencana(index, row, kode, pagu, pagu_n1, leaf))
    return Rencana(tuple(baris), tree)


def readable_kode(text: str) -> Kode | None:
    """The current-form code of a row, or None when the code has an error (truncated,
    malformed, old coding): such a row is reported by the code rules and skipped by the rest."""
    parsed = parse_kode(text)
    if parsed.kind is not KodeKind.CURRENT:
        return None
    if any(p.severity is Severity.ERROR for p in parsed.problems):
        return None
    return parsed.kode


def _parent_key(kode: Kode | None, present: set[str]) -> str | None:
    """The row a row sits under. A program hangs under its bidang only when the plan has a
    bidang row: Renja tables derive urusan and bidang rows, so their absence is normal."""
    if kode is None or kode.parent is None:
        return None
    parent = str(kode.parent)
    if kode.level in (Level.PROGRAM, Level.BIDANG) and parent not in present:
        return None
    return parent


def label_for(kode: Kode | None, text: str) -> str:
    """``Sub kegiatan 1.06.01.1.05.0004``, ``Program 1.06.01``; ``Baris <text>`` when the code
    cannot be read."""
    kind = "Baris" if kode is None else _LABELS[kode.level]
    return f"{kind} {text}"


def format_target(target: TargetValue) -> str:
    """``0 Dokumen``, ``100%``, ``Cepat Berkembang`` or ``kosong``, as messages print targets."""
    if target.nilai is None:
        return target.teks or "kosong"
    satuan = normalize_satuan(target.satuan)
    joiner = "" if satuan == PERSEN else " "
    return f"{format_number(target.nilai)}{joiner}{satuan}".strip()


def is_zero(target: TargetValue) -> bool:
    return target.nilai is not None and target.nilai == 0


def has_value(target: TargetValue) -> bool:
    """A target that promises something: a non-zero number or a qualitative text."""
    return not target.is_missing and not is_zero(target)
