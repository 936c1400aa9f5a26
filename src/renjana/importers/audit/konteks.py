"""What the document is, read from the document itself: plan year *n*, tingkat, pemda,
office, stage, coding. Every rule that compares a year or a level digit needs these.

* **Plan year**: the year printed with the document's own name on the cover ("RENCANA KERJA
  (RENJA) … TAHUN 2024"); else the year most often printed with the document's name in the
  text; else the year in the caption of its main planning table. The cover's second year
  ("PEMERINTAH KOTA … TAHUN 2023", the year of writing) is never taken.
* **Tingkat**: the words of the cover ("Pemerintah Provinsi …", "Kota …", "Kabupaten …");
  else the level digit most kegiatan codes carry. A verifier can override both.
* **Coding**: a document whose codes mostly read as pre-Permendagri 90/2019 codes is
  audited without the nomenclature (no mapping exists, domain.md §3.2).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from renjana.core.kode import Kode, KodeKind, Level, Tingkat, parse_kode
from renjana.importers.audit.dokumen import BacaanDokumen
from renjana.importers.audit.model import DocumentMeta, JenisDokumen
from renjana.importers.tables import TableKind

_NAMA_DOKUMEN = re.compile(
    r"\b(rencana\s+kinerja\s+tahunan|rkt|rencana\s+kerja|renja)\b", re.IGNORECASE
)
_NAMA_TAHUN = re.compile(
    r"\b(?:rencana\s+kinerja\s+tahunan|rkt|rencana\s+kerja(?!\s+pemerintah)|renja)\b"
    r"(?:(?!\b(?:tahun|renstra|rkpd|rpjm\w*|rencana)\b)[^.;]){0,80}?"
    r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)",
    re.IGNORECASE,
)
_EVALUASI = re.compile(r"\b(evaluasi|pelaksanaan|hasil|realisasi|lalu)\b", re.IGNORECASE)
_BAB_EVALUASI = 2
_TAHUN = re.compile(r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_PEMDA = re.compile(
    r"\b(provinsi|kota|kabupaten)\s+([a-z][a-z .'-]*?)(?=\s+tahun\b|\s*$|,)", re.IGNORECASE
)
_OPD = re.compile(
    r"\b((?:dinas|badan|kantor)\s+[a-z][a-z ,&-]*?)(?=\s+(?:kota|kabupaten|provinsi|tahun)\b|$)",
    re.IGNORECASE,
)
_TAHAP = (
    ("Rancangan Awal", re.compile(r"\brancangan\s+awal\b", re.IGNORECASE)),
    ("Rancangan Akhir", re.compile(r"\brancangan\s+akhir\b", re.IGNORECASE)),
    ("Rancangan", re.compile(r"\brancangan\b(?!\s+(?:awal|akhir))", re.IGNORECASE)),
    ("Perubahan", re.compile(r"\bperubahan\s+(?:renja|rencana\s+kerja)\b", re.IGNORECASE)),
)
_COVER_LINES = 40
_CODE_KINDS = (TableKind.RENJA_17, TableKind.TC33, TableKind.TC29, TableKind.NOMENKLATUR)
_MAJORITY = 0.8


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """What the verifier tells the audit; ``None`` means "read it from the document"."""

    tahun: int | None = None
    tingkat: Tingkat | None = None


def _cover(bacaan: BacaanDokumen) -> list[str]:
    """The narrative before the Kata Pengantar, Daftar Isi or first BAB (the title page)."""
    stop = re.compile(r"kata\s+pengantar|daftar\s+isi|^\W*bab\s+[ivx]+", re.IGNORECASE)
    end = next((b.line for b in bacaan.bagian if stop.search(b.text)), None)
    lines = [text for line, text in bacaan.narasi if end is None or line < end]
    return lines[:_COVER_LINES]


def _title(cover: list[str]) -> tuple[str, int | None]:
    """The cover line with the document's name and the plan year printed with it."""
    for index, text in enumerate(cover):
        name = _NAMA_DOKUMEN.search(text)
        if not name:
            continue
        year = _TAHUN.search(text, name.end())
        if year:
            return text, int(year.group(1))
        between: list[str] = []
        for later in cover[index + 1 : index + 7]:
            if re.search(r"\bpemerintah\b", later, re.IGNORECASE):
                continue
            year = _TAHUN.search(later)
            if year:
                return " ".join([text, *between, later]), int(year.group(1))
            between.append(later)
        return text, None
    return (cover[0] if cover else ""), None


def _year_in_text(bacaan: BacaanDokumen) -> int | None:
    """The year the text most often prints with the document's name ("Renja Dinas Sosial …
    Tahun 2025"), outside the evaluation chapter and "evaluasi pelaksanaan Renja tahun …"."""
    counts: Counter[int] = Counter()
    for line, text in bacaan.narasi:
        if bacaan.bab_at(line) == _BAB_EVALUASI:
            continue
        for match in _NAMA_TAHUN.finditer(text):
            if not _EVALUASI.search(text[max(0, match.start() - 40) : match.start()]):
                counts[int(match.group(1))] += 1
    return counts.most_common(1)[0][0] if counts else None


def _year_in_tables(bacaan: BacaanDokumen) -> int | None:
    for tabel in bacaan.of_kind(TableKind.TC33, TableKind.RENJA_17):
        year = _TAHUN.search(tabel.title)
        if year:
            return int(year.group(1))
    return None


def _tingkat_from_words(cover: list[str]) -> Tingkat | None:
    for text in cover:
        for match in _PEMDA.finditer(text):
            word = match.group(1).lower()
            return Tingkat.PROVINSI if word == "provinsi" else Tingkat.KABKOTA
    return None


def _codes(bacaan: BacaanDokumen) -> tuple[list[Kode], int, int]:
    """Current codes of the code tables, and how many code cells were current / old."""
    found: list[Kode] = []
    current = old = 0
    for tabel in bacaan.of_kind(*_CODE_KINDS):
        for row in tabel.mentah.rows:
            cell = row.cells.get("kode")
            if cell is None or not cell.raw.strip():
                continue
            parsed = parse_kode(cell.raw.split(" | "))
            if parsed.kind is KodeKind.OLD:
                old += 1
            elif parsed.kode is not None:
                current += 1
                found.append(parsed.kode)
    return found, current, old


def _tingkat_from_codes(codes: list[Kode]) -> Tingkat | None:
    digits = Counter(k.tingkat for k in codes if k.tingkat is not None)
    total = sum(digits.values())
    if not total:
        return None
    tingkat, count = digits.most_common(1)[0]
    return tingkat if count >= _MAJORITY * total else None


def _urusan(codes: list[Kode]) -> tuple[str, ...]:
    bidang = Counter(str(k.bidang) for k in codes if k.level is not Level.URUSAN and k.bidang)
    return tuple(sorted(b for b, n in bidang.items() if n >= 2))


def _jenis(title: str) -> str:
    if re.search(r"rencana\s+kinerja\s+tahunan|\brkt\b", title, re.IGNORECASE):
        return JenisDokumen.RKT
    if re.search(r"rencana\s+kerja|\brenja\b", title, re.IGNORECASE):
        return JenisDokumen.RENJA
    return JenisDokumen.LAINNYA


def tahap_words(text: str) -> tuple[str, ...]:
    """The stage labels a text uses for the document itself (domain.md §4.7)."""
    return tuple(label for label, pattern in _TAHAP if pattern.search(text))


def detect_meta(bacaan: BacaanDokumen, options: AuditOptions) -> DocumentMeta:
    """The document's context; options win over what the document says."""
    cover = _cover(bacaan)
    title, year = _title(cover)
    tahun_dari = "judul" if year is not None else ""
    if year is None:
        year, tahun_dari = _year_in_text(bacaan), "narasi"
    if year is None:
        year, tahun_dari = _year_in_tables(bacaan), "tabel"
    if year is None:
        tahun_dari = ""
    if options.tahun is not None:
        year, tahun_dari = options.tahun, "opsi"
    codes, current, old = _codes(bacaan)
    tingkat = _tingkat_from_words(cover)
    tingkat_dari = "judul" if tingkat is not None else ""
    if tingkat is None:
        tingkat = _tingkat_from_codes(codes)
        tingkat_dari = "kode" if tingkat is not None else ""
    if options.tingkat is not None:
        tingkat, tingkat_dari = options.tingkat, "opsi"
    pemda = next(
        (
            f"{m.group(1).title()} {m.group(2).strip().title()}"
            for t in cover
            for m in [_PEMDA.search(t)]
            if m
        ),
        "",
    )
    opd = next(
        (" ".join(m.group(1).split()).title() for t in cover for m in [_OPD.search(t)] if m), ""
    )
    return DocumentMeta(
        source=bacaan.source,
        jenis=_jenis(title),
        judul=" ".join(title.split()),
        tahun=year,
        tahun_dari=tahun_dari,
        tingkat=tingkat,
        tingkat_dari=tingkat_dari,
        pemda=pemda,
        perangkat_daerah=opd,
        urusan=_urusan(codes),
        tahap=tahap_words(title),
        kode_lama=old > current,
    )
