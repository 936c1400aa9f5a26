"""The table layer: which kind a table is, where its columns are, and its rows as core values.

``recognize`` names the kind from header words and column numbers; ``logical_rows`` maps the
printed cells onto the kind's columns despite split codes, shifted rows and two-line rows;
the ``extract_*`` functions turn rows into the core's inputs (with the printed totals and
computed columns kept apart for the audit), and ``extract_rows`` gives raw typed rows for
every kind.
"""

from renjana.importers.tables.align import LogicalRow, logical_rows
from renjana.importers.tables.anggaran import BarisAnggaranTercetak, TabelAnggaran, extract_anggaran
from renjana.importers.tables.columns import Column, ColumnMap, JenisKolom
from renjana.importers.tables.kinds import Recognition, TableKind, recognize
from renjana.importers.tables.mentah import BarisMentah, NilaiSel, TabelMentah, extract_rows
from renjana.importers.tables.renja import PrintedTotal, TabelRenja, extract_renja
from renjana.importers.tables.rfk import BarisRfkTercetak, TabelRfk, extract_rfk
from renjana.importers.tables.tc29 import KolomTercetakTC29, TabelTC29, extract_tc29

__all__ = [
    "BarisAnggaranTercetak",
    "BarisMentah",
    "BarisRfkTercetak",
    "Column",
    "ColumnMap",
    "JenisKolom",
    "KolomTercetakTC29",
    "LogicalRow",
    "NilaiSel",
    "PrintedTotal",
    "Recognition",
    "TabelAnggaran",
    "TabelMentah",
    "TabelRenja",
    "TabelRfk",
    "TabelTC29",
    "TableKind",
    "extract_anggaran",
    "extract_renja",
    "extract_rfk",
    "extract_rows",
    "extract_tc29",
    "logical_rows",
    "recognize",
]
