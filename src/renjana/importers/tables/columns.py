"""Logical columns of a table kind and where they are printed in one particular table.

A kind (T-C.29, the 17-column Renja table, …) names its columns and how to find them: by the
printed column number (``8= (7/6)`` is column 8) when the table has a column-number row, else
by words of the header label (``kelompoksasaran``, ``pagu``). Labels are read with the header
rows composed top-down (``RENCANA TAHUN 2024`` over ``LOKASI`` gives ``RENCANA TAHUN 2024
LOKASI``) and compared without spaces, so a label broken by the converter (``Perang kat
Daerah Penang gung Jawab``) still matches. Positions are header positions; the alignment
module maps body cells onto them row by row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from renjana.importers.cells import numbering
from renjana.importers.document import Table, TableLayout
from renjana.importers.markup import plain, squeeze


class JenisKolom(StrEnum):
    """What a column holds, which decides how its cells are read and aligned."""

    NOMOR = "nomor"  # row ordinal
    KODE = "kode"  # nomenclature code (possibly split over several cells)
    TEKS = "teks"
    TARGET = "target"  # value + unit, several targets, or qualitative text
    RUPIAH = "rupiah"
    PERSEN = "persen"
    ANGKA = "angka"  # a plain number
    JUMLAH_ORANG = "jumlah_orang"  # a count of persons or households: whole numbers
    BEBAS = "bebas"  # a printed column no kind names: anything, kept by position


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """How to find one logical column: its printed number and/or label patterns (regexes on
    the label without spaces, lower case); ``occurrence`` 2 for a repeated column (the second
    half of T-C.31)."""

    name: str
    jenis: JenisKolom
    patterns: tuple[str, ...] = ()
    number: int | None = None
    occurrence: int = 1


@dataclass(frozen=True, slots=True)
class Column:
    """A logical column found in a table: header position and the label as printed."""

    name: str
    jenis: JenisKolom
    position: int
    label: str


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """The logical columns of one table, in printed order."""

    columns: tuple[Column, ...]

    def get(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def __contains__(self, name: object) -> bool:
        return any(c.name == name for c in self.columns)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def header_numbering(table: Table) -> dict[int, list[int]] | None:
    """The column-number row of the header as number → positions, or None."""
    for row in table.header_rows:
        found = numbering(row.cells)
        if found:
            return found
    return None


def header_labels(table: Table) -> list[str]:
    """One label per header position, upper rows first; an empty upper cell inherits the
    spanning label to its left when both have sub-labels below (merged parent cells)."""
    width = table.width
    rows = [r for r in table.header_rows if not numbering(r.cells)]
    parts: list[list[str]] = [[] for _ in range(width)]
    for r, row in enumerate(rows):
        below = rows[r + 1 :]
        parent = ""
        parent_has_children = False
        for i in range(width):
            text = plain(row.cell(i))
            has_children = any(plain(b.cell(i)) for b in below)
            if text:
                parts[i].append(text)
                parent, parent_has_children = text, has_children
            elif parent and parent_has_children and has_children:
                parts[i].append(parent)
            else:
                parent = ""
    return [" ".join(p) for p in parts]


def resolve(table: Table, specs: Sequence[ColumnSpec]) -> ColumnMap:
    """Where each spec'd column is printed in ``table`` (columns not found are left out).

    Printed column numbers are trusted only when the table numbers as many columns as the
    kind has (1 … 17 for the Renja table); a shorter copy is read by its labels."""
    if table.layout is TableLayout.SPACES:
        return _resolve_spaced(table, specs)
    if table.layout is TableLayout.LINES:
        return ColumnMap(())
    labels = header_labels(table)
    squeezed = [squeeze(label) for label in labels]
    numbered = header_numbering(table)
    last = max((s.number for s in specs if s.number is not None), default=0)
    if numbered is not None and max(numbered) != last:
        numbered = None  # a copy that left columns out renumbers them: read the labels
    used: set[int] = set()
    found: dict[str, Column] = {}
    for spec in specs:
        position = _by_number(spec, numbered)
        if position is None or position in used:
            position = _by_pattern(spec, squeezed, used)
        if position is not None and position < len(labels) and position not in used:
            used.add(position)
            found[spec.name] = Column(spec.name, spec.jenis, position, labels[position])
    _split_code_under_name(found, specs, labels)
    return ColumnMap(tuple(sorted(found.values(), key=lambda c: c.position)))


def _by_number(spec: ColumnSpec, numbered: dict[int, list[int]] | None) -> int | None:
    if numbered is None or spec.number is None:
        return None
    positions = numbered.get(spec.number, [])
    return positions[spec.occurrence - 1] if len(positions) >= spec.occurrence else None


def _by_pattern(spec: ColumnSpec, squeezed: Sequence[str], used: set[int]) -> int | None:
    matches = [
        i
        for i, label in enumerate(squeezed)
        if i not in used and label and any(re.search(p, label) for p in spec.patterns)
    ]
    return matches[spec.occurrence - 1] if len(matches) >= spec.occurrence else None


def _split_code_under_name(
    found: dict[str, Column], specs: Sequence[ColumnSpec], labels: Sequence[str]
) -> None:
    """A name label spanning several empty header cells holds the split code cells before the
    name (001 Tabel 8: "Nama Program, Kegiatan dan Sub Kegiatan" over code + name)."""
    wants_code = any(s.jenis is JenisKolom.KODE for s in specs)
    name = found.get("nama")
    if not wants_code or name is None or any(c.jenis is JenisKolom.KODE for c in found.values()):
        return
    end = name.position
    while end + 1 < len(labels) and not labels[end + 1]:
        end += 1
    if end - name.position >= 1:
        code = next(s for s in specs if s.jenis is JenisKolom.KODE)
        found[code.name] = Column(code.name, JenisKolom.KODE, name.position, name.label)
        found["nama"] = Column("nama", name.jenis, end, name.label)


def _resolve_spaced(table: Table, specs: Sequence[ColumnSpec]) -> ColumnMap:
    """Columns of a space-separated table, whose cells are [ordinal, label, values…, trailing
    words]: the ordinal and label go first, value columns fill the value cells from the right
    in the order their labels are printed, and a text column after them takes the trailing
    words."""
    text = squeeze(" ".join(r.cells[0] for r in table.header_rows if r.cells))
    width = table.width
    hits: list[tuple[int, ColumnSpec]] = []
    for spec in specs:
        match = next((m for p in spec.patterns if (m := re.search(p, text))), None)
        if match is not None:
            hits.append((match.start(), spec))
    hits.sort(key=lambda h: h[0])
    found: list[Column] = []
    ordered = [spec for _, spec in hits]
    number = next((s for s in ordered if s.jenis is JenisKolom.NOMOR), None)
    if number is not None:
        found.append(Column(number.name, number.jenis, 0, number.name))
    rest = [s for s in ordered if s is not number]
    label = next((s for s in rest if s.jenis is JenisKolom.TEKS), None)
    if label is not None:
        found.append(Column(label.name, label.jenis, 1, label.name))
        after = rest[rest.index(label) + 1 :]
        values = [s for s in after if s.jenis is not JenisKolom.TEKS]
        trailing = [s for s in after if s.jenis is JenisKolom.TEKS]
        slots = width - 3
        for offset, spec in enumerate(values[-slots:] if slots > 0 else []):
            found.append(
                Column(
                    spec.name, spec.jenis, width - 1 - min(len(values), slots) + offset, spec.name
                )
            )
        if trailing:
            found.append(Column(trailing[0].name, trailing[0].jenis, width - 1, trailing[0].name))
    return ColumnMap(tuple(sorted(found, key=lambda c: c.position)))
