"""Printed totals of planning tables against their rows (domain.md §7 rule 1, §2.O).

Every parent row (urusan, bidang, program, kegiatan), the office row and the ``J U M L A H``
row must print the sum of the rows directly below it, for pagu *n* and pagu *n+1*. The sum is
taken over the children *as printed* (a kegiatan's own printed total, not its sub kegiatan),
so one wrong subtotal is reported once, at the row that is wrong, and not again at every
ancestor whose sum still holds; an ancestor that prints the sum of the *leaves* below it is
right too (its child's subtotal is the wrong one). A row whose code names a parent the table
does not print (a provinsi code under a kab/kota kegiatan, reported by the code rules) counts
where it is printed: under the kegiatan row above it in the same program. The sum itself
comes from ``core.tree.build_tree``, the only roll-up. When the difference equals the pagu of
a row that other tables list under this parent but this table left out, the message says
which row (S001-10).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from renjana.core.kode import Kode, KodeKind, Level, parse_kode
from renjana.core.numbers import ZERO
from renjana.core.tree import TreeRow, build_tree
from renjana.importers.audit.baris_rencana import BarisTabel, TabelRencana
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, column_label, rupiah, temuan

_COLUMNS = ("pagu", "pagu_n1")
#: Urusan and bidang rows often print no total at all; a blank there is not an error.
_OPTIONAL_TOTALS = frozenset({Level.URUSAN, Level.BIDANG})
_LEVEL_WORD = {
    Level.URUSAN: "urusan",
    Level.BIDANG: "bidang urusan",
    Level.PROGRAM: "program",
    Level.KEGIATAN: "kegiatan",
    Level.SUB_KEGIATAN: "sub kegiatan",
}


def _parent(kode: str, present: set[str]) -> str | None:
    """The nearest ancestor printed in the table; for a code of the pre-2019 coding (no
    ``Kode``), the longest printed prefix of its dotted segments."""
    try:
        current: Kode | None = Kode.from_str(kode).parent
    except ValueError:
        parts = kode.split(".")
        for end in range(len(parts) - 1, 0, -1):
            if ".".join(parts[:end]) in present:
                return ".".join(parts[:end])
        return None
    while current is not None:
        if str(current) in present:
            return str(current)
        current = current.parent
    return None


def _placed_parent(
    row: BarisTabel, present: set[str], above: dict[Level, BarisTabel]
) -> str | None:
    """The parent by code, or, when the code's own parent is not printed, the row of that
    level printed above it within the same printed ancestor."""
    found = _parent(row.kode, present)
    try:
        own = Kode.from_str(row.kode).parent
    except ValueError:
        return found
    if own is None or str(own) in present:
        return found
    candidate = above.get(own.level)
    if candidate is not None and _parent(candidate.kode, present) == found:
        return candidate.kode
    return found


def _value(row: BarisTabel, column: str) -> Decimal | None:
    return row.pagu if column == "pagu" else row.pagu_n1


def _sum(parent: str, children: Sequence[BarisTabel], worth: _Worth) -> Decimal:
    """Σ of what the children contribute, through ``build_tree`` (a parent and its leaves)."""
    rows = [TreeRow(parent, None, "", "")]
    rows += [
        TreeRow(f"{parent}#{i}", parent, "", c.nama, {"nilai": worth.of(c)})
        for i, c in enumerate(children)
    ]
    node = build_tree(rows, ("nilai",)).find(parent)
    return node.totals["nilai"] if node is not None else ZERO


def _missing_here(
    tabel: TabelRencana, parent: str, difference: Decimal, others: Sequence[TabelRencana]
) -> str:
    """A row under ``parent`` that other tables print with exactly ``difference`` as pagu."""
    here = {r.kode for r in tabel.rows}
    for other in others:
        if other is tabel or not other.compare:
            continue
        for row in other.rows:
            if row.kode in here or _parent(row.kode, {parent}) != parent:
                continue
            if row.pagu is not None and row.pagu == difference:
                tables = ", ".join(
                    o.name
                    for o in others
                    if o is not tabel and any(r.kode == row.kode for r in o.rows)
                )
                return (
                    f" Selisih itu sama dengan pagu {row.kode} ({row.nama}) yang tercantum di "
                    f"{tables} tetapi tidak ada di tabel ini."
                )
    return ""


def _with_old_code(row: BarisTabel) -> BarisTabel:
    """A row of the pre-2019 coding keyed by its printed code (it has no current ``kode``)."""
    if row.kode or not row.kode_tercetak:
        return row
    parsed = parse_kode(row.kode_tercetak.split(" | "))
    if parsed.kind is not KodeKind.OLD or parsed.kode_lama is None:
        return row
    return replace(row, kode=parsed.kode_lama.teks)


def _check_table(
    periksa: Pemeriksaan, tabel: TabelRencana, others: Sequence[TabelRencana]
) -> list[Finding]:
    rows = [r for r in tabel.rows if not r.is_total]
    if periksa.meta.kode_lama:
        rows = [_with_old_code(r) for r in rows]
    rows = [r for r in rows if r.kode]
    counts = Counter(r.kode for r in rows)
    first: dict[str, BarisTabel] = {}
    for row in rows:
        first.setdefault(row.kode, row)
    present = set(first)
    children: dict[str | None, list[BarisTabel]] = {}
    above: dict[Level, BarisTabel] = {}
    for row in first.values():
        children.setdefault(_placed_parent(row, present, above), []).append(row)
        if row.level is not None:
            above[row.level] = row
    findings: list[Finding] = []
    for column in _COLUMNS:
        if column not in tabel.columns:
            continue
        worth, leaves = _Worth(children, column), _Worth(children, column, deep=True)
        checks = [(row, children.get(kode, [])) for kode, row in first.items()]
        checks += [(t, children.get(None, [])) for t in tabel.rows if t.is_total]
        for row, kids in checks:
            if not kids or counts[row.kode] > 1 or any(counts[k.kode] > 1 for k in kids):
                continue  # duplicated codes are reported as such; their sums mean nothing
            printed = _value(row, column)
            if printed is None and (row.is_total or row.level in _OPTIONAL_TOTALS):
                continue
            if printed is None and all(worth.of(k) is None for k in kids):
                continue
            total = _sum(row.kode or "JUMLAH", kids, worth)
            if (printed or ZERO) == total:
                continue
            if printed is not None and printed == _sum(row.kode or "JUMLAH", kids, leaves):
                continue  # right over the leaves: the child subtotal is the wrong one
            findings.append(_finding(periksa, tabel, row, column, printed, total, others))
    return findings


class _Worth:
    """What a child contributes to its parent's sum: its printed value, or, when it prints
    none, the sum of its own children (one blank subtotal is reported once, not again at
    every row above it). ``deep`` sums the leaves and ignores every printed subtotal."""

    def __init__(
        self, children: dict[str | None, list[BarisTabel]], column: str, *, deep: bool = False
    ) -> None:
        self.children, self.column, self.deep = children, column, deep

    def of(self, row: BarisTabel) -> Decimal | None:
        printed = _value(row, self.column)
        kids = self.children.get(row.kode, []) if row.kode else []
        if not kids or (printed is not None and not self.deep):
            return printed
        values = [self.of(k) for k in kids]
        if all(v is None for v in values):
            return None
        return _sum(row.kode, kids, self)


def _finding(
    periksa: Pemeriksaan,
    tabel: TabelRencana,
    row: BarisTabel,
    column: str,
    printed: Decimal | None,
    total: Decimal,
    others: Sequence[TabelRencana],
) -> Finding:
    tahun = periksa.tahun
    year = "" if tahun is None else f" {tahun + 1 if column == 'pagu_n1' else tahun}"
    level = row.level
    subject = f"{_LEVEL_WORD[level]} {row.kode}" if level is not None else f"baris {row.nama}"
    below = "baris-baris teratas" if row.is_total else "baris di bawahnya"
    hint = ""
    if printed is not None and not row.is_total:
        hint = _missing_here(tabel, row.kode, printed - total, others)
    message = (
        f"Pagu{year} {subject} tertulis {rupiah(printed)}, padahal jumlah {below} "
        f"{rupiah(total)} (selisih {rupiah((printed or ZERO) - total)}).{hint} Perbaiki "
        "angka jumlahnya atau lengkapi baris yang hilang."
    )
    return temuan(
        "JUMLAH_INDUK_SALAH",
        message,
        tabel=tabel.tabel,
        line=row.line,
        kode=row.kode,
        nama=row.nama,
        column=column_label(tabel.tabel, column),
        found=rupiah(printed),
        expected=rupiah(total),
    )


def check_rollup(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Printed parent and total rows of every planning table against their children."""
    return [f for tabel in tables for f in _check_table(periksa, tabel, tables)]
