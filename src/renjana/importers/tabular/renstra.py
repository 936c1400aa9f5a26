"""A Renstra spreadsheet read into ``RenstraRowInput`` rows with yearly targets and pagu.

Columns: ``Kode``, ``Program/Kegiatan/Sub Kegiatan``, ``Indikator``, ``Satuan``, then one
column per year: ``Target 2025`` … ``Target 2029``, ``Pagu 2025`` … and optionally
``Realisasi 2025`` … (also read under a year row: ``Tahun 2025`` over ``Target | Pagu``). A
year outside the Renstra period is left out with a note. The row rules are those of every
plan (``plan_rows``): more indicators as repeated rows; pagu only on sub kegiatan (a pagu on
a program or kegiatan is dropped with a warning); missing parents from the nomenclature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from renjana.core.kode import Kode, Tingkat
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur
from renjana.core.renja import (
    RenstraIndikatorInput,
    RenstraRowInput,
    RenstraTahunInput,
    TargetValue,
)
from renjana.importers.tabular.cells import RowReader
from renjana.importers.tabular.columns import Found, Header, Isi, Kolom
from renjana.importers.tabular.hierarchy import parent_segments
from renjana.importers.tabular.locate import data_rows, locate, no_data
from renjana.importers.tabular.plan_rows import Draft, PlanReader, gc_paused
from renjana.importers.tabular.renja import count_levels, show_money, show_target
from renjana.importers.tabular.renja_columns import INDIKATOR, KODE, NAMA, SATUAN
from renjana.importers.tabular.result import SAMPLE_ROWS, Bacaan, Progress, problem
from renjana.importers.tabular.workbook import Workbook

TAHUN_DI_LUAR_PERIODE = "TAHUN_DI_LUAR_PERIODE"
PAGU_INDUK_DIABAIKAN = "PAGU_INDUK_DIABAIKAN"
BARIS_LANJUTAN_BERBEDA = "BARIS_LANJUTAN_BERBEDA"
INDIKATOR_KOSONG = "INDIKATOR_KOSONG"

SHEET = "Renstra"
LABEL = "Renstra"
_YEAR = r"(?P<n>20\d\d)"

TARGET_TAHUN = Kolom(
    "target_tahun", "Target 2025", Isi.TARGET,
    "Target indikator per tahun periode Renstra: satu kolom per tahun ('Target 2025', "
    "'Target 2026', …). Angka, angka dengan satuan, atau teks.",
    "70", berulang=True, pola=(rf"target\D*{_YEAR}", rf"{_YEAR}\D*target"),
    kecuali=(r"realisasi|pagu|anggaran",),
)  # fmt: skip
PAGU_TAHUN = Kolom(
    "pagu_tahun", "Pagu 2025", Isi.UANG,
    "Pagu sub kegiatan per tahun ('Pagu 2025', …) dalam rupiah. Pagu program dan kegiatan "
    "dihitung dari sub kegiatan; pagu di baris induk diabaikan.",
    "70000000", berulang=True,
    pola=(rf"(pagu|anggaran|dana)\D*{_YEAR}", rf"{_YEAR}\D*(pagu|anggaran|kebutuhandana)"),
    kecuali=(r"realisasi|sumber",), lebar=18,
)  # fmt: skip
REALISASI_TAHUN = Kolom(
    "realisasi_tahun", "Realisasi 2025", Isi.TARGET,
    "Realisasi indikator per tahun yang sudah lewat ('Realisasi 2025', …); boleh kosong.",
    "", berulang=True, pola=(rf"realisasi\D*{_YEAR}", rf"{_YEAR}\D*realisasi"),
    kecuali=(r"keuangan|anggaran|pagu",),
)  # fmt: skip

RENSTRA_KOLOM = (KODE, NAMA, TARGET_TAHUN, PAGU_TAHUN, REALISASI_TAHUN, INDIKATOR, SATUAN)


@dataclass(frozen=True, slots=True)
class RenstraBaris:
    """A Renstra row and the pagu of its sub kegiatan per year."""

    row: RenstraRowInput
    pagu: tuple[tuple[int, Decimal], ...] = ()


@dataclass(slots=True)
class _Renstra:
    indikator: list[RenstraIndikatorInput] = field(default_factory=list)
    pagu: dict[int, Decimal] = field(default_factory=dict)


def read_renstra(
    workbook: Workbook,
    *,
    tahun_awal: int,
    tahun_akhir: int,
    tingkat: Tingkat,
    nomenklatur: Nomenklatur | None = None,
    progress: Progress | None = None,
) -> Bacaan[RenstraBaris]:
    """The Renstra rows of ``workbook`` for the period ``tahun_awal``–``tahun_akhir``."""
    located, problems = locate(workbook, RENSTRA_KOLOM, SHEET, LABEL)
    if located is None:
        return Bacaan((), (), tuple(problems), file=workbook.file)
    years = range(tahun_awal, tahun_akhir + 1)
    reader = _RenstraReader(workbook.file, tingkat, nomenklatur, years)
    reader.problems.extend(_outside(located.header, years, workbook.file, located.sheet.name))
    with gc_paused():
        for row in data_rows(workbook, located, progress, "Membaca baris Renstra"):
            reader.read(row)
        rows, numbers = reader.result()
    found = reader.problems
    if not rows and not found:
        found.append(no_data(workbook, located, LABEL))
    return Bacaan(rows, numbers, tuple(found), workbook.file, located.sheet.name, reader.skipped)


def _outside(header: Header, years: range, file: str, sheet: str) -> list[Problem]:
    found = []
    for key in ("target_tahun", "pagu_tahun", "realisasi_tahun"):
        for year, column in sorted(header.repeated.get(key, {}).items()):
            if year not in years:
                found.append(
                    problem(
                        TAHUN_DI_LUAR_PERIODE,
                        f"Kolom '{column.label}' untuk tahun {year} di luar periode Renstra "
                        f"{years[0]}–{years[-1]}; kolom ini tidak dibaca.",
                        Location(file=file, sheet=sheet, row=header.row + 1, column=column.where),
                        severity=Severity.INFO,
                    )
                )
    return found


class _RenstraReader(PlanReader[_Renstra]):
    def __init__(
        self, file: str, tingkat: Tingkat, nomenklatur: Nomenklatur | None, years: range
    ) -> None:
        super().__init__(file, tingkat, nomenklatur)
        self.years = years

    def _yearly(self, row: RowReader, key: str) -> dict[int, Found]:
        return {y: f for y, f in row.header.repeated.get(key, {}).items() if y in self.years}

    def has_indicator(self, row: RowReader) -> bool:
        columns = [*self._yearly(row, "target_tahun").values(),
                   *self._yearly(row, "realisasi_tahun").values()]  # fmt: skip
        return not row.is_blank("indikator") or any(_filled(row.value(c)) for c in columns)

    def has_values(self, row: RowReader) -> bool:
        return any(_filled(row.value(c)) for c in self._yearly(row, "pagu_tahun").values())

    def start(self, row: RowReader, kode: Kode) -> _Renstra:
        data = _Renstra()
        for year, column in self._yearly(row, "pagu_tahun").items():
            amount = row.money("", column)
            if amount is not None:
                data.pagu[year] = amount
        data.indikator.extend(self._indicator(row))
        return data

    def start_parent(self) -> _Renstra:
        return _Renstra()

    def extend(self, row: RowReader, draft: Draft[_Renstra]) -> None:
        for year, column in self._yearly(row, "pagu_tahun").items():
            amount = row.money("", column)
            if amount is not None and amount != draft.data.pagu.get(year):
                row.add(
                    BARIS_LANJUTAN_BERBEDA,
                    f"Baris ini melanjutkan {draft.kode} (baris {draft.number}) dengan indikator "
                    f"lain, tetapi pagu {year}-nya berbeda. Kosongkan pagu di baris lanjutan.",
                    column,
                )
        draft.data.indikator.extend(self._indicator(row))

    def _indicator(self, row: RowReader) -> list[RenstraIndikatorInput]:
        uraian = row.text("indikator")
        satuan = row.text("satuan")
        targets = self._yearly(row, "target_tahun")
        realisasi = self._yearly(row, "realisasi_tahun")
        tahunan = []
        for year in self.years:
            target = row.target("", satuan, targets[year]) if year in targets else TargetValue()
            real = row.target("", satuan, realisasi[year]) if year in realisasi else TargetValue()
            satuan = satuan or target.satuan or real.satuan
            if target.is_missing and real.is_missing:
                continue
            tahunan.append(
                RenstraTahunInput(
                    year, TargetValue(target.nilai, target.teks),
                    TargetValue(real.nilai, real.teks, real.satuan if not real.is_missing else ""),
                )
            )  # fmt: skip
        if not uraian and not tahunan:
            return []
        if not uraian:
            row.add(
                INDIKATOR_KOSONG,
                "Target diisi tetapi uraian indikatornya kosong. Tulis indikatornya.",
                row.header.get("indikator"),
            )
            return []
        return [RenstraIndikatorInput(uraian, satuan, tuple(tahunan))]

    def result(self) -> tuple[tuple[RenstraBaris, ...], tuple[int, ...]]:
        ordered = self.arranged()
        parents = parent_segments(e.kode for e in ordered)
        rows = []
        for entry in ordered:
            draft = entry.row
            pagu = tuple(sorted(draft.data.pagu.items()))
            if entry.kode.segmen in parents and pagu:
                self.problems.append(
                    problem(
                        PAGU_INDUK_DIABAIKAN,
                        f"Pagu pada baris induk {entry.kode} diabaikan: pagu program dan kegiatan "
                        "selalu dihitung dari sub kegiatan di bawahnya.",
                        self.where(entry.number, draft.text),
                        severity=Severity.WARNING,
                    )
                )
                pagu = ()
            rows.append(
                RenstraBaris(
                    RenstraRowInput(draft.text, draft.nama, tuple(draft.data.indikator)), pagu
                )
            )
        return tuple(rows), tuple(e.number for e in ordered)


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def summarize(rows: tuple[RenstraBaris, ...]) -> tuple[tuple[str, int], ...]:
    levels = count_levels(item.row.kode for item in rows)
    return (
        ("Baris", len(rows)),
        ("Program", levels[3]),
        ("Kegiatan", levels[5]),
        ("Sub kegiatan", levels[6]),
        ("Indikator", sum(len(i.row.indikator) for i in rows)),
        ("Target tahunan", sum(len(ind.tahunan) for i in rows for ind in i.row.indikator)),
        ("Pagu tahunan", sum(len(i.pagu) for i in rows)),
    )


def sample_header(years: range) -> tuple[str, ...]:
    return ("Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan",
            *(f"Target {y}" for y in years), *(f"Pagu {y}" for y in years))  # fmt: skip


def sample(
    rows: tuple[RenstraBaris, ...], numbers: tuple[int, ...], years: range,
    limit: int = SAMPLE_ROWS,
) -> tuple[tuple[int, tuple[str, ...]], ...]:  # fmt: skip
    result = []
    for item, number in zip(rows[:limit], numbers, strict=False):
        ind = item.row.indikator
        targets = []
        for year in years:
            per = [
                next((show_target(t.target) for t in i.tahunan if t.tahun == year), "-")
                for i in ind
            ]
            targets.append("\n".join(per))
        pagu = dict(item.pagu)
        result.append(
            (
                number,
                (item.row.kode, item.row.nama, "\n".join(i.uraian for i in ind),
                 "\n".join(i.satuan for i in ind), *targets,
                 *(show_money(pagu.get(y)) for y in years)),
            )
        )  # fmt: skip
    return tuple(result)
