"""The Renja and the RKT of both sample offices (``renjana sample``), written and read back.

The DOCX is read with python-docx (headings, captions, notes, table cells) and compared with
the data the selectors return; the XLSX is read with openpyxl (one sheet per table, formulas)
and, with LibreOffice, recalculated and compared with the core's values; the PDF is checked
for its page count, landscape pages, repeated table headers and ink in the margins.
Expected totals are typed from seed 003 Tabel 4.1 (Sulbar) and seed 001 Tabel 7 (Tarakan).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import docx as python_docx
import openpyxl
import pytest
from django.http import Http404
from docx.document import Document as DocxDocument
from docx.table import Table as DocxTable

from renjana.apps.kinerja import services as kinerja
from renjana.apps.laporan import keluaran
from renjana.apps.laporan.renja import build_renja
from renjana.apps.laporan.rkt import build_rkt
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.selectors import all_perangkat_daerah
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.core.idformat import format_money
from renjana.core.naskah import JenisDokumen
from renjana.core.tahapan import Tahap
from renjana.documents import libreoffice as lo
from renjana.documents import pdf
from renjana.documents.docx_writer import LANDSCAPE, PORTRAIT, write_docx
from renjana.documents.model import Document, Table
from renjana.documents.tabel import (
    alokasi,
    anggaran,
    iku,
    isu,
    prioritas,
    profil,
    review,
    rfk,
    spm,
    tc29,
    tc30,
    tc33,
    tujuan,
    usulan,
)
from renjana.documents.tabel import renja17 as t_renja17
from renjana.documents.xlsx_layout import INDEX_SHEET, plan_workbook, ref
from renjana.documents.xlsx_writer import write_xlsx
from tests.documents import pdfcheck
from tests.documents.conftest import libreoffice  # noqa: F401 - session fixture
from tests.documents.test_libreoffice import _close
from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]

OFFICES = (SULBAR, TARAKAN)
HARI_INI = dt.date(2023, 8, 1)
BAB = [
    "BAB I\nPENDAHULUAN",
    "BAB II\nHASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU",
    "BAB III\nTUJUAN DAN SASARAN PERANGKAT DAERAH",
    "BAB IV\nRENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH",
    "BAB V\nPENUTUP",
]
SUB_BAB = [
    "1.1 Latar Belakang", "1.2 Landasan Hukum", "1.3 Maksud dan Tujuan",
    "1.4 Sistematika Penulisan",
    "2.1 Evaluasi Pelaksanaan Renja Perangkat Daerah Tahun Lalu dan Capaian Renstra",
    "2.2 Analisis Kinerja Pelayanan Perangkat Daerah",
    "2.3 Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Perangkat Daerah",
    "2.4 Review terhadap Rancangan Awal RKPD",
    "2.5 Penelaahan Usulan Program dan Kegiatan Masyarakat",
    "3.1 Telaahan terhadap Kebijakan Nasional", "3.2 Tujuan dan Sasaran Renja Perangkat Daerah",
    "3.3 Program dan Kegiatan",
]  # fmt: skip
#: Every table of a Renja 2024 (evaluating 2022): its title, printed or named in its note.
JUDUL_RENJA = [
    tc29.judul_tc29(2022), anggaran.judul_realisasi_anggaran(2022), rfk.judul_rfk(2022),
    tc30.judul_tc30(), spm.judul_spm(2022), "Populasi PPKS", "Populasi PSKS",
    isu.judul_isu(2024), review.judul_review(2024), usulan.judul_usulan(2024),
    usulan.judul_kesepakatan(2024), tujuan.judul_tujuan(2024), prioritas.judul_prioritas(2024),
    tc33.judul_tc33(2024), t_renja17.judul_renja17(2024),
]  # fmt: skip
JUMLAH = {SULBAR: ("13.867.555.785", "20.320.000.000"), TARAKAN: ("6.736.773.965", "0")}


def office(kode: str) -> PerangkatDaerah:
    return all_perangkat_daerah().get(kode=kode)


@pytest.fixture(scope="module")
def renja(sample_db: None, django_db_blocker: Any) -> dict[str, Document]:  # noqa: F811
    with django_db_blocker.unblock():
        return {k: build_renja(office(k), 2024, hari_ini=HARI_INI) for k in OFFICES}


@pytest.fixture(scope="module")
def docx_bytes(renja: dict[str, Document]) -> dict[str, bytes]:
    return {k: write_docx(d) for k, d in renja.items()}


@pytest.fixture(scope="module")
def docx(docx_bytes: dict[str, bytes]) -> dict[str, DocxDocument]:
    return {k: python_docx.Document(io.BytesIO(b)) for k, b in docx_bytes.items()}


@pytest.fixture(scope="module")
def xlsx_bytes(renja: dict[str, Document]) -> dict[str, bytes]:
    return {k: write_xlsx(d.tables(), d.meta) for k, d in renja.items()}


def styled(doc: DocxDocument, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def paragraphs(doc: DocxDocument) -> list[str]:
    return [p.text for p in doc.paragraphs]


def table_titled(doc: DocxDocument, document: Document, title: str) -> tuple[DocxTable, Table]:
    """The DOCX table and its model whose caption ends with ``title``."""
    tables = document.tables()
    index = next(i for i, t in enumerate(tables) if t.title == title)
    return doc.tables[index], tables[index]


def row_texts(table: DocxTable, start: int) -> Iterator[list[str]]:
    for row in table.rows[start:]:
        yield [c.text for c in row.cells]


# --- the DOCX -------------------------------------------------------------------------------


@pytest.mark.parametrize("kode", OFFICES)
def test_every_bab_and_sub_section_is_a_heading(docx: dict[str, DocxDocument], kode: str) -> None:
    doc = docx[kode]
    assert styled(doc, "Heading 1") == ["KATA PENGANTAR", *BAB]
    assert styled(doc, "Heading 2") == SUB_BAB
    daftar = styled(doc, "Judul Daftar")
    assert daftar == ["DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR"]


@pytest.mark.parametrize("kode", OFFICES)
def test_every_table_is_printed_or_named_in_its_note(
    docx: dict[str, DocxDocument], renja: dict[str, Document], kode: str
) -> None:
    doc = docx[kode]
    captions = styled(doc, "Judul Tabel")
    notes = [p for p in paragraphs(doc) if "belum diisi" in p and "belum dapat disajikan" in p]
    for judul in JUDUL_RENJA:
        printed = [c for c in captions if re.fullmatch(rf"Tabel \d\.\d+ {re.escape(judul)}.*", c)]
        noted = [n for n in notes if judul in n]
        assert len(printed) + len(noted) >= 1, judul
    assert len(doc.tables) == len(renja[kode].tables())
    tabel = [c for c in captions if c.startswith("Tabel ")]
    assert tabel == [t.caption for t in renja[kode].tables()]


def test_sulbar_and_tarakan_show_what_their_data_holds(docx: dict[str, DocxDocument]) -> None:
    sulbar, tarakan = styled(docx[SULBAR], "Judul Tabel"), styled(docx[TARAKAN], "Judul Tabel")
    assert f"Tabel 2.3 {rfk.judul_rfk(2022)}" in sulbar
    assert "Tabel 2.4 Populasi PPKS Tahun 2023" in sulbar
    assert f"Tabel 2.3 {review.judul_review(2024)}" in tarakan
    assert f"Tabel 2.4 {usulan.judul_usulan(2024)}" in tarakan
    assert "Data SPM tahun 2022 belum diisi; tabel Target dan Realisasi Pencapaian SPM Bidang " \
           "Sosial Tahun 2022 belum dapat disajikan." in paragraphs(docx[SULBAR])  # fmt: skip
    assert any(p.startswith("Data realisasi anggaran tahun 2022 belum diisi")
               for p in paragraphs(docx[TARAKAN]))  # fmt: skip
    assert any(p.startswith("Data Rancangan Awal RKPD tahun 2024 belum diisi")
               for p in paragraphs(docx[SULBAR]))  # fmt: skip


def test_cover_names_document_stage_year_office_and_signature(
    docx: dict[str, DocxDocument],
) -> None:
    cover = [p.text for p in docx[SULBAR].paragraphs[:9] if p.text]
    assert cover[: cover.index("KATA PENGANTAR")] == [
        "RENCANA KERJA (RENJA)", "PENETAPAN", "TAHUN 2024", "DINAS SOSIAL",
        "PEMERINTAH PROVINSI SULAWESI BARAT", "TAHUN 2023",
    ]  # fmt: skip
    assert [p.text for p in docx[TARAKAN].paragraphs[:3] if p.text][1] == "RANCANGAN"
    header = docx[SULBAR].sections[1].header.paragraphs[0].text
    assert header == "Renja Dinas Sosial Tahun 2024 — Penetapan"
    signature = styled(docx[SULBAR], "Tanda Tangan")
    assert signature[:9] == [
        "Mamuju, 24 Juli 2023", "KEPALA DINAS SOSIAL", "PROVINSI SULAWESI BARAT,", "", "", "",
        "Drs. H. MUHAMMAD RAHMAT, MM", "Pangkat : Pembina Utama Madya",
        "NIP. 19640408 198603 1 023",
    ]  # fmt: skip
    assert len(signature) == 18  # Kata Pengantar and BAB V
    tarakan = styled(docx[TARAKAN], "Tanda Tangan")
    assert tarakan[0] == "Tarakan, 1 Agustus 2023"  # no stored date: the capital and the day
    assert "NIP. 19660616 199803 1 006" in tarakan


def test_the_stage_asked_for_is_on_the_cover_and_in_the_header() -> None:
    document = build_renja(office(TARAKAN), 2024, Tahap.RANCANGAN_AKHIR, hari_ini=HARI_INI)
    assert document.meta.stage == "Rancangan Akhir"
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    assert [p.text for p in written.paragraphs[:3] if p.text][1] == "RANCANGAN AKHIR"
    assert written.sections[1].header.paragraphs[0].text.endswith("— Rancangan Akhir")


def test_a_missing_renja_is_a_404() -> None:
    with pytest.raises(Http404, match="Renja 2030 belum ada"):
        build_renja(office(SULBAR), 2030)


@pytest.mark.parametrize("kode", OFFICES)
def test_renja17_cells_equal_the_renja_rows(
    docx: dict[str, DocxDocument], renja: dict[str, Document], kode: str
) -> None:
    table, model = table_titled(docx[kode], renja[kode], t_renja17.judul_renja17(2024))
    header = len(model.header) + 1
    data = perencanaan.renja_of(office(kode)).get(tahun=2024)
    rows = {r.kode: r for r in perencanaan.renja_rows(data)}
    tree = perencanaan.renja_tree(data)
    found = list(row_texts(table, header))
    assert found[-1][0] == "J U M L A H"
    assert (found[-1][8], found[-1][15]) == JUMLAH[kode]
    assert (found[0][2], found[0][8]) == (office(kode).nama, JUMLAH[kode][0])
    assert format_money(tree.totals["pagu"]) == JUMLAH[kode][0]
    by_code = {r[1]: r for r in found[1:-1]}
    subs = [r for r in rows.values() if r.pagu is not None]
    assert len(subs) > 20
    for r in subs:
        printed = by_code[r.kode]
        assert printed[2] == r.nama
        assert printed[3] == "\n".join(i.uraian for i in r.indikator)
        assert printed[8] == format_money(r.pagu)
        assert printed[9] == "\n".join(r.lokasi)
        assert printed[10] == "\n".join(s.nama for s in r.sumber_dana)
    for node in tree.walk():  # every program, kegiatan, bidang and urusan: the core roll-up
        assert by_code[node.row.key][8] == format_money(node.totals["pagu"])


@pytest.mark.parametrize("kode", OFFICES)
def test_tc33_cells_equal_the_tree(
    docx: dict[str, DocxDocument], renja: dict[str, Document], kode: str
) -> None:
    table, model = table_titled(docx[kode], renja[kode], tc33.judul_tc33(2024))
    found = list(row_texts(table, len(model.header) + 1))
    assert (found[-1][5], found[-1][9]) == JUMLAH[kode]
    tree = perencanaan.renja_tree(perencanaan.renja_of(office(kode)).get(tahun=2024))
    by_code = {r[0]: r for r in found[1:-1]}
    for node in tree.walk():
        assert by_code[node.row.key][1] == node.row.nama
        assert by_code[node.row.key][5] == format_money(node.totals["pagu"])
        assert by_code[node.row.key][9] == format_money(node.totals["pagu_n1"])


def test_tarakan_renja17_columns_5_to_7_come_from_the_tc29(
    docx: dict[str, DocxDocument], renja: dict[str, Document]
) -> None:
    table, model = table_titled(docx[TARAKAN], renja[TARAKAN], t_renja17.judul_renja17(2024))
    found = [r for r in row_texts(table, len(model.header) + 1) if r[4:7] != ["-", "-", "-"]]
    filled = [r for r in found if any(v not in ("", "-") for v in r[4:7])]
    assert filled, "kolom 5-7 seharusnya terisi dari T-C.29 tahun 2022"


def test_sulbar_evaluation_tables_and_paragraphs(
    docx: dict[str, DocxDocument], renja: dict[str, Document]
) -> None:
    doc = docx[SULBAR]
    table, model = table_titled(doc, renja[SULBAR], rfk.judul_rfk(2022))
    jumlah = list(row_texts(table, len(model.header) + 1))[-1]
    assert jumlah[5:] == ["11.974.854.860", "100,00", "", jumlah[8], "11.790.643.219", "98,46",
                          "98,46", "184.211.641"]  # fmt: skip
    text = paragraphs(doc)
    assert ("Realisasi anggaran tahun 2022 sebesar Rp 11.790.643.219 dari anggaran "
            "Rp 11.974.854.860 atau 98,46%.") in " ".join(text)  # fmt: skip
    assert any(p.startswith("Sampai dengan 31 Desember 2022, realisasi fisik tertimbang")
               for p in text)  # fmt: skip
    assert "Gambar 2.1 Realisasi keuangan per program tahun 2022" in styled(doc, "Judul Tabel")
    assert len(doc.inline_shapes) >= 1  # the chart, as a picture


def test_tarakan_participation_tables_and_paragraphs(
    docx: dict[str, DocxDocument], renja: dict[str, Document]
) -> None:
    doc = docx[TARAKAN]
    table, model = table_titled(doc, renja[TARAKAN], review.judul_review(2024))
    jumlah = list(row_texts(table, len(model.header) + 1))[-1]
    assert (jumlah[0], jumlah[4], jumlah[8]) == ("J U M L A H", "5.068.980.596", "6.736.773.965")
    text = " ".join(paragraphs(doc))
    assert "Total pagu indikatif Rancangan Awal RKPD tahun 2024 sebesar Rp 5.068.980.596" in text
    assert "usulan yang ditelaah" in text


@pytest.mark.parametrize("kode", OFFICES)
def test_landasan_hukum_is_a_numbered_list(docx: dict[str, DocxDocument], kode: str) -> None:
    items = [p for p in paragraphs(docx[kode]) if re.match(r"^\d+\.\t", p)]
    assert any("Nomor 86 Tahun 2017" in p for p in items)
    assert items[0].startswith("1.\t")


# --- the XLSX -------------------------------------------------------------------------------


@pytest.mark.parametrize("kode", OFFICES)
def test_workbook_has_one_sheet_per_table_with_formulas(
    xlsx_bytes: dict[str, bytes], renja: dict[str, Document], kode: str
) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes[kode]))
    tables = renja[kode].tables()
    assert workbook.sheetnames == [INDEX_SHEET, *(f"Tabel {t.number}" for t in tables)]
    index = workbook[INDEX_SHEET]
    assert index["A1"].value == "Rencana Kerja (Renja) 2024"
    renja17 = next(t for t in tables if t.title == t_renja17.judul_renja17(2024))
    sheet = workbook[f"Tabel {renja17.number}"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    formulas = [v for v in values if isinstance(v, str) and v.startswith("=SUM(")]
    assert len(formulas) > 20
    cached = openpyxl.load_workbook(io.BytesIO(xlsx_bytes[kode]), data_only=True)
    plan = next(p for p in plan_workbook(tables) if p.table is renja17)
    total = next(c for c in plan.cells if c.text == "J U M L A H")
    found = cached[plan.name][ref(total.row, 8)].value
    assert Decimal(repr(found)) == Decimal(JUMLAH[kode][0].replace(".", ""))


@pytest.mark.libreoffice
@pytest.mark.usefixtures("libreoffice")
@pytest.mark.parametrize("kode", OFFICES)
def test_workbook_recalculates_to_the_core_values(
    xlsx_bytes: dict[str, bytes], renja: dict[str, Document], kode: str
) -> None:
    out = lo.convert(xlsx_bytes[kode], "xlsx", "xlsx:Calc MS Excel 2007 XML", recalculate=True)
    workbook = openpyxl.load_workbook(io.BytesIO(out), data_only=True)
    checked, wrong = 0, []
    for plan in plan_workbook(renja[kode].tables()):
        for cell in plan.formula_cells():
            found = workbook[plan.name][ref(cell.row, cell.col)].value
            ok = found == "N/A" if cell.value is None else _close(found, cell.value)
            checked += 1
            if not ok:
                wrong.append((plan.name, ref(cell.row, cell.col), cell.formula, cell.value, found))
    assert wrong == []
    assert checked > 200


# --- the PDF --------------------------------------------------------------------------------

COLUMN_NUMBERS_17 = re.compile(r"\b1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+13\s+14"
                               r"\s+15\s+16\s+17\b")  # fmt: skip
DPI = 50


@pytest.fixture(scope="module")
def pdf_bytes(docx_bytes: dict[str, bytes]) -> dict[str, bytes]:
    """Made once for the module; its tests ask for ``libreoffice`` first, which skips them when
    LibreOffice is absent."""
    return {k: pdf.docx_to_pdf(b) for k, b in docx_bytes.items()}


@pytest.mark.libreoffice
@pytest.mark.usefixtures("libreoffice")
@pytest.mark.parametrize(("kode", "low", "high"), [(SULBAR, 35, 75), (TARAKAN, 35, 80)])
def test_pdf_pages_landscape_tables_and_repeated_headers(
    pdf_bytes: dict[str, bytes], kode: str, low: int, high: int
) -> None:
    pages = pdfcheck.pages(pdf_bytes[kode])
    assert low <= len(pages) <= high
    assert not pages[0].landscape  # the cover
    assert pages[0].printed_number == "TAHUN 2023"
    renja17 = [p for p in pages if COLUMN_NUMBERS_17.search(p.raw)]
    assert len(renja17) >= 3
    assert all(p.landscape for p in renja17)
    for page in renja17:  # the header and the column-number row on every page of the table
        words = " ".join(page.raw.split())
        assert "Capaian Kinerja dan Kerangka Pendanaan Tahun 2024" in words
    assert "J U M L A H" in renja17[-1].raw
    bab5 = next(p for p in pages if "PENUTUP" in p.text and "DAFTAR" not in p.text
                and p.number > 5)  # fmt: skip
    assert not bab5.landscape


@pytest.mark.libreoffice
@pytest.mark.usefixtures("libreoffice")
@pytest.mark.parametrize("kode", OFFICES)
def test_no_table_runs_off_the_page(pdf_bytes: dict[str, bytes], kode: str) -> None:
    pages = pdfcheck.pages(pdf_bytes[kode])
    images = pdfcheck.render(pdf_bytes[kode], DPI)
    assert len(images) == len(pages)
    ink = []
    for image, page in zip(images, pages, strict=True):
        _, _, _, right, _, left = LANDSCAPE if page.landscape else PORTRAIT
        found = (pdfcheck.ink_in_margin(image, right, DPI, "right"),
                 pdfcheck.ink_in_margin(image, left, DPI, "left"))  # fmt: skip
        if any(found):
            ink.append((page.number, *found))
    assert ink == []


# --- the RKT --------------------------------------------------------------------------------

BAB_RKT = ["BAB I\nPENDAHULUAN", "BAB II\nHASIL EVALUASI KINERJA TAHUNAN 2023",
           "BAB III\nRENCANA KINERJA TAHUNAN 2024", "BAB IV\nPENUTUP"]  # fmt: skip


@pytest.mark.parametrize("kode", OFFICES)
def test_rkt_chapters_and_notes_without_sakip_data(kode: str) -> None:
    document = build_rkt(office(kode), 2024, hari_ini=HARI_INI)
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    assert styled(written, "Heading 1") == ["KATA PENGANTAR", *BAB_RKT]
    assert styled(written, "Heading 2")[:5] == [
        "1.1 Latar Belakang", "1.2 Tugas, Fungsi dan Struktur Organisasi",
        "1.3 Sumber Daya Manusia", "1.4 Tujuan dan Sasaran", "1.5 Landasan Hukum",
    ]  # fmt: skip
    cover = [p.text for p in written.paragraphs[:3] if p.text]
    assert cover[0] == "RENCANA KINERJA TAHUNAN (RKT)"
    text = " ".join(paragraphs(written))
    for judul in (iku.judul_perjanjian(2024), iku.judul_rencana_aksi(2024),
                  iku.judul_capaian_iku(2023), iku.judul_iku(2023)):  # fmt: skip
        assert f"{judul} belum dapat disajikan" in text or judul in " ".join(
            styled(written, "Judul Tabel")
        )
    assert "Data Perjanjian Kinerja tahun 2024 belum diisi" in text
    assert f"Tabel 3.1 {alokasi.judul_anggaran_program(2024)}" in styled(written, "Judul Tabel")


def _iku_sulbar(operator: Pengguna, pd: PerangkatDaerah) -> None:
    first = kinerja.create_iku(
        user=operator, pd=pd, uraian="Persentase PPKS yang memperoleh bantuan sosial",
        satuan="%", agregasi="nilai_akhir", sasaran_teks="Meningkatnya kualitas hidup PPKS",
        formulasi="(Jumlah PPKS dibantu / Jumlah PPKS) × 100%",
    )  # fmt: skip
    second = kinerja.create_iku(
        user=operator, pd=pd, uraian="Jumlah KPM yang menerima bantuan", satuan="KPM",
        sasaran_teks="Meningkatnya kualitas hidup PPKS",
    )  # fmt: skip
    for tahun, target in ((2023, Decimal(70)), (2024, Decimal(75))):
        kinerja.set_perjanjian_kinerja(
            user=operator, iku=first, tahun=tahun, target_nilai=target,
            target_triwulan=(Decimal(20), Decimal(40), Decimal(60), target),
        )  # fmt: skip
        kinerja.set_perjanjian_kinerja(user=operator, iku=second, tahun=tahun,
                                       target_nilai=Decimal(1000))  # fmt: skip
    kinerja.record_realisasi_iku(user=operator, iku=first, tahun=2023, periode="tahun",
                                 nilai=Decimal("88.04"))  # fmt: skip
    kinerja.record_realisasi_iku(user=operator, iku=second, tahun=2023, periode="tahun",
                                 nilai=Decimal(950))  # fmt: skip


def test_rkt_with_iku_perjanjian_kinerja_and_rencana_aksi() -> None:
    pd = office(SULBAR)
    _iku_sulbar(Pengguna.objects.get(username="operator.sulawesi-barat"), pd)
    document = build_rkt(pd, 2024, hari_ini=HARI_INI)
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    captions = styled(written, "Judul Tabel")
    assert any(c.endswith(iku.judul_capaian_iku(2023)) for c in captions)
    capaian, model = table_titled(written, document, iku.judul_capaian_iku(2023))
    found = list(row_texts(capaian, len(model.header) + 1))
    assert found[0][2:6] == ["Persentase PPKS yang memperoleh bantuan sosial", "70%", "88,04%",
                             "125,77"]  # fmt: skip
    assert found[1][3:6] == ["1.000 KPM", "950 KPM", "95,00"]
    assert found[-1][0] == "Rata-rata Capaian Kinerja"
    assert found[-1][5] == "110,39"
    assert found[0][6] != ""  # the predikat of the kinerja scale
    formulasi, model = table_titled(written, document, iku.judul_iku(2023))
    assert next(row_texts(formulasi, 2))[4] == "(Jumlah PPKS dibantu / Jumlah PPKS) × 100%"
    aksi, model = table_titled(written, document, iku.judul_rencana_aksi(2024))
    first = next(row_texts(aksi, len(model.header) + 1))
    assert first[3:] == ["75%", "20%", "40%", "60%", "75%"]
    pk, model = table_titled(written, document, iku.judul_perjanjian(2024))
    assert [r[3] for r in row_texts(pk, len(model.header) + 1)] == ["75%", "1.000 KPM"]
    assert "Rata-rata capaian 2 (Dua) indikator kinerja utama tahun 2023 sebesar 110,39%" in (
        " ".join(paragraphs(written))
    )


def test_rkt_profile_chapter_with_staff_tables() -> None:
    from renjana.apps.dokumen.services import profil as profil_services
    from renjana.core.profil import UnitOrganisasi
    from renjana.core.sdm import Jenjang, StatusPegawai

    pd = office(TARAKAN)
    operator = Pengguna.objects.get(username="operator.tarakan")
    profil_services.simpan_profil(
        user=operator, pd=pd, dasar_hukum="Peraturan Wali Kota Tarakan Nomor 40 Tahun 2016",
        tugas_pokok="Melaksanakan urusan pemerintahan bidang sosial.",
        fungsi=("Perumusan kebijakan bidang sosial", "Pelaksanaan kebijakan bidang sosial"),
        struktur=(UnitOrganisasi("Kepala Dinas"), UnitOrganisasi("Sekretariat", "Kepala Dinas")),
    )  # fmt: skip
    profil_services.simpan_sdm(
        user=operator, pd=pd, tahun=2023,
        pendidikan={(StatusPegawai.ASN, Jenjang.S1): (10, 12),
                    (StatusPegawai.PHL, Jenjang.SLTA): (5, 3)},
        golongan={"III/a": (4, 6), "IV/a": (1, 0)},
    )  # fmt: skip
    document = build_rkt(pd, 2024, hari_ini=HARI_INI)
    written = python_docx.Document(io.BytesIO(write_docx(document)))
    captions = styled(written, "Judul Tabel")
    assert captions[:4] == [
        f"Tabel 1.1 {profil.judul_susunan(pd.nama)}",
        f"Tabel 1.2 {profil.judul_pendidikan('ASN', 2023)}",
        f"Tabel 1.3 {profil.judul_pendidikan('PHL (Pegawai Harian Lepas)', 2023)}",
        f"Tabel 1.4 {profil.judul_golongan(2023)}",
    ]
    asn, _ = table_titled(written, document, profil.judul_pendidikan("ASN", 2023))
    assert list(row_texts(asn, 2))[-1] == ["JUMLAH", "JUMLAH", "10", "12", "22"]
    assert "1.\tPerumusan kebijakan bidang sosial" in paragraphs(written)


# --- the file entry point ---------------------------------------------------------------------


def test_keluaran_names_the_file_and_its_type() -> None:
    berkas = keluaran.buat(office(SULBAR), JenisDokumen.RENJA, 2024,
                           keluaran.Format.XLSX, hari_ini=HARI_INI)  # fmt: skip
    assert berkas.nama == "renja-2024-penetapan-sulawesi-barat-dinsos.xlsx"
    assert berkas.content_type.endswith("spreadsheetml.sheet")
    assert berkas.isi.startswith(b"PK")
    rkt = keluaran.buat(office(TARAKAN), JenisDokumen.RKT, 2024, keluaran.Format.DOCX,
                        hari_ini=HARI_INI)  # fmt: skip
    assert rkt.nama == "rkt-2024-tarakan-dinsospm.docx"


# --- narrative text, stage names, signature lines, paragraphs --------------------------------


def test_narrative_text_becomes_paragraphs_and_lists() -> None:
    from renjana.apps.laporan import teks
    from renjana.documents.model import BulletList, Paragraph

    blocks = teks.blok("Tujuan penyusunan adalah:\n1) menjabarkan program;\n2) menjadi pedoman."
                       "\n\nDemikian.\n- satu\n- dua")  # fmt: skip
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "BulletList", "Paragraph",
                                                   "BulletList"]  # fmt: skip
    first, numbered = blocks[0], blocks[1]
    assert isinstance(first, Paragraph)
    assert first.first_line_indent
    assert isinstance(numbered, BulletList)
    assert numbered.numbered
    assert [i.text for i in numbered.items] == ["menjabarkan program;", "menjadi pedoman."]
    bullets = blocks[3]
    assert isinstance(bullets, BulletList)
    assert not bullets.numbered
    assert teks.daftar_item("Isu:\n1. Data PPKS belum mutakhir\n2. SDM panti kurang") == (
        "Data PPKS belum mutakhir", "SDM panti kurang")  # fmt: skip
    assert [type(b).__name__ for b in teks.blok("Isu:\n1. Satu", lists=False)] == ["Paragraph"]
    note = teks.belum_diisi("data SPM tahun 2022", "Tabel X")
    assert note.text == "Data SPM tahun 2022 belum diisi; tabel Tabel X belum dapat disajikan."
    assert note.runs[0].italic


@pytest.mark.parametrize(
    ("text", "tahap"),
    [("rancangan_awal", Tahap.RANCANGAN_AWAL), ("Rancangan Akhir", Tahap.RANCANGAN_AKHIR),
     ("rancangan-akhir", Tahap.RANCANGAN_AKHIR), (" PENETAPAN ", Tahap.PENETAPAN)],
)  # fmt: skip
def test_stage_names_are_read_in_any_spelling(text: str, tahap: Tahap) -> None:
    from renjana.apps.laporan.sampul import parse_tahap

    assert parse_tahap(text) is tahap


def test_signature_lines_put_the_pemda_on_its_own_line() -> None:
    from renjana.apps.laporan.sampul import TahapTidakDikenal, jabatan_lines, parse_tahap

    assert jabatan_lines("Kepala Dinas Sosial Provinsi Sulawesi Barat",
                         "Provinsi Sulawesi Barat") == ("KEPALA DINAS SOSIAL",
                                                        "PROVINSI SULAWESI BARAT,")  # fmt: skip
    assert jabatan_lines("Kepala Dinas", "Kota Tarakan") == ("KEPALA DINAS,",)
    with pytest.raises(TahapTidakDikenal, match="Tahap 'final' tidak dikenal"):
        parse_tahap("final")


def test_paragraphs_from_the_numbers() -> None:
    from renjana.apps.laporan import paragraf
    from tests.documents import tabel_contoh as c

    assert paragraf.tc29(c.TC29, 2022) == (
        "Dari 5 (Lima) indikator yang dievaluasi pada tahun 2022, 2 (Dua) indikator mencapai "
        "target dan 2 (Dua) indikator belum mencapai target; 1 (Satu) indikator belum dapat "
        "dihitung (N/A)."
    )
    program = [b for b in c.ANGGARAN.baris if b.level == "program"]
    assert paragraf.anggaran(c.ANGGARAN.total, program, 2022) == (
        "Realisasi anggaran tahun 2022 sebesar Rp 167.250.000,50 dari anggaran "
        "Rp 173.500.000,50 atau 96,40%."
    )
    assert paragraf.spm(c.SPM.indeks, "Tuntas Utama", 2022) == (
        "Indeks pencapaian SPM Bidang Sosial tahun 2022 sebesar 88,00% dengan kategori Tuntas "
        "Utama."
    )
    assert paragraf.review(c.REVIEW, 2024).endswith(
        "sebesar Rp 70.000.000, lebih kecil Rp 5.000.000 dari Rancangan Awal RKPD. Terdapat "
        "7 (Tujuh) baris yang berbeda."
    )
    assert paragraf.iku(c.IKU, 2023).startswith("Rata-rata capaian 3 (Tiga) indikator kinerja")


@pytest.mark.parametrize("kode", OFFICES)
def test_assembly_reads_a_bounded_number_of_queries(
    kode: str, django_assert_max_num_queries: Any
) -> None:
    """About 90 queries for a whole Renja, whatever the number of rows (selectors prefetch)."""
    pd = office(kode)
    with django_assert_max_num_queries(130):
        build_renja(pd, 2024, hari_ini=HARI_INI)
    with django_assert_max_num_queries(90):
        build_rkt(pd, 2024, hari_ini=HARI_INI)


def test_a_plan_printed_after_its_year_began_leaves_the_date_to_the_planner() -> None:
    later = build_renja(office(TARAKAN), 2024, hari_ini=dt.date(2026, 1, 5))
    assert later.meta.signature.place_date == "Tarakan"
    assert later.meta.prepared_year == 2023
    stored = build_renja(office(SULBAR), 2024, hari_ini=dt.date(2026, 1, 5))
    assert stored.meta.signature.place_date == "Mamuju, 24 Juli 2023"
