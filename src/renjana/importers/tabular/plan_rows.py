"""The rules every plan spreadsheet shares (Renja and Renstra): which rows are plan rows, what
a code may be, when a row continues the one above, and naming and ordering at the end.

* The code decides the row: program, kegiatan and sub kegiatan rows are kept; urusan and
  bidang rows and an organisation-unit row are skipped; a kegiatan or sub kegiatan of the
  other tingkat (a provinsi code in a kabupaten/kota plan) is an error, and so is a code in
  the pre-2019 coding, which cannot be mapped.
* A row without a code is a total (``Jumlah``/``Total``), a heading (a name and nothing
  else), a title above the first coded row (skipped with a warning when it holds values), an
  extra indicator of the row above (only indicator columns filled), or an error.
* The same code on the next row with an empty or equal name is another indicator of that
  row; anywhere else it is a duplicate, reported with the row it duplicates.
* An empty name is taken from the nomenclature; missing programs and kegiatan are added from
  it (``hierarchy.arrange``); a code unknown to a given nomenclature is a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from renjana.core.kode import Kode, KodeKind, Level, Tingkat
from renjana.core.problems import Location, Problem, Severity
from renjana.core.referensi import Nomenklatur
from renjana.importers.tabular.cells import RowReader
from renjana.importers.tabular.hierarchy import Entry, arrange
from renjana.importers.tabular.result import problem
from renjana.importers.tabular.workbook import gc_paused

__all__ = ["Draft", "PlanReader", "gc_paused"]

D = TypeVar("D")

BARIS_TANPA_KODE = "BARIS_TANPA_KODE"
BARIS_DILEWATI = "BARIS_DILEWATI"
KODE_GANDA = "KODE_GANDA"
KODE_TINGKAT_LAIN = "KODE_TINGKAT_LAIN"
KODE_LAMA_DITOLAK = "KODE_LAMA_DITOLAK"
KODE_TIDAK_DI_NOMENKLATUR = "KODE_TIDAK_DI_NOMENKLATUR"
NAMA_KOSONG = "NAMA_KOSONG"

_TOTAL = re.compile(r"^(jumlah|total|grandtotal|jumlahtotal|jumlahseluruhnya)$")


@dataclass(slots=True)
class Draft(Generic[D]):
    """A plan row while the sheet is read: later rows may add indicators to ``data``.
    ``text`` is the canonical code, formatted once (50 000 rows)."""

    kode: Kode
    number: int
    nama: str
    data: D
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.text or str(self.kode)


class PlanReader(Generic[D]):
    """Reads the rows of one plan sheet; subclasses say what a row holds."""

    def __init__(self, file: str, tingkat: Tingkat, nomenklatur: Nomenklatur | None) -> None:
        self.file, self.tingkat, self.nomenklatur = file, tingkat, nomenklatur
        self.drafts: list[Draft[D]] = []
        self.seen: dict[Kode, int] = {}
        self.problems: list[Problem] = []
        self.skipped = 0
        self.konteks: Kode | None = None
        self.sheet = ""

    # --- hooks --------------------------------------------------------------------------

    def start(self, row: RowReader, kode: Kode) -> D:
        raise NotImplementedError

    def extend(self, row: RowReader, draft: Draft[D]) -> None:
        """Another indicator of ``draft`` from ``row``."""
        raise NotImplementedError

    def has_indicator(self, row: RowReader) -> bool:
        raise NotImplementedError

    def has_values(self, row: RowReader) -> bool:
        """Anything besides indicators: pagu, lokasi, …"""
        raise NotImplementedError

    # --- reading --------------------------------------------------------------------------

    def read(self, row: RowReader) -> None:
        self.sheet = row.sheet
        self._read(row)
        self.problems.extend(row.problems)

    def _read(self, row: RowReader) -> None:
        nama = row.text("nama")
        if row.is_blank("kode"):
            self._without_code(row, nama)
            return
        kode = self._kode(row)
        if kode is None:
            return
        last = self.drafts[-1] if self.drafts else None
        if last is not None and last.kode == kode and nama in ("", last.nama):
            self.extend(row, last)
            return
        if kode in self.seen:
            row.add(
                KODE_GANDA,
                f"Kode {kode} sudah ada di baris {self.seen[kode]}. Satu kode hanya satu baris; "
                "indikator tambahan ditulis tepat di bawahnya dengan kode yang sama.",
                row.header.get("kode"),
            )
            return
        self.seen[kode] = row.number
        self.drafts.append(Draft(kode, row.number, nama, self.start(row, kode)))

    def _kode(self, row: RowReader) -> Kode | None:
        """The row's code when it is a plan row; None (with a problem if it is wrong)."""
        parsed = row.kode("kode", self.konteks)
        found = row.header.get("kode")
        if parsed.kind is KodeKind.UNIT_ORGANISASI:
            self.skipped += 1
            return None
        if parsed.kind is KodeKind.OLD:
            row.add(
                KODE_LAMA_DITOLAK,
                f"Kode '{parsed.raw}' berformat lama (sebelum Permendagri 90/2019) dan tidak dapat "
                "diimpor. Ganti dengan kode nomenklatur yang berlaku, mis. 1.06.04.2.01.0001.",
                found,
            )
            return None
        if parsed.kode is None or any(p.severity is Severity.ERROR for p in parsed.problems):
            if not any(p.severity is Severity.ERROR for p in parsed.problems):
                row.add("KODE_TIDAK_SAH", f"Kode '{parsed.raw}' tidak terbaca.", found)
            return None
        kode = parsed.kode
        self.konteks = kode
        if kode.level in (Level.URUSAN, Level.BIDANG):
            self.skipped += 1
            return None
        if kode.tingkat is not None and kode.tingkat is not self.tingkat:
            row.add(
                KODE_TINGKAT_LAIN,
                f"Kode {kode} adalah {kode.level.label.lower()} kewenangan {kode.tingkat.label} "
                f"(digit tingkat {kode.tingkat.digit}), sedangkan rencana ini milik pemerintah "
                f"{self.tingkat.label}. Gunakan kode dengan digit tingkat {self.tingkat.digit}.",
                found,
            )
            return None
        return kode

    def _without_code(self, row: RowReader, nama: str) -> None:
        indicator, values = self.has_indicator(row), self.has_values(row)
        if not nama and indicator and not values and self.drafts:
            self.extend(row, self.drafts[-1])
            return
        if _TOTAL.match(re.sub(r"[^a-z]", "", nama.lower())) or (
            nama and not indicator and not values
        ):
            self.skipped += 1  # a total, or a heading without values
            return
        if not self.drafts:
            self.skipped += 1
            row.add(
                BARIS_DILEWATI,
                "Baris tanpa kode di atas baris berkode pertama dilewati (dianggap judul atau "
                "baris perangkat daerah). Bila ini baris data, isi kodenya.",
                row.header.get("kode"),
                Severity.WARNING,
                value=nama,
            )
            return
        row.add(
            BARIS_TANPA_KODE,
            f"Baris ini berisi {'nama, ' if nama else ''}indikator atau nilai tetapi tidak "
            "berkode. Isi kode program/kegiatan/sub kegiatannya, atau hapus baris ini.",
            row.header.get("kode"),
            value=nama,
        )

    # --- after the last row -------------------------------------------------------------

    def arranged(self) -> list[Entry[Draft[D]]]:
        """Drafts named, in nomenclature order, with missing parents added (``data`` of an
        added parent is ``self.start_parent``)."""
        entries = [Entry(d.kode, self._named(d), d.number) for d in self.drafts]
        ordered, found = arrange(
            entries, name_of=self.official_name, make=self._parent, where=self.where
        )
        self.problems.extend(found)
        return ordered

    def start_parent(self) -> D:
        raise NotImplementedError

    def _parent(self, kode: Kode, nama: str) -> Draft[D]:
        return Draft(kode, 0, nama, self.start_parent())

    def _named(self, draft: Draft[D]) -> Draft[D]:
        official = self.official_name(draft.kode)
        if self.nomenklatur is not None and official is None:
            self.problems.append(
                problem(
                    KODE_TIDAK_DI_NOMENKLATUR,
                    f"Kode {draft.kode} tidak ada di nomenklatur {self.nomenklatur.versi} untuk "
                    f"{self.tingkat.label}. Periksa kodenya; baris tetap dapat disimpan.",
                    self.where(draft.number, draft.text),
                    found=draft.text,
                    severity=Severity.WARNING,
                )
            )
        if not draft.nama:
            if official is None:
                self.problems.append(
                    problem(
                        NAMA_KOSONG,
                        f"Nama {draft.kode} kosong dan kodenya tidak dikenal di nomenklatur. "
                        "Tulis nama program/kegiatan/sub kegiatannya.",
                        self.where(draft.number, draft.text),
                    )
                )
            else:
                draft.nama = official
        return draft

    def official_name(self, kode: Kode) -> str | None:
        if self.nomenklatur is None:
            return None
        item = self.nomenklatur.get(kode, self.tingkat)
        return item.nama if item is not None else None

    def where(self, number: int, kode: Kode | str | None = None) -> Location:
        text = kode if isinstance(kode, str) else str(kode or "")
        return Location(file=self.file, sheet=self.sheet, row=number or None, kode=text)
