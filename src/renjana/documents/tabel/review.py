"""T-C.31 — *Review terhadap Rancangan Awal RKPD* (domain.md §2.E), laid out from
``core.review_rkpd.review_rkpd``: the Rancangan Awal RKPD and the office's analysis of needs
(the Renja) side by side per code, with both pagu rolled up and the differences named in the
Keterangan column. A parent's pagu on one side is the ``SUM`` of its children present on that
side; a side where the code is absent stays empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.review_rkpd import Review, ReviewRow, ReviewSide
from renjana.documents.model import LITERAL, Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H, level_style, lines, parent_code


def judul_review(tahun: int) -> str:
    return f"Review terhadap Rancangan Awal RKPD Tahun {tahun}"


def _keterangan(row: ReviewRow) -> str:
    notes = [row.keterangan] if row.keterangan else []
    notes += [p.label for p in row.perbedaan]
    return "; ".join(notes)


def _side(side: ReviewSide | None, rolled_up: bool) -> tuple[Cell, ...]:
    if side is None:
        return (Cell.of(""), Cell.of(""), Cell.of(""), Cell("", formula=LITERAL))
    return (
        Cell.of(side.nama),
        Cell.of(lines([i.uraian for i in side.indikator])),
        Cell.of(lines([str(i.target) for i in side.indikator])),
        Cell.money(side.pagu, formula=None if rolled_up else LITERAL),
    )


def _with_children(rows: Sequence[ReviewRow], rkpd: bool) -> set[str]:
    """Codes that have a child present on the given side (their pagu is that child's SUM)."""
    found = set()
    for row in rows:
        side = row.rkpd if rkpd else row.renja
        parent = parent_code(row.kode)
        if side is not None and parent is not None:
            found.add(parent)
    return found


def tabel_review(review: Review, *, number: str, tahun: int) -> Table:
    keys = {r.kode for r in review.rows}
    rkpd_parents = _with_children(review.rows, rkpd=True)
    renja_parents = _with_children(review.rows, rkpd=False)
    body = []
    for r in review.rows:
        bold, indent = level_style(r.level)
        parent = parent_code(r.kode)
        body.append(
            Row(
                (
                    Cell.of(r.kode),
                    *_side(r.rkpd, r.kode in rkpd_parents),
                    *_side(r.renja, r.kode in renja_parents),
                    Cell.of(_keterangan(r)),
                ),
                key=r.kode,
                parent=parent if parent in keys else None,
                level=r.level,
                bold=bold,
                indent=indent,
            )
        )
    body.append(
        Row(
            (
                Cell.of("J U M L A H", colspan=4, align=Align.CENTER),
                Cell.money(review.total_rkpd),
                Cell.of("", colspan=3),
                Cell.money(review.total_renja),
                Cell.of(""),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_review(tahun),
        columns=(
            Column(13),
            Column(22),
            Column(20),
            Column(9),
            Column(14, rollup=True),
            Column(22),
            Column(20),
            Column(9),
            Column(14, rollup=True),
            Column(14),
        ),
        header=(
            (
                H("Kode", rowspan=2),
                H("Rancangan Awal RKPD", colspan=4),
                H("Hasil Analisis Kebutuhan", colspan=4),
                H("Keterangan", rowspan=2),
            ),
            (
                H("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"),
                H("Indikator Kinerja"),
                H("Target"),
                H("Pagu Indikatif (Rp)"),
                H("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"),
                H("Indikator Kinerja"),
                H("Target"),
                H("Pagu Indikatif (Rp)"),
            ),
        ),
        rows=tuple(body),
        indent_column=2,
    )
