"""Regulations commonly cited in a Renja's Landasan Hukum (``data/peraturan.yaml``): their
number, year, official title and what amended or revoked them.

The document audit uses them to tell a year that contradicts a known number ("UU Nomor 29
Tahun 2007 tentang Pembentukan Kotamadya … Tarakan" is UU 29/1997), a wrong title, an
amendment attributed to the wrong law, and citations of revoked regulations. The list is
short and dated; a regulation it does not hold is simply not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from renjana.core.referensi import DasarHukum
from renjana.reference import resources

#: Kinds of regulation, as the short forms of the data file write them.
JENIS = ("UU", "PP", "PERPRES", "PERMENDAGRI", "KEPMENDAGRI", "PERMENSOS", "PERMENPANRB")
_RUJUKAN = re.compile(r"^([A-Z]+)\s+([\w-]+)/(\d{4})$")


@dataclass(frozen=True, slots=True)
class Peraturan:
    """One regulation; ``diubah_oleh``/``dicabut_oleh`` are short forms ``UU 9/2015``."""

    jenis: str
    nomor: str
    tahun: int
    tentang: str
    diubah_oleh: tuple[str, ...] = ()
    dicabut_oleh: str = ""

    @property
    def rujukan(self) -> str:
        """``UU 23/2014``: the short form other entries use."""
        return f"{self.jenis} {self.nomor}/{self.tahun}"


@dataclass(frozen=True, slots=True)
class DaftarPeraturan:
    """The dated, cited list of regulations."""

    nama: str
    dasar_hukum: tuple[DasarHukum, ...]
    berlaku_mulai: int
    items: tuple[Peraturan, ...]
    sumber_data: str = ""
    verifikasi_perlu: bool = False
    catatan: str = ""

    def __iter__(self) -> Iterator[Peraturan]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, jenis: str, nomor: str, tahun: int | None = None) -> tuple[Peraturan, ...]:
        """The regulations of ``jenis`` and ``nomor`` (of ``tahun`` when given)."""
        return tuple(
            p
            for p in self.items
            if p.jenis == jenis and p.nomor == nomor and (tahun is None or p.tahun == tahun)
        )

    def by_rujukan(self, rujukan: str) -> Peraturan | None:
        match = _RUJUKAN.match(rujukan)
        if not match:
            return None
        found = self.get(match.group(1), match.group(2), int(match.group(3)))
        return found[0] if found else None


def _rujukan(value: str, key: str) -> str:
    if not _RUJUKAN.match(value) or value.split()[0] not in JENIS:
        raise resources.ReferenceDataError(f"peraturan.yaml: {key} tidak sah: {value!r}")
    return value


def _peraturan(entry: Mapping[str, object]) -> Peraturan:
    jenis = resources.text(entry, "jenis", required=True)
    if jenis not in JENIS:
        raise resources.ReferenceDataError(f"peraturan.yaml: jenis tidak dikenal: {jenis!r}")
    dicabut = resources.text(entry, "dicabut_oleh")
    return Peraturan(
        jenis=jenis,
        nomor=resources.text(entry, "nomor", required=True),
        tahun=resources.integer(entry, "tahun"),
        tentang=resources.text(entry, "tentang", required=True),
        diubah_oleh=tuple(
            _rujukan(v, "diubah_oleh") for v in resources.strings(entry, "diubah_oleh")
        ),
        dicabut_oleh=_rujukan(dicabut, "dicabut_oleh") if dicabut else "",
    )


@cache
def load_peraturan() -> DaftarPeraturan:
    """Every packaged regulation, in file order."""
    data = resources.read_yaml("peraturan.yaml")
    items = tuple(_peraturan(e) for e in resources.mappings(data, "peraturan"))
    keys = [(p.jenis, p.nomor, p.tahun) for p in items]
    if len(set(keys)) != len(keys):
        raise resources.ReferenceDataError("peraturan.yaml: jenis, nomor dan tahun ganda")
    return DaftarPeraturan(
        nama=resources.text(data, "nama", required=True),
        dasar_hukum=resources.dasar_hukum(data),
        berlaku_mulai=resources.integer(data, "berlaku_mulai"),
        items=items,
        sumber_data=resources.text(data, "sumber_data"),
        verifikasi_perlu=resources.needs_verification(data),
        catatan=resources.text(data, "catatan"),
    )
