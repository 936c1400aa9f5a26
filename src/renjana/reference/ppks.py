"""The 26 PPKS/PMKS and 12 PSKS kinds of Permensos 8/2012 (``data/ppks.yaml``, ``psks.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from renjana.core.referensi import DaftarJenis, JenisPpks, JenisPsks
from renjana.reference import resources


def _numbered(entries: list[Mapping[str, object]], file: str) -> None:
    numbers = [resources.integer(e, "nomor") for e in entries]
    if numbers != list(range(1, len(numbers) + 1)):
        raise resources.ReferenceDataError(f"{file}: nomor jenis harus urut 1..{len(numbers)}")


@cache
def load_ppks() -> DaftarJenis[JenisPpks]:
    """The PPKS kinds in regulation order, with population unit, abbreviation and aliases."""
    data = resources.read_yaml("ppks.yaml")
    entries = resources.mappings(data, "jenis")
    _numbered(entries, "ppks.yaml")
    items = tuple(
        JenisPpks(
            nomor=resources.integer(e, "nomor"),
            nama=resources.text(e, "nama", required=True),
            satuan=resources.text(e, "satuan", required=True),
            singkatan=resources.text(e, "singkatan"),
            alias=resources.strings(e, "alias"),
        )
        for e in entries
    )
    return DaftarJenis(
        nama=resources.text(data, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(data),
        berlaku_mulai=resources.integer(data, "berlaku_mulai"),
        items=items,
        sumber_data=resources.text(data, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(data),
        catatan=resources.text(data, "catatan"),
    )


@cache
def load_psks() -> DaftarJenis[JenisPsks]:
    """The PSKS kinds in regulation order, with sub-kinds (the kinds of LKS)."""
    data = resources.read_yaml("psks.yaml")
    entries = resources.mappings(data, "jenis")
    _numbered(entries, "psks.yaml")
    items = tuple(
        JenisPsks(
            nomor=resources.integer(e, "nomor"),
            nama=resources.text(e, "nama", required=True),
            singkatan=resources.text(e, "singkatan"),
            alias=resources.strings(e, "alias"),
            sub_jenis=resources.strings(e, "sub_jenis"),
        )
        for e in entries
    )
    return DaftarJenis(
        nama=resources.text(data, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(data),
        berlaku_mulai=resources.integer(data, "berlaku_mulai"),
        items=items,
        sumber_data=resources.text(data, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(data),
        catatan=resources.text(data, "catatan"),
    )
