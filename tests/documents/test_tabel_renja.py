"""Table builders of BAB II 2.3–2.5, BAB III and BAB IV: isu penting, T-C.31, T-C.32, Forum PD
agreements, priority links, tujuan dan sasaran, T-C.33 and the 17-column table."""

from __future__ import annotations

from renjana.documents.tabel import isu, prioritas, renja17, review, tc33, tujuan, usulan
from tests.documents import tabel_contoh as c
from tests.documents.baca_tabel import formulas, rows


def test_isu_penting_is_a_numbered_list() -> None:
    table = isu.tabel_isu(
        ["Data PPKS belum mutakhir", "Panti kurang SDM"], number="2.7", tahun=2024
    )
    assert rows(table) == [["1", "Data PPKS belum mutakhir"], ["2", "Panti kurang SDM"]]
    assert not table.column_numbers


def test_review_puts_both_halves_side_by_side_and_sums_each_side() -> None:
    table = review.tabel_review(c.REVIEW, number="2.8", tahun=2024)
    assert table.caption == "Tabel 2.8 Review terhadap Rancangan Awal RKPD Tahun 2024"
    found = rows(table)
    assert found[3] == [
        "1.06.04.2.01",
        "Rehabilitasi Anak",
        "Anak",
        "20 Orang",
        "75.000.000",
        "Rehabilitasi Anak",
        "Anak",
        "25 Orang",
        "70.000.000",
        "Target berbeda; Pagu berbeda",
    ]
    assert found[5][5:] == [
        "",
        "",
        "",
        "",
        "Digabung ke Permakanan; Hanya ada di Rancangan Awal RKPD",
    ]
    assert found[-1] == ["J U M L A H", "", "", "", "75.000.000", "", "", "", "70.000.000", ""]
    f = formulas(table)
    assert f[(3, 5)] == "=SUM(E11:E13)"  # a blank side (0003 is only in the Renja) adds nothing
    assert f[(3, 9)] == "=SUM(I11:I13)"
    assert f[(7, 5)] == "=SUM(E7)"  # J U M L A H = the urusan


def test_usulan_grouped_by_kecamatan_with_decisions() -> None:
    table = usulan.tabel_usulan(
        c.USULAN, {"1.06.04.2.01.0001": "Permakanan"}, number="2.9", tahun=2024
    )
    found = rows(table)
    assert found[0][0] == "Kecamatan Tarakan Barat"
    assert found[1] == [
        "1",
        "Bantuan kursi roda\n(Musrenbang Kecamatan, Warga)",
        "RT. 43 Kelurahan Karang Anyar",
        "5 Unit",
        "15.000.000",
        "1.06.04.2.01.0001 Permakanan",
        "15.000.000",
        "Diakomodir",
    ]
    assert found[2][-1] == "Tidak diakomodir: Bukan kewenangan"
    assert found[3][0] == "Tanpa kecamatan"
    assert found[-1][4:7] == ["215.000.000", "", "25.000.000"]
    assert formulas(table)[(5, 5)] == "=SUM(E6,E9)"


def test_kesepakatan_says_how_the_renja_carries_each_target() -> None:
    table = usulan.tabel_kesepakatan(c.KESEPAKATAN, number="2.10", tahun=2024)
    assert rows(table) == [
        [
            "1",
            "Persentase PMKS tertangani",
            "100%",
            "80%",
            "Dipertahankan",
            "1.06.04",
            "PMKS tertangani: 85%",
            "Sesuai",
        ],
        ["2", "Jumlah kabupaten", "-", "6 Kabupaten", "", "", "", "Belum dikaitkan ke Renja"],
    ]


def test_prioritas_links_the_sub_kegiatan_to_the_priorities() -> None:
    table = prioritas.tabel_prioritas(c.KETERKAITAN, number="3.1", tahun=2024)
    assert rows(table) == [
        [
            "1",
            "PN 3",
            "PN 3 Meningkatkan SDM",
            "",
            "1. Penanganan Kemiskinan",
            "1.06 - URUSAN SOSIAL",
            "1.06.04 - PROGRAM REHABILITASI SOSIAL",
            "1.06.04.2.01 - Rehabilitasi Anak",
            "1.06.04.2.01.0001 - Permakanan",
            "50.000.000",
        ]
    ]


def test_tujuan_spans_its_sasaran() -> None:
    table = tujuan.tabel_tujuan(c.TUJUAN, number="3.2", tahun=2024)
    assert [h.text for h in table.header[0]][-1] == "Target Tahun 2024"
    assert rows(table) == [
        [
            "Meningkatnya kesejahteraan sosial",
            "Indeks kesejahteraan",
            "PPKS terlayani",
            "Persentase PPKS terlayani\nJumlah PSKS aktif",
            "70%\n10 Lembaga",
            "80%\n12 Lembaga",
        ],
        ["", "", "Korban bencana tertangani", "", "", ""],
    ]
    assert table.rows[0].cells[0].rowspan == 2


def test_tc33_office_row_and_rollups() -> None:
    table = tc33.tabel_tc33(c.TREE, c.ROWS, opd="Dinas Sosial", number="3.3", tahun=2024)
    found = rows(table)
    assert found[0] == ["", "Dinas Sosial", "", "", "", "75.000.000,50", "", "", "", "55.000.000"]
    assert found[5] == [
        "1.06.04.2.01.0001",
        "Permakanan",
        "Jumlah anak",
        "Kota Tarakan",
        "120 Orang",
        "50.000.000",
        "DAU",
        "Prioritas",
        "130 Orang",
        "55.000.000",
    ]
    assert found[3][4] == "90%\nBaik"  # two indicators, one target each
    f = formulas(table)
    assert f[(0, 6)] == "=SUM(F8)"  # the office = its urusan
    assert f[(4, 6)] == "=SUM(F12:F13)"
    assert f[(7, 6)] == "=SUM(F7)"  # J U M L A H = the office row
    assert f[(7, 10)] == "=SUM(J7)"


def test_renja17_columns_5_to_7_come_from_the_evaluation() -> None:
    table = renja17.tabel_renja17(
        c.TREE, c.ROWS, c.LALU, opd="Dinas Sosial", number="4.1", tahun=2024
    )
    assert len(table.columns) == 17
    assert table.header[0][5].text == "Realisasi Capaian Renja PD Tahun 2022"
    assert table.header[0][7].text == "Capaian Kinerja dan Kerangka Pendanaan Tahun 2024"
    found = rows(table)
    assert found[3][:8] == [
        "1",
        "1.06.04",
        "PROGRAM REHABILITASI SOSIAL",
        "Persentase PMKS tertangani\nIndeks kepuasan",
        "100%\n-",
        "74,25%\n-",
        "90%\n-",
        "90%\nBaik",
    ]
    assert found[5] == [
        "",
        "1.06.04.2.01.0001",
        "Permakanan",
        "Jumlah anak",
        "1.200 Orang",
        "290 Orang",
        "-",
        "120 Orang",
        "50.000.000",
        "Kota Tarakan",
        "DAU",
        "PN 3",
        "PD 1",
        "Anak",
        "130 Orang",
        "55.000.000",
        "Bidang Rehabilitasi Sosial",
    ]
    assert found[-1][8] == "75.000.000,50"
    assert formulas(table)[(7, 9)] == "=SUM(I8)"
    assert table.is_landscape
