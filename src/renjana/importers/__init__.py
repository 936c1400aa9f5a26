"""Reading Renja documents (issue 7, "Import and audit"): adapters at the edge.

Readers turn converted text (``textdoc``), DOCX (``docx_reader``) and XLSX (``xlsx_reader``)
into one neutral ``Document`` of headings, paragraphs, page breaks and tables
(``document``); ``read_document`` picks the reader by file name. The table layer
(``renjana.importers.tables``) recognises each table's kind from its header and turns its rows
into core values. Nothing here knows a particular document: every rule reads shapes, header
words and column numbers. This package imports only ``renjana.core`` and ``renjana.reference``
(an import-linter contract) and never raises on a user's file: problems are returned as data.
"""

from renjana.importers.document import (
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Row,
    Table,
    TableLayout,
)
from renjana.importers.docx_reader import read_docx, read_docx_bytes
from renjana.importers.reader import read_document
from renjana.importers.textdoc import read_text, read_text_file
from renjana.importers.xlsx_reader import read_xlsx

__all__ = [
    "Block",
    "Document",
    "Heading",
    "PageBreak",
    "Paragraph",
    "Row",
    "Table",
    "TableLayout",
    "read_document",
    "read_docx",
    "read_docx_bytes",
    "read_text",
    "read_text_file",
    "read_xlsx",
]
