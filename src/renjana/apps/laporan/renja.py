"""The Renja of an office for a year and stage as a document model (domain.md §1.1,
Permendagri 86/2017), assembled BAB by BAB from the selectors.

Front matter: Kata Pengantar with the head of office's signature, Daftar Isi, Daftar Tabel,
Daftar Gambar. BAB I Pendahuluan (narrative, landasan hukum); BAB II the evaluation of year
n-2 (``renja_evaluasi``); BAB III tujuan dan sasaran with the priority links and the T-C.33;
BAB IV the 17-column table; BAB V Penutup with the signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from renjana.apps.dokumen.daftar_awal import daftar_awal
from renjana.apps.dokumen.selectors import naskah as naskah_sel
from renjana.apps.dokumen.selectors.landasan import kutipan_landasan
from renjana.apps.evaluasi.laporan import LaporanEvaluasi, report_for
from renjana.apps.laporan import sampul
from renjana.apps.laporan.bab import Naskah, Penomor, tabel_atau_catatan
from renjana.apps.laporan.renja_evaluasi import bab2
from renjana.apps.laporan.teks import blok
from renjana.apps.partisipasi.selectors import prioritas
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.apps.perencanaan.selectors import renstra as renstra_sel
from renjana.core.landasan_hukum import kutipan
from renjana.core.naskah import JenisDokumen
from renjana.core.quantity import Quantity
from renjana.core.referensi import name_key
from renjana.core.renja import RenjaRowInput, TargetValue
from renjana.core.tahapan import Tahap
from renjana.core.tree import Tree
from renjana.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    ListOfFigures,
    ListOfTables,
    Paragraph,
    Section,
    Signature,
    TableOfContents,
)
from renjana.documents.tabel import prioritas as t_prioritas
from renjana.documents.tabel import renja17 as t_renja17
from renjana.documents.tabel import tc33 as t_tc33
from renjana.documents.tabel import tujuan as t_tujuan

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import PerangkatDaerah

BAB = {
    1: "PENDAHULUAN",
    3: "TUJUAN DAN SASARAN PERANGKAT DAERAH",
    4: "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH",
    5: "PENUTUP",
}


def _q(value: TargetValue, satuan: str = "") -> Quantity:
    if value.nilai is not None:
        return Quantity(value.nilai, value.satuan or satuan)
    return Quantity(None, "", value.teks)


def landasan_hukum(pd: PerangkatDaerah) -> tuple[str, ...]:
    """The office's list; without one, the national starter list of a Dinas Sosial Renja."""
    found = kutipan_landasan(pd)
    if found:
        return found
    return tuple(kutipan(reg, pd.pemda.nama) for reg in daftar_awal())


def _bab1(pd: PerangkatDaerah, naskah: Naskah) -> Section:
    landasan = landasan_hukum(pd)
    return Section(
        Heading(BAB[1], "BAB I"),
        (
            naskah.sub(
                "bab1.latar_belakang",
                "1.1",
                "Latar Belakang",
                blok(naskah.teks("bab1.latar_belakang")),
            ),
            naskah.sub(
                "bab1.landasan_hukum",
                "1.2",
                "Landasan Hukum",
                (
                    *blok(naskah.teks("bab1.landasan_hukum")),
                    BulletList.of(*landasan, numbered=True),
                ),
            ),
            naskah.sub(
                "bab1.maksud_tujuan",
                "1.3",
                "Maksud dan Tujuan",
                blok(naskah.teks("bab1.maksud_tujuan")),
            ),
            naskah.sub(
                "bab1.sistematika",
                "1.4",
                "Sistematika Penulisan",
                blok(naskah.teks("bab1.sistematika")),
            ),
        ),
    )


def tujuan_sasaran(pd: PerangkatDaerah, tahun: int) -> list[t_tujuan.Tujuan]:
    """Tujuan → sasaran of the Renstra covering ``tahun`` with their indicators (baseline and
    the target of ``tahun``)."""
    renstra = renstra_sel.renstra_covering(pd, tahun)
    if renstra is None:
        return []
    kaskade = renstra_sel.renstra_cascade(renstra)
    at = kaskade.tahun.index(tahun) if tahun in kaskade.tahun else None

    def indicators(key: str) -> tuple[t_tujuan.IndikatorTujuan, ...]:
        return tuple(
            t_tujuan.IndikatorTujuan(
                i.uraian,
                _q(i.baseline, i.satuan),
                _q(i.target[at], i.satuan) if at is not None else Quantity(None, ""),
            )
            for i in kaskade.indikator.get(key, ())
        )

    result = []
    for node in kaskade.tree.roots:
        if node.row.level != "tujuan":
            continue
        sasaran = tuple(
            t_tujuan.SasaranTujuan(s.row.nama, indicators(s.row.key))
            for s in node.children
            if s.row.level == "sasaran"
        )
        result.append(t_tujuan.Tujuan(node.row.nama, indicators(node.row.key), sasaran))
    return result


def _bab3(
    pd: PerangkatDaerah, tahun: int, naskah: Naskah, tree: Tree, rows: Mapping[str, RenjaRowInput]
) -> Section:
    nomor = Penomor(3)
    tujuan = tujuan_sasaran(pd, tahun)
    tabel_tujuan = (
        t_tujuan.tabel_tujuan(tujuan, number=nomor.tabel(), tahun=tahun) if tujuan else None
    )
    tags = prioritas.tag_rows(pd, tahun)
    links = prioritas.keterkaitan(pd, tahun, tags)
    tabel_prioritas = (
        t_prioritas.tabel_prioritas(links, number=nomor.tabel(), tahun=tahun)
        if links.rows
        else None
    )
    tc33 = t_tc33.tabel_tc33(tree, rows, opd=pd.nama, number=nomor.tabel(), tahun=tahun)
    return Section(
        Heading(BAB[3], "BAB III"),
        (
            naskah.sub(
                "bab3.telaahan_kebijakan",
                "3.1",
                "Telaahan terhadap Kebijakan Nasional",
                blok(naskah.teks("bab3.telaahan_kebijakan")),
            ),
            naskah.sub(
                "bab3.tujuan_sasaran",
                "3.2",
                "Tujuan dan Sasaran Renja Perangkat Daerah",
                (
                    *blok(naskah.teks("bab3.tujuan_sasaran")),
                    *tabel_atau_catatan(
                        tabel_tujuan,
                        f"Data tujuan dan sasaran Renstra untuk tahun {tahun}",
                        t_tujuan.judul_tujuan(tahun),
                    ),
                    *tabel_atau_catatan(
                        tabel_prioritas,
                        f"Data keterkaitan prioritas tahun {tahun} "
                        "(tanda prioritas pada sub kegiatan)",
                        t_prioritas.judul_prioritas(tahun),
                    ),
                ),
            ),
            naskah.sub(
                "bab3.program_kegiatan",
                "3.3",
                "Program dan Kegiatan",
                (*blok(naskah.teks("bab3.program_kegiatan")), tc33),
            ),
        ),
    )


def capaian_lalu(
    laporan: LaporanEvaluasi, rows: Mapping[str, RenjaRowInput]
) -> dict[str, tuple[t_renja17.CapaianLalu | None, ...]]:
    """Columns 5–7 of the 17-column table per code and indicator, from the T-C.29 of n-2:
    the Renstra end target (col. 4), the realisasi of n-2 (col. 7) and the target of n-1
    (col. 9), each indicator followed by its text, else its position."""
    result: dict[str, tuple[t_renja17.CapaianLalu | None, ...]] = {}
    for b in laporan.tc29.baris:
        row = rows.get(b.kode)
        if row is None or not b.hasil:
            continue
        by_text = {name_key(h.baris.indikator): h for h in b.hasil}
        found = []
        for position, ind in enumerate(row.indikator):
            h = by_text.get(name_key(ind.uraian))
            if h is None and position < len(b.hasil):
                h = b.hasil[position]
            found.append(
                t_renja17.CapaianLalu(
                    h.baris.target_renstra, h.baris.realisasi_n2, h.baris.target_n1
                )
                if h
                else None
            )
        result[b.kode] = tuple(found)
    return result


def _bab4(
    pd: PerangkatDaerah,
    tahun: int,
    naskah: Naskah,
    laporan: LaporanEvaluasi,
    tree: Tree,
    rows: Mapping[str, RenjaRowInput],
) -> Section:
    table = t_renja17.tabel_renja17(
        tree, rows, capaian_lalu(laporan, rows), opd=pd.nama, number=Penomor(4).tabel(), tahun=tahun
    )
    unit: list[Block] = []
    if pd.kode_unit:
        unit.append(Paragraph.of(f"Unit Organisasi : {pd.kode_unit} {pd.nama}"))
    return Section(Heading(BAB[4], "BAB IV"), (*blok(naskah.teks("bab4.pengantar")), *unit, table))


def build_renja(
    pd: PerangkatDaerah,
    tahun: int,
    tahap: Tahap | None = None,
    *,
    hari_ini: dt.date | None = None,
) -> Document:
    """The Renja of ``pd`` for ``tahun``; the cover names ``tahap`` (default: the Renja's
    current stage). The caller has checked that the user may read ``pd``; a Renja that does
    not exist raises ``Http404`` (``naskah.konteks``)."""
    today = hari_ini or dt.date.today()
    k = naskah_sel.konteks(pd, JenisDokumen.RENJA, tahun)
    assert k.renja is not None
    renja = k.renja
    stage = sampul.TAHAP_LABEL[tahap or Tahap(renja.tahap)]
    naskah = Naskah.of(naskah_sel.isi_naskah(k, today))
    laporan = report_for(pd, tahun - 2)
    rows = {r.kode: r for r in perencanaan.renja_rows(renja)}
    tree = perencanaan.renja_tree(renja)
    names = {kode: r.nama for kode, r in rows.items()}
    kata = Section(Heading("KATA PENGANTAR"), (*blok(naskah.teks("kata_pengantar")), Signature()))
    bab5 = Section(Heading(BAB[5], "BAB V"), (*blok(naskah.teks("bab5.penutup")), Signature()))
    return Document(
        sampul.meta(k, stage, today),
        front=(kata, TableOfContents(), ListOfTables(), ListOfFigures()),
        chapters=(
            _bab1(pd, naskah),
            bab2(pd, tahun, laporan, naskah, names),
            _bab3(pd, tahun, naskah, tree, rows),
            _bab4(pd, tahun, naskah, laporan, tree, rows),
            bab5,
        ),
    )
