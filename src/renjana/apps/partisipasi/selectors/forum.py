"""Forum Perangkat Daerah agreements of an office and year, with their compatibility check."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi.models import KesepakatanForum
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.core.numbers import strip_zeros
from renjana.core.prioritas import (
    HasilKesepakatan,
    KesepakatanValue,
    TargetRenja,
    check_kesepakatan,
)
from renjana.core.quantity import Quantity


def _q(nilai: Decimal | None, satuan: str, teks: str) -> Quantity:
    return Quantity(None if nilai is None else strip_zeros(nilai), satuan, teks)


def kesepakatan(pd: PerangkatDaerah, tahun: int) -> list[tuple[KesepakatanForum, HasilKesepakatan]]:
    """Each agreement with the verdict of ``core.prioritas.check_kesepakatan``."""
    rows = list(
        KesepakatanForum.objects.filter(perangkat_daerah=pd, tahun=tahun)
        .select_related("baris")
        .prefetch_related("baris__indikator")
        .order_by("nomor")
    )
    values = [
        KesepakatanValue(
            nomor=k.nomor,
            indikator=k.indikator,
            target_nasional=_q(
                k.target_nasional_nilai, k.target_nasional_satuan, k.target_nasional_teks
            ),
            target_daerah=_q(k.target_daerah_nilai, k.target_daerah_satuan, k.target_daerah_teks),
            catatan=k.catatan,
            kode=k.baris.kode if k.baris else None,
            renja=tuple(
                TargetRenja(i.uraian, _q(i.target_nilai, i.satuan, i.target_teks), i.polaritas)
                for i in (k.baris.indikator.all() if k.baris else ())
            ),
        )
        for k in rows
    ]
    return list(zip(rows, check_kesepakatan(values), strict=True))


def get_kesepakatan(pd: PerangkatDaerah, pk: int) -> KesepakatanForum | None:
    return KesepakatanForum.objects.filter(perangkat_daerah=pd, pk=pk).first()


def baris_choices(pd: PerangkatDaerah, tahun: int) -> list[dict[str, Any]]:
    """Program, kegiatan and sub kegiatan of the office's Renja for ``tahun``."""
    renja = renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return []
    rows = [dict(r) for r in renja.baris.values("id", "kode", "nama", "level")]
    return sorted(rows, key=lambda r: r["kode"])
