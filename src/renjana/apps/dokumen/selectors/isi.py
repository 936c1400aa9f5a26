"""Everything a document assembler needs from this app, in one read: the narrative parts in
order, the signature block, the landasan hukum citations, the office profile, the staff tables
and the pemda logo — plain values, ready for ``renjana.documents.model`` (``Paragraph``,
``BulletList(numbered=True)``, ``SignatureBlock``, ``DocumentMeta.logo``)."""

from __future__ import annotations

from dataclasses import dataclass

from renjana.apps.dokumen.selectors.landasan import kutipan_landasan
from renjana.apps.dokumen.selectors.logo import logo_of
from renjana.apps.dokumen.selectors.naskah import Konteks, isi_naskah, penandatangan
from renjana.apps.dokumen.selectors.profil import Sdm, profil_of, sdm_of
from renjana.core.naskah import BagianNaskah, JenisDokumen, Penandatangan
from renjana.core.profil import Profil


@dataclass(frozen=True, slots=True)
class IsiDokumen:
    """The content of one document. ``sdm`` (RKT only) is the staff of year n-1;
    ``landasan_hukum`` the citations in print order, without the trailing ``;``."""

    bagian: tuple[BagianNaskah, ...]
    penandatangan: Penandatangan
    landasan_hukum: tuple[str, ...]
    profil: Profil | None
    sdm: Sdm | None
    logo: bytes | None

    def teks(self, kunci: str) -> str:
        """The text of part ``kunci`` ("" when the document has no such part)."""
        return next((b.teks for b in self.bagian if b.bagian.kunci == kunci), "")


def isi_dokumen(k: Konteks) -> IsiDokumen:
    """The content of the document ``k`` (the caller has checked that the user may read it)."""
    rkt = k.jenis is JenisDokumen.RKT
    return IsiDokumen(
        bagian=isi_naskah(k),
        penandatangan=penandatangan(k),
        landasan_hukum=kutipan_landasan(k.pd),
        profil=profil_of(k.pd) if rkt else None,
        sdm=sdm_of(k.pd, k.tahun - 1) if rkt else None,
        logo=logo_of(k.pd.pemda),
    )
