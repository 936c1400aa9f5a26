"""T-C.30 — *Pencapaian Kinerja Pelayanan Perangkat Daerah* (domain.md §2.D), laid out from
``core.kinerja_pelayanan.compute_kinerja_pelayanan``: per service indicator the Renstra target
of years n-2 … n+1, the realisasi of the closed years n-2 and n-1, the proyeksi of n and n+1,
and a *catatan analisis* naming each year's capaian against its target (the core's figures;
nothing is summed)."""

from __future__ import annotations

from renjana.core.kinerja_pelayanan import BarisPelayanan, LaporanKinerjaPelayanan
from renjana.core.quantity import Quantity
from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H, quantity_cell

_MISSING = Quantity(None, "")


def judul_tc30() -> str:
    return "Pencapaian Kinerja Pelayanan Perangkat Daerah"


def catatan_analisis(baris: BarisPelayanan, tahun: tuple[int, ...]) -> str:
    """``Capaian 2022: 95,00%; 2023: N/A`` over the realised years, then the entered note."""
    parts = []
    for year in tahun:
        t = baris.get(year)
        if t is not None and not t.realisasi.is_missing:
            parts.append(f"{year}: {t.capaian}")
    text = f"Capaian {'; '.join(parts)}." if parts else ""
    return " ".join(p for p in (text, baris.indikator.catatan) if p)


def tabel_tc30(laporan: LaporanKinerjaPelayanan, *, number: str) -> Table:
    target_years = laporan.tahun_target
    real_years = laporan.tahun_realisasi
    proj_years = laporan.tahun_proyeksi
    rows = []
    for b in laporan.baris:
        years = {t.tahun: t for t in b.tahun}
        targets = [quantity_cell(years[y].target if y in years else _MISSING) for y in target_years]
        realised = [
            quantity_cell(years[y].realisasi if y in years else _MISSING) for y in real_years
        ]
        projected = [
            quantity_cell(years[y].proyeksi if y in years else _MISSING) for y in proj_years
        ]
        rows.append(
            Row(
                (
                    Cell.of(str(b.indikator.nomor), align=Align.CENTER),
                    Cell.of(b.indikator.uraian),
                    quantity_cell(b.indikator.acuan),
                    *targets,
                    *realised,
                    *projected,
                    Cell.of(catatan_analisis(b, real_years)),
                )
            )
        )
    return Table(
        number=number,
        title=judul_tc30(),
        columns=(
            Column(4),
            Column(30),
            Column(9),
            *(Column(9) for _ in target_years),
            *(Column(9) for _ in real_years),
            *(Column(9) for _ in proj_years),
            Column(22),
        ),
        header=(
            (
                H("No", rowspan=2),
                H("Indikator", rowspan=2),
                H("Acuan SPM/IKK", rowspan=2),
                H("Target Renstra Perangkat Daerah", colspan=len(target_years)),
                H("Realisasi Capaian", colspan=len(real_years)),
                H("Proyeksi", colspan=len(proj_years)),
                H("Catatan Analisis", rowspan=2),
            ),
            (
                *(H(f"Tahun {y}") for y in target_years),
                *(H(f"Tahun {y}") for y in real_years),
                *(H(f"Tahun {y}") for y in proj_years),
            ),
        ),
        rows=tuple(rows),
    )
