"""Reading the counts typed into the SPM and population forms.

A count is typed the Indonesian way (``2.031``); ``N/A`` or ``-`` says the count is not
available; an empty cell says nothing was entered. Whether a number is acceptable (whole, not
negative, terlayani ≤ harus) is the services' decision, so that the page and an import give
the same answer; here only text that is no number at all is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from renjana.core.idformat import ColumnKind, is_missing_text, parse_number
from renjana.core.problems import Severity


@dataclass(frozen=True, slots=True)
class Cell:
    """One typed cell: ``text`` as typed, ``value`` the number, ``na`` for N/A/-."""

    text: str
    value: Decimal | None = None
    na: bool = False
    error: str = ""

    @property
    def empty(self) -> bool:
        return not self.text and not self.na


def read_cell(text: str | None, subject: str) -> Cell:
    """The typed ``text`` of the cell for ``subject`` (named in an error message)."""
    raw = (text or "").strip()
    if not raw:
        return Cell("")
    if is_missing_text(raw):
        return Cell(raw, na=True)
    parsed = parse_number(raw, ColumnKind.ITEM_COUNT)
    errors = [p.message for p in parsed.problems if p.severity is Severity.ERROR]
    if errors or parsed.value is None:
        why = errors[0] if errors else f"'{raw}' bukan angka."
        return Cell(raw, error=f"{subject}: {why}")
    return Cell(raw, parsed.value)
