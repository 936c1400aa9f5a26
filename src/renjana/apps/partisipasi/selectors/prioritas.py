"""The priority catalog a pemda sees, the tags on its offices' Renja rows and the §2.J table."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from renjana.apps.organisasi.models import Pemda, PerangkatDaerah
from renjana.apps.partisipasi.models import PrioritasDisepakati
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.apps.referensi import selectors as referensi
from renjana.apps.referensi.models import Prioritas
from renjana.core.kode import Level, parse_kode
from renjana.core.prioritas import (
    BarisPrioritas,
    JenisPrioritas,
    Keterkaitan,
    PrioritasValue,
    keterkaitan_prioritas,
)

_JENIS_ORDER = {"nasional": 0, "provinsi": 1, "daerah": 2}


def catalog(pemda: Pemda, tahun: int | None = None) -> list[Prioritas]:
    """National entries and the pemda's own, in force in ``tahun`` when given."""
    qs: QuerySet[Prioritas] = Prioritas.objects.filter(Q(pemda__isnull=True) | Q(pemda=pemda))
    if tahun is not None:
        qs = qs.filter(Q(tahun_mulai__isnull=True) | Q(tahun_mulai__lte=tahun)).filter(
            Q(tahun_akhir__isnull=True) | Q(tahun_akhir__gte=tahun)
        )
    entries = list(qs.select_related("induk"))
    return sorted(entries, key=lambda p: (_JENIS_ORDER.get(p.jenis, 9), p.kode, p.nama))


def get_prioritas(pemda: Pemda, pk: int) -> Prioritas | None:
    return Prioritas.objects.filter(Q(pemda__isnull=True) | Q(pemda=pemda), pk=pk).first()


def value_of(p: Prioritas) -> PrioritasValue:
    return PrioritasValue(
        str(p.pk), JenisPrioritas(p.jenis), p.nama, p.kode, str(p.induk_id) if p.induk_id else None
    )


def disepakati_ids(pd: PerangkatDaerah, tahun: int) -> list[int]:
    return list(
        PrioritasDisepakati.objects.filter(perangkat_daerah=pd, tahun=tahun).values_list(
            "prioritas_id", flat=True
        )
    )


def tag_rows(pd: PerangkatDaerah, tahun: int) -> list[dict[str, Any]]:
    """The office's Renja rows of ``tahun`` with their pagu and tag ids, in code order."""
    renja = renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return []
    rows = [
        {
            "id": b.pk, "kode": b.kode, "nama": b.nama, "level": b.level, "pagu": b.pagu,
            "tags": [p.pk for p in b.prioritas.all()],
        }
        for b in renja.baris.prefetch_related("prioritas")
    ]  # fmt: skip
    return sorted(rows, key=lambda r: tuple(int(x) for x in r["kode"].split(".")))


def get_baris(pd: PerangkatDaerah, tahun: int, baris_id: int) -> Any:
    renja = renja_of(pd).filter(tahun=tahun).first()
    return renja.baris.select_related("renja").filter(pk=baris_id).first() if renja else None


def keterkaitan(pd: PerangkatDaerah, tahun: int, rows: list[dict[str, Any]]) -> Keterkaitan:
    """The §2.J table of the office's Renja ``rows`` (from ``tag_rows``) with its problems."""
    entries = catalog(pd.pemda)
    values = [value_of(p) for p in entries]
    baris = [
        BarisPrioritas(r["kode"], r["nama"], r["pagu"], tuple(str(t) for t in r["tags"]))
        for r in rows
    ]
    bidang: set[str] = set()
    for r in rows:
        kode = parse_kode(r["kode"]).kode
        ancestor = kode.ancestor(Level.BIDANG) if kode else None
        if ancestor is not None:
            bidang.add(str(ancestor))
    names = referensi.nomenklatur_names(referensi.nomenklatur_versi_for(tahun), bidang)
    agreed = [str(i) for i in disepakati_ids(pd, tahun)]
    return keterkaitan_prioritas(values, baris, names, agreed)
