"""Years in the narrative: self-mentions, prakiraan maju, RKPD, plan periods (§7 rule 10).

Split from :mod:`tahun` (headers and titles) because prose needs its own guards: a year in a
sentence is only wrong when the sentence says what the year is *of* — the document itself
("Renja … Tahun 2023" in a Renja 2024, S002-08), its forward year ("… dan Prakiraan Maju Tahun
2023", S001-16), the RKPD it follows, or a plan period ("RPJMN 2024-2024", "RPJMD 2019-2024"
beside "RPJMD 2020-2024", S001-25). A bare year *n-1* in a planning or closing chapter that is
neither a date, a regulation's year, a range nor a period is only a warning to confirm. The
evaluation chapter (BAB II) and the landasan hukum cite other years by nature and are skipped.
"""

from __future__ import annotations

import re
from collections import Counter

from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan

YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d])")
PERIOD = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
_SHORT_YEAR = re.compile(r"\btahun\s+(\d{3})\b(?![\d.,])", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(RPJMN|RPJMD|RPJPD|RPJPN|RPJP|RPD|Renstra(?:\s+(?:SKPD|OPD|PD))?|Rencana\s+Strategis)\b"
    r"[^.;]{0,60}?((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
PRAKIRAAN = re.compile(
    r"tahun\s+((?:19|20)\d\d)\s+dan\s+prakiraan\s+maju\s+(?:rencana\s+)?tahun\s+((?:19|20)\d\d)"
    r"|prakiraan\s+maju\s+(?:rencana\s+)?(?:tahun\s+)?((?:19|20)\d\d)",
    re.IGNORECASE,
)
_RKPD = re.compile(
    r"\b(?:RKPD|rencana\s+kerja\s+pemerintah\s+daerah)\b"
    r"(?:\s+(?:kota|kabupaten|provinsi)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?"
    r"\s+(?:tahun\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SELF = re.compile(
    r"\b(rencana\s+kinerja\s+tahunan|rkt|rencana\s+kerja(?!\s+(?:pemerintah|dan\s+anggaran))"
    r"|renja)\b((?:(?!\btahun\b)[^.;]){0,60}?)\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)",
    re.IGNORECASE,
)
_NOT_SELF = re.compile(r"\b(evaluasi|pelaksanaan|hasil|realisasi|lalu)\b", re.IGNORECASE)
_MONTH = r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
_DATE_BEFORE = re.compile(rf"(?:\b(?:{_MONTH})|tanggal\s+\d+|\d+\s*/)\s*$", re.IGNORECASE)
_CITATION_BEFORE = re.compile(r"(?:nomor\s+\S+|\d[\d./-]*)\s+tahun\s+$|/\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    r"(?:s\.?\s*d\.?|s/d|sampai\s+dengan|hingga|sejak)\s+(?:tahun\s+)?$", re.IGNORECASE
)


def salah_tahun(
    periksa: Pemeriksaan,
    where: str,
    found: str,
    expected: int,
    *,
    tabel: TabelBaca | None = None,
    line: int | None = None,
    column: str = "",
    section: str = "",
) -> Finding:
    return temuan(
        "TAHUN_SALAH",
        f"{where} menyebut tahun {found}, padahal untuk Renja/RKT tahun {periksa.tahun} "
        f"seharusnya {expected}. Perbaiki tahunnya.",
        tabel=tabel,
        line=line,
        column=column,
        section=section,
        found=found,
        expected=str(expected),
    )


def _short_years(periksa: Pemeriksaan, n: int) -> list[Finding]:
    """``Tahun 204``: a year with a digit missing, in the Daftar Tabel or the text."""
    findings: list[Finding] = []
    texts = [(e.line, e.text) for e in periksa.bacaan.daftar] + list(periksa.bacaan.narasi)
    for line, text in texts:
        for match in _SHORT_YEAR.finditer(text):
            findings.append(
                salah_tahun(
                    periksa,
                    f"Teks '{text[:90]}'",
                    match.group(1),
                    n,
                    line=line,
                    section=periksa.bacaan.section_text(line),
                )
            )
    return findings


def check_narrative_years(periksa: Pemeriksaan, n: int) -> list[Finding]:
    """Short years, the document's own years and plan periods in the prose."""
    return _short_years(periksa, n) + _narrative(periksa, n) + _periods(periksa)


def _skip(periksa: Pemeriksaan, line: int) -> bool:
    """The evaluation chapter and the list of regulations cite other years by nature."""
    landasan = periksa.bacaan.section_range(r"landasan\s+hukum|dasar\s+hukum")
    in_landasan = landasan is not None and landasan[0] <= line <= landasan[1]
    return periksa.bacaan.bab_at(line) == 2 or in_landasan


def _narrative(periksa: Pemeriksaan, n: int) -> list[Finding]:
    findings: list[Finding] = []
    for line, text in periksa.bacaan.narasi:
        section = periksa.bacaan.section_text(line)
        explicit = len(findings)
        for match in PRAKIRAAN.finditer(text):
            if match.group(1) and int(match.group(1)) != n:
                findings.append(
                    salah_tahun(
                        periksa,
                        f"Kalimat '{match.group(0)}'",
                        match.group(1),
                        n,
                        line=line,
                        section=section,
                    )
                )
            forward = match.group(2) or match.group(3)
            if forward and int(forward) != n + 1:
                findings.append(
                    salah_tahun(
                        periksa,
                        f"Kalimat '{match.group(0)}'",
                        forward,
                        n + 1,
                        line=line,
                        section=section,
                    )
                )
        if periksa.bacaan.bab_at(line) != 2:
            for match in _RKPD.finditer(text):
                if int(match.group(1)) != n:
                    findings.append(
                        salah_tahun(
                            periksa,
                            f"Teks '{match.group(0)}'",
                            match.group(1),
                            n,
                            line=line,
                            section=section,
                        )
                    )
        if not _skip(periksa, line):
            for match in _SELF.finditer(text):
                if int(match.group(3)) != n and not _NOT_SELF.search(
                    text[max(0, match.start() - 40) : match.start()] + match.group(2)
                ):
                    findings.append(
                        salah_tahun(
                            periksa,
                            f"Teks '{match.group(0)[:100]}'",
                            match.group(3),
                            n,
                            line=line,
                            section=section,
                        )
                    )
        if len(findings) == explicit and periksa.bacaan.bab_at(line) in (1, 3, 4, 5):
            findings += _doubtful(periksa, line, text, n, section)
    return findings


def _doubtful(periksa: Pemeriksaan, line: int, text: str, n: int, section: str) -> list[Finding]:
    if _skip(periksa, line):
        return []
    for match in YEAR.finditer(text):
        if int(match.group(1)) != n - 1:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if (
            _DATE_BEFORE.search(before)
            or _CITATION_BEFORE.search(before)
            or _RANGE_BEFORE.search(before)
            or re.match(r"\s*[-–—]\s*\d", after)
            or re.search(r"\d\s*[-–—]\s*$", before)
        ):
            continue
        snippet = text[max(0, match.start() - 60) : match.end() + 40].strip()
        return [
            temuan(
                "TAHUN_NARASI_MERAGUKAN",
                f"Kalimat '…{snippet}…' di bab perencanaan menyebut tahun {match.group(1)}, "
                f"padahal dokumen ini untuk tahun {n}. Pastikan tahunnya benar (tahun "
                f"{n - 1} adalah tahun berjalan saat dokumen disusun).",
                line=line,
                section=section,
                found=match.group(1),
                expected=str(n),
            )
        ]
    return []


def _periods(periksa: Pemeriksaan) -> list[Finding]:
    findings: list[Finding] = []
    seen: dict[str, Counter[tuple[int, int]]] = {}
    places: dict[tuple[str, tuple[int, int]], tuple[int, str]] = {}
    for line, text in periksa.bacaan.narasi:
        for match in _PLAN.finditer(text):
            plan = re.sub(r"\s+", " ", match.group(1).upper())
            plan = "RENSTRA" if plan.startswith(("RENSTRA", "RENCANA STRATEGIS")) else plan
            start, end = int(match.group(2)), int(match.group(3))
            section = periksa.bacaan.section_text(line)
            if start >= end:
                findings.append(
                    temuan(
                        "PERIODE_TIDAK_SAH",
                        f"Periode '{match.group(0)}' tidak sah: tahun awal {start} tidak "
                        f"sebelum tahun akhir {end}. Perbaiki periodenya.",
                        line=line,
                        section=section,
                        found=f"{start}-{end}",
                        expected="tahun awal < tahun akhir",
                    )
                )
                continue
            seen.setdefault(plan, Counter())[(start, end)] += 1
            places.setdefault((plan, (start, end)), (line, section))
    for plan, periods in seen.items():
        ordered = periods.most_common()
        main = ordered[0][0]
        for period, _ in ordered[1:]:
            if period[1] < main[0] or period[0] > main[1]:
                continue  # another (earlier or later) period of the same plan
            line, section = places[(plan, period)]
            findings.append(
                temuan(
                    "PERIODE_TIDAK_KONSISTEN",
                    f"{plan} disebut berperiode {period[0]}-{period[1]}, sedangkan bagian lain "
                    f"dokumen menyebut {main[0]}-{main[1]}. Samakan periodenya, atau perbaiki "
                    "nama dokumen perencanaan yang dimaksud (mis. RPJMN).",
                    line=line,
                    section=section,
                    found=f"{period[0]}-{period[1]}",
                    expected=f"{main[0]}-{main[1]}",
                )
            )
    return findings
