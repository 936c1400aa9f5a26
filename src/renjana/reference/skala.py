"""Predicate scales as dated bands (``data/skala.yaml``): kinerja rating of Permendagri
86/2017, SAKIP grades of PermenPANRB 88/2021, SPM index categories."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from renjana.core.referensi import Band, DaftarSkala, Scale
from renjana.reference import resources


def _band(entry: Mapping[str, object]) -> Band:
    return Band(
        label=resources.text(entry, "label", required=True),
        min=resources.decimal(entry, "min"),
        max=resources.decimal(entry, "max"),
        min_inclusive=resources.flag(entry, "min_inklusif", default=True),
        max_inclusive=resources.flag(entry, "max_inklusif", default=True),
        keterangan=resources.text(entry, "keterangan"),
    )


def _scale(entry: Mapping[str, object]) -> Scale:
    return Scale(
        kode=resources.text(entry, "kode", required=True),
        nama=resources.text(entry, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(entry),
        berlaku_mulai=resources.integer(entry, "berlaku_mulai"),
        bands=tuple(_band(b) for b in resources.mappings(entry, "pita")),
        verifikasi_perlu=resources.needs_verification(entry),
        catatan=resources.text(entry, "catatan"),
    )


@cache
def load_skala() -> DaftarSkala:
    """Every packaged scale; pick one with ``DaftarSkala.get(kode, tahun)``."""
    data = resources.read_yaml("skala.yaml")
    scales = tuple(_scale(e) for e in resources.mappings(data, "skala"))
    keys = [(s.kode, s.berlaku_mulai) for s in scales]
    if len(set(keys)) != len(keys):
        raise resources.ReferenceDataError("skala.yaml: kode dan berlaku_mulai ganda")
    return DaftarSkala(scales)
