"""The T-C.31 review of an office and year, as a core ``Review``."""

from __future__ import annotations

from decimal import Decimal

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi.models import KeteranganReview, RkpdBaris
from renjana.apps.perencanaan.selectors.renja import renja_of, renja_rows
from renjana.apps.referensi import selectors as referensi
from renjana.core.kode import Level, parse_kode
from renjana.core.numbers import strip_zeros
from renjana.core.quantity import Quantity
from renjana.core.review_rkpd import IndikatorTarget, Review, ReviewInput, review_rkpd


def _plain(value: Decimal | None) -> Decimal | None:
    return None if value is None else strip_zeros(value)


def rkpd_baris(pd: PerangkatDaerah, tahun: int) -> list[RkpdBaris]:
    return list(RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun).order_by("kode"))


def rkpd_inputs(rows: list[RkpdBaris]) -> list[ReviewInput]:
    result = []
    for r in rows:
        target = Quantity(_plain(r.target_nilai), r.satuan, r.target_teks)
        has_indicator = bool(r.indikator) or not target.is_missing
        indikator = (IndikatorTarget(r.indikator, target),) if has_indicator else ()
        result.append(ReviewInput(r.kode, r.nama, indikator, r.pagu))
    return result


def renja_inputs(pd: PerangkatDaerah, tahun: int) -> list[ReviewInput]:
    renja = renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return []
    return [
        ReviewInput(
            row.kode,
            row.nama,
            tuple(
                IndikatorTarget(
                    i.uraian, Quantity(i.target.nilai, i.target.satuan or i.satuan, i.target.teks)
                )
                for i in row.indikator
            ),
            row.pagu,
        )
        for row in renja_rows(renja)
    ]


def review(pd: PerangkatDaerah, tahun: int) -> Review:
    """The office's RKPD draft of ``tahun`` beside its Renja of ``tahun``."""
    left = rkpd_inputs(rkpd_baris(pd, tahun))
    right = renja_inputs(pd, tahun)
    above: set[str] = set()
    for row in (*left, *right):
        kode = parse_kode(row.kode).kode
        for level in (Level.URUSAN, Level.BIDANG):
            ancestor = kode.ancestor(level) if kode else None
            if ancestor is not None:
                above.add(str(ancestor))
    names = referensi.nomenklatur_names(referensi.nomenklatur_versi_for(tahun), above)
    keterangan = dict(
        KeteranganReview.objects.filter(perangkat_daerah=pd, tahun=tahun).values_list(
            "kode", "teks"
        )
    )
    return review_rkpd(left, right, names, keterangan)


def get_rkpd_baris(pd: PerangkatDaerah, tahun: int, pk: int) -> RkpdBaris | None:
    return RkpdBaris.objects.filter(perangkat_daerah=pd, tahun=tahun, pk=pk).first()
