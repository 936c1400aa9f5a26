"""The only writers of realisation data: each call is atomic, permission-checked and audited.

- ``impor``: whole periods from importers and the sample loader;
- ``jadwal``: entry deadlines per triwulan and the admin's exceptions (and the clock);
- ``entry``: kinerja per indicator and keuangan/fisik per sub kegiatan, one entry at a time;
- ``bukti``: evidence files of an entry;
- ``verifikasi``: submitting a triwulan, the verifier's notes, returning and accepting it.

The import API stays reachable as ``services.import_realisasi_*`` for existing callers.
"""

from renjana.apps.realisasi.services.impor import (
    AnggaranInput,
    KinerjaInput,
    Periode,
    import_realisasi_anggaran,
    import_realisasi_kinerja,
)

__all__ = [
    "AnggaranInput",
    "KinerjaInput",
    "Periode",
    "import_realisasi_anggaran",
    "import_realisasi_kinerja",
]
