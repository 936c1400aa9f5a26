"""A Renja or RKT as a file: which document, in which format, with which name.

One entry point for the download views and ``renjana render``: ``buat(pd, jenis, tahun,
tahap, format)`` assembles the document and writes DOCX (python-docx), XLSX (every table on
its own sheet with live formulas) or PDF (the DOCX laid out by LibreOffice; without
LibreOffice ``LibreOfficeTidakAda`` carries an Indonesian message saying how to install it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils.text import slugify

from renjana.apps.laporan.renja import build_renja
from renjana.apps.laporan.rkt import build_rkt
from renjana.core.naskah import JenisDokumen
from renjana.core.tahapan import Tahap
from renjana.documents.docx_writer import write_docx
from renjana.documents.model import Document
from renjana.documents.pdf import KonversiGagal, LibreOfficeTidakAda, docx_to_pdf
from renjana.documents.xlsx_writer import write_xlsx

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import PerangkatDaerah

__all__ = ["Berkas", "Format", "KonversiGagal", "LibreOfficeTidakAda", "buat", "tulis"]


class Format(StrEnum):
    DOCX = "docx"
    PDF = "pdf"
    XLSX = "xlsx"

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPE[self]


_CONTENT_TYPE = {
    Format.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Format.PDF: "application/pdf",
    Format.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True, slots=True)
class Berkas:
    """A written document: its bytes, file name and content type."""

    isi: bytes
    nama: str
    format: Format

    @property
    def content_type(self) -> str:
        return self.format.content_type


def tulis(document: Document, fmt: Format) -> bytes:
    """The document's bytes in ``fmt``."""
    if fmt is Format.XLSX:
        return write_xlsx(document.tables(), document.meta)
    docx = write_docx(document)
    return docx_to_pdf(docx) if fmt is Format.PDF else docx


def nama_berkas(
    pd: PerangkatDaerah, jenis: JenisDokumen, tahun: int, stage: str, fmt: Format
) -> str:
    """``renja-2024-rancangan-akhir-sulawesi-barat-dinsos.docx``."""
    tahap = slugify(stage) if jenis is JenisDokumen.RENJA else ""
    parts = [jenis.value, str(tahun), tahap, pd.kode]
    return "-".join(p for p in parts if p) + f".{fmt.value}"


def dokumen(
    pd: PerangkatDaerah,
    jenis: JenisDokumen,
    tahun: int,
    tahap: Tahap | None = None,
    *,
    hari_ini: dt.date | None = None,
) -> Document:
    """The document model (a Renja that does not exist raises ``Http404``)."""
    if jenis is JenisDokumen.RKT:
        return build_rkt(pd, tahun, hari_ini=hari_ini)
    return build_renja(pd, tahun, tahap, hari_ini=hari_ini)


def buat(
    pd: PerangkatDaerah,
    jenis: JenisDokumen,
    tahun: int,
    fmt: Format,
    tahap: Tahap | None = None,
    *,
    hari_ini: dt.date | None = None,
) -> Berkas:
    """Assemble and write the document (the caller has checked that the user may read ``pd``)."""
    document = dokumen(pd, jenis, tahun, tahap, hari_ini=hari_ini)
    name = nama_berkas(pd, jenis, tahun, document.meta.stage, fmt)
    return Berkas(tulis(document, fmt), name, fmt)
