"""PDF and recalculation through LibreOffice headless, checked with poppler and openpyxl."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest

from renjana.core.numbers import D
from renjana.documents import libreoffice as lo
from renjana.documents import pdf
from renjana.documents.docx_writer import LANDSCAPE, PORTRAIT
from renjana.documents.model import Cell, Column, Document, HeaderCell, Row, Table
from renjana.documents.xlsx_layout import plan_workbook, ref
from renjana.documents.xlsx_writer import write_xlsx
from tests.documents import pdfcheck

Sample = tuple[Document, dict[str, Table]]
DPI = 50
libreoffice_marker = pytest.mark.libreoffice


def test_missing_libreoffice_is_an_indonesian_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RENJANA_SOFFICE", "/tidak/ada/soffice")
    assert not pdf.is_available()
    with pytest.raises(
        pdf.LibreOfficeTidakAda, match=r"LibreOffice \(soffice\) tidak ditemukan.*Pasang"
    ):
        pdf.docx_to_pdf(b"PK")


@libreoffice_marker
def test_a_failed_conversion_is_reported(libreoffice: None) -> None:
    with pytest.raises(lo.KonversiGagal, match="gagal mengonversi ke tidak-ada"):
        lo.convert(b"bukan dokumen", "docx", "tidak-ada")


@libreoffice_marker
def test_pdf_pages_orientation_and_page_numbers(pdf_bytes: bytes) -> None:
    pages = pdfcheck.pages(pdf_bytes)
    assert 12 <= len(pages) <= 22
    landscape = [p.number for p in pages if p.landscape]
    assert 3 <= len(landscape) <= 6
    caption_page = {n: next(p for p in pages[5:] if f"Tabel {n} " in p.text) for n in
                    ("2.1", "2.2", "2.3", "4.1")}  # fmt: skip
    assert not caption_page["2.1"].landscape
    assert caption_page["2.2"].landscape
    assert caption_page["4.1"].landscape
    assert [p.printed_number for p in pages[1:4]] == ["ii", "iii", "iv"]
    assert pages[0].printed_number == "TAHUN 2023"  # the cover has no page number


@libreoffice_marker
def test_daftar_isi_page_numbers_are_the_printed_pages(pdf_bytes: bytes) -> None:
    pages = pdfcheck.pages(pdf_bytes)
    contents = next(p for p in pages if "DAFTAR ISI" in p.text)
    lines = re.findall(r"^(\S.*?)\.{3,}\s*(\w+)$", contents.text, flags=re.MULTILINE)
    entries = {text.strip(): number for text, number in lines}
    assert entries["KATA PENGANTAR"] == "ii"
    assert entries["Daftar Isi"] == "iii"
    assert entries["BAB I PENDAHULUAN"] == "1"
    for title in ("BAB II HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", "BAB V PENUTUP"):
        number, words = entries[title], title.split(maxsplit=2)[2]
        page = next(p for p in pages if p.number > contents.number and words in p.text
                    and "DAFTAR" not in p.text)  # fmt: skip
        assert page.printed_number == number


COLUMN_NUMBERS_17 = re.compile(
    r"\b1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+13\s+14\s+15\s+16\s+17\b"
)
SUB_KEGIATAN_CODE = re.compile(r"\b1\.06\.\d\d\.1\.\d\d\.\d{4}\b")


@libreoffice_marker
def test_wide_table_headers_repeat_on_every_page(pdf_bytes: bytes) -> None:
    pages = pdfcheck.pages(pdf_bytes)
    renja_pages = [p for p in pages if COLUMN_NUMBERS_17.search(p.raw)]
    assert len(renja_pages) >= 2
    assert all(p.landscape for p in renja_pages)
    for page in renja_pages:  # the header and the column-number row on every page
        words = " ".join(page.raw.split())
        assert "Capaian Kinerja dan Kerangka Pendanaan Tahun 2024" in words
        assert "Prakiraan Maju Rencana Tahun 2025" in words
    codes = [c for p in renja_pages for c in SUB_KEGIATAN_CODE.findall(p.raw)]
    assert len(codes) == len(set(codes)) == 18  # every sub kegiatan printed once
    assert "J U M L A H" in renja_pages[-1].raw


def _ink(images: list, pages: list[pdfcheck.Page]) -> list[tuple[int, int, int]]:  # type: ignore[type-arg]
    found = []
    for image, page in zip(images, pages, strict=True):
        _, _, _, right, _, left = LANDSCAPE if page.landscape else PORTRAIT
        found.append((page.number, pdfcheck.ink_in_margin(image, right, DPI, "right"),
                      pdfcheck.ink_in_margin(image, left, DPI, "left")))  # fmt: skip
    return found


@libreoffice_marker
def test_no_table_runs_off_the_page(pdf_bytes: bytes) -> None:
    pages = pdfcheck.pages(pdf_bytes)
    images = pdfcheck.render(pdf_bytes, DPI)
    assert len(images) == len(pages)
    assert [(n, right, left) for n, right, left in _ink(images, pages) if right or left] == []


@libreoffice_marker
def test_the_margin_check_does_catch_a_table_that_runs_off(docx_bytes: bytes) -> None:
    """Widen every table by half in the DOCX XML: the margin scan must see it."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                text = re.sub(r'(<w:(?:gridCol|tcW|tblW) w:w=")(\d+)',
                              lambda m: f"{m[1]}{int(m[2]) * 3 // 2}", text)  # fmt: skip
                text = text.replace('<w:jc w:val="center"/><w:tblBorders>', "<w:tblBorders>")
                data = text.encode()
            target.writestr(item, data)
    widened = pdf.docx_to_pdf(out.getvalue())
    pages = pdfcheck.pages(widened)
    overflowing = [n for n, r, _ in _ink(pdfcheck.render(widened, DPI), pages) if r]
    assert len(overflowing) >= 3


def _recalculated(xlsx: bytes) -> openpyxl.Workbook:
    out = lo.convert(xlsx, "xlsx", "xlsx:Calc MS Excel 2007 XML", recalculate=True)
    return openpyxl.load_workbook(io.BytesIO(out), data_only=True)


def _close(found: object, expected: Decimal) -> bool:
    if not isinstance(found, int | float):
        return False
    return abs(D(repr(found)) - expected) <= Decimal("1e-6") * max(Decimal(1), abs(expected))


@libreoffice_marker
def test_every_formula_recalculates_to_the_core_value(
    libreoffice: None, xlsx_bytes: bytes, sample: Sample
) -> None:
    workbook = _recalculated(xlsx_bytes)
    checked = []
    for plan in plan_workbook(sample[0].tables()):
        for cell in plan.formula_cells():
            found = workbook[plan.name][ref(cell.row, cell.col)].value
            ok = found == "N/A" if cell.value is None else _close(found, cell.value)
            checked.append(
                (plan.name, ref(cell.row, cell.col), cell.formula, cell.value, found, ok)
            )
    assert [c for c in checked if not c[-1]] == []
    assert len(checked) == 93
    assert any(c[3] is None for c in checked)  # an N/A case is among them


@libreoffice_marker
def test_recalculation_replaces_a_wrong_cached_value(libreoffice: None) -> None:
    """The workbook's numbers come from its formulas, not from what the writer cached."""
    columns = (Column(10), Column(12, rollup=True))
    wrong = Row((Cell.of("Program"), replace(Cell.money(D(999)), text="999")), key="p")
    rows = (wrong, Row((Cell.of("a"), Cell.money(D("10.25"))), key="a", parent="p"),
            Row((Cell.of("b"), Cell.money(D(20))), key="b", parent="p"))  # fmt: skip
    table = Table("1", "Uji", columns, ((HeaderCell("Nama"), HeaderCell("Pagu")),), rows)
    workbook = _recalculated(write_xlsx([table]))
    assert workbook["Tabel 1"]["B6"].value == pytest.approx(30.25)
