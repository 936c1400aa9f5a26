"""A Renja spreadsheet (the template, or a SIPD-style export) read into ``RenjaRowInput`` rows.

The row rules shared with the Renstra are in ``plan_rows``. Specific to a Renja:

* Indicators: the first indicator in ``Indikator``/``Satuan``/``Target``/``Target N+1``; more
  as repeated rows (same code, or empty code and name) or numbered columns (``Indikator 2``,
  ``Target 2``, …). A SIPD cell listing several bulleted indicators is split when its target
  cell holds as many targets (``70 Poin 66,50 Poin``); a different count is an error.
* A continuation row may repeat the pagu, lokasi and sumber dana of its row, never change them.
* Pagu belongs to leaves: a pagu printed on a program or kegiatan that has rows below it is
  dropped with a warning (ADR 0001) saying whether it matched the sum of its sub kegiatan.
* Sumber dana: names or SIPD codes separated by ``;``, each optionally ``= jumlah``; a name
  is given its SIPD code when the list knows it under exactly that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from renjana.core.idformat import format_money, format_number, parse_rupiah
from renjana.core.kode import Kode, Tingkat
from renjana.core.numbers import ZERO
from renjana.core.problems import Problem, Severity
from renjana.core.quantity import split_targets
from renjana.core.referensi import DaftarSumberDana, Nomenklatur
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.importers.tabular.cells import RowReader
from renjana.importers.tabular.columns import Found
from renjana.importers.tabular.hierarchy import Entry, leaf_totals, parent_segments
from renjana.importers.tabular.locate import data_rows, locate, no_data
from renjana.importers.tabular.plan_rows import Draft, PlanReader, gc_paused
from renjana.importers.tabular.renja_columns import (
    AGREGASI_PILIHAN,
    POLARITAS_PILIHAN,
    renja_kolom,
)
from renjana.importers.tabular.result import SAMPLE_ROWS, Bacaan, Progress, problem
from renjana.importers.tabular.workbook import Workbook

BARIS_LANJUTAN_BERBEDA = "BARIS_LANJUTAN_BERBEDA"
INDIKATOR_KOSONG = "INDIKATOR_KOSONG"
JUMLAH_TARGET_TIDAK_SESUAI = "JUMLAH_TARGET_TIDAK_SESUAI"
PAGU_INDUK_DIABAIKAN = "PAGU_INDUK_DIABAIKAN"

SHEET = "Renja"
LABEL = "Renja"

_BULLET = re.compile(r"^\s*(?:[•\-–*·▪]|\d{1,2}[.)]|[a-z][.)])\s*")
_KODE_SUMBER = re.compile(r"^(\d+(?:\.\d+){1,5})\s*[-–:]?\s*(.*)$")
_VALUE_KEYS = ("pagu", "pagu_n1", "lokasi", "sumber_dana")
_INDICATOR_KEYS = ("indikator", "target", "target_n1")


@dataclass(slots=True)
class _Renja:
    row: RenjaRowInput
    indikator: list[IndikatorInput] = field(default_factory=list)


def read_renja(
    workbook: Workbook,
    *,
    tahun: int,
    tingkat: Tingkat,
    nomenklatur: Nomenklatur | None = None,
    sumber_dana: DaftarSumberDana | None = None,
    progress: Progress | None = None,
) -> Bacaan[RenjaRowInput]:
    """The Renja rows of ``workbook`` for year ``tahun`` of an office at ``tingkat``."""
    located, problems = locate(workbook, renja_kolom(tahun), SHEET, LABEL)
    if located is None:
        return Bacaan((), (), tuple(problems), file=workbook.file)
    reader = _RenjaReader(workbook.file, tingkat, nomenklatur, sumber_dana)
    with gc_paused():
        for row in data_rows(workbook, located, progress, "Membaca baris Renja"):
            reader.read(row)
        rows, numbers = reader.result()
    found = reader.problems
    if not rows and not found:
        found.append(no_data(workbook, located, LABEL))
    return Bacaan(rows, numbers, tuple(found), workbook.file, located.sheet.name, reader.skipped)


class _RenjaReader(PlanReader[_Renja]):
    def __init__(
        self,
        file: str,
        tingkat: Tingkat,
        nomenklatur: Nomenklatur | None,
        sumber_dana: DaftarSumberDana | None,
    ) -> None:
        super().__init__(file, tingkat, nomenklatur)
        self.daftar = sumber_dana
        self._sumber_memo: dict[str, str | None] = {}

    def has_indicator(self, row: RowReader) -> bool:
        return any(not row.is_blank(k) for k in _INDICATOR_KEYS) or any(
            not _blank(row.value(f)) for cols in row.header.repeated.values() for f in cols.values()
        )

    def has_values(self, row: RowReader) -> bool:
        return any(not row.is_blank(k) for k in _VALUE_KEYS)

    def start(self, row: RowReader, kode: Kode) -> _Renja:
        data = RenjaRowInput(
            kode="",  # the draft holds the code (``_finished``)
            nama="",
            pagu=row.money("pagu"),
            pagu_n1=row.money("pagu_n1"),
            lokasi=row.items("lokasi"),
            sumber_dana=self._sumber_dana(row),
            prioritas_nasional=row.items("prioritas_nasional"),
            prioritas_daerah=row.items("prioritas_daerah"),
            kelompok_sasaran=row.text("kelompok_sasaran"),
            waktu_pelaksanaan=row.text("waktu_pelaksanaan")[:100],
            catatan=row.text("catatan"),
            unit_kerja=row.text("unit_kerja"),
        )
        return _Renja(data, self._indicators(row))

    def start_parent(self) -> _Renja:
        return _Renja(RenjaRowInput(kode="", nama=""))

    def extend(self, row: RowReader, draft: Draft[_Renja]) -> None:
        """Another indicator of the row above; its other values must be empty or the same."""
        before = draft.data.row
        for key, value in (("pagu", before.pagu), ("pagu_n1", before.pagu_n1)):
            if not row.is_blank(key) and (now := row.money(key)) is not None and now != value:
                self._different(row, draft, key)
        if not row.is_blank("lokasi") and row.items("lokasi") != before.lokasi:
            self._different(row, draft, "lokasi")
        if not row.is_blank("sumber_dana") and self._sumber_dana(row) != before.sumber_dana:
            self._different(row, draft, "sumber_dana")
        draft.data.indikator.extend(self._indicators(row))

    def _different(self, row: RowReader, draft: Draft[_Renja], key: str) -> None:
        row.add(
            BARIS_LANJUTAN_BERBEDA,
            f"Baris ini melanjutkan {draft.kode} (baris {draft.number}) dengan indikator lain, "
            "tetapi isinya berbeda dari baris tersebut. Kosongkan kolom ini di baris lanjutan, "
            "atau beri kode lain bila ini baris tersendiri.",
            row.header.get(key),
        )

    # --- indicators -----------------------------------------------------------------------

    def _indicators(self, row: RowReader) -> list[IndikatorInput]:
        header = row.header
        sets: list[tuple[Found | None, ...]] = [
            (header.get("indikator"), header.get("satuan"), header.get("target"),
             header.get("target_n1"))
        ]  # fmt: skip
        numbered = header.repeated
        for n in sorted(
            {n for key in ("indikator_ke", "target_ke") for n in numbered.get(key, {})}
        ):
            sets.append(
                tuple(numbered.get(key, {}).get(n) for key in
                      ("indikator_ke", "satuan_ke", "target_ke", "target_n1_ke"))
            )  # fmt: skip
        result: list[IndikatorInput] = []
        for columns in sets:
            result.extend(self._indicator_set(row, columns))
        if result and ("polaritas" in header or "agregasi" in header):
            polaritas = row.choice("polaritas", POLARITAS_PILIHAN, "naik")
            agregasi = row.choice("agregasi", AGREGASI_PILIHAN, "kumulatif")
            result = [replace(i, polaritas=polaritas, agregasi=agregasi) for i in result]
        return result

    def _indicator_set(
        self, row: RowReader, columns: tuple[Found | None, ...]
    ) -> list[IndikatorInput]:
        uraian_col, satuan_col, target_col, n1_col = columns
        uraian = row.text("", uraian_col) if uraian_col else ""
        satuan = row.text("", satuan_col) if satuan_col else ""
        target_raw, n1_raw = row.value(target_col), row.value(n1_col)
        if not uraian and _blank(target_raw) and _blank(n1_raw):
            return []
        count = len(split_targets(target_raw, 1)) if isinstance(target_raw, str) else 1
        if count > 1:
            lines = _bullets(str(row.value(uraian_col) or ""))
            if len(lines) == count:
                return self._several(row, columns, lines, satuan)
            row.add(
                JUMLAH_TARGET_TIDAK_SESUAI,
                f"Sel target memuat {count} target, tetapi sel indikator tidak memuat {count} "
                "indikator berbutir. Tulis satu indikator per baris beserta targetnya.",
                target_col,
            )
            return []
        target = row.target("", satuan, target_col)
        target_n1 = row.target("", satuan or target.satuan, n1_col)
        if not uraian:
            row.add(
                INDIKATOR_KOSONG,
                "Target diisi tetapi uraian indikatornya kosong. Tulis indikatornya.",
                uraian_col or target_col,
            )
        unit = satuan or target.satuan or target_n1.satuan
        return [IndikatorInput(uraian, unit, _plain(target), _plain(target_n1))]

    def _several(
        self, row: RowReader, columns: tuple[Found | None, ...], lines: list[str], satuan: str
    ) -> list[IndikatorInput]:
        _, _, target_col, n1_col = columns
        now = split_targets(str(row.value(target_col)), len(lines))
        n1_raw = row.value(n1_col)
        later = split_targets(n1_raw, len(lines)) if isinstance(n1_raw, str) else ()
        result = []
        for index, uraian in enumerate(lines):
            target = row.target("", satuan, target_col, value=now[index].raw)
            n1 = (
                row.target("", satuan, n1_col, value=later[index].raw)
                if len(later) == len(lines) and n1_raw
                else TargetValue()
            )
            unit = satuan or target.satuan or n1.satuan
            result.append(IndikatorInput(uraian, unit, _plain(target), _plain(n1)))
        return result

    # --- sumber dana ----------------------------------------------------------------------

    def _sumber_dana(self, row: RowReader) -> tuple[SumberDanaInput, ...]:
        result = []
        for item in row.items("sumber_dana"):
            text, _, amount = item.partition("=")
            jumlah = None
            if amount.strip():
                parsed = parse_rupiah(amount)
                row.place(list(parsed.problems), row.header.get("sumber_dana"))
                jumlah = parsed.value
            coded = _KODE_SUMBER.match(text.strip())
            kode, nama = (coded.group(1), coded.group(2).strip()) if coded else (None, text.strip())
            if kode is None:
                kode = self._kode_sumber(nama)
            elif not nama and self.daftar is not None and (known := self.daftar.get(kode)):
                nama = known.nama
            result.append(SumberDanaInput(kode, nama or (kode or ""), jumlah))
        return tuple(result)

    def _kode_sumber(self, nama: str) -> str | None:
        if self.daftar is None:
            return None
        if nama not in self._sumber_memo:
            found = self.daftar.find(nama)
            self._sumber_memo[nama] = found[0].kode if len(found) == 1 else None
        return self._sumber_memo[nama]

    # --- after the last row -----------------------------------------------------------------

    def result(self) -> tuple[tuple[RenjaRowInput, ...], tuple[int, ...]]:
        ordered = self.arranged()
        parents = parent_segments(e.kode for e in ordered)
        totals = leaf_totals(
            (e.kode, p)
            for e in ordered
            if e.kode.segmen not in parents and (p := e.row.data.row.pagu) is not None
        )
        rows = []
        for entry in ordered:
            row = _finished(entry)
            if entry.kode.segmen in parents and (row.pagu is not None or row.pagu_n1 is not None):
                self.problems.append(
                    self._parent_pagu(entry, row, totals.get(entry.kode.segmen, ZERO))
                )
                sumber = tuple(replace(s, jumlah=None) for s in row.sumber_dana)
                row = replace(row, pagu=None, pagu_n1=None, sumber_dana=sumber)
            rows.append(row)
        return tuple(rows), tuple(e.number for e in ordered)

    def _parent_pagu(
        self, entry: Entry[Draft[_Renja]], row: RenjaRowInput, total: Decimal
    ) -> Problem:
        printed = row.pagu
        verdict = ""
        if printed is not None:
            same = "sama dengan" if printed == total else "berbeda dengan"
            verdict = (
                f" Pagu tertulis {format_number(printed)} {same} jumlah sub kegiatan di bawahnya "
                f"({format_number(total)})."
            )
        return problem(
            PAGU_INDUK_DIABAIKAN,
            f"Pagu pada baris induk {entry.kode} diabaikan: pagu program dan kegiatan selalu "
            f"dihitung dari sub kegiatan.{verdict}",
            self.where(entry.number, entry.row.text),
            found=format_number(printed) if printed is not None else "",
            severity=Severity.WARNING,
        )


def count_levels(codes: Iterable[str]) -> dict[int, int]:
    """Rows per number of code segments (3 program, 5 kegiatan, 6 sub kegiatan)."""
    levels = {3: 0, 5: 0, 6: 0}
    for kode in codes:
        segments = kode.count(".") + 1
        levels[segments] = levels.get(segments, 0) + 1
    return levels


def _finished(entry: Entry[Draft[_Renja]]) -> RenjaRowInput:
    """The stored row: its code and name, and its indicators as a tuple."""
    row, draft = entry.row.data.row, entry.row
    return RenjaRowInput(
        draft.text, draft.nama, tuple(draft.data.indikator), row.pagu, row.pagu_n1,
        row.lokasi, row.sumber_dana, row.prioritas_nasional, row.prioritas_daerah,
        row.kelompok_sasaran, row.waktu_pelaksanaan, row.catatan, row.unit_kerja,
    )  # fmt: skip


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain(target: TargetValue) -> TargetValue:
    return TargetValue(target.nilai, target.teks) if not target.is_missing else TargetValue()


def _bullets(text: str) -> list[str]:
    """The items of a cell listing several indicators, one per line with a bullet or a
    number; a single indicator (or lines without bullets) gives one item or none."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not all(_BULLET.match(line) for line in lines):
        return []
    return [" ".join(_BULLET.sub("", line, count=1).split()) for line in lines]


def summarize(rows: tuple[RenjaRowInput, ...]) -> tuple[tuple[str, int], ...]:
    """Counts for the preview: rows per level and indicators."""
    levels = count_levels(r.kode for r in rows)
    return (
        ("Baris", len(rows)),
        ("Program", levels[3]),
        ("Kegiatan", levels[5]),
        ("Sub kegiatan", levels[6]),
        ("Indikator", sum(len(r.indikator) for r in rows)),
    )


SAMPLE_HEADER = (
    "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Target N+1", "Pagu",
    "Pagu N+1", "Lokasi", "Sumber dana",
)  # fmt: skip


def sample(
    rows: tuple[RenjaRowInput, ...], numbers: tuple[int, ...], limit: int = SAMPLE_ROWS
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The first rows as the preview shows them (Indonesian number formats)."""
    result = []
    for row, number in zip(rows[:limit], numbers, strict=False):
        indikator = row.indikator
        result.append(
            (
                number,
                (
                    row.kode, row.nama, "\n".join(i.uraian for i in indikator),
                    "\n".join(show_target(i.target, i.satuan) for i in indikator),
                    "\n".join(show_target(i.target_n1, i.satuan) for i in indikator),
                    show_money(row.pagu), show_money(row.pagu_n1), "; ".join(row.lokasi),
                    "; ".join(s.nama for s in row.sumber_dana),
                ),
            )
        )  # fmt: skip
    return tuple(result)


def show_target(target: TargetValue, satuan: str = "") -> str:
    if target.nilai is None:
        return target.teks or "-"
    return " ".join(p for p in (format_number(target.nilai), target.teks, satuan) if p)


def show_money(value: Decimal | None) -> str:
    return "-" if value is None else format_money(value)
