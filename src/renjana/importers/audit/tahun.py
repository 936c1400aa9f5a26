"""Years in table headers, titles and the narrative against the plan year *n* (§7 rule 10).

A Renja for year *n* evaluates *n-2*, is written in *n-1* and projects *n+1*; the years it
prints follow from that:

* **Headers** — each logical column knows its year: T-C.29 "s/d tahun n-3", "Tahun n-2",
  "Renja Tahun n-1"; the 17-column table "Realisasi … Tahun n-2", "Prakiraan … Tahun n-1",
  "Target n", "Prakiraan Maju … Tahun n+1" (S003-04); T-C.33 "Rencana Tahun n",
  "Prakiraan Maju Tahun n+1"; any "RKPD <year>" is *n* (S001-16).
* **Titles** — a planning table's title names year *n* (and *n+1* for the prakiraan maju);
  an evaluation table's title names *n-2* or *n-1*; a "Tahun" followed by three digits is a
  typo (Daftar Tabel "Tahun 204").
* **Narrative** — the document naming itself with another year ("RKT … Tahun Anggaran 2023" in
  an RKT 2024, S002-08), "… Tahun X dan Prakiraan Maju Tahun Y", "RKPD Tahun X" outside the
  evaluation chapter, and plan periods that cannot be ("RPJMN 2024-2024") or disagree
  ("RPJMD 2019-2024" and "RPJMD 2020-2024", S001-25) are errors or warnings; a year *n-1* in a
  planning or closing chapter that is neither a date, a period, a regulation's year nor a
  range is a warning for the reader to confirm (S002-08, S003-15, S001-25).
"""

from __future__ import annotations

import re

from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding, JenisDokumen
from renjana.importers.audit.tahun_narasi import (
    PERIOD,
    PRAKIRAAN,
    YEAR,
    check_narrative_years,
    salah_tahun,
)
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.cells import numbering
from renjana.importers.tables import TableKind
from renjana.importers.tables.columns import header_numbering

_PLANNING = (
    TableKind.TC33,
    TableKind.RENJA_17,
    TableKind.RENCANA_PENDANAAN,
    TableKind.PRIORITAS,
    TableKind.TUJUAN_SASARAN,
    TableKind.TC31,
    TableKind.TC32,
)
_EVALUATION = (
    TableKind.TC29,
    TableKind.RFK,
    TableKind.REALISASI_ANGGARAN,
    TableKind.CAPAIAN_KINERJA,
)
_EVALUATION_WORDS = re.compile(r"realisasi|evaluasi|capaian|laporan", re.IGNORECASE)

#: Offset of each logical column's year from *n*, by table kind.
_COLUMN_YEAR: dict[TableKind, dict[str, int]] = {
    TableKind.TC29: {
        "realisasi_sd_n3": -3,
        "target_n2": -2,
        "realisasi_n2": -2,
        "target_n1": -1,
        "realisasi_sd_n1": -1,
    },
    TableKind.RENJA_17: {
        "realisasi_n2": -2,
        "prakiraan_n1": -1,
        "target": 0,
        "pagu": 0,
        "target_n1": 1,
        "pagu_n1": 1,
    },
    TableKind.TC33: {"target": 0, "pagu": 0, "lokasi": 0, "target_n1": 1, "pagu_n1": 1},
    TableKind.RENCANA_PENDANAAN: {"target": 0, "pagu": 0},
}


_HEADER_RULES = (
    (re.compile(r"prakiraan\s+maju[^0-9]*?((?:19|20)\d\d)", re.IGNORECASE), 1, ()),
    (re.compile(r"\bRKPD\s+(?:tahun\s+)?((?:19|20)\d\d)", re.IGNORECASE), 0, ()),
    (re.compile(r"\brencana\s+tahun\s+((?:19|20)\d\d)", re.IGNORECASE), 0, ()),
    (
        re.compile(r"^\W*target\s+(?:tahun\s+)?((?:19|20)\d\d)\W*$", re.IGNORECASE),
        0,
        (TableKind.RENJA_17, TableKind.TC33, TableKind.RENCANA_PENDANAAN),
    ),
)


def _headers(periksa: Pemeriksaan, tabel: TabelBaca, n: int) -> list[Finding]:
    """Years in the header cells as printed: by the words around them (any table), and by the
    column a cell heads where the table numbers its columns (T-C.29, the 17-column table)."""
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    rows = [r for r in tabel.table.header_rows if not numbering(r.cells)]
    for row in rows:
        for cell in row.cells:
            text = " ".join(cell.split())
            for pattern, offset, kinds in _HEADER_RULES:
                match = pattern.search(text)
                if match and (not kinds or tabel.kind in kinds):
                    _header_year(periksa, tabel, text, match.group(1), n + offset, seen, findings)
                    break
    offsets = _COLUMN_YEAR.get(tabel.kind, {})
    if header_numbering(tabel.table) is None:
        return findings
    for column in tabel.recognition.columns.columns:
        if column.name not in offsets:
            continue
        for row in rows:
            text = " ".join(row.cell(column.position).split())
            if any(p.search(text) for p, _, _ in _HEADER_RULES) or PERIOD.search(text):
                continue
            years = [m.group(1) for m in YEAR.finditer(text)]
            expected = n + offsets[column.name]
            if years and str(expected) not in years:
                _header_year(periksa, tabel, text, years[-1], expected, seen, findings)
    return findings


def _header_year(
    periksa: Pemeriksaan,
    tabel: TabelBaca,
    label: str,
    found: str,
    expected: int,
    seen: set[tuple[str, str]],
    findings: list[Finding],
) -> None:
    if found == str(expected) or (found, str(expected)) in seen:
        return
    seen.add((found, str(expected)))
    findings.append(
        salah_tahun(
            periksa,
            f"Judul kolom '{label}' pada {tabel.name}",
            found,
            expected,
            tabel=tabel,
            line=tabel.table.line,
            column=label,
        )
    )


def _title(periksa: Pemeriksaan, tabel: TabelBaca, n: int) -> list[Finding]:
    title = tabel.title
    if PERIOD.search(title) and not re.search(r"tahun\s+\d{4}\s*(?:dan|$)", title, re.I):
        return []
    years = [int(m.group(1)) for m in YEAR.finditer(title)]
    if not years:
        return []
    line = tabel.table.line
    if tabel.kind in _PLANNING:
        forward = PRAKIRAAN.search(title)
        plan_years = [y for y in years if not (forward and str(y) in forward.group(0)[-4:])]
        wrong = [y for y in plan_years if y != n]
        if wrong:
            return [
                salah_tahun(
                    periksa, f"Judul {tabel.name}", str(wrong[0]), n, tabel=tabel, line=line
                )
            ]
        if forward and int(forward.group(0)[-4:]) != n + 1:
            return [
                salah_tahun(
                    periksa,
                    f"Judul {tabel.name}",
                    forward.group(0)[-4:],
                    n + 1,
                    tabel=tabel,
                    line=line,
                )
            ]
    if tabel.kind in _EVALUATION and _EVALUATION_WORDS.search(title):
        allowed = {n - 2, n - 1}
        wrong = [y for y in years if y not in allowed]
        if wrong:
            expected = n - 1 if periksa.meta.jenis == JenisDokumen.RKT else n - 2
            return [
                salah_tahun(
                    periksa, f"Judul {tabel.name}", str(wrong[0]), expected, tabel=tabel, line=line
                )
            ]
    return []


def _population(periksa: Pemeriksaan, tabel: TabelBaca) -> list[Finding]:
    """A population table whose header year is not the year its introduction names."""
    if tabel.kind not in (TableKind.PPKS, TableKind.PSKS):
        return []
    header = " ".join(c for r in tabel.table.header_rows for c in r.cells)
    printed = {m.group(1) for m in YEAR.finditer(header)}
    said = {m.group(1) for m in YEAR.finditer(tabel.table.lead)}
    if not printed or not said or printed & said:
        return []
    found, expected = sorted(printed)[0], sorted(said)[-1]
    return [
        temuan(
            "TAHUN_NARASI_MERAGUKAN",
            f"Judul kolom {tabel.name} menyebut tahun {found}, sedangkan kalimat pengantarnya "
            f"menyebut data sampai tahun {expected}. Samakan tahun datanya.",
            tabel=tabel,
            line=tabel.table.line,
            column=header[:80],
            found=found,
            expected=expected,
        )
    ]


def check_years(periksa: Pemeriksaan) -> list[Finding]:
    """Years in headers, titles and the narrative (nothing without a plan year)."""
    n = periksa.tahun
    if n is None:
        return []
    findings: list[Finding] = []
    for tabel in periksa.bacaan.tables:
        findings += _headers(periksa, tabel, n)
        findings += _title(periksa, tabel, n)
        findings += _population(periksa, tabel)
    findings += check_narrative_years(periksa, n)
    return findings
