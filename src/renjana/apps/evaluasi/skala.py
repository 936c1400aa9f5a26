"""Predicate scales stored in ``referensi.Skala`` / ``SkalaBand`` as core ``Scale`` values.

``kinerja_renja`` rates capaian (Permendagri 86/2017), ``sakip`` the SAKIP score; the scale in
force in a year is the one with the latest ``berlaku_mulai`` not after it.
"""

from __future__ import annotations

from renjana.apps.referensi.models import Skala
from renjana.core.referensi import Band, DasarHukum, Scale

KINERJA_RENJA = "kinerja_renja"
SAKIP = "sakip"


def scale_for(kode: str, tahun: int) -> Scale | None:
    """The scale ``kode`` in force in ``tahun``, or None when there is none (two queries)."""
    skala = (
        Skala.objects.filter(kode=kode, berlaku_mulai__lte=tahun)
        .order_by("-berlaku_mulai")
        .prefetch_related("bands")
        .first()
    )
    if skala is None:
        return None
    bands = tuple(
        Band(
            label=b.label,
            min=b.batas_bawah,
            max=b.batas_atas,
            min_inclusive=b.bawah_inklusif,
            max_inclusive=b.atas_inklusif,
        )
        for b in sorted(skala.bands.all(), key=lambda b: b.urutan)
    )
    return Scale(
        kode=skala.kode,
        nama=skala.nama,
        dasar_hukum=(DasarHukum(peraturan=skala.dasar_hukum),),
        berlaku_mulai=skala.berlaku_mulai,
        bands=bands,
        verifikasi_perlu=skala.perlu_verifikasi,
    )
