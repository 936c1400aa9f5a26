"""Quantities: a target or realisasi value that carries its unit (domain.md §4.10 and §5).

A Renja target is never a bare number: ``312 Orang/Bulan``, ``2.461 layanan``, ``70% KPM``,
``Cepat Berkembang``. ``Quantity`` keeps the value with a normalised unit (``org`` → ``Orang``,
``Persen`` → ``%``) or a qualitative text, so that a later comparison of "Orang" with "Kali" is
a reported problem instead of a silent division. The unit also settles how a number is read:
``11.204 orang`` is a count (thousands), ``87.26% KPM`` a percentage (decimal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise
from types import MappingProxyType

from renjana.core.idformat import (
    ColumnKind,
    format_number,
    is_missing_text,
    parse_grade,
    parse_number,
)
from renjana.core.problems import Problem, Severity

#: A unit outside the known list; kept as written.
SATUAN_TIDAK_DIKENAL = "SATUAN_TIDAK_DIKENAL"
#: A cell of several targets whose count differs from the number of indicators.
JUMLAH_TARGET_TIDAK_SESUAI = "JUMLAH_TARGET_TIDAK_SESUAI"
#: ``parse_quantity`` was given a cell with several targets (use ``split_targets``).
TARGET_GANDA = "TARGET_GANDA"
#: Two quantities (or a quantity and its indicator) whose units cannot be compared.
SATUAN_TIDAK_SESUAI = "SATUAN_TIDAK_SESUAI"

PERSEN = "%"
POIN = "Poin"
RUPIAH = "Rupiah"

#: Units as printed after normalisation (§4.10 plus a few common neighbours).
SATUAN_BAKU = (
    "Orang", "Jiwa", "KK", "KPM", "Keluarga", "SDM", "Dokumen", "Laporan", "Lembar", "Layanan",
    "Paket", "Unit", "Jenis", "Item", "Alat", "Kali", "Bulan", "Tahun", "Hari", "Lembaga",
    "Kelompok", "Kelurahan", "Kecamatan", "Desa", "Kabupaten", "Kota", "TMP", "Makam", "Izin",
    "Bangunan", "Meter", "Ha", "Kegiatan", POIN, PERSEN, "Berita Acara", "Data", "Substansi",
    RUPIAH,
)  # fmt: skip
_ABBREVIATIONS = (
    ("org", "Orang"), ("orng", "Orang"), ("persen", PERSEN), ("prosen", PERSEN),
    ("percent", PERSEN), ("pkt", "Paket"), ("dok", "Dokumen"), ("bln", "Bulan"), ("thn", "Tahun"),
    ("keg", "Kegiatan"), ("ijin", "Izin"), ("m", "Meter"), ("hektar", "Ha"), ("hektare", "Ha"),
    ("rp", RUPIAH), ("point", POIN), ("kab", "Kabupaten"), ("kepalakeluarga", "KK"),
)  # fmt: skip
#: Lookup key (lower case, no spaces or dots) → unit as printed; read-only.
_SYNONYMS = MappingProxyType(
    {**{re.sub(r"[\s.]", "", s.lower()): s for s in SATUAN_BAKU}, **dict(_ABBREVIATIONS)}
)
#: Units that count persons / households: their values must be whole numbers (rule 5).
SATUAN_ORANG = frozenset({"Orang", "Jiwa", "SDM", "KK", "KPM", "Keluarga"})
#: Units whose values may be fractional, so '.ddd' stays ambiguous for them.
_SATUAN_PECAHAN = frozenset({PERSEN, POIN, RUPIAH, "Meter", "Ha", "Bulan", "Tahun", "Hari"})
#: Different spellings of the same thing counted: comparable with each other.
_SEBANDING = (frozenset({"Orang", "Jiwa", "SDM"}), frozenset({"KK", "KPM", "Keluarga"}))


def _lookup(fragment: str) -> str | None:
    """The canonical unit of a fragment (case, spaces and dots ignored: ``Dokume n``), or None.
    A compound of known units (``Orang / Kali``) becomes ``Orang/Kali``."""
    key = re.sub(r"[\s.]", "", fragment.lower())
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    parts = [_SYNONYMS.get(part) for part in key.split("/")]
    if len(parts) > 1 and all(parts):
        return "/".join(p for p in parts if p)
    return None


def normalize_satuan(text: str) -> str:
    """``org`` → ``Orang``, ``Persen`` → ``%``, ``Orang / Kali`` → ``Orang/Kali``; an unknown
    unit is returned as written (whitespace collapsed)."""
    cleaned = " ".join(text.split()).strip(" .,;:")
    return _lookup(cleaned) or cleaned


def is_known_satuan(text: str) -> bool:
    """True when ``text`` normalises to a known unit (or is empty: no unit)."""
    cleaned = " ".join(text.split()).strip(" .,;:")
    return not cleaned or _lookup(cleaned) is not None


def counts_persons(satuan: str) -> bool:
    """True for units of persons or households, including rates such as ``Orang/Bulan``."""
    return normalize_satuan(satuan).split("/")[0] in SATUAN_ORANG


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value with its unit (``nilai`` + ``satuan``), a qualitative value (``teks`` with
    ``nilai`` None), or missing (both empty). For a numeric value ``teks`` keeps the words
    around it (``Panjang`` in ``Panjang 60 meter``, ``KPM`` in ``70% KPM``).

    Not orderable: compare through ``compare``, which refuses different units.
    """

    nilai: Decimal | None
    satuan: str
    teks: str = ""

    def __post_init__(self) -> None:
        if self.nilai is not None and not isinstance(self.nilai, Decimal):
            raise TypeError(f"Quantity.nilai harus Decimal, bukan {type(self.nilai).__name__}")
        object.__setattr__(self, "satuan", normalize_satuan(self.satuan))

    @property
    def is_missing(self) -> bool:
        return self.nilai is None and not self.teks

    @property
    def is_qualitative(self) -> bool:
        return self.nilai is None and bool(self.teks)

    def __str__(self) -> str:
        if self.nilai is None:
            return self.teks or "-"
        joiner = "" if self.satuan == PERSEN else " "
        number = f"{format_number(self.nilai)}{joiner}{self.satuan}".strip()
        return f"{number} {self.teks}" if self.teks else number


@dataclass(frozen=True, slots=True)
class ParsedQuantity:
    """One parsed target: the quantity, the raw text it came from, and the findings."""

    raw: str
    quantity: Quantity
    problems: tuple[Problem, ...] = ()


_MISSING = Quantity(None, "")
_LONGEST_SATUAN_WORDS = 5  # "Orang / Kali", "Berita Acara", "kelompok/ lembaga" fit
_NUMBER = re.compile(r"(?:(?<![^\s(])[-−–]\s?)?[0-9](?:[0-9]|[.,](?=[0-9])|\s+(?=[0-9]))*")
_SEPARATOR = re.compile(r"\s*(?:[;|]|/(?=\s*[0-9]))\s*")
_GRADE = re.compile(r"[0-9][0-9.,]*\s*/\s*(?:AA|A|BB|B|CC|C|D)", re.IGNORECASE)


def _split_unit(text: str) -> tuple[str, str, bool]:
    """The text after a number → (unit, descriptive words, known?): ``Unit Saprass`` →
    (``Unit``, ``Saprass``, True); ``% KPM`` → (``%``, ``KPM``, True)."""
    cleaned = " ".join(text.split()).strip(" .,;:")
    if not cleaned:
        return "", "", True
    if cleaned.startswith("%"):
        return PERSEN, cleaned[1:].strip(), True
    words = cleaned.split(" ")
    for n in range(min(len(words), _LONGEST_SATUAN_WORDS), 0, -1):
        found = _lookup(" ".join(words[:n]))
        if found:
            return found, " ".join(words[n:]), True
    return cleaned, "", False


def _kind_for(satuan: str, known: bool) -> ColumnKind:
    """How the unit tells the number parser to read ``1.283`` (rule 3)."""
    if satuan == PERSEN:
        return ColumnKind.PERCENT
    if satuan == POIN:
        return ColumnKind.SCORE
    if satuan == RUPIAH:
        return ColumnKind.MONEY
    if counts_persons(satuan):
        return ColumnKind.COUNT
    if known and satuan and satuan.split("/")[0] not in _SATUAN_PECAHAN:
        return ColumnKind.ITEM_COUNT
    return ColumnKind.GENERIC


def _parse_piece(piece: str) -> ParsedQuantity:
    """One target: ``[words] number [%] [unit] [words]``, a grade, a text, or a placeholder."""
    text = " ".join(piece.split())
    if is_missing_text(text):
        return ParsedQuantity(piece, _MISSING)
    if _GRADE.fullmatch(text):
        grade = parse_grade(text)
        return ParsedQuantity(piece, Quantity(grade.score, POIN, grade.grade), grade.problems)
    match = _NUMBER.search(text)
    if match is None:
        return ParsedQuantity(piece, Quantity(None, "", text))
    prefix = text[: match.start()].strip(" .,;:")
    satuan, words, known = _split_unit(text[match.end() :])
    if not satuan and _lookup(prefix) == RUPIAH:
        satuan, prefix = RUPIAH, ""
    number = parse_number(match.group(), _kind_for(satuan, known))
    problems = number.problems
    if not known:
        message = (
            f"Satuan '{satuan}' pada '{text}' tidak dikenal; disimpan apa adanya. Periksa "
            "ejaannya atau gunakan satuan baku (Orang, Dokumen, Paket, Unit, %, …)."
        )
        problem = Problem(SATUAN_TIDAK_DIKENAL, Severity.INFO, message, found=satuan)
        problems = (*problems, problem)
    teks = " ".join(part for part in (prefix, words) if part)
    return ParsedQuantity(piece, Quantity(number.value, satuan, teks), problems)


def _pieces(text: str) -> list[str]:
    """Cut a cell into targets: at ';', '|', a '/' before a number, and before every further
    number (words after a unit stay with the value before them; a line break is only a wrap)."""
    pieces: list[str] = []
    for part in _SEPARATOR.split(text):
        starts = [m.start() for m in _NUMBER.finditer(part)][1:]
        bounds = [0, *starts, len(part)]
        pieces.extend(part[a:b].strip() for a, b in pairwise(bounds))
    return [p for p in pieces if p]


def parse_quantity(text: str) -> ParsedQuantity:
    """Parse one target cell (``312 Orang/Bulan``, ``64.00 Paket``, ``70% KPM``, ``Cepat
    Berkembang``, ``-``); never raises. A cell with several targets is a ``TARGET_GANDA`` error
    with no value: read it with ``split_targets`` instead of keeping only the first."""
    pieces = _pieces(text)
    if len(pieces) <= 1:
        return replace(_parse_piece(pieces[0] if pieces else ""), raw=text)
    message = (
        f"Sel '{text}' berisi {len(pieces)} target, padahal yang diharapkan satu. "
        "Pisahkan per indikator (mis. '70 Poin; 66,50 Poin') atau baca dengan split_targets."
    )
    return ParsedQuantity(
        text, _MISSING, (Problem(TARGET_GANDA, Severity.ERROR, message, found=text),)
    )


def split_targets(text: str, indikator_count: int) -> tuple[ParsedQuantity, ...]:
    """Targets of a cell that serves several indicators (``70 Poin 66,50 Poin 85 Poin 80 Poin``,
    ``390;320 Jenis/710 item``), in order; never raises on the text.

    The result holds every target found — never truncated, never padded. When their number
    differs from ``indikator_count`` each item carries a ``JUMLAH_TARGET_TIDAK_SESUAI`` error.
    A cell of only placeholders (``-``, ``;``, ``- ; -``) yields ``indikator_count`` missing
    targets (missing, not a mismatch). ``indikator_count`` < 1 is a programmer error
    (``ValueError``).
    """
    if indikator_count < 1:
        raise ValueError(f"indikator_count harus ≥ 1, bukan {indikator_count}")
    found = tuple(_parse_piece(piece) for piece in _pieces(text))
    if not found or all(p.quantity.is_missing and not p.problems for p in found):
        return tuple(ParsedQuantity(text, _MISSING) for _ in range(indikator_count))
    if len(found) == indikator_count:
        return found
    message = (
        f"Sel target '{text}' berisi {len(found)} target, tetapi ada {indikator_count} indikator. "
        "Tulis satu target per indikator, berurutan dan dipisah ';' (mis. '70 Poin; 66,50 Poin')."
    )
    problem = Problem(
        JUMLAH_TARGET_TIDAK_SESUAI, Severity.ERROR, message,
        found=str(len(found)), expected=str(indikator_count),
    )  # fmt: skip
    return tuple(replace(p, problems=(*p.problems, problem)) for p in found)


_PERSON_WORDS = frozenset(
    {"orang", "peserta", "penerima", "pegawai", "asn", "anak", "lansia", "penyandang", "korban",
     "pendamping", "relawan", "tenaga", "warga", "penduduk", "jiwa", "gelandangan", "pengemis"}
)  # fmt: skip
_PERCENT_WORDS = frozenset({"persentase", "prosentase", "presentase", "persen", "cakupan"})


def _units_for(indikator_text: str) -> tuple[str, ...]:
    """The units an indicator's wording asks for, the main one first."""
    words = re.sub(r"^[\s0-9.)•-]+", "", indikator_text).split()
    first = words[0].lower() if words else ""
    if first in _PERCENT_WORDS:
        return (PERSEN,)
    if first == "tingkat":
        return (PERSEN, POIN)
    if first == "nilai":
        return (POIN, PERSEN)
    if first in ("jumlah", "banyaknya") and len(words) > 1:
        if words[1].lower() in _PERSON_WORDS:
            return ("Orang",)
        satuan, _, known = _split_unit(" ".join(words[1:]))
        if known:
            return (satuan,)
    return ()


def satuan_expected_for(indikator_text: str) -> str | None:
    """The main unit an indicator's wording asks for, or None when it says nothing:
    ``Persentase …``/``Tingkat …`` → ``%``, ``Nilai …`` → ``Poin``, ``Jumlah Orang/Peserta …`` →
    ``Orang``, ``Jumlah Dokumen …`` → ``Dokumen`` (domain.md §7 rule 9)."""
    units = _units_for(indikator_text)
    return units[0] if units else None


def satuan_allowed_for(indikator_text: str) -> frozenset[str]:
    """Every unit the wording accepts: ``Tingkat …`` and ``Nilai …`` take both ``%`` and
    ``Poin`` (the seeds print "Tingkat Capaian Kinerja Anggaran" as ``85 Poin`` and "Nilai
    Perencanaan Kinerja" as ``100 Persen``); empty when the wording says nothing."""
    return frozenset(_units_for(indikator_text))


def are_compatible(a: Quantity | str, b: Quantity | str) -> bool:
    """True when two units (or quantities) measure the same thing: equal after normalisation,
    or spellings of one count (Orang/Jiwa/SDM; KK/KPM/Keluarga). ``Orang`` and ``Orang/Kali``
    are not compatible; a qualitative value is compatible only with a qualitative value."""
    if isinstance(a, Quantity) and isinstance(b, Quantity) and a.is_qualitative != b.is_qualitative:
        return False
    satuan_a = a.satuan if isinstance(a, Quantity) else normalize_satuan(a)
    satuan_b = b.satuan if isinstance(b, Quantity) else normalize_satuan(b)
    return satuan_a == satuan_b or any(satuan_a in g and satuan_b in g for g in _SEBANDING)


class SatuanTidakSesuaiError(ValueError):
    """Raised by ``compare`` when asked to order values that cannot be compared."""


def compare(a: Quantity, b: Quantity) -> int:
    """-1, 0 or 1 for two numeric quantities of compatible units.

    Different units, missing or qualitative values raise ``SatuanTidakSesuaiError``: callers
    first run ``check_satuan`` and report its problem, so the error means a programming slip.
    """
    if a.nilai is None or b.nilai is None or not are_compatible(a, b):
        raise SatuanTidakSesuaiError(f"tidak dapat membandingkan {a} dengan {b}")
    return (a.nilai > b.nilai) - (a.nilai < b.nilai)


def check_satuan(expected: Quantity, found: Quantity) -> tuple[Problem, ...]:
    """A ``SATUAN_TIDAK_SESUAI`` error when two values (target and realisasi) are not comparable;
    nothing when either is missing."""
    if expected.is_missing or found.is_missing or are_compatible(expected, found):
        return ()
    message = (
        f"Satuan '{found.satuan or found.teks}' tidak sebanding dengan "
        f"'{expected.satuan or expected.teks}' ({found} dibanding {expected}). "
        "Samakan satuan realisasi dengan satuan target."
    )
    return (
        Problem(
            SATUAN_TIDAK_SESUAI, Severity.ERROR, message,
            found=found.satuan, expected=expected.satuan,
        ),
    )  # fmt: skip
