"""The values an audit produces: findings, the detected document context, the report.

A ``Finding`` says what is wrong in the words a verifier uses: which rule, how serious, in
which table (its title *as printed* and its label), on which source line, on which row (code
and name as printed), in which column, the value found, the value expected, and an Indonesian
message that says how to fix it. A problem seen in several places (the same code differing in
three tables, a whole column of raw quotients) is one finding whose ``also`` lists the other
places. Everything is plain frozen data so that writers (JSON, HTML, XLSX) and the web page
only lay it out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from renjana.core.kode import Tingkat
from renjana.core.problems import Severity
from renjana.core.renja import RenjaRowInput


@dataclass(frozen=True, slots=True)
class Place:
    """Another place where the same problem shows: a table (label, title), a line, a code."""

    table_label: str = ""
    table: str = ""
    line: int | None = None
    kode: str = ""
    found: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of the document. ``line`` is the 1-based line (text), row (sheet) or
    paragraph ordinal (DOCX) where it is; ``table`` is empty for narrative findings, which
    carry the heading of their ``section`` instead."""

    rule: str
    severity: Severity
    message: str
    table: str = ""
    table_label: str = ""
    line: int | None = None
    kode: str = ""
    nama: str = ""
    column: str = ""
    found: str = ""
    expected: str = ""
    section: str = ""
    also: tuple[Place, ...] = ()

    @property
    def where(self) -> str:
        """``Tabel 7, baris 837, 1.06.04.2.01``: a short place for lists and logs."""
        parts = [self.table_label or self.table[:60] or self.section[:60]]
        if self.line is not None:
            parts.append(f"baris {self.line}")
        if self.kode:
            parts.append(self.kode)
        if self.column:
            parts.append(f"kolom {self.column}")
        return ", ".join(p for p in parts if p)

    @property
    def codes(self) -> tuple[str, ...]:
        """The row code and the codes of the other places (for tests and filters)."""
        return tuple(c for c in (self.kode, *(p.kode for p in self.also)) if c)

    @property
    def table_labels(self) -> tuple[str, ...]:
        return tuple(t for t in (self.table_label, *(p.table_label for p in self.also)) if t)


class JenisDokumen:
    """What the document is; plain strings so that the JSON stays readable."""

    RENJA = "renja"
    RKT = "rkt"
    LAINNYA = "lainnya"


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the audit read from the document itself (or was told): the plan year *n*, the
    tingkat of the office, the stage words, the coding. ``*_dari`` says where each came
    from (``judul``, ``kode``, ``opsi`` …) so a reader can judge it."""

    source: str = ""
    jenis: str = JenisDokumen.LAINNYA
    judul: str = ""
    tahun: int | None = None
    tahun_dari: str = ""
    tingkat: Tingkat | None = None
    tingkat_dari: str = ""
    pemda: str = ""
    perangkat_daerah: str = ""
    urusan: tuple[str, ...] = ()
    tahap: tuple[str, ...] = ()
    kode_lama: bool = False


@dataclass(frozen=True, slots=True)
class TableSummary:
    """A table the audit found: label and title as printed, its kind and its extent."""

    label: str
    title: str
    kind: str
    kind_label: str
    line: int
    end_line: int
    rows: int
    findings: int = 0


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The whole audit: what the document is, which tables it has, and every finding in
    document order (table findings by line; document-wide ones first). ``rencana`` holds the
    rows of the document's main Renja table (printed parent totals dropped), the draft a
    verifier can turn into an office's Renja after review; ``rencana_tabel`` names it."""

    meta: DocumentMeta
    tables: tuple[TableSummary, ...]
    findings: tuple[Finding, ...]
    rencana: tuple[RenjaRowInput, ...] = ()
    rencana_tabel: str = ""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def count_by_severity(self) -> Mapping[str, int]:
        counts = Counter(f.severity.value for f in self.findings)
        return MappingProxyType({s.value: counts.get(s.value, 0) for s in Severity})

    def count_by_rule(self) -> Mapping[str, int]:
        return MappingProxyType(dict(sorted(Counter(f.rule for f in self.findings).items())))

    def by_rule(self, rule: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.rule == rule)
