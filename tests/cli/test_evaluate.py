"""`renjana evaluate --opd KODE --tahun N [--format json|text]` on the sample offices.

Money is a string, a percentage a number rounded to two decimals, N/A is null, and the problems
are listed under each table. Expected figures are typed from seed 003 TABEL 2.1 and seed 001
Tabel 1.
"""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]


def evaluate(*args: str) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


def evaluate_json(opd: str, tahun: int, *extra: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        evaluate("--opd", opd, "--tahun", str(tahun), "--format", "json", *extra)
    )
    return data


def test_json_has_every_table_in_order() -> None:
    data = evaluate_json(SULBAR, 2022)
    assert list(data) == [
        "opd",
        "nama",
        "pemda",
        "tahun",
        "tahun_rencana",
        "tc29",
        "realisasi_anggaran",
        "rfk",
        "keuangan_fisik_triwulan",
        "iku",
        "perjanjian_kinerja",
        "tc30",
        "peringatan_dini",
        "kesegaran",
        "capaian_program",
    ]
    assert (data["opd"], data["tahun"], data["tahun_rencana"]) == (SULBAR, 2022, 2024)
    assert data["pemda"] == "Provinsi Sulawesi Barat"


def test_json_rfk_money_as_strings_percentages_as_numbers() -> None:
    rfk = evaluate_json(SULBAR, 2022)["rfk"]
    jumlah = rfk["jumlah"]
    assert jumlah["pagu"] == "11974854860.00"  # TABEL 2.1 JUMLAH 11.974.854.860
    assert jumlah["keuangan"] == "11790643219.00"  # 11.790.643.219
    assert jumlah["keuangan_persen"] == 98.46
    assert jumlah["keuangan_ttb"] == 98.46  # standard; the document prints 100,00 (S003-02)
    assert jumlah["bobot"] == 100.0
    assert jumlah["sisa"] == "184211641.00"
    assert jumlah["fisik_persen"] is None  # N/A on the JUMLAH row
    assert rfk["metode_ttb_keuangan"] == "standar"
    gelandangan = next(b for b in rfk["baris"] if b["kode"] == "1.06.04.1.04")
    assert (gelandangan["sisa"], gelandangan["keuangan_persen"]) == ("-649000.00", 101.51)
    assert gelandangan["induk"] == "1.06.04"
    over = [p for p in rfk["masalah"] if p["code"] == "REALISASI_MELEBIHI_PAGU"]
    assert [(p["kode"], p["severity"]) for p in over] == [("1.06.04.1.04", "error")]  # S003-01
    assert "melebihi pagu" in over[0]["message"]


def test_json_budget_realisation_and_curve() -> None:
    data = evaluate_json(SULBAR, 2022)
    total = data["realisasi_anggaran"]["total"]
    assert total == {
        "anggaran": "11974854860.00",
        "realisasi": "11790643219.00",
        "sisa": "184211641.00",
        "persen": 98.46,
    }
    program = next(b for b in data["realisasi_anggaran"]["baris"] if b["kode"] == "1.06.04")
    assert (program["anggaran"], program["persen"], program["induk"]) == (
        "408784480.00",
        98.46,
        None,
    )
    assert data["keuangan_fisik_triwulan"] == [
        {"periode": "Tahunan", "keuangan_persen": 98.46, "fisik_persen": 99.32}
    ]


def test_json_ttb_variant_of_seed_003() -> None:
    rfk = evaluate_json(SULBAR, 2022, "--metode-ttb", "proporsi_realisasi")["rfk"]
    assert rfk["jumlah"]["keuangan_ttb"] == 100.0
    assert next(b for b in rfk["baris"] if b["kode"] == "1.06.01")["keuangan_ttb"] == 69.5


def test_json_tc29_of_tarakan() -> None:
    data = evaluate_json(TARAKAN, 2022)
    tc29 = data["tc29"]
    assert (tc29["tahun_evaluasi"], tc29["tahun_akhir_renstra"]) == (2022, 2024)
    rows = {b["kode"]: b for b in tc29["baris"]}
    [rehab] = rows["1.06.04.2.01"]["indikator"]
    kolom = rehab["kolom"]
    assert kolom["6"] == {"nilai": "305", "satuan": "Orang", "teks": "", "tampil": "305 Orang"}
    assert kolom["7"]["nilai"] == "265"
    assert kolom["8"] == 86.89  # S001-02 (printed 85,33 %)
    assert kolom["10"]["tampil"] == "935 Orang"
    assert rehab["dijumlah"] is True
    assert kolom["11"] == 279.1  # S001-03 (printed 9,35 %)
    [kendaraan] = rows["1.06.01.2.09.0002"]["indikator"]
    assert kendaraan["kolom"]["8"] == 100.0  # S001-01 (printed 2 %)
    [gaji] = rows["1.06.01.2.02.0001"]["indikator"]
    assert gaji["kolom"]["11"] is None  # N/A: 25 Orang + 26 Orang + 312 Orang/bulan
    assert gaji["dijumlah"] is False
    assert any(
        p["code"] == "TC29_SATUAN_BERBEDA"
        and p["kode"] == "1.06.01.2.02.0001"
        and p["kolom"] == "10"
        for p in tc29["masalah"]
    )
    assert data["realisasi_anggaran"] is None
    assert data["rfk"] is None  # no budget data in 2022
    assert data["tc30"]["sumber_indikator"] == "program"


def test_json_freshness_and_early_warning() -> None:
    data = evaluate_json(TARAKAN, 2022, "--per-tanggal", "2030-01-01", "--ambang", "75")
    assert data["peringatan_dini"]["ambang"] == 75.0
    assert data["peringatan_dini"]["sampai_triwulan"] is None
    groups = {g["bidang"]: g for g in data["kesegaran"]["bidang"]}
    assert groups["Umum Kepegawaian"]["status"] == "belum_ada"
    assert groups["Tanpa bidang"]["status"] == "terlambat"
    assert data["kesegaran"]["per_tanggal"] == "2030-01-01"
    assert {p["code"] for p in data["kesegaran"]["masalah"]} == {
        "ENTRI_BELUM_ADA",
        "ENTRI_TERLAMBAT",
    }


def test_text_format_prints_indonesian_numbers_and_na() -> None:
    text = evaluate("--opd", SULBAR, "--tahun", "2022")
    assert "Evaluasi Dinas Sosial — Provinsi Sulawesi Barat" in text
    assert "11.974.854.860" in text
    assert "11.790.643.219" in text
    assert "98,46%" in text
    assert "-649.000" in text
    assert "REALISASI_MELEBIHI_PAGU (1.06.04.1.04)" in text
    assert "8=N/A" in text  # no kinerja target in the RFK sample
    tarakan = evaluate("--opd", TARAKAN, "--tahun", "2022")
    assert "8=86,89%" in tarakan
    assert "11=279,10%" in tarakan


def test_unknown_office_or_bad_option_is_an_error() -> None:
    with pytest.raises(CommandError, match="tidak ada"):
        evaluate("--opd", "tidak-ada", "--tahun", "2022")
    with pytest.raises(CommandError, match="tidak terbaca"):
        evaluate("--opd", SULBAR, "--tahun", "2022", "--per-tanggal", "kemarin")
