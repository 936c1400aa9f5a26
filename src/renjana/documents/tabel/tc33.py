"""T-C.33 — *Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun n dan Prakiraan Maju
Tahun n+1* (domain.md §2.G): code, name, indicators, lokasi, target, pagu indikatif and sumber
dana of year n, catatan penting, target and pagu of n+1. Pagu of every parent and the
"J U M L A H" row are ``SUM`` of their children (``core.tree`` roll-ups as cached values)."""

from __future__ import annotations

from collections.abc import Mapping

from renjana.core.renja import RenjaRowInput
from renjana.core.tree import Tree
from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.pohon import baris_pohon, indikator_of, targets
from renjana.documents.tabel.sel import H, level_style, lines


def judul_tc33(tahun: int) -> str:
    return (
        f"Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {tahun} dan Prakiraan "
        f"Maju Tahun {tahun + 1}"
    )


def tabel_tc33(
    tree: Tree, rows: Mapping[str, RenjaRowInput], *, opd: str, number: str, tahun: int
) -> Table:
    body = []
    for b in baris_pohon(tree, opd, rows):
        bold, indent = level_style(b.level)
        r = b.row
        body.append(
            Row(
                (
                    Cell.of(b.key if b.level != "opd" else ""),
                    Cell.of(b.nama),
                    Cell.of(lines([i.uraian for i in indikator_of(r)])),
                    Cell.of(lines(list(r.lokasi)) if r else ""),
                    targets(r),
                    Cell.money(b.totals["pagu"]),
                    Cell.of(lines([s.nama for s in r.sumber_dana]) if r else ""),
                    Cell.of(r.catatan if r else ""),
                    targets(r, n1=True),
                    Cell.money(b.totals["pagu_n1"]),
                ),
                key=b.key,
                parent=b.parent,
                level=b.level,
                bold=bold,
                indent=indent,
            )
        )
    body.append(
        Row(
            (
                Cell.of("J U M L A H", colspan=5, align=Align.CENTER),
                Cell.money(tree.totals["pagu"]),
                Cell.of("", colspan=3),
                Cell.money(tree.totals["pagu_n1"]),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_tc33(tahun),
        columns=(
            Column(15),
            Column(30),
            Column(28),
            Column(16),
            Column(10),
            Column(15, rollup=True),
            Column(14),
            Column(14),
            Column(10),
            Column(15, rollup=True),
        ),
        header=(
            (
                H("Kode", rowspan=2),
                H(
                    "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
                    rowspan=2,
                ),
                H("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", rowspan=2),
                H(f"Rencana Tahun {tahun}", colspan=4),
                H("Catatan Penting", rowspan=2),
                H(f"Prakiraan Maju Rencana Tahun {tahun + 1}", colspan=2),
            ),
            (
                H("Lokasi"),
                H("Target Capaian Kinerja"),
                H("Kebutuhan Dana/Pagu Indikatif (Rp)"),
                H("Sumber Dana"),
                H("Target Capaian Kinerja"),
                H("Kebutuhan Dana/Pagu Indikatif (Rp)"),
            ),
        ),
        rows=tuple(body),
        indent_column=2,
    )
