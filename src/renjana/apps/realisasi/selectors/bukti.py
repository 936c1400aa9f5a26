"""Evidence files of realisation entries and the verifier's notes on a triwulan."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404

from renjana.apps.organisasi.models import Pengguna
from renjana.apps.organisasi.scope import visible_perangkat_daerah
from renjana.apps.perencanaan.models import Renja
from renjana.apps.realisasi.models import PERIODE_TRIWULAN, BuktiRealisasi, CatatanRealisasi


def bukti_triwulan(renja: Renja, triwulan: int) -> dict[tuple[str, int], list[BuktiRealisasi]]:
    """Evidence of the triwulan keyed by ``("indikator", id)`` or ``("baris", id)``."""
    periode = PERIODE_TRIWULAN[triwulan]
    result: dict[tuple[str, int], list[BuktiRealisasi]] = {}
    for b in (
        BuktiRealisasi.objects.filter(
            Q(realisasi_kinerja__periode=periode, realisasi_kinerja__indikator__baris__renja=renja)
            | Q(realisasi_anggaran__periode=periode, realisasi_anggaran__baris__renja=renja)
        )
        .select_related("realisasi_kinerja", "realisasi_anggaran", "diunggah_oleh")
        .order_by("diunggah_pada", "id")
    ):
        if b.realisasi_kinerja is not None:
            key = ("indikator", b.realisasi_kinerja.indikator_id)
        else:
            assert b.realisasi_anggaran is not None
            key = ("baris", b.realisasi_anggaran.baris_id)
        result.setdefault(key, []).append(b)
    return result


def bukti_of(renja: Renja, triwulan: int, jenis: str, objek_id: int) -> list[BuktiRealisasi]:
    return bukti_triwulan(renja, triwulan).get((jenis, objek_id), [])


def get_bukti(user: Pengguna, pk: int) -> tuple[BuktiRealisasi, Renja]:
    """An evidence file with its Renja if the user may read the office; 404 otherwise."""
    bukti = (
        BuktiRealisasi.objects.select_related(
            "realisasi_kinerja__indikator__baris__renja__perangkat_daerah",
            "realisasi_anggaran__baris__renja__perangkat_daerah",
        )
        .filter(pk=pk)
        .first()
    )
    if bukti is None:
        raise Http404("Bukti tidak ditemukan.")
    renja = renja_of_bukti(bukti)
    if not visible_perangkat_daerah(user).filter(pk=renja.perangkat_daerah_id).exists():
        raise Http404("Bukti tidak ditemukan.")
    return bukti, renja


def renja_of_bukti(bukti: BuktiRealisasi) -> Renja:
    if bukti.realisasi_kinerja is not None:
        return bukti.realisasi_kinerja.indikator.baris.renja
    assert bukti.realisasi_anggaran is not None
    return bukti.realisasi_anggaran.baris.renja


def triwulan_of_bukti(bukti: BuktiRealisasi) -> int:
    entry = bukti.realisasi_kinerja or bukti.realisasi_anggaran
    assert entry is not None
    return {str(p): t for t, p in PERIODE_TRIWULAN.items()}[entry.periode]


def catatan_triwulan(renja: Renja, triwulan: int) -> list[CatatanRealisasi]:
    return list(
        CatatanRealisasi.objects.filter(renja=renja, triwulan=triwulan)
        .select_related("baris", "oleh")
        .order_by("dibuat_pada", "id")
    )
