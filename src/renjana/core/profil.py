"""The office profile of an RKT (domain.md §1.2 BAB I): tugas pokok, fungsi and the structure.

The structure (*susunan organisasi*) is a list of units, each with its parent: Kepala Dinas at
the top, then Sekretariat and the bidang, their sub bagian, tim kerja and jabatan fungsional.
Planners type it as an indented list, one unit per line, a leading ``-`` per level::

    Kepala Dinas
    - Sekretariat
    -- Sub Bagian Umum dan Kepegawaian
    - Bidang Rehabilitasi Sosial

``parse_struktur`` reads that text, ``format_struktur`` writes it back, ``check_struktur``
reports units without a name, duplicates, unknown parents and cycles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from renjana.core.problems import Location, Problem, Severity

STRUKTUR_TIDAK_SAH = "STRUKTUR_TIDAK_SAH"
_NUMBERING = re.compile(r"^\s*(?:[-•*]+|\d+[.)]|[a-z][.)])\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class UnitOrganisasi:
    nama: str
    induk: str | None = None


@dataclass(frozen=True, slots=True)
class Profil:
    """The profile chapter's data: the regulation on tugas and fungsi, the tugas pokok, the
    fungsi in order and the structure."""

    dasar_hukum: str = ""
    tugas_pokok: str = ""
    fungsi: tuple[str, ...] = ()
    struktur: tuple[UnitOrganisasi, ...] = ()

    @property
    def kosong(self) -> bool:
        return not (self.dasar_hukum or self.tugas_pokok or self.fungsi or self.struktur)


def _problem(message: str, row: int | None = None) -> Problem:
    return Problem(STRUKTUR_TIDAK_SAH, Severity.ERROR, message, Location(row=row, field="struktur"))


def parse_struktur(text: str) -> tuple[tuple[UnitOrganisasi, ...], tuple[Problem, ...]]:
    """Units from the indented list; a line deeper than one level below the previous is
    refused (its parent would be unknown)."""
    units: list[UnitOrganisasi] = []
    problems: list[Problem] = []
    stack: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        depth = len(stripped) - len(stripped.lstrip("-"))
        nama = " ".join(stripped[depth:].split())
        if not nama:
            problems.append(_problem(f"Baris {number}: nama unit kosong.", number))
            continue
        if depth > len(stack):
            problems.append(
                _problem(
                    f"Baris {number} ('{nama}'): bertingkat {depth} tanda '-', padahal baris "
                    f"sebelumnya hanya {len(stack) - 1 if stack else 0}; tambahkan satu "
                    "tingkat saja di bawah unit induknya.",
                    number,
                )
            )
            continue
        del stack[depth:]
        units.append(UnitOrganisasi(nama, stack[-1] if stack else None))
        stack.append(nama)
    found = tuple(problems) + check_struktur(units)
    return tuple(units), found


def format_struktur(units: Sequence[UnitOrganisasi]) -> str:
    """The indented text of ``units`` (children follow their parent, in list order)."""
    return "\n".join(("-" * depth + " " if depth else "") + nama for depth, nama in walk(units))


def walk(units: Sequence[UnitOrganisasi]) -> list[tuple[int, str]]:
    """``(depth, nama)`` in display order: each root, then its children depth-first."""
    children: dict[str | None, list[str]] = {}
    names = {u.nama for u in units}
    for unit in units:
        parent = unit.induk if unit.induk in names else None
        children.setdefault(parent, []).append(unit.nama)
    result: list[tuple[int, str]] = []
    seen: set[str] = set()

    def visit(nama: str, depth: int) -> None:
        if nama in seen:
            return
        seen.add(nama)
        result.append((depth, nama))
        for child in children.get(nama, []):
            visit(child, depth + 1)

    for root in children.get(None, []):
        visit(root, 0)
    return result


def check_struktur(units: Iterable[UnitOrganisasi]) -> tuple[Problem, ...]:
    """Empty names, a unit listed twice, a parent that is not a unit, and cycles."""
    items = list(units)
    problems: list[Problem] = []
    parents: dict[str, str | None] = {}
    for unit in items:
        if not unit.nama.strip():
            problems.append(_problem("Ada unit tanpa nama; isi nama unit atau hapus barisnya."))
            continue
        if unit.nama in parents:
            problems.append(
                _problem(f"Unit '{unit.nama}' tercantum dua kali; nama unit harus berbeda.")
            )
            continue
        parents[unit.nama] = unit.induk
    for nama, induk in parents.items():
        if induk is not None and induk not in parents:
            problems.append(
                _problem(f"Induk unit '{nama}' ('{induk}') tidak ada dalam susunan organisasi.")
            )
    for nama in parents:
        seen = {nama}
        current = parents[nama]
        while current is not None and current in parents:
            if current in seen:
                problems.append(_problem(f"Unit '{nama}' menjadi induk bagi dirinya sendiri."))
                break
            seen.add(current)
            current = parents[current]
    return tuple(problems)


def parse_fungsi(text: str) -> tuple[str, ...]:
    """One function per line; leading numbering (``1.``, ``a)``, ``-``, ``•``) is dropped."""
    items = []
    for line in text.splitlines():
        cleaned = " ".join(_NUMBERING.sub("", line).split())
        if cleaned:
            items.append(cleaned)
    return tuple(items)
