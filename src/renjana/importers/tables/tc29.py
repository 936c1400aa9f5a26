"""T-C.29 (§2.A) read into ``core.evaluasi.BarisTC29``, with the printed columns 8, 10, 11.

Columns 4–7 and 9 are inputs (targets and realisasi, each a ``Quantity`` with its unit); the
core computes 8, 10 and 11. The document's own 8, 10 and 11 are kept as printed (raw text and
value) in ``KolomTercetakTC29`` so the audit can compare them with the core (S001-01…05).
A cell printing several targets (``390;320 Jenis/710 item``) is kept as text with the core's
``TARGET_GANDA`` error; every other unreadable cell is reported where it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from renjana.core.evaluasi import BarisTC29
from renjana.core.idformat import ParsedNumber, parse_percent
from renjana.core.kode import Kode
from renjana.core.problems import Problem
from renjana.core.quantity import ParsedQuantity, Quantity, parse_quantity
from renjana.importers.document import Table
from renjana.importers.tables.align import LogicalRow, logical_rows
from renjana.importers.tables.hierarchy import place, printed_kode, read_kode, unplaced_problems
from renjana.importers.tables.kinds import Recognition, TableKind, recognize

_INPUTS = ("target_renstra", "realisasi_sd_n3", "target_n2", "realisasi_n2", "target_n1")


@dataclass(frozen=True, slots=True)
class KolomTercetakTC29:
    """Columns 8 (tingkat realisasi), 10 (realisasi s/d n-1) and 11 (tingkat capaian) as
    printed; a "%" column printed as a raw quotient stays as printed (2,86 is 2,86)."""

    kode: str
    tingkat_realisasi: ParsedNumber
    realisasi_sd_n1: ParsedQuantity
    tingkat_capaian: ParsedNumber


@dataclass(frozen=True, slots=True)
class TabelTC29:
    """Rows, their printed computed columns and source lines (all parallel), and problems."""

    rows: tuple[BarisTC29, ...]
    printed: tuple[KolomTercetakTC29, ...]
    lines: tuple[tuple[int, ...], ...]
    problems: tuple[Problem, ...]

    def find(self, kode: str) -> tuple[BarisTC29, KolomTercetakTC29] | None:
        return next(
            (
                (row, cols)
                for row, cols in zip(self.rows, self.printed, strict=True)
                if row.kode == kode
            ),
            None,
        )


def extract_tc29(
    table: Table, source: str = "", recognition: Recognition | None = None
) -> TabelTC29:
    """Read a T-C.29 table (``ValueError`` for another kind: recognise first)."""
    found = recognition or recognize(table)
    if found.kind is not TableKind.TC29:
        raise ValueError(f"{table.name} bukan tabel T-C.29 ({found.kind})")
    rows: list[BarisTC29] = []
    printed: list[KolomTercetakTC29] = []
    lines: list[tuple[int, ...]] = []
    problems: list[Problem] = []
    konteks: Kode | None = None
    for row in logical_rows(table, found.columns):
        problems.extend(unplaced_problems(table, source, row))
        if row.is_total or not (row.get("nama") or row.kode_text):
            continue
        parsed = read_kode(row, konteks)
        problems.extend(place(parsed.problems, table, source, row, "Kode"))
        if parsed.kode is not None and parsed.kode.bidang is not None:
            konteks = parsed.kode
        kode = printed_kode(parsed)
        values = {name: _quantity(row, name, table, source, problems) for name in _INPUTS}
        rows.append(
            BarisTC29(
                kode=kode,
                nama=" ".join(row.get("nama").split()),
                indikator=" ".join(row.get("indikator").split()),
                target_renstra=values["target_renstra"],
                realisasi_sd_n3=values["realisasi_sd_n3"],
                target_n2=values["target_n2"],
                realisasi_n2=values["realisasi_n2"],
                target_n1=values["target_n1"],
            )
        )
        printed.append(
            KolomTercetakTC29(
                kode,
                parse_percent(row.get("tingkat_realisasi")),
                parse_quantity(row.get("realisasi_sd_n1")),
                parse_percent(row.get("tingkat_capaian")),
            )
        )
        lines.append(row.lines)
    return TabelTC29(tuple(rows), tuple(printed), tuple(lines), tuple(problems))


def _quantity(
    row: LogicalRow, name: str, table: Table, source: str, problems: list[Problem]
) -> Quantity:
    text = row.get(name)
    found = parse_quantity(text)
    problems.extend(place(found.problems, table, source, row, name))
    if found.quantity.is_missing and any(p.code == "TARGET_GANDA" for p in found.problems):
        return Quantity(None, "", " ".join(text.split()))
    return found.quantity
