"""A Renja spreadsheet read into rows: a good file exactly, and every kind of bad row."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from renjana.core.kode import Tingkat
from renjana.core.problems import Severity
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.importers.tabular.renja import read_renja
from renjana.importers.tabular.result import Bacaan
from renjana.reference.nomenklatur import load_nomenklatur
from renjana.reference.sumber_dana import load_sumber_dana
from tests.importers.tabular.builders import GOOD_ROWS, HEADER, renja_xlsx, workbook, xlsx


def read(data: bytes, name: str = "renja.xlsx", tingkat: Tingkat = Tingkat.KABKOTA,
         **kwargs: object) -> Bacaan[RenjaRowInput]:  # fmt: skip
    return read_renja(workbook(data, name), tahun=2025, tingkat=tingkat, **kwargs)  # type: ignore[arg-type]


def codes(bacaan: Bacaan[RenjaRowInput]) -> list[tuple[str, str, int | None, str, str]]:
    """(code, severity, row, column, value) of every problem."""
    return [
        (p.code, p.severity.value, p.location.row, p.location.column, p.found)
        for p in bacaan.problems
    ]


def test_a_good_file_is_read_exactly() -> None:
    bacaan = read(renja_xlsx())
    assert bacaan.problems == ()
    assert bacaan.sheet == "Renja"
    assert bacaan.row_numbers == (2, 3, 4, 6)
    program, kegiatan, permakanan, sandang = bacaan.rows
    assert program == RenjaRowInput(
        kode="1.06.04", nama="PROGRAM REHABILITASI SOSIAL",
        indikator=(IndikatorInput("Persentase PPKS yang tertangani", "%",
                                  TargetValue(Decimal("95.5"))),),
    )  # fmt: skip
    assert kegiatan.indikator[0].target == TargetValue(Decimal("12"))
    assert permakanan.kode == "1.06.04.2.01.0001"
    assert permakanan.pagu == Decimal("70000000.00")
    assert permakanan.pagu_n1 == Decimal("75500000.50")
    assert permakanan.lokasi == ("Kota Tarakan",)
    assert permakanan.sumber_dana == (SumberDanaInput(None, "DAU", None),)
    assert permakanan.indikator == (
        IndikatorInput("Jumlah orang yang mendapat permakanan", "Orang",
                       TargetValue(Decimal("312")), TargetValue(Decimal("320"))),
        IndikatorInput("Jumlah paket permakanan", "Paket", TargetValue(Decimal("64"))),
    )  # fmt: skip
    # "1.283" under Orang is a count: thousands, no doubt; lokasi split on ";".
    assert sandang.indikator[0].target == TargetValue(Decimal("1283"))
    assert sandang.lokasi == ("Kec. Tarakan Barat", "Kec. Tarakan Timur")
    assert sandang.pagu_n1 == Decimal("61000000.00")


def test_the_same_file_as_csv_gives_the_same_rows() -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADER)
    for row in GOOD_ROWS:
        money = {70_000_000.0: "70.000.000", 60_000_000: "60.000.000"}
        writer.writerow(["" if c is None else money.get(c, str(c)) for c in row])  # type: ignore[call-overload]
    from_csv = read(("\ufeff" + buffer.getvalue()).encode(), "renja.csv")
    assert from_csv.problems == ()
    assert from_csv.rows == read(renja_xlsx()).rows


def test_codes_in_any_printed_form() -> None:
    rows = [
        ("1,06,04", "Program"),
        (" 1.06.04.2.01 ", "Kegiatan"),
        ("1.06.04.2.01.01", "Sub kegiatan (dua digit)", "", "", "", 1),
        ("<b>1.06.04.2.01.0002</b>", "Sub kegiatan (tebal)", "", "", "", 2),
    ]
    bacaan = read(renja_xlsx(rows))
    assert [r.kode for r in bacaan.rows] == [
        "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.2.01.0002",
    ]  # fmt: skip
    assert [p.severity for p in bacaan.problems] == []


def test_split_code_cells_typed_as_numbers_keep_their_value() -> None:
    header = ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Nama", "Pagu"]
    rows = [
        [1, 6, 4, None, None, "Program", None],
        [1, 6, 4, "2.01", None, "Kegiatan", None],
        [1, 6, 4, "2.01", "0001", "Permakanan", 5000],
    ]
    bacaan = read(xlsx({"Renja": [header, *rows]}))
    assert [r.kode for r in bacaan.rows] == ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001"]
    assert bacaan.problems == ()


def test_sipd_cumulative_code_columns() -> None:
    header = ["Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Uraian", "Pagu"]
    rows = [
        ["1.06.04", None, None, "Program", None],
        ["1.06.04", "1.06.04.2.01", None, "Kegiatan", None],
        ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "Permakanan", 5000],
    ]
    bacaan = read(xlsx({"Renja": [header, *rows]}))
    assert [r.kode for r in bacaan.rows] == ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001"]


@pytest.mark.parametrize(
    ("cell", "code", "column"),
    [
        ("1.06.XX", "KODE_TIDAK_SAH", "A (Kode)"),
        (1.06, "KODE_BERUPA_ANGKA", "A (Kode)"),  # a code typed as a number lost its zero
        ("1.06.04.2.01.0", "KODE_TERPOTONG", "A (Kode)"),
        ("1.06.04.3.01.0001", "KODE_TINGKAT_TIDAK_SAH", "A (Kode)"),
        ("1.06.04.1.01.0001", "KODE_TINGKAT_LAIN", "A (Kode)"),  # provinsi code, kab/kota plan
        ("1.06.01.01.15.02", "KODE_LAMA_DITOLAK", "A (Kode)"),  # urusan.bidang.unit.subunit…
    ],
)
def test_wrong_codes_are_errors_at_their_cell(cell: object, code: str, column: str) -> None:
    bacaan = read(renja_xlsx([*GOOD_ROWS, (cell, "Sub kegiatan salah", "", "", "", 1)]))  # type: ignore[list-item]
    errors = [p for p in bacaan.problems if p.severity is Severity.ERROR]
    assert [(p.code, p.location.row, p.location.column, p.location.sheet) for p in errors] == [
        (code, 7, column, "Renja")
    ]
    assert bacaan.has_errors
    assert len(bacaan.rows) == 4  # the bad row is not among the rows to store


def test_a_provinsi_renja_refuses_kab_kota_codes() -> None:
    bacaan = read(renja_xlsx(), tingkat=Tingkat.PROVINSI)
    assert {p.code for p in bacaan.problems} == {"KODE_TINGKAT_LAIN"}
    assert [p.location.row for p in bacaan.problems] == [3, 4, 6]


@pytest.mark.parametrize(
    ("column", "value", "code", "found"),
    [
        (5, "tujuh juta", "BUKAN_ANGKA", "tujuh juta"),  # pagu
        (5, -5000, "UANG_NEGATIF", "-5000"),
        (5, "- 649.000", "UANG_NEGATIF", "- 649.000"),
        (4, 12.5, "JUMLAH_ORANG_DESIMAL", "12,5"),  # target in Orang
        (4, "12,5", "JUMLAH_ORANG_DESIMAL", "12,5"),
        (4, -3, "NILAI_NEGATIF", "-3"),
        (9, "1..2", "ANGKA_TIDAK_SAH", "1..2"),  # pagu n+1
    ],
)
def test_bad_cells_are_errors_with_sheet_row_column_value(
    column: int, value: object, code: str, found: str
) -> None:
    row: list[object] = ["1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah orang", "Orang",
                         10, 1000, "", "", "", ""]  # fmt: skip
    row[column] = value
    bacaan = read(renja_xlsx([*GOOD_ROWS, tuple(row)]))  # type: ignore[arg-type]
    errors = [p for p in bacaan.problems if p.severity is Severity.ERROR]
    assert [(p.code, p.location.row, p.location.column, p.found) for p in errors] == [
        (code, 7, f"{'ABCDEFGHIJ'[column]} ({HEADER[column]})", found)
    ]
    assert errors[0].location.file == "renja.xlsx"
    assert errors[0].message  # an Indonesian sentence saying how to fix it


def test_duplicate_row_is_an_error_naming_the_first_one() -> None:
    bacaan = read(renja_xlsx([*GOOD_ROWS, ("1.06.04.2.01.0001", "Lagi", "X", "Orang", 1)]))
    assert codes(bacaan) == [("KODE_GANDA", "error", 7, "A (Kode)", "1.06.04.2.01.0001")]
    assert "baris 4" in bacaan.problems[0].message


def test_a_continuation_row_may_not_change_the_pagu() -> None:
    rows = [*GOOD_ROWS[:3], ("1.06.04.2.01.0001", None, "Jumlah paket", "Paket", 64, 1)]
    bacaan = read(renja_xlsx(rows))
    assert codes(bacaan) == [("BARIS_LANJUTAN_BERBEDA", "error", 5, "F (Pagu Indikatif)", "1")]
    assert "baris 4" in bacaan.problems[0].message


def test_same_code_on_the_next_row_adds_an_indicator() -> None:
    rows = [*GOOD_ROWS[:3], ("1.06.04.2.01.0001", "", "Jumlah paket", "Paket", 64, 70000000)]
    bacaan = read(renja_xlsx(rows))
    assert bacaan.problems == ()
    assert [i.uraian for i in bacaan.rows[2].indikator] == [
        "Jumlah orang yang mendapat permakanan", "Jumlah paket",
    ]  # fmt: skip


def test_rows_without_code() -> None:
    rows = [
        (None, "DINAS SOSIAL", None, None, None, 130_000_000),  # the office row above the plan
        *GOOD_ROWS,
        (None, "Baris lupa kode", "Indikator", "Orang", 5, 1000),
        (None, "J U M L A H", None, None, None, 130_000_000),
        (None, "Keterangan: dicetak dari SIPD"),
    ]
    bacaan = read(renja_xlsx(rows))
    assert codes(bacaan) == [
        ("BARIS_DILEWATI", "warning", 2, "A (Kode)", "DINAS SOSIAL"),
        ("BARIS_TANPA_KODE", "error", 8, "A (Kode)", "Baris lupa kode"),
    ]
    assert bacaan.skipped == 3


def test_pagu_on_a_parent_is_dropped_with_a_warning() -> None:
    rows = [
        ("1.06", "URUSAN SOSIAL", None, None, None, 130_000_000),
        ("1.06.04", "PROGRAM", None, None, None, 130_000_000),
        ("1.06.04.2.01", "KEGIATAN", None, None, None, 129_000_000),
        ("1.06.04.2.01.0001", "A", None, None, None, 70_000_000),
        ("1.06.04.2.01.0002", "B", None, None, None, 60_000_000),
    ]
    bacaan = read(renja_xlsx(rows))
    assert [(r.kode, r.pagu) for r in bacaan.rows] == [
        ("1.06.04", None), ("1.06.04.2.01", None),
        ("1.06.04.2.01.0001", Decimal("70000000.00")),
        ("1.06.04.2.01.0002", Decimal("60000000.00")),
    ]  # fmt: skip
    warnings = [(p.code, p.location.row, p.location.kode) for p in bacaan.problems]
    assert warnings == [
        ("PAGU_INDUK_DIABAIKAN", 3, "1.06.04"), ("PAGU_INDUK_DIABAIKAN", 4, "1.06.04.2.01"),
    ]  # fmt: skip
    assert "sama dengan" in bacaan.problems[0].message
    assert "berbeda dengan" in bacaan.problems[1].message  # 129 juta ≠ 130 juta
    assert bacaan.skipped == 1  # the urusan row


def test_missing_parents_come_from_the_nomenclature_or_are_errors() -> None:
    rows = [("1.06.04.2.01.0002", "", "Jumlah orang", "Orang", 5, 1000)]
    named = read(renja_xlsx(rows), nomenklatur=load_nomenklatur())
    assert [(r.kode, r.nama) for r in named.rows] == [
        ("1.06.04", "PROGRAM REHABILITASI SOSIAL"),
        ("1.06.04.2.01", named.rows[1].nama),
        ("1.06.04.2.01.0002", "Penyediaan Sandang"),  # an empty name takes the official one
    ]
    assert named.row_numbers == (0, 0, 2)
    assert [p.code for p in named.problems] == ["INDUK_DITAMBAHKAN", "INDUK_DITAMBAHKAN"]
    assert {p.severity for p in named.problems} == {Severity.INFO}
    alone = read(renja_xlsx(rows))
    assert [p.code for p in alone.problems] == ["NAMA_KOSONG", "INDUK_TIDAK_ADA", "INDUK_TIDAK_ADA"]


def test_unknown_code_in_the_nomenclature_is_a_warning() -> None:
    rows = [*GOOD_ROWS, ("1.06.04.2.01.0099", "Sub kegiatan lokal", "X", "Orang", 1, 1)]
    bacaan = read(renja_xlsx(rows), nomenklatur=load_nomenklatur())
    assert [(p.code, p.severity.value, p.location.row) for p in bacaan.problems] == [
        ("KODE_TIDAK_DI_NOMENKLATUR", "warning", 7)
    ]


def test_rows_come_out_in_nomenclature_order() -> None:
    rows = [GOOD_ROWS[4], GOOD_ROWS[2], GOOD_ROWS[3], GOOD_ROWS[0], GOOD_ROWS[1]]
    bacaan = read(renja_xlsx(rows))
    assert [r.kode for r in bacaan.rows] == [
        "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.2.01.0002",
    ]  # fmt: skip
    assert bacaan.row_numbers == (5, 6, 3, 2)
    assert len(bacaan.rows[2].indikator) == 2


def test_numbered_indicator_columns_and_bulleted_sipd_cells() -> None:
    header = ["Kode", "Nama", "Indikator", "Satuan", "Target", "Indikator 2", "Satuan 2",
              "Target 2", "Pagu"]  # fmt: skip
    numbered = read(xlsx({"Renja": [header, ["1.06.04", "Program", "Persentase A", "%", 90,
                                             "Nilai SAKIP", "Poin", "62,5"]]}))  # fmt: skip
    assert [(i.uraian, i.satuan, i.target.nilai) for i in numbered.rows[0].indikator] == [
        ("Persentase A", "%", Decimal("90")), ("Nilai SAKIP", "Poin", Decimal("62.5")),
    ]  # fmt: skip
    bulleted = read(renja_xlsx([("1.06.04", "Program", "• Persentase A\n• Nilai SAKIP", "",
                                 "70 Poin 66,50 Poin")]))  # fmt: skip
    assert bulleted.problems == ()
    assert [(i.uraian, i.target.nilai, i.satuan) for i in bulleted.rows[0].indikator] == [
        ("Persentase A", Decimal("70"), "Poin"), ("Nilai SAKIP", Decimal("66.50"), "Poin"),
    ]  # fmt: skip
    mismatch = read(renja_xlsx([("1.06.04", "Program", "Satu indikator", "", "70 Poin 66 Poin")]))
    assert [p.code for p in mismatch.problems] == ["JUMLAH_TARGET_TIDAK_SESUAI"]


def test_qualitative_and_unit_targets() -> None:
    rows = [("1.06.04", "Program", "Kategori kelurahan", "", "Cepat Berkembang", None, None,
             None, "312 Orang/Bulan")]  # fmt: skip
    bacaan = read(renja_xlsx(rows))
    indikator = bacaan.rows[0].indikator[0]
    assert indikator.target == TargetValue(None, "Cepat Berkembang")
    assert indikator.target_n1 == TargetValue(Decimal("312"))
    assert indikator.satuan == "Orang/Bulan"


def test_sumber_dana_names_codes_and_amounts() -> None:
    rows = [("1.06.04.2.01.0001", "Permakanan", "", "", "", 100_000_000, "",
             "Dana Alokasi Umum = 60.000.000; 1.2.01.01.02 = 40.000.000")]  # fmt: skip
    bacaan = read(renja_xlsx(rows), sumber_dana=load_sumber_dana())
    assert bacaan.rows[-1].sumber_dana == (
        SumberDanaInput(None, "Dana Alokasi Umum", Decimal("60000000")),
        SumberDanaInput("1.2.01.01.02", "Dana Transfer Umum-Dana Alokasi Umum",
                        Decimal("40000000")),
    )  # fmt: skip


def test_money_is_rounded_to_sen_with_a_warning_when_it_changes() -> None:
    rows = [
        ("1.06.04.2.01.0001", "A", "", "", "", 1234.567),
        ("1.06.04.2.01.0002", "B", "", "", "", 0.1 + 0.2),  # formula noise: no warning
        ("1.06.04.2.01.0003", "C", "", "", "", "13.867.555.785,00"),
    ]
    bacaan = read(renja_xlsx(rows))
    assert [r.pagu for r in bacaan.rows if r.pagu is not None] == [
        Decimal("1234.57"), Decimal("0.30"), Decimal("13867555785.00"),
    ]  # fmt: skip
    assert [(p.code, p.severity.value, p.location.row) for p in bacaan.problems
            if p.code == "UANG_DIBULATKAN"] == [("UANG_DIBULATKAN", "warning", 2)]  # fmt: skip


def test_empty_sheet_and_header_without_rows() -> None:
    empty = read(xlsx({"Renja": []}))
    assert [p.code for p in empty.problems] == ["LEMBAR_KOSONG"]
    only_header = read(renja_xlsx([]))
    assert [(p.code, p.location.sheet, p.location.row) for p in only_header.problems] == [
        ("TIDAK_ADA_BARIS_DATA", "Renja", 1)
    ]
    assert only_header.rows == ()
