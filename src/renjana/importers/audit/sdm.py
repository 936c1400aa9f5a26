"""Staff tables (domain.md §2.N): counts by pendidikan or golongan, their row and column sums.

A staff table prints counts whose sums it also prints: JUMLAH = L + P on every row, the
JUMLAH/TOTAL row = the sum of each column, a golongan subtotal ("Golongan III") = the sum of
its ruang rows ("Golongan III/a" … "III/d"). Which columns add up to which is read from the
table itself: a relation between columns (the last = the sum of the others, or of some of
them; two columns always equal) is accepted when it holds in most rows, as
``core.sdm.check_jumlah_baris`` states it for one row.

When sums fail, the audit looks for the one printed count that, corrected, makes every failed
sum hold without breaking another (``_explain``): the P column total of S002-01 (35 for 36)
explains both the column and its row; the STAF count of "Golongan III/b" (4 for 1, S002-02)
explains its row, its golongan subtotal and the TOTAL. That count is reported once, with the
value that fits; sums no single count explains are reported as printed. A row label printed
twice ("Golongan I/d") is reported too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.idformat import format_number, is_missing_text, parse_count
from renjana.core.sdm import check_jumlah_baris
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.cells import CellClass, classify_cell
from renjana.importers.document import TableLayout
from renjana.importers.tables import TableKind

_TOTAL = re.compile(r"^\W*(jumlah|total)\b", re.IGNORECASE)
_RELATION_SHARE = 0.8
_RELATION_MIN_ROWS = 3
Cell = tuple[int, int]  # (row, column) of the value grid


@dataclass(frozen=True, slots=True)
class _Grid:
    labels: tuple[str, ...]
    lines: tuple[int, ...]
    columns: tuple[str, ...]
    values: dict[Cell, Decimal]  # printed counts; a blank cell is absent


@dataclass(frozen=True, slots=True)
class _Sum:
    """Σ ``parts`` = ``total``; ``what`` says which sum it is, for messages."""

    parts: tuple[Cell, ...]
    total: Cell
    what: str


def _number(text: str) -> Decimal | None:
    clean = " ".join(text.split())
    if not clean:
        return None
    if is_missing_text(clean):
        return Decimal(0)
    return parse_count(clean).value


def _header_names(tabel: TabelBaca, count: int) -> tuple[str, ...]:
    """Column names from the header: sub-column lines (II III IV) first, then the others."""
    lines = [" ".join(c for c in r.cells if c.strip()) for r in tabel.table.header_rows]
    short = re.compile(r"^[A-Z]{1,6}$|^[IVX]+$")
    sub: list[str] = []
    rest: list[str] = []
    for line in lines:
        tokens = [t for t in line.replace("/", " ").split() if short.match(t)]
        tokens = [t for t in tokens if t not in ("NO", "GOL", "RUANG", "ESELON", "ORANG")]
        (sub if len(tokens) >= 2 and all(len(t) <= 4 for t in tokens) else rest).extend(tokens)
    names = [*sub, *rest] if len(sub) < count else rest
    if len(names) == count:
        return tuple(names)
    return tuple(f"kolom {i + 1}" for i in range(count))


def _grid(tabel: TabelBaca) -> _Grid | None:
    rows = tabel.table.body_rows
    if tabel.table.layout is TableLayout.SPACES:
        parsed = [(r.cell(1), list(r.cells[2:-1]), r.line) for r in rows]
    elif tabel.table.layout is TableLayout.CELLS:
        parsed = []
        for r in rows:
            label = next((c for c in r.cells if classify_cell(c) is CellClass.TEXT), "")
            start = r.cells.index(label) + 1 if label else 0
            parsed.append((label, list(r.cells[start:]), r.line))
    else:
        return None
    width = max((len(v) for _, v, _ in parsed), default=0)
    if width < 2:
        return None
    values: dict[Cell, Decimal] = {}
    for i, (_, cells, _) in enumerate(parsed):
        for j, text in enumerate([*cells, *[""] * (width - len(cells))]):
            number = _number(text)
            if number is not None:
                values[(i, j)] = number
    labels = tuple(" ".join(label.split()) for label, _, _ in parsed)
    return _Grid(labels, tuple(line for _, _, line in parsed), _header_names(tabel, width), values)


def _key(label: str) -> str:
    return re.sub(r"\s+", "", label.lower())


def _groups(grid: _Grid) -> tuple[list[int], dict[int, list[int]], list[int]]:
    """(leaf rows, subtotal row → its rows, total rows)."""
    keys = [_key(label) for label in grid.labels]
    totals = [i for i, label in enumerate(grid.labels) if _TOTAL.match(label)]
    subtotals: dict[int, list[int]] = {}
    for i, key in enumerate(keys):
        members = [j for j, other in enumerate(keys) if j != i and other.startswith(key + "/")]
        if key and members:
            subtotals[i] = members
    leaves = [i for i in range(len(keys)) if i not in subtotals and i not in totals]
    return leaves, subtotals, totals


def _holds(grid: _Grid, parts: Sequence[Cell], total: Cell) -> bool | None:
    """Whether Σ parts = total on the printed values (None when the total is not printed)."""
    if total not in grid.values:
        return None
    bagian = [int(grid.values.get(c, Decimal(0))) for c in parts]
    return not check_jumlah_baris("", bagian, int(grid.values[total]))


def _relations(grid: _Grid, leaves: Sequence[int]) -> list[tuple[tuple[int, ...], int, str]]:
    """Row relations (value columns, total column) that most informative rows satisfy."""
    width = len(grid.columns)
    last = width - 1
    candidates = [(tuple(range(last)), last)]
    candidates += [(tuple(c for c in range(last) if c != skip), last) for skip in range(last)]
    candidates += [((c,), last) for c in range(last)]
    accepted = []
    rows = [i for i in leaves if any(grid.values.get((i, j), 0) for j in range(width))]
    for parts, total in candidates:
        if not parts:
            continue
        results = [_holds(grid, [(i, c) for c in parts], (i, total)) for i in rows]
        decided = [r for r in results if r is not None]
        if len(decided) >= _RELATION_MIN_ROWS and sum(decided) >= _RELATION_SHARE * len(decided):
            names = " + ".join(grid.columns[c] for c in parts)
            accepted.append((parts, total, f"{grid.columns[total]} = {names}"))
    return accepted


def _sums(grid: _Grid) -> list[_Sum]:
    leaves, subtotals, totals = _groups(grid)
    width = len(grid.columns)
    sums: list[_Sum] = []
    for row in range(len(grid.labels)):
        for parts, total, what in _relations(grid, leaves):
            sums.append(_Sum(tuple((row, c) for c in parts), (row, total), f"baris: {what}"))
    for column in range(width):
        name = grid.columns[column]
        for sub, members in subtotals.items():
            group: tuple[Cell, ...] = tuple((m, column) for m in members)
            sums.append(_Sum(group, (sub, column), f"kolom {name}: {grid.labels[sub]}"))
        for total in totals:
            rows: tuple[Cell, ...] = tuple((m, column) for m in leaves)
            sums.append(_Sum(rows, (total, column), f"kolom {name}: {grid.labels[total]}"))
    return sums


def _value_for(grid: _Grid, cell: Cell, equation: _Sum) -> Decimal:
    if cell == equation.total:
        return sum((grid.values.get(c, Decimal(0)) for c in equation.parts), Decimal(0))
    others = sum((grid.values.get(c, Decimal(0)) for c in equation.parts if c != cell), Decimal(0))
    return grid.values.get(equation.total, Decimal(0)) - others


def _explain(grid: _Grid, sums: Sequence[_Sum]) -> list[tuple[Cell, Decimal, Decimal, list[_Sum]]]:
    """Single printed counts whose correction makes failed sums hold (greedy, best first)."""
    fixes: list[tuple[Cell, Decimal, Decimal, list[_Sum]]] = []
    values = dict(grid.values)
    while True:
        current = _Grid(grid.labels, grid.lines, grid.columns, values)
        failed = [s for s in sums if _holds(current, s.parts, s.total) is False]
        best: tuple[int, Cell, Decimal, list[_Sum]] | None = None
        for equation in failed:
            for cell in (equation.total, *equation.parts):
                if cell not in values:
                    continue
                value = _value_for(current, cell, equation)
                trial = _Grid(grid.labels, grid.lines, grid.columns, {**values, cell: value})
                touched = [s for s in sums if cell == s.total or cell in s.parts]
                before = [_holds(current, s.parts, s.total) for s in touched]
                after = [_holds(trial, s.parts, s.total) for s in touched]
                if any(b and a is False for b, a in zip(before, after, strict=True)):
                    continue
                fixed = [
                    s for s, b, a in zip(touched, before, after, strict=True) if b is False and a
                ]
                if value >= 0 and (best is None or len(fixed) > best[0]):
                    best = (len(fixed), cell, value, fixed)
        if best is None or best[0] == 0:
            return fixes
        _, cell, value, fixed = best
        fixes.append((cell, values[cell], value, fixed))
        values[cell] = value


def _table(tabel: TabelBaca) -> list[Finding]:
    grid = _grid(tabel)
    if grid is None:
        return []
    findings: list[Finding] = []
    for (row, column), printed, value, fixed in _explain(grid, _sums(grid)):
        name, label = grid.columns[column], grid.labels[row]
        sums = "; ".join(s.what for s in fixed)
        findings.append(
            temuan(
                "SDM_JUMLAH_SALAH",
                f"Baris '{label}' kolom {name} tercetak {format_number(printed)}, padahal "
                f"angka yang membuat jumlahnya cocok adalah {format_number(value)} ({sums}). "
                "Perbaiki angka itu atau jumlahnya.",
                tabel=tabel,
                line=grid.lines[row],
                nama=label,
                column=name,
                found=format_number(printed),
                expected=format_number(value),
            )
        )
    seen: dict[str, int] = {}
    for i, label in enumerate(grid.labels):
        key = _key(label)
        if key and key in seen:
            findings.append(
                temuan(
                    "BARIS_GANDA",
                    f"Baris '{label}' tercetak dua kali di {tabel.name} (baris "
                    f"{grid.lines[seen[key]]} dan {grid.lines[i]}). Hapus salah satu, atau "
                    "perbaiki labelnya.",
                    tabel=tabel,
                    line=grid.lines[i],
                    nama=label,
                    found=label,
                    expected="satu baris per label",
                )
            )
        seen.setdefault(key, i)
    return findings


def check_sdm(periksa: Pemeriksaan) -> list[Finding]:
    """Every staff table of the document."""
    return [f for tabel in periksa.bacaan.of_kind(TableKind.SDM) for f in _table(tabel)]
