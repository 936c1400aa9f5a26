"""Load the transcribed PPKS/PSKS population of a sample office through the spm services.

The facts are in ``data/<file>_populasi.yaml`` (with line references to the seed); which
pemda has such a file is listed in ``POPULASI_FILES``. A printed "N/A" is stored as N/A, a
blank cell is not stored, so the pages show exactly what the document prints.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.spm.services.populasi import IsianPopulasi, set_populasi
from renjana.sample.rows import read_sample

#: Pemda ``kode_wilayah`` → its population file in ``data/``.
POPULASI_FILES = {"76": "sulbar_populasi.yaml"}
NA = "N/A"


def _isian(kelompok: str, jenis: Any, populasi: Any) -> IsianPopulasi | None:
    if populasi is None:
        return None
    if str(populasi).strip() == NA:
        return IsianPopulasi(kelompok, str(jenis), None, tidak_tersedia=True)
    return IsianPopulasi(kelompok, str(jenis), Decimal(str(populasi)))


def load_populasi(pd: PerangkatDaerah) -> int:
    """Store the office's sample population, if its pemda has a file; the cells written."""
    name = POPULASI_FILES.get(pd.pemda.kode_wilayah)
    if name is None:
        return 0
    data = read_sample(name)
    written = 0
    for kelompok, key in (("ppks", "nomor"), ("psks", "kode")):
        tabel = data[kelompok]
        isian = [
            cell
            for row in tabel["baris"]
            if (cell := _isian(kelompok, row[key], row.get("populasi"))) is not None
        ]
        written += set_populasi(
            user=None, pd=pd, tahun=int(tabel["tahun"]), isian=isian, system=True
        )
    return written
