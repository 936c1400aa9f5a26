"""How far a printed name is from the official one: the same, a spelling variant, or another.

Case, spacing and punctuation never count (``referensi.name_key``). Beyond that a name is a
*spelling variant* when every differing word is a typo or an abbreviation of the official
word ("Penggangan" for "Penganggaran", "Cetak" for "Cetakan", "dlm" for "di Dalam"); it is a
*different name* as soon as a word is replaced by another word or words are added or left
out ("Gelandangan dan Pengemis" for "Lanjut Usia", seed error S003-05). A different name
usually means the wrong code or a copied row; a spelling variant only needs retyping.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from enum import StrEnum

from renjana.core.referensi import name_key

#: Two words at least this similar (difflib ratio) are one word misspelt.
_TYPO_RATIO = 0.8


class KemiripanNama(StrEnum):
    SAMA = "sama"
    EJAAN = "ejaan"
    BEDA = "beda"


def compare_nama(printed: str, official: str) -> KemiripanNama:
    """``SAMA``, ``EJAAN`` (spelling variant) or ``BEDA`` (another name), as described above."""
    a, b = name_key(printed).split(), name_key(official).split()
    if a == b:
        return KemiripanNama.SAMA
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag != "replace" or not _is_variant(a[i1:i2], b[j1:j2]):
            return KemiripanNama.BEDA
    return KemiripanNama.EJAAN


def _is_variant(printed: list[str], official: list[str]) -> bool:
    """Replaced words that are typos of, or abbreviate, the official words."""
    if len(printed) == len(official) and all(
        _same_word(p, o) for p, o in zip(printed, official, strict=True)
    ):
        return True
    return len(printed) <= len(official) and _abbreviates("".join(printed), "".join(official))


def _same_word(printed: str, official: str) -> bool:
    if printed.isdigit() or official.isdigit():
        return False
    ratio = SequenceMatcher(None, printed, official, autojunk=False).ratio()
    return ratio >= _TYPO_RATIO or _abbreviates(printed, official)


def _abbreviates(short: str, full: str) -> bool:
    """``dlm`` of ``didalam``, ``kab`` of ``kabupaten``: the same first letter and every
    letter of ``short`` in order in ``full``."""
    if not short or len(short) >= len(full) or short[0] != full[0]:
        return False
    letters = iter(full)
    return all(char in letters for char in short)
