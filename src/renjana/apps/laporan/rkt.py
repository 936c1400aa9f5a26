"""The RKT (*Rencana Kinerja Tahunan*, SAKIP) of an office for a year as a document model
(domain.md §1.2, seed 002), from the selectors.

BAB I: latar belakang; tugas, fungsi and struktur organisasi (the office profile); SDM by
pendidikan and golongan (year n-1, else n); tujuan dan sasaran (Renstra); landasan hukum.
BAB II: the evaluation of year n-1 — capaian of program/kegiatan indicators with kategori,
capaian of the IKU with predikat, the IKU with their formulasi, anggaran and realisasi per
program. BAB III: the Perjanjian Kinerja of year n, its rencana aksi with the target of each
triwulan, and the anggaran per program of the Renja n. BAB IV: Penutup with the signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from renjana.apps.dokumen.selectors import naskah as naskah_sel
from renjana.apps.dokumen.selectors.profil import profil_of, sdm_of
from renjana.apps.evaluasi.laporan import report_for
from renjana.apps.kinerja.selectors import DataIku, iku_data
from renjana.apps.laporan import paragraf, sampul
from renjana.apps.laporan.bab import Naskah, Penomor, tabel_atau_catatan
from renjana.apps.laporan.renja import landasan_hukum, tujuan_sasaran
from renjana.apps.laporan.renja_evaluasi import baris_tc29
from renjana.apps.laporan.teks import blok, catatan
from renjana.apps.laporan.teks import paragraf as teks_paragraf
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.core.naskah import JenisDokumen
from renjana.core.profil import Profil, walk
from renjana.core.renja import RenjaRowInput
from renjana.core.sdm import StatusPegawai
from renjana.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    ListOfTables,
    Section,
    Signature,
    TableOfContents,
)
from renjana.documents.tabel import alokasi as t_alokasi
from renjana.documents.tabel import iku as t_iku
from renjana.documents.tabel import profil as t_profil
from renjana.documents.tabel import tujuan as t_tujuan
from renjana.documents.tabel.tc29 import BarisTC29Tabel

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import PerangkatDaerah


def _profil(profil: Profil, nama_opd: str, nomor: Penomor) -> tuple[Block, ...]:
    if profil.kosong:
        return tabel_atau_catatan(
            None,
            "Data profil perangkat daerah (tugas pokok, fungsi dan struktur organisasi)",
            t_profil.judul_susunan(nama_opd),
        )
    blocks: list[Block] = []
    if profil.dasar_hukum:
        blocks.append(
            teks_paragraf(
                f"Kedudukan, tugas dan fungsi {nama_opd} ditetapkan dengan {profil.dasar_hukum}."
            )
        )
    if profil.tugas_pokok:
        blocks.append(teks_paragraf(f"Tugas pokok: {profil.tugas_pokok}"))
    if profil.fungsi:
        blocks.append(
            teks_paragraf(f"Untuk melaksanakan tugas tersebut, {nama_opd} menyelenggarakan fungsi:")
        )
        blocks.append(BulletList.of(*profil.fungsi, numbered=True))
    units = walk(profil.struktur)
    table = (
        t_profil.tabel_susunan(units, nama_opd=nama_opd, number=nomor.tabel()) if units else None
    )
    blocks += tabel_atau_catatan(
        table, "Data struktur organisasi", t_profil.judul_susunan(nama_opd)
    )
    return tuple(blocks)


def _sdm(pd: PerangkatDaerah, tahun: int, nomor: Penomor) -> tuple[Block, ...]:
    """The staff tables of year n-1, else of year n."""
    for year in (tahun - 1, tahun):
        sdm = sdm_of(pd, year)
        if sdm.ada:
            return (
                t_profil.tabel_pendidikan(
                    sdm.tabel(StatusPegawai.ASN), number=nomor.tabel(), tahun=year
                ),
                t_profil.tabel_pendidikan(
                    sdm.tabel(StatusPegawai.PHL), number=nomor.tabel(), tahun=year
                ),
                t_profil.tabel_golongan(sdm.golongan, number=nomor.tabel(), tahun=year),
            )
    return (
        catatan(
            f"Data sumber daya manusia tahun {tahun - 1} belum diisi; tabel "
            f"{t_profil.judul_pendidikan('ASN', tahun - 1)}, tabel "
            f"{t_profil.judul_pendidikan('PHL', tahun - 1)} dan tabel "
            f"{t_profil.judul_golongan(tahun - 1)} belum dapat disajikan."
        ),
    )


def _bab1(pd: PerangkatDaerah, tahun: int, naskah: Naskah) -> Section:
    nomor = Penomor(1)
    profil = _profil(profil_of(pd), pd.nama, nomor)
    sdm = _sdm(pd, tahun, nomor)
    tujuan = tujuan_sasaran(pd, tahun)
    tabel_tujuan = (
        t_tujuan.tabel_tujuan(tujuan, number=nomor.tabel(), tahun=tahun) if tujuan else None
    )
    return Section(
        Heading("PENDAHULUAN", "BAB I"),
        (
            naskah.sub(
                "bab1.latar_belakang",
                "1.1",
                "Latar Belakang",
                blok(naskah.teks("bab1.latar_belakang")),
            ),
            naskah.sub(
                "bab1.tugas_fungsi",
                "1.2",
                "Tugas, Fungsi dan Struktur Organisasi",
                (*blok(naskah.teks("bab1.tugas_fungsi")), *profil),
            ),
            naskah.sub(
                "bab1.sdm", "1.3", "Sumber Daya Manusia", (*blok(naskah.teks("bab1.sdm")), *sdm)
            ),
            naskah.sub(
                "bab1.tujuan_sasaran",
                "1.4",
                "Tujuan dan Sasaran",
                (
                    *blok(naskah.teks("bab1.tujuan_sasaran")),
                    *tabel_atau_catatan(
                        tabel_tujuan,
                        f"Data tujuan dan sasaran Renstra untuk tahun {tahun}",
                        t_tujuan.judul_tujuan(tahun),
                    ),
                ),
            ),
            naskah.sub(
                "bab1.landasan_hukum",
                "1.5",
                "Landasan Hukum",
                (
                    *blok(naskah.teks("bab1.landasan_hukum")),
                    BulletList.of(*landasan_hukum(pd), numbered=True),
                ),
            ),
        ),
    )


def indikator_kinerja(items: Sequence[DataIku]) -> list[t_iku.IndikatorKinerja]:
    return [
        t_iku.IndikatorKinerja(i.sasaran, i.uraian, i.target, i.formulasi, i.target_triwulan)
        for i in items
    ]


def _keterangan(kode: str, rows: Sequence[RenjaRowInput]) -> str:
    """The funding sources named under a program (its sub kegiatan's)."""
    names = {s.nama for r in rows if r.kode.startswith(f"{kode}.") for s in r.sumber_dana}
    return "; ".join(sorted(names))


def _alokasi(pd: PerangkatDaerah, tahun: int, nomor: Penomor) -> tuple[Block, ...]:
    """Anggaran per program of the Renja ``tahun`` (pagu indikatif rolled up)."""
    judul = t_alokasi.judul_anggaran_program(tahun)
    renja = perencanaan.renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return tabel_atau_catatan(None, f"Data Renja tahun {tahun}", judul)
    tree = perencanaan.renja_tree(renja)
    rows = perencanaan.renja_rows(renja)
    program = [
        t_alokasi.AnggaranProgram(n.row.nama, n.totals["pagu"], _keterangan(n.row.key, rows))
        for n in tree.walk()
        if n.row.level == "program"
    ]
    if not program:
        return tabel_atau_catatan(None, f"Data program Renja tahun {tahun}", judul)
    return (
        t_alokasi.tabel_anggaran_program(
            program, tree.totals["pagu"], number=nomor.tabel(), tahun=tahun
        ),
    )


def _with_target(baris: BarisTC29Tabel) -> BarisTC29Tabel:
    """Only the indicators that had a target in the evaluated year's Renja."""
    hasil = tuple(h for h in baris.hasil if not h.baris.target_n2.is_missing)
    return replace(baris, hasil=hasil)


def _bab2(pd: PerangkatDaerah, tahun: int, naskah: Naskah) -> Section:
    """The evaluation of year ``tahun`` (n-1)."""
    nomor = Penomor(2)
    laporan = report_for(pd, tahun)
    rows = [b for b in (_with_target(b) for b in baris_tc29(laporan)) if b.hasil]
    kinerja = (
        t_iku.tabel_capaian_kinerja(rows, laporan.iku.skala, number=nomor.tabel(), tahun=tahun)
        if rows
        else None
    )
    iku = laporan.iku
    capaian: list[Block] = [
        *tabel_atau_catatan(
            kinerja,
            f"Data target dan realisasi kinerja Renja tahun {tahun}",
            t_iku.judul_capaian_kinerja(tahun),
        )
    ]
    if iku.data:
        capaian.append(t_iku.tabel_capaian_iku(iku.laporan, number=nomor.tabel(), tahun=tahun))
        capaian.append(teks_paragraf(paragraf.iku(iku.laporan, tahun)))
        capaian.append(
            t_iku.tabel_iku(indikator_kinerja(iku.data), number=nomor.tabel(), tahun=tahun)
        )
    else:
        data = f"Data IKU tahun {tahun}"
        capaian += tabel_atau_catatan(None, data, t_iku.judul_capaian_iku(tahun))
        capaian += tabel_atau_catatan(None, data, t_iku.judul_iku(tahun))
    anggaran: list[Block] = [*_alokasi(pd, tahun, nomor)]
    realisasi: list[Block] = []
    a = laporan.anggaran
    if a is not None:
        program = [b for b in a.realisasi.baris if b.level == "program"]
        realisasi.append(
            t_alokasi.tabel_realisasi_program(
                program, a.realisasi.total, number=nomor.tabel(), tahun=tahun
            )
        )
        realisasi.append(teks_paragraf(paragraf.anggaran(a.realisasi.total, program, tahun)))
    else:
        realisasi += tabel_atau_catatan(
            None, f"Data realisasi anggaran tahun {tahun}", t_alokasi.judul_realisasi_program(tahun)
        )
    return Section(
        Heading(f"HASIL EVALUASI KINERJA TAHUNAN {tahun}", "BAB II"),
        (
            *blok(naskah.teks("bab2.pengantar")),
            Section(Heading("Capaian Indikator Kinerja", "2.1", 2), tuple(capaian)),
            Section(Heading(f"Anggaran Tahun {tahun}", "2.2", 2), tuple(anggaran)),
            Section(Heading("Realisasi dan Capaian Anggaran", "2.3", 2), tuple(realisasi)),
        ),
    )


def _bab3(pd: PerangkatDaerah, tahun: int, naskah: Naskah) -> Section:
    nomor = Penomor(3)
    items = indikator_kinerja([i for i in iku_data(pd, tahun) if i.ada_pk])
    data = f"Data Perjanjian Kinerja tahun {tahun}"
    pk = t_iku.tabel_perjanjian(items, number=nomor.tabel(), tahun=tahun) if items else None
    aksi = t_iku.tabel_rencana_aksi(items, number=nomor.tabel(), tahun=tahun) if items else None
    return Section(
        Heading(f"RENCANA KINERJA TAHUNAN {tahun}", "BAB III"),
        (
            *blok(naskah.teks("bab3.pengantar")),
            Section(
                Heading("Target Indikator Kinerja (Perjanjian Kinerja)", "3.1", 2),
                tabel_atau_catatan(pk, data, t_iku.judul_perjanjian(tahun)),
            ),
            Section(
                Heading("Kegiatan dan Rencana Aksi", "3.2", 2),
                tabel_atau_catatan(aksi, data, t_iku.judul_rencana_aksi(tahun)),
            ),
            Section(Heading("Alokasi Anggaran", "3.3", 2), _alokasi(pd, tahun, nomor)),
        ),
    )


def build_rkt(pd: PerangkatDaerah, tahun: int, *, hari_ini: dt.date | None = None) -> Document:
    """The RKT of ``pd`` for ``tahun`` (the caller has checked that the user may read ``pd``)."""
    today = hari_ini or dt.date.today()
    k = naskah_sel.konteks(pd, JenisDokumen.RKT, tahun)
    naskah = Naskah.of(naskah_sel.isi_naskah(k, today))
    kata = Section(Heading("KATA PENGANTAR"), (*blok(naskah.teks("kata_pengantar")), Signature()))
    bab4 = Section(Heading("PENUTUP", "BAB IV"), (*blok(naskah.teks("bab4.penutup")), Signature()))
    return Document(
        sampul.meta(k, sampul.TAHAP_RKT, today),
        front=(kata, TableOfContents(), ListOfTables()),
        chapters=(
            _bab1(pd, tahun, naskah),
            _bab2(pd, tahun - 1, naskah),
            _bab3(pd, tahun, naskah),
            bab4,
        ),
    )
