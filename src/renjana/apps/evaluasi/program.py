"""Capaian per program of the evaluated year, for the head of office's chart: the kinerja
capaian of the program's indicators (T-C.29 column 8, the mean when a program has several,
``core.iku.average_capaian``) next to its realisasi keuangan (% of its anggaran, from the budget
realisation table). Nothing is recomputed: both values come from the core's reports."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from renjana.apps.evaluasi.anggaran import TabelAnggaran
from renjana.apps.evaluasi.renja import code_sort_key
from renjana.apps.evaluasi.tc29 import TabelTC29
from renjana.core.iku import average_capaian

PROGRAM = "program"


@dataclass(frozen=True, slots=True)
class CapaianProgram:
    kode: str
    nama: str
    kinerja: Decimal | None
    keuangan: Decimal | None


def capaian_per_program(
    tc29: TabelTC29 | None, anggaran: TabelAnggaran | None
) -> tuple[CapaianProgram, ...]:
    names: dict[str, str] = {}
    kinerja: dict[str, Decimal | None] = {}
    keuangan: dict[str, Decimal | None] = {}
    for row in tc29.baris if tc29 else ():
        if row.level != PROGRAM or all(h.baris.target_n2.is_missing for h in row.hasil):
            continue
        names[row.kode] = row.nama
        kinerja[row.kode] = average_capaian(h.tingkat_realisasi for h in row.hasil)[0]
    for baris in anggaran.realisasi.baris if anggaran else ():
        if baris.level == PROGRAM:
            names.setdefault(baris.kode, baris.nama)
            keuangan[baris.kode] = baris.persen
    return tuple(
        CapaianProgram(kode, names[kode], kinerja.get(kode), keuangan.get(kode))
        for kode in sorted(names, key=code_sort_key)
    )
