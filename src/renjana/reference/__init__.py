"""Packaged reference data (nomenclature, sumber dana, PPKS/PSKS, SPM, scales, wilayah) and
the readers of user-supplied nomenclature and wilayah files.

Loaders read the dated, cited files under ``data/`` (see ``README.md``) and return plain
values of ``renjana.core.referensi``; they import only the core, the standard library,
PyYAML and (for XLSX input) openpyxl. ``renjana.reference.loaders`` gathers them.
"""

from renjana.reference.loaders import (
    NomenklaturRows,
    ReferenceDataError,
    WilayahRows,
    load_nomenklatur,
    load_ppks,
    load_psks,
    load_skala,
    load_spm,
    load_sumber_dana,
    load_wilayah,
    nomenklatur_from_rows,
    nomenklatur_versions,
    read_nomenklatur_rows,
    read_wilayah_rows,
)

__all__ = [
    "NomenklaturRows",
    "ReferenceDataError",
    "WilayahRows",
    "load_nomenklatur",
    "load_ppks",
    "load_psks",
    "load_skala",
    "load_spm",
    "load_sumber_dana",
    "load_wilayah",
    "nomenklatur_from_rows",
    "nomenklatur_versions",
    "read_nomenklatur_rows",
    "read_wilayah_rows",
]
