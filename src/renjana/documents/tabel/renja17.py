"""The 17-column *Program dan Kegiatan Perangkat Daerah* Renja table (domain.md §2.H, seed 003
Tabel 4.1; the SIPD layout).

Columns 5–7 (target at the end of the Renstra, realisasi of year n-2, prakiraan capaian of
year n-1) come from the T-C.29 evaluation of year n-2, indicator by indicator; columns 8–16
from the Renja itself. Pagu n and n+1 of every parent, of the office row and of the
"J U M L A H" row are ``SUM`` of their children, cached with the core's roll-ups.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from renjana.core.quantity import Quantity
from renjana.core.renja import RenjaRowInput
from renjana.core.tree import Tree
from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.pohon import BarisPohon, baris_pohon, indikator_of, targets
from renjana.documents.tabel.sel import H, level_style, lines, quantity_cell

_MISSING = Quantity(None, "")


@dataclass(frozen=True, slots=True)
class CapaianLalu:
    """One indicator's columns 5–7: Renstra end target, realisasi n-2, prakiraan n-1."""

    target_renstra: Quantity = _MISSING
    realisasi_n2: Quantity = _MISSING
    prakiraan_n1: Quantity = _MISSING


def judul_renja17(tahun: int) -> str:
    return f"Program dan Kegiatan Perangkat Daerah Tahun {tahun}"


def _past(values: tuple[CapaianLalu | None, ...], field: str) -> Cell:
    shown = [getattr(v, field) if v is not None else _MISSING for v in values]
    if len(shown) == 1:
        return quantity_cell(shown[0])
    return Cell.of(lines([str(q) for q in shown]))


def _row(b: BarisPohon, lalu: tuple[CapaianLalu | None, ...], opd: str) -> Row:
    r = b.row
    bold, indent = level_style(b.level)
    indikator = indikator_of(r)
    past = (lalu + (None,) * len(indikator))[: len(indikator)]
    penanggung_jawab = (r.unit_kerja or opd) if r is not None else ""
    return Row(
        (
            Cell.of(b.nomor, align=Align.CENTER),
            Cell.of(b.key if b.level != "opd" else ""),
            Cell.of(b.nama),
            Cell.of(lines([i.uraian for i in indikator])),
            _past(past, "target_renstra"),
            _past(past, "realisasi_n2"),
            _past(past, "prakiraan_n1"),
            targets(r),
            Cell.money(b.totals["pagu"]),
            Cell.of(lines(list(r.lokasi)) if r else ""),
            Cell.of(lines([s.nama for s in r.sumber_dana]) if r else ""),
            Cell.of(lines(list(r.prioritas_nasional)) if r else ""),
            Cell.of(lines(list(r.prioritas_daerah)) if r else ""),
            Cell.of(r.kelompok_sasaran if r else ""),
            targets(r, n1=True),
            Cell.money(b.totals["pagu_n1"]),
            Cell.of(penanggung_jawab),
        ),
        key=b.key,
        parent=b.parent,
        level=b.level,
        bold=bold,
        indent=indent,
    )


def tabel_renja17(
    tree: Tree,
    rows: Mapping[str, RenjaRowInput],
    lalu: Mapping[str, tuple[CapaianLalu | None, ...]],
    *,
    opd: str,
    number: str,
    tahun: int,
) -> Table:
    """``lalu`` holds, per code, columns 5–7 of each indicator in the row's order."""
    body = [_row(b, lalu.get(b.key, ()), opd) for b in baris_pohon(tree, opd, rows)]
    body.append(
        Row(
            (
                Cell.of("J U M L A H", colspan=8, align=Align.CENTER),
                Cell.money(tree.totals["pagu"]),
                Cell.of("", colspan=6),
                Cell.money(tree.totals["pagu_n1"]),
                Cell.of(""),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_renja17(tahun),
        columns=(
            Column(4),
            Column(12),
            Column(30),
            Column(28),
            Column(7),
            Column(7),
            Column(7),
            Column(8),
            Column(13, rollup=True),
            Column(12),
            Column(10),
            Column(12),
            Column(10),
            Column(7),
            Column(7),
            Column(13, rollup=True),
            Column(9),
        ),
        header=(
            (
                H("No", rowspan=3),
                H("Kode", rowspan=3),
                H("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", rowspan=3),
                H("Indikator Program/Kegiatan/Sub Kegiatan", rowspan=3),
                H("Target Akhir Periode Renstra PD", rowspan=3),
                H(f"Realisasi Capaian Renja PD Tahun {tahun - 2}", rowspan=3),
                H(f"Prakiraan Capaian Target Renja PD Tahun {tahun - 1}", rowspan=3),
                H(f"Capaian Kinerja dan Kerangka Pendanaan Tahun {tahun}", colspan=6),
                H("Kelompok Sasaran", rowspan=3),
                H(f"Prakiraan Maju Rencana Tahun {tahun + 1}", colspan=2),
                H("Perangkat Daerah Penanggung Jawab", rowspan=3),
            ),
            (
                H("Target", rowspan=2),
                H("Pagu Indikatif (Rp)", rowspan=2),
                H("Lokasi", rowspan=2),
                H("Sumber Dana", rowspan=2),
                H("Prioritas", colspan=2),
                H("Target", rowspan=2),
                H("Pagu Indikatif (Rp)", rowspan=2),
            ),
            (H("Nasional"), H("Daerah")),
        ),
        rows=tuple(body),
        indent_column=3,
        font_size=6,
    )
