"""What the cover and every page header name, and the signature block.

The stage printed on a Renja cover is the Renja's current stage unless another is asked for
(``--tahap``); the RKT has no stage of its own. The signature is the head of office with the
place and date stored with the document's narrative (``apps.dokumen``), else the pemda's
capital and the day of printing while that is before the plan year (a document printed later
leaves the date to the planner rather than date a plan after its year began).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from renjana.apps.dokumen.selectors.logo import logo_of
from renjana.apps.dokumen.selectors.naskah import Konteks, penandatangan
from renjana.core.naskah import JenisDokumen, Penandatangan
from renjana.core.tahapan import Tahap
from renjana.documents.model import DocumentMeta, SignatureBlock

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import PerangkatDaerah

TAHAP_LABEL = {
    Tahap.RANCANGAN_AWAL: "Rancangan Awal",
    Tahap.RANCANGAN: "Rancangan",
    Tahap.RANCANGAN_AKHIR: "Rancangan Akhir",
    Tahap.PENETAPAN: "Penetapan",
    Tahap.PERUBAHAN: "Perubahan",
}
JUDUL = {
    JenisDokumen.RENJA: ("Rencana Kerja (Renja)", "Renja"),
    JenisDokumen.RKT: ("Rencana Kinerja Tahunan (RKT)", "RKT"),
}
#: The RKT is a SAKIP document without planning stages; its cover and header say so.
TAHAP_RKT = "Perencanaan Kinerja (SAKIP)"


class TahapTidakDikenal(ValueError):
    """A stage name that is none of the five (the message is Indonesian, for the user)."""


def parse_tahap(text: str) -> Tahap:
    """``rancangan_awal``, ``rancangan-awal`` or ``Rancangan Awal`` → ``Tahap.RANCANGAN_AWAL``."""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    try:
        return Tahap(key)
    except ValueError:
        pilihan = ", ".join(t.value for t in Tahap)
        message = f"Tahap '{text}' tidak dikenal; pilih salah satu: {pilihan}."
        raise TahapTidakDikenal(message) from None


def jabatan_lines(jabatan: str, pemda: str) -> tuple[str, ...]:
    """``Kepala Dinas Sosial Provinsi Sulawesi Barat`` → ``("KEPALA DINAS SOSIAL",
    "PROVINSI SULAWESI BARAT,")``: the pemda on its own line, a comma after the last."""
    text, region = " ".join(jabatan.upper().split()), pemda.upper()
    at = text.find(region)
    parts = [text[:at].strip(), text[at:].strip()] if at > 0 else [text]
    parts[-1] += ","
    return tuple(parts)


def signature(ttd: Penandatangan, k: Konteks, hari_ini: dt.date) -> SignatureBlock:
    pemda = k.pd.pemda
    return SignatureBlock(
        jabatan=jabatan_lines(ttd.jabatan, pemda.nama),
        nama=ttd.nama,
        pangkat=ttd.pangkat,
        nip=ttd.nip,
        tempat=ttd.tempat or pemda.ibukota,
        tanggal=ttd.tanggal or (hari_ini if hari_ini.year < k.tahun else None),
    )


def meta(k: Konteks, stage: str, hari_ini: dt.date) -> DocumentMeta:
    pd: PerangkatDaerah = k.pd
    title, short = JUDUL[k.jenis]
    ttd = penandatangan(k)
    sign = signature(ttd, k, hari_ini)
    prepared = ttd.tanggal.year if ttd.tanggal else min(hari_ini.year, k.tahun - 1)
    return DocumentMeta(
        title=title,
        short_title=short,
        stage=stage,
        office=pd.nama,
        pemda=f"Pemerintah {pd.pemda.nama}",
        year=k.tahun,
        prepared_year=prepared,
        logo=logo_of(pd.pemda),
        signature=sign,
    )
