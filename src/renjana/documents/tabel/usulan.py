"""T-C.32 — *Usulan Program dan Kegiatan dari Para Pemangku Kepentingan* (domain.md §2.F),
laid out from the core's export model (``core.partisipasi.by_kecamatan``): proposals grouped by
kecamatan with their source, lokasi, volume, estimated cost, the sub kegiatan that carries them
and the decision; and the *Kesepakatan Forum Perangkat Daerah* with how the Renja carries each
agreed target (``core.prioritas.check_kesepakatan``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from renjana.core.partisipasi import TANPA_KECAMATAN, DaftarUsulan, UsulanValue
from renjana.core.prioritas import HasilKesepakatan
from renjana.documents.model import Align, Cell, Column, Row, Table
from renjana.documents.tabel.sel import H, lines, quantity_cell


def judul_usulan(tahun: int) -> str:
    return f"Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun {tahun}"


def judul_kesepakatan(tahun: int) -> str:
    return f"Kesepakatan Forum Perangkat Daerah Tahun {tahun}"


def _group_label(daftar: DaftarUsulan, label: str) -> str:
    """``Kecamatan Tarakan Barat``; the group of proposals without a kecamatan as it is."""
    return label if label == TANPA_KECAMATAN else f"{daftar.pengelompokan} {label}".strip()


def _catatan(item: UsulanValue) -> str:
    keputusan = item.keputusan.label if item.keputusan else "Belum diputuskan"
    if item.dialihkan_ke:
        keputusan += f" ke {item.dialihkan_ke}"
    return f"{keputusan}: {item.alasan}" if item.alasan else keputusan


def _usulan(item: UsulanValue) -> str:
    sumber = item.sumber_label
    siapa = item.anggota_dprd or item.pengusul
    return f"{item.uraian}\n({sumber}{', ' + siapa if siapa else ''})"


def tabel_usulan(
    daftar: DaftarUsulan, sub_kegiatan: Mapping[str, str], *, number: str, tahun: int
) -> Table:
    """``sub_kegiatan`` names each sub kegiatan code a proposal is accommodated in."""
    rows: list[Row] = []
    nomor = 0
    for group in daftar.groups:
        key = f"k:{group.label}"
        rows.append(
            Row(
                (
                    Cell.of(_group_label(daftar, group.label), colspan=4),
                    Cell.money(group.biaya),
                    Cell.of(""),
                    Cell.money(group.biaya_diakomodir),
                    Cell.of(""),
                ),
                key=key,
                bold=True,
            )
        )
        for item in group.items:
            nomor += 1
            carried = lines(
                [f"{a.kode} {sub_kegiatan.get(a.kode, '')}".strip() for a in item.akomodasi]
            )
            rows.append(
                Row(
                    (
                        Cell.of(str(nomor), align=Align.CENTER),
                        Cell.of(_usulan(item)),
                        Cell.of(item.lokasi or item.kecamatan),
                        Cell.of(item.volume),
                        Cell.money(item.biaya),
                        Cell.of(carried),
                        Cell.money(item.jumlah_diakomodir),
                        Cell.of(_catatan(item)),
                    ),
                    key=f"u:{item.nomor}",
                    parent=key,
                    indent=1,
                )
            )
    rows.append(
        Row(
            (
                Cell.of("J U M L A H", colspan=4, align=Align.CENTER),
                Cell.money(daftar.biaya),
                Cell.of(""),
                Cell.money(daftar.biaya_diakomodir),
                Cell.of(""),
            ),
            bold=True,
            total=True,
        )
    )
    return Table(
        number=number,
        title=judul_usulan(tahun),
        columns=(
            Column(4),
            Column(32),
            Column(18),
            Column(12),
            Column(15, rollup=True),
            Column(24),
            Column(15, rollup=True),
            Column(20),
        ),
        header=(
            (
                H("No"),
                H("Usulan Program/Kegiatan (Sumber)"),
                H("Lokasi"),
                H("Besaran/Volume"),
                H("Perkiraan Biaya (Rp)"),
                H("Diakomodir pada Sub Kegiatan"),
                H("Jumlah Diakomodir (Rp)"),
                H("Catatan"),
            ),
        ),
        rows=tuple(rows),
        indent_column=2,
    )


def tabel_kesepakatan(hasil: Sequence[HasilKesepakatan], *, number: str, tahun: int) -> Table:
    rows = []
    for h in hasil:
        k = h.kesepakatan
        renja = h.indikator_renja
        carried = f"{renja.uraian}: {renja.target}" if renja is not None else ""
        rows.append(
            Row(
                (
                    Cell.of(str(k.nomor), align=Align.CENTER),
                    Cell.of(k.indikator),
                    quantity_cell(k.target_nasional),
                    quantity_cell(k.target_daerah),
                    Cell.of(k.catatan),
                    Cell.of(k.kode or ""),
                    Cell.of(carried),
                    Cell.of(h.kesesuaian.label),
                )
            )
        )
    return Table(
        number=number,
        title=judul_kesepakatan(tahun),
        columns=(
            Column(4),
            Column(28),
            Column(10),
            Column(10),
            Column(20),
            Column(14),
            Column(24),
            Column(14),
        ),
        header=(
            (
                H("No"),
                H("Indikator"),
                H("Target Nasional"),
                H("Target Daerah"),
                H("Catatan/Rekomendasi"),
                H("Kode Renja"),
                H("Indikator dan Target Renja"),
                H("Kesesuaian"),
            ),
        ),
        rows=tuple(rows),
    )
