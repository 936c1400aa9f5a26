"""The 17-column Renja table (§2.H) and T-C.33 (§2.G) read into ``core.renja.RenjaRowInput``.

Each urusan / bidang / program / kegiatan / sub kegiatan row becomes one ``RenjaRowInput``
with its indicators, targets (this year and the forward year), lokasi, sumber dana, priorities
and unit. Money is kept where the core wants it: on leaves only. What the document prints on
parent rows (a program's pagu, the office row "Dinas Sosial", ``J U M L A H``) is kept apart
as ``PrintedTotal`` so the audit can compare it with the core's roll-up instead of trusting
it. Nothing is checked here: a row whose code, number or unit cannot be read is still returned,
with the Problems saying which cell is wrong and where.

Indicators: a cell that prints several indicators with several targets (``70 Poin 66,50 Poin
85 Poin 80 Poin`` under four indicators) is split when the indicator text breaks into the same
number of parts (on lines, bullets, or before "Persentase/Jumlah/Nilai/Tingkat/…"); otherwise
the row keeps one indicator with the whole target text and a warning. Consecutive rows with the
same code (a spreadsheet that repeats a merged code for a second indicator), and code-less rows
holding only an indicator and a target, add indicators to the row above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.idformat import is_missing_text, parse_rupiah
from renjana.core.kode import Kode, Level, ParsedKode
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import ParsedQuantity, parse_quantity, split_targets
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.importers.document import Table
from renjana.importers.tables.align import LogicalRow, logical_rows
from renjana.importers.tables.hierarchy import (
    place,
    printed_kode,
    read_kode,
    unplaced_problems,
)
from renjana.importers.tables.kinds import Recognition, TableKind, recognize

#: Several targets in one cell, but the indicator text does not split into as many indicators.
TARGET_TIDAK_SEJAJAR = "TARGET_TIDAK_SEJAJAR"
#: A row with a name and values but no code: it cannot be placed in the nomenclature.
BARIS_TANPA_KODE = "BARIS_TANPA_KODE"

_STARTERS = re.compile(
    r"(?<=\S)\s+(?=(?:Persentase|Presentase|Prosentase|Jumlah|Nilai|Tingkat|Indeks|Rasio|"
    r"Cakupan|Angka|Rata-rata)\b)"
)
_LIST = re.compile(r"\s*(?:\n|•)\s*")


@dataclass(frozen=True, slots=True)
class PrintedTotal:
    """A total as printed on a parent row (level ``urusan`` … ``kegiatan``), the office row
    (``opd``) or the table total (``jumlah``)."""

    kode: str
    nama: str
    level: str
    pagu: Decimal | None
    pagu_n1: Decimal | None
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TabelRenja:
    """The rows of one Renja table, their source lines (parallel to ``rows``), the printed
    totals and every reading problem."""

    kind: TableKind
    rows: tuple[RenjaRowInput, ...]
    lines: tuple[tuple[int, ...], ...]
    totals: tuple[PrintedTotal, ...]
    problems: tuple[Problem, ...]

    def find(self, kode: str) -> RenjaRowInput | None:
        return next((r for r in self.rows if r.kode == kode), None)

    def sub_kegiatan(self) -> tuple[RenjaRowInput, ...]:
        """Rows whose code reads as a sub kegiatan code."""
        return tuple(r for r in self.rows if _level(r.kode) is Level.SUB_KEGIATAN)

    def total(self, level: str) -> PrintedTotal | None:
        """The first printed total of ``level`` (``jumlah``, ``opd``, ``program`` …)."""
        return next((t for t in self.totals if t.level == level), None)


def _level(kode: str) -> Level | None:
    try:
        return Kode.from_str(kode).level
    except ValueError:
        return None


_KINDS = (TableKind.RENJA_17, TableKind.TC33)


def extract_renja(
    table: Table, source: str = "", recognition: Recognition | None = None
) -> TabelRenja:
    """Read a 17-column Renja table or a T-C.33 table (``ValueError`` for other kinds: a
    programming slip, the caller recognises first)."""
    found = recognition or recognize(table)
    if found.kind not in _KINDS:
        raise ValueError(f"{table.name} bukan tabel Renja 17 kolom atau T-C.33 ({found.kind})")
    reader = _Reader(table, source)
    for row in logical_rows(table, found.columns):
        reader.read(row)
    return reader.result(found.kind)


class _Reader:
    """State while reading one table (rows in order; codes need the bidang above them)."""

    def __init__(self, table: Table, source: str) -> None:
        self.table, self.source = table, source
        self.konteks: Kode | None = None
        self.entries: list[tuple[RenjaRowInput, ParsedKode | None, LogicalRow]] = []
        self.totals: list[PrintedTotal] = []
        self.problems: list[Problem] = []

    def read(self, row: LogicalRow) -> None:
        self.problems.extend(unplaced_problems(self.table, self.source, row))
        if row.is_total:
            self.totals.append(self._total(row, "", "jumlah"))
            return
        if not row.kode_cells or not any(c.strip() for c in row.kode_cells):
            self._without_code(row)
            return
        parsed = read_kode(row, self.konteks)
        self.problems.extend(place(parsed.problems, self.table, self.source, row, "Kode"))
        if parsed.kode is not None and parsed.kode.bidang is not None:
            self.konteks = parsed.kode
        kode = printed_kode(parsed)
        if self.entries and self.entries[-1][0].kode == kode:
            name = _text(row.get("nama"))
            if not name or name == self.entries[-1][0].nama:
                self._more_indicators(row)
                return
        self.entries.append((self._row(kode, row), parsed, row))

    def _without_code(self, row: LogicalRow) -> None:
        if not self.entries and row.get("nama"):
            self.totals.append(self._total(row, "", "opd"))
        elif self.entries and not row.get("nama") and (row.get("indikator") or row.get("target")):
            self._more_indicators(row)
        elif row.get("nama"):
            self.problems.append(
                Problem(
                    BARIS_TANPA_KODE,
                    Severity.WARNING,
                    f"Baris '{row.get('nama')[:80]}' tidak berkode, sehingga tidak dapat "
                    "ditempatkan dalam nomenklatur. Tuliskan kodenya (mis. 1.06.04.2.01.0001).",
                    Location(file=self.source, table=self.table.name, row=row.line),
                    found=row.get("nama"),
                )
            )
            self.entries.append((self._row("", row), None, row))

    def _more_indicators(self, row: LogicalRow) -> None:
        previous, parsed, first = self.entries[-1]
        extra = self._indicators(row)
        merged = replace(previous, indikator=(*previous.indikator, *extra))
        self.entries[-1] = (merged, parsed, replace(first, lines=(*first.lines, *row.lines)))

    def _row(self, kode: str, row: LogicalRow) -> RenjaRowInput:
        pagu, pagu_n1 = self._money(row, "pagu"), self._money(row, "pagu_n1")
        sumber = _text(row.get("sumber_dana"))
        return RenjaRowInput(
            kode=kode,
            nama=_text(row.get("nama")),
            indikator=self._indicators(row),
            pagu=pagu,
            pagu_n1=pagu_n1,
            lokasi=(_text(row.get("lokasi")),) if _text(row.get("lokasi")) else (),
            sumber_dana=(SumberDanaInput(None, sumber, pagu),) if sumber else (),
            prioritas_nasional=_many(row.get("prioritas_nasional")),
            prioritas_daerah=_many(row.get("prioritas_daerah")),
            kelompok_sasaran=_text(row.get("kelompok_sasaran")),
            catatan=_text(row.get("catatan")),
            unit_kerja=_text(row.get("penanggung_jawab")),
        )

    def _money(self, row: LogicalRow, column: str) -> Decimal | None:
        parsed = parse_rupiah(row.get(column))
        self.problems.extend(place(parsed.problems, self.table, self.source, row, column))
        return parsed.value

    def _indicators(self, row: LogicalRow) -> tuple[IndikatorInput, ...]:
        text, target, target_n1 = row.get("indikator"), row.get("target"), row.get("target_n1")
        if not text.strip() and _missing(target) and _missing(target_n1):
            return ()
        count = len(split_targets(target, 1)) if not _missing(target) else 1
        parts = _split_indicators(text, count)
        if count > 1 and len(parts) == count:
            now = split_targets(target, count)
            later = split_targets(target_n1, count)
            for found in (*now, *later):
                self._quantity_problems(found, row)
            return tuple(
                IndikatorInput(part, a.quantity.satuan, _target(a), _target(b))
                for part, a, b in zip(parts, now, later, strict=True)
            )
        now_one, later_one = parse_quantity(target), parse_quantity(target_n1)
        for found in (now_one, later_one):
            self._quantity_problems(found, row)
        if count > 1:
            self.problems.append(self._misaligned(row, target, count))
        return (
            IndikatorInput(
                _text(text), now_one.quantity.satuan, _target(now_one), _target(later_one)
            ),
        )

    def _quantity_problems(self, found: ParsedQuantity, row: LogicalRow) -> None:
        kept = [p for p in found.problems if p.code != "TARGET_GANDA"]
        self.problems.extend(place(kept, self.table, self.source, row, "Target"))

    def _misaligned(self, row: LogicalRow, target: str, count: int) -> Problem:
        return Problem(
            TARGET_TIDAK_SEJAJAR,
            Severity.WARNING,
            f"Sel target '{target}' memuat {count} target, tetapi teks indikatornya tidak dapat "
            f"dipisah menjadi {count} indikator; target disimpan sebagai teks. Tulis satu "
            "indikator per baris beserta targetnya.",
            Location(file=self.source, table=self.table.name, row=row.line, column="Target"),
            found=target,
        )

    def _total(self, row: LogicalRow, kode: str, level: str) -> PrintedTotal:
        return PrintedTotal(
            kode,
            _text(row.get("nama")),
            level,
            self._money(row, "pagu"),
            self._money(row, "pagu_n1"),
            row.lines,
        )

    def result(self, kind: TableKind) -> TabelRenja:
        codes = [(p.kode if p is not None else None) for _, p, _ in self.entries]
        rows: list[RenjaRowInput] = []
        lines: list[tuple[int, ...]] = []
        totals = list(self.totals)
        for index, (entry, parsed, row) in enumerate(self.entries):
            kode = parsed.kode if parsed is not None else None
            if kode is not None and any(
                c is not None and c.is_descendant_of(kode) for c in codes[index + 1 :]
            ):
                level = kode.level.value
                totals.append(
                    PrintedTotal(
                        entry.kode, entry.nama, level, entry.pagu, entry.pagu_n1, row.lines
                    )
                )
                sumber = tuple(replace(s, jumlah=None) for s in entry.sumber_dana)
                entry = replace(entry, pagu=None, pagu_n1=None, sumber_dana=sumber)
            rows.append(entry)
            lines.append(row.lines)
        totals.sort(key=lambda t: t.lines)
        return TabelRenja(kind, tuple(rows), tuple(lines), tuple(totals), tuple(self.problems))


def _missing(text: str) -> bool:
    return is_missing_text(text)


def _text(text: str) -> str:
    return "" if is_missing_text(text) else " ".join(text.split())


def _many(text: str) -> tuple[str, ...]:
    value = _text(text)
    return (value,) if value else ()


def _target(found: ParsedQuantity) -> TargetValue:
    q = found.quantity
    if q.nilai is None and not q.teks:
        several = any(p.code == "TARGET_GANDA" for p in found.problems)
        return TargetValue(teks=" ".join(found.raw.split())) if several else TargetValue()
    return TargetValue(q.nilai, q.teks, q.satuan)


def _split_indicators(text: str, count: int) -> list[str]:
    """The indicator text cut into ``count`` indicators, or kept whole when it does not cut."""
    clean = text.strip()
    if count <= 1 or not clean:
        return [" ".join(clean.split())]
    for pattern in (_LIST, _STARTERS):
        parts = [" ".join(p.split()) for p in pattern.split(clean) if p.strip(" •-")]
        if len(parts) == count:
            return [p.lstrip("•- ").strip() for p in parts]
    return [" ".join(clean.split())]
