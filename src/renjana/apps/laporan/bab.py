"""What every chapter assembler shares: the numbering of tables and figures within a BAB, the
narrative parts of the document by key, and the headings named as the naskah names them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from renjana.apps.laporan.teks import belum_diisi
from renjana.core.naskah import BagianNaskah
from renjana.documents.model import Block, Heading, Section, Table


class Penomor:
    """Numbers the tables (``2.1``, ``2.2`` …) and figures of one BAB in reading order."""

    def __init__(self, bab: int) -> None:
        self.bab = bab
        self._tabel = 0
        self._gambar = 0

    def tabel(self) -> str:
        self._tabel += 1
        return f"{self.bab}.{self._tabel}"

    def gambar(self) -> str:
        self._gambar += 1
        return f"{self.bab}.{self._gambar}"


@dataclass(frozen=True, slots=True)
class Naskah:
    """The narrative parts of one document by key (``bab1.latar_belakang`` …)."""

    bagian: Mapping[str, BagianNaskah]

    @classmethod
    def of(cls, items: tuple[BagianNaskah, ...]) -> Naskah:
        return cls({b.bagian.kunci: b for b in items})

    def teks(self, kunci: str) -> str:
        found = self.bagian.get(kunci)
        return found.teks if found else ""

    def judul(self, kunci: str, bawaan: str) -> str:
        found = self.bagian.get(kunci)
        return found.bagian.judul if found else bawaan

    def sub(self, kunci: str, nomor: str, bawaan: str, blocks: tuple[Block, ...]) -> Section:
        """A numbered sub-section headed as the naskah titles it."""
        return Section(Heading(self.judul(kunci, bawaan), nomor, 2), blocks)


def tabel_atau_catatan(table: Table | None, data: str, judul: str) -> tuple[Block, ...]:
    """The table, or the note saying which data is missing."""
    return (table,) if table is not None else (belum_diisi(data, judul),)
