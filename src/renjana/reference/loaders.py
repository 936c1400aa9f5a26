"""The public entry points of the reference package in one place:
``from renjana.reference import loaders`` then ``loaders.load_nomenklatur()`` and so on."""

from renjana.reference.nomenklatur import (
    NomenklaturRows,
    load_nomenklatur,
    nomenklatur_from_rows,
    nomenklatur_versions,
    read_nomenklatur_rows,
)
from renjana.reference.peraturan import DaftarPeraturan, Peraturan, load_peraturan
from renjana.reference.ppks import load_ppks, load_psks
from renjana.reference.resources import ReferenceDataError
from renjana.reference.skala import load_skala
from renjana.reference.spm import load_spm
from renjana.reference.sumber_dana import load_sumber_dana
from renjana.reference.wilayah import WilayahRows, load_wilayah, read_wilayah_rows

__all__ = [
    "DaftarPeraturan",
    "NomenklaturRows",
    "Peraturan",
    "ReferenceDataError",
    "WilayahRows",
    "load_nomenklatur",
    "load_peraturan",
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
