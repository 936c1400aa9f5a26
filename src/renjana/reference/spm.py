"""SPM Bidang Sosial: jenis pelayanan dasar and mutu items per tingkat (``spm_sosial.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from renjana.core.kode import Kode, Tingkat
from renjana.core.referensi import SpmJenisLayanan, SpmMutuItem, SpmSosial
from renjana.reference import resources


def _kode(data: Mapping[str, object], key: str) -> Kode | None:
    text = resources.text(data, key)
    if not text:
        return None
    try:
        return Kode.from_str(text)
    except ValueError as exc:
        raise resources.ReferenceDataError(f"spm_sosial.yaml: {key} {text!r} bukan kode") from exc


def _jenis(tingkat: Tingkat, entry: Mapping[str, object]) -> SpmJenisLayanan:
    mutu = tuple(
        SpmMutuItem(
            nomor=number,
            nama=resources.text(item, "nama", required=True),
            satuan=resources.text(item, "satuan", required=True),
            sub_kegiatan=_kode(item, "sub_kegiatan"),
        )
        for number, item in enumerate(resources.mappings(entry, "mutu"), start=1)
    )
    jenis = SpmJenisLayanan(
        tingkat=tingkat,
        nomor=resources.integer(entry, "nomor"),
        nama=resources.text(entry, "nama", required=True),
        indikator=resources.text(entry, "indikator", required=True),
        mutu_items=mutu,
        kegiatan=_kode(entry, "kegiatan"),
        catatan=resources.text(entry, "catatan"),
    )
    for item in mutu:
        sub = item.sub_kegiatan
        if sub is not None and (jenis.kegiatan is None or not sub.is_child_of(jenis.kegiatan)):
            raise resources.ReferenceDataError(
                f"spm_sosial.yaml: {sub} bukan sub kegiatan dari {jenis.kegiatan} ({jenis.nama})"
            )
    return jenis


@cache
def load_spm() -> SpmSosial:
    """The SPM services of both tingkat, kab/kota first, each in regulation order."""
    data = resources.read_yaml("spm_sosial.yaml")
    blocks = data.get("tingkat")
    if not isinstance(blocks, Mapping):
        raise resources.ReferenceDataError("spm_sosial.yaml: isian 'tingkat' harus mapping")
    items: list[SpmJenisLayanan] = []
    for tingkat in (Tingkat.KABKOTA, Tingkat.PROVINSI):
        items.extend(_jenis(tingkat, e) for e in resources.mappings(blocks, tingkat.value))
    bobot_penerima = resources.decimal(data, "bobot_penerima")
    bobot_mutu = resources.decimal(data, "bobot_mutu")
    if bobot_penerima is None or bobot_mutu is None or bobot_penerima + bobot_mutu != 100:
        raise resources.ReferenceDataError("spm_sosial.yaml: bobot penerima + mutu harus 100")
    return SpmSosial(
        nama=resources.text(data, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(data),
        berlaku_mulai=resources.integer(data, "berlaku_mulai"),
        items=tuple(items),
        sumber_data=resources.text(data, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(data),
        catatan=resources.text(data, "catatan"),
        bobot_penerima=bobot_penerima,
        bobot_mutu=bobot_mutu,
    )
