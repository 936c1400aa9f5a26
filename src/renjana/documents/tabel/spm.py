"""*Target dan Realisasi Pencapaian SPM Bidang Sosial* (domain.md §2.M(a)), laid out from
``core.spm.compute_indeks_spm``.

Per jenis layanan: its capaian, the penerima component (80 %) with the persons to serve,
served and not yet served, the mutu component (20 %) with the Σ of the mutu items, and each
item with its percentage. A jenis whose counts are incomplete shows what is missing instead;
the index and its category close the table. The workbook computes "belum terlayani" and each
percentage of a count pair; the components and the index are the core's values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.spm import HasilJenisLayanan
from renjana.documents.model import LITERAL, Align, Cell, Column, Formula, Row, Table
from renjana.documents.tabel.sel import H, percent

BELUM = Formula("{3}-{4}", numbers=(3, 4))
PERSEN = Formula("{4}/{3}*100", numbers=(4,), nonzero=(3,))


@dataclass(frozen=True, slots=True)
class JenisSpm:
    """One jenis layanan: the core's result, or None with what is missing."""

    nomor: int
    nama: str
    hasil: HasilJenisLayanan | None
    kekurangan: tuple[str, ...] = ()


def judul_spm(tahun: int) -> str:
    return f"Target dan Realisasi Pencapaian SPM Bidang Sosial Tahun {tahun}"


def _count(value: Decimal | None, unit: str = "") -> Cell:
    return Cell.number(value, unit, formula=LITERAL if value is None else None)


def _pair(
    label: str,
    harus: Decimal,
    terlayani: Decimal,
    share: Cell,
    unit: str = "",
    *,
    italic: bool = False,
) -> Row:
    return Row(
        (
            Cell.of(""),
            Cell.of(label),
            _count(harus, unit),
            _count(terlayani, unit),
            Cell.number(harus - terlayani, unit, formula=BELUM),
            share,
        ),
        italic=italic,
    )


def _jenis_rows(jenis: JenisSpm) -> list[Row]:
    head = Row(
        (
            Cell.of(str(jenis.nomor), align=Align.CENTER),
            Cell.of(jenis.nama),
            Cell.of("", colspan=3),
            percent(jenis.hasil.capaian if jenis.hasil else None, LITERAL),
        ),
        bold=True,
    )
    h = jenis.hasil
    if h is None:
        missing = "; ".join(jenis.kekurangan) or "belum diisi"
        return [
            head,
            Row((Cell.of(""), Cell.of(f"Data belum lengkap: {missing}.", colspan=5)), italic=True),
        ]
    j = h.hitungan
    rows = [
        head,
        _pair(
            "Persentase pencapaian penerima layanan dasar (80%)",
            j.harus_dilayani,
            j.terlayani,
            percent(h.komponen_penerima, LITERAL),
        ),
        _pair(
            "Persentase pencapaian mutu minimal layanan dasar (20%)",
            h.jumlah_mutu_harus,
            h.jumlah_mutu_terlayani,
            percent(h.komponen_mutu, LITERAL),
        ),
    ]
    for m in h.mutu:
        item = m.hitungan
        rows.append(
            _pair(
                f"• {item.nama}",
                item.harus_dilayani,
                item.terlayani,
                percent(m.persen, PERSEN),
                item.satuan,
                italic=True,
            )
        )
    return rows


def tabel_spm(
    jenis: Sequence[JenisSpm],
    indeks: Decimal | None,
    kategori: str,
    *,
    number: str,
    tahun: int,
) -> Table:
    rows = [row for j in jenis for row in _jenis_rows(j)]
    rows.append(
        Row(
            (
                Cell.of("INDEKS PENCAPAIAN SPM", colspan=5, align=Align.CENTER),
                percent(indeks, LITERAL),
            ),
            bold=True,
        )
    )
    rows.append(
        Row(
            (
                Cell.of("KATEGORI INDEKS PENCAPAIAN SPM", colspan=5, align=Align.CENTER),
                Cell.of(kategori or "N/A", align=Align.CENTER),
            ),
            bold=True,
        )
    )
    return Table(
        number=number,
        title=judul_spm(tahun),
        columns=(Column(4), Column(46), Column(13), Column(13), Column(13), Column(10)),
        header=(
            (
                H("No", rowspan=2),
                H("Jenis Layanan / Indikator Pencapaian", rowspan=2),
                H("Indikator Pencapaian (Output)", colspan=3),
                H("Total Pencapaian (%)", rowspan=2),
            ),
            (
                H("Jumlah yang Harus Dilayani"),
                H("Jumlah yang Terlayani"),
                H("Jumlah yang Belum Terlayani"),
            ),
        ),
        rows=tuple(rows),
        indent_column=2,
    )
