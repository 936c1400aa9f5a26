"""Budget realisation tables (§2.B) read into ``core.anggaran.BarisAnggaran``.

Covers the standard Program/Kegiatan/Sub Kegiatan × Anggaran/Realisasi/% table and its
program-level variants (002 Tabel 2.4 and 3.3 print only anggaran and a KET column, Tabel 2.5
adds realisasi and a "%" headed FISIK). Leaves carry the amounts; what is printed on parent
rows and on the total row is kept in ``BarisAnggaranTercetak`` for the audit. Rows without a
code are keyed by their place (``P1``, ``P1.K1``); the level comes from the wording
("Program …", "Kegiatan …", "Sub Kegiatan …").
"""

from __future__ import annotations

from dataclasses import dataclass

from renjana.core.anggaran import BarisAnggaran
from renjana.core.idformat import ParsedNumber, parse_percent, parse_rupiah
from renjana.core.problems import Problem
from renjana.importers.document import Table
from renjana.importers.tables.align import logical_rows
from renjana.importers.tables.hierarchy import (
    PlaceKeys,
    level_by_wording,
    place,
    unplaced_problems,
)
from renjana.importers.tables.kinds import Recognition, TableKind, recognize


@dataclass(frozen=True, slots=True)
class BarisAnggaranTercetak:
    """One row as printed: anggaran, realisasi, percentage and the KET text."""

    kode: str
    level: str
    nama: str
    anggaran: ParsedNumber
    realisasi: ParsedNumber
    persen: ParsedNumber
    keterangan: str
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TabelAnggaran:
    rows: tuple[BarisAnggaran, ...]
    printed: tuple[BarisAnggaranTercetak, ...]
    jumlah: BarisAnggaranTercetak | None
    problems: tuple[Problem, ...]


def extract_anggaran(
    table: Table, source: str = "", recognition: Recognition | None = None
) -> TabelAnggaran:
    """Read a budget realisation table (``ValueError`` for another kind)."""
    found = recognition or recognize(table)
    if found.kind is not TableKind.REALISASI_ANGGARAN:
        raise ValueError(f"{table.name} bukan tabel realisasi anggaran ({found.kind})")
    keys = PlaceKeys()
    entries: list[BarisAnggaranTercetak] = []
    jumlah: BarisAnggaranTercetak | None = None
    induk: dict[str, str | None] = {}
    problems: list[Problem] = []
    for row in logical_rows(table, found.columns):
        problems.extend(unplaced_problems(table, source, row))
        parsed = {}
        for column, reader in (
            ("anggaran", parse_rupiah), ("realisasi", parse_rupiah), ("persen", parse_percent)
        ):  # fmt: skip
            parsed[column] = reader(row.get(column))
            problems.extend(place(parsed[column].problems, table, source, row, column))
        nama = " ".join(row.get("nama").split())
        keterangan = " ".join(row.get("keterangan").split())
        if row.is_total:
            jumlah = BarisAnggaranTercetak(
                "", "jumlah", nama, parsed["anggaran"], parsed["realisasi"], parsed["persen"],
                keterangan, row.lines,
            )  # fmt: skip
            continue
        if not nama:
            continue
        level = level_by_wording(nama, row.bold)
        kode, parent = keys.key(level)
        induk[kode] = parent
        entries.append(
            BarisAnggaranTercetak(
                kode, level, nama, parsed["anggaran"], parsed["realisasi"], parsed["persen"],
                keterangan, row.lines,
            )
        )  # fmt: skip
    parents = {p for p in induk.values() if p is not None}
    rows = tuple(
        BarisAnggaran(e.kode, induk[e.kode], e.level, e.nama)
        if e.kode in parents
        else BarisAnggaran(
            e.kode, induk[e.kode], e.level, e.nama, e.anggaran.value, e.realisasi.value
        )
        for e in entries
    )
    return TabelAnggaran(rows, tuple(entries), jumlah, tuple(problems))
