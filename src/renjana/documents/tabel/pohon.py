"""The rows of a Renja tree as its tables print them (T-C.33, the 17-column table): the office
row on top (the sum of its urusan), then urusan → bidang urusan → program → kegiatan → sub
kegiatan in code order, programs numbered, parents bold and children indented. The amounts
are the core's roll-ups (``core.tree``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.renja import IndikatorInput, RenjaRowInput
from renjana.core.tree import Tree
from renjana.documents.model import Cell
from renjana.documents.tabel.sel import lines, quantity_cell, target_quantity

#: The key of the office row; the urusan rows are its children.
OPD = "opd"


@dataclass(frozen=True, slots=True)
class BarisPohon:
    key: str
    parent: str | None
    level: str
    nama: str
    nomor: str
    depth: int
    totals: Mapping[str, Decimal]
    row: RenjaRowInput | None


def baris_pohon(tree: Tree, opd: str, rows: Mapping[str, RenjaRowInput]) -> list[BarisPohon]:
    """The office row, then every node of ``tree`` with its stored row (None above programs)."""
    result = [BarisPohon(OPD, None, "opd", opd, "", 0, tree.totals, None)]
    program = 0
    for node in tree.walk():
        r = node.row
        nomor = ""
        if r.level == "program":
            program += 1
            nomor = str(program)
        result.append(
            BarisPohon(
                r.key,
                r.parent or OPD,
                r.level,
                r.nama,
                nomor,
                node.depth + 1,
                node.totals,
                rows.get(r.key),
            )
        )
    return result


def indikator_of(row: RenjaRowInput | None) -> tuple[IndikatorInput, ...]:
    return row.indikator if row is not None else ()


def targets(row: RenjaRowInput | None, n1: bool = False) -> Cell:
    """The target of each indicator (n, or n+1), one per line; one number is a number cell."""
    items = indikator_of(row)
    values = [target_quantity(i.target_n1 if n1 else i.target, i.satuan) for i in items]
    if len(values) == 1:
        return quantity_cell(values[0])
    return Cell.of(lines([str(v) if not v.is_missing else "-" for v in values]))
