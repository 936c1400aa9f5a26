"""*Tujuan dan Sasaran Renja Perangkat Daerah* (domain.md §2.K, seed 001 Tabel 5): each tujuan
with its indicators over its sasaran, each sasaran with its indicators, the Renstra baseline
(target awal) and the target of the plan year, one line per indicator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from renjana.core.quantity import Quantity
from renjana.documents.model import Cell, Column, Row, Table
from renjana.documents.tabel.sel import H, lines


@dataclass(frozen=True, slots=True)
class IndikatorTujuan:
    uraian: str
    target_awal: Quantity
    target_n: Quantity


@dataclass(frozen=True, slots=True)
class SasaranTujuan:
    uraian: str
    indikator: tuple[IndikatorTujuan, ...] = ()


@dataclass(frozen=True, slots=True)
class Tujuan:
    uraian: str
    indikator: tuple[IndikatorTujuan, ...] = ()
    sasaran: tuple[SasaranTujuan, ...] = ()


def judul_tujuan(tahun: int) -> str:
    return f"Tujuan dan Sasaran Renja Perangkat Daerah Tahun {tahun}"


def _indicator_cells(items: Sequence[IndikatorTujuan]) -> tuple[Cell, Cell, Cell]:
    return (
        Cell.of(lines([i.uraian for i in items])),
        Cell.of(lines([str(i.target_awal) for i in items])),
        Cell.of(lines([str(i.target_n) for i in items])),
    )


def tabel_tujuan(tujuan: Sequence[Tujuan], *, number: str, tahun: int) -> Table:
    rows = []
    for t in tujuan:
        sasaran = t.sasaran or (SasaranTujuan(""),)
        tujuan_indikator = lines([i.uraian for i in t.indikator])
        for n, s in enumerate(sasaran):
            ind, awal, target = _indicator_cells(s.indikator)
            lead = (
                (Cell(t.uraian, rowspan=len(sasaran)), Cell(tujuan_indikator, rowspan=len(sasaran)))
                if n == 0
                else ()
            )
            rows.append(Row((*lead, Cell.of(s.uraian), ind, awal, target)))
    return Table(
        number=number,
        title=judul_tujuan(tahun),
        columns=(Column(26), Column(24), Column(26), Column(26), Column(11), Column(11)),
        header=(
            (
                H("Tujuan"),
                H("Indikator Tujuan"),
                H("Sasaran"),
                H("Indikator Sasaran"),
                H("Target Awal Renstra"),
                H(f"Target Tahun {tahun}"),
            ),
        ),
        rows=tuple(rows),
    )
