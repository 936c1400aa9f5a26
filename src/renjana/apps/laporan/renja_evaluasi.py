"""BAB II of a Renja: *Hasil Evaluasi Renja Perangkat Daerah Tahun Lalu* (domain.md §1.1).

A Renja for year n evaluates year n-2 (ADR 0007): 2.1 the T-C.29, the budget realisation and
the RFK of n-2 with two charts; 2.2 the T-C.30, the SPM achievement of n-2 and the PPKS/PSKS
population up to n-1; 2.3 the isu penting; 2.4 the T-C.31 review of the Rancangan Awal RKPD of
n; 2.5 the T-C.32 proposals for n and the Forum Perangkat Daerah agreements.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from renjana.apps.evaluasi.laporan import LaporanEvaluasi
from renjana.apps.laporan import paragraf
from renjana.apps.laporan.bab import Naskah, Penomor, tabel_atau_catatan
from renjana.apps.laporan.teks import blok, catatan, daftar_item
from renjana.apps.laporan.teks import paragraf as teks_paragraf
from renjana.apps.partisipasi.selectors import forum, review, usulan
from renjana.apps.spm.selectors.capaian import laporan_spm
from renjana.apps.spm.selectors.populasi import rekap
from renjana.apps.spm.selectors.referensi import PPKS, PSKS
from renjana.core.partisipasi import by_kecamatan
from renjana.documents.charts_png import ChartBar, bar_chart_png
from renjana.documents.model import Block, Figure, Heading, Section
from renjana.documents.tabel import anggaran as t_anggaran
from renjana.documents.tabel import isu as t_isu
from renjana.documents.tabel import populasi as t_populasi
from renjana.documents.tabel import review as t_review
from renjana.documents.tabel import rfk as t_rfk
from renjana.documents.tabel import spm as t_spm
from renjana.documents.tabel import tc29 as t_tc29
from renjana.documents.tabel import tc30 as t_tc30
from renjana.documents.tabel import usulan as t_usulan

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import PerangkatDaerah

JUDUL_BAB2 = "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU"


def baris_tc29(laporan: LaporanEvaluasi) -> list[t_tc29.BarisTC29Tabel]:
    return [t_tc29.BarisTC29Tabel(b.kode, b.nama, b.level, b.hasil) for b in laporan.tc29.baris]


def _evaluasi(laporan: LaporanEvaluasi, nomor: Penomor) -> tuple[Block, ...]:
    """2.1: T-C.29, the budget realisation with its chart, the RFK."""
    n2 = laporan.tahun
    blocks: list[Block] = []
    rows = baris_tc29(laporan)
    tc29 = None
    if rows:
        tc29 = t_tc29.tabel_tc29(
            rows,
            number=nomor.tabel(),
            tahun=n2,
            tahun_renstra_akhir=laporan.tc29.tahun_renstra_akhir,
        )
    blocks += tabel_atau_catatan(tc29, f"Data evaluasi Renja tahun {n2}", t_tc29.judul_tc29(n2))
    if tc29 is not None:
        blocks.append(teks_paragraf(paragraf.tc29(laporan.tc29.laporan, n2)))
    kinerja = [c for c in laporan.capaian_program if c.kinerja is not None]
    if kinerja:
        blocks.append(
            Figure(
                bar_chart_png(
                    f"Tingkat Realisasi Kinerja per Program Tahun {n2} (%)",
                    [ChartBar(c.nama, c.kinerja) for c in kinerja],
                ),
                nomor.gambar(),
                f"Tingkat realisasi kinerja per program tahun {n2}",
            )
        )
    a = laporan.anggaran
    data = f"Data realisasi anggaran tahun {n2}"
    if a is None:
        blocks.append(
            catatan(
                f"{data} belum diisi; tabel "
                f"{t_anggaran.judul_realisasi_anggaran(n2)} dan tabel "
                f"{t_rfk.judul_rfk(n2)} belum dapat disajikan."
            )
        )
        return tuple(blocks)
    program = [b for b in a.realisasi.baris if b.level == "program"]
    blocks.append(
        t_anggaran.tabel_realisasi_anggaran(a.realisasi, a.induk, number=nomor.tabel(), tahun=n2)
    )
    blocks.append(teks_paragraf(paragraf.anggaran(a.realisasi.total, program, n2)))
    if program:
        blocks.append(
            Figure(
                bar_chart_png(
                    f"Realisasi Keuangan per Program Tahun {n2} (%)",
                    [ChartBar(p.nama, p.persen) for p in program],
                ),
                nomor.gambar(),
                f"Realisasi keuangan per program tahun {n2}",
            )
        )
    blocks.append(t_rfk.tabel_rfk(a.rfk, a.induk, number=nomor.tabel(), tahun=n2))
    blocks.append(teks_paragraf(paragraf.rfk(a.rfk.jumlah, n2)))
    return tuple(blocks)


def _pelayanan(pd: PerangkatDaerah, laporan: LaporanEvaluasi, nomor: Penomor) -> tuple[Block, ...]:
    """2.2: T-C.30, the SPM achievement of n-2 and the population up to n-1."""
    n2 = laporan.tahun
    blocks: list[Block] = []
    tc30 = laporan.tc30.laporan
    blocks += tabel_atau_catatan(
        t_tc30.tabel_tc30(tc30, number=nomor.tabel()) if tc30 else None,
        "Data indikator kinerja pelayanan (indikator sasaran atau program Renstra beserta "
        "target tahunannya)",
        t_tc30.judul_tc30(),
    )
    spm = laporan_spm(pd, n2)
    spm_table = None
    if any(b.diisi for b in spm.baris):
        jenis = [
            t_spm.JenisSpm(b.jenis.nomor, b.jenis.nama, b.hasil, b.kekurangan) for b in spm.baris
        ]
        spm_table = t_spm.tabel_spm(jenis, spm.indeks, spm.kategori, number=nomor.tabel(), tahun=n2)
    blocks += tabel_atau_catatan(spm_table, f"Data SPM tahun {n2}", t_spm.judul_spm(n2))
    if spm_table is not None:
        blocks.append(teks_paragraf(paragraf.spm(spm.indeks, spm.kategori, n2)))
    for kelompok, label in ((PPKS, "PPKS"), (PSKS, "PSKS")):
        years, rows = rekap(pd, kelompok)
        shown = [y for y in years if y <= n2 + 1]
        table = (
            t_populasi.tabel_populasi(label, shown, rows, number=nomor.tabel())
            if shown and rows
            else None
        )
        blocks += tabel_atau_catatan(
            table,
            f"Data populasi {label} sampai tahun {n2 + 1}",
            t_populasi.judul_populasi(label, shown),
        )
    return tuple(blocks)


def _isu(naskah: Naskah, tahun: int, nomor: Penomor) -> tuple[Block, ...]:
    text = naskah.teks("bab2.isu_penting")
    items = daftar_item(text)
    table = t_isu.tabel_isu(items, number=nomor.tabel(), tahun=tahun) if items else None
    return (
        *blok(text, lists=False),
        *tabel_atau_catatan(
            table,
            f"Daftar isu penting tahun {tahun} (satu isu per baris bernomor pada bagian 2.3 "
            "naskah)",
            t_isu.judul_isu(tahun),
        ),
    )


def _review(pd: PerangkatDaerah, tahun: int, nomor: Penomor) -> tuple[Block, ...]:
    data = review.review(pd, tahun)
    if not any(r.rkpd is not None for r in data.rows):
        return tabel_atau_catatan(
            None, f"Data Rancangan Awal RKPD tahun {tahun}", t_review.judul_review(tahun)
        )
    table = t_review.tabel_review(data, number=nomor.tabel(), tahun=tahun)
    return (table, teks_paragraf(paragraf.review(data, tahun)))


def _usulan(
    pd: PerangkatDaerah, tahun: int, names: Mapping[str, str], nomor: Penomor
) -> tuple[Block, ...]:
    items = [usulan.usulan_value(u) for u in usulan.register([pd], tahun)]
    blocks: list[Block] = []
    judul = t_usulan.judul_usulan(tahun)
    if items:
        daftar = by_kecamatan(judul, items)
        blocks.append(t_usulan.tabel_usulan(daftar, names, number=nomor.tabel(), tahun=tahun))
        stat = usulan.statistik([pd], tahun, pd.pemda)
        blocks.append(teks_paragraf(paragraf.usulan(stat.total, tahun)))
    else:
        blocks += tabel_atau_catatan(None, f"Data usulan pemangku kepentingan tahun {tahun}", judul)
    agreed = [hasil for _, hasil in forum.kesepakatan(pd, tahun)]
    table = (
        t_usulan.tabel_kesepakatan(agreed, number=nomor.tabel(), tahun=tahun) if agreed else None
    )
    blocks += tabel_atau_catatan(
        table,
        f"Data kesepakatan Forum Perangkat Daerah tahun {tahun}",
        t_usulan.judul_kesepakatan(tahun),
    )
    return tuple(blocks)


def bab2(
    pd: PerangkatDaerah,
    tahun: int,
    laporan: LaporanEvaluasi,
    naskah: Naskah,
    names: Mapping[str, str],
) -> Section:
    """BAB II of the Renja of ``tahun``; ``laporan`` is the evaluation of ``tahun - 2`` and
    ``names`` names the Renja's sub kegiatan by code (for the proposals they carry)."""
    nomor = Penomor(2)
    return Section(
        Heading(JUDUL_BAB2, "BAB II"),
        (
            naskah.sub(
                "bab2.ringkasan_evaluasi",
                "2.1",
                "Evaluasi Pelaksanaan Renja Perangkat Daerah Tahun Lalu dan Capaian Renstra",
                (*blok(naskah.teks("bab2.ringkasan_evaluasi")), *_evaluasi(laporan, nomor)),
            ),
            naskah.sub(
                "bab2.analisis_kinerja",
                "2.2",
                "Analisis Kinerja Pelayanan Perangkat Daerah",
                (*blok(naskah.teks("bab2.analisis_kinerja")), *_pelayanan(pd, laporan, nomor)),
            ),
            naskah.sub(
                "bab2.isu_penting",
                "2.3",
                "Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Perangkat Daerah",
                _isu(naskah, tahun, nomor),
            ),
            naskah.sub(
                "bab2.review_rkpd",
                "2.4",
                "Review terhadap Rancangan Awal RKPD",
                (*blok(naskah.teks("bab2.review_rkpd")), *_review(pd, tahun, nomor)),
            ),
            naskah.sub(
                "bab2.usulan_masyarakat",
                "2.5",
                "Penelaahan Usulan Program dan Kegiatan Masyarakat",
                (*blok(naskah.teks("bab2.usulan_masyarakat")), *_usulan(pd, tahun, names, nomor)),
            ),
        ),
    )
