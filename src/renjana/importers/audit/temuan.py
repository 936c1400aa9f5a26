"""What every rule family receives (the read document, its context, the reference data) and
how it reports: ``temuan`` builds a ``Finding`` whose severity comes from the register, so a
rule has one severity everywhere. Numbers in messages are printed the Indonesian way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from renjana.core.checks import PlanContext
from renjana.core.idformat import format_number, format_rupiah
from renjana.core.kode import Tingkat
from renjana.core.numbers import quantize_money, quantize_percent
from renjana.core.referensi import DaftarSumberDana, Nomenklatur
from renjana.importers.audit.aturan import aturan
from renjana.importers.audit.dokumen import BacaanDokumen, TabelBaca
from renjana.importers.audit.model import DocumentMeta, Finding, Place
from renjana.importers.tables.columns import header_numbering

#: Printed percentages and ratios are compared to ±0,01 on their printed scale (domain.md §2.A).
TOLERANSI = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Pemeriksaan:
    """The read document, its detected context and the reference data in force."""

    bacaan: BacaanDokumen
    meta: DocumentMeta
    nomenklatur: Nomenklatur | None
    sumber_dana: DaftarSumberDana | None

    @property
    def tahun(self) -> int | None:
        return self.meta.tahun

    @property
    def tingkat(self) -> Tingkat | None:
        return self.meta.tingkat

    def plan_context(self) -> PlanContext | None:
        """The planning checks' context, or None when year or tingkat is unknown."""
        if self.meta.tahun is None or self.meta.tingkat is None:
            return None
        return PlanContext(
            tahun=self.meta.tahun,
            tingkat=self.meta.tingkat,
            urusan=self.meta.urusan,
            nomenklatur=None if self.meta.kode_lama else self.nomenklatur,
            sumber_dana=self.sumber_dana,
        )


def temuan(
    rule: str,
    message: str,
    *,
    tabel: TabelBaca | None = None,
    line: int | None = None,
    kode: str = "",
    nama: str = "",
    column: str = "",
    found: str = "",
    expected: str = "",
    section: str = "",
    also: tuple[Place, ...] = (),
) -> Finding:
    """A finding of a registered rule (``KeyError`` for an unknown rule: a programming slip)."""
    return Finding(
        rule=rule,
        severity=aturan(rule).severity,
        message=message,
        table=tabel.title if tabel is not None else "",
        table_label=tabel.label if tabel is not None else "",
        line=line,
        kode=kode,
        nama=" ".join(nama.split()),
        column=column,
        found=found,
        expected=expected,
        section=section,
        also=also,
    )


_COLUMN_NAMES = {
    "kode": "Kode",
    "nama": "Nama",
    "indikator": "Indikator",
    "target": "Target",
    "target_n1": "Target prakiraan maju",
    "pagu": "Pagu",
    "pagu_n1": "Pagu prakiraan maju",
    "lokasi": "Lokasi",
    "sumber_dana": "Sumber Dana",
    "satuan": "Satuan target",
    "target_kebutuhan": "Target (analisa kebutuhan)",
    "pagu_kebutuhan": "Pagu (analisa kebutuhan)",
    "target_renstra": "Target Renstra",
    "tingkat_realisasi": "Tingkat realisasi",
    "realisasi_sd_n1": "Realisasi s/d tahun berjalan",
    "tingkat_capaian": "Tingkat capaian",
}


def column_label(tabel: TabelBaca, name: str) -> str:
    """How a finding names a column: what it holds and the number printed above it
    (``Target prakiraan maju (kolom 15)``), else the header label as printed."""
    column = tabel.recognition.columns.get(name)
    if column is None:
        return _COLUMN_NAMES.get(name, name)
    numbers = header_numbering(tabel.table) or {}
    number = next((n for n, positions in numbers.items() if column.position in positions), None)
    title = _COLUMN_NAMES.get(name) or column.label or name
    return f"{title} (kolom {number})" if number is not None else title


def place(tabel: TabelBaca, line: int | None = None, kode: str = "", found: str = "") -> Place:
    return Place(tabel.label, tabel.title, line, kode, found)


def persen(value: Decimal | None) -> str:
    """``279,1044…`` → ``279,10`` (no sign: the column says "%")."""
    return "N/A" if value is None else format_number(quantize_percent(value))


def angka(value: Decimal | None) -> str:
    """A count or a printed value as the document would print it: ``1.283``, ``2,5``."""
    if value is None:
        return "-"
    if value == value.to_integral_value():
        return format_number(value.quantize(Decimal(1)))
    return format_number(value.normalize())


def rupiah(value: Decimal | None) -> str:
    return "kosong" if value is None else format_rupiah(quantize_money(value))


def sama(a: Decimal, b: Decimal, toleransi: Decimal = TOLERANSI) -> bool:
    """Equal on the printed scale, within the tolerance of a two-decimal rounding."""
    return abs(a - b) <= toleransi + Decimal("0.000001")
