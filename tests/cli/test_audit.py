"""`renjana audit FILE`: the command parses its arguments, writes the chosen format to stdout
or -o FILE, and exits with 1 when a finding is an error (the audit itself has its own tests in
tests/importers/audit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from tests.importers.audit.contoh import renja_text, salah_kabkota

RENJANA = Path(sys.executable).with_name("renjana")


@pytest.fixture
def benar(tmp_path: Path) -> Path:
    path = tmp_path / "renja_benar.txt"
    path.write_text(renja_text(2025), encoding="utf-8")
    return path


@pytest.fixture
def salah(tmp_path: Path) -> Path:
    path = tmp_path / "renja_salah.txt"
    path.write_text(renja_text(2025, rows=salah_kabkota()), encoding="utf-8")
    return path


def test_a_correct_document_exits_0_with_text_summary(benar: Path) -> None:
    out = StringIO()
    call_command("audit", str(benar), stdout=out)
    assert "0 temuan" in out.getvalue()
    assert "tahun 2025" in out.getvalue()


def test_errors_exit_1_and_json_goes_to_stdout(salah: Path) -> None:
    out = StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("audit", str(salah), "--format", "json", stdout=out)
    assert exit_.value.code == 1
    data = json.loads(out.getvalue())
    assert data["summary"]["has_errors"] is True
    assert "JUMLAH_INDUK_SALAH" in {f["rule"] for f in data["findings"]}


def test_options_and_output_files(salah: Path, tmp_path: Path) -> None:
    html = tmp_path / "laporan.html"
    with pytest.raises(SystemExit):
        call_command("audit", str(salah), "--format", "html", "-o", str(html), "--tahun", "2025")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    xlsx = tmp_path / "laporan.xlsx"
    with pytest.raises(SystemExit):
        call_command("audit", str(salah), "--format", "xlsx", "-o", str(xlsx),
                     "--tingkat", "kabkota")  # fmt: skip
    assert load_workbook(xlsx).sheetnames == ["Temuan", "Ringkasan"]


def test_xlsx_needs_an_output_file_and_the_file_must_exist(salah: Path, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="-o"):
        call_command("audit", str(salah), "--format", "xlsx")
    with pytest.raises(CommandError, match="tidak ada"):
        call_command("audit", str(tmp_path / "tidak_ada.docx"))


def test_the_renjana_program_runs_the_audit(salah: Path, tmp_path: Path) -> None:
    skip = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in skip and not k.startswith("COV_CORE")}
    done = subprocess.run(
        [str(RENJANA), "audit", str(salah), "--format", "json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["document"]["tingkat"] == "kabkota"
