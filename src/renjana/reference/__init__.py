"""Packaged reference data (nomenclature, sumber dana, PPKS/PSKS, SPM, scales, wilayah) and
the readers of user-supplied nomenclature and wilayah files.

Loaders read the dated, cited files under ``data/`` (see ``README.md``) and return plain
values of ``renjana.core.referensi``; they import only the core, the standard library,
PyYAML and (for XLSX input) openpyxl. ``renjana.reference.loaders`` gathers them.
"""

from renjana.reference import loaders
from renjana.reference.loaders import *  # noqa: F403 - the public API is the loaders module's

__all__ = [*loaders.__all__, "loaders"]
