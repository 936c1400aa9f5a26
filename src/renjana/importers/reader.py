"""Which reader a file needs, by its name: the one entry point for "read this document"."""

from __future__ import annotations

import os
from pathlib import Path

from renjana.importers.document import Document, unreadable
from renjana.importers.docx_reader import read_docx
from renjana.importers.textdoc import read_text_file
from renjana.importers.xlsx_reader import read_xlsx

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
DOCX_SUFFIXES = (".docx",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a converted text, DOCX or XLSX file; any other file is a reported problem."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_text_file(file)
    if suffix in DOCX_SUFFIXES:
        return read_docx(file)
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(file)
    known = ", ".join((*TEXT_SUFFIXES, *DOCX_SUFFIXES, *XLSX_SUFFIXES))
    return unreadable(
        file.name, f"jenis berkas '{suffix or '(tanpa akhiran)'}' tidak dikenal ({known})"
    )
