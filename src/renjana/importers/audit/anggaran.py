"""Budget realisation and performance-achievement tables as printed (domain.md §2.B, §2.L).

* Budget tables: parent rows and the total are the sums of their rows, the percentage is
  realisasi / anggaran × 100 at every level (``core.anggaran``), realisasi never exceeds the
  anggaran. A "%" column headed *fisik* whose every value is the financial ratio is said once
  (S002-11).
* Capaian tables (RKT Tabel 2.1/2.2 and the like): capaian = realisasi / target × 100
  (``core.capaian.compute_capaian``; units must match, ``70% KPM`` against ``87,26% KPM``,
  S002-04); the "Rata-rata Capaian" row is the mean of the rows (``core.iku``, S002-06); the
  kategori column holds a predicate (S002-13). Rows are read whatever the layout: tab cells,
  space-separated values, or one value per line (a converter that broke every cell onto its
  own line) — a record starts at a numbered label line and its values follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from renjana.core.anggaran import BarisRealisasiAnggaran, compute_realisasi_anggaran
from renjana.core.capaian import Capaian, compute_capaian
from renjana.core.idformat import parse_percent
from renjana.core.iku import average_capaian
from renjana.core.numbers import HUNDRED
from renjana.core.quantity import Quantity, are_compatible, parse_quantity
from renjana.core.referensi import name_key
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, persen, rupiah, sama, temuan
from renjana.importers.cells import CellClass, classify_cell, has_letters
from renjana.importers.markup import squeeze
from renjana.importers.tables import BarisAnggaranTercetak, TableKind
from renjana.reference import load_skala

_VALUE = frozenset({CellClass.PERCENT, CellClass.QUANTITY, CellClass.NUMBER, CellClass.AMOUNT})
_ORDINAL = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*$")
_RECORD = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*\S")
_MEAN = re.compile(r"rata\s*-?\s*rata", re.IGNORECASE)
_PREDIKAT_WORDS = (
    "tercapai",
    "berhasil",
    "baik",
    "cukup",
    "kurang",
    "memuaskan",
    "tinggi",
    "rendah",
)


# --- budget realisation -------------------------------------------------------------------


def _anggaran_table(tabel: TabelBaca) -> list[Finding]:
    data = tabel.anggaran
    if data is None or not data.rows:
        return []
    laporan = compute_realisasi_anggaran(data.rows)
    findings: list[Finding] = []
    leaves = {r.kode for r in data.rows if r.anggaran is not None or r.realisasi is not None}
    printed: list[tuple[BarisAnggaranTercetak, BarisRealisasiAnggaran | None]] = [
        (p, laporan.find(p.kode)) for p in data.printed
    ]
    if data.jumlah is not None:
        printed.append((data.jumlah, laporan.total))
    ratio_rows = 0
    for shown, computed in printed:
        if computed is None:
            continue
        pct = shown.persen.value
        expected = computed.persen
        if pct is not None and expected is not None:
            if sama(pct, expected):
                ratio_rows += 1
            else:
                findings.append(
                    temuan(
                        "PERSEN_SALAH",
                        f"Persentase realisasi '{shown.nama}' tercetak {shown.persen.raw}, padahal "
                        f"{rupiah(computed.realisasi)} / {rupiah(computed.anggaran)} × 100 = "
                        f"{persen(expected)}%.",
                        tabel=tabel,
                        line=shown.lines[0],
                        nama=shown.nama,
                        column="%",
                        found=shown.persen.raw,
                        expected=persen(expected),
                    )
                )
        if shown.kode in leaves:
            if (shown.realisasi.value or 0) > (shown.anggaran.value or 0) > 0:
                findings.append(
                    temuan(
                        "REALISASI_MELEBIHI_PAGU",
                        f"Realisasi '{shown.nama}' {shown.realisasi.raw} melebihi anggarannya "
                        f"{shown.anggaran.raw}. Periksa angka realisasi atau anggarannya.",
                        tabel=tabel,
                        line=shown.lines[0],
                        nama=shown.nama,
                        column="Realisasi",
                        found=shown.realisasi.raw,
                        expected=f"≤ {shown.anggaran.raw}",
                    )
                )
            continue
        for column in ("anggaran", "realisasi"):
            value = getattr(shown, column).value
            total = getattr(computed, column)
            if value is not None and value != total:
                findings.append(
                    temuan(
                        "JUMLAH_INDUK_SALAH",
                        f"Kolom {column} baris '{shown.nama}' tercetak {rupiah(value)}, padahal "
                        f"jumlah baris di bawahnya {rupiah(total)}.",
                        tabel=tabel,
                        line=shown.lines[0],
                        nama=shown.nama,
                        column=column,
                        found=rupiah(value),
                        expected=rupiah(total),
                    )
                )
    header = "".join(squeeze(c) for r in tabel.table.header_rows for c in r.cells)
    if "fisik" in header and "keuangan" in header and ratio_rows >= 2:
        findings.append(_fisik_column(tabel, ratio_rows))
    return findings


def _fisik_column(tabel: TabelBaca, rows: int) -> Finding:
    return temuan(
        "KOLOM_FISIK_BERISI_KEUANGAN",
        f"Kolom persentase berjudul FISIK pada {tabel.name} berisi realisasi keuangan "
        f"(realisasi ÷ anggaran × 100) pada {rows} baris, bukan realisasi fisik. Isi realisasi "
        "fisik yang sebenarnya, atau beri judul kolom 'Keuangan (%)'.",
        tabel=tabel,
        line=tabel.table.line,
        column="FISIK",
        found="persen keuangan",
        expected="persen fisik",
    )


def check_anggaran(periksa: Pemeriksaan) -> list[Finding]:
    """Every budget realisation table."""
    return [
        f
        for tabel in periksa.bacaan.of_kind(TableKind.REALISASI_ANGGARAN)
        for f in _anggaran_table(tabel)
    ]


# --- capaian kinerja ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Record:
    label: str
    line: int
    values: tuple[str, ...]
    kategori: str


def _records_from_cells(tabel: TabelBaca) -> list[_Record]:
    records = []
    for row in tabel.table.body_rows:
        cells = [" ".join(c.split()) for c in row.cells if c.strip()]
        if cells and _ORDINAL.match(cells[0]):
            cells = cells[1:]
        label = next((c for c in cells if classify_cell(c) is CellClass.TEXT), "")
        values = tuple(c for c in cells if classify_cell(c) in _VALUE)
        after = cells[cells.index(values[-1]) + 1 :] if values else []
        kategori = " ".join(c for c in after if classify_cell(c) is CellClass.TEXT)
        records.append(_Record(label, row.line, values, kategori))
    return records


def _records_from_lines(tabel: TabelBaca) -> list[_Record]:
    records: list[_Record] = []
    label, line = "", 0
    values: list[str] = []
    kategori: list[str] = []
    for row in tabel.table.body_rows:
        text = " ".join(row.cell(0).split())
        kind = classify_cell(text)
        starts = (kind is CellClass.TEXT and _RECORD.match(text) and has_letters(text)) or (
            _MEAN.search(text) is not None
        )
        if starts:
            if label:
                records.append(_Record(label, line, tuple(values), " ".join(kategori)))
            label, line, values, kategori = text, row.line, [], []
        elif kind in _VALUE:
            values.append(text)
        elif values and text:
            kategori.append(text)
        elif text:
            label = f"{label} {text}".strip()
    if label:
        records.append(_Record(label, line, tuple(values), " ".join(kategori)))
    return records


def _capaian(record: _Record) -> tuple[Capaian, str] | None:
    """The recomputed capaian of a record and the printed one (its last value, a %)."""
    if len(record.values) < 3 or classify_cell(record.values[-1]) is not CellClass.PERCENT:
        return None
    target = parse_quantity(record.values[0]).quantity
    earlier = [parse_quantity(v).quantity for v in record.values[1:-1]]
    realisasi = next((q for q in reversed(earlier) if _comparable(target, q)), None)
    if realisasi is None or target.nilai is None:
        return None
    return compute_capaian(target, realisasi), record.values[-1]


def _comparable(a: Quantity, b: Quantity) -> bool:
    return a.nilai is not None and b.nilai is not None and are_compatible(a, b)


def _known_predicates(periksa: Pemeriksaan) -> tuple[str, ...]:
    labels = [name_key(band.label) for scale in load_skala() for band in scale.bands]
    return (*labels, *_PREDIKAT_WORDS)


def _capaian_table(periksa: Pemeriksaan, tabel: TabelBaca) -> list[Finding]:
    records = (
        _records_from_lines(tabel)
        if tabel.table.layout.value == "baris"
        else _records_from_cells(tabel)
    )
    findings: list[Finding] = []
    computed: list[Capaian] = []
    printed: list[Capaian] = []
    known = _known_predicates(periksa)
    for record in records:
        if _MEAN.search(record.label):
            findings += _mean(tabel, record, computed, printed)
            continue
        result = _capaian(record)
        if result is not None:
            capaian, shown = result
            value = parse_percent(shown).value
            if capaian.nilai is not None and value is not None:
                computed.append(capaian)
                printed.append(Capaian(value, value >= HUNDRED))
                if not sama(value, capaian.nilai):
                    findings.append(
                        temuan(
                            "PERSEN_SALAH",
                            f"Capaian '{record.label}' tercetak {shown}, padahal realisasi "
                            f"dibagi target × 100 = {persen(capaian.nilai)}% (target "
                            f"{record.values[0]}). Hitung ulang capaian = realisasi / target "
                            "× 100.",
                            tabel=tabel,
                            line=record.line,
                            nama=record.label,
                            column="Capaian",
                            found=shown,
                            expected=persen(capaian.nilai),
                        )
                    )
        if record.kategori and not any(k in name_key(record.kategori) for k in known):
            findings.append(
                temuan(
                    "KATEGORI_TIDAK_DIKENAL",
                    f"Kolom kategori '{record.label}' berisi '{record.kategori}', bukan predikat "
                    "capaian (mis. Sangat Tinggi, Tercapai). Isi predikat sesuai skala yang "
                    "dipakai.",
                    tabel=tabel,
                    line=record.line,
                    nama=record.label,
                    column="Kategori",
                    found=record.kategori,
                    expected="predikat capaian",
                )
            )
    return findings


def _mean(
    tabel: TabelBaca, record: _Record, computed: Sequence[Capaian], printed: Sequence[Capaian]
) -> list[Finding]:
    shown = next((v for v in record.values if classify_cell(v) is CellClass.PERCENT), "")
    value = parse_percent(shown).value if shown else None
    mean, count = average_capaian(computed or printed)
    if value is None or mean is None or sama(value, mean):
        return []
    capped, _ = average_capaian(computed or printed, HUNDRED)
    cap = (
        " Angka itu hanya benar bila setiap capaian dibatasi 100 %, dan tabel tidak menyebutkannya."
        if capped is not None and sama(value, capped)
        else ""
    )
    return [
        temuan(
            "RATA_RATA_SALAH",
            f"Rata-rata capaian tercetak {shown}, padahal rata-rata {count} baris di atasnya "
            f"{persen(mean)}%.{cap} Perbaiki rata-ratanya atau jelaskan cara menghitungnya.",
            tabel=tabel,
            line=record.line,
            nama=record.label,
            column="Capaian",
            found=shown,
            expected=persen(mean),
        )
    ]


def check_capaian(periksa: Pemeriksaan) -> list[Finding]:
    """Every capaian kinerja table (RKT/IKU)."""
    return [
        f
        for tabel in periksa.bacaan.of_kind(TableKind.CAPAIAN_KINERJA)
        for f in _capaian_table(periksa, tabel)
    ]
