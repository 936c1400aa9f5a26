"""Reads of the landasan hukum lists: the office's (what its documents print) and the pemda's
regional regulations, as rows for the editor and as citations for the documents."""

from __future__ import annotations

from enum import StrEnum

from django.db.models import QuerySet
from django.http import Http404

from renjana.apps.dokumen.models import LandasanHukum
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.landasan_hukum import JenisRegulasi, Regulasi, kutipan


class Lingkup(StrEnum):
    """Which list: the office's own, or the pemda's shared regional regulations."""

    OPD = "opd"
    PEMDA = "pemda"


def lingkup_of(value: str) -> Lingkup:
    try:
        return Lingkup(value)
    except ValueError:
        raise Http404("Lingkup daftar tidak dikenal.") from None


def daftar(pd: PerangkatDaerah, lingkup: Lingkup) -> QuerySet[LandasanHukum]:
    """The list in print order: the office's, or its pemda's shared one."""
    if lingkup is Lingkup.OPD:
        qs = LandasanHukum.objects.filter(perangkat_daerah=pd)
    else:
        qs = LandasanHukum.objects.filter(pemda_id=pd.pemda_id, perangkat_daerah__isnull=True)
    return qs.order_by("urutan", "id")


def get_landasan(pd: PerangkatDaerah, lingkup: Lingkup, pk: int) -> LandasanHukum:
    """One entry of that list; 404 when it is not there (another office's, another pemda's)."""
    item = daftar(pd, lingkup).filter(pk=pk).first()
    if item is None:
        raise Http404("Landasan hukum tidak ditemukan.")
    return item


def as_regulasi(item: LandasanHukum) -> Regulasi:
    return Regulasi(
        jenis=JenisRegulasi(item.jenis),
        nomor=item.nomor,
        tahun=item.tahun,
        tentang=item.tentang,
        penerbit=item.penerbit,
        lembaran_tahun=item.lembaran_tahun,
        lembaran_nomor=item.lembaran_nomor,
        tambahan_nomor=item.tambahan_nomor,
        tanggal=item.tanggal,
    )


def kutipan_landasan(pd: PerangkatDaerah) -> tuple[str, ...]:
    """The office's list as the documents print it, in order (one citation per item)."""
    nama_pemda = pd.pemda.nama
    return tuple(kutipan(as_regulasi(item), nama_pemda) for item in daftar(pd, Lingkup.OPD))
