"""Counts, amounts and percentages stated in the narrative against themselves and the tables
(domain.md §7 rule 11).

* **Terbilang**: "8 (Delapan) Program" — the words must say the figure (``core.terbilang``).
* **Counts**: "N Program, M Kegiatan dan K Sub Kegiatan" in the planning chapters is the main
  Renja table's count (an error when it differs); in the evaluation chapter it is compared with
  the evaluation table, whose rows may include some not carried out (a warning).
* **A percentage of two amounts**: "anggaran Rp A dengan realisasi Rp B atau P %" — P must be
  B / A × 100.
* **Program achievements** restated from T-C.29 ("Capaian Realisasi Program Rehabilitasi
  Sosial 88,27 %" where column 8 prints 88,28 %) are warnings (S001-22).
* **References**: "… dapat dilihat pada Tabel 6" about a table whose title is another table's
  (S001-16); the national priorities tagged in the keterkaitan table against the PN the text
  says the office supports (S001-17).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from renjana.core.idformat import parse_percent, parse_rupiah
from renjana.core.kode import Kode, Level, parse_kode
from renjana.core.numbers import percent
from renjana.core.referensi import name_key
from renjana.core.terbilang import baca_terbilang
from renjana.importers.audit.baris_rencana import TabelRencana
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, persen, sama, temuan
from renjana.importers.tables import TableKind

_COUNT = re.compile(
    r"(\d{1,4})\s*\(\s*([A-Za-z][A-Za-z ]*?)\s*\)\s*(sub\s*kegiatan|kegiatan|program)\b",
    re.IGNORECASE,
)
_AMOUNTS = re.compile(
    r"(?:anggaran|pagu|alokasi)[^.%]{0,60}?rp\.?\s*([\d.,]+)[^%]{0,80}?realisasi[^.%]{0,40}?"
    r"rp\.?\s*([\d.,]+)[^%]{0,40}?(\d{1,3}(?:[.,]\d{1,2})?)\s*%",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"(?:dapat\s+dilihat|disajikan|dijabarkan|tersaji|seperti|sebagaimana)\s+(?:pada|dalam)?\s*"
    r"(?:\*\*)?tabel\s+(\d+(?:\.\d+)*)",
    re.IGNORECASE,
)
_PN = re.compile(r"\bPN\s*(\d{1,2})\b")
_PCT = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
_WORD = re.compile(r"[a-z]{4,}")
_STOP = frozenset(
    {
        "dinas",
        "sosial",
        "tahun",
        "dapat",
        "dilihat",
        "pada",
        "tabel",
        "dalam",
        "sebagai",
        "berikut",
        "adalah",
        "yang",
        "kota",
        "kabupaten",
        "provinsi",
    }
)


def _level_word(word: str) -> Level:
    key = word.lower().replace(" ", "")
    return {"program": Level.PROGRAM, "kegiatan": Level.KEGIATAN}.get(key, Level.SUB_KEGIATAN)


def _terbilang(periksa: Pemeriksaan) -> list[Finding]:
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        for match in _COUNT.finditer(text):
            said = baca_terbilang(match.group(2))
            if said is None or said == int(match.group(1)):
                continue
            findings.append(
                temuan(
                    "TERBILANG_SALAH",
                    f"'{match.group(0)}': angka {match.group(1)} tetapi terbilangnya "
                    f"'{match.group(2)}' ({said}). Samakan angka dan terbilangnya.",
                    line=line,
                    section=periksa.bacaan.section_text(line),
                    found=match.group(0),
                    expected=f"{match.group(1)} atau {said}",
                )
            )
    return findings


def _counts_of(codes: Sequence[str]) -> Counter[Level]:
    counts: Counter[Level] = Counter()
    for kode in dict.fromkeys(codes):
        try:
            counts[Kode.from_str(kode).level] += 1
        except ValueError:
            continue
    return counts


def _tc29_counts(periksa: Pemeriksaan) -> tuple[str, Counter[Level]] | None:
    for tabel in periksa.bacaan.of_kind(TableKind.TC29):
        if tabel.tc29 is None:
            continue
        counts: Counter[Level] = Counter()
        for row in tabel.tc29.rows:
            words = name_key(row.nama)
            if words.startswith("program "):
                counts[Level.PROGRAM] += 1
                continue
            parsed = parse_kode(row.kode).kode
            if parsed is None:
                continue
            level = parsed.level
            if level is not Level.PROGRAM:
                counts[level] += 1
        return tabel.label or tabel.title, counts
    return None


def check_plan_narrative(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Counts of programs, kegiatan and sub kegiatan stated in the text."""
    main = next((t for t in tables if t.main), None)
    planned = _counts_of([r.kode for r in main.rows if r.kode]) if main else None
    evaluated = _tc29_counts(periksa)
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        evaluation = periksa.bacaan.bab_at(line) == 2
        source = (
            evaluated
            if evaluation
            else ((main.name, planned) if main is not None and planned is not None else None)
        )
        if source is None:
            continue
        name, counts = source
        for match in _COUNT.finditer(text):
            level = _level_word(match.group(3))
            stated, actual = int(match.group(1)), counts.get(level, 0)
            if stated == actual or actual == 0:
                continue
            findings.append(
                temuan(
                    "NARASI_BEDA_TABEL" if evaluation else "HITUNGAN_NARASI_SALAH",
                    f"Teks menyebut '{match.group(0)}', sedangkan {name} memuat {actual} "
                    f"{level.label.lower()}. Samakan jumlah dalam teks dengan tabelnya.",
                    line=line,
                    section=periksa.bacaan.section_text(line),
                    found=str(stated),
                    expected=str(actual),
                )
            )
    return findings


def _amounts(periksa: Pemeriksaan) -> list[Finding]:
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        for match in _AMOUNTS.finditer(text):
            anggaran = parse_rupiah(match.group(1).rstrip(".,")).value
            realisasi = parse_rupiah(match.group(2).rstrip(".,")).value
            stated = parse_percent(match.group(3)).value
            if anggaran is None or realisasi is None or stated is None:
                continue
            expected = percent(realisasi, anggaran)
            if expected is None or sama(stated, expected):
                continue
            findings.append(
                temuan(
                    "HITUNGAN_NARASI_SALAH",
                    f"Teks menyebut realisasi Rp {match.group(2)} dari anggaran Rp "
                    f"{match.group(1)} sebagai {match.group(3)}%, padahal hasil baginya "
                    f"{persen(expected)}%.",
                    line=line,
                    section=periksa.bacaan.section_text(line),
                    found=f"{match.group(3)}%",
                    expected=f"{persen(expected)}%",
                )
            )
    return findings


def _program_capaian(periksa: Pemeriksaan) -> list[Finding]:
    """Program achievements of the evaluation chapter against T-C.29 column 8."""
    rows: list[tuple[str, str, Decimal, str, str]] = []
    for tabel in periksa.bacaan.of_kind(TableKind.TC29):
        if tabel.tc29 is None:
            continue
        for row, printed in zip(tabel.tc29.rows, tabel.tc29.printed, strict=True):
            key = name_key(row.nama)
            value = printed.tingkat_realisasi.value
            if key.startswith("program ") and value is not None:
                name = key.removeprefix("program ")
                rows.append((name, row.kode, value, printed.tingkat_realisasi.raw, tabel.name))
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        if periksa.bacaan.bab_at(line) != 2:
            continue
        for name, kode, value, raw, table in rows:
            words = r"\W+".join(re.escape(w) for w in name.split())
            named = re.search(rf"\bprogram\W+{words}\b", text, re.IGNORECASE)
            found = _PCT.search(text[named.end() : named.end() + 200]) if named else None
            if found is None:
                continue
            stated = parse_percent(found.group(1)).value
            if stated is None or stated == value:
                continue
            findings.append(
                temuan(
                    "NARASI_BEDA_TABEL",
                    f"Teks menyebut capaian Program {name.title()} {found.group(0)}, sedangkan "
                    f"{table} (kolom 8, {kode}) mencetak {raw}. Samakan angkanya.",
                    line=line,
                    section=periksa.bacaan.section_text(line),
                    kode=kode,
                    found=found.group(0),
                    expected=raw,
                )
            )
    return findings


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _score(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _references(periksa: Pemeriksaan) -> list[Finding]:
    titles = {t.label: t for t in periksa.bacaan.tables if t.label}
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        for match in _REFERENCE.finditer(text):
            label = f"Tabel {match.group(1)}"
            said = _words(text[: match.start()][-300:])
            named = titles.get(label)
            if named is None or len(said) < 4:
                continue
            here = _score(said, _words(named.title))
            best = max(titles.values(), key=lambda t: _score(said, _words(t.title)))
            score = _score(said, _words(best.title))
            if best.label == label or score < 0.4 or score < 2 * here:
                continue
            findings.append(
                temuan(
                    "RUJUKAN_TABEL_SALAH",
                    f"Teks merujuk {label} untuk '{text[: match.start()].strip()[-120:]}', "
                    f"padahal isinya adalah {best.label} ({best.title[:90]}). Perbaiki "
                    "rujukannya.",
                    line=line,
                    section=periksa.bacaan.section_text(line),
                    found=label,
                    expected=best.label,
                )
            )
    return findings


def _priorities(periksa: Pemeriksaan) -> list[Finding]:
    said = {int(m.group(1)) for _, text in periksa.bacaan.narasi for m in _PN.finditer(text)}
    if not said:
        return []
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(TableKind.PRIORITAS):
        tagged: Counter[int] = Counter()
        for row in tabel.mentah.rows:
            cell = row.cells.get("kode_prioritas")
            if cell is not None and re.fullmatch(r"\s*\d{1,2}\s*", cell.raw):
                tagged[int(cell.raw)] += 1
        other = {pn: n for pn, n in tagged.items() if pn not in said}
        if not other:
            continue
        shown = ", ".join(f"PN {pn} ({n} baris)" for pn, n in sorted(other.items()))
        expected = ", ".join(f"PN {pn}" for pn in sorted(said))
        findings.append(
            temuan(
                "PRIORITAS_NASIONAL_TIDAK_SESUAI",
                f"{tabel.name} mengaitkan baris dengan {shown}, sedangkan teks menyatakan "
                f"perangkat daerah mendukung {expected}. Periksa kode prioritas nasionalnya.",
                tabel=tabel,
                line=tabel.table.line,
                column="KODE (PN/PP)",
                found=shown,
                expected=expected,
            )
        )
    return findings


def check_narrative(periksa: Pemeriksaan) -> list[Finding]:
    """Terbilang, stated percentages of amounts, program achievements, table references and
    national priorities."""
    return [
        *_terbilang(periksa),
        *_amounts(periksa),
        *_program_capaian(periksa),
        *_references(periksa),
        *_priorities(periksa),
    ]
