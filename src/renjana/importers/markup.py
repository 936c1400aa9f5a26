"""Inline markup of converted documents, reduced to plain text plus a bold flag.

Converters leave ``<b>…</b>``, ``**…**``, HTML entities and whole ``<ul><li>…</li></ul>`` lists
inside table cells and paragraphs. The reading layer wants the words as printed: bold matters
(program rows and totals are bold), list items become lines starting with "•", and everything
else is dropped. Nothing here interprets numbers or codes.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ITEM = re.compile(r"<li\b[^>]*>\s*", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(?:li|p|div|ul|ol|tr)\s*>", re.IGNORECASE)
_BOLD_HTML = re.compile(r"^\s*<(b|strong)\b[^>]*>(.*)</\1>\s*$", re.IGNORECASE | re.DOTALL)
_BOLD_MD = re.compile(r"^\s*(\*\*|__)(.+)\1\s*$", re.DOTALL)
_EMPHASIS = re.compile(r"(\*\*|__)")
_SINGLE_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_BULLETS = ("•", "-", "–", "·", "*")


def _item_start(match: re.Match[str]) -> str:
    return "\n• "


def clean_inline(text: str) -> tuple[str, bool]:
    """``<b>PROGRAM X</b>`` → (``PROGRAM X``, True); a cell with an HTML list becomes lines
    ``• item``; entities are decoded; spaces inside each line are collapsed."""
    bold = bool(_BOLD_HTML.match(text) or _BOLD_MD.match(text))
    text = _BREAK.sub("\n", text)
    text = _ITEM.sub(_item_start, text)
    text = _BLOCK_END.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    text = _EMPHASIS.sub("", text)
    text = _SINGLE_STAR.sub(r"\1", text)
    lines = [" ".join(line.replace("\xa0", " ").split()) for line in text.split("\n")]
    lines = [_single_bullet(line) for line in lines if line]
    return "\n".join(lines), bold


def _single_bullet(line: str) -> str:
    """``• • Rakord`` (an ``<li>`` whose text starts with its own bullet) → ``• Rakord``."""
    if line.startswith("• "):
        rest = line[2:].lstrip()
        if rest[:1] in _BULLETS and rest[1:2] in (" ", ""):
            return "• " + rest[1:].lstrip()
    return line


def plain(text: str) -> str:
    """The text without markup, lines joined by spaces (for headings and captions)."""
    cleaned, _ = clean_inline(text)
    return " ".join(cleaned.split())


def squeeze(text: str) -> str:
    """Lower case without spaces or markup: how header labels are compared, so that a word
    broken by the conversion (``Ketera ngan``, ``Penang gung Jawab``) still matches."""
    return re.sub(r"\s+", "", plain(text).lower())
