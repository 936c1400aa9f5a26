"""Staff tables of an office (RKT BAB I, domain.md §2.N): counts by pendidikan and by golongan.

Only the counts per row are inputs (laki-laki, perempuan). Every JUMLAH is computed here:
JUMLAH = L + P per row, the JUMLAH row = the column sums, golongan subtotals = Σ ruang rows,
TOTAL = Σ subtotals. Published tables get these wrong (seed 002: the P column of the PHL table
adds up to 36 but prints 35, S002-01; a golongan row prints 4 staff and a JUMLAH of 1,
S002-02); ``check_jumlah_baris`` and ``check_jumlah_kolom`` find such errors in a printed table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from renjana.core.idformat import format_number, has_fraction
from renjana.core.problems import Location, Problem, Severity

SDM_JUMLAH_TIDAK_SAH = "SDM_JUMLAH_TIDAK_SAH"
SDM_JUMLAH_BARIS = "SDM_JUMLAH_BARIS"
SDM_JUMLAH_KOLOM = "SDM_JUMLAH_KOLOM"
#: More staff than any office has; keeps a typing slip (an extra zero) out of the tables.
JUMLAH_PEGAWAI_MAKS = 100_000


class Jenjang(StrEnum):
    """Education levels as the SDM tables list them, highest first."""

    S3 = "s3"
    S2 = "s2"
    S1 = "s1"
    D3 = "d3"
    SLTA = "slta"
    SLTP = "sltp"
    SD = "sd"

    @property
    def label(self) -> str:
        return _JENJANG_LABEL[self]


_JENJANG_LABEL = MappingProxyType(
    {
        Jenjang.S3: "Doktor (S3)",
        Jenjang.S2: "Pascasarjana (S2)",
        Jenjang.S1: "Sarjana (S1)",
        Jenjang.D3: "Diploma III (D3)",
        Jenjang.SLTA: "SLTA/SMA/MA",
        Jenjang.SLTP: "SLTP/SMP",
        Jenjang.SD: "SD",
    }
)


class StatusPegawai(StrEnum):
    ASN = "asn"
    PHL = "phl"

    @property
    def label(self) -> str:
        return {"asn": "ASN", "phl": "PHL (Pegawai Harian Lepas)"}[self.value]


#: Golongan/ruang of civil servants, highest first, grouped by golongan IV … I.
GOLONGAN: tuple[str, ...] = (
    "IV/e", "IV/d", "IV/c", "IV/b", "IV/a",
    "III/d", "III/c", "III/b", "III/a",
    "II/d", "II/c", "II/b", "II/a",
    "I/d", "I/c", "I/b", "I/a",
)  # fmt: skip
KELOMPOK_GOLONGAN: tuple[str, ...] = ("IV", "III", "II", "I")


def kelompok_golongan(golongan: str) -> str:
    """``III/b`` → ``III``."""
    if golongan not in GOLONGAN:
        raise ValueError(f"golongan tidak dikenal: {golongan!r}")
    return golongan.split("/")[0]


@dataclass(frozen=True, slots=True)
class BarisSdm:
    """One row: a label and the counts of men and women; ``jumlah`` is always their sum."""

    label: str
    laki_laki: int = 0
    perempuan: int = 0

    @property
    def jumlah(self) -> int:
        return self.laki_laki + self.perempuan


def _sum(label: str, rows: Sequence[BarisSdm]) -> BarisSdm:
    return BarisSdm(label, sum(r.laki_laki for r in rows), sum(r.perempuan for r in rows))


@dataclass(frozen=True, slots=True)
class TabelPendidikan:
    """Tabel 1.2/1.3: one row per jenjang in order, and the JUMLAH row (column sums)."""

    status: StatusPegawai
    baris: tuple[BarisSdm, ...]
    jumlah: BarisSdm


def tabel_pendidikan(
    status: StatusPegawai, counts: Mapping[Jenjang, tuple[int, int]]
) -> TabelPendidikan:
    """The table of ``status`` from ``(laki_laki, perempuan)`` per jenjang; a missing
    jenjang is a row of zeros (every jenjang is printed)."""
    rows = tuple(BarisSdm(j.label, *counts.get(j, (0, 0))) for j in Jenjang)
    return TabelPendidikan(status, rows, _sum("JUMLAH", rows))


@dataclass(frozen=True, slots=True)
class KelompokGolongan:
    """Golongan IV (or III, II, I): its ruang rows and their subtotal."""

    golongan: str
    baris: tuple[BarisSdm, ...]
    subtotal: BarisSdm


@dataclass(frozen=True, slots=True)
class TabelGolongan:
    """Tabel 1.4: ruang rows grouped by golongan with subtotals, and the TOTAL row."""

    kelompok: tuple[KelompokGolongan, ...]
    total: BarisSdm


def tabel_golongan(counts: Mapping[str, tuple[int, int]]) -> TabelGolongan:
    """The golongan table from ``(laki_laki, perempuan)`` per golongan/ruang."""
    unknown = set(counts) - set(GOLONGAN)
    if unknown:
        raise ValueError(f"golongan tidak dikenal: {sorted(unknown)}")
    groups = []
    for kelompok in KELOMPOK_GOLONGAN:
        rows = tuple(
            BarisSdm(g, *counts.get(g, (0, 0)))
            for g in GOLONGAN
            if kelompok_golongan(g) == kelompok
        )
        groups.append(KelompokGolongan(kelompok, rows, _sum(f"Golongan {kelompok}", rows)))
    return TabelGolongan(tuple(groups), _sum("TOTAL", [g.subtotal for g in groups]))


# --- checks ------------------------------------------------------------------------------------


def check_jumlah_pegawai(value: Decimal | int, subject: str, where: Location) -> list[Problem]:
    """A staff count must be a whole, non-negative number of people (not absurdly large);
    the message starts with ``subject`` (what is counted, e.g. "ASN Sarjana (S1), perempuan")."""
    number = Decimal(value)
    if number < 0 or has_fraction(number):
        why = "tidak boleh negatif" if number < 0 else "harus bilangan bulat (jumlah orang)"
        return [
            Problem(
                SDM_JUMLAH_TIDAK_SAH,
                Severity.ERROR,
                f"{subject}: {format_number(number)} tidak sah; jumlah pegawai {why}.",
                where,
                found=str(value),
            )
        ]
    if number > JUMLAH_PEGAWAI_MAKS:
        return [
            Problem(
                SDM_JUMLAH_TIDAK_SAH,
                Severity.ERROR,
                f"{subject}: {format_number(number)} orang terlalu besar untuk satu perangkat "
                "daerah; periksa angkanya.",
                where,
                found=str(value),
            )
        ]
    return []


def check_jumlah_baris(
    label: str, bagian: Sequence[int | None], jumlah: int | None, where: Location | None = None
) -> list[Problem]:
    """A printed row's JUMLAH must equal the sum of its parts (a dash, None, counts as 0)."""
    expected = sum(v or 0 for v in bagian)
    if (jumlah or 0) == expected:
        return []
    return [
        Problem(
            SDM_JUMLAH_BARIS,
            Severity.ERROR,
            f"Baris {label}: JUMLAH tercetak {jumlah or 0}, padahal jumlah rinciannya "
            f"{' + '.join(str(v or 0) for v in bagian)} = {expected}.",
            where or Location(row=None, column="JUMLAH"),
            found=str(jumlah or 0),
            expected=str(expected),
        )
    ]


def check_jumlah_kolom(
    kolom: str, nilai: Sequence[int | None], total: int | None, where: Location | None = None
) -> list[Problem]:
    """A printed total row must equal the sum of the column above it."""
    expected = sum(v or 0 for v in nilai)
    if (total or 0) == expected:
        return []
    return [
        Problem(
            SDM_JUMLAH_KOLOM,
            Severity.ERROR,
            f"Kolom {kolom}: baris JUMLAH tercetak {total or 0}, padahal jumlah kolomnya "
            f"{expected}.",
            where or Location(column=kolom),
            found=str(total or 0),
            expected=str(expected),
        )
    ]
