"""The DOCX reader on a document built here with ``zipfile``: heading styles, a caption with
notes, a table split over two Word tables (header repeated), merged cells, bold rows."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from renjana.importers import Heading, read_document, read_docx_bytes
from renjana.importers.document import DOKUMEN_TIDAK_TERBACA
from renjana.importers.tables import TableKind, extract_renja, recognize

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
  <w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="SubBab"><w:name w:val="Sub Bab"/>
    <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"""


def paragraph(text: str, *, style: str = "", bold: bool = False, page: bool = False) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    brk = '<w:r><w:br w:type="page"/></w:r>' if page else ""
    return f"<w:p>{props}{brk}<w:r>{run_props}<w:t>{escape(text)}</w:t></w:r></w:p>"


def cell(text: str = "", *, span: int = 1, merge: str = "", bold: bool = False) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    tc_pr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{tc_pr}{paragraph(text, bold=bold)}</w:tc>"


def row(*cells: str, header: bool = False) -> str:
    tr_pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>"


def plain_row(*texts: str, bold: bool = False) -> str:
    return row(*(cell(t, bold=bold) for t in texts))


HEADER = (
    row(
        cell("KODE", merge="restart"),
        cell("URUSAN/BIDANG URUSAN, PROGRAM, KEGIATAN", merge="restart"),
        cell("INDIKATOR KINERJA", merge="restart"),
        cell("RENCANA TAHUN 2025", span=4),
        cell("CATATAN PENTING", merge="restart"),
        cell("PRAKIRAAN MAJU TAHUN 2026", span=2),
        header=True,
    )
    + row(
        cell(merge="continue"), cell(merge="continue"), cell(merge="continue"),
        cell("LOKASI"), cell("TARGET CAPAIAN KINERJA"), cell("PAGU INDIKATIF (Rp)"),
        cell("SUMBER DANA"), cell(merge="continue"), cell("TARGET"), cell("PAGU INDIKATIF (Rp)"),
        header=True,
    )
    + row(*(cell(str(n)) for n in range(1, 11)), header=True)
)  # fmt: skip

FIRST_PAGE = "".join(
    (
        plain_row("1", "URUSAN PEMERINTAHAN WAJIB PELAYANAN DASAR", "", "", "", "75.000.000"),
        plain_row("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", "", "75.000.000"),
        plain_row(
            "1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS terlayani", "Kota Contoh",
            "100 %", "75.000.000", "", "", "100 %", "85.000.000", bold=True,
        ),
        plain_row(
            "1.06.04.2.01", "Rehabilitasi Sosial Dasar di Luar Panti", "Jumlah PPKS terlayani",
            "Kota Contoh", "350 Orang", "75.000.000", "", "", "360 Orang", "85.000.000",
        ),
        plain_row(
            "1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah Orang yang Mendapatkan "
            "Permakanan", "Kota Contoh", "200 Orang", "50.000.000", "APBD", "", "210 Orang",
            "55.000.000",
        ),
    )
)  # fmt: skip

SECOND_PAGE = "".join(
    (
        plain_row(
            "1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah Orang yang Menerima Pakaian",
            "Kota Contoh", "150 Orang", "25.000.000,00", "DAU", "", "150 Orang", "30.000.000",
        ),
        row(cell("J U M L A H", span=3, bold=True), cell(), cell(), cell("75.000.000", bold=True),
            cell(), cell(), cell(), cell("85.000.000", bold=True)),
    )
)  # fmt: skip


def docx(body: str) -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    document = f"{head}<w:document {NS}><w:body>{body}</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", STYLES)
    return buffer.getvalue()


BODY = "".join(
    (
        paragraph("BAB IV RENCANA KERJA DAN PENDANAAN", style="Judul1"),
        paragraph("4.1 Rencana Kerja", style="SubBab"),
        paragraph("Tabel 4.2", bold=True),
        paragraph("Rumusan Rencana Program dan Kegiatan Tahun 2025", bold=True),
        paragraph("Unit Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial"),
        f"<w:tbl>{HEADER}{FIRST_PAGE}</w:tbl>",
        paragraph("", page=True),
        f"<w:tbl>{HEADER}{SECOND_PAGE}</w:tbl>",
        paragraph("Demikian rencana kerja ini disusun."),
    )
)


def test_docx_headings_caption_and_one_table_over_two_pages() -> None:
    document = read_docx_bytes(docx(BODY), "renja.docx")
    assert document.problems == ()
    assert document.headings() == (
        Heading(1, "BAB IV RENCANA KERJA DAN PENDANAAN", 1),
        Heading(2, "4.1 Rencana Kerja", 2),
    )
    (tabel,) = document.tables()
    assert tabel.title == "Tabel 4.2 Rumusan Rencana Program dan Kegiatan Tahun 2025"
    assert tabel.notes == ("Unit Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial",)
    assert tabel.section == "4.1 Rencana Kerja"
    assert len(tabel.header_rows) == 3  # repeated on the second page, given once
    assert tabel.header_rows[1].cells[:4] == ("", "", "", "LOKASI")
    assert len(tabel.body_rows) == 7
    assert tabel.body_rows[5].page_break_before
    assert tabel.body_rows[2].bold == frozenset({0, 1, 2, 3, 4, 5, 8, 9})  # filled cells
    assert document.paragraphs()[-1].text == "Demikian rencana kerja ini disusun."


def test_docx_table_is_read_as_a_tc33() -> None:
    document = read_docx_bytes(docx(BODY), "renja.docx")
    (tabel,) = document.tables()
    found = recognize(tabel)
    assert found.kind is TableKind.TC33
    renja = extract_renja(tabel, document.source, found)
    assert [r.kode for r in renja.sub_kegiatan()] == ["1.06.04.2.01.0001", "1.06.04.2.01.0002"]
    assert [r.pagu for r in renja.sub_kegiatan()] == [Decimal(50_000_000), Decimal("25000000.00")]
    assert [r.pagu_n1 for r in renja.sub_kegiatan()] == [Decimal(55_000_000), Decimal(30_000_000)]
    sandang = renja.find("1.06.04.2.01.0002")
    assert sandang is not None
    assert sandang.sumber_dana[0].nama == "DAU"
    jumlah = renja.total("jumlah")
    assert jumlah is not None
    assert (jumlah.pagu, jumlah.pagu_n1) == (
        Decimal(75_000_000),
        Decimal(85_000_000),
    )
    assert renja.problems == ()


def test_damaged_docx_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK bukan zip")
    document = read_document(path)
    assert document.blocks == ()
    assert [p.code for p in document.problems] == [DOKUMEN_TIDAK_TERBACA]
    unknown = read_document(tmp_path / "catatan.pdf")
    assert [p.code for p in unknown.problems] == [DOKUMEN_TIDAK_TERBACA]
