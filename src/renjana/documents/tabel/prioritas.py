"""*Keterkaitan Prioritas Nasional, Provinsi dan Daerah* (domain.md §2.J, seed 001 Tabel 6),
laid out from ``core.prioritas.keterkaitan_prioritas``: each tagged sub kegiatan with the
national priority (and its PN), the provincial and regional priorities, its bidang urusan,
program, kegiatan and pagu."""

from __future__ import annotations

from renjana.core.prioritas import Keterkaitan, PrioritasValue
from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H, lines


def judul_prioritas(tahun: int) -> str:
    return f"Keterkaitan Prioritas Nasional, Provinsi dan Daerah Tahun {tahun}"


def _names(values: tuple[PrioritasValue, ...]) -> str:
    return lines([str(v) for v in values])


def tabel_prioritas(keterkaitan: Keterkaitan, *, number: str, tahun: int) -> Table:
    rows = []
    for r in keterkaitan.rows:
        pn = r.nasional_induk or r.nasional
        nasional = lines([str(v) for v in (r.nasional_induk, r.nasional) if v is not None])
        rows.append(
            Row(
                (
                    Cell.of(str(r.nomor), align=Align.CENTER),
                    Cell.of(pn.kode if pn is not None else ""),
                    Cell.of(nasional),
                    Cell.of(_names(r.provinsi)),
                    Cell.of(_names(r.daerah)),
                    Cell.of(r.bidang),
                    Cell.of(r.program),
                    Cell.of(r.kegiatan),
                    Cell.of(r.sub_kegiatan),
                    Cell.money(r.pagu),
                )
            )
        )
    return Table(
        number=number,
        title=judul_prioritas(tahun),
        columns=(
            Column(4),
            Column(7),
            Column(24),
            Column(18),
            Column(18),
            Column(16),
            Column(18),
            Column(18),
            Column(20),
            Column(14),
        ),
        header=(
            (
                H("No"),
                H("Kode PN/PP"),
                H("Prioritas Nasional/Program Prioritas"),
                H("Prioritas Provinsi"),
                H("Prioritas Daerah"),
                H("Bidang Urusan"),
                H("Program"),
                H("Kegiatan"),
                H("Sub Kegiatan"),
                H("Pagu Sub Kegiatan (Rp)"),
            ),
        ),
        rows=tuple(rows),
    )
