"""`make bench`, documents: DOCX, PDF and XLSX of a large generated Renja.

The plan is shaped like the largest sample office (about 60 sub kegiatan, as Tarakan's 66) in
the 17-column Tabel 4.1, plus a 300-row table as a Lampiran and about twenty pages of text; the
table builders are the document tests' (``tests/documents/sample_document.py``), so the bench
measures exactly what the tests check.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.documents.sample_document import build_document, renja_tree, tabel_renja

from renjana.documents import pdf
from renjana.documents.docx_writer import write_docx
from renjana.documents.model import Document, Heading, Section
from renjana.documents.xlsx_writer import write_xlsx


def large_document() -> Document:
    """About 60 sub kegiatan in Tabel 4.1, a 300-row Lampiran and ~20 pages of narrative."""
    renja = tabel_renja(renja_tree(programs=8, kegiatan=2, sub=4))  # 64 sub kegiatan
    document, _ = build_document(renja=renja)
    lampiran = tabel_renja(renja_tree(programs=6, kegiatan=6, sub=7), number="L.1")
    big = Section(Heading("LAMPIRAN", "LAMPIRAN I"), (lampiran,))
    chapters = tuple(
        Section(c.heading, (*c.blocks, *c.blocks[:1] * 8)) if c.heading.number == "BAB I" else c
        for c in document.chapters
    )
    return Document(document.meta, document.front, chapters, (big,))


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    document = large_document()
    rows = sum(len(t.rows) for t in document.tables())
    docx = write_docx(document)
    print(f"\n{'documents (' + str(rows) + ' table rows)':<32}{'median s':>12}")
    print(f"{'write_docx':<32}{_median(lambda: write_docx(document), 3):>12.3f}")
    print(f"{'write_xlsx':<32}{_median(lambda: write_xlsx(document.tables()), 3):>12.3f}")
    if pdf.is_available():
        seconds = _median(lambda: pdf.docx_to_pdf(docx), 2)
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.docx_to_pdf(docx)))
        print(f"{'docx_to_pdf (LibreOffice)':<32}{seconds:>12.3f}   ({pages} halaman)")
    else:
        print("docx_to_pdf: dilewati, LibreOffice tidak terpasang")


if __name__ == "__main__":
    main()
