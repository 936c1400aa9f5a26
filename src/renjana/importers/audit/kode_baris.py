"""Codes a table prints only in part, read with help from the row names.

A table may print its codes from the program segment on (001 Tabel 8: ``0 4 | 2.0 1. | 0 1``,
and ``4`` for a program of another bidang), or the conversion may cut split code cells
(``1 | 6. | 01 | 2.0 | 0``). The main Renja table's rows and the nomenclature give each name
its code (``IndeksNama``); a cut code is completed by the row of the same name under the part
of the code that could be read, preferring the level the number of printed cells says and
the kegiatan of the row above.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from renjana.core.kode import Kode, Level, ParsedKode, parse_kode
from renjana.core.referensi import name_key
from renjana.importers.audit.temuan import Pemeriksaan

LEVEL_BY_CELLS = {
    1: Level.URUSAN,
    2: Level.BIDANG,
    3: Level.PROGRAM,
    4: Level.KEGIATAN,
    5: Level.SUB_KEGIATAN,
}


@dataclass(frozen=True, slots=True)
class IndeksNama:
    """Names of the main table's rows, to complete codes of other tables by name."""

    by_name: dict[str, list[str]]

    @classmethod
    def of(cls, rows: Sequence[tuple[str, str]], periksa: Pemeriksaan) -> IndeksNama:
        index: dict[str, list[str]] = {}
        for kode, nama in rows:
            if kode:
                index.setdefault(name_key(nama), []).append(kode)
        nomenklatur = periksa.nomenklatur
        if nomenklatur is not None and not periksa.meta.kode_lama:
            for item in nomenklatur:
                if item.tingkat in (None, periksa.tingkat):
                    codes = index.setdefault(name_key(item.nama), [])
                    if str(item.kode) not in codes:
                        codes.append(str(item.kode))
        return cls(index)

    def find(
        self,
        nama: str,
        under: Kode | None = None,
        level: Level | None = None,
        near: Kode | None = None,
    ) -> str:
        """The one code named ``nama`` under ``under``; among several, the one at ``level``,
        then the one under the kegiatan of ``near`` (the row printed just above)."""
        found = list(
            dict.fromkeys(
                k
                for k in self.by_name.get(name_key(nama), [])
                if under is None
                or Kode.from_str(k).is_descendant_of(under)
                or Kode.from_str(k) == under
            )
        )
        if len(found) > 1 and level is not None:
            found = [k for k in found if Kode.from_str(k).level is level] or found
        if len(found) > 1 and near is not None and near.kegiatan is not None:
            kegiatan = near.kegiatan
            found = [k for k in found if Kode.from_str(k).is_descendant_of(kegiatan)] or found
        return found[0] if len(found) == 1 else ""


def read_code(cells: list[str], prefix: list[str], konteks: Kode | None) -> ParsedKode:
    return parse_kode([*prefix, *cells], konteks=None if prefix else konteks)


def program_only(parts: list[str]) -> bool:
    digits = re.sub(r"\D", "", parts[0]) if parts else ""
    return 0 < len(digits) <= 2


def split_bidang(bidang: str) -> list[str]:
    return bidang.split(".") if bidang else []


def bidang_of(nama: str, indeks: IndeksNama) -> list[str]:
    """The urusan and bidang of the program of this name (from the main table)."""
    found = indeks.find(nama, level=Level.PROGRAM)
    if found and Kode.from_str(found).level is not Level.PROGRAM:
        found = ""
    return split_bidang(str(Kode.from_str(found).bidang)) if found else []


def complete(
    parsed: ParsedKode,
    nama: str,
    indeks: IndeksNama,
    foreign: bool,
    near: Kode | None,
    level: Level | None,
) -> str:
    """A cut code completed by the row of the same name under its readable part (anywhere,
    when the bidang read is not one of the document's: a digit lost in the conversion); a
    code split over cells says its level by how many cells it fills."""
    under = None if foreign else parsed.kode
    found = indeks.find(nama, under=under, level=level, near=near)
    if found:
        return found
    kode = parsed.kode
    errors = [p for p in parsed.problems if p.code in ("KODE_TERPOTONG", "KODE_TIDAK_SAH")]
    return str(kode) if kode is not None and not errors and not foreign else ""
