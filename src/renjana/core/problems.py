"""Problems are data: what is wrong, where, how bad, and how to fix it, in Indonesian.

Every check, parser and importer reports user-data issues as ``Problem`` values instead of
raising, so that one pass over a document or a plan lists every issue at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How serious a problem is; errors block submission, warnings do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"error": "Kesalahan", "warning": "Peringatan", "info": "Catatan"}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a problem is: in a plan (office / code / indicator / triwulan) or in a file."""

    opd: str = ""
    kode: str = ""
    indikator: str = ""
    triwulan: int | None = None
    file: str = ""
    sheet: str = ""
    table: str = ""
    row: int | None = None
    column: str = ""
    field: str = ""

    def describe(self) -> str:
        """A short Indonesian description of the place, e.g. ``baris 12, kolom Pagu``."""
        parts: list[str] = []
        if self.file:
            parts.append(f"berkas {self.file}")
        if self.sheet:
            parts.append(f"lembar {self.sheet}")
        if self.table:
            parts.append(self.table)
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column:
            parts.append(f"kolom {self.column}")
        if self.opd:
            parts.append(self.opd)
        if self.kode:
            parts.append(f"kode {self.kode}")
        if self.indikator:
            parts.append(f"indikator {self.indikator!r}")
        if self.triwulan is not None:
            parts.append(f"triwulan {self.triwulan}")
        if self.field:
            parts.append(f"isian {self.field}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. ``code`` is a stable rule id (e.g. ``ANGKA_AMBIGU``) used by tests and docs."""

    code: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)
    found: str = ""
    expected: str = ""

    def __str__(self) -> str:
        where = self.location.describe()
        prefix = f"[{self.severity.label}] {self.code}"
        return f"{prefix} ({where}): {self.message}" if where else f"{prefix}: {self.message}"

    def at(self, **changes: object) -> Problem:
        """The same problem placed at a more precise location (fields of ``Location``)."""
        from dataclasses import replace

        return replace(self, location=replace(self.location, **changes))  # type: ignore[arg-type]
