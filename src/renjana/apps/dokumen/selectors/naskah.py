"""Reads of a document's narrative: its parts with their current text, the text a part gets
from its template or from the data, and the signature block — as core values.

``konteks`` identifies the document (office, kind, year, and the Renja of that year for a
Renja). Data-driven parts take their numbers from the other apps' selectors only: the budget
table and T-C.29 of year n-2 (``apps.evaluasi``) with the faktor penghambat of triwulan IV
(``apps.realisasi``) for BAB II; the Renja tree (``apps.perencanaan``) for BAB IV; the staff
tables of year n-1 (``selectors.profil``) for the RKT.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.http import Http404

from renjana.apps.dokumen.models import NarasiBagian, Naskah
from renjana.apps.dokumen.selectors.profil import jumlah_pegawai
from renjana.apps.evaluasi.anggaran import anggaran_for
from renjana.apps.evaluasi.tc29 import tc29_for
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah, Tingkat
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.apps.realisasi.selectors.entri import entri_triwulan
from renjana.core.narasi import (
    IndikatorKurang,
    isi_templat,
    pengantar_bab4,
    pengantar_sdm,
    ringkasan_evaluasi,
)
from renjana.core.naskah import (
    BAGIAN,
    Bagian,
    BagianNaskah,
    JenisDokumen,
    Penandatangan,
    bagian_of,
    nilai_templat,
)
from renjana.core.referensi import name_key

if TYPE_CHECKING:
    from renjana.apps.perencanaan.models import Renja

TAHUN_MIN = 2000
TAHUN_MAKS = 2100


@dataclass(frozen=True, slots=True)
class Konteks:
    """Which document: the office, the kind, the plan year and, for a Renja, the Renja."""

    pd: PerangkatDaerah
    jenis: JenisDokumen
    tahun: int
    renja: Renja | None

    @property
    def tahap(self) -> str:
        return self.renja.get_tahap_display() if self.renja is not None else ""

    @property
    def judul(self) -> str:
        return f"{self.jenis.label} {self.tahun}"


@dataclass(frozen=True, slots=True)
class TeksBawaan:
    """The text a part starts from, and a note for the page when data is missing."""

    teks: str
    catatan: str = ""


def jenis_of(value: str) -> JenisDokumen:
    try:
        return JenisDokumen(value)
    except ValueError:
        raise Http404("Jenis dokumen tidak dikenal.") from None


def konteks(pd: PerangkatDaerah, jenis: JenisDokumen, tahun: int) -> Konteks:
    """The document of ``pd``; 404 for a year out of range or a Renja that does not exist
    (the caller has checked that the user may read ``pd``)."""
    if not TAHUN_MIN <= tahun <= TAHUN_MAKS:
        raise Http404("Tahun di luar rentang.")
    renja = None
    if jenis is JenisDokumen.RENJA:
        renja = (
            perencanaan.renja_of(pd).filter(tahun=tahun).select_related("perangkat_daerah").first()
        )
        if renja is None:
            raise Http404(f"Renja {tahun} belum ada.")
    return Konteks(pd, jenis, tahun, renja)


def konteks_for(user: Pengguna, kode: str, jenis: str, tahun: int) -> Konteks:
    """The document by URL parts, if the user may read the office; 404 otherwise."""
    pd = perencanaan.get_perangkat_daerah(user, kode)
    return konteks(pd, jenis_of(jenis), tahun)


def get_naskah(k: Konteks) -> Naskah | None:
    return Naskah.objects.filter(perangkat_daerah=k.pd, jenis=k.jenis.value, tahun=k.tahun).first()


def belum_lengkap(k: Konteks) -> bool:
    """True until every part of the document is stored (prepared on first open)."""
    naskah = get_naskah(k)
    if naskah is None:
        return True
    stored = set(NarasiBagian.objects.filter(naskah=naskah).values_list("bagian", flat=True))
    return any(b.kunci not in stored for b in BAGIAN[k.jenis])


def nilai(k: Konteks) -> dict[str, str]:
    pemda = k.pd.pemda
    return nilai_templat(
        jenis=k.jenis,
        tahun=k.tahun,
        nama_opd=k.pd.nama,
        nama_pemda=pemda.nama,
        provinsi=pemda.tingkat == Tingkat.PROVINSI,
        tahap=k.tahap,
    )


def teks_bawaan(k: Konteks, bagian: Bagian, hari_ini: dt.date | None = None) -> TeksBawaan:
    """The starting text of ``bagian``: the paragraph written from the data when the part is
    data-driven and the data exists, else its template filled with the document's values."""
    if bagian.dari_data:
        generated = _dari_data(k, bagian.kunci, hari_ini or dt.date.today())
        if generated is not None:
            return generated
    catatan = ""
    if bagian.dari_data:
        catatan = (
            "Data untuk paragraf ini belum tersedia; teks diisi dari templat. Lengkapi datanya "
            "lalu tekan \u201cIsi ulang dari data\u201d."
        )
    return TeksBawaan(isi_templat(bagian.templat, nilai(k)), catatan)


def _dari_data(k: Konteks, kunci: str, hari_ini: dt.date) -> TeksBawaan | None:
    if k.jenis is JenisDokumen.RENJA and kunci == "bab2.ringkasan_evaluasi":
        return _ringkasan_evaluasi(k, hari_ini)
    if k.jenis is JenisDokumen.RENJA and kunci == "bab4.pengantar" and k.renja is not None:
        return _pengantar_bab4(k)
    if k.jenis is JenisDokumen.RKT and kunci == "bab1.sdm":
        return _pengantar_sdm(k)
    return None


def _ringkasan_evaluasi(k: Konteks, hari_ini: dt.date) -> TeksBawaan | None:
    """BAB II 2.1 from the Renja of year n-2: counts, anggaran, realisasi, and the
    indicators whose T-C.29 tingkat realisasi (column 8) fell short of the target."""
    tahun = k.tahun - 2
    tabel = anggaran_for(k.pd, tahun)
    if tabel is None:
        return None
    levels = Counter(b.level for b in tabel.realisasi.baris)
    faktor = _faktor_penghambat(k.pd, tahun, hari_ini)
    hasil = [(baris.kode, h) for baris in tc29_for(k.pd, tahun).baris for h in baris.hasil]
    kurang = [
        IndikatorKurang(
            h.baris.indikator,
            h.tingkat_realisasi.nilai,
            faktor.get((kode, name_key(h.baris.indikator)), ""),
        )
        for kode, h in hasil
        if h.tingkat_realisasi.tercapai is False
    ]
    teks = ringkasan_evaluasi(
        levels["program"],
        levels["kegiatan"],
        levels["subkegiatan"],
        tabel.realisasi.total.anggaran,
        tabel.realisasi.total.realisasi,
        kurang,
        tahun=tahun,
        nama_opd=k.pd.nama,
        jumlah_dievaluasi=sum(1 for _, h in hasil if h.tingkat_realisasi.tercapai is not None),
    )
    return TeksBawaan(teks)


def _faktor_penghambat(
    pd: PerangkatDaerah, tahun: int, hari_ini: dt.date
) -> dict[tuple[str, str], str]:
    """The faktor penghambat written with each indicator's triwulan IV realisasi."""
    renja = perencanaan.renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return {}
    entri = entri_triwulan(renja, 4, hari_ini)
    return {
        (b.kode, name_key(i.uraian)): i.faktor_penghambat.strip()
        for b in entri.baris
        for i in b.indikator
        if i.faktor_penghambat.strip()
    }


def _pengantar_bab4(k: Konteks) -> TeksBawaan | None:
    assert k.renja is not None
    tree = perencanaan.renja_tree(k.renja)
    levels = Counter(node.row.level for node in tree.walk())
    if not levels["program"]:
        return None
    pagu_n1 = tree.totals.get("pagu_n1")
    teks = pengantar_bab4(
        levels["program"],
        levels["kegiatan"],
        levels["subkegiatan"],
        tree.totals["pagu"],
        pagu_n1,
        tahun=k.tahun,
        nama_opd=k.pd.nama,
    )
    return TeksBawaan(teks)


def _pengantar_sdm(k: Konteks) -> TeksBawaan | None:
    """The staff of year n-1 (the RKT of 2024 shows 2023), else of the plan year."""
    for tahun in (k.tahun - 1, k.tahun):
        jumlah = jumlah_pegawai(k.pd, tahun)
        if jumlah is not None:
            asn, phl = jumlah
            return TeksBawaan(pengantar_sdm(tahun, asn, phl, nama_opd=k.pd.nama))
    return None


def isi_naskah(k: Konteks, hari_ini: dt.date | None = None) -> tuple[BagianNaskah, ...]:
    """Every part of the document in order with its current text: the stored text, or the
    starting text when the part has not been prepared yet."""
    naskah = get_naskah(k)
    stored = {b.bagian: b for b in NarasiBagian.objects.filter(naskah=naskah)} if naskah else {}
    result = []
    for bagian in BAGIAN[k.jenis]:
        row = stored.get(bagian.kunci)
        if row is not None:
            result.append(BagianNaskah(bagian, row.teks, row.diubah_manual, tersimpan=True))
        else:
            result.append(BagianNaskah(bagian, teks_bawaan(k, bagian, hari_ini).teks))
    return tuple(result)


def catatan_data(
    k: Konteks, items: tuple[BagianNaskah, ...], hari_ini: dt.date | None = None
) -> dict[str, str]:
    """Per data-driven part not edited by hand, the page's note when its data is missing."""
    notes = {}
    for item in items:
        if item.bagian.dari_data and not item.diubah_manual:
            note = teks_bawaan(k, item.bagian, hari_ini).catatan
            if note:
                notes[item.bagian.kunci] = note
    return notes


def penandatangan(k: Konteks) -> Penandatangan:
    """The signature block: the head of office (``PerangkatDaerah.kepala_*``) and the place
    and date stored with the document."""
    pd = k.pd
    naskah = get_naskah(k)
    return Penandatangan(
        jabatan=pd.kepala_jabatan or f"Kepala {pd.nama} {pd.pemda.nama}",
        nama=pd.kepala_nama,
        pangkat=pd.kepala_pangkat,
        nip=pd.kepala_nip,
        tempat=naskah.ttd_tempat if naskah else "",
        tanggal=naskah.ttd_tanggal if naskah else None,
    )


def get_bagian(k: Konteks, kunci: str) -> Bagian:
    """The part ``kunci`` of this kind of document; 404 for an unknown key."""
    bagian = bagian_of(k.jenis, kunci)
    if bagian is None:
        raise Http404("Bagian naskah tidak dikenal.")
    return bagian
