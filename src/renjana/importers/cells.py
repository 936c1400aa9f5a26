"""What a printed cell looks like: text, an amount, a percentage, a quantity, a code fragment.

Readers and the table layer decide by the shape of cells — is this row a header, a repeated
header after a page break, a column-number row (``1 2 3 … 8= (7/6)``), the continuation of a
long cell, or data; which column does a shifted cell belong to. The shape is read with the
core's own rules (``is_missing_text``, the known units of ``quantity``); values are parsed later
by the typed extraction, never here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from itertools import pairwise

from renjana.core.idformat import is_missing_text
from renjana.core.quantity import is_known_satuan


class CellClass(StrEnum):
    EMPTY = "kosong"
    DASH = "strip"  # "-", "N/A", "....." — a gap, not zero
    NUMBER = "angka"  # 100, 74,25, 1.283, 2024
    AMOUNT = "rupiah"  # 3.926.440.000, 13.867.555.785,00, Rp. 14.265.806.382, 0,00
    PERCENT = "persen"  # 95,80%, 100 Persen
    QUANTITY = "kuantitas"  # 4 Dokumen, 312 Orang/Bulan, 70 Poin 66,50 Poin
    TEXT = "teks"


NUMERIC = frozenset({CellClass.NUMBER, CellClass.AMOUNT, CellClass.PERCENT, CellClass.QUANTITY})

_NUMBER = re.compile(r"[-−–]?\s?\d[\d.,]*(?:\s\d+)*")
_MONEY_PREFIX = re.compile(r"^rp\.?\s*", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\s?\d{3})+(?:[.,]\d{2})?")
_ZERO_CENTS = re.compile(r"0[.,]00")
_CENTS = re.compile(r"\d{4,}[.,]\d{2}")
_PERCENT = re.compile(r"[-−–]?\s?\d[\d.,]*\s*(?:%|persen)", re.IGNORECASE)
_LEAD_NUMBER = re.compile(r"[-−–]?\s?\d[\d.,]*\s*%?\s*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CODE_FRAGMENT = re.compile(r"[\d.,\s]*\d[\d.,\s]*")
_NUMBERING = re.compile(r"[(\[]?\s*(\d{1,2})\s*[)\]]?\s*(?:=.*)?")
_DASHES = re.compile(r":?-{2,}:?|=+")
_WORD = re.compile(r"[a-z0-9]+")


def classify_cell(text: str) -> CellClass:
    """The shape of one cell (markup already removed)."""
    s = " ".join(text.split())
    if not s:
        return CellClass.EMPTY
    if is_missing_text(s):
        return CellClass.DASH
    money = _MONEY_PREFIX.match(s)
    body = s[money.end() :] if money else s
    body = body.rstrip(",-").rstrip() or body
    if _NUMBER.fullmatch(body):
        digits = body.lstrip("-−– ")
        if money or (_GROUPED.fullmatch(digits) and _is_money_sized(digits)):
            return CellClass.AMOUNT
        if _ZERO_CENTS.fullmatch(digits) or _CENTS.fullmatch(digits):
            return CellClass.AMOUNT
        return CellClass.NUMBER
    if _PERCENT.fullmatch(s):
        return CellClass.PERCENT
    lead = _LEAD_NUMBER.match(s)
    if lead and lead.end() < len(s) and _unit_follows(s, lead):
        return CellClass.QUANTITY
    return CellClass.TEXT


def _is_money_sized(digits: str) -> bool:
    """``1.283`` (a count) is not an amount; ``3.926.440.000`` and ``240.000`` are."""
    groups = re.split(r"[.,]\s?", digits)
    return len(groups) > 2 or len(groups[0]) + 3 * (len(groups) - 1) >= 6


def _unit_follows(s: str, lead: re.Match[str]) -> bool:
    if lead.group().rstrip().endswith("%"):
        return True
    parts = [w for w in re.split(r"[\s/]+", s[lead.end() :]) if w]
    return any(is_known_satuan(" ".join(parts[:n])) for n in (1, 2, 3) if len(parts) >= n)


def is_year(text: str) -> bool:
    return bool(_YEAR.fullmatch(text.strip()))


def is_code_fragment(text: str) -> bool:
    """A piece of a split code cell: ``1``, ``06``, ``2.0 1.``, ``0 6``, ``.4.``, ``1.01``, or
    ``1,06`` (a code a spreadsheet turned into a number)."""
    s = text.strip()
    return bool(s) and bool(_CODE_FRAGMENT.fullmatch(s)) and not is_year(s)


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def is_separator_row(cells: Sequence[str]) -> bool:
    """A markdown rule line (``----	----``, ``|---|:--:|``): not data."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(_DASHES.fullmatch(c) for c in filled)


def numbering(cells: Sequence[str]) -> dict[int, list[int]] | None:
    """For a column-number row (``1 2 3 … 8= (7/6) 9 10=(5+7+9)``, ``(1) (2)``, ``[1] [2]``)
    the printed number → cell positions; None when the row is not one.

    At least three numbers, every filled cell a number, mostly counting up by one (a table may
    skip a number, as 001 Tabel 6 skips 5, or repeat ``(2) (4) (5)`` for a second half)."""
    found: dict[int, list[int]] = {}
    order: list[int] = []
    for index, cell in enumerate(cells):
        s = " ".join(cell.split())
        if not s:
            continue
        match = _NUMBERING.fullmatch(s)
        if not match:
            return None
        number = int(match.group(1))
        found.setdefault(number, []).append(index)
        order.append(number)
    if len(order) < 3 or order[0] > 2:
        return None
    steps = sum(1 for a, b in pairwise(order) if b > a)
    if steps < 0.7 * (len(order) - 1):
        return None
    return found


def is_numbering_row(cells: Sequence[str]) -> bool:
    return numbering(cells) is not None


def header_like(
    cells: Sequence[str], *, limit: int = 60, min_filled: int = 1, allow_dash: bool = False
) -> bool:
    """Could this row be part of a header: short labels and years only, no values, no codes."""
    filled = [" ".join(c.split()) for c in cells if c.strip()]
    if len(filled) < max(min_filled, 1):
        return False
    for cell in filled:
        kind = classify_cell(cell)
        if len(cell) > limit:
            return False
        if kind in (CellClass.AMOUNT, CellClass.PERCENT, CellClass.QUANTITY):
            return False
        if kind is CellClass.NUMBER and not is_year(cell):
            return False
        if kind is CellClass.DASH and not allow_dash:
            return False
    return True


def words(cells: Sequence[str]) -> frozenset[str]:
    return frozenset(_WORD.findall(" ".join(cells).lower()))


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Word overlap of two rows (Jaccard): a repeated header after a page break scores high
    even when the converter cut a label differently on each page."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)
