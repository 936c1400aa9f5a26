"""Place spanned table cells on a rectangular grid.

Header rows of Renja tables merge cells both ways ("Capaian Kinerja dan Kerangka Pendanaan"
spans five columns; "No" spans three rows). Word wants a cell element in every row a vertical
merge passes through; Excel wants the merged range; both need each cell's grid column. This
module computes that once, and checks that every row fills exactly the table's columns — a
wrong span is a programmer error in the assembler, so it raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class Spanned(Protocol):
    @property
    def colspan(self) -> int: ...

    @property
    def rowspan(self) -> int: ...


T = TypeVar("T", bound=Spanned)


@dataclass(frozen=True, slots=True)
class Placed(Generic[T]):
    """A cell that starts at (``row``, ``col``) of the grid (0-based)."""

    row: int
    col: int
    item: T


@dataclass(frozen=True, slots=True)
class Covered(Generic[T]):
    """A slot under a cell that spans rows from above (Word's ``vMerge`` continue cell)."""

    row: int
    col: int
    origin: Placed[T]


Slot = Placed[T] | Covered[T]


def _cover(
    carried: dict[int, tuple[Placed[T], int]], row: int, col: int, slots: list[Slot[T]]
) -> int:
    """Add the slots that cells from rows above cover from ``col`` on; the next free column."""
    while col in carried:
        origin, left = carried[col]
        slots.append(Covered(row, col, origin))
        if left == 1:
            del carried[col]
        else:
            carried[col] = (origin, left - 1)
        col += origin.item.colspan
    return col


def place(rows: Sequence[Sequence[T]], columns: int, what: str = "tabel") -> list[list[Slot[T]]]:
    """Each row's slots in column order; raises ``ValueError`` when spans do not fit."""
    grid: list[list[Slot[T]]] = []
    carried: dict[int, tuple[Placed[T], int]] = {}  # col -> (origin, rows still covered)
    for r, cells in enumerate(rows):
        slots: list[Slot[T]] = []
        col = _cover(carried, r, 0, slots)
        for cell in cells:
            if cell.colspan < 1 or cell.rowspan < 1:
                raise ValueError(f"{what}: baris {r + 1} punya rentang sel < 1")
            if any(c in carried for c in range(col, col + cell.colspan)):
                raise ValueError(f"{what}: baris {r + 1} menimpa sel gabungan dari atas")
            placed = Placed(r, col, cell)
            slots.append(placed)
            if cell.rowspan > 1:
                carried[col] = (placed, cell.rowspan - 1)
            col = _cover(carried, r, col + cell.colspan, slots)
        if col != columns:
            raise ValueError(f"{what}: baris {r + 1} mengisi {col} kolom, seharusnya {columns}")
        grid.append(slots)
    if carried:
        raise ValueError(f"{what}: rentang baris melewati baris terakhir")
    return grid
