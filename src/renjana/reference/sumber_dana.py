"""The SIPD sumber dana classification (``data/sumber_dana.csv``)."""

from __future__ import annotations

from functools import cache

from renjana.core.referensi import DaftarSumberDana, SumberDana
from renjana.reference import resources

META_FILE = "sumber_dana_sumber.yaml"


@cache
def load_sumber_dana() -> DaftarSumberDana:
    """Every row of the packaged sumber dana list, in file order."""
    meta = resources.read_yaml(META_FILE)
    rows = resources.read_csv_rows(resources.text(meta, "berkas", required=True))
    items = tuple(SumberDana(kode=row["kode"].strip(), nama=row["nama"].strip()) for row in rows)
    if any(not item.kode or not item.nama for item in items):
        raise resources.ReferenceDataError("sumber_dana.csv: kode atau nama kosong")
    return DaftarSumberDana(
        nama=resources.text(meta, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(meta),
        berlaku_mulai=resources.integer(meta, "berlaku_mulai"),
        items=items,
        sumber_data=resources.text(meta, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(meta),
        catatan=resources.text(meta, "catatan"),
    )
