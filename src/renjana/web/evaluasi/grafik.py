"""The charts a head of office looks at, as inline SVG drawn on the server (no network, no
JavaScript): capaian per program (kinerja next to keuangan), realisasi keuangan vs fisik per
triwulan, and capaian per IKU. The values come from the core's reports; the documents'
chart modules only draw them."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from renjana.apps.evaluasi.anggaran import TitikTriwulan
from renjana.apps.evaluasi.iku import TabelIku
from renjana.apps.evaluasi.program import CapaianProgram
from renjana.core.numbers import D
from renjana.documents.charts import Bar, Gridline, render_bar_chart
from renjana.documents.charts_evaluasi import Group, render_grouped_bar_chart

_TARGET = Gridline(D(100), "100%")


def _short(nama: str) -> str:
    """``PROGRAM PENANGANAN BENCANA`` → ``Penanganan Bencana``: a label that fits under a bar."""
    words = nama.split()
    if words and words[0].upper() == "PROGRAM":
        words = words[1:]
    text = " ".join(words)
    return text.title() if text.isupper() else text


def grafik_program(items: Sequence[CapaianProgram], ambang: int = 80) -> Markup:
    groups = [Group(f"{c.kode} {_short(c.nama)}", (c.kinerja, c.keuangan)) for c in items]
    svg = render_grouped_bar_chart(
        groups,
        ("Capaian kinerja", "Realisasi keuangan"),
        title="Capaian per program (%)",
        gridlines=(_TARGET, Gridline(D(ambang), f"{ambang}%")),
    )
    return Markup(svg)


def grafik_triwulan(points: Sequence[TitikTriwulan]) -> Markup:
    groups = [Group(p.label, (p.keuangan_persen, p.fisik_persen)) for p in points]
    svg = render_grouped_bar_chart(
        groups,
        ("Realisasi keuangan", "Realisasi fisik"),
        title="Realisasi keuangan vs fisik (% s/d periode)",
        gridlines=(_TARGET,),
    )
    return Markup(svg)


def grafik_iku(tabel: TabelIku) -> Markup:
    bars = [
        Bar(f"{b.indikator.uraian}", b.capaian.nilai, b.capaian.predikat)
        for b in tabel.laporan.baris
    ]
    bars.append(Bar("Rata-rata capaian kinerja", tabel.laporan.rata_rata,
                    tabel.laporan.predikat_rata_rata))  # fmt: skip
    svg = render_bar_chart(bars, title="Capaian IKU (%)", gridlines=(_TARGET,))
    return Markup(svg)
