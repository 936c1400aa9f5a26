"""The transcribed Sulawesi Barat population (sulbar_populasi.yaml) against seed 003.

Expected values are typed from the document (Tabel 2.2 lines 211–236, Tabel 2.3 lines
250–267), never taken from the file under test.
"""

from __future__ import annotations

import re
from decimal import Decimal

from renjana.reference import load_ppks, load_psks
from renjana.sample.rows import read_sample

DATA = read_sample("sulbar_populasi.yaml")
#: Tabel 2.2 rows printed "N/A".
NA_PRINTED = {4, 12, 13, 14, 16, 18, 19, 23, 25}


def test_ppks_rows_follow_the_printed_table() -> None:
    rows = DATA["ppks"]["baris"]
    assert [r["nomor"] for r in rows] == list(range(1, 27))
    assert [r["baris"] for r in rows] == list(range(211, 237))
    assert {r["nomor"] for r in rows if r["populasi"] == "N/A"} == NA_PRINTED
    counts = {r["nomor"]: Decimal(r["populasi"]) for r in rows if r["populasi"] != "N/A"}
    assert counts[2] == Decimal(2031)
    assert counts[21] == Decimal(92716)
    assert counts[24] == Decimal(165990)
    assert sum(counts.values()) == Decimal(117270) + Decimal(166971)
    assert all(re.fullmatch(r"\d+", r["populasi"]) for r in rows if r["populasi"] != "N/A")


def test_printed_names_and_units_match_the_reference_kinds() -> None:
    ppks = load_ppks()
    for row in DATA["ppks"]["baris"]:
        name = re.sub(r"\([^)]*\)", "", row["dicetak"]).strip()  # "(jiwa )", "(BWBLP)"
        found = ppks.find(name)
        assert found is not None, row["dicetak"]
        assert found.nomor == row["nomor"]
        if row["satuan_dicetak"] is not None:
            assert row["satuan_dicetak"] == found.satuan
    assert [r["nomor"] for r in DATA["ppks"]["baris"] if r["satuan_dicetak"] is None] == [3, 7]


def test_psks_rows_and_the_lks_sub_rows() -> None:
    rows = DATA["psks"]["baris"]
    assert DATA["psks"]["tahun"] == 2021
    assert [r["baris"] for r in rows] == list(range(250, 268))
    codes = {str(j.nomor) for j in load_psks()}
    codes |= {f"4.{i}" for i in range(1, 7)}
    assert {r["kode"] for r in rows} <= codes
    lks = [Decimal(r["populasi"]) for r in rows if r["kode"].startswith("4.")]
    assert lks == [Decimal(n) for n in (2, 34, 16, 7, 2, 19)]
    assert next(r for r in rows if r["kode"] == "4")["populasi"] is None  # printed blank
    assert next(r for r in rows if r["kode"] == "10")["populasi"] == "45"
