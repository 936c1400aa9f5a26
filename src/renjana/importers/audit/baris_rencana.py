"""One view of every table that lists program → kegiatan → sub kegiatan rows with money.

The 17-column Renja table and T-C.33 come from the table layer's ``extract_renja``; the
rencana-pendanaan table (§2.I), the analisa-kebutuhan half of T-C.31 (§2.E) and the keterkaitan
prioritas table (§2.J) come from the raw rows. Each becomes a ``TabelRencana`` of
``BarisTabel``: the code as printed and as read, name, indicators and targets, the pagu
*printed on the row* (parents too — the roll-up rule compares them), lokasi and sumber dana.

Codes are read where they can be: a table whose codes start at the program segment (001
Tabel 8 prints ``0 4 | 2.0 1. | 0 1``) takes the urusan and bidang of the program of the same
name in the main table; a code the conversion cut (``2.0 | 0``) is completed from the row of
the same name under the readable part of the code. What could not be read stays empty and is
reported by the code rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from renjana.core.idformat import parse_rupiah
from renjana.core.kode import Kode, KodeKind, Level, parse_kode
from renjana.core.quantity import Quantity
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.importers.audit.dokumen import BacaanDokumen, TabelBaca
from renjana.importers.audit.kode_baris import (
    LEVEL_BY_CELLS,
    IndeksNama,
    bidang_of,
    complete,
    program_only,
    read_code,
    split_bidang,
)
from renjana.importers.audit.temuan import Pemeriksaan
from renjana.importers.cells import CellClass, classify_cell
from renjana.importers.tables import NilaiSel, TableKind

RENJA_KINDS = (TableKind.RENJA_17, TableKind.TC33)
_RANCANGAN = "rancangan awal"
_STARTER = re.compile(
    r"^(Jumlah|Persentase|Presentase|Prosentase|Nilai|Tingkat|Indeks|Rasio|Cakupan|Angka)\b"
)
_PRIORITAS_CELL = re.compile(r"^\s*([\d.]+)\s*[-–]\s*(.+)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class BarisTabel:
    """A row of a planning table, as printed and as read."""

    kode: str
    kode_tercetak: str
    nama: str
    line: int
    lines: tuple[int, ...]
    indikator: tuple[IndikatorInput, ...] = ()
    pagu: Decimal | None = None
    pagu_n1: Decimal | None = None
    lokasi: str = ""
    sumber_dana: str = ""
    is_total: bool = False
    kode_problems: tuple[str, ...] = ()

    @property
    def level(self) -> Level | None:
        try:
            return Kode.from_str(self.kode).level
        except ValueError:
            return None

    @property
    def target(self) -> TargetValue:
        return self.indikator[0].target if self.indikator else TargetValue()


@dataclass(frozen=True, slots=True)
class TabelRencana:
    """The rows of one planning table; ``bagian`` names the half of a T-C.31 (``analisa``)
    and ``columns`` the logical columns the table prints."""

    tabel: TabelBaca
    rows: tuple[BarisTabel, ...]
    columns: frozenset[str]
    bagian: str = ""
    main: bool = False
    inputs: tuple[RenjaRowInput, ...] = field(default=())
    compare: bool = True

    @property
    def name(self) -> str:
        label = self.tabel.label or self.tabel.title[:40]
        return f"{label} ({self.bagian})" if self.bagian else label


def _text(cell: NilaiSel | None) -> str:
    return "" if cell is None else " ".join(cell.raw.split())


def _decimal(cell: NilaiSel | None) -> Decimal | None:
    return cell.nilai if cell is not None and isinstance(cell.nilai, Decimal) else None


def _target(cell: NilaiSel | None) -> TargetValue:
    if cell is None or not isinstance(cell.nilai, Quantity):
        return TargetValue(teks=_text(cell)) if cell is not None and _text(cell) else TargetValue()
    q = cell.nilai
    return TargetValue(q.nilai, q.teks, q.satuan)


def _from_renja(tabel: TabelBaca) -> TabelRencana:
    renja = tabel.renja
    assert renja is not None
    totals = {t.lines[0]: t for t in renja.totals if t.lines}
    rows: list[BarisTabel] = []
    for row, lines in zip(renja.rows, renja.lines, strict=True):
        printed = totals.get(lines[0])
        pagu = printed.pagu if printed is not None else row.pagu
        pagu_n1 = printed.pagu_n1 if printed is not None else row.pagu_n1
        rows.append(
            BarisTabel(
                kode=row.kode if _readable(row.kode) else "",
                kode_tercetak=row.kode,
                nama=row.nama,
                line=lines[0],
                lines=lines,
                indikator=row.indikator,
                pagu=pagu,
                pagu_n1=pagu_n1,
                lokasi=" ".join(row.lokasi),
                sumber_dana=" ".join(s.nama for s in row.sumber_dana),
            )
        )
    for total in renja.totals:
        if total.level == "jumlah" and total.lines:
            rows.append(
                BarisTabel(
                    "",
                    "",
                    total.nama,
                    total.lines[0],
                    total.lines,
                    pagu=total.pagu,
                    pagu_n1=total.pagu_n1,
                    is_total=True,
                )
            )
    names = frozenset(c.name for c in tabel.recognition.columns.columns)
    return TabelRencana(tabel, tuple(sorted(rows, key=lambda r: r.line)), names, inputs=renja.rows)


def _readable(kode: str) -> bool:
    try:
        Kode.from_str(kode)
    except ValueError:
        return False
    return True


def _from_rows(
    tabel: TabelBaca,
    indeks: IndeksNama,
    bagian: str,
    urusan: tuple[str, ...],
    known: dict[int, str] | None = None,
) -> TabelRencana:
    """The rows of a table read from its raw cells; ``known`` gives the codes already read
    for the same lines (the other half of a T-C.31)."""
    nama_col = "nama_kebutuhan" if bagian == "analisa" else "nama"
    target_col = "target_kebutuhan" if bagian == "analisa" else "target"
    pagu_col = "pagu_kebutuhan" if bagian == "analisa" else "pagu"
    rows: list[BarisTabel] = []
    prefix: list[str] = []
    konteks: Kode | None = None
    last: Kode | None = None
    for raw in tabel.mentah.rows:
        cells = raw.cells
        nama = _text(cells.get(nama_col)) or _text(cells.get("nama"))
        printed = _text(cells.get("kode"))
        if not nama and classify_cell(printed) is CellClass.AMOUNT:
            if bagian != _RANCANGAN:  # a lone amount at the bottom: the last column's total
                rows.append(
                    BarisTabel(
                        "",
                        "",
                        "",
                        raw.lines[0],
                        raw.lines,
                        pagu=parse_rupiah(printed).value,
                        is_total=True,
                    )
                )
            continue
        if raw.is_total:
            rows.append(
                BarisTabel(
                    "",
                    "",
                    nama,
                    raw.lines[0],
                    raw.lines,
                    pagu=_decimal(cells.get(pagu_col)),
                    is_total=True,
                )
            )
            continue
        if not printed and not nama:
            continue
        kode = ""
        problems: tuple[str, ...] = ()
        if printed:
            parts = printed.split(" | ")
            parsed = read_code(parts, prefix, konteks)
            starts_at_program = program_only(parts)
            if starts_at_program and (prefix or parsed.kind is KodeKind.INVALID):
                if len(parts) == 1 or not prefix:
                    fallback = prefix or split_bidang(urusan[0] if len(urusan) == 1 else "")
                    prefix = bidang_of(nama, indeks) or fallback
                parsed = read_code(parts, prefix, konteks) if prefix else parsed
            problems = tuple(p.code for p in parsed.problems)
            if parsed.kode is not None:
                if parsed.kode.bidang is not None and not prefix:
                    konteks = parsed.kode
                foreign = bool(urusan) and str(parsed.kode.bidang) not in urusan
                good = parsed.ok and not foreign
                level = LEVEL_BY_CELLS.get(len(parts) + len(prefix)) if len(parts) > 1 else None
                kode = (
                    str(parsed.kode)
                    if good
                    else complete(parsed, nama, indeks, foreign, last, level)
                )
                last = Kode.from_str(kode) if kode else last
        indikator = _text(cells.get("indikator")) or _stray_indicator(
            cells, nama_col, len(raw.lines) > 1
        )
        target = _target(cells.get(target_col))
        entry = IndikatorInput(indikator, target.satuan, target)
        has_indicator = bool(indikator) or not target.is_missing
        if known is not None:
            kode = known.get(raw.lines[0], kode)
        rows.append(
            BarisTabel(
                kode=kode,
                kode_tercetak=printed,
                nama=nama,
                line=raw.lines[0],
                lines=raw.lines,
                indikator=(entry,) if has_indicator else (),
                pagu=_decimal(cells.get(pagu_col)),
                kode_problems=problems,
            )
        )
    columns = frozenset(c.name for c in tabel.recognition.columns.columns)
    if tabel.kind is TableKind.TC31:
        columns = frozenset({"kode", "nama", "target", "pagu", "indikator"} & (columns | {"nama"}))
    return TabelRencana(tabel, tuple(rows), columns, bagian, compare=bagian != _RANCANGAN)


def _stray_indicator(cells: Mapping[str, NilaiSel], nama_col: str, continued: bool) -> str:
    """An indicator the alignment placed in another text column (a shifted row): text that
    reads like an indicator ("Jumlah …", "Persentase …"), or, in a row continued on the next
    page, the text carried into another column."""
    skip = {"kode", "nama", nama_col, "indikator", "tujuan", "sasaran"}
    for name, cell in cells.items():
        text = _text(cell)
        if name in skip or name.startswith(("target", "pagu")) or not text:
            continue
        if _STARTER.match(text) or (continued and classify_cell(text) is CellClass.TEXT):
            return text
    return ""


def _from_prioritas(tabel: TabelBaca) -> TabelRencana:
    rows: list[BarisTabel] = []
    for raw in tabel.mentah.rows:
        match = _PRIORITAS_CELL.match(_text(raw.cells.get("sub_kegiatan")))
        if not match:
            continue
        parsed = parse_kode(match.group(1))
        kode = str(parsed.kode) if parsed.ok and parsed.kode is not None else ""
        rows.append(
            BarisTabel(
                kode,
                match.group(1),
                match.group(2),
                raw.lines[0],
                raw.lines,
                pagu=_decimal(raw.cells.get("pagu")),
            )
        )
    return TabelRencana(tabel, tuple(rows), frozenset({"kode", "nama", "pagu"}))


def main_table(bacaan: BacaanDokumen) -> TabelBaca | None:
    """The document's Renja table: the last 17-column table, else the last T-C.33."""
    for kind in RENJA_KINDS:
        found = [t for t in bacaan.of_kind(kind) if t.renja is not None and t.renja.rows]
        if found:
            return max(found, key=lambda t: (len(t.renja.rows) if t.renja else 0, t.index))
    return None


def tabel_rencana(periksa: Pemeriksaan) -> tuple[TabelRencana, ...]:
    """Every planning table of the document; the main Renja table first."""
    bacaan, urusan = periksa.bacaan, periksa.meta.urusan
    main = main_table(bacaan)
    out: list[TabelRencana] = []
    if main is not None:
        out.append(replace(_from_renja(main), main=True))
    indeks = IndeksNama.of([(r.kode, r.nama) for r in (out[0].rows if out else ())], periksa)
    for tabel in bacaan.tables:
        if tabel is main:
            continue
        if tabel.kind in RENJA_KINDS and tabel.renja is not None:
            out.append(_from_renja(tabel))
        elif tabel.kind is TableKind.RENCANA_PENDANAAN:
            out.append(_from_rows(tabel, indeks, "", urusan))
        elif tabel.kind is TableKind.TC31:
            analisa = _from_rows(tabel, indeks, "analisa", urusan)
            known = {row.line: row.kode for row in analisa.rows}
            out.append(analisa)
            out.append(_from_rows(tabel, indeks, _RANCANGAN, urusan, known))
        elif tabel.kind is TableKind.PRIORITAS:
            out.append(_from_prioritas(tabel))
    return tuple(out)


def as_inputs(tabel: TabelRencana) -> tuple[RenjaRowInput, ...]:
    """The rows as the planning checks take them: pagu only on rows without children."""
    if tabel.inputs:
        return tabel.inputs
    codes = [r.kode for r in tabel.rows if r.kode]
    parents = {c for c in codes for other in codes if other != c and other.startswith(c + ".")}
    return tuple(
        RenjaRowInput(
            kode=row.kode or row.kode_tercetak,
            nama=row.nama,
            indikator=row.indikator,
            pagu=None if row.kode in parents else row.pagu,
            lokasi=(row.lokasi,) if row.lokasi else (),
            sumber_dana=(SumberDanaInput(None, row.sumber_dana, None),) if row.sumber_dana else (),
        )
        for row in tabel.rows
        if not row.is_total and row.kode
    )
