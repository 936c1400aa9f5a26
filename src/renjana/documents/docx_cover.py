"""The cover page (*Halaman Judul*) of a Renja or RKT.

Laid out as the published documents are: the document title, the stage, the plan year, the
regional logo uploaded by the pemda, the office, the pemda and the year of preparation, all
centred. The cover section carries no running header and no page number.
"""

from __future__ import annotations

import io

from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt

from renjana.documents import docx_style
from renjana.documents.model import DocumentMeta

LOGO_WIDTH_MM = 40


def write_cover(doc: DocxDocument, meta: DocumentMeta) -> None:
    def line(text: str, size: int = 16, *, space_before: int = 0) -> None:
        p = docx_style.styled_paragraph(doc, docx_style.COVER)
        p.paragraph_format.space_before = Pt(space_before)
        p.add_run(text).font.size = Pt(size)

    line(meta.title.upper(), 18, space_before=24)
    line(meta.stage.upper(), 14)
    line(f"TAHUN {meta.year}", 18)
    if meta.logo:
        docx_style.styled_paragraph(doc, docx_style.COVER).paragraph_format.space_before = Pt(48)
        doc.add_picture(io.BytesIO(meta.logo), width=Mm(LOGO_WIDTH_MM))
        doc.paragraphs[-1]._p.get_or_add_pPr().style = docx_style.style_id(docx_style.COVER)
    line("", 16, space_before=48)
    line(meta.office.upper(), 16, space_before=48)
    line(meta.pemda.upper(), 16)
    if meta.prepared_year is not None:
        line(f"TAHUN {meta.prepared_year}", 16)
