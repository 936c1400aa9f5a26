"""Numbers in Indonesian words (*terbilang*), as documents print counts and Rupiah amounts.

``terbilang(13_867_555_785)`` → ``tiga belas miliar delapan ratus enam puluh tujuh juta lima
ratus lima puluh lima ribu tujuh ratus delapan puluh lima``; ``100`` → ``seratus``, ``1.000`` →
``seribu`` but ``1.000.000`` → ``satu juta`` (the formal spelling). Counts are printed with the
figure and the words in title case, as the seeds do: ``8 (Delapan) Program``.

``baca_terbilang`` reads such words back, so a check can compare a printed *terbilang* with its
figure (domain.md §7 rule 11). Negative numbers and fractions are refused: a document writes
"minus" or "koma" itself, and counts are whole.
"""

from __future__ import annotations

from decimal import Decimal

from renjana.core.idformat import format_number
from renjana.core.numbers import quantize_money

_SATUAN = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
#: Scale words from the largest; each is 1000 times the next.
_SKALA = (
    (10**15, "kuadriliun"),
    (10**12, "triliun"),
    (10**9, "miliar"),
    (10**6, "juta"),
    (10**3, "ribu"),
)
#: The largest number with words here (999 kuadriliun …).
TERBILANG_MAKS = 10**18 - 1


def _bawah_seribu(n: int) -> list[str]:
    """Words of ``1 <= n <= 999``."""
    words: list[str] = []
    ratus, sisa = divmod(n, 100)
    if ratus == 1:
        words.append("seratus")
    elif ratus > 1:
        words += [_SATUAN[ratus], "ratus"]
    puluh, satuan = divmod(sisa, 10)
    if puluh == 1:
        words.append(("sepuluh", "sebelas")[satuan] if satuan < 2 else f"{_SATUAN[satuan]} belas")
    else:
        if puluh > 1:
            words += [_SATUAN[puluh], "puluh"]
        if satuan:
            words.append(_SATUAN[satuan])
    return " ".join(words).split()


def _as_int(value: int | Decimal) -> int:
    if isinstance(value, bool):
        raise TypeError("terbilang: nilai boolean bukan bilangan")
    if isinstance(value, Decimal):
        if not value.is_finite() or value != value.to_integral_value():
            raise ValueError(f"terbilang hanya untuk bilangan bulat, bukan {value}")
        value = int(value)
    if not isinstance(value, int):
        raise TypeError(f"terbilang: {type(value).__name__} bukan int atau Decimal")
    if value < 0:
        raise ValueError(f"terbilang tidak menerima bilangan negatif ({value})")
    if value > TERBILANG_MAKS:
        raise ValueError(f"terbilang: {value} terlalu besar")
    return value


def terbilang(value: int | Decimal) -> str:
    """A whole, non-negative number in lower-case Indonesian words (``0`` → ``nol``)."""
    n = _as_int(value)
    if n == 0:
        return "nol"
    words: list[str] = []
    for besar, nama in _SKALA:
        bagian, n = divmod(n, besar)
        if not bagian:
            continue
        if bagian == 1 and nama == "ribu":
            words.append("seribu")
        else:
            words += [*_bawah_seribu(bagian), nama]
    if n:
        words += _bawah_seribu(n)
    return " ".join(words)


def kapital(words: str) -> str:
    """``dua puluh tujuh`` → ``Dua Puluh Tujuh`` (the form printed in brackets after a count)."""
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def bilangan_dan_kata(jumlah: int, benda: str = "") -> str:
    """``27, "Sub Kegiatan"`` → ``27 (Dua Puluh Tujuh) Sub Kegiatan``."""
    text = f"{format_number(Decimal(_as_int(jumlah)))} ({kapital(terbilang(jumlah))})"
    return f"{text} {benda}" if benda else text


def terbilang_rupiah(amount: Decimal) -> str:
    """A Rupiah amount in words, rounded to sen: ``… rupiah`` and, with sen, ``… sen``.

    A negative amount is written with ``minus`` in front (a sisa pagu can be negative).
    """
    if not isinstance(amount, (Decimal, int)) or isinstance(amount, bool):
        raise TypeError("terbilang_rupiah menerima Decimal atau int")
    exact = quantize_money(Decimal(amount))
    prefix = "minus " if exact < 0 else ""
    exact = abs(exact)
    rupiah = int(exact)
    sen = int((exact - rupiah) * 100)
    text = f"{prefix}{terbilang(rupiah)} rupiah"
    return f"{text} {terbilang(sen)} sen" if sen else text


# --- reading words back ----------------------------------------------------------------------

_DIGIT = {word: i for i, word in enumerate(_SATUAN) if word}
_SCALE = {nama: besar for besar, nama in _SKALA} | {"milyar": 10**9}
#: Fixed words and their (value, rank after them): 3 = hundreds done, 2 = tens done (a unit
#: may follow), 1 = units done (nothing may follow in the group).
_FIXED = {"seratus": (100, 3), "sepuluh": (10, 1), "sebelas": (11, 1)}
_WORD_RANK = {"ratus": 3, "puluh": 2, "belas": 1}


def _tokens(text: str) -> list[str]:
    cleaned = text.lower().replace("-", " ").replace(",", " ")
    for suffix in ("rupiah", "rp"):
        cleaned = cleaned.replace(suffix, " ")
    return cleaned.split()


def baca_terbilang(text: str) -> int | None:
    """The number written in Indonesian words, or ``None`` when the words are not a number.

    Accepts what ``terbilang`` writes, in any case, with or without ``rupiah``, and the
    common spelling ``milyar``. Scales must come in decreasing order (``dua juta tiga ribu``).
    """
    tokens = _tokens(text)
    if tokens == ["nol"]:
        return 0
    if not tokens:
        return None
    total = 0
    group = 0  # value of the current group below 1000
    rank = 4  # the rank of the last word in the group; each word must be smaller
    pending: int | None = None  # a digit waiting for ratus/puluh/belas
    last_scale = 10**19
    for tok in tokens:
        if tok in _DIGIT:
            if pending is not None or rank <= 1:
                return None
            pending = _DIGIT[tok]
        elif tok in _FIXED:
            value, word_rank = _FIXED[tok]
            if pending is not None or max(word_rank, 2) >= rank:
                return None
            group, rank = group + value, word_rank
        elif tok in _WORD_RANK:
            word_rank = _WORD_RANK[tok]
            if pending is None or max(word_rank, 2) >= rank:
                return None
            if tok == "ratus":
                group += pending * 100
            elif tok == "puluh":
                group += pending * 10
            else:
                group += 10 + pending
            pending, rank = None, word_rank
        elif tok == "seribu" or tok in _SCALE:
            besar = 1000 if tok == "seribu" else _SCALE[tok]
            value = 1 if tok == "seribu" else group + (pending or 0)
            if besar >= last_scale or value == 0 or (tok == "seribu" and (group or pending)):
                return None
            if tok == "ribu" and value == 1:
                return None  # "satu ribu" is written "seribu"
            total += value * besar
            group, pending, rank, last_scale = 0, None, 4, besar
        else:
            return None
    return total + group + (pending or 0)
