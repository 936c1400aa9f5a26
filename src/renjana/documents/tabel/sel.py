"""Cells shared by the table builders: quantities with their unit, money and percentages that
may be N/A, the printed look of hierarchy levels, and the short header alias ``H``."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from renjana.core.capaian import Capaian
from renjana.core.kode import parse_kode
from renjana.core.numbers import strip_zeros
from renjana.core.quantity import Quantity
from renjana.core.renja import TargetValue
from renjana.documents.model import LITERAL, Cell, Formula, HeaderCell, Kind

H = HeaderCell

_DEPTH = {"opd": 0, "urusan": 0, "bidang": 1, "program": 2, "kegiatan": 3}


def level_style(level: str) -> tuple[bool, int]:
    """(bold, indent) of a row of ``level``: parents bold, children indented one step more."""
    return level not in ("subkegiatan", "sub"), _DEPTH.get(level, 4)


def parent_code(kode: str) -> str | None:
    """The nomenclature parent of a code (``1.06.04.2.01`` → ``1.06.04``), None at the top or
    for a code that is not a nomenclature code."""
    parsed = parse_kode(kode).kode
    if parsed is None or parsed.parent is None:
        return None
    return str(parsed.parent)


def quantity_cell(value: Quantity, formula: Formula | None = None) -> Cell:
    """A target or realisasi as ``core.quantity`` prints it ("1.200 Orang", "74,25%",
    "Panjang 60 meter"), keeping the number and its unit for the workbook; a qualitative value
    or "-" is text (a formula is then refused)."""
    if value.nilai is None:
        return Cell(str(value), formula=LITERAL if formula is not None else None)
    shown = Quantity(strip_zeros(value.nilai), value.satuan, value.teks)
    return Cell(str(shown), value.nilai, Kind.NUMBER, formula=formula, unit=value.satuan)


def target_quantity(target: TargetValue, satuan: str = "") -> Quantity:
    """A Renja target as a core ``Quantity`` (the indicator's unit when the target has none)."""
    return Quantity(
        target.nilai, target.satuan or satuan, target.teks if target.nilai is None else ""
    )


def lines(values: Sequence[str]) -> str:
    """Several values in one cell, one per line (a row with several indicators)."""
    return "\n".join(values)


def spans(keys: Sequence[str]) -> list[int]:
    """Row spans that merge equal neighbouring ``keys`` (a sasaran over its indicators): the
    span on the first row of each run, 0 on the rows it covers."""
    result = [0] * len(keys)
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            result[start] = i - start
            start = i
    return result


def money(value: Decimal | None) -> Cell:
    """A money cell; N/A is a literal (a SUM of nothing would print 0)."""
    return Cell.money(value, formula=LITERAL if value is None else None)


def percent(value: Decimal | None, formula: Formula | None = None) -> Cell:
    """A percentage cell with its formula, or a literal N/A (the formula would not say N/A in
    every case the core does: a qualitative target, different units, a turun polaritas)."""
    if value is None:
        return Cell.percent(None, formula=LITERAL)
    return Cell.percent(value, formula=formula)


def capaian_cell(capaian: Capaian, formula: Formula | None = None) -> Cell:
    """A capaian: the percentage (with ``formula`` when given), "Tercapai"/"Tidak tercapai" for
    a qualitative target, or N/A."""
    if capaian.nilai is not None:
        return Cell.percent(capaian.nilai, formula=formula if formula else LITERAL)
    if capaian.tercapai is not None:
        return Cell(str(capaian), formula=LITERAL)
    return Cell.percent(None, formula=LITERAL)


def capaian_formula(realisasi: int, target: int, turun: bool) -> Formula:
    """The capaian formula over printed columns: realisasi / target × 100, or for an indicator
    where lower is better (2 × target − realisasi) / target × 100 (``core.capaian``)."""
    if turun:
        return Formula(
            f"(2*{{{target}}}-{{{realisasi}}})/{{{target}}}*100",
            numbers=(realisasi,),
            nonzero=(target,),
        )
    return Formula(f"{{{realisasi}}}/{{{target}}}*100", numbers=(realisasi,), nonzero=(target,))
