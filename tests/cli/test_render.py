"""`renjana render --opd KODE --tahun N [--jenis] [--tahap] --format docx|pdf|xlsx -o FILE` on
the sample offices: the file is written and reads back; wrong input is an Indonesian error."""

from __future__ import annotations

import io
from io import StringIO
from pathlib import Path

import docx as python_docx
import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from renjana.documents.xlsx_writer import INDEX_SHEET
from tests.documents.conftest import libreoffice  # noqa: F401 - session fixture
from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]


def render(*args: str) -> str:
    out = StringIO()
    call_command("render", *args, stdout=out)
    return out.getvalue()


def test_docx_with_the_stage_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "renja.docx"
    said = render("--opd", TARAKAN, "--tahun", "2024", "--tahap", "rancangan_akhir",
                  "--format", "docx", "-o", str(target))  # fmt: skip
    assert said.startswith(f"Ditulis {target} (")
    written = python_docx.Document(io.BytesIO(target.read_bytes()))
    cover = [p.text for p in written.paragraphs[:3] if p.text]
    assert cover == ["RENCANA KERJA (RENJA)", "RANCANGAN AKHIR", "TAHUN 2024"]
    headings = [p.text for p in written.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings[-1] == "BAB V\nPENUTUP"


def test_xlsx_one_sheet_per_table(tmp_path: Path) -> None:
    target = tmp_path / "renja.xlsx"
    render("--opd", SULBAR, "--tahun", "2024", "--format", "xlsx", "-o", str(target))
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == INDEX_SHEET
    assert len(workbook.sheetnames) > 6
    assert workbook[INDEX_SHEET]["A4"].value == "Tahap: Penetapan"


def test_rkt_without_output_uses_the_document_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    render("--opd", SULBAR, "--tahun", "2024", "--jenis", "rkt", "--format", "docx")
    written = tmp_path / f"rkt-2024-{SULBAR}.docx"
    doc = python_docx.Document(str(written))
    assert doc.paragraphs[0].text == "RENCANA KINERJA TAHUNAN (RKT)"


@pytest.mark.libreoffice
@pytest.mark.usefixtures("libreoffice")
def test_pdf(tmp_path: Path) -> None:
    target = tmp_path / "renja.pdf"
    render("--opd", SULBAR, "--tahun", "2024", "--format", "pdf", "-o", str(target))
    assert target.read_bytes().startswith(b"%PDF")


def test_pdf_without_libreoffice_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RENJANA_SOFFICE", "/tidak/ada/soffice")
    target = tmp_path / "renja.pdf"
    with pytest.raises(CommandError, match=r"LibreOffice \(soffice\) tidak ditemukan.*Pasang"):
        render("--opd", SULBAR, "--tahun", "2024", "--format", "pdf", "-o", str(target))
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--opd", "tidak-ada", "--tahun", "2024"], "Perangkat daerah 'tidak-ada' tidak ada"),
        (["--opd", SULBAR, "--tahun", "2030"], "Renja 2030 belum ada"),
        (["--opd", SULBAR, "--tahun", "2024", "--tahap", "final"], "Tahap 'final' tidak dikenal"),
    ],
)
def test_wrong_input_is_an_indonesian_error(args: list[str], message: str, tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    with pytest.raises(CommandError, match=message):
        render(*args, "-o", str(target))
    assert not target.exists()
