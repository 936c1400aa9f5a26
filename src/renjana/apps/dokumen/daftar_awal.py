"""The starter landasan hukum list of a Dinas Sosial Renja, read from
``data/landasan_hukum_dinsos.yaml`` (regulations are data, with their sources)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from renjana.core.landasan_hukum import JenisRegulasi, Regulasi, check_regulasi

BERKAS = "landasan_hukum_dinsos.yaml"


def _regulasi(raw: dict[str, Any]) -> Regulasi:
    lembaran_tahun = raw.get("lembaran_tahun")
    return Regulasi(
        jenis=JenisRegulasi(raw["jenis"]),
        nomor=str(raw.get("nomor") or ""),
        tahun=int(raw["tahun"]) if raw.get("tahun") is not None else None,
        tentang=str(raw["tentang"]),
        penerbit=str(raw.get("penerbit") or ""),
        lembaran_tahun=int(lembaran_tahun) if lembaran_tahun is not None else None,
        lembaran_nomor=str(raw.get("lembaran_nomor") or ""),
        tambahan_nomor=str(raw.get("tambahan_nomor") or ""),
    )


@cache
def daftar_awal() -> tuple[Regulasi, ...]:
    """The national regulations, in the order of the hierarchy of legislation."""
    text = resources.files("renjana.apps.dokumen").joinpath("data", BERKAS).read_text("utf-8")
    items = tuple(_regulasi(raw) for raw in yaml.safe_load(text)["daftar"])
    for item in items:
        problems = check_regulasi(item)
        if problems:
            raise ValueError(f"{BERKAS}: {item.nomor}/{item.tahun}: {problems[0].message}")
    return items
