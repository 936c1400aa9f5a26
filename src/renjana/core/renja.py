"""Plain values describing a Renja as entered or imported, before it is stored.

Importers (Excel, documents, the sample offices) produce these; the planning service
stores them in one transaction. Keeping them in the core lets checks run on a plan that is
not in the database yet (an import preview, an audited document).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class TargetValue:
    """A target as a number with its unit, or qualitative text; both empty means missing."""

    nilai: Decimal | None = None
    teks: str = ""
    satuan: str = ""

    @property
    def is_missing(self) -> bool:
        return self.nilai is None and not self.teks


@dataclass(frozen=True, slots=True)
class IndikatorInput:
    uraian: str
    satuan: str = ""
    target: TargetValue = TargetValue()
    target_n1: TargetValue = TargetValue()
    polaritas: str = "naik"
    agregasi: str = "kumulatif"
    is_lokal: bool = False


@dataclass(frozen=True, slots=True)
class SumberDanaInput:
    """A funding source by SIPD code when known, else by the printed name."""

    kode: str | None
    nama: str
    jumlah: Decimal | None


@dataclass(frozen=True, slots=True)
class RenjaRowInput:
    kode: str
    nama: str
    indikator: tuple[IndikatorInput, ...] = ()
    pagu: Decimal | None = None
    pagu_n1: Decimal | None = None
    lokasi: tuple[str, ...] = ()
    sumber_dana: tuple[SumberDanaInput, ...] = ()
    prioritas_nasional: tuple[str, ...] = ()
    prioritas_daerah: tuple[str, ...] = ()
    kelompok_sasaran: str = ""
    waktu_pelaksanaan: str = ""
    catatan: str = ""
    unit_kerja: str = ""


@dataclass(frozen=True, slots=True)
class RenstraTahunInput:
    """Target and realisasi of a Renstra indicator for one year (``kumulatif``: "s/d tahun")."""

    tahun: int
    target: TargetValue = TargetValue()
    realisasi: TargetValue = TargetValue()
    realisasi_kumulatif: bool = False


@dataclass(frozen=True, slots=True)
class RenstraIndikatorInput:
    uraian: str
    satuan: str = ""
    tahunan: tuple[RenstraTahunInput, ...] = ()


@dataclass(frozen=True, slots=True)
class RenstraRowInput:
    kode: str
    nama: str
    indikator: tuple[RenstraIndikatorInput, ...] = ()
