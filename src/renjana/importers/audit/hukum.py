"""Citations of regulations (domain.md §6): numbers, years, titles, Lembaran Negara.

A citation is read wherever the text names a regulation ("Undang-Undang Nomor 23 Tahun 2014
tentang …", "Permendagri 90 Tahun 2019", "Peraturan Wali Kota Medan Nomor 97 Tahun 2022").
What can be told without knowing the regulation:

* a number that embeds another year than the one printed ("Nomor 5/5889/2021 Tahun 2019");
* a Lembaran/Berita Negara year other than the regulation's year (a regulation is promulgated
  in the year it is enacted): "UU 23/2014 (LN Tahun 2004 …)";
* one Tambahan Lembaran Negara number given to two different laws;
* the same local regulation cited with two numbers ("Perwal Medan Nomor 1 Tahun 2022" and
  "Nomor 97 Tahun 2022", same title).

With the packaged list of common regulations (``reference/peraturan.yaml``) also: a year that
is not the year of that number and title (UU 29/2007 for UU 29/1997), a title that is another
title (Permendagri 90/2019 without "dan Keuangan"), an amendment attributed to the wrong law
(UU 8/2005 amends UU 32/2004, not UU 23/2014), and a regulation revoked before the plan year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from renjana.core.checks import KemiripanNama, compare_nama
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.reference import DaftarPeraturan, Peraturan, load_peraturan

_JENIS = (
    ("UU", r"undang[-\s]*undang(?:\s+republik\s+indonesia)?|\buu\b"),
    ("PERPRES", r"peraturan\s+presiden(?:\s+republik\s+indonesia)?|\bperpres\b"),
    ("PP", r"peraturan\s+pemerintah(?:\s+republik\s+indonesia)?(?!\s+pengganti)|\bpp\b"),
    (
        "PERMENDAGRI",
        r"peraturan\s+menteri\s+dalam\s+negeri(?:\s+republik\s+indonesia)?"
        r"|\bpermendagri\b",
    ),
    (
        "KEPMENDAGRI",
        r"keputusan\s+menteri\s+dalam\s+negeri(?:\s+republik\s+indonesia)?"
        r"|\bkepmendagri\b",
    ),
    ("PERMENSOS", r"peraturan\s+menteri\s+sosial(?:\s+republik\s+indonesia)?|\bpermensos\b"),
    (
        "PERDA",
        r"peraturan\s+daerah(?:\s+(?:kota|kabupaten|provinsi)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
        r"|\bperda\b",
    ),
    (
        "PERKADA",
        r"peraturan\s+(?:wali\s*kota|walikota|bupati|gubernur)(?:\s+[A-Z][a-z]+"
        r"(?:\s+[A-Z][a-z]+)?)?|\bper(?:wal|bup|gub)\b",
    ),
)
_CITATION = re.compile(
    "(?P<jenis>" + "|".join(f"(?P<{k}>{p})" for k, p in _JENIS) + r")"
    r"\s+(?:no\.?|nomor)?\s*:?\s*(?P<nomor>[\w./-]*\d[\w./-]*)\s+(?:tahun|th\.?)\s+"
    r"(?P<tahun>(?:19|20)\d\d)\b"
    r"(?:\s+tentang\s+(?P<tentang>[^;(]*?)(?=\s*(?:[;(]|sebagaimana|pengganti\s+peraturan|$|\.\s)))?",
    re.IGNORECASE,
)
_GAZETTE = re.compile(
    r"(?:lemba(?:ran|ga)|berita)\s+(?:negara|daerah)(?:\s+republik\s+indonesia)?"
    r"(?:\s+tahun\s+((?:19|20)\d\d)|\s+nomor\s+\d+\s+tahun\s+((?:19|20)\d\d))",
    re.IGNORECASE,
)
_TLN = re.compile(
    r"tambahan\s+lemba(?:ran|ga)\s+negara(?:\s+republik\s+indonesia)?\s+nomor\s+(\d+)", re.I
)
_AMENDED = re.compile(r"diubah", re.IGNORECASE)
_REPLACED_BEFORE = re.compile(r"(pengganti|menggantikan|mengganti|sebelumnya|dicabut)\W*$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True, slots=True)
class Kutipan:
    """One cited regulation: kind (and issuer for local ones), number, year, title, where."""

    jenis: str
    penerbit: str
    nomor: str
    tahun: int
    tentang: str
    line: int
    text: str
    segment: str
    before: str

    @property
    def rujukan(self) -> str:
        return f"{self.jenis} {self.nomor}/{self.tahun}"

    @property
    def disebut(self) -> str:
        return " ".join(self.text.split())[:140]


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _covered(official: str, printed: str) -> float:
    """Share of the official title's words the printed title has."""
    wanted = _words(official)
    return len(wanted & _words(printed)) / len(wanted) if wanted else 0.0


def kutipan(line: int, text: str) -> list[Kutipan]:
    """The citations of one paragraph, each with the text up to the next citation."""
    matches = list(_CITATION.finditer(text))
    out = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        jenis = next(k for k, _ in _JENIS if match.group(k))
        words = match.group("jenis").split()
        penerbit = " ".join(words[2:]).lower() if jenis in ("PERDA", "PERKADA") else ""
        out.append(
            Kutipan(
                jenis,
                penerbit,
                match.group("nomor").rstrip("."),
                int(match.group("tahun")),
                " ".join((match.group("tentang") or "").split()),
                line,
                match.group(0),
                text[match.end() : end],
                text[max(0, match.start() - 40) : match.start()],
            )
        )
    return out


def _known(daftar: DaftarPeraturan, k: Kutipan) -> tuple[Peraturan, ...]:
    """Listed regulations of this kind whose main number the citation prints."""
    groups = set(re.findall(r"\d+", k.nomor))
    return tuple(
        p
        for p in daftar
        if p.jenis == k.jenis
        and max(re.findall(r"\d+", p.nomor), key=len).lstrip("0") in {g.lstrip("0") for g in groups}
    )


def _finding(
    rule: str, message: str, k: Kutipan, periksa: Pemeriksaan, found: str, expected: str
) -> Finding:
    """A finding at the paragraph of the citation (the regulation as printed in ``nama``)."""
    return temuan(
        rule,
        message,
        line=k.line,
        section=periksa.bacaan.section_text(k.line),
        nama=k.disebut,
        found=found,
        expected=expected,
    )


def _one(periksa: Pemeriksaan, daftar: DaftarPeraturan, k: Kutipan) -> list[Finding]:
    findings: list[Finding] = []
    year_wrong = False
    embedded = [int(y) for y in _YEAR.findall(k.nomor)]
    known = _known(daftar, k)
    same_year = [p for p in known if p.tahun == k.tahun]
    expected_year = next((y for y in embedded if y != k.tahun), None)
    if expected_year is None and known and not same_year and k.tentang:
        titled = [p for p in known if _covered(p.tentang, k.tentang) >= 0.5]
        expected_year = titled[0].tahun if titled else None
    if expected_year is not None:
        year_wrong = True
        official = next((p for p in known if p.tahun == expected_year), None)
        hint = (
            f" ({official.jenis} {official.nomor}/{official.tahun} tentang {official.tentang})"
            if official
            else ""
        )
        findings.append(
            _finding(
                "HUKUM_TAHUN_BERTENTANGAN",
                f"Rujukan '{k.disebut}' bertahun {k.tahun}, padahal nomornya menunjuk tahun "
                f"{expected_year}{hint}. Perbaiki nomor atau tahunnya.",
                k,
                periksa,
                f"Nomor {k.nomor} Tahun {k.tahun}",
                f"Tahun {expected_year}",
            )
        )
    gazette = _GAZETTE.search(k.segment)
    printed = int(gazette.group(1) or gazette.group(2)) if gazette else None
    if printed is not None and printed != k.tahun and not (year_wrong and printed == expected_year):
        findings.append(
            _finding(
                "HUKUM_LEMBARAN_NEGARA_SALAH",
                f"Rujukan '{k.disebut}' menyebut Lembaran/Berita Negara tahun {printed}, padahal "
                f"peraturan tahun {k.tahun} diundangkan pada tahun yang sama. Periksa nomor "
                "dan tahun Lembaran Negaranya.",
                k,
                periksa,
                f"Lembaran Negara Tahun {printed}",
                f"Tahun {k.tahun}",
            )
        )
    for official in same_year:
        differs = compare_nama(k.tentang, official.tentang) is KemiripanNama.BEDA
        short_enough = len(_words(k.tentang)) <= len(_words(official.tentang)) + 3
        if k.tentang and differs and short_enough and _covered(official.tentang, k.tentang) < 0.9:
            findings.append(
                _finding(
                    "HUKUM_JUDUL_BEDA",
                    f"Judul {official.rujukan} ditulis '{k.tentang}', padahal judul resminya "
                    f"'{official.tentang}'. Tulis judul peraturan sesuai aslinya.",
                    k,
                    periksa,
                    k.tentang,
                    official.tentang,
                )
            )
    return findings


def _amendments(
    periksa: Pemeriksaan, daftar: DaftarPeraturan, citations: Sequence[Kutipan]
) -> list[Finding]:
    findings: list[Finding] = []
    amends = {r: p for p in daftar for r in p.diubah_oleh}
    for first, second in pairwise(citations):
        if first.line != second.line or not _AMENDED.search(first.segment):
            continue
        base = daftar.by_rujukan(first.rujukan)
        target = amends.get(second.rujukan)
        if base is None or target is None or target is base or second.rujukan in base.diubah_oleh:
            continue
        findings.append(
            _finding(
                "HUKUM_PERUBAHAN_SALAH",
                f"{first.rujukan} disebut diubah dengan {second.rujukan}, padahal "
                f"{second.rujukan} mengubah {target.rujukan} ({target.tentang}). Perubahan "
                f"{first.rujukan}: {', '.join(base.diubah_oleh) or 'tidak tercatat'}.",
                first,
                periksa,
                second.rujukan,
                ", ".join(base.diubah_oleh),
            )
        )
    return findings


def _revoked(
    periksa: Pemeriksaan, daftar: DaftarPeraturan, citations: Sequence[Kutipan]
) -> list[Finding]:
    findings: list[Finding] = []
    reported: set[str] = set()
    for k in citations:
        official = daftar.by_rujukan(k.rujukan)
        if official is None or not official.dicabut_oleh or k.rujukan in reported:
            continue
        successor = daftar.by_rujukan(official.dicabut_oleh)
        year = int(official.dicabut_oleh.rsplit("/", 1)[1])
        if (periksa.tahun is not None and year > periksa.tahun) or _REPLACED_BEFORE.search(
            k.before
        ):
            continue
        reported.add(k.rujukan)
        title = f" tentang {successor.tentang}" if successor else ""
        findings.append(
            _finding(
                "HUKUM_SUDAH_DICABUT",
                f"{k.rujukan} ({official.tentang}) sudah dicabut/diganti oleh "
                f"{official.dicabut_oleh}{title}. Rujuk peraturan yang berlaku.",
                k,
                periksa,
                k.rujukan,
                official.dicabut_oleh,
            )
        )
    return findings


def _tln(periksa: Pemeriksaan, citations: Sequence[Kutipan]) -> list[Finding]:
    findings: list[Finding] = []
    owners: dict[str, Kutipan] = {}
    for k in citations:
        match = _TLN.search(k.segment)
        if match is None:
            continue
        first = owners.setdefault(match.group(1), k)
        if first.rujukan != k.rujukan:
            findings.append(
                _finding(
                    "HUKUM_TLN_GANDA",
                    f"Tambahan Lembaran Negara Nomor {match.group(1)} disebut untuk "
                    f"{k.rujukan} dan juga untuk {first.rujukan}. Satu nomor TLN hanya untuk "
                    "satu peraturan; periksa nomornya.",
                    k,
                    periksa,
                    f"TLN {match.group(1)}",
                    f"nomor TLN {k.rujukan} sendiri",
                )
            )
    return findings


def _consistency(
    periksa: Pemeriksaan, daftar: DaftarPeraturan, citations: Sequence[Kutipan]
) -> list[Finding]:
    findings: list[Finding] = []
    seen: list[Kutipan] = []
    for k in citations:
        for other in seen:
            if (other.jenis, other.penerbit) != (k.jenis, k.penerbit):
                continue
            if (other.nomor, other.tahun) == (k.nomor, k.tahun) or not k.tentang:
                continue
            if k.tentang.lower().startswith("perubahan") or other.tentang.lower().startswith(
                "perubahan"
            ):
                continue
            if daftar.by_rujukan(k.rujukan) and daftar.by_rujukan(other.rujukan):
                continue
            a, b = _words(k.tentang), _words(other.tentang)
            if not a or not b or len(a & b) / len(a | b) < 0.7:
                continue
            findings.append(
                _finding(
                    "HUKUM_RUJUKAN_TIDAK_KONSISTEN",
                    f"'{k.disebut}' dan '{other.disebut}' menyebut peraturan berjudul sama "
                    "dengan nomor/tahun berbeda. Pastikan peraturan mana yang berlaku, lalu "
                    "samakan rujukannya.",
                    k,
                    periksa,
                    f"Nomor {k.nomor} Tahun {k.tahun}",
                    f"Nomor {other.nomor} Tahun {other.tahun}",
                )
            )
            break
        seen.append(k)
    return findings


def check_landasan_hukum(periksa: Pemeriksaan) -> list[Finding]:
    """Citations in the whole narrative (the Landasan Hukum list above all)."""
    daftar = load_peraturan()
    citations = [k for line, text in periksa.bacaan.narasi for k in kutipan(line, text)]
    findings: list[Finding] = []
    for k in citations:
        findings += _one(periksa, daftar, k)
    findings += _amendments(periksa, daftar, citations)
    findings += _revoked(periksa, daftar, citations)
    findings += _tln(periksa, citations)
    findings += _consistency(periksa, daftar, citations)
    return findings
