"""The DOCX read back with python-docx and compared with the model it was written from."""

from __future__ import annotations

import io

import docx as python_docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from renjana.documents.docx_writer import text_width_twips, write_docx
from renjana.documents.grid import Placed, place
from renjana.documents.model import (
    Cell,
    Column,
    Document,
    HeaderCell,
    Heading,
    Kind,
    Paragraph,
    Row,
    Section,
    Table,
)
from tests.documents.sample_document import META

Sample = tuple[Document, dict[str, Table]]


@pytest.fixture(scope="module")
def docx(docx_bytes: bytes) -> DocxDocument:
    return python_docx.Document(io.BytesIO(docx_bytes))


def texts(docx: DocxDocument, style: str) -> list[str]:
    return [p.text for p in docx.paragraphs if p.style is not None and p.style.name == style]


def test_headings_are_the_model_headings_with_numbers(docx: DocxDocument) -> None:
    assert texts(docx, "Heading 1") == [
        "KATA PENGANTAR",
        "BAB I\nPENDAHULUAN",
        "BAB II\nHASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU",
        "BAB IV\nRENCANA KERJA DAN PENDANAAN",
        "BAB V\nPENUTUP",
    ]
    assert texts(docx, "Heading 2") == [
        "1.1 Latar Belakang", "1.2 Landasan Hukum", "1.3 Maksud dan Tujuan",
        "2.1 Evaluasi Pelaksanaan Renja Tahun Lalu",
    ]  # fmt: skip


def test_cover_names_document_stage_year_office_and_carries_the_logo(docx: DocxDocument) -> None:
    cover = [p.text for p in docx.paragraphs[:10] if p.text]
    assert cover == [
        "RENCANA KERJA (RENJA)", "RANCANGAN AKHIR", "TAHUN 2024", "DINAS SOSIAL",
        "PEMERINTAH PROVINSI SULAWESI BARAT", "TAHUN 2023",
    ]  # fmt: skip
    assert len(docx.inline_shapes) == 2  # the logo and the chart
    assert round(docx.inline_shapes[0].width.mm) == 40


def test_narrative_lists_and_signature_are_written(docx: DocxDocument) -> None:
    body = [p.text for p in docx.paragraphs]
    assert "3.\tPermendagri Nomor 86 Tahun 2017;" in body
    assert "2.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;" in body
    signature = texts(docx, "Tanda Tangan")
    assert signature[:9] == [
        "Mamuju, 24 Juli 2023", "KEPALA DINAS SOSIAL", "PROVINSI SULAWESI BARAT,", "", "", "",
        "Drs. H. MUHAMMAD RAHMAT, MM", "Pangkat : Pembina Utama Madya",
        "NIP. 19640408 198603 1 023",
    ]  # fmt: skip
    assert len(signature) == 18  # Kata Pengantar and BAB V
    name = next(p for p in docx.paragraphs if p.text == META.signature.nama)
    assert name.runs[0].bold
    assert name.runs[0].underline


def _section_of_each_table(docx: DocxDocument) -> list[int]:
    """Index of the section each table belongs to (a section ends at a paragraph's sectPr)."""
    section, found = 0, []
    for element in docx.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            found.append(section)
        elif (
            element.tag == qn("w:p") and element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            section += 1
    return found


def test_wide_tables_sit_in_landscape_sections_and_text_in_portrait(docx: DocxDocument) -> None:
    orientation = [s.orientation for s in docx.sections]
    where = _section_of_each_table(docx)
    by_table = [orientation[i] for i in where]
    assert by_table == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.LANDSCAPE,
                        WD_ORIENT.LANDSCAPE]  # fmt: skip
    assert where[1] == where[2]  # T-C.29 and RFK share one landscape section
    landscape = docx.sections[where[3]]
    assert landscape.page_width is not None
    assert landscape.page_height is not None
    assert (round(landscape.page_width.mm), round(landscape.page_height.mm)) == (297, 210)
    assert orientation[-1] == WD_ORIENT.PORTRAIT  # BAB V after the wide table


def _model_rows(table: Table) -> list[list[tuple[int, Cell]]]:
    grid = place(tuple(r.cells for r in table.rows), len(table.columns))
    return [[(s.col, s.item) for s in row if isinstance(s, Placed)] for row in grid]


@pytest.mark.parametrize("number", ["2.1", "2.2", "2.3", "4.1"])
def test_every_table_cell_reads_back_as_the_model_text(
    docx: DocxDocument, sample: Sample, number: str
) -> None:
    table = sample[1][number]
    found = docx.tables[list(sample[1]).index(number)]
    header_rows = len(table.header) + 1
    assert len(found.rows) == header_rows + len(table.rows)
    assert [c.text for c in found.rows[header_rows - 1].cells] == [
        table.column_label(i) for i in range(len(table.columns))
    ]
    for r, cells in enumerate(_model_rows(table)):
        row = found.rows[header_rows + r]
        assert [(col, row.cells[col].text) for col, _ in cells] == [
            (col, cell.text) for col, cell in cells
        ]


def test_header_rows_repeat_and_body_rows_do_not(docx: DocxDocument, sample: Sample) -> None:
    table = sample[1]["4.1"]
    rows = docx.tables[3]._tbl.tr_lst
    flags = [tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for tr in rows]
    assert flags == [True] * 4 + [False] * len(table.rows)


def test_widths_are_explicit_and_fill_the_text_width(docx: DocxDocument) -> None:
    for table, landscape in zip(docx.tables, (False, True, True, True), strict=True):
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) == text_width_twips(landscape)
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None
        assert layout.get(qn("w:type")) == "fixed"
        cells = table._tbl.findall(f".//{qn('w:tc')}")
        assert all(tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}") is not None for tc in cells)


def _cell(table: DocxTable, row: int, col: int) -> tuple[bool | None, object]:
    paragraph = table.rows[row].cells[col].paragraphs[0]
    return paragraph.runs[0].bold, paragraph.alignment


def test_parent_rows_are_bold_and_money_is_right_aligned(docx: DocxDocument) -> None:
    anggaran = docx.tables[0]  # 3 header rows; program, kegiatan, sub kegiatan, …
    assert _cell(anggaran, 3, 1) == (True, WD_ALIGN_PARAGRAPH.LEFT)  # PROGRAM …
    assert _cell(anggaran, 3, 2) == (True, WD_ALIGN_PARAGRAPH.RIGHT)  # 6.910.273.965,50
    assert _cell(anggaran, 5, 1) == (None, WD_ALIGN_PARAGRAPH.LEFT)  # sub kegiatan
    assert _cell(anggaran, 5, 3) == (None, WD_ALIGN_PARAGRAPH.RIGHT)
    assert anggaran.rows[3].cells[2].text == "6.910.273.965,50"
    assert anggaran.rows[12].cells[4].text == "N/A"
    indent = anggaran.rows[5].cells[1].paragraphs[0].paragraph_format.left_indent
    assert indent is not None
    assert indent > 0


def test_running_header_footer_and_page_numbering(docx: DocxDocument) -> None:
    cover, front = docx.sections[0], docx.sections[1]
    assert [p.text for p in cover.header.paragraphs] == [""]
    assert [p.text for p in front.header.paragraphs] == [META.header_text]
    assert META.header_text == "Renja Dinas Sosial Tahun 2024 — Rancangan Akhir"
    instr = [i.text for i in front.footer._element.iter(qn("w:instrText"))]
    assert instr == [" PAGE "]
    assert all(s.header.is_linked_to_previous for s in docx.sections[2:])
    numbering = [s._sectPr.find(qn("w:pgNumType")) for s in docx.sections]
    formats = [(n.get(qn("w:fmt")), n.get(qn("w:start"))) for n in numbering]
    first_body = formats.index(("decimal", "1"))
    assert formats[:first_body] == [("lowerRoman", None)] * first_body
    assert formats[first_body + 1 :] == [("decimal", None)] * (len(formats) - first_body - 1)


def test_daftar_isi_points_at_bookmarks_on_the_headings(docx: DocxDocument) -> None:
    lines = texts(docx, "Baris Daftar")
    assert lines[:6] == [
        "KATA PENGANTAR\t", "Daftar Isi\t", "Daftar Tabel\t", "Daftar Gambar\t",
        "BAB I PENDAHULUAN\t", "1.1 Latar Belakang\t",
    ]  # fmt: skip
    assert "Tabel 4.1 Program dan Kegiatan Perangkat Daerah Tahun 2024\t" in lines
    assert "Gambar 2.1 Realisasi keuangan per program tahun 2022\t" in lines
    body = docx.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    targets = [i.text.split()[1] for i in body.iter(qn("w:instrText")) if "REF" in i.text]
    assert len(targets) == len(lines)
    assert set(targets) <= bookmarks


def test_a_small_table_stays_portrait_and_spans_are_checked() -> None:
    table = Table(
        "1.1", "Kecil", (Column(10), Column(10, rollup=True)),
        ((HeaderCell("A"), HeaderCell("B")),), (Row((Cell.of("x"), Cell.money(None))),),
    )  # fmt: skip
    assert not table.is_landscape
    assert table.rows[0].cells[1].kind is Kind.NA
    document = Document(
        META, chapters=(Section(Heading("X", "BAB I"), (Paragraph.of("a"), table)),)
    )
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    assert [s.orientation for s in written.sections] == [WD_ORIENT.PORTRAIT] * 2
    assert written.tables[0].rows[2].cells[1].text == "N/A"
    with pytest.raises(ValueError, match="mengisi 3 kolom, seharusnya 2"):
        Table("1.2", "Salah", table.columns, table.header,
              (Row((Cell.of("x"), Cell.of("y"), Cell.of("z"))),))  # fmt: skip
