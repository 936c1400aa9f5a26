"""The chart of the SPM report: capaian per jenis layanan and the index, as inline SVG.

Turns the report (a selector's core values) into plain bars for ``documents.charts``; the
gridlines are the lower limits of the category bands of the scale in force, so a bar shows
which category its figure would reach.
"""

from __future__ import annotations

from markupsafe import Markup

from renjana.apps.spm.selectors.capaian import LaporanSpm
from renjana.core.idformat import format_number
from renjana.core.numbers import strip_zeros
from renjana.documents.charts import Bar, Gridline, render_bar_chart


def _note(baris_lengkap: bool, berlaku: bool | None) -> str:
    if not baris_lengkap:
        return "belum lengkap"
    if berlaku is False:
        return "tidak ada yang harus dilayani"
    return ""


def grafik_spm(laporan: LaporanSpm) -> Markup:
    """One bar per jenis layanan (N/A while incomplete or not applicable) and one for the
    index, with the category as the index bar's note."""
    bars = [
        Bar(
            f"{b.jenis.nomor}. {b.jenis.nama}",
            b.hasil.capaian if b.hasil is not None and b.hasil.berlaku else None,
            _note(b.lengkap, b.hasil.berlaku if b.hasil is not None else None),
        )
        for b in laporan.baris
    ]
    bars.append(Bar("Indeks pencapaian SPM", laporan.indeks, laporan.kategori))
    gridlines = [
        Gridline(band.min, f"{format_number(strip_zeros(band.min))}%")
        for band in (laporan.skala.bands if laporan.skala else ())
        if band.min is not None and band.min > 0
    ]
    svg = render_bar_chart(
        bars,
        title=f"Capaian SPM per jenis layanan, tahun {laporan.tahun}",
        gridlines=gridlines,
    )
    return Markup(svg)
