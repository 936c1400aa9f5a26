"""Finding the table by its header text: position, synonyms, split codes, two-row headers."""

from __future__ import annotations

import pytest

from renjana.importers.tabular.columns import find_header, title_key
from renjana.importers.tabular.locate import JUDUL_KOLOM_TIDAK_DITEMUKAN, locate
from renjana.importers.tabular.renja_columns import renja_kolom
from tests.importers.tabular.builders import workbook, xlsx


def header_of(rows: list[list[object]], **kwargs: object):  # type: ignore[no-untyped-def]
    sheet = workbook(xlsx({"Renja": rows}, **kwargs)).sheets[0]  # type: ignore[arg-type]
    return find_header(sheet, renja_kolom(2025))


def test_title_keys_ignore_case_spaces_and_units() -> None:
    assert title_key("Pagu Indikatif (Rp)") == "paguindikatif"
    assert title_key("  Kode\nRekening ") == "koderekening"
    assert title_key("Realisasi Fisik (%)") == "realisasifisik"


def test_header_below_title_rows_anywhere_in_the_first_twenty_rows() -> None:
    rows: list[list[object]] = [
        ["RENCANA KERJA DINAS SOSIAL KOTA TARAKAN"],
        ["TAHUN 2025"],
        [],
        ["Unit Organisasi : 1.06.0.00.0.00.07.0000 Dinas Sosial"],
        ["Kode", "Uraian", "Pagu"],
        ["1.06.04", "PROGRAM", 1],
    ]
    header = header_of(rows)
    assert header is not None
    assert header.row == 4
    assert header.data_start == 5
    assert {k: f.letter for k, f in header.columns.items()} == {
        "kode": "A", "nama": "B", "pagu": "C",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Kode Rekening", "Nama Sub Kegiatan", "Anggaran"], {"kode": 0, "nama": 1, "pagu": 2}),
        (["Kode Sub Kegiatan", "Nomenklatur", "Nilai"], {"kode": 0, "nama": 1, "pagu": 2}),
        (["No. Rekening", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
          "Pagu Indikatif (Rp)", "Kebutuhan Dana N+1"], {"kode": 0, "nama": 1, "pagu": 2,
                                                         "pagu_n1": 3}),
        (["KODE", "PROGRAM/KEGIATAN/SUB KEGIATAN", "INDIKATOR KINERJA", "TARGET", "SATUAN",
          "SUMBER DANA", "LOKASI"], {"kode": 0, "nama": 1, "indikator": 2, "target": 3,
                                     "satuan": 4, "sumber_dana": 5, "lokasi": 6}),
        (["Kode", "Nama", "Target 2025", "Target 2026", "Pagu 2025", "Pagu 2026"],
         {"kode": 0, "nama": 1, "target": 2, "target_n1": 3, "pagu": 4, "pagu_n1": 5}),
    ],
)  # fmt: skip
def test_synonyms(titles: list[str], expected: dict[str, int]) -> None:
    header = header_of([titles, ["1.06.04", "X"]])
    assert header is not None
    assert {k: f.index for k, f in header.columns.items()} == expected


def test_split_code_columns_are_one_code_column() -> None:
    rows: list[list[object]] = [
        ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Uraian", "Pagu"],
        ["1", "06", "04", "2.01", "0001", "Penyediaan Permakanan", 1],
    ]
    header = header_of(rows)
    assert header is not None
    kode = header.columns["kode"]
    assert kode.span == (0, 1, 2, 3, 4)
    assert kode.letter == "A:E"
    assert header.columns["nama"].index == 5


def test_columns_titled_program_kegiatan_holding_names_are_not_a_split_code() -> None:
    rows: list[list[object]] = [
        ["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Pagu"],
        ["1.06.04.2.01.0001", "Rehabilitasi Sosial", "Rehabilitasi Dasar", "Permakanan", 1],
    ]
    header = header_of(rows)
    assert header is not None
    assert header.columns["kode"].span == (0,)
    assert header.columns["nama"].span == (1, 2, 3)


def test_kode_merged_over_five_cells_spans_them() -> None:
    rows: list[list[object]] = [
        ["Kode", None, None, None, None, "Program/Kegiatan/Sub Kegiatan", "Pagu"],
        [1, 6, 4, "2.01", "0001", "Penyediaan Permakanan", 1],
    ]
    header = header_of(rows, merges=[("Renja", 0, 0, 0, 4, "Kode")])
    assert header is not None
    assert header.columns["kode"].span == (0, 1, 2, 3, 4)


def test_sipd_two_row_header_tells_the_two_targets_apart() -> None:
    top = [
        "Kode",
        "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
        "Indikator",
        "Rencana Tahun 2025",
        None,
        None,
        None,
        "Prakiraan Maju Rencana Tahun 2026",
        None,
    ]
    bottom = [None, None, None, "Lokasi", "Target", "Pagu Indikatif", "Sumber Dana", "Target",
              "Pagu Indikatif"]  # fmt: skip
    numbers = [str(n) for n in range(1, 10)]
    merges = [
        ("Renja", 0, 0, 1, 0, "Kode"),
        ("Renja", 0, 1, 1, 1, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"),
        ("Renja", 0, 2, 1, 2, "Indikator"),
        ("Renja", 0, 3, 0, 6, "Rencana Tahun 2025"),
        ("Renja", 0, 7, 0, 8, "Prakiraan Maju Rencana Tahun 2026"),
    ]
    header = header_of([top, bottom, numbers, ["1.06.04", "X"]], merges=merges)
    assert header is not None
    assert header.row == 1
    assert header.data_start == 3  # the column-number row 1 2 3 … is skipped
    assert {k: f.index for k, f in header.columns.items()} == {
        "kode": 0, "nama": 1, "indikator": 2, "lokasi": 3, "target": 4, "pagu": 5,
        "sumber_dana": 6, "target_n1": 7, "pagu_n1": 8,
    }  # fmt: skip
    assert header.columns["pagu_n1"].label == "Prakiraan Maju Rencana Tahun 2026 Pagu Indikatif"


def test_numbered_indicator_columns() -> None:
    titles = ["Kode", "Nama", "Indikator", "Target", "Indikator 2", "Satuan 2", "Target 2",
              "Target N+1 2"]  # fmt: skip
    header = header_of([titles, ["1.06.04", "X"]])
    assert header is not None
    assert header.columns["indikator"].index == 2
    assert {k: {n: f.index for n, f in v.items()} for k, v in header.repeated.items()} == {
        "indikator_ke": {2: 4}, "satuan_ke": {2: 5}, "target_ke": {2: 6}, "target_n1_ke": {2: 7},
    }  # fmt: skip


def test_a_data_row_is_never_taken_for_the_header() -> None:
    rows: list[list[object]] = [
        ["Kode", "Nama", "Indikator", "Satuan", "Keterangan tambahan"],
        [None, None, "Target indikator tercapai", "Orang", "Indikator lain"],
        ["1.06.04", "Program", "Persentase", "%", ""],
    ]
    header = header_of(rows)
    assert header is not None
    assert header.row == 0


def test_missing_required_column_is_one_problem_naming_what_is_needed() -> None:
    book = workbook(xlsx({"Renja": [["Uraian", "Pagu"], ["Program", 1]]}))
    located, problems = locate(book, renja_kolom(2025), "Renja", "Renja")
    assert located is None
    assert [p.code for p in problems] == [JUDUL_KOLOM_TIDAK_DITEMUKAN]
    assert "'Kode'" in problems[0].message
    assert "'Renja'" in problems[0].message


def test_the_sheet_named_like_the_kind_wins_and_petunjuk_is_never_read() -> None:
    data = xlsx(
        {
            "Petunjuk": [["Kode", "Nama"], ["1.06.04", "contoh"]],
            "Lain": [["Kode", "Nama"], ["1.06.05", "lain"]],
            "Renja": [["Kode", "Nama"], ["1.06.04", "ini"]],
        }
    )
    located, _ = locate(workbook(data), renja_kolom(2025), "Renja", "Renja")
    assert located is not None
    assert located.sheet.name == "Renja"


def test_separate_name_columns_are_one_name_column() -> None:
    from renjana.core.kode import Tingkat
    from renjana.importers.tabular.renja import read_renja

    rows: list[list[object]] = [
        ["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Pagu"],
        ["1.06.04", "Rehabilitasi Sosial", None, None, None],
        ["1.06.04.2.01", None, "Rehabilitasi Dasar", None, None],
        ["1.06.04.2.01.0001", None, None, "Permakanan", 1000],
    ]
    book = workbook(xlsx({"Renja": rows}))
    header = find_header(book.sheets[0], renja_kolom(2025))
    assert header is not None
    assert header.columns["kode"].span == (0,)
    assert header.columns["nama"].span == (1, 2, 3)
    read = read_renja(book, tahun=2025, tingkat=Tingkat.KABKOTA)
    assert [r.nama for r in read.rows] == [
        "Rehabilitasi Sosial",
        "Rehabilitasi Dasar",
        "Permakanan",
    ]


def test_the_17_column_sipd_renja_table() -> None:
    """domain.md §2.H as SIPD prints it: code split over five cells, two header rows."""
    top = ["No", "Kode", None, None, None, None,
           "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
           "Indikator Program/Kegiatan/Sub Kegiatan", "Target Akhir Periode Renstra OPD",
           "Realisasi Capaian Renja OPD Tahun 2023",
           "Prakiraan Capaian Target Renja OPD Tahun 2024",
           "Capaian Kinerja dan Kerangka Pendanaan", None, None, None, None, None,
           "Kelompok Sasaran", "Prakiraan Maju Rencana Tahun 2026", None,
           "Perangkat Daerah Penanggung Jawab"]  # fmt: skip
    bottom = [None] * 11 + ["Target", "Pagu Indikatif (Rp)", "Lokasi", "Sumber Dana",
                            "Prioritas Nasional", "Prioritas Daerah", None, "Target",
                            "Pagu Indikatif (Rp)", None]  # fmt: skip
    data = [1, "1", "06", "04", "2.01", "0001", "Penyediaan Permakanan", "Jumlah orang",
            "300 Orang", "250 Orang", "280 Orang", "312 Orang", 70_000_000, "Kota Tarakan",
            "DAU", "PN 3", "Kemiskinan", "Lansia", "320 Orang", 75_000_000,
            "Dinas Sosial"]  # fmt: skip
    merges = [("Renja", 0, 1, 1, 5, "Kode"), ("Renja", 0, 11, 0, 16,
              "Capaian Kinerja dan Kerangka Pendanaan"),
              ("Renja", 0, 18, 0, 19, "Prakiraan Maju Rencana Tahun 2026")]  # fmt: skip
    merges += [("Renja", 0, c, 1, c, top[c]) for c in (0, 6, 7, 8, 9, 10, 17, 20)]  # type: ignore[misc]
    header = header_of([top, bottom, data], merges=merges)
    assert header is not None
    assert header.row == 1
    assert {k: f.span for k, f in header.columns.items()} == {
        "kode": (1, 2, 3, 4, 5), "nama": (6,), "indikator": (7,), "target": (11,),
        "pagu": (12,), "lokasi": (13,), "sumber_dana": (14,), "prioritas_nasional": (15,),
        "prioritas_daerah": (16,), "kelompok_sasaran": (17,), "target_n1": (18,),
        "pagu_n1": (19,),
    }  # fmt: skip
