"""The SAKIP tables of an RKT (domain.md §1.2, §2.K, §2.L): the capaian of program/kegiatan
indicators with their kategori (002 Tabel 2.1), the capaian of the IKU with predikat and the
mean row (Tabel 2.2, ``core.iku.compute_capaian_iku``), the IKU with their formulasi
(Tabel 2.3), the Perjanjian Kinerja (Tabel 3.1) and its rencana aksi with the target of each
triwulan (Tabel 3.2, ``core.iku.TargetPerjanjianKinerja``). A sasaran spans its indicators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from renjana.core.capaian import Polaritas
from renjana.core.iku import LaporanIku
from renjana.core.numbers import quantize_percent
from renjana.core.quantity import Quantity
from renjana.core.referensi import Scale
from renjana.documents.model import LITERAL, Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import (
    H,
    capaian_cell,
    capaian_formula,
    level_style,
    percent,
    quantity_cell,
    spans,
)
from renjana.documents.tabel.tc29 import BarisTC29Tabel

_MISSING = Quantity(None, "")
TRIWULAN = ("TW I", "TW II", "TW III", "TW IV")


@dataclass(frozen=True, slots=True)
class IndikatorKinerja:
    """An IKU of the office in one year: its sasaran, target (the Perjanjian Kinerja's),
    formulasi and the target of each triwulan (none, or four)."""

    sasaran: str
    uraian: str
    target: Quantity
    formulasi: str = ""
    target_triwulan: tuple[Quantity, ...] = ()


def judul_capaian_kinerja(tahun: int) -> str:
    return f"Realisasi Capaian Kinerja Program dan Kegiatan Tahun {tahun}"


def judul_capaian_iku(tahun: int) -> str:
    return f"Capaian Indikator Kinerja Utama Tahun {tahun}"


def judul_iku(tahun: int) -> str:
    return f"Indikator Kinerja Utama dan Formulasi Tahun {tahun}"


def judul_perjanjian(tahun: int) -> str:
    return f"Perjanjian Kinerja Tahun {tahun}"


def judul_rencana_aksi(tahun: int) -> str:
    return f"Rencana Aksi Perjanjian Kinerja per Triwulan Tahun {tahun}"


def _sasaran_cells(sasaran: Sequence[str]) -> list[tuple[Cell, ...]]:
    """The sasaran cell of each row: spanning its run of indicators, nothing where covered."""
    return [
        (Cell(s, rowspan=span),) if span else ()
        for s, span in zip(sasaran, spans(sasaran), strict=True)
    ]


def tabel_capaian_kinerja(
    baris: Sequence[BarisTC29Tabel], skala: Scale | None, *, number: str, tahun: int
) -> Table:
    """Target, realisasi and capaian (T-C.29 columns 6–8) of each indicator in year ``tahun``,
    rated on ``skala`` (the Permendagri 86/2017 kinerja scale)."""
    rows = []
    for b in baris:
        bold, indent = level_style(b.level)
        for i, h in enumerate(b.hasil):
            capaian = h.tingkat_realisasi
            band = (
                skala.classify(quantize_percent(capaian.nilai))
                if skala is not None and capaian.nilai is not None
                else None
            )
            turun = h.baris.polaritas is Polaritas.TURUN
            rows.append(
                Row(
                    (
                        Cell.of(b.kode if i == 0 else ""),
                        Cell.of(b.nama if i == 0 else ""),
                        Cell.of(h.baris.indikator),
                        quantity_cell(h.baris.target_n2),
                        quantity_cell(h.baris.realisasi_n2),
                        capaian_cell(capaian, capaian_formula(5, 4, turun)),
                        Cell.of(band.label if band else ""),
                    ),
                    bold=bold,
                    indent=indent,
                )
            )
    return Table(
        number=number,
        title=judul_capaian_kinerja(tahun),
        columns=(
            Column(14),
            Column(30),
            Column(30),
            Column(10),
            Column(10),
            Column(9, label="6=(5/4)"),
            Column(12),
        ),
        header=(
            (
                H("Kode"),
                H("Program/Kegiatan/Sub Kegiatan"),
                H("Indikator Kinerja"),
                H("Target"),
                H("Realisasi"),
                H("Capaian Kinerja (%)"),
                H("Kategori"),
            ),
        ),
        rows=tuple(rows),
        indent_column=2,
        landscape=True,
    )


def tabel_capaian_iku(laporan: LaporanIku, *, number: str, tahun: int) -> Table:
    """Each IKU with target, realisasi, capaian and predikat; the mean row closes the table."""
    sasaran = [b.indikator.sasaran for b in laporan.baris]
    rows = []
    for n, (b, lead) in enumerate(zip(laporan.baris, _sasaran_cells(sasaran), strict=True), 1):
        i = b.indikator
        turun = i.polaritas is Polaritas.TURUN
        rows.append(
            Row(
                (
                    Cell.of(str(n), align=Align.CENTER),
                    *lead,
                    Cell.of(i.uraian),
                    quantity_cell(i.target),
                    quantity_cell(i.realisasi),
                    capaian_cell(b.capaian, capaian_formula(5, 4, turun)),
                    Cell.of(b.capaian.predikat),
                )
            )
        )
    rows.append(
        Row(
            (
                Cell.of("Rata-rata Capaian Kinerja", colspan=5, align=Align.CENTER),
                percent(laporan.rata_rata, LITERAL),
                Cell.of(laporan.predikat_rata_rata),
            ),
            bold=True,
        )
    )
    return Table(
        number=number,
        title=judul_capaian_iku(tahun),
        columns=(
            Column(4),
            Column(26),
            Column(30),
            Column(10),
            Column(10),
            Column(9, label="6=(5/4)"),
            Column(14),
        ),
        header=(
            (
                H("No"),
                H("Sasaran"),
                H("Indikator Kinerja"),
                H("Target"),
                H("Realisasi"),
                H("Capaian (%)"),
                H("Predikat"),
            ),
        ),
        rows=tuple(rows),
    )


def tabel_iku(items: Sequence[IndikatorKinerja], *, number: str, tahun: int) -> Table:
    """The IKU with their target and how each is measured (*formulasi*)."""
    lead = _sasaran_cells([i.sasaran for i in items])
    rows = tuple(
        Row(
            (
                Cell.of(str(n), align=Align.CENTER),
                *cells,
                Cell.of(i.uraian),
                quantity_cell(i.target),
                Cell.of(i.formulasi or "-"),
            )
        )
        for n, (i, cells) in enumerate(zip(items, lead, strict=True), start=1)
    )
    return Table(
        number=number,
        title=judul_iku(tahun),
        columns=(Column(4), Column(24), Column(28), Column(10), Column(36)),
        header=(
            (
                H("No"),
                H("Sasaran Strategis"),
                H("Indikator Kinerja"),
                H(f"Target {tahun}"),
                H("Penjelasan/Formulasi"),
            ),
        ),
        rows=rows,
    )


def tabel_perjanjian(items: Sequence[IndikatorKinerja], *, number: str, tahun: int) -> Table:
    lead = _sasaran_cells([i.sasaran for i in items])
    rows = tuple(
        Row(
            (
                Cell.of(str(n), align=Align.CENTER),
                *cells,
                Cell.of(i.uraian),
                quantity_cell(i.target),
            )
        )
        for n, (i, cells) in enumerate(zip(items, lead, strict=True), start=1)
    )
    return Table(
        number=number,
        title=judul_perjanjian(tahun),
        columns=(Column(4), Column(34), Column(40), Column(14)),
        header=((H("No"), H("Sasaran Strategis"), H("Indikator Kinerja"), H("Target")),),
        rows=rows,
    )


def tabel_rencana_aksi(items: Sequence[IndikatorKinerja], *, number: str, tahun: int) -> Table:
    """The annual target and the target of each triwulan ("-" where none was set)."""
    lead = _sasaran_cells([i.sasaran for i in items])
    rows = []
    for n, (i, cells) in enumerate(zip(items, lead, strict=True), start=1):
        quarters = i.target_triwulan or (_MISSING,) * 4
        rows.append(
            Row(
                (
                    Cell.of(str(n), align=Align.CENTER),
                    *cells,
                    Cell.of(i.uraian),
                    quantity_cell(i.target),
                    *(quantity_cell(q) for q in quarters),
                )
            )
        )
    return Table(
        number=number,
        title=judul_rencana_aksi(tahun),
        columns=(Column(4), Column(22), Column(28), Column(10), *(Column(9) for _ in TRIWULAN)),
        header=(
            (
                H("No", rowspan=2),
                H("Sasaran Strategis", rowspan=2),
                H("Indikator Kinerja", rowspan=2),
                H(f"Target {tahun}", rowspan=2),
                H("Target per Triwulan", colspan=4),
            ),
            tuple(H(t) for t in TRIWULAN),
        ),
        rows=tuple(rows),
    )
