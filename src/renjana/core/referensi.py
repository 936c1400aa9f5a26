"""Reference values that checks compare documents against: nomenclature, sumber dana,
PPKS/PSKS, SPM services, predicate scales and wilayah.

Every dataset carries its legal basis (``dasar_hukum``) and the first year it applies
(``berlaku_mulai``): a later regulation is a new dataset, not a code change. The values are
built by ``renjana.reference`` from packaged files; here they are plain frozen data with
lookups, and nothing reads a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar

from renjana.core.kode import Kode, Level, Tingkat

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DasarHukum:
    """A regulation and the part of it a dataset follows."""

    peraturan: str
    tentang: str = ""
    rujukan: str = ""

    def __str__(self) -> str:
        text = f"{self.peraturan} tentang {self.tentang}" if self.tentang else self.peraturan
        return f"{text} ({self.rujukan})" if self.rujukan else text


@dataclass(frozen=True, slots=True)
class Referensi(Generic[T]):
    """A dated, cited list of reference items.

    ``verifikasi_perlu`` marks data the specification flags as "[external — verify]".
    """

    nama: str
    dasar_hukum: tuple[DasarHukum, ...]
    berlaku_mulai: int
    items: tuple[T, ...]
    sumber_data: str = ""
    verifikasi_perlu: bool = False
    catatan: str = ""

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def name_key(text: str) -> str:
    """Comparison key of a name: lower case, letters and digits only, single spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


# --- nomenclature -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NomenklaturItem:
    """One node of the nomenclature. ``tingkat`` None means the row applies to both levels."""

    kode: Kode
    tingkat: Tingkat | None
    nama: str
    indikator: str = ""
    satuan: str = ""
    sumber: str = ""

    @property
    def level(self) -> Level:
        return self.kode.level


@dataclass(frozen=True, slots=True)
class Nomenklatur(Referensi[NomenklaturItem]):
    """A nomenclature version, keyed by (kode, tingkat)."""

    versi: str = ""
    _index: Mapping[tuple[Kode, Tingkat | None], NomenklaturItem] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        index = {(item.kode, item.tingkat): item for item in self.items}
        if len(index) != len(self.items):
            raise ValueError(f"nomenklatur {self.versi}: pasangan (kode, tingkat) ganda")
        object.__setattr__(self, "_index", MappingProxyType(index))

    def get(self, kode: Kode, tingkat: Tingkat | None = None) -> NomenklaturItem | None:
        """The row for ``kode`` at ``tingkat`` (taken from the code below program level),
        falling back to the row that applies to both levels."""
        wanted = kode.tingkat if kode.tingkat is not None else tingkat
        return self._index.get((kode, wanted)) or self._index.get((kode, None))

    def __contains__(self, kode: object) -> bool:
        return isinstance(kode, Kode) and any(
            (kode, tingkat) in self._index for tingkat in (None, *Tingkat)
        )

    def children(self, kode: Kode, tingkat: Tingkat | None = None) -> tuple[NomenklaturItem, ...]:
        """Direct children of ``kode``; for a program, only those of ``tingkat`` if given."""
        return tuple(
            item
            for item in self.items
            if item.kode.is_child_of(kode) and (tingkat is None or item.tingkat in (tingkat, None))
        )


# --- sumber dana ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SumberDana:
    """One node of the SIPD sumber dana classification, e.g. ``1.2.01.01.02``."""

    kode: str
    nama: str

    @property
    def level(self) -> int:
        return self.kode.count(".") + 1

    @property
    def induk(self) -> str | None:
        return self.kode.rsplit(".", 1)[0] if "." in self.kode else None


@dataclass(frozen=True, slots=True)
class DaftarSumberDana(Referensi[SumberDana]):
    """The sumber dana list, looked up by code or by name."""

    def get(self, kode: str) -> SumberDana | None:
        return next((item for item in self.items if item.kode == kode), None)

    def find(self, nama: str) -> tuple[SumberDana, ...]:
        """Items whose name equals ``nama`` ignoring case, spaces and punctuation."""
        key = name_key(nama)
        return tuple(item for item in self.items if name_key(item.nama) == key)


# --- PPKS and PSKS -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JenisPpks:
    """One of the 26 PPKS/PMKS of Permensos 8/2012; ``satuan`` is the population unit."""

    nomor: int
    nama: str
    satuan: str
    singkatan: str = ""
    alias: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.nama, self.singkatan, *self.alias) if n)


@dataclass(frozen=True, slots=True)
class JenisPsks:
    """One of the 12 PSKS; ``sub_jenis`` lists e.g. the kinds of LKS."""

    nomor: int
    nama: str
    singkatan: str = ""
    alias: tuple[str, ...] = ()
    sub_jenis: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.nama, self.singkatan, *self.alias) if n)


JenisT = TypeVar("JenisT", JenisPpks, JenisPsks)


@dataclass(frozen=True, slots=True)
class DaftarJenis(Referensi[JenisT]):
    """An ordered list of PPKS or PSKS kinds, found by number or by any of their names."""

    def by_nomor(self, nomor: int) -> JenisT | None:
        return next((item for item in self.items if item.nomor == nomor), None)

    def find(self, nama: str) -> JenisT | None:
        """The kind whose name, abbreviation or alias equals ``nama`` (case/punctuation-blind)."""
        key = name_key(nama)
        return next(
            (item for item in self.items if key in {name_key(n) for n in item.names()}), None
        )


# --- SPM -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpmMutuItem:
    """A mutu (quality) item of a jenis pelayanan dasar, with its counting unit."""

    nomor: int
    nama: str
    satuan: str
    sub_kegiatan: Kode | None = None


@dataclass(frozen=True, slots=True)
class SpmJenisLayanan:
    """A jenis pelayanan dasar of SPM Bidang Sosial for one tingkat."""

    tingkat: Tingkat
    nomor: int
    nama: str
    indikator: str
    mutu_items: tuple[SpmMutuItem, ...]
    kegiatan: Kode | None = None
    catatan: str = ""


@dataclass(frozen=True, slots=True)
class SpmSosial(Referensi[SpmJenisLayanan]):
    """SPM Bidang Sosial: the services per tingkat and the weights of the index."""

    bobot_penerima: Decimal = Decimal(80)
    bobot_mutu: Decimal = Decimal(20)

    def jenis_layanan(self, tingkat: Tingkat) -> tuple[SpmJenisLayanan, ...]:
        return tuple(item for item in self.items if item.tingkat is tingkat)


# --- predicate scales ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Band:
    """One band of a scale; ``None`` limits are open (no lower / no upper limit)."""

    label: str
    min: Decimal | None
    max: Decimal | None
    min_inclusive: bool = True
    max_inclusive: bool = True
    keterangan: str = ""

    def contains(self, value: Decimal) -> bool:
        if self.min is not None and (
            value < self.min or (value == self.min and not self.min_inclusive)
        ):
            return False
        return not (
            self.max is not None
            and (value > self.max or (value == self.max and not self.max_inclusive))
        )


@dataclass(frozen=True, slots=True)
class Scale:
    """A dated predicate scale (kinerja rating, SAKIP grade, SPM index category)."""

    kode: str
    nama: str
    dasar_hukum: tuple[DasarHukum, ...]
    berlaku_mulai: int
    bands: tuple[Band, ...]
    verifikasi_perlu: bool = False
    catatan: str = ""

    def classify(self, value: Decimal) -> Band | None:
        """The band holding ``value``, or ``None`` when the scale does not cover it."""
        return next((band for band in self.bands if band.contains(value)), None)


@dataclass(frozen=True, slots=True)
class DaftarSkala:
    """All scales, of several regulations and years."""

    scales: tuple[Scale, ...]

    def get(self, kode: str, tahun: int | None = None) -> Scale | None:
        """The scale ``kode`` in force in ``tahun`` (the latest one when ``tahun`` is None)."""
        candidates = [
            s for s in self.scales if s.kode == kode and (tahun is None or s.berlaku_mulai <= tahun)
        ]
        return max(candidates, key=lambda s: s.berlaku_mulai, default=None)

    def __iter__(self) -> Iterator[Scale]:
        return iter(self.scales)


# --- wilayah -------------------------------------------------------------------------------


class LevelWilayah(StrEnum):
    """Level in the Kemendagri hierarchy. Whether a kab/kota is a kota, or a desa-level
    area a kelurahan, follows from its code (``Wilayah.jenis``)."""

    PROVINSI = "provinsi"
    KABKOTA = "kabkota"
    KECAMATAN = "kecamatan"
    DESA = "desa"


@dataclass(frozen=True, slots=True)
class Wilayah:
    """A Kemendagri administrative area: ``76`` provinsi, ``76.02`` kabupaten, ``76.02.01`` …"""

    kode: str
    nama: str
    level: LevelWilayah
    parent: str | None = None

    @property
    def jenis(self) -> str:
        """Provinsi, Kabupaten, Kota, Kecamatan, Kelurahan or Desa, read from the code
        (Permendagri 58/2021: kota 71–99, kelurahan 1xxx, desa 2xxx, desa adat 3xxx)."""
        last = self.kode.rsplit(".", 1)[-1]
        if self.level is LevelWilayah.KABKOTA:
            return "Kota" if last >= "71" else "Kabupaten"
        if self.level is LevelWilayah.DESA:
            return "Kelurahan" if last.startswith("1") else "Desa"
        return self.level.value.capitalize()


@dataclass(frozen=True, slots=True)
class DaftarWilayah(Referensi[Wilayah]):
    """The wilayah list, looked up by code."""

    _index: Mapping[str, Wilayah] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index = {item.kode: item for item in self.items}
        if len(index) != len(self.items):
            raise ValueError("daftar wilayah: kode ganda")
        object.__setattr__(self, "_index", MappingProxyType(index))

    def get(self, kode: str) -> Wilayah | None:
        return self._index.get(kode)

    def children(self, kode: str) -> tuple[Wilayah, ...]:
        return tuple(item for item in self.items if item.parent == kode)
