"""The XLSX reader on a workbook built here with openpyxl: two tables on one sheet separated by
blank rows and a title line, merged header cells, percentage formats, a code typed as a
number, and a code merged over two rows for two indicators."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from renjana.importers import read_document
from renjana.importers.tables import (
    TableKind,
    extract_renja,
    extract_rfk,
    extract_rows,
    recognize,
)
from renjana.importers.tables.columns import header_labels

RFK_HEADER = (
    "No", "Sasaran Strategis", "Program/ Kegiatan", "Indikator Kinerja", "Pagu Anggaran",
    "Bobot Kegiatan", "Fisik", None, "Keuangan", None, None, "Sisa Pagu",
)  # fmt: skip


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Evaluasi"
    sheet["A1"] = "Tabel 2.1 Laporan Realisasi Fisik dan Keuangan Tahun Anggaran 2024"
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(list(RFK_HEADER))
    sheet.append([None] * 6 + ["%", "TTB", "(Rp)", "%", "TTB", None])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("D3", "D4"), ("E3", "E4")):
        sheet.merge_cells(f"{first}:{last}")
    sheet.merge_cells("G3:H3")
    sheet.merge_cells("I3:K3")
    sheet.append(list(range(1, 13)))
    sheet.append(
        [
            1,
            "Meningkatnya layanan sosial",
            "PROGRAM REHABILITASI SOSIAL",
            "Persentase",
            300_000_000,
            100,
            None,
            83.33,
            280_000_000,
            93.33,
            93.33,
            20_000_000,
        ]
    )
    sheet.append(
        [
            None,
            None,
            "Rehabilitasi Sosial Dasar",
            "Jumlah orang",
            200_000_000,
            66.67,
            1,
            66.67,
            190_000_000,
            95,
            63.33,
            10_000_000,
        ]
    )
    sheet.append(
        [
            None,
            None,
            "Perlindungan Sosial Korban Bencana",
            "Jumlah korban",
            100_000_000,
            33.33,
            0.5,
            16.67,
            90_000_000,
            90,
            30,
            10_000_000,
        ]
    )
    sheet["G7"].number_format = "0%"
    sheet["G8"].number_format = "0%"
    sheet["C6"].font = Font(bold=True)
    sheet.append(
        [
            "JUMLAH",
            None,
            None,
            None,
            300_000_000,
            100,
            None,
            83.33,
            280_000_000,
            93.33,
            93.33,
            20_000_000,
        ]
    )
    sheet.append([])
    sheet.append([])
    sheet.append(["Tabel 2.2 Data PPKS"])
    sheet.append(["NO", "JENIS PPKS", "POPULASI"])
    sheet.append([1, "Anak Terlantar (jiwa)", 2031])
    sheet.append([2, "Fakir Miskin (KK)", 165990])
    renja = book.create_sheet("Renja")
    renja.append(["Tabel 7 Rumusan Rencana Program dan Kegiatan"])
    renja.append(
        [
            "KODE",
            "PROGRAM/KEGIATAN",
            "INDIKATOR",
            "LOKASI",
            "TARGET",
            "PAGU INDIKATIF",
            "SUMBER DANA",
            "CATATAN PENTING",
            "PRAKIRAAN MAJU TARGET",
            "PRAKIRAAN MAJU PAGU",
        ]
    )
    renja.append([1.06, "URUSAN PEMERINTAHAN BIDANG SOSIAL", None, None, None, 50_000_000])
    renja.append(
        ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS", "Kota", "100 %", 50_000_000]
    )
    renja.append(
        [
            "1.06.04.2.01",
            "Rehabilitasi Sosial Dasar",
            "Jumlah PPKS",
            "Kota",
            "200 Orang",
            50_000_000,
        ]
    )
    renja.append(
        [
            "1.06.04.2.01.0001",
            "Penyediaan Permakanan",
            "Jumlah orang",
            "Kota",
            "200 Orang",
            50_000_000,
            "APBD",
        ]
    )
    renja.append([None, None, "Jumlah paket makanan", None, "12 Paket"])
    renja.merge_cells("A6:A7")
    renja.merge_cells("B6:B7")
    target = path / "renja.xlsx"
    book.save(target)
    return target  # fmt: skip


def test_two_tables_on_one_sheet_and_a_second_sheet(tmp_path: Path) -> None:
    document = read_document(workbook(tmp_path))
    assert document.problems == ()
    assert [h.text for h in document.headings()] == ["Evaluasi", "Renja"]
    found = [(t.sheet, t.label, recognize(t).kind) for t in document.tables()]
    assert found == [
        ("Evaluasi", "Tabel 2.1", TableKind.RFK),
        ("Evaluasi", "Tabel 2.2", TableKind.PPKS),
        ("Renja", "Tabel 7", TableKind.TC33),
    ]
    rfk = document.tables()[0]
    assert rfk.title == "Tabel 2.1 Laporan Realisasi Fisik dan Keuangan Tahun Anggaran 2024"
    labels = header_labels(rfk)
    assert labels[6:11] == ["Fisik %", "Fisik TTB", "Keuangan (Rp)", "Keuangan %", "Keuangan TTB"]
    assert labels[0] == "No No"  # merged down: the label of each header row


def test_numbers_and_percentages_read_as_printed(tmp_path: Path) -> None:
    document = read_document(workbook(tmp_path))
    tabel = document.tables()[0]
    rfk = extract_rfk(tabel, document.source, recognize(tabel))
    assert [(r.kode, r.level) for r in rfk.rows] == [
        ("P1", "program"),
        ("P1.K1", "kegiatan"),
        ("P1.K2", "kegiatan"),
    ]
    assert [(r.pagu, r.realisasi, r.fisik_persen) for r in rfk.rows[1:]] == [
        (Decimal(200_000_000), Decimal(190_000_000), Decimal(100)),
        (Decimal(100_000_000), Decimal(90_000_000), Decimal(50)),
    ]
    assert rfk.rows[0].sasaran_strategis == "Meningkatnya layanan sosial"
    assert rfk.printed[1].value("bobot") == Decimal("66.67")
    assert rfk.jumlah is not None
    assert rfk.jumlah.value("sisa") == Decimal(20_000_000)
    ppks = document.tables()[1]
    rows = extract_rows(ppks, document.source, recognize(ppks)).rows
    assert [r.get("populasi") for r in rows] == [Decimal(2031), Decimal(165_990)]


def test_code_typed_as_number_and_merged_code_rows(tmp_path: Path) -> None:
    document = read_document(workbook(tmp_path))
    tabel = document.tables()[2]
    assert 0 in tabel.body_rows[0].numeric
    renja = extract_renja(tabel, document.source, recognize(tabel))
    assert [p.code for p in renja.problems] == ["KODE_BERUPA_ANGKA"]
    assert renja.problems[0].location.row == 3
    assert renja.problems[0].location.file == "renja.xlsx"
    assert [r.kode for r in renja.rows] == [
        "1.06", "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001",
    ]  # fmt: skip
    permakanan = renja.rows[-1]
    assert [(i.uraian, i.target.nilai, i.target.satuan) for i in permakanan.indikator] == [
        ("Jumlah orang", Decimal(200), "Orang"),
        ("Jumlah paket makanan", Decimal(12), "Paket"),
    ]
    assert permakanan.pagu == Decimal(50_000_000)
    assert renja.lines[-1] == (6, 7)
