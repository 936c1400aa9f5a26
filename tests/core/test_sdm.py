"""Staff tables: every JUMLAH computed, and the seed 002 errors found in a printed table."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.problems import Location
from renjana.core.sdm import (
    GOLONGAN,
    SDM_JUMLAH_BARIS,
    SDM_JUMLAH_KOLOM,
    SDM_JUMLAH_TIDAK_SAH,
    Jenjang,
    StatusPegawai,
    check_jumlah_baris,
    check_jumlah_kolom,
    check_jumlah_pegawai,
    kelompok_golongan,
    tabel_golongan,
    tabel_pendidikan,
)

# Seed 002 Tabel 1.3 (PHL by pendidikan, lines 175-184): L and P per row, printed JUMLAH row.
PHL_002 = {
    Jenjang.S2: (1, 2),
    Jenjang.S1: (15, 18),
    Jenjang.D3: (4, 5),
    Jenjang.SLTA: (15, 11),
}


def test_pendidikan_table_computes_row_and_column_totals() -> None:
    tabel = tabel_pendidikan(StatusPegawai.PHL, PHL_002)
    assert [b.label for b in tabel.baris] == [
        "Doktor (S3)",
        "Pascasarjana (S2)",
        "Sarjana (S1)",
        "Diploma III (D3)",
        "SLTA/SMA/MA",
        "SLTP/SMP",
        "SD",
    ]
    assert [b.jumlah for b in tabel.baris] == [0, 3, 33, 9, 26, 0, 0]
    # The printed JUMLAH row says 35 35 71; the P column adds up to 36 (S002-01).
    assert (tabel.jumlah.laki_laki, tabel.jumlah.perempuan, tabel.jumlah.jumlah) == (35, 36, 71)


def test_printed_phl_table_of_seed_002_is_reported_s002_01() -> None:
    perempuan = [None, 2, 18, 5, 11, None, None]
    problems = check_jumlah_kolom("P", perempuan, 35)
    assert [(p.code, p.found, p.expected) for p in problems] == [(SDM_JUMLAH_KOLOM, "35", "36")]
    assert problems[0].message == "Kolom P: baris JUMLAH tercetak 35, padahal jumlah kolomnya 36."
    assert check_jumlah_kolom("L", [None, 1, 15, 4, 15, None, None], 35) == []
    assert check_jumlah_baris("JUMLAH", [35, 36], 71) == []


def test_printed_golongan_row_of_seed_002_is_reported_s002_02() -> None:
    # "Golongan III/b - 1 - 4 1": STAF 4 but JUMLAH 1; the STAF column sums to 46, not 43.
    problems = check_jumlah_baris("Golongan III/b", [4], 1, Location(row=7))
    assert [(p.code, p.found, p.expected) for p in problems] == [(SDM_JUMLAH_BARIS, "1", "4")]
    assert problems[0].message == (
        "Baris Golongan III/b: JUMLAH tercetak 1, padahal jumlah rinciannya 4 = 4."
    )
    staf = [1, 6, 6, None, 12, 14, 4, None, 2, 1, None, None, None, None, None, None]
    assert check_jumlah_kolom("STAF", staf, 43)[0].expected == "46"


def test_golongan_table_groups_subtotals_and_total() -> None:
    tabel = tabel_golongan({"IV/c": (1, 0), "IV/b": (4, 2), "III/d": (5, 7), "II/d": (2, 0)})
    assert [k.golongan for k in tabel.kelompok] == ["IV", "III", "II", "I"]
    assert [len(k.baris) for k in tabel.kelompok] == [5, 4, 4, 4]
    assert [(k.subtotal.label, k.subtotal.jumlah) for k in tabel.kelompok] == [
        ("Golongan IV", 7),
        ("Golongan III", 12),
        ("Golongan II", 2),
        ("Golongan I", 0),
    ]
    assert (tabel.total.label, tabel.total.laki_laki, tabel.total.perempuan) == ("TOTAL", 12, 9)
    with pytest.raises(ValueError, match="golongan tidak dikenal"):
        tabel_golongan({"V/a": (1, 1)})
    assert kelompok_golongan("III/b") == "III"
    with pytest.raises(ValueError, match="golongan tidak dikenal"):
        kelompok_golongan("III")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            Decimal("2.5"),
            "ASN Sarjana (S1), perempuan: 2,5 tidak sah; jumlah pegawai harus "
            "bilangan bulat (jumlah orang).",
        ),
        (-1, "ASN Sarjana (S1), perempuan: -1 tidak sah; jumlah pegawai tidak boleh negatif."),
        (
            100_001,
            "ASN Sarjana (S1), perempuan: 100.001 orang terlalu besar untuk satu perangkat "
            "daerah; periksa angkanya.",
        ),
    ],
)
def test_counts_must_be_whole_non_negative_people(value: Decimal | int, message: str) -> None:
    problems = check_jumlah_pegawai(value, "ASN Sarjana (S1), perempuan", Location(field="x"))
    assert [(p.code, p.message) for p in problems] == [(SDM_JUMLAH_TIDAK_SAH, message)]
    assert check_jumlah_pegawai(Decimal("12.00"), "x", Location()) == []
    assert check_jumlah_pegawai(0, "x", Location()) == []


_counts = st.tuples(st.integers(0, 500), st.integers(0, 500))


@given(st.dictionaries(st.sampled_from(list(Jenjang)), _counts))
def test_pendidikan_total_is_sum_of_rows_and_of_columns(
    counts: dict[Jenjang, tuple[int, int]],
) -> None:
    tabel = tabel_pendidikan(StatusPegawai.ASN, counts)
    assert tabel.jumlah.jumlah == sum(b.jumlah for b in tabel.baris)
    assert tabel.jumlah.jumlah == tabel.jumlah.laki_laki + tabel.jumlah.perempuan
    assert check_jumlah_kolom("L", [b.laki_laki for b in tabel.baris], tabel.jumlah.laki_laki) == []


@given(st.dictionaries(st.sampled_from(GOLONGAN), _counts))
def test_golongan_total_is_sum_of_subtotals_and_of_every_ruang(
    counts: dict[str, tuple[int, int]],
) -> None:
    tabel = tabel_golongan(counts)
    assert tabel.total.jumlah == sum(k.subtotal.jumlah for k in tabel.kelompok)
    assert tabel.total.jumlah == sum(a + b for a, b in counts.values())
    for kelompok in tabel.kelompok:
        assert kelompok.subtotal.laki_laki == sum(b.laki_laki for b in kelompok.baris)
