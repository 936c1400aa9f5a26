"""The register of planning rules: one stable code, one severity, one source per rule.

Every check builds its problems through ``problem()``, which takes the severity from this
register, so a rule can never be an error in one place and a warning in another, and the
Pemeriksaan panel, the CLI and ``docs/checks.md`` all read the same table. ERROR blocks
submission of the Renja; WARNING and INFO do not (see ``blocks_submission``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

from renjana.core.problems import Location, Problem, Severity
from renjana.core.tree import DUPLICATE_KEY, ORPHAN_ROW

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 - short table aliases


@dataclass(frozen=True, slots=True)
class Aturan:
    """A rule: its code, how serious a violation is, the domain.md item it implements and a
    short Indonesian title for the panel legend."""

    code: str
    severity: Severity
    rujukan: str
    judul: str


ATURAN: tuple[Aturan, ...] = (
    # completeness (§7 rule 8)
    Aturan("INDIKATOR_KOSONG", E, "§7.8", "Baris tanpa indikator kinerja"),
    Aturan("TARGET_KOSONG", E, "§7.8", "Indikator tanpa target tahun n"),
    Aturan("LOKASI_KOSONG", E, "§7.8", "Sub kegiatan tanpa lokasi"),
    Aturan("TARGET_N1_KOSONG", W, "§7.8", "Pagu n+1 ada tetapi target n+1 kosong"),
    # funding vs targets (§7 rule 8)
    Aturan("PAGU_TANPA_TARGET", E, "§7.8", "Baris berpagu dengan target 0"),
    Aturan("TARGET_TANPA_PAGU", E, "§7.8", "Baris bertarget tanpa pagu"),
    Aturan("TARGET_NOL_TANPA_PAGU", W, "§7.8", "Baris kosong: target 0 dan tanpa pagu"),
    # units (§7 rule 9)
    Aturan("SATUAN_TIDAK_SESUAI_INDIKATOR", W, "§7.9", "Satuan target tidak sesuai indikator"),
    Aturan("SATUAN_KOSONG", W, "§7.9", "Target angka tanpa satuan"),
    Aturan("SATUAN_TARGET_N1_BEDA", W, "§7.9", "Satuan target n+1 berbeda dengan target n"),
    Aturan("SATUAN_BEDA_NOMENKLATUR", W, "§7.9, §3.4", "Satuan berbeda dengan nomenklatur"),
    # codes (§7 rule 6)
    Aturan("KODE_TIDAK_SAH", E, "§7.6", "Kode tidak dapat dibaca"),
    Aturan("KODE_TIDAK_BAKU", W, "§7.6", "Kode tidak ditulis dalam bentuk baku"),
    Aturan("TINGKAT_KODE_SALAH", E, "§7.6, §1.3", "Digit tingkat kode tidak sesuai pemda"),
    Aturan("TINGKAT_NAMA_SALAH", W, "§7.6, §1.3", "Nama menyebut tingkat pemerintahan lain"),
    Aturan("URUSAN_BUKAN_KEWENANGAN", E, "§7.6, §3.3", "Bidang urusan bukan urusan kantor"),
    # code ↔ official name (§7 rule 6)
    Aturan("KODE_TIDAK_ADA_DI_NOMENKLATUR", E, "§7.6, §3.4", "Kode tidak ada di nomenklatur"),
    Aturan("NAMA_BEDA_NOMENKLATUR", E, "§7.6, §3.4", "Nama berbeda dengan nomenklatur"),
    Aturan("NAMA_EJAAN_BEDA", W, "§7.6, §3.4", "Ejaan nama berbeda dengan nomenklatur"),
    Aturan("NOMENKLATUR_TIDAK_MENCAKUP", I, "§7.6", "Bidang urusan di luar nomenklatur"),
    # sumber dana (§7 rules 8 and 12, §4.5)
    Aturan("SUMBER_DANA_KOSONG", E, "§7.8", "Sub kegiatan berpagu tanpa sumber dana"),
    Aturan("SUMBER_DANA_BUKAN_APBD", E, "§7.12", "Sumber dana bukan pendapatan APBD"),
    Aturan("SUMBER_DANA_TIDAK_DIKENAL", W, "§7.12, §4.5", "Sumber dana tidak dikenal"),
    Aturan("SUMBER_DANA_JUMLAH_KOSONG", E, "§7.8", "Jumlah per sumber dana tidak diisi"),
    Aturan("SUMBER_DANA_TIDAK_SAMA_PAGU", E, "§7.8", "Jumlah sumber dana ≠ pagu"),
    # hierarchy and roll-up (§7 rules 1 and 6, §2.O)
    Aturan(DUPLICATE_KEY, E, "§7.6", "Kode ganda"),
    Aturan(ORPHAN_ROW, W, "§2.O", "Baris tanpa baris induk"),
    Aturan("INDUK_TANPA_ANAK", E, "§2.O", "Program/kegiatan tanpa baris di bawahnya"),
    Aturan("JUMLAH_INDUK_BEDA", W, "§7.1", "Pagu induk ≠ jumlah baris di bawahnya"),
    # RKPD ceilings (issue: pagu indikatif perangkat daerah)
    Aturan("PLAFON_TERLAMPAUI", E, "isu: plafon", "Jumlah pagu melampaui plafon RKPD"),
    Aturan(
        "PLAFON_SUMBER_DANA_TERLAMPAUI", E, "isu: plafon", "Pagu per sumber dana melampaui plafon"
    ),
    Aturan("SUMBER_DANA_TANPA_PLAFON", W, "isu: plafon", "Pagu dari sumber dana tanpa plafon"),
    # Renstra consistency (issue: Renja terhadap Renstra)
    Aturan("RENSTRA_TIDAK_ADA", W, "isu: Renstra", "Baris Renja tidak ada di Renstra"),
    Aturan("INDIKATOR_TIDAK_ADA_DI_RENSTRA", W, "isu: Renstra", "Indikator tidak ada di Renstra"),
    Aturan("TARGET_BEDA_RENSTRA", W, "isu: Renstra", "Target tahun n berbeda dengan Renstra"),
    Aturan("RENSTRA_TANPA_RENJA", W, "isu: Renstra", "Baris Renstra bertarget tanpa baris Renja"),
)

#: Rule code → rule; read-only.
ATURAN_BY_CODE = MappingProxyType({aturan.code: aturan for aturan in ATURAN})

_RANK = MappingProxyType({Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2})


def problem(
    code: str, message: str, location: Location, *, found: str = "", expected: str = ""
) -> Problem:
    """A problem of a registered rule, with the rule's severity. An unknown code is a
    programming error (``KeyError``), never a user-data problem."""
    aturan = ATURAN_BY_CODE[code]
    return Problem(code, aturan.severity, message, location, found=found, expected=expected)


def severity_rank(severity: Severity) -> int:
    """0 for errors, 1 for warnings, 2 for notes: the order the panel lists them in."""
    return _RANK[severity]


def blocks_submission(problems: Iterable[Problem]) -> bool:
    """True when any problem is an error: the Renja cannot be submitted until it is fixed."""
    return any(p.severity is Severity.ERROR for p in problems)
