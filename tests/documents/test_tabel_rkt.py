"""Table builders of the RKT: capaian kinerja with kategori, IKU capaian with predikat and the
mean row, IKU with formulasi, Perjanjian Kinerja, rencana aksi, staff tables, anggaran."""

from __future__ import annotations

from renjana.documents.tabel import alokasi, iku, profil
from tests.documents import tabel_contoh as c
from tests.documents.baca_tabel import formulas, rows


def test_capaian_kinerja_rated_on_the_scale() -> None:
    table = iku.tabel_capaian_kinerja(c.TC29_BARIS, c.SKALA, number="2.1", tahun=2022)
    found = rows(table)
    assert found[0] == [
        "1.06.04",
        "PROGRAM REHABILITASI SOSIAL",
        "Persentase PMKS tertangani",
        "80%",
        "74,25%",
        "92,81",
        "Sangat Tinggi",
    ]
    assert found[3][5:] == ["N/A", ""]
    assert len(found) == 5  # the structure row without an indicator is left out
    f = formulas(table)
    assert f[(0, 6)] == '=IF(OR(NOT(ISNUMBER(E6)),NOT(ISNUMBER(D6)),D6=0),"N/A",E6/D6*100)'


def test_capaian_iku_with_predikat_and_the_mean_row() -> None:
    table = iku.tabel_capaian_iku(c.IKU, number="2.2", tahun=2023)
    found = rows(table)
    assert found[0] == [
        "1",
        "Meningkatnya kualitas hidup PPKS",
        "Persentase PPKS dibantu",
        "70%",
        "88,04%",
        "125,77",
        "Sangat Tinggi",
    ]
    assert found[1][:2] == ["2", ""]  # the sasaran spans its indicators
    assert table.rows[0].cells[1].rowspan == 2
    assert found[2][4:6] == ["-", "N/A"]
    assert found[-1] == ["Rata-rata Capaian Kinerja", "", "", "", "", "113,59", "Sangat Tinggi"]
    assert formulas(table)[(3, 6)] == (
        '=IF(OR(NOT(ISNUMBER(E9)),NOT(ISNUMBER(D9)),D9=0),"N/A",(2*D9-E9)/D9*100)'
    )


def test_iku_perjanjian_and_rencana_aksi() -> None:
    assert rows(iku.tabel_iku(c.INDIKATOR, number="2.3", tahun=2023))[0] == [
        "1",
        "Meningkatnya kualitas hidup PPKS",
        "Persentase PPKS dibantu",
        "70%",
        "(Jumlah PPKS dibantu / Jumlah PPKS) × 100%",
    ]
    pk = iku.tabel_perjanjian(c.INDIKATOR, number="3.1", tahun=2024)
    assert pk.caption == "Tabel 3.1 Perjanjian Kinerja Tahun 2024"
    assert rows(pk)[2] == ["3", "Tata kelola", "Nilai SAKIP", "62 Poin"]
    aksi = iku.tabel_rencana_aksi(c.INDIKATOR, number="3.2", tahun=2024)
    assert [h.text for h in aksi.header[1]] == ["TW I", "TW II", "TW III", "TW IV"]
    assert rows(aksi)[0][3:] == ["70%", "20%", "40%", "60%", "70%"]
    assert rows(aksi)[1][3:] == ["1.000 KPM", "-", "-", "-", "-"]


def test_staff_tables_sum_in_the_workbook() -> None:
    table = profil.tabel_pendidikan(c.PENDIDIKAN, number="1.2", tahun=2023)
    assert table.caption == "Tabel 1.2 Jumlah ASN Menurut Tingkat Pendidikan Tahun 2023"
    assert rows(table)[2] == ["3", "Sarjana (S1)", "20", "25", "45"]
    assert rows(table)[-1] == ["JUMLAH", "", "23", "27", "50"]
    f = formulas(table)
    assert f[(2, 5)] == "=C8+D8"
    assert f[(7, 3)] == "=SUM(C6:C12)"
    gol = profil.tabel_golongan(c.GOLONGAN, number="1.4", tahun=2023)
    found = rows(gol)
    assert found[6] == ["2", "Golongan III", "6", "8", "14"]
    assert found[-1] == ["TOTAL", "", "8", "9", "17"]
    g = formulas(gol)
    assert g[(6, 5)] == "=SUM(E13:E16)"  # a subtotal = its ruang rows
    assert g[(len(found) - 1, 5)] == "=SUM(E6,E12,E17,E22)"


def test_susunan_organisasi_indents_units() -> None:
    table = profil.tabel_susunan(
        [(0, "Kepala Dinas"), (1, "Sekretariat"), (2, "Subbag Umum")],
        nama_opd="Dinas Sosial",
        number="1.1",
    )
    assert table.caption == "Tabel 1.1 Susunan Organisasi Dinas Sosial"
    assert [r.indent for r in table.rows] == [0, 1, 2]
    assert rows(table)[2] == ["3", "Subbag Umum"]


def test_anggaran_per_program() -> None:
    table = alokasi.tabel_anggaran_program(c.PROGRAM, c.PROGRAM_TOTAL, number="3.3", tahun=2024)
    assert rows(table)[-1] == ["JUMLAH", "", "6.736.773.965", ""]
    assert formulas(table)[(2, 3)] == "=SUM(C6:C7)"
