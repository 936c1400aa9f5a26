"""The document's structure: section numbers, template text left in, the stage it names.

* **Section numbers** (``NOMOR_BAGIAN_SALAH``): within a BAB, a subsection number printed
  twice, or a subsection whose Daftar Isi entry has another number (S001-26: "2.1 Penelaahan
  Usulan …" listed as 2.5). Only two-level numbers of the current BAB count: a numbered list
  item elsewhere ("3.1. Pembentukan Kader" inside 2.3) is not a section.
* **Placeholders** (``PLACEHOLDER_TIDAK_DIISI``): dots standing for a number ("Nomor : .....",
  S003-16), template instructions in brackets ("( DIPILIH SESUAI SASARAN PD )"), and table
  headers that kept the template's "Tahun n-2 … n+1" (S003-18).
* **Stage** (``TAHAP_TIDAK_KONSISTEN``): the document must call itself by one stage — the
  cover's "Rancangan", the foreword's "Rancangan Akhir" and BAB IV's "Rancangan Awal" are
  three (S001-23).
"""

from __future__ import annotations

import re
from collections import Counter

from renjana.importers.audit.dokumen import BacaanDokumen, EntriDaftar
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.tables.columns import header_labels

_SUB = re.compile(r"^\s*(\d+)\.(\d+)\.?\s*(.*)$")
_WORD = re.compile(r"[a-z]{3,}")
_DOTS = re.compile(r"(?:nomor\s*:?\s*)?(?<!\.)\.{4,}(?!\s*\d+\s*$)|…{2,}", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"\(\s*(?:DIISI|DIPILIH|ISIKAN|ISI|PILIH|SESUAIKAN|TULISKAN|CONTOH)\b[^)]{0,80}\)"
)
_TEMPLATE_YEAR = re.compile(r"\btahun\s*-?\s*n\s*(?:[+-]\s*\d)?(?![a-z])", re.IGNORECASE)
_STAGE = re.compile(
    r"\b(rancangan\s+awal|rancangan\s+akhir|rancangan|perubahan)\s+"
    r"(?:rencana\s+kerja(?!\s+(?:pemerintah|dan\s+anggaran))|renja)\b",
    re.IGNORECASE,
)
_SIMILAR = 0.6


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _similar(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _daftar_number(entries: tuple[EntriDaftar, ...], title: str) -> str:
    best, number = 0.0, ""
    for entry in entries:
        match = _SUB.match(entry.text)
        if match:
            score = _similar(match.group(3), title)
            if score > best:
                best, number = score, f"{match.group(1)}.{match.group(2)}"
    return number if best >= _SIMILAR else ""


def _sections(bacaan: BacaanDokumen) -> list[Finding]:
    findings: list[Finding] = []
    seen: dict[tuple[int, str], int] = {}
    for bagian in bacaan.bagian:
        match = _SUB.match(bagian.text)
        if not match or int(match.group(1)) != bagian.bab or bagian.bab == 0:
            continue
        number = f"{match.group(1)}.{match.group(2)}"
        listed = _daftar_number(bacaan.daftar, match.group(3))
        twice = (bagian.bab, number) in seen
        seen.setdefault((bagian.bab, number), bagian.line)
        if not twice and (not listed or listed == number):
            continue
        why = (
            f"nomor {number} sudah dipakai subbab lain (baris {seen[(bagian.bab, number)]})"
            if twice
            else f"Daftar Isi menomorinya {listed}"
        )
        findings.append(
            temuan(
                "NOMOR_BAGIAN_SALAH",
                f"Subbab '{bagian.text}' bernomor {number}, padahal {why}. Perbaiki penomoran "
                "subbab dan samakan dengan Daftar Isi.",
                line=bagian.line,
                section=bagian.text,
                found=number,
                expected=listed,
            )
        )
    return findings


def _placeholders(periksa: Pemeriksaan) -> list[Finding]:
    bacaan = periksa.bacaan
    findings: list[Finding] = []
    for line, text in bacaan.narasi:
        for pattern in (_DOTS, _INSTRUCTION):
            match = pattern.search(text)
            if match:
                findings.append(
                    temuan(
                        "PLACEHOLDER_TIDAK_DIISI",
                        f"Teks '{text[max(0, match.start() - 60) : match.end() + 20].strip()}' "
                        "masih memuat isian templat yang belum diisi. Lengkapi isinya atau "
                        "hapus bagian itu.",
                        line=line,
                        section=bacaan.section_text(line),
                        found=match.group(0),
                        expected="isian yang lengkap",
                    )
                )
                break
    for tabel in bacaan.tables:
        labels = header_labels(tabel.table) if tabel.table.header_rows else []
        found = sorted({m.group(0) for label in labels for m in _TEMPLATE_YEAR.finditer(label)})
        if found:
            findings.append(
                temuan(
                    "PLACEHOLDER_TIDAK_DIISI",
                    f"Judul kolom {tabel.name} masih memakai tahun templat "
                    f"({', '.join(found)}) alih-alih tahun sebenarnya. Ganti dengan tahun "
                    f"yang dimaksud (n = {periksa.tahun or 'tahun rencana'}).",
                    tabel=tabel,
                    line=tabel.table.line,
                    column="; ".join(found),
                    found=found[0],
                    expected="tahun sebenarnya",
                )
            )
    return findings


def _stage(periksa: Pemeriksaan) -> list[Finding]:
    bacaan = periksa.bacaan
    places: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    for line, text in bacaan.narasi:
        if bacaan.bab_at(line) == 2:
            continue  # the evaluation chapter speaks of last year's documents
        for match in _STAGE.finditer(text):
            stage = " ".join(match.group(1).split()).title()
            counts[stage] += 1
            section = bacaan.section_text(line)[:40] or "sampul"
            if section not in places.setdefault(stage, []):
                places[stage].append(section)
    if len(counts) < 2:
        return []
    cover = periksa.meta.tahap[0] if periksa.meta.tahap else ""
    expected = cover or counts.most_common(1)[0][0]
    listing = "; ".join(f"{s} ({n}×: {', '.join(places[s][:4])})" for s, n in counts.items())
    return [
        temuan(
            "TAHAP_TIDAK_KONSISTEN",
            f"Dokumen menyebut dirinya dengan tahap yang berbeda-beda: {listing}. Satu dokumen "
            "hanya berada pada satu tahap (Rancangan Awal, Rancangan, Rancangan Akhir, "
            "Penetapan atau Perubahan); samakan penyebutannya.",
            found=", ".join(counts),
            expected=expected,
        )
    ]


def check_structure(periksa: Pemeriksaan) -> list[Finding]:
    """Section numbers, placeholders and the stage the document names."""
    return [*_sections(periksa.bacaan), *_placeholders(periksa), *_stage(periksa)]
