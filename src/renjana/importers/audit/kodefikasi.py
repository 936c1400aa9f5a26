"""Codes as printed (domain.md §7 rule 6, §3): unreadable codes, one code on two different
rows of a table, and the document's coding.

* Reading problems of the code cells (``KODE_BIDANG_TIGA_DIGIT`` for ``2.013.04``,
  ``KODE_TERPOTONG`` for ``2.13.04.2.01.0``) and of number cells (``ANGKA_DIRAPIKAN`` for
  ``100,000,00 0``) come from the core parsers through the table layer and are placed at the
  table, line and column where they were read.
* ``KODE_GANDA_DALAM_TABEL``: a code printed on two rows with different names. The row whose
  name is the code's official name (or the name the main Renja table gives it) keeps the code;
  the other row is reported, with the code its name belongs to — found by name among the main
  table's rows and the nomenclature, preferring the kegiatan of the code printed (a sub
  kegiatan printed with only its kegiatan's code, 001 Tabel 8; "PROGRAM PENANGANAN BENCANA"
  coded as a kegiatan of the Penunjang program, 001 Tabel 1).
* A document in the pre-2019 coding is said once (``KODE_LAMA``): its codes are not compared
  with the nomenclature, for no mapping exists (domain.md §3.2).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from renjana.core.checks import KemiripanNama, compare_nama
from renjana.core.idformat import format_number, parse_number
from renjana.core.kode import Kode, KodeKind, parse_kode
from renjana.core.problems import Problem
from renjana.core.referensi import name_key
from renjana.importers.audit.baris_rencana import BarisTabel, TabelRencana
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.kode_baris import IndeksNama
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.tables import TableKind

_READING = frozenset(
    {
        "KODE_BIDANG_TIGA_DIGIT",
        "KODE_TERPOTONG",
        "KODE_TINGKAT_TIDAK_SAH",
        "ANGKA_DIRAPIKAN",
        "ANGKA_TIDAK_SAH",
        "JUMLAH_ORANG_DESIMAL",
        "PEMISAH_CAMPUR",
    }
)
#: Tables whose codes the audit re-reads itself (``baris_rencana``): their raw code problems
#: (no urusan/bidang, a program number in one cell) are not the document's.
_REREAD = (TableKind.RENCANA_PENDANAAN,)


def _problems(tabel: TabelBaca) -> tuple[Problem, ...]:
    extracted = tabel.renja or tabel.tc29 or tabel.rfk or tabel.anggaran
    return extracted.problems if extracted is not None else tabel.mentah.problems


def _name_at(tabel: TabelBaca, line: int | None) -> str:
    for row in tabel.mentah.rows:
        if line in row.lines:
            cell = row.cells.get("nama")
            return cell.raw if cell is not None else ""
    return ""


def _expected(problem: Problem) -> str:
    if problem.expected:
        return problem.expected
    if problem.code == "ANGKA_DIRAPIKAN":
        value = parse_number(problem.found).value
        return format_number(value) if value is not None else ""
    return ""


def check_reading(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Code and number cells the core parsers could only read with a repair, or not at all.

    A code cut in a table the audit re-reads by row name (T-C.31, the pendanaan table) and
    completed from the row of the same name is not reported row by row: the conversion often
    cuts split code cells. One note says how many were completed, so a reader can verify."""
    completed = {
        (t.tabel.index, r.line): r.kode
        for t in tables
        for r in t.rows
        if r.kode and "KODE_TERPOTONG" in r.kode_problems
    }
    findings: list[Finding] = []
    for tabel in periksa.bacaan.tables:
        if tabel.kind in _REREAD:
            continue
        done = 0
        for problem in _problems(tabel):
            if problem.code not in _READING:
                continue
            line = problem.location.row
            if problem.code == "KODE_TERPOTONG" and (tabel.index, line) in completed:
                done += 1
                continue
            kode = problem.found if problem.code.startswith("KODE") else ""
            findings.append(
                temuan(
                    problem.code,
                    problem.message,
                    tabel=tabel,
                    line=line,
                    kode=kode,
                    nama=_name_at(tabel, line),
                    column=problem.location.column,
                    found=problem.found,
                    expected=_expected(problem),
                )
            )
        if done:
            findings.append(
                temuan(
                    "KODE_DILENGKAPI",
                    f"{done} kode pada {tabel.name} tercetak tidak lengkap (mis. '2.0 | 0'); "
                    "kode lengkapnya diambil dari baris bernama sama di tabel Renja atau "
                    "nomenklatur. Periksa dengan dokumen asli: bila kodenya memang terpotong, "
                    "lengkapi kodenya.",
                    tabel=tabel,
                    line=tabel.table.line,
                    found=f"{done} kode tidak lengkap",
                    expected="kode lengkap",
                )
            )
    return findings


def _tc29_rows(tabel: TabelBaca) -> tuple[BarisTabel, ...]:
    if tabel.tc29 is None:
        return ()
    return tuple(
        BarisTabel(row.kode, row.kode, row.nama, lines[0], lines)
        for row, lines in zip(tabel.tc29.rows, tabel.tc29.lines, strict=True)
    )


def list_rows(tabel: TabelBaca) -> tuple[BarisTabel, ...]:
    """Rows of a nomenclature list (codes split over cells, the bidang given above)."""
    rows: list[BarisTabel] = []
    konteks: Kode | None = None
    for raw in tabel.mentah.rows:
        cell = raw.cells.get("kode")
        nama = raw.cells.get("nama")
        if cell is None or nama is None:
            continue
        parsed = parse_kode(cell.raw.split(" | "), konteks=konteks)
        if parsed.kode is None or parsed.kind is not KodeKind.CURRENT:
            continue
        if parsed.kode.bidang is not None:
            konteks = parsed.kode
        rows.append(BarisTabel(str(parsed.kode), cell.raw, nama.raw, raw.lines[0], raw.lines))
    return tuple(rows)


def _owner(
    periksa: Pemeriksaan, kode: str, rows: Sequence[BarisTabel], main: dict[str, str]
) -> BarisTabel:
    """The row that rightly carries ``kode``: official name, else the main table's name."""
    nomenklatur = periksa.nomenklatur
    if nomenklatur is not None and not periksa.meta.kode_lama:
        item = nomenklatur.get(Kode.from_str(kode), periksa.tingkat)
        if item is not None:
            for row in rows:
                if compare_nama(row.nama, item.nama) is not KemiripanNama.BEDA:
                    return row
    wanted = name_key(main.get(kode, ""))
    return next((row for row in rows if wanted and name_key(row.nama) == wanted), rows[0])


def _duplicates(
    periksa: Pemeriksaan,
    tabel: TabelBaca,
    rows: Iterable[BarisTabel],
    indeks: IndeksNama,
    main: dict[str, str],
) -> list[Finding]:
    groups: dict[str, list[BarisTabel]] = {}
    for row in rows:
        if row.kode and not row.is_total:
            groups.setdefault(row.kode, []).append(row)
    findings: list[Finding] = []
    for kode, group in groups.items():
        if len(group) < 2:
            continue
        owner = _owner(periksa, kode, group, main)
        bidang = Kode.from_str(kode).bidang
        for row in group:
            if row is owner:
                continue
            expected = indeks.find(row.nama, under=bidang, near=Kode.from_str(kode))
            expected = "" if expected == kode else expected
            same = name_key(row.nama) == name_key(owner.nama)
            fix = (
                "Hapus baris ganda ini."
                if same
                else f"Menurut namanya, baris ini berkode {expected}; perbaiki kodenya."
                if expected
                else "Perbaiki kode salah satu baris sesuai nomenklatur."
            )
            findings.append(
                temuan(
                    "KODE_GANDA_DALAM_TABEL",
                    f"Kode {kode} dipakai dua kali dalam {tabel.name}: untuk '{owner.nama}' "
                    f"(baris {owner.line}) dan untuk '{row.nama}' (baris {row.line}). {fix}",
                    tabel=tabel,
                    line=row.line,
                    kode=kode,
                    nama=row.nama,
                    column="Kode",
                    found=kode,
                    expected=expected,
                )
            )
    return findings


def check_duplicates(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """One code on two rows with different names, in every table that prints codes."""
    main_rows = next((t.rows for t in tables if t.main), ())
    indeks = IndeksNama.of([(r.kode, r.nama) for r in main_rows], periksa)
    main = {row.kode: row.nama for row in main_rows if row.kode}
    findings: list[Finding] = []
    for tabel in tables:
        if tabel.compare and tabel.tabel.kind is not TableKind.PRIORITAS:
            findings += _duplicates(periksa, tabel.tabel, tabel.rows, indeks, main)
    for found in periksa.bacaan.of_kind(TableKind.TC29):
        findings += _duplicates(periksa, found, _tc29_rows(found), indeks, main)
    for found in periksa.bacaan.of_kind(TableKind.NOMENKLATUR):
        findings += _duplicates(periksa, found, list_rows(found), indeks, main)
    return findings


def check_coding(periksa: Pemeriksaan) -> list[Finding]:
    """The document's codes are pre-Permendagri 90/2019 codes: said once."""
    if not periksa.meta.kode_lama:
        return []
    return [
        temuan(
            "KODE_LAMA",
            "Kode program dan kegiatan dokumen ini berformat lama (sebelum Permendagri "
            "90/2019). Kode lama tidak dapat dipetakan ke nomenklatur Kepmendagri 050-5889/2021, "
            "sehingga kode dan nama tidak dibandingkan dengan nomenklatur; pemeriksaan lain "
            "tetap dijalankan.",
            found="kode lama",
            expected="kode Permendagri 90/2019",
        )
    ]
