"""The planning rules of ``core.checks`` run on every planning table the document prints, and
the completeness rules that only a printed table can break.

* ``check_renja`` (domain.md §7 rules 6, 8, 9, 12) runs on the main Renja table with the
  detected context (plan year, tingkat, the office's bidang, the packaged nomenclature and
  sumber dana list), and on the other planning tables too; there, a finding about a column the
  table does not print (lokasi in a rencana-pendanaan table) is dropped. The same finding on
  the same code in several tables becomes one finding later (``ringkas``).
* A column empty on every row (Target Akhir Renstra "-" throughout, no Kelompok Sasaran) is
  one finding for the table, not one per row.
* Lokasi must be a place: a cell naming the office ("DinsosPM") or two contradicting places
  in one cell are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from renjana.core.checks import check_renja
from renjana.core.idformat import is_missing_text
from renjana.core.kode import Level
from renjana.core.problems import Problem, Severity
from renjana.core.referensi import name_key
from renjana.core.renja import RenjaRowInput
from renjana.core.tree import DUPLICATE_KEY
from renjana.importers.audit.baris_rencana import BarisTabel, TabelRencana, as_inputs
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, column_label, temuan
from renjana.importers.tables import TableKind

#: Core rules the audit replaces with its own (printed duplicates and printed totals).
_REPLACED = frozenset({DUPLICATE_KEY, "JUMLAH_INDUK_BEDA", "KODE_TIDAK_BAKU", "KODE_TIDAK_SAH"})
#: A review table (T-C.31) is not the plan: of the planning rules only its names, codes and
#: warnings apply there (a target without money in an analisa kebutuhan is not an error).
_REVIEW_RULES = ("NAMA_", "KODE_", "TINGKAT_", "SATUAN_")
#: Which printed column a core finding is about (``Location.field`` → logical column).
_FIELD_COLUMN = {
    "indikator": "indikator",
    "target": "target",
    "satuan": "target",
    "target_n1": "target_n1",
    "pagu": "pagu",
    "pagu_n1": "pagu_n1",
    "lokasi": "lokasi",
    "sumber_dana": "sumber_dana",
}
#: Columns whose emptiness a core rule already reports row by row.
_COVERED = frozenset({"target_n1", "lokasi", "sumber_dana", "indikator", "target", "pagu"})
_OPTIONAL = frozenset({"no", "catatan", "keterangan", "kode", "nama"})
_ORGANISASI = re.compile(
    r"\b(dinas|dinsos\w*|badan|bidang|sekretariat|opd|skpd|perangkat\s+daerah|upt\w*)\b",
    re.IGNORECASE,
)
_TEMPAT = re.compile(
    r"\b(kab|kabupaten|kota|kec|kecamatan|kel|kelurahan|desa|rt|rw|semua|provinsi|jl|jalan)\b",
    re.IGNORECASE,
)
_SEMUA_KOTA = re.compile(r"semua\s+kota\s*/\s*kab", re.IGNORECASE)
_SATU_KAB = re.compile(r"\bkab(?:upaten)?\.?\s+[A-Z]", re.IGNORECASE)


def _column_label(tabel: TabelRencana, name: str) -> str:
    if tabel.tabel.kind is TableKind.TC31 and name in ("target", "pagu") and tabel.bagian:
        name = f"{name}_kebutuhan" if tabel.bagian == "analisa" else name
    return column_label(tabel.tabel, name)


def _row(tabel: TabelRencana, problem: Problem) -> BarisTabel | None:
    """The row a core finding is about: by code, and among rows sharing a code (a code
    printed twice) the one whose name or target the message quotes."""
    kode = problem.location.kode
    rows = [r for r in tabel.rows if kode and kode in (r.kode, r.kode_tercetak)]
    for row in rows:
        if row.nama and (row.nama in problem.message or row.nama == problem.found):
            return row
    return rows[0] if rows else None


def _finding(problem: Problem, tabel: TabelRencana) -> Finding | None:
    field = problem.location.field
    column = _FIELD_COLUMN.get(field, "")
    if column and column not in tabel.columns:
        return None
    row = _row(tabel, problem)
    if problem.code in ("NAMA_BEDA_NOMENKLATUR", "NAMA_EJAAN_BEDA") and _continued(row, problem):
        return None
    return temuan(
        problem.code,
        problem.message,
        tabel=tabel.tabel,
        line=row.line if row is not None else None,
        kode=problem.location.kode,
        nama=row.nama if row is not None else "",
        column=_column_label(tabel, column or field),
        found=problem.found,
        expected=problem.expected,
    )


def _continued(row: BarisTabel | None, problem: Problem) -> bool:
    """The printed name is the official one plus words a page break carried into the name
    cell (the rest of the indicator): a conversion artefact, not another name."""
    if row is None or len(row.lines) < 2 or not problem.expected:
        return False
    return name_key(row.nama).startswith(name_key(problem.expected))


def check_planning(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """``check_renja`` on every planning table (nothing without plan year and tingkat)."""
    ctx = periksa.plan_context()
    if ctx is None:
        return []
    findings: list[Finding] = []
    for tabel in tables:
        if tabel.tabel.kind is TableKind.PRIORITAS or not tabel.compare:
            continue
        rows: Sequence[RenjaRowInput] = as_inputs(tabel)
        for problem in check_renja(rows, ctx):
            if problem.code in _REPLACED:
                continue
            if not tabel.main and problem.code == "NOMENKLATUR_TIDAK_MENCAKUP":
                continue
            review = tabel.tabel.kind is TableKind.TC31
            blocking = problem.severity is Severity.ERROR
            if review and blocking and not problem.code.startswith(_REVIEW_RULES):
                continue
            finding = _finding(problem, tabel)
            if finding is not None:
                findings.append(finding)
    return findings


def _is_plan_row(row: BarisTabel) -> bool:
    return not row.is_total and row.level in (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN)


def check_empty_columns(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Named columns of a planning table that are empty or "-" on every program, kegiatan
    and sub kegiatan row (one finding per table)."""
    findings: list[Finding] = []
    for tabel in tables:
        table = tabel.tabel
        plan_lines = {row.line for row in tabel.rows if _is_plan_row(row)}
        rows = [m for m in table.mentah.rows if m.lines[0] in plan_lines]
        if len(rows) < 3:
            continue
        empty = [
            column
            for column in table.recognition.columns.columns
            if column.name not in _OPTIONAL
            and not (column.name in _COVERED and periksa.plan_context() is not None)
            and all(
                is_missing_text(r.cells[column.name].raw) if column.name in r.cells else True
                for r in rows
            )
        ]
        if not empty:
            continue
        labels = ", ".join(f"'{c.label or c.name}'" for c in empty)
        findings.append(
            temuan(
                "KOLOM_KOSONG",
                f"Kolom {labels} pada {table.name} kosong atau '-' pada semua baris program, "
                "kegiatan dan sub kegiatan. Isi kolom tersebut, atau hapus kolomnya bila memang "
                "tidak dipakai dalam format yang berlaku.",
                tabel=table,
                line=table.table.line,
                column="; ".join(c.label or c.name for c in empty),
                found="kosong pada semua baris",
                expected="terisi",
            )
        )
    return findings


def check_lokasi(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Lokasi cells that name an organisation instead of a place, and cells holding two
    locations that contradict each other."""
    findings: list[Finding] = []
    for tabel in tables:
        if "lokasi" not in tabel.columns:
            continue
        label = _column_label(tabel, "lokasi")
        for row in tabel.rows:
            text = row.lokasi
            if not text or row.level is not Level.SUB_KEGIATAN:
                continue
            if _ORGANISASI.search(text) and not _TEMPAT.search(text):
                findings.append(
                    temuan(
                        "LOKASI_BUKAN_TEMPAT",
                        f"Lokasi {row.kode} tertulis '{text}', yaitu nama organisasi, bukan "
                        "tempat pelaksanaan. Isi lokasi dengan wilayah (kabupaten/kota, "
                        "kecamatan, kelurahan/desa) tempat kegiatan dilaksanakan.",
                        tabel=tabel.tabel,
                        line=row.line,
                        kode=row.kode,
                        nama=row.nama,
                        column=label,
                        found=text,
                        expected="nama wilayah",
                    )
                )
            elif len(re.findall(r"semua\s+kecamatan", text, re.IGNORECASE)) > 1 or (
                _SEMUA_KOTA.search(text) and _SATU_KAB.search(text)
            ):
                findings.append(
                    temuan(
                        "LOKASI_GANDA",
                        f"Sel lokasi {row.kode} memuat dua lokasi yang bertentangan ('{text}'). "
                        "Tuliskan satu lokasi, atau pisahkan bila kegiatan memang di beberapa "
                        "wilayah.",
                        tabel=tabel.tabel,
                        line=row.line,
                        kode=row.kode,
                        nama=row.nama,
                        column=label,
                        found=text,
                        expected="satu lokasi",
                    )
                )
    return findings
