"""The same kab/kota Renja table as a Word table and as a worksheet: the audit reads the
context from the caption and cover, and reports the same mistakes as on text converted from
PDF (the rules work on read tables, not on one file format)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from renjana.core.kode import Tingkat
from renjana.importers.audit import audit_file
from tests.importers.audit.cocok import satu
from tests.importers.audit.contoh import Baris, baris_kabkota, salah_kabkota, write_docx, write_xlsx

Writer = Callable[..., Path]
FORMATS = [pytest.param(write_docx, "renja.docx", id="docx"),
           pytest.param(write_xlsx, "renja.xlsx", id="xlsx")]  # fmt: skip


def _write(writer: Writer, name: str, tmp_path: Path, rows: Sequence[Baris], **kw: int) -> Path:
    return writer(tmp_path / name, 2025, rows, "Kabupaten Sukamaju", **kw)


@pytest.mark.parametrize(("writer", "name"), FORMATS)
def test_a_correct_table_has_no_finding(writer: Writer, name: str, tmp_path: Path) -> None:
    report = audit_file(_write(writer, name, tmp_path, baris_kabkota()))
    assert (report.meta.tahun, report.meta.tingkat) == (2025, Tingkat.KABKOTA)
    assert [(t.label, t.kind, t.rows) for t in report.tables] == [("Tabel 4.1", "renja_17", 10)]
    assert report.findings == ()


@pytest.mark.parametrize(("writer", "name"), FORMATS)
def test_mistakes_in_the_table_are_reported(writer: Writer, name: str, tmp_path: Path) -> None:
    report = audit_file(_write(writer, name, tmp_path, salah_kabkota(), maju=2025))
    f = satu(report, "JUMLAH_INDUK_SALAH", kode="1.06.04.2.01")
    assert (f.found, f.expected) == ("Rp 210.000.000", "Rp 200.000.000")
    assert f.table.startswith("Tabel 4.1 Rencana Program dan Kegiatan Dinas Sosial")
    assert satu(report, "PAGU_TANPA_TARGET", kode="1.06.04.2.01.0002").found == "0 Orang"
    assert satu(report, "LOKASI_BUKAN_TEMPAT", kode="1.06.01.2.01.0002").found == "Dinas Sosial"
    f = satu(report, "TINGKAT_KODE_SALAH", kode="1.06.01.1.01.0001")
    assert (f.found, f.expected) == ("1", "2")
    f = satu(report, "TAHUN_SALAH", label="Tabel 4.1")
    assert (f.found, f.expected) == ("2025", "2026")
    assert "2025" in f.column
    assert len(report.errors) == 5


def test_an_unreadable_file_is_one_error(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"not a zip")
    report = audit_file(broken)
    assert [f.rule for f in report.findings][:1] == ["DOKUMEN_TIDAK_TERBACA"]
    assert report.has_errors
    assert report.rencana == ()
