"""What a Renja is checked against: the plan year, the office and the reference values in force.

The checks are pure functions of the rows and this context. The caller (a selector, the CLI,
an import preview) gathers the context from the database or the packaged reference data; a
missing optional value means "not known here" and switches its rules off instead of guessing,
so a preview without a Renstra or an RKPD ceiling still gets every other check.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from renjana.core.kode import Kode, Level, Tingkat
from renjana.core.referensi import DaftarSumberDana, Nomenklatur
from renjana.core.renja import RenstraRowInput


@dataclass(frozen=True, slots=True)
class PlafonSumberDana:
    """The RKPD ceiling of the office for one sumber dana (SIPD code, or a group such as
    ``1.2`` Pendapatan Transfer, which then covers every code below it)."""

    kode: str
    jumlah: Decimal
    nama: str = ""


@dataclass(frozen=True, slots=True)
class PlanContext:
    """The office and year a Renja belongs to, and what it must agree with.

    ``urusan`` lists the bidang urusan the office carries out (``("1.06", "2.13")`` for a
    merged DinsosPM); empty means not known. ``plafon`` is the office's pagu indikatif for
    year ``tahun`` from the RKPD, in total; ``plafon_sumber_dana`` per funding source.
    ``renstra`` None means no Renstra is known (its rules are skipped); an empty tuple is a
    Renstra without rows, in which every Renja program and kegiatan is missing.
    """

    tahun: int
    tingkat: Tingkat
    urusan: tuple[str, ...] = ()
    opd: str = ""
    nomenklatur: Nomenklatur | None = None
    sumber_dana: DaftarSumberDana | None = None
    plafon: Decimal | None = None
    plafon_sumber_dana: tuple[PlafonSumberDana, ...] = ()
    renstra: tuple[RenstraRowInput, ...] | None = None

    def __post_init__(self) -> None:
        for kode in self.urusan:
            if Kode.from_str(kode).level not in (Level.URUSAN, Level.BIDANG):
                raise ValueError(f"urusan kantor harus kode urusan/bidang, bukan {kode!r}")

    @property
    def urusan_kode(self) -> tuple[Kode, ...]:
        return tuple(Kode.from_str(kode) for kode in self.urusan)
