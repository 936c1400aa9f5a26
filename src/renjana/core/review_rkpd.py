"""T-C.31 *Review terhadap Rancangan Awal RKPD* (domain.md §2.E): the RKPD draft of an office
side by side with the office's own needs analysis (its Renja), row by row.

Each half is a program → kegiatan → sub kegiatan tree under its bidang urusan and urusan;
both are rolled up by ``tree.build_tree`` (pagu lives on leaves; a value stored on a parent is
ignored and reported). Rows are matched by code. For every code the review says what differs:
the row exists in one half only, its name, its indicators, their targets, or its pagu (the
rolled-up total, so a difference shows at every level above it). Indicators are matched by
their text (case and spacing ignored), then by position; a target differs when one half has
none, when the units cannot be compared, or when the values are not equal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from renjana.core.idformat import format_money
from renjana.core.kode import Kode, Level, Tingkat, parse_kode
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, are_compatible
from renjana.core.tree import (
    DUPLICATE_KEY,
    PARENT_VALUE_IGNORED,
    Tree,
    TreeNode,
    TreeRow,
    build_tree,
)

KODE_TIDAK_SAH = "REVIEW_KODE_TIDAK_SAH"
INDUK_TIDAK_ADA = "RKPD_INDUK_TIDAK_ADA"
TINGKAT_KODE_SALAH = "RKPD_TINGKAT_KODE_SALAH"
PAGU_INDUK_BERBEDA = "RKPD_PAGU_INDUK_BERBEDA"
RKPD = "Rancangan Awal RKPD"
RENJA = "Analisa Kebutuhan (Renja)"
_EMPTY: Mapping[str, str] = MappingProxyType({})
#: A row without a target.
TANPA_TARGET = Quantity(None, "")


class Perbedaan(StrEnum):
    """What differs between the two halves for one code."""

    HANYA_RKPD = "hanya_rkpd"
    HANYA_RENJA = "hanya_renja"
    NAMA = "nama"
    INDIKATOR = "indikator"
    TARGET = "target"
    PAGU = "pagu"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Perbedaan.HANYA_RKPD: "Hanya ada di Rancangan Awal RKPD",
    Perbedaan.HANYA_RENJA: "Hanya ada di Renja (analisa kebutuhan)",
    Perbedaan.NAMA: "Nama berbeda",
    Perbedaan.INDIKATOR: "Indikator berbeda",
    Perbedaan.TARGET: "Target berbeda",
    Perbedaan.PAGU: "Pagu berbeda",
}


@dataclass(frozen=True, slots=True)
class IndikatorTarget:
    """An indicator with its target for year n (a quantity with its unit, or a text)."""

    uraian: str
    target: Quantity


@dataclass(frozen=True, slots=True)
class ReviewInput:
    """One row of a half as stored: pagu on leaves only."""

    kode: str
    nama: str
    indikator: tuple[IndikatorTarget, ...] = ()
    pagu: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ReviewSide:
    """A row in one half: its name, indicators and rolled-up pagu."""

    nama: str
    indikator: tuple[IndikatorTarget, ...]
    pagu: Decimal


@dataclass(frozen=True, slots=True)
class ReviewRow:
    kode: str
    level: str
    rkpd: ReviewSide | None
    renja: ReviewSide | None
    perbedaan: tuple[Perbedaan, ...] = ()
    catatan: tuple[str, ...] = ()
    keterangan: str = ""

    @property
    def nama(self) -> str:
        side = self.rkpd or self.renja
        return side.nama if side else self.kode

    @property
    def depth(self) -> int:
        return _DEPTH.get(self.level, 0)

    def beda(self, jenis: str) -> bool:
        """For pages: ``row.beda('pagu')``."""
        return Perbedaan(jenis) in self.perbedaan


_DEPTH = {"urusan": 0, "bidang": 1, "program": 2, "kegiatan": 3, "subkegiatan": 4}


@dataclass(frozen=True, slots=True)
class Review:
    """The whole table: rows in code order, both totals, and the structural problems."""

    rows: tuple[ReviewRow, ...]
    total_rkpd: Decimal
    total_renja: Decimal
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def selisih(self) -> Decimal:
        """Renja total minus RKPD total."""
        return self.total_renja - self.total_rkpd

    @property
    def jumlah_berbeda(self) -> int:
        return sum(1 for row in self.rows if row.perbedaan)


@dataclass(frozen=True, slots=True)
class _Half:
    tree: Tree
    nodes: Mapping[str, TreeNode]
    inputs: Mapping[str, ReviewInput]
    problems: tuple[Problem, ...]


def _half(rows: Sequence[ReviewInput], names: Mapping[str, str], table: str) -> _Half:
    problems: list[Problem] = []
    parsed: dict[Kode, ReviewInput] = {}
    for number, row in enumerate(rows, start=1):
        kode = parse_kode(row.kode).kode
        if kode is None or kode.level in (Level.URUSAN, Level.BIDANG):
            problems.append(
                Problem(
                    KODE_TIDAK_SAH,
                    Severity.ERROR,
                    f"Kode '{row.kode}' bukan kode program, kegiatan atau sub kegiatan; baris "
                    "ini tidak ikut direviu. Perbaiki kodenya.",
                    Location(table=table, row=number, kode=row.kode),
                )
            )
            continue
        if kode in parsed:
            problems.append(
                Problem(
                    DUPLICATE_KEY,
                    Severity.ERROR,
                    f"Kode {kode} muncul lebih dari sekali; hanya baris pertama yang direviu.",
                    Location(table=table, row=number, kode=str(kode)),
                )
            )
            continue
        parsed[kode] = row
    above: set[Kode] = set()
    for kode in parsed:
        for level in (Level.URUSAN, Level.BIDANG):
            ancestor = kode.ancestor(level)
            if ancestor is not None:
                above.add(ancestor)
    tree_rows: list[TreeRow] = []
    for kode in sorted(above | set(parsed)):
        parent = None if kode.parent is None else str(kode.parent)
        item = parsed.get(kode)
        if item is None:
            name = names.get(str(kode), str(kode))
            tree_rows.append(TreeRow(str(kode), parent, kode.level.value, name))
        else:
            values = {"pagu": item.pagu}
            tree_rows.append(TreeRow(str(kode), parent, kode.level.value, item.nama, values))
    tree = build_tree(tree_rows, ("pagu",))
    problems.extend(p.at(table=table) for p in tree.problems)
    inputs = {str(k): v for k, v in parsed.items()}
    nodes = {node.row.key: node for node in tree.walk()}
    return _Half(tree, nodes, inputs, tuple(problems))


def _norm(text: str) -> str:
    """Case, spacing and the spaces around '/' do not make two texts different."""
    return re.sub(r"\s*/\s*", "/", " ".join(text.casefold().split())).strip(" .,;:")


def _show(q: Quantity) -> str:
    return "-" if q.is_missing else str(q)


def same_target(a: Quantity, b: Quantity) -> bool:
    """Two targets agree: both missing, equal texts, or equal values in comparable units."""
    if a.is_missing or b.is_missing:
        return a.is_missing and b.is_missing
    if a.nilai is None or b.nilai is None:
        return a.nilai is None and b.nilai is None and _norm(a.teks) == _norm(b.teks)
    return a.nilai == b.nilai and are_compatible(a, b)


def _compare_indikator(
    rkpd: tuple[IndikatorTarget, ...], renja: tuple[IndikatorTarget, ...]
) -> tuple[set[Perbedaan], list[str]]:
    found: set[Perbedaan] = set()
    notes: list[str] = []
    free = list(renja)
    for ind in rkpd:
        match = next((r for r in free if _norm(r.uraian) == _norm(ind.uraian)), None)
        if match is None:
            found.add(Perbedaan.INDIKATOR)
            notes.append(f"Indikator RKPD '{ind.uraian}' tidak ada di Renja.")
            match = free[0] if free else None
        if match is None:
            continue
        free.remove(match)
        if not same_target(ind.target, match.target):
            found.add(Perbedaan.TARGET)
            notes.append(
                f"Target berbeda: {_show(ind.target)} (RKPD), {_show(match.target)} (Renja)."
            )
    for extra in free:
        if any(_norm(extra.uraian) == _norm(ind.uraian) for ind in rkpd):
            continue
        found.add(Perbedaan.INDIKATOR)
        notes.append(f"Indikator Renja '{extra.uraian}' tidak ada di RKPD.")
    return found, notes


def _compare(kode: str, rkpd: ReviewSide, renja: ReviewSide) -> tuple[set[Perbedaan], list[str]]:
    found: set[Perbedaan] = set()
    notes: list[str] = []
    if _norm(rkpd.nama) != _norm(renja.nama):
        found.add(Perbedaan.NAMA)
        notes.append(f"Nama berbeda untuk kode {kode}; nama pada kedua bagian harus sama.")
    ind_found, ind_notes = _compare_indikator(rkpd.indikator, renja.indikator)
    found |= ind_found
    notes.extend(ind_notes)
    if rkpd.pagu != renja.pagu:
        found.add(Perbedaan.PAGU)
        change = "lebih besar" if renja.pagu > rkpd.pagu else "lebih kecil"
        notes.append(
            f"Pagu Renja {change} Rp {format_money(abs(renja.pagu - rkpd.pagu))} "
            "dari Rancangan Awal RKPD."
        )
    return found, notes


def _side(half: _Half, kode: str) -> ReviewSide | None:
    node = half.nodes.get(kode)
    if node is None:
        return None
    row = half.inputs.get(kode)
    indikator = row.indikator if row else ()
    return ReviewSide(node.row.nama, indikator, node.totals["pagu"])


def review_rkpd(
    rkpd: Sequence[ReviewInput],
    renja: Sequence[ReviewInput],
    names: Mapping[str, str] = _EMPTY,
    keterangan: Mapping[str, str] = _EMPTY,
) -> Review:
    """The T-C.31 table. ``names`` names the urusan and bidang rows (derived from the codes);
    ``keterangan`` holds the note kept for each code."""
    left = _half(rkpd, names, RKPD)
    right = _half(renja, names, RENJA)
    nodes = {k: n.row.level for half in (left, right) for k, n in half.nodes.items()}
    rows: list[ReviewRow] = []
    for kode in sorted(nodes, key=Kode.from_str):
        a, b = _side(left, kode), _side(right, kode)
        found: set[Perbedaan]
        notes: list[str]
        if a is None:
            found, notes = {Perbedaan.HANYA_RENJA}, ["Tidak ada di Rancangan Awal RKPD."]
        elif b is None:
            found, notes = {Perbedaan.HANYA_RKPD}, ["Tidak ada di Renja (analisa kebutuhan)."]
        else:
            found, notes = _compare(kode, a, b)
        ordered = tuple(p for p in Perbedaan if p in found)
        rows.append(
            ReviewRow(kode, nodes[kode], a, b, ordered, tuple(notes), keterangan.get(kode, ""))
        )
    return Review(
        tuple(rows),
        left.tree.totals["pagu"],
        right.tree.totals["pagu"],
        (*left.problems, *right.problems),
    )


@dataclass(frozen=True, slots=True)
class RkpdBarisInput:
    """A row of the Rancangan Awal RKPD as entered or imported: one indicator with its target,
    and the pagu as printed (on a parent row it is compared with its children, never kept)."""

    kode: str
    nama: str
    indikator: str = ""
    target: Quantity = TANPA_TARGET
    pagu: Decimal | None = None
    keterangan: str = ""


def check_rkpd_rows(
    rows: Sequence[RkpdBarisInput],
    tingkat: Tingkat | None = None,
    locations: Sequence[Location] | None = None,
) -> tuple[tuple[RkpdBarisInput, ...], tuple[Problem, ...]]:
    """Rows ready to store (canonical codes, pagu on leaves only) and every problem found.

    Codes in any printed form are read with ``parse_kode``. A code that cannot be read, a
    duplicate, a row whose program or kegiatan is missing, or a kegiatan of the other tingkat is
    an error. A pagu printed on a parent is not stored (ADR 0001): it is reported, as a warning
    when it differs from the sum of its children.
    """
    where = list(locations or [Location(row=n) for n in range(1, len(rows) + 1)])
    problems: list[Problem] = []

    def add(code: str, severity: Severity, message: str, index: int, kode: str) -> None:
        problems.append(Problem(code, severity, message, replace(where[index], kode=kode)))

    kept: dict[str, tuple[int, RkpdBarisInput, Kode]] = {}
    for index, row in enumerate(rows):
        parsed = parse_kode(row.kode).kode
        if parsed is None or parsed.level in (Level.URUSAN, Level.BIDANG):
            message = (
                f"Kode '{row.kode}' bukan kode program, kegiatan atau sub kegiatan. Tulis kode "
                "lengkap, mis. 1.06.04.2.01.0001."
            )
            add(KODE_TIDAK_SAH, Severity.ERROR, message, index, row.kode)
            continue
        kode = str(parsed)
        if kode in kept:
            message = f"Kode {kode} muncul lebih dari sekali; hapus baris gandanya."
            add(DUPLICATE_KEY, Severity.ERROR, message, index, kode)
            continue
        if tingkat is not None and parsed.tingkat is not None and parsed.tingkat is not tingkat:
            message = (
                f"Kode {kode} adalah nomenklatur {parsed.tingkat.label}, bukan "
                f"{tingkat.label}. Periksa digit tingkat pada kode kegiatan."
            )
            add(TINGKAT_KODE_SALAH, Severity.ERROR, message, index, kode)
        kept[kode] = (index, replace(row, kode=kode), parsed)
    parents = {str(p.parent) for _, _, p in kept.values() if p.level is not Level.PROGRAM}
    for kode, (index, _, parsed) in kept.items():
        if parsed.level is not Level.PROGRAM and str(parsed.parent) not in kept:
            message = (
                f"Baris induk {parsed.parent} dari {kode} tidak ada. Tambahkan baris "
                "program/kegiatan induknya."
            )
            add(INDUK_TIDAK_ADA, Severity.ERROR, message, index, kode)
    result: list[RkpdBarisInput] = []
    for kode, (index, row, _) in kept.items():
        if kode in parents and row.pagu is not None:
            children = _leaf_sum(kode, kept)
            if children != row.pagu:
                message = (
                    f"Pagu induk {kode} tertulis {format_money(row.pagu)}, sedangkan jumlah "
                    f"baris di bawahnya {format_money(children)}. Pagu induk selalu dihitung "
                    "dari sub kegiatan; periksa angka yang tertulis."
                )
                add(PAGU_INDUK_BERBEDA, Severity.WARNING, message, index, kode)
            else:
                message = f"Pagu pada baris induk {kode} tidak disimpan; pagu induk dihitung."
                add(PARENT_VALUE_IGNORED, Severity.INFO, message, index, kode)
            row = replace(row, pagu=None)
        result.append(row)
    return tuple(result), tuple(problems)


def _leaf_sum(kode: str, kept: Mapping[str, tuple[int, RkpdBarisInput, Kode]]) -> Decimal:
    """Σ pagu of the leaves under ``kode`` (rows whose code starts with it and have no child)."""
    prefix = kode + "."
    under = [k for k in kept if k.startswith(prefix)]
    leaves = [k for k in under if not any(o.startswith(k + ".") for o in under)]
    return sum((kept[k][1].pagu or ZERO for k in leaves), ZERO)
