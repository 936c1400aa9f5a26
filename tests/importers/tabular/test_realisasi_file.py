"""A realisasi spreadsheet for one triwulan: rows, indicator references, bad cells."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.renja import TargetValue
from renjana.importers.tabular.realisasi import RealisasiBaris, read_realisasi
from tests.importers.tabular.builders import workbook, xlsx

HEADER = ["Kode", "No. Indikator", "Indikator", "Realisasi", "Faktor Pendorong",
          "Faktor Penghambat", "Tindak Lanjut", "Realisasi Keuangan (Rp)", "Realisasi Fisik (%)",
          "Triwulan"]  # fmt: skip


def read(rows: list[list[object]], triwulan: int = 1):  # type: ignore[no-untyped-def]
    return read_realisasi(workbook(xlsx({"Realisasi": [HEADER, *rows]})), triwulan=triwulan)


def test_rows_with_kinerja_and_anggaran() -> None:
    bacaan = read([
        ["1.06.04.2.01.0001", 1, None, 80, "Koordinasi baik", None, "Lanjutkan", 17_500_000, 25,
         "I"],
        [None, 2, None, "16 Paket", None, "Cuaca", None, None, None, "Triwulan I"],
        ["1.06.04", None, "Persentase PPKS", "Cepat Berkembang"],
    ])  # fmt: skip
    assert bacaan.problems == ()
    first, second, third = bacaan.rows
    assert first == RealisasiBaris(
        number=2, kode="1.06.04.2.01.0001", nomor_indikator=1, nilai=TargetValue(Decimal("80")),
        faktor_pendorong="Koordinasi baik", tindak_lanjut="Lanjutkan",
        keuangan=Decimal("17500000.00"), fisik=Decimal("25"),
        column_realisasi="D (Realisasi)", column_indikator="B (No. Indikator)",
    )  # fmt: skip
    assert second.kode == "1.06.04.2.01.0001"  # an empty code continues the one above
    assert second.nilai == TargetValue(Decimal("16"), "", "Paket")
    assert third.nilai == TargetValue(None, "Cepat Berkembang")
    assert third.indikator == "Persentase PPKS"


def test_bad_cells() -> None:
    bacaan = read([
        ["1.06.04.2.01.0001", 1, None, -1],
        ["1.06.04.2.01.0002", 1, None, 5, None, None, None, "seratus", 120],
        ["1.06.04.2.01.0003", 1, None, 5, None, None, None, None, None, "II"],
        ["1.06.04.2.01.0003", 1, None, 6],
        ["1.06.04.2.01.0004", "satu", None, 6, None, None, None, 10, 0.95],
        ["1.06.04.2.01.0004", 2, None, 7, None, None, None, 11],
    ])  # fmt: skip
    found = [(p.code, p.severity.value, p.location.row, p.location.column) for p in bacaan.problems]
    assert found == [
        ("NILAI_NEGATIF", "error", 2, "D (Realisasi)"),
        ("BUKAN_ANGKA", "error", 3, "H (Realisasi Keuangan (Rp))"),
        ("FISIK_DI_LUAR_RENTANG", "error", 3, "I (Realisasi Fisik (%))"),
        ("TRIWULAN_BERBEDA", "error", 4, "J (Triwulan)"),
        ("INDIKATOR_GANDA", "error", 5, "B (No. Indikator)"),
        ("BUKAN_ANGKA", "error", 6, "B (No. Indikator)"),
        ("PERSEN_PECAHAN", "warning", 6, "I (Realisasi Fisik (%))"),
        ("ANGGARAN_BERBEDA", "error", 7, "H (Realisasi Keuangan (Rp))"),
    ]


def test_rows_without_any_value_are_skipped() -> None:
    bacaan = read([["1.06", None, "Sosial"], ["1.06.04.2.01.0001", 1]])
    assert bacaan.rows == ()
    assert bacaan.skipped == 2
    assert [p.code for p in bacaan.problems] == ["TIDAK_ADA_BARIS_DATA"]
