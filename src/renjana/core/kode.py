"""Nomenclature codes of Permendagri 90/2019 and its updates (domain.md §3.1–3.3).

A ``Kode`` is the current code ``U.BB.PP.L.KK.SSSS`` at any level, from urusan ``1`` to sub
kegiatan ``1.06.04.2.01.0001``; it knows its level, its tingkat (the ``L`` digit: 1 provinsi,
2 kabupaten/kota), its ancestors, and sorts in nomenclature order. ``parse_kode`` reads every
printed variant seen in Renja documents (2-digit sub kegiatan, commas, bold markup, codes split
over table cells, program-only cells given a known urusan/bidang) and returns a
``ParsedKode`` with Problems instead of raising; pre-2019 codes are recognised and returned
as ``KodeLama`` without any mapping, and organisation-unit codes as ``KodeUnitOrganisasi``.
A code cell is text, never a number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from renjana.core.problems import Location, Problem, Severity

KODE_TIDAK_SAH = "KODE_TIDAK_SAH"
KODE_BERUPA_ANGKA = "KODE_BERUPA_ANGKA"
KODE_BIDANG_TIGA_DIGIT = "KODE_BIDANG_TIGA_DIGIT"
KODE_SEGMEN_TIDAK_BAKU = "KODE_SEGMEN_TIDAK_BAKU"
KODE_TERPOTONG = "KODE_TERPOTONG"
KODE_TINGKAT_TIDAK_SAH = "KODE_TINGKAT_TIDAK_SAH"
KODE_TANPA_KONTEKS = "KODE_TANPA_KONTEKS"
KODE_LAMA = "KODE_LAMA"
KODE_UNIT_ORGANISASI = "KODE_UNIT_ORGANISASI"

_NOMENKLATUR = "Kepmendagri 050-5889/2021"


class Level(StrEnum):
    """Level of a nomenclature node; the values are those of the reference CSV."""

    URUSAN = "urusan"
    BIDANG = "bidang"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "subkegiatan"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def segment_count(self) -> int:
        """How many code segments a code of this level has (the ``L`` digit counts)."""
        return _LEVEL_SEGMENTS[self]


_LEVEL_LABELS = {
    Level.URUSAN: "Urusan",
    Level.BIDANG: "Bidang Urusan",
    Level.PROGRAM: "Program",
    Level.KEGIATAN: "Kegiatan",
    Level.SUB_KEGIATAN: "Sub Kegiatan",
}
_LEVEL_SEGMENTS = {
    Level.URUSAN: 1,
    Level.BIDANG: 2,
    Level.PROGRAM: 3,
    Level.KEGIATAN: 5,
    Level.SUB_KEGIATAN: 6,
}
_LEVEL_BY_LENGTH = {count: level for level, count in _LEVEL_SEGMENTS.items()}


class Tingkat(StrEnum):
    """Government level whose authority a kegiatan belongs to (the ``L`` digit)."""

    PROVINSI = "provinsi"
    KABKOTA = "kabkota"

    @property
    def digit(self) -> int:
        return 1 if self is Tingkat.PROVINSI else 2

    @property
    def label(self) -> str:
        return "Provinsi" if self is Tingkat.PROVINSI else "Kabupaten/Kota"

    @classmethod
    def from_digit(cls, digit: int) -> Tingkat:
        if digit == 1:
            return cls.PROVINSI
        if digit == 2:
            return cls.KABKOTA
        raise ValueError(f"digit tingkat harus 1 atau 2, bukan {digit}")


# Width and largest value of each segment: U, BB, PP, L, KK, SSSS.
_WIDTHS = (1, 2, 2, 1, 2, 4)
_MAXIMA = (9, 99, 99, 2, 99, 9999)
_LONGEST_SEGMENT = 6  # longer digit runs are never a code segment, even zero-padded
_SEGMENT_NAMES = ("urusan", "bidang urusan", "program", "digit tingkat", "kegiatan", "sub kegiatan")


@dataclass(frozen=True, slots=True, order=True, repr=False)
class Kode:
    """A current-form nomenclature code; ``segmen`` holds the numbers, e.g. ``(1, 6, 4, 2, 1, 1)``.

    Ordering compares the segments, so a parent sorts before its children and a table sorts
    in nomenclature order (provinsi kegiatan ``…1.xx`` before kab/kota ``…2.xx``).
    """

    segmen: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.segmen) not in _LEVEL_BY_LENGTH:
            raise ValueError(f"jumlah segmen kode tidak sah: {self.segmen!r}")
        for index, value in enumerate(self.segmen):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"segmen kode harus bilangan bulat: {self.segmen!r}")
            if not 1 <= value <= _MAXIMA[index]:
                raise ValueError(f"segmen {_SEGMENT_NAMES[index]} di luar rentang: {self.segmen!r}")

    @classmethod
    def of(cls, *segmen: int) -> Kode:
        """``Kode.of(1, 6, 4)`` is program 1.06.04."""
        return cls(tuple(segmen))

    @classmethod
    def from_str(cls, text: str) -> Kode:
        """Strict reading of a canonical code (sub kegiatan in 4 or 2 digits); else ValueError.

        Use ``parse_kode`` for text from documents.
        """
        parts = text.strip().split(".")
        widths_ok = all(
            part.isdigit() and len(part) in ((2, 4) if index == 5 else (_WIDTHS[index],))
            for index, part in enumerate(parts[:6])
        )
        if not widths_ok or len(parts) not in _LEVEL_BY_LENGTH:
            raise ValueError(f"bukan kode nomenklatur baku: {text!r}")
        return cls(tuple(int(part) for part in parts))

    @property
    def level(self) -> Level:
        return _LEVEL_BY_LENGTH[len(self.segmen)]

    @property
    def tingkat(self) -> Tingkat | None:
        """Provinsi or kab/kota for kegiatan and sub kegiatan; ``None`` above kegiatan."""
        return Tingkat.from_digit(self.segmen[3]) if len(self.segmen) > 3 else None

    @property
    def parent(self) -> Kode | None:
        """The node directly above: sub kegiatan → kegiatan → program → bidang → urusan."""
        count = len(self.segmen)
        if count == 1:
            return None
        return Kode(self.segmen[: 3 if count == 5 else count - 1])

    def ancestor(self, level: Level) -> Kode | None:
        """This code cut to ``level`` (itself when already there); None if ``level`` is lower."""
        count = level.segment_count
        return Kode(self.segmen[:count]) if count <= len(self.segmen) else None

    @property
    def urusan(self) -> Kode:
        return Kode(self.segmen[:1])

    @property
    def bidang(self) -> Kode | None:
        return self.ancestor(Level.BIDANG)

    @property
    def program(self) -> Kode | None:
        return self.ancestor(Level.PROGRAM)

    @property
    def kegiatan(self) -> Kode | None:
        return self.ancestor(Level.KEGIATAN)

    def child(self, nomor: int, tingkat: Tingkat | None = None) -> Kode:
        """The child numbered ``nomor``; a program needs the ``tingkat`` of its kegiatan."""
        if len(self.segmen) == 3:
            if tingkat is None:
                raise ValueError("kegiatan di bawah program memerlukan tingkat")
            return Kode((*self.segmen, tingkat.digit, nomor))
        return Kode((*self.segmen, nomor))

    def is_child_of(self, other: Kode) -> bool:
        return self.parent == other

    def is_descendant_of(self, other: Kode) -> bool:
        """True for children, grandchildren, …; a code is not its own descendant."""
        return self != other and self.ancestor(other.level) == other

    def _format(self, sub_width: int) -> str:
        widths = (*_WIDTHS[:5], sub_width)
        return ".".join(f"{value:0{widths[index]}d}" for index, value in enumerate(self.segmen))

    def __str__(self) -> str:
        """Canonical form with a 4-digit sub kegiatan: ``1.06.04.2.01.0001``."""
        return self._format(4)

    @property
    def short(self) -> str:
        """Older printed form with a 2-digit sub kegiatan: ``1.06.04.2.01.01`` (sub kegiatan
        numbers above 99 have no 2-digit form and keep 4 digits)."""
        return self._format(2 if len(self.segmen) < 6 or self.segmen[5] < 100 else 4)

    def __repr__(self) -> str:
        return f"Kode('{self}')"


def is_child_of(kode: Kode, induk: Kode) -> bool:
    """Whether ``kode`` sits directly under ``induk`` (sub kegiatan under kegiatan, …)."""
    return kode.is_child_of(induk)


_PROVINSI_WORD = re.compile(r"\bprov(?:insi)?\b", re.IGNORECASE)
_KABKOTA_WORDS = re.compile(
    r"\bkab(?:upaten)?\.?\s*/\s*kota\b|\bkota\s*/\s*kab(?:upaten)?\b", re.IGNORECASE
)
_LINTAS_KABKOTA = re.compile(
    r"\blintas\s+(?:daerah\s+)?kab(?:upaten)?\.?\s*/\s*kota\b", re.IGNORECASE
)


def tingkat_from_name(nama: str) -> Tingkat | None:
    """The tingkat a nomenclature name or indicator text speaks of, or ``None`` if it does not.

    "Provinsi" / "Kewenangan Provinsi" → provinsi; "Kabupaten/Kota", "Kab/Kota", "Kab/ Kota"
    → kab/kota. Provinsi names may mention kab/kota ("Lintas Daerah Kabupaten/Kota",
    "… dipulangkan Ke Daerah Kabupaten/Kota Asal"), while kab/kota names never mention
    "Provinsi", so "Provinsi" wins and "lintas kabupaten/kota" counts as provinsi.
    """
    text = " ".join(nama.split())
    if _PROVINSI_WORD.search(text) or _LINTAS_KABKOTA.search(text):
        return Tingkat.PROVINSI
    if _KABKOTA_WORDS.search(text):
        return Tingkat.KABKOTA
    return None


@dataclass(frozen=True, slots=True)
class KodeLama:
    """A pre-Permendagri 90/2019 code (domain.md §3.2), kept as printed and never mapped.

    ``bentuk`` is ``"U B P K"`` (separate integer cells of T-C.29-style tables) or
    ``"urusan.bidang.unit.subunit.program[.kegiatan]"`` (T-C.33-style dotted code).
    """

    segmen: tuple[int, ...]
    bentuk: str
    teks: str

    @property
    def urusan(self) -> int:
        return self.segmen[0]

    @property
    def bidang(self) -> int:
        return self.segmen[1]

    @property
    def unit(self) -> int | None:
        return None if self.bentuk == _BENTUK_UBPK else self.segmen[2]

    @property
    def subunit(self) -> int | None:
        return None if self.bentuk == _BENTUK_UBPK else self.segmen[3]

    @property
    def program(self) -> int:
        return self.segmen[2] if self.bentuk == _BENTUK_UBPK else self.segmen[4]

    @property
    def kegiatan(self) -> int | None:
        index = 3 if self.bentuk == _BENTUK_UBPK else 5
        return self.segmen[index] if len(self.segmen) > index else None

    def __str__(self) -> str:
        return self.teks


_BENTUK_UBPK = "U B P K"
_BENTUK_UNIT = "urusan.bidang.unit.subunit.program[.kegiatan]"

_UNIT_WIDTHS = (1, 2, 1, 2, 1, 2, 2, 4)
_UNIT_ORGANISASI = re.compile(r"^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$")


@dataclass(frozen=True, slots=True)
class KodeUnitOrganisasi:
    """An organisation-unit (SKPD) code ``U1.BB1.U2.BB2.U3.BB3.NN.SSSS`` (domain.md §3.3).

    ``bidang_utama`` is the primary urusan+bidang; ``bidang_kedua``/``bidang_ketiga`` are the
    other bidang of a merged office (``0.00`` = none, kept as ``None``); ``unit`` is the unit
    number and ``sub_unit`` 0 means the unit itself.
    """

    bidang_utama: Kode
    bidang_kedua: Kode | None
    bidang_ketiga: Kode | None
    unit: int
    sub_unit: int

    @property
    def is_unit(self) -> bool:
        return self.sub_unit == 0

    def __str__(self) -> str:
        parts = [
            f"{b.segmen[0]}.{b.segmen[1]:02d}" if b is not None else "0.00"
            for b in (self.bidang_utama, self.bidang_kedua, self.bidang_ketiga)
        ]
        return f"{'.'.join(parts)}.{self.unit:02d}.{self.sub_unit:04d}"


def parse_kode_unit_organisasi(text: str) -> KodeUnitOrganisasi | None:
    """Read ``1.06.0.00.0.00.07.0000``; ``None`` if the text is not an organisation-unit code."""
    clean = _clean_cell(text)
    if not _UNIT_ORGANISASI.match(clean):
        return None
    return _unit_organisasi(clean.split("."))


def _unit_organisasi(tokens: Sequence[str]) -> KodeUnitOrganisasi | None:
    pairs: list[Kode | None] = []
    for index in (0, 2, 4):
        urusan, bidang = int(tokens[index]), int(tokens[index + 1])
        if urusan == 0 and bidang == 0:
            pairs.append(None)
        elif urusan == 0 or bidang == 0:
            return None
        else:
            pairs.append(Kode((urusan, bidang)))
    primary = pairs[0]
    if primary is None:
        return None
    return KodeUnitOrganisasi(primary, pairs[1], pairs[2], int(tokens[6]), int(tokens[7]))


class KodeKind(StrEnum):
    """What a code cell turned out to hold."""

    EMPTY = "kosong"
    CURRENT = "baru"
    OLD = "lama"
    UNIT_ORGANISASI = "unit_organisasi"
    INVALID = "tidak_sah"


@dataclass(frozen=True, slots=True)
class ParsedKode:
    """The result of reading one code cell (or one row of split code cells).

    ``kode`` is the best reading: the code itself, its repaired form (``2.013.04`` →
    ``2.13.04``), or the nearest valid parent of a truncated code; ``problems`` says what was
    wrong. ``raw`` keeps the text as printed (cells joined with `` | ``).
    """

    kode: Kode | None
    raw: str
    problems: tuple[Problem, ...] = ()
    kind: KodeKind = KodeKind.CURRENT
    kode_lama: KodeLama | None = None
    unit_organisasi: KodeUnitOrganisasi | None = None

    @property
    def ok(self) -> bool:
        """A current code read exactly as printed (or in an equivalent printed form)."""
        return self.kode is not None and not any(
            p.severity in (Severity.ERROR, Severity.WARNING) for p in self.problems
        )


_TAG = re.compile(r"<[^>]*>")
_MARKUP = re.compile(r"[*_`~]")
_SPACE = re.compile(r"\s+")
_DOTS = re.compile(r"\.{2,}")


def _clean_cell(text: str) -> str:
    """Drop markup and spaces, read ``,`` as ``.``, collapse ``..``; keep edge dots."""
    text = _TAG.sub("", html.unescape(text))
    text = _SPACE.sub("", _MARKUP.sub("", text))
    return _DOTS.sub(".", text.replace(",", "."))


def parse_kode(source: str | Sequence[object], *, konteks: Kode | None = None) -> ParsedKode:
    """Read a code cell, or the cells of a row whose code is split over several columns.

    Cells are text; ``None`` and blank cells are skipped, an integer cell is read as its
    digits, and a float or Decimal cell is refused (``KODE_BERUPA_ANGKA``). ``konteks`` is
    the urusan/bidang (or any deeper code) already known from rows above; it is used when
    the cells start at the program segment (``0 1 | 2.0 1. | 0 1``). Never raises on user
    text.
    """
    cells: Sequence[object] = [source] if isinstance(source, str) else _as_sequence(source)
    raw = " | ".join("" if c is None else str(c) for c in cells)
    tokens: list[str] = []
    bare_cells = 0
    for cell in cells:
        if cell is None:
            continue
        if isinstance(cell, (float, Decimal)):
            return _numeric_cell(raw, cell)
        text = _clean_cell(str(cell))
        core = text.strip(".")
        if not core:
            continue
        if not all(part.isdigit() and part.isascii() for part in core.split(".")):
            return _invalid(raw, "berisi teks selain angka dan titik")
        bare_cells += 1 if text.isdigit() else 0
        tokens.extend(core.split("."))
    if not tokens:
        return ParsedKode(None, raw, kind=KodeKind.EMPTY)
    if any(len(token) > _LONGEST_SEGMENT for token in tokens):
        return _invalid(raw, "memuat deretan angka yang terlalu panjang untuk satu segmen")
    if len(tokens[0]) == 2:  # cells that start at the program segment
        if konteks is None or konteks.bidang is None:
            return _without_context(raw)
        tokens = [str(konteks.segmen[0]), f"{konteks.segmen[1]:02d}", *tokens]
    elif not isinstance(source, str) and len(tokens) == 4 and bare_cells == 4:
        return _old(raw, tokens, _BENTUK_UBPK)
    if len(tokens) == 8 and all(len(t) == w for t, w in zip(tokens, _UNIT_WIDTHS, strict=True)):
        return _organisation_unit(raw, tokens)
    if _looks_old(tokens):
        return _old(raw, tokens, _BENTUK_UBPK if len(tokens) == 4 else _BENTUK_UNIT)
    return _current(raw, tokens)


def _as_sequence(source: object) -> Sequence[object]:
    if isinstance(source, Sequence):
        return source
    return [source]


def _looks_old(tokens: Sequence[str]) -> bool:
    """A 4th segment that is not one level digit marks the pre-2019 forms of domain.md §3.2."""
    if len(tokens) not in (4, 5, 6):
        return False
    fourth = tokens[3]
    if len(tokens) == 6 and len(tokens[5]) == 4 and fourth.lstrip("0") in ("1", "2"):
        return False  # a current sub kegiatan code with a zero-padded level digit
    if len(fourth) >= 2:
        return True
    return len(tokens) == 4 and fourth not in ("1", "2")


def _current(raw: str, tokens: Sequence[str]) -> ParsedKode:
    if len(tokens) > 6:
        return _invalid(raw, f"terdiri atas {len(tokens)} segmen, padahal paling banyak 6")
    findings: list[tuple[str, Severity, str]] = []
    values: list[int] = []
    cut_reason: tuple[str, str] | None = None
    for index, token in enumerate(tokens):
        value = int(token)
        name = _SEGMENT_NAMES[index]
        width = _WIDTHS[index]
        if value == 0:
            cut_reason = (KODE_TERPOTONG, f"segmen {name} '{token}' bernilai nol (terpotong)")
            break
        if index == 3 and value not in (1, 2):
            cut_reason = (
                KODE_TINGKAT_TIDAK_SAH,
                f"digit tingkat '{token}' tidak dikenal (1 = provinsi, 2 = kabupaten/kota)",
            )
            break
        if value > _MAXIMA[index]:
            if index == 0:
                return _invalid(raw, f"urusan '{token}' harus satu digit")
            cut_reason = (KODE_TIDAK_SAH, f"segmen {name} '{token}' melebihi {width} digit")
            break
        if len(token) > width and index == 1:
            findings.append(
                (
                    KODE_BIDANG_TIGA_DIGIT,
                    Severity.ERROR,
                    f"bidang urusan '{token}' ditulis {len(token)} digit, padahal harus dua digit",
                )
            )
        elif len(token) > width or (index == 5 and len(token) in (1, 3)):
            findings.append(
                (
                    KODE_SEGMEN_TIDAK_BAKU,
                    Severity.WARNING,
                    f"segmen {name} '{token}' tidak ditulis {width} digit",
                )
            )
        values.append(value)
    if cut_reason is None and len(values) == 4:
        cut_reason = (KODE_TERPOTONG, "segmen kegiatan tidak ada setelah digit tingkat")
    while values and len(values) not in _LEVEL_BY_LENGTH:
        values.pop()
    best = Kode(tuple(values)) if values else None
    problems = [_problem(raw, code, sev, text, best) for code, sev, text in findings]
    if cut_reason is not None:
        code, text = cut_reason
        problems.append(_problem(raw, code, Severity.ERROR, text, best, nearest=True))
    kind = KodeKind.CURRENT if best is not None else KodeKind.INVALID
    return ParsedKode(best, raw, tuple(problems), kind)


def _problem(
    raw: str, code: str, severity: Severity, text: str, best: Kode | None, *, nearest: bool = False
) -> Problem:
    if best is None:
        fix = f"Periksa kembali kode ini terhadap nomenklatur {_NOMENKLATUR}."
    elif nearest:
        fix = (
            f"Lengkapi kode sesuai nomenklatur {_NOMENKLATUR}; "
            f"kode induk terdekat yang terbaca adalah {best}."
        )
    else:
        fix = f"Tulis kode sebagai {best}."
    return Problem(
        code=code,
        severity=severity,
        message=f"Kode '{raw}': {text}. {fix}",
        location=Location(kode=raw),
        found=raw,
        expected=str(best) if best is not None else "",
    )


def _invalid(raw: str, reason: str) -> ParsedKode:
    message = (
        f"Sel kode '{raw}' {reason}; ini bukan kode nomenklatur yang sah. Isi sel kode hanya "
        "dengan angka dan titik dalam bentuk U.BB.PP.L.KK.SSSS, misalnya 1.06.04.2.01.0001."
    )
    problem = Problem(KODE_TIDAK_SAH, Severity.ERROR, message, Location(kode=raw), found=raw)
    return ParsedKode(None, raw, (problem,), KodeKind.INVALID)


def _numeric_cell(raw: str, value: object) -> ParsedKode:
    message = (
        f"Sel kode berisi angka ({value}), sehingga nol di belakang bisa hilang (1.10 terbaca "
        "1.1). Format kolom kode sebagai Teks lalu ketik ulang kodenya, misalnya 1.06.04."
    )
    problem = Problem(KODE_BERUPA_ANGKA, Severity.ERROR, message, Location(kode=raw), found=raw)
    return ParsedKode(None, raw, (problem,), KodeKind.INVALID)


def _without_context(raw: str) -> ParsedKode:
    message = (
        f"Kode '{raw}' hanya memuat segmen program ke bawah, tanpa urusan dan bidang urusan. "
        "Tentukan urusan/bidang dari baris di atasnya (konteks) atau tulis kode lengkap, "
        "misalnya 1.06.04.2.01.0001."
    )
    problem = Problem(KODE_TANPA_KONTEKS, Severity.ERROR, message, Location(kode=raw), found=raw)
    return ParsedKode(None, raw, (problem,), KodeKind.INVALID)


def _old(raw: str, tokens: Sequence[str], bentuk: str) -> ParsedKode:
    lama = KodeLama(tuple(int(t) for t in tokens), bentuk, ".".join(tokens))
    message = (
        f"Kode '{raw}' berformat lama sebelum Permendagri 90/2019 (pola {bentuk}). Kode ini "
        f"tidak dapat dipetakan ke nomenklatur {_NOMENKLATUR}; perlakukan dokumen sebagai "
        "versi nomenklatur lama, atau ganti dengan kode nomenklatur yang berlaku."
    )
    problem = Problem(KODE_LAMA, Severity.WARNING, message, Location(kode=raw), found=raw)
    return ParsedKode(None, raw, (problem,), KodeKind.OLD, kode_lama=lama)


def _organisation_unit(raw: str, tokens: Sequence[str]) -> ParsedKode:
    unit = _unit_organisasi(tokens)
    if unit is None:
        return _invalid(raw, "berbentuk kode unit organisasi tetapi urusan/bidangnya tidak sah")
    message = (
        f"Kode '{raw}' adalah kode unit organisasi (perangkat daerah), bukan kode program/"
        "kegiatan/sub kegiatan. Gunakan hanya sebagai identitas perangkat daerah."
    )
    problem = Problem(KODE_UNIT_ORGANISASI, Severity.INFO, message, Location(kode=raw), found=raw)
    return ParsedKode(None, raw, (problem,), KodeKind.UNIT_ORGANISASI, unit_organisasi=unit)


def kode_sort_key(kode: str) -> tuple[tuple[int, str], ...]:
    """Sort key putting code strings in nomenclature order (``1.06.10`` after ``1.06.09``,
    a parent before its children) without parsing them; any text is accepted."""
    return tuple((int(part), part) if part.isdigit() else (0, part) for part in kode.split("."))
