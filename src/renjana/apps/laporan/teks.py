"""Narrative text as document blocks, and the note that stands in for a missing table.

The narrative parts (``apps.dokumen`` naskah) are plain text: paragraphs separated by a blank
line; lines that start with a list marker (``1)``, ``2.``, ``a.``, ``-``, ``•``) or with
``BAB`` (the sistematika) form a list under the paragraph before them.
"""

from __future__ import annotations

import re

from renjana.documents.model import Align, Block, BulletList, Paragraph, Run

_NUMBERED = re.compile(r"^\s*(?:\d+|[a-z])[.)]\s+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•*]\s+")
_BAB = re.compile(r"^\s*BAB\s+[IVX]+\b")


def paragraf(text: str) -> Paragraph:
    """A body paragraph: justified, first line indented."""
    return Paragraph((Run(text.strip()),), Align.JUSTIFY, first_line_indent=True)


def catatan(text: str) -> Paragraph:
    """The italic note printed where a table or list has no data."""
    return Paragraph((Run(text, italic=True),), Align.LEFT)


def belum_diisi(data: str, judul: str) -> Paragraph:
    """``Data SPM tahun 2022 belum diisi; tabel Target dan Realisasi … belum dapat disajikan.``"""
    return catatan(
        f"{data[:1].upper()}{data[1:]} belum diisi; tabel {judul} belum dapat disajikan."
    )


def _item(line: str) -> tuple[str, bool] | None:
    """(text, numbered) of a list line, None for a plain line."""
    if _NUMBERED.match(line):
        return _NUMBERED.sub("", line, count=1).strip(), True
    if _BULLET.match(line):
        return _BULLET.sub("", line, count=1).strip(), False
    if _BAB.match(line):
        return line.strip(), False
    return None


def blok(text: str, *, lists: bool = True) -> tuple[Block, ...]:
    """The blocks of a narrative part, in order; ``lists=False`` leaves the list lines out
    (when a table shows them, as the isu penting)."""
    blocks: list[Block] = []
    items: list[str] = []
    numbered = False

    def flush() -> None:
        nonlocal items
        if items:
            blocks.append(BulletList(tuple(Paragraph.of(i) for i in items), numbered=numbered))
            items = []

    for chunk in re.split(r"\n\s*\n", text.strip()):
        for line in chunk.splitlines():
            if not line.strip():
                continue
            found = _item(line)
            if found is None:
                flush()
                blocks.append(paragraf(line))
                continue
            if not lists:
                continue
            if items and found[1] != numbered:
                flush()
            numbered = found[1]
            items.append(found[0])
        flush()
    return tuple(blocks)


def daftar_item(text: str) -> tuple[str, ...]:
    """The list items of a narrative part (e.g. the isu penting), in order."""
    found = (_item(line) for line in text.splitlines())
    return tuple(f[0] for f in found if f is not None and f[0])
