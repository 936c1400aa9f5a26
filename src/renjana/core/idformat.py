"""Indonesian numbers in and out: the one reading rule of domain.md §5, and its inverse.

Renja tables print one figure as ``3.926.440.000``, ``3,379,675,000``, ``Rp.  8.231.019.891``,
``13.867.555.785,00`` or a broken ``100,000,00 0``, and percentages as ``95,80%``, ``87.26%`` or
``46,43 Persen``. Every cell goes through the same documented rule (``parse_number``), keeps its
raw text, and reports each repair or ambiguity as a ``Problem`` — a reading is never guessed
silently. Parsers never raise on user text; ``to_decimal`` is the strict variant and raises only
``NumberFormatError``. Formatting prints the Indonesian form back (``1.234.567,89``,
``Rp 1.234.567``, ``95,64%``) and never rounds except through ``numbers``' quantizers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from renjana.core.numbers import D, quantize_money, quantize_percent
from renjana.core.problems import Problem, Severity

#: A '.'/',' + 3 digits (or another form outside rule 2/3) read by the rule but open to doubt.
ANGKA_AMBIGU = "ANGKA_AMBIGU"
#: A broken token repaired (rule 1): spaces inside digit groups or stray leading punctuation
#: removed. A warning, because "70, 80" joined to 70,80 may have been two numbers.
ANGKA_DIRAPIKAN = "ANGKA_DIRAPIKAN"
#: The same mark used for thousands and decimals (``Rp.1,234,567,00``).
PEMISAH_CAMPUR = "PEMISAH_CAMPUR"
#: The cell holds no number at all (letters, symbols).
BUKAN_ANGKA = "BUKAN_ANGKA"
#: Digits, but not one well-formed number (``1..2``, ``12.34.5``, ``70 80``).
ANGKA_TIDAK_SAH = "ANGKA_TIDAK_SAH"
#: A count of persons or households with a fractional part (rule 5); kept, never rounded.
JUMLAH_ORANG_DESIMAL = "JUMLAH_ORANG_DESIMAL"
#: A grade cell whose letter is not one of the SAKIP grades.
NILAI_HURUF_TIDAK_DIKENAL = "NILAI_HURUF_TIDAK_DIKENAL"
#: A formula cell that is neither a definition nor a computed ``a/b X 100% = c%`` string.
RUMUS_TIDAK_TERBACA = "RUMUS_TIDAK_TERBACA"

#: SAKIP grades (PermenPANRB 88/2021), best first.
GRADES = ("AA", "A", "BB", "B", "CC", "C", "D")


class ColumnKind(StrEnum):
    """What a column holds; rule (3) reads ``1.283`` as a decimal only in percent/score columns."""

    GENERIC = "generic"
    MONEY = "money"
    PERCENT = "percent"
    SCORE = "score"
    COUNT = "count"  # persons / households: whole numbers only (rule 5)
    #: Things counted with a unit (Paket, Dokumen, Layanan): '.ddd' is thousands without doubt,
    #: yet ``64.00 Paket`` is a decimal (rule 4) and a fraction is not a person-count error.
    ITEM_COUNT = "item_count"


class NumberFormatError(ValueError):
    """Raised by ``to_decimal`` (only) when a cell is missing, unreadable or an invalid count."""

    def __init__(self, raw: str, problems: tuple[Problem, ...]) -> None:
        self.raw = raw
        self.problems = problems
        detail = "; ".join(p.message for p in problems) or "nilai kosong"
        super().__init__(f"{raw!r}: {detail}")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """One parsed cell: ``value`` (None when missing or unreadable), the raw text, the findings."""

    raw: str
    value: Decimal | None
    problems: tuple[Problem, ...] = ()
    is_missing: bool = False

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


_MISSING_MARKS = re.compile(r"[\s.\-–—_…]*")
_MISSING_WORDS = frozenset({"n/a", "#n/a", "na", "n.a", "n.a.", "null", "none", "nan"})
_SIGN = re.compile(r"^[-−–]\s*")
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*(%|persen|poin)$", re.IGNORECASE)
_TRAILING = ".,;:-–− "
_LEADING = ".,;: "
_BODY = re.compile(r"[0-9., ]+")


def is_missing_text(text: str) -> bool:
    """True for cells that mean "no value": empty, ``-``, ``N/A``, ``null``, ``.....``.

    Missing is not zero: a zero is a statement ("nothing achieved"), a dash is a gap.
    """
    squeezed = " ".join(text.split())
    return bool(_MISSING_MARKS.fullmatch(squeezed)) or squeezed.lower() in _MISSING_WORDS


def has_fraction(value: Decimal) -> bool:
    """True when ``value`` has a non-zero fractional part (``64.00`` has none), exactly."""
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0 and any(value.as_tuple().digits[exponent:])


def _problem(code: str, severity: Severity, message: str, raw: str, expected: str = "") -> Problem:
    return Problem(code=code, severity=severity, message=message, found=raw, expected=expected)


def _invalid(raw: str, why: str) -> ParsedNumber:
    message = f"'{raw}' bukan satu angka yang sah ({why}). Tulis satu angka, mis. 1.234.567,89."
    return ParsedNumber(raw, None, (_problem(ANGKA_TIDAK_SAH, Severity.ERROR, message, raw),))


def _is_thousands(groups: list[str]) -> bool:
    """``1.234.567`` grouping: a head of 1–3 digits, then groups of exactly 3."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _join_spaces(body: str) -> str | None:
    """Rule (1): drop spaces inside a number; None when the spaces separate two numbers."""
    parts = body.split(" ")
    has_marks = "." in body or "," in body
    space_thousands = not has_marks and _is_thousands(parts)  # "1 000 000"
    seen_mark = False
    for left, right in pairwise(parts):
        seen_mark = seen_mark or "." in left or "," in left
        if not (seen_mark or right[0] in ".," or space_thousands):
            return None  # "70 80": two numbers, not one broken token like "100,000,00 0"
    return "".join(parts)


def parse_number(text: str, kind: ColumnKind = ColumnKind.GENERIC) -> ParsedNumber:
    """Read one cell by the rule of domain.md §5; never raises.

    (1) ``Rp``/``Rp.``, a sign (``- 649.000``), ``%``/``Persen``/``Poin``, a trailing ``,-``,
    stray leading punctuation and spaces inside digit groups are removed (a repair is reported);
    (2) with both marks, the last one is the decimal mark; (3) with one mark: repeated →
    thousands, one mark + 3 digits → thousands (``ANGKA_AMBIGU`` in a GENERIC column) unless
    ``kind`` is PERCENT/SCORE or the value ends in ``%``/``Poin``, one mark + 1–2 digits →
    decimal, so (4) ``64.00`` is a decimal; (5) a COUNT with a fraction is an error.
    Beyond the rule, each reported: a repeated mark ending in 2 digits (``1,234,567,00``) has a
    decimal last group; (2) with a tail other than 2 digits and (3) with 4+ digits read as
    decimals; ``0.500`` is a decimal (no thousands group starts with 0).
    """
    raw = text
    s = " ".join(text.split())
    if is_missing_text(s):
        return ParsedNumber(raw, None, (), is_missing=True)
    negative = False
    for pattern in (_SIGN, _CURRENCY, _SIGN):
        match = pattern.match(s)
        if match:
            negative = negative or pattern is _SIGN
            s = s[match.end() :]
    if is_missing_text(s):  # "Rp -", "Rp. ....": a money placeholder, not zero
        return ParsedNumber(raw, None, (), is_missing=True)
    s = s.rstrip(_TRAILING)
    suffix = _SUFFIX.search(s)
    s = s[: suffix.start()].rstrip(_TRAILING) if suffix else s
    decimal_forced = kind in (ColumnKind.PERCENT, ColumnKind.SCORE) or suffix is not None
    body = s.lstrip(_LEADING)
    if not _BODY.fullmatch(body) or not re.search("[0-9]", body):
        message = f"'{raw}' bukan angka. Isi dengan angka (mis. 1.234.567) atau '-' bila kosong."
        return ParsedNumber(raw, None, (_problem(BUKAN_ANGKA, Severity.ERROR, message, raw),))
    repaired = body != s or " " in body
    joined = _join_spaces(body)
    if joined is None:
        return _invalid(raw, "berisi beberapa angka yang dipisah spasi")
    reading = _read_marks(raw, joined, kind, decimal_forced)
    if isinstance(reading, ParsedNumber):
        return reading
    digits, problems = reading
    value = D(digits)
    value = value.copy_negate() if negative and value != 0 else value
    if repaired:
        message = (
            f"Angka '{raw}' terpotong spasi atau tanda baca; dibaca sebagai "
            f"{format_number(value)}. Periksa dengan dokumen asli dan tulis angka tanpa spasi."
        )
        problems = (*problems, _problem(ANGKA_DIRAPIKAN, Severity.WARNING, message, raw))
    if kind is ColumnKind.COUNT and has_fraction(value):
        message = (
            f"Jumlah orang/keluarga '{raw}' bernilai pecahan ({format_number(value)}); "
            "jumlah orang harus bilangan bulat. Perbaiki angkanya, jangan dibulatkan otomatis."
        )
        problems = (*problems, _problem(JUMLAH_ORANG_DESIMAL, Severity.ERROR, message, raw))
    return ParsedNumber(raw, value, problems)


def _read_marks(
    raw: str, s: str, kind: ColumnKind, decimal_forced: bool
) -> tuple[str, tuple[Problem, ...]] | ParsedNumber:
    """Rules (2) and (3) on a body of digits and marks: a canonical decimal string, or failure."""
    groups = re.split(r"[.,]", s)
    if not all(groups):
        return _invalid(raw, "tanda pemisah berurutan atau di ujung")
    marks = [c for c in s if c in ".,"]
    if not marks:
        return s, ()
    if len(set(marks)) == 2:  # rule (2): the last mark is the decimal mark
        if marks.count(marks[-1]) > 1 or not _is_thousands(groups[:-1]):
            return _invalid(raw, "pemisah ribuan dan desimal tidak beraturan")
        if len(groups[-1]) == 2:
            return f"{''.join(groups[:-1])}.{groups[-1]}", ()
        digits = f"{''.join(groups[:-1])}.{groups[-1]}"
        message = (
            f"Angka '{raw}' memakai dua jenis pemisah tetapi desimalnya bukan dua angka; "
            f"dibaca sebagai {format_number(D(digits))}. "
            "Tulis desimal dengan dua angka, mis. 1.234,50."
        )
        return digits, (_problem(ANGKA_AMBIGU, Severity.WARNING, message, raw),)
    if len(marks) > 1:  # rule (3), repeated mark
        if _is_thousands(groups):
            return "".join(groups), ()
        if len(groups[-1]) == 2 and _is_thousands(groups[:-1]):
            digits = f"{''.join(groups[:-1])}.{groups[-1]}"
            message = (
                f"Angka '{raw}' memakai '{marks[0]}' sebagai pemisah ribuan sekaligus desimal; "
                f"dibaca sebagai {format_number(D(digits))}. Pakai '.' untuk ribuan dan ',' "
                "untuk desimal, mis. 1.234.567,00."
            )
            return digits, (_problem(PEMISAH_CAMPUR, Severity.INFO, message, raw),)
        return _invalid(raw, "kelompok ribuan harus tiga angka")
    head, tail = groups
    if len(tail) != 3 or decimal_forced or head == "0":
        problems: tuple[Problem, ...] = ()
        if len(tail) > 3 and not decimal_forced:
            message = (
                f"Angka '{raw}' dibaca sebagai desimal {head},{tail}, tetapi bisa juga salah tulis "
                "ribuan. Periksa dan tulis ribuan sebagai 1.234 atau desimal dengan dua angka."
            )
            problems = (_problem(ANGKA_AMBIGU, Severity.WARNING, message, raw),)
        return f"{head}.{tail}", problems
    if kind is ColumnKind.GENERIC or len(head) > 3:
        message = (
            f"Angka '{raw}' bisa dibaca {head}{tail} atau {head},{tail}; "
            f"dibaca sebagai {head}{tail} (pemisah ribuan). Tulis {head}.{tail} hanya untuk "
            "ribuan; pecahan ditulis di kolom persen/nilai atau dengan dua angka desimal."
        )
        return head + tail, (_problem(ANGKA_AMBIGU, Severity.WARNING, message, raw),)
    return head + tail, ()


def parse_rupiah(text: str) -> ParsedNumber:
    """A money cell (``Rp. 14.265.806.382``, ``13.867.555.785,00``, ``- 649.000``)."""
    return parse_number(text, ColumnKind.MONEY)


def parse_percent(text: str) -> ParsedNumber:
    """A percentage on the 0–100 scale (``95,64%``, ``99.33 %``, ``46,43 Persen``, ``74,25``)."""
    return parse_number(text, ColumnKind.PERCENT)


def parse_count(text: str) -> ParsedNumber:
    """A count of persons or households; a fractional part is a ``JUMLAH_ORANG_DESIMAL`` error."""
    return parse_number(text, ColumnKind.COUNT)


def to_decimal(text: str, kind: ColumnKind = ColumnKind.GENERIC) -> Decimal:
    """Strict variant: the value, or ``NumberFormatError`` when missing or with an error problem.

    Warnings and notes (ambiguity, repairs) do not raise; read ``parse_number`` to see them.
    """
    parsed = parse_number(text, kind)
    if parsed.value is None or parsed.has_errors:
        raise NumberFormatError(text, parsed.problems)
    return parsed.value


@dataclass(frozen=True, slots=True)
class ParsedGrade:
    """A SAKIP value cell such as ``62,00 / B``: the score and the letter grade, each optional."""

    raw: str
    score: Decimal | None
    grade: str
    problems: tuple[Problem, ...] = ()


def parse_grade(text: str) -> ParsedGrade:
    """Split ``62,00 / B`` or ``60.53 / B`` into score (a score column: ',' or '.' is decimal)
    and grade; a lone ``B`` or a lone score is accepted too."""
    head, slash, tail = " ".join(text.split()).rpartition("/")
    if not slash:
        letter = tail.strip().upper()
        if letter in GRADES:
            return ParsedGrade(text, None, letter)
        head, tail = tail, ""
    number = parse_number(head, ColumnKind.SCORE)
    grade = tail.strip().upper()
    problems = number.problems
    if slash and grade not in GRADES:
        message = (
            f"Nilai huruf '{tail.strip()}' pada '{text}' tidak dikenal. "
            f"Gunakan salah satu dari {', '.join(GRADES)}, mis. '62,00 / B'."
        )
        problems = (*problems, _problem(NILAI_HURUF_TIDAK_DIKENAL, Severity.WARNING, message, text))
    return ParsedGrade(text, number.value, grade, problems)


class FormulaKind(StrEnum):
    """A formula cell states a rule (definition) or shows a computation with numbers."""

    DEFINITION = "definisi"
    COMPUTED = "hitungan"


@dataclass(frozen=True, slots=True)
class ParsedFormula:
    """A ``(a/b) X 100%`` cell. For a definition the texts name the operands; for a computed
    string they hold the units and the three numbers are read separately (never recomputed here:
    recomputation and its tolerance are a consistency check)."""

    raw: str
    kind: FormulaKind | None
    numerator_text: str = ""
    denominator_text: str = ""
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    result: Decimal | None = None
    problems: tuple[Problem, ...] = ()


_NUM = r"[-−]? ?[0-9](?:[0-9.,]| (?=[0-9]))*"  # on collapsed whitespace: no backtracking blow-up
_COMPUTED = re.compile(
    rf"\(?\s*(?P<a>{_NUM})\s*(?P<ua>[^/0-9=()]*?)\s*/\s*(?P<b>{_NUM})\s*(?P<ub>[^/0-9=()]*?)\s*\)?"
    rf"\s*[x×*]\s*100\s*%?\s*=\s*(?P<c>{_NUM})\s*(?:%|persen)?",
    re.IGNORECASE,
)
_PERCENT_TAIL = re.compile(r"\)?\s*[x×*]\s*100\s*%?$", re.IGNORECASE)
_SLASH_JUMLAH = re.compile(r"/\s*(?=jumlah)", re.IGNORECASE)
_FORMULA_LABEL = re.compile(r"^\s*formula(?:si)?\s*:\s*", re.IGNORECASE)


def parse_formula(text: str) -> ParsedFormula:
    """Read ``(Jumlah realisasi penerima bansos/Jumlah DTKS) X 100%`` (a definition, no numbers)
    or ``274 KPM/300 KPM X 100% = 91,33%`` (numerator, denominator and result separately).

    A definition with several '/' is split before the operand that starts with "Jumlah"
    (``Kelompok Masyarakat/ Lembaga`` stays whole), else at the first '/'."""
    body = _FORMULA_LABEL.sub("", " ".join(text.split())).rstrip(" .")
    computed = _COMPUTED.fullmatch(body)
    if computed:
        parts = (
            parse_number(computed["a"]),
            parse_number(computed["b"]),
            parse_number(computed["c"], ColumnKind.PERCENT),
        )
        problems = tuple(p for part in parts for p in part.problems)
        return ParsedFormula(
            text, FormulaKind.COMPUTED, computed["ua"].strip(), computed["ub"].strip(),
            parts[0].value, parts[1].value, parts[2].value, problems,
        )  # fmt: skip
    tail = _PERCENT_TAIL.search(body)
    inner = body[: tail.start()].lstrip("( ") if tail else ""
    cut = _SLASH_JUMLAH.search(inner) or re.search("/", inner)
    if cut and not re.search("[0-9]", inner):
        return ParsedFormula(
            text, FormulaKind.DEFINITION, inner[: cut.start()].strip(), inner[cut.end() :].strip()
        )
    message = (
        f"Rumus '{text}' tidak terbaca. Tulis '(pembilang/penyebut) X 100%' atau "
        "'<a> <satuan>/<b> <satuan> X 100% = <c>%'."
    )
    return ParsedFormula(
        text, None, problems=(_problem(RUMUS_TIDAK_TERBACA, Severity.WARNING, message, text),)
    )


def format_number(value: Decimal) -> str:
    """``1234567.89`` → ``1.234.567,89``: '.' thousands, ',' decimals, digits exactly as held.

    No rounding here: quantize first (``quantize_money``/``quantize_percent``) at the output point.
    """
    if not value.is_finite():
        raise ValueError(f"format_number: bukan angka terhingga: {value!r}")
    whole, _, fraction = f"{value.copy_abs():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if value < 0 else ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_money(value: Decimal) -> str:
    """A Rupiah amount for a table cell headed "(Rp)": ``1.234.567`` or ``1.234.567,89``.

    Rounded to sen with ``quantize_money``; whole amounts print without sen, as Renja tables do.
    """
    amount = quantize_money(value)
    if amount == amount.to_integral_value():
        amount = amount.to_integral_value()
    return format_number(amount)


def format_rupiah(value: Decimal) -> str:
    """``Rp 1.234.567,89`` (``Rp 1.234.567`` when whole); negatives as ``-Rp 649.000``."""
    text = format_money(value)
    return f"-Rp {text[1:]}" if text.startswith("-") else f"Rp {text}"


def format_percent(value: Decimal) -> str:
    """``95.6444`` → ``95,64%`` (two decimals via ``quantize_percent``)."""
    return f"{format_number(quantize_percent(value))}%"
