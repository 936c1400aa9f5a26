"""Shared files for the document tests: the sample Renja written once per session.

Tests that need LibreOffice and poppler (PDF, recalculation) use the ``libreoffice`` fixture:
without them they are skipped, except in CI, where `make test` installs them first
(``scripts/ensure_libreoffice.sh``) and a missing converter is a failure.
"""

from __future__ import annotations

import os
import shutil

import pytest

from renjana.documents.docx_writer import write_docx
from renjana.documents.model import Document, Table
from renjana.documents.pdf import docx_to_pdf, is_available
from renjana.documents.xlsx_writer import write_xlsx
from tests.documents.sample_document import build_document

TOOLS = ("pdfinfo", "pdftoppm", "pdftotext")


@pytest.fixture(scope="session")
def libreoffice() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if not is_available():
        missing.insert(0, "soffice")
    if missing:
        message = f"Tidak terpasang: {', '.join(missing)} (bash scripts/ensure_libreoffice.sh)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; `make test` seharusnya memasangnya.")
        pytest.skip(message)


@pytest.fixture(scope="session")
def sample() -> tuple[Document, dict[str, Table]]:
    return build_document()


@pytest.fixture(scope="session")
def docx_bytes(sample: tuple[Document, dict[str, Table]]) -> bytes:
    return write_docx(sample[0])


@pytest.fixture(scope="session")
def xlsx_bytes(sample: tuple[Document, dict[str, Table]]) -> bytes:
    document, _ = sample
    return write_xlsx(document.tables(), document.meta)


@pytest.fixture(scope="session")
def pdf_bytes(libreoffice: None, docx_bytes: bytes) -> bytes:
    return docx_to_pdf(docx_bytes)
