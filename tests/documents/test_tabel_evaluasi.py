"""Table builders of BAB II 2.1–2.2: T-C.29, budget realisation, RFK, T-C.30, SPM, population.

Each table is read back as its grid of printed texts and its workbook formulas; the figures are
the core's (``tabel_contoh``) and the formulas say how they are made.
"""

from __future__ import annotations

from renjana.core.numbers import D
from renjana.documents.model import LITERAL, Kind
from renjana.documents.tabel import anggaran, populasi, rfk, spm, tc29, tc30
from tests.documents import tabel_contoh as c
from tests.documents.baca_tabel import formulas, rows


def test_tc29_lays_out_each_indicator_and_spans_the_row_over_them() -> None:
    table = tc29.tabel_tc29(c.TC29_BARIS, number="2.1", tahun=2022, tahun_renstra_akhir=2026)
    assert table.caption == (
        "Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan "
        "Pencapaian Renstra Perangkat Daerah s/d Tahun 2023"
    )
    assert table.header[0][3].text == "Target Kinerja Capaian Program (Renstra PD) Tahun 2026"
    assert [table.column_label(i) for i in (7, 9, 10)] == ["8=(7/6)", "10=(5+7+9)", "11=(10/4)"]
    found = rows(table)
    assert found[0] == [
        "1.06.04",
        "PROGRAM REHABILITASI SOSIAL",
        "Persentase PMKS tertangani",
        "100%",
        "60%",
        "80%",
        "74,25%",
        "92,81",
        "90%",
        "90%",
        "90,00",
    ]
    assert found[1][:3] == ["", "", "Jumlah panti terakreditasi"]  # under the spanned code
    assert table.rows[0].cells[0].rowspan == 2
    assert found[2] == ["1.06.04.1.01", "Rehabilitasi Sosial Dasar Anak Terlantar"] + [""] * 9
    assert found[3][7:] == ["96,67", "300 Orang", "900 Orang", "75,00"]
    assert found[4][7] == "N/A"  # target 0: N/A, never 0 % or 100 %
    assert found[5][7] == "120,00"  # 5 days planned, 4 taken: lower is better


def test_tc29_formulas_follow_the_core() -> None:
    table = tc29.tabel_tc29(c.TC29_BARIS, number="2.1", tahun=2022, tahun_renstra_akhir=2026)
    f = formulas(table)
    guard = 'IF(OR(NOT(ISNUMBER(G{r})),NOT(ISNUMBER(F{r})),F{r}=0),"N/A",G{r}/F{r}*100)'
    assert f[(0, 8)] == "=" + guard.format(r=6)
    assert (0, 10) not in f  # a percentage indicator: column 10 is the latest value
    assert f[(1, 10)] == "=SUM(E7,G7,I7)"  # cumulative, one unit: 5 + 7 + 9
    assert f[(3, 10)] == "=SUM(E9,G9,I9)"
    assert (4, 8) not in f  # N/A stays a literal
    assert (
        f[(5, 8)]
        == '=IF(OR(NOT(ISNUMBER(G11)),NOT(ISNUMBER(F11)),F11=0),"N/A",(2*F11-G11)/F11*100)'
    )
    assert table.rows[4].cells[7].formula is LITERAL
    assert table.rows[0].cells[3].kind is Kind.NUMBER
    assert table.rows[0].cells[3].unit == "%"
    assert table.is_landscape


def test_realisasi_anggaran_rolls_up_and_guards_the_percentage() -> None:
    table = anggaran.tabel_realisasi_anggaran(
        c.ANGGARAN, c.ANGGARAN_INDUK, number="2.2", tahun=2022
    )
    assert table.caption == "Tabel 2.2 Realisasi Anggaran Tahun 2022"
    found = rows(table)
    assert found[0] == ["1.06.01", "PROGRAM PENUNJANG", "173.500.000,50", "167.250.000,50", "96,40"]
    assert found[3][2:] == ["0", "0", "N/A"]
    assert found[-1] == ["JUMLAH", "", "173.500.000,50", "167.250.000,50", "96,40"]
    f = formulas(table)
    assert f[(0, 3)] == "=SUM(C8:C9)"
    assert f[(5, 3)] == "=SUM(C7,C10)"  # JUMLAH = the programs
    assert f[(1, 5)] == '=IF(OR(NOT(ISNUMBER(C8)),C8=0),"N/A",D8/C8*100)'
    assert table.rows[0].bold


def test_rfk_weights_and_ttb_refer_to_the_jumlah_row() -> None:
    table = rfk.tabel_rfk(c.RFK, c.RFK_INDUK, number="2.3", tahun=2022)
    assert table.caption == (
        "Tabel 2.3 Laporan Realisasi Fisik dan Keuangan Sumber Dana APBD per 31 Desember 2022"
    )
    found = rows(table)
    assert found[0][:5] == [
        "1",
        "Meningkatnya akuntabilitas",
        "1.06.01",
        "PROGRAM PENUNJANG",
        "Nilai SAKIP",
    ]
    assert found[2][7:9] == ["N/A", "N/A"]  # no fisik entered: fisik % and TTB N/A
    assert found[-1] == [
        "JUMLAH",
        "",
        "",
        "",
        "",
        "7.260.273.965",
        "100,00",
        "",
        "6,50",
        "6.968.484.567",
        "95,98",
        "95,98",
        "291.789.398",
    ]
    f = formulas(table)
    assert f[(1, 7)] == "=F8/F12*100"  # bobot = pagu / Σ pagu
    assert f[(1, 9)] == '=IF(NOT(ISNUMBER(H8)),"N/A",F8*H8/F12)'  # TTB fisik
    assert f[(1, 12)] == "=J8/F12*100"  # TTB keuangan, standard: realisasi / Σ pagu
    assert f[(1, 13)] == "=F8-J8"
    assert (2, 9) not in f  # N/A is a literal, never a SUM of nothing
    assert f[(0, 9)] == "=SUM(I8:I9)"
    assert f[(5, 7)] == "=SUM(G7,G10)"
    assert table.rows[2].cells[8].formula is LITERAL


def test_tc30_lays_out_the_years_of_the_plan() -> None:
    table = tc30.tabel_tc30(c.TC30, number="2.4")
    assert [h.text for h in table.header[1]] == [
        f"Tahun {y}" for y in (2022, 2023, 2024, 2025, 2022, 2023, 2024, 2025)
    ]
    found = rows(table)
    assert found[0] == [
        "1",
        "Persentase PPKS yang memperoleh bantuan sosial",
        "100%",
        "80%",
        "85%",
        "90%",
        "95%",
        "76%",
        "-",
        "90%",
        "95%",
        "Capaian 2022: 95,00%.",
    ]
    assert found[1][:3] == ["2", "Nilai SAKIP", "-"]


def test_spm_blocks_components_items_and_index() -> None:
    table = spm.tabel_spm(c.SPM_JENIS, c.SPM.indeks, c.SPM.kategori, number="2.5", tahun=2022)
    found = rows(table)
    assert found[0] == [
        "1",
        "Rehabilitasi sosial dasar penyandang disabilitas terlantar",
        "",
        "",
        "",
        "76,00",
    ]
    assert found[1][1:] == [
        "Persentase pencapaian penerima layanan dasar (80%)",
        "40",
        "30",
        "10",
        "60,00",
    ]
    assert found[3][1:] == ["• Permakanan", "40 Orang", "30 Orang", "10 Orang", "75,00"]
    incomplete = found.index(
        ["3", "Rehabilitasi sosial dasar lanjut usia terlantar", "", "", "", "N/A"]
    )
    assert found[incomplete + 1][1] == "Data belum lengkap: jumlah terlayani belum diisi."
    assert found[-2] == ["INDEKS PENCAPAIAN SPM", "", "", "", "", "88,00"]
    f = formulas(table)
    assert f[(1, 5)] == '=IF(OR(NOT(ISNUMBER(C8)),NOT(ISNUMBER(D8))),"N/A",C8-D8)'
    assert f[(3, 6)] == '=IF(OR(NOT(ISNUMBER(D10)),NOT(ISNUMBER(C10)),C10=0),"N/A",D10/C10*100)'
    assert (0, 6) not in f  # the components and the index are the core's values


def test_population_by_year_keeps_na() -> None:
    table = populasi.tabel_populasi("PPKS", c.POPULASI_TAHUN, c.POPULASI, number="2.6")
    assert table.caption == "Tabel 2.6 Populasi PPKS Tahun 2021–2022"
    assert rows(table) == [
        ["1", "Anak Terlantar (Jiwa)", "120", "130"],
        ["2", "Fakir Miskin (KK)", "N/A", "N/A"],
    ]
    assert table.rows[0].cells[2].value == D(120)
