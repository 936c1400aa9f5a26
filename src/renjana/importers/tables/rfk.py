"""The RFK (§2.C) read into ``core.rfk.BarisRfkInput``, with every printed column kept.

The core recomputes bobot, TTB, keuangan % and sisa from leaf pagu, realisasi and fisik %;
those leaves are what this module returns as inputs (program rows carry no money: the core
sums them). Every printed column of every row — parents and the JUMLAH row included — is kept
in ``BarisRfkTercetak`` (raw text and value) for the audit to compare (S003-01…03). Rows
without codes, as printed by seed 003, are keyed by their place (``P1``, ``P1.K2``); rows with
codes keep their codes. The *sasaran strategis* printed once per group is carried down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from renjana.core.idformat import ParsedNumber, parse_percent, parse_rupiah
from renjana.core.kode import Kode
from renjana.core.problems import Problem
from renjana.core.rfk import BarisRfkInput
from renjana.importers.document import Table
from renjana.importers.tables.align import LogicalRow, logical_rows
from renjana.importers.tables.hierarchy import (
    PlaceKeys,
    level_by_wording,
    place,
    printed_kode,
    read_kode,
    unplaced_problems,
)
from renjana.importers.tables.kinds import Recognition, TableKind, recognize

_MONEY = ("pagu", "realisasi", "sisa")
_PERCENT = ("bobot", "fisik_persen", "fisik_ttb", "keuangan_persen", "keuangan_ttb")


@dataclass(frozen=True, slots=True)
class BarisRfkTercetak:
    """Every value column of one row as printed (raw text and value)."""

    kode: str
    level: str
    nama: str
    values: Mapping[str, ParsedNumber]
    lines: tuple[int, ...]

    def value(self, column: str) -> Decimal | None:
        found = self.values.get(column)
        return None if found is None else found.value


@dataclass(frozen=True, slots=True)
class TabelRfk:
    """Input rows for ``compute_rfk`` and the printed rows (parallel), the printed JUMLAH
    row, and reading problems."""

    rows: tuple[BarisRfkInput, ...]
    printed: tuple[BarisRfkTercetak, ...]
    jumlah: BarisRfkTercetak | None
    problems: tuple[Problem, ...]

    def leaves(self) -> tuple[BarisRfkInput, ...]:
        parents = {r.induk for r in self.rows if r.induk is not None}
        return tuple(r for r in self.rows if r.kode not in parents)


def extract_rfk(table: Table, source: str = "", recognition: Recognition | None = None) -> TabelRfk:
    """Read an RFK table (``ValueError`` for another kind: recognise first)."""
    found = recognition or recognize(table)
    if found.kind is not TableKind.RFK:
        raise ValueError(f"{table.name} bukan tabel RFK ({found.kind})")
    keys = PlaceKeys()
    entries: list[tuple[BarisRfkInput, BarisRfkTercetak]] = []
    jumlah: BarisRfkTercetak | None = None
    problems: list[Problem] = []
    sasaran = ""
    konteks: Kode | None = None
    for row in logical_rows(table, found.columns):
        problems.extend(unplaced_problems(table, source, row))
        values = _printed(row, table, source, problems)
        nama = " ".join(row.get("nama").split())
        if row.is_total:
            jumlah = BarisRfkTercetak("", "jumlah", nama or "JUMLAH", values, row.lines)
            continue
        if not nama:
            continue
        sasaran = " ".join(row.get("sasaran").split()) or sasaran
        if row.kode_text:
            parsed = read_kode(row, konteks)
            problems.extend(place(parsed.problems, table, source, row, "Kode"))
            konteks = parsed.kode or konteks
            kode, level = printed_kode(parsed), parsed.kode.level.value if parsed.kode else ""
            induk = str(parsed.kode.parent) if parsed.kode and parsed.kode.parent else None
        else:
            level = level_by_wording(nama, row.bold)
            kode, induk = keys.key(level)
        baris = BarisRfkInput(
            kode, induk, level, nama, " ".join(row.get("indikator").split()), sasaran,
            values["pagu"].value, values["realisasi"].value, values["fisik_persen"].value,
        )  # fmt: skip
        entries.append((baris, BarisRfkTercetak(kode, level, nama, values, row.lines)))
    present = {b.kode for b, _ in entries}
    parents = {b.induk for b, _ in entries if b.induk in present}
    rows = tuple(
        BarisRfkInput(b.kode, b.induk if b.induk in present else None, b.level, b.nama,
                      b.indikator, b.sasaran_strategis)
        if b.kode in parents
        else BarisRfkInput(b.kode, b.induk if b.induk in present else None, b.level, b.nama,
                           b.indikator, b.sasaran_strategis, b.pagu, b.realisasi, b.fisik_persen)
        for b, _ in entries
    )  # fmt: skip
    return TabelRfk(rows, tuple(p for _, p in entries), jumlah, tuple(problems))


def _printed(
    row: LogicalRow, table: Table, source: str, problems: list[Problem]
) -> Mapping[str, ParsedNumber]:
    values: dict[str, ParsedNumber] = {}
    for column in (*_MONEY, *_PERCENT):
        text = row.get(column)
        parsed = parse_rupiah(text) if column in _MONEY else parse_percent(text)
        problems.extend(place(parsed.problems, table, source, row, column))
        values[column] = parsed
    return MappingProxyType(values)
