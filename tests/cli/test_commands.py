"""The `renjana` command line: real subprocesses on a real SQLite file, and call_command."""

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

from renjana.apps.referensi.models import Nomenklatur, NomenklaturVersi, Wilayah

RENJANA = Path(sys.executable).with_name("renjana")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # The child is a fresh `renjana` process: no test database settings, and no coverage
    # hooks inherited from pytest-cov (they would write data files the parent cannot combine).
    skip = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in skip and not k.startswith("COV_CORE")}
    return subprocess.run(
        [str(RENJANA), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_migrate_sample_and_opd_list_on_the_default_sqlite_file(tmp_path: Path) -> None:
    """What `make run` does before serving: the database file appears in the working directory."""
    assert run(["migrate", "--no-input", "-v", "0"], tmp_path).returncode == 0
    assert (tmp_path / "renjana.sqlite3").exists()
    sample = run(["sample"], tmp_path)
    assert sample.returncode == 0, sample.stderr
    assert "operator.sulawesi-barat" in sample.stdout
    listing = run(["opd", "list", "--format", "json"], tmp_path)
    assert listing.returncode == 0, listing.stderr
    offices = json.loads(listing.stdout)
    assert [(o["kode"], o["tingkat"]) for o in offices] == [
        ("tarakan-dinsospm", "kabkota"),
        ("sulawesi-barat-dinsos", "provinsi"),
    ]
    assert offices[1]["kode_unit"] == "1.06.0.00.0.00.07.0000"
    text = run(["opd", "list"], tmp_path).stdout
    assert "sulawesi-barat-dinsos  Dinas Sosial — Provinsi Sulawesi Barat (provinsi)" in text


@pytest.mark.django_db
def test_opd_list_on_an_empty_database_says_how_to_fill_it() -> None:
    out = StringIO()
    call_command("opd", "list", stdout=out)
    assert "renjana sample" in out.getvalue()


@pytest.mark.django_db
def test_reference_import_adds_a_new_dated_nomenclature_version(tmp_path: Path) -> None:
    path = tmp_path / "nomenklatur_2025.csv"
    path.write_text(
        "kode,nama,indikator,satuan,tingkat\n"
        "1.06,URUSAN PEMERINTAHAN BIDANG SOSIAL,,,semua\n"
        "1.06.02,PROGRAM PEMBERDAYAAN SOSIAL,,,semua\n"
        "1.06.02.2.01,Pemberdayaan Sosial KAT,,,kabkota\n"
        "1.06.02.2.01.0001,Fasilitasi Pemberdayaan Sosial KAT,"
        "Jumlah KAT yang Diberdayakan,Orang,kabkota\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "reference", "import", str(path), "--kode", "uji-2025", "--nama", "Kepmendagri Uji",
        "--dasar-hukum", "Kepmendagri Uji/2025", "--berlaku-mulai", "2025", stdout=out,
    )  # fmt: skip
    assert "4 baris nomenklatur" in out.getvalue()
    versi = NomenklaturVersi.objects.get(kode="uji-2025")
    assert versi.berlaku_mulai == 2025
    sub = Nomenklatur.objects.get(versi=versi, kode="1.06.02.2.01.0001")
    assert (sub.level, sub.tingkat, sub.satuan) == ("subkegiatan", "kabkota", "Orang")


@pytest.mark.django_db
def test_reference_import_of_a_bad_file_writes_nothing_and_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "buruk.csv"
    path.write_text(
        "kode,nama,indikator,satuan,tingkat\n"
        "1.06.02,PROGRAM PEMBERDAYAAN SOSIAL,,,semua\n"
        "1.06.02.2.01.0001,,Jumlah,Orang,kabkota\n",
        encoding="utf-8",
    )
    before = (NomenklaturVersi.objects.count(), Nomenklatur.objects.count())
    with pytest.raises(CommandError) as err:
        call_command(
            "reference", "import", str(path), "--kode", "buruk", "--nama", "Buruk",
            "--dasar-hukum", "-", "--berlaku-mulai", "2025",
        )  # fmt: skip
    assert "baris 3" in str(err.value)
    assert "tidak ada data yang disimpan" in str(err.value)
    assert (NomenklaturVersi.objects.count(), Nomenklatur.objects.count()) == before


@pytest.mark.django_db
def test_reference_wilayah_import(tmp_path: Path) -> None:
    path = tmp_path / "wilayah.csv"
    path.write_text(
        "kode,nama,level,kode_induk\n76.02.01.2099,Uji Coba,desa,76.02.01\n",
        encoding="utf-8",
    )
    before = Wilayah.objects.count()
    call_command("reference", "wilayah", str(path), stdout=StringIO())
    assert Wilayah.objects.count() == before + 1
    assert Wilayah.objects.get(kode="76.02.01.2099").induk.kode == "76.02.01"
