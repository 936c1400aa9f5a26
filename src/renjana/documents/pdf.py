"""The PDF of a Renja / RKT: the DOCX laid out by LibreOffice headless.

One layout engine for both files means the PDF is exactly the DOCX a reader would print:
landscape sections, repeated table headers, page numbers and the Daftar Isi page references
(``PAGEREF`` fields, computed during the conversion). Without LibreOffice the DOCX and XLSX
still work; asking for the PDF raises ``LibreOfficeTidakAda`` with an Indonesian message that
says how to install it.
"""

from __future__ import annotations

from renjana.documents.docx_writer import write_docx
from renjana.documents.libreoffice import (
    KonversiGagal,
    LibreOfficeTidakAda,
    convert,
    find_soffice,
)
from renjana.documents.model import Document

__all__ = ["KonversiGagal", "LibreOfficeTidakAda", "docx_to_pdf", "is_available", "write_pdf"]


def is_available() -> bool:
    return find_soffice() is not None


def docx_to_pdf(docx: bytes, *, timeout: float = 300) -> bytes:
    """PDF bytes of a DOCX file's bytes."""
    return convert(docx, "docx", "pdf:writer_pdf_Export", timeout=timeout)


def write_pdf(document: Document) -> bytes:
    return docx_to_pdf(write_docx(document))
