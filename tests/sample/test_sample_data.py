"""Checks of the sample office files (src/renjana/sample/data/*.yaml) against the printed documents.

The files are read with PyYAML only; no project code is imported. Every expected value below was
typed from the seed documents (printed format kept, e.g. ``"8.164.580.785,00"``), never taken from
the file under test. Only the structural loops (uniqueness, parents, reference codes) iterate
over the data itself.

Sources: /work/shared/seeds/003_978f0ec680dd5c82.txt (Sulawesi Barat, Tabel 4.1 and TABEL 2.1)
and /work/shared/seeds/001_58bf08c6da99c956.txt (Kota Tarakan, Tabel 7 and Tabel 1).
"""

from __future__ import annotations

import csv
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "renjana" / "sample" / "data"
ZERO = Decimal(0)
CENT = Decimal("0.01")


# --------------------------------------------------------------------------- helpers


def idr(text: str | None) -> Decimal:
    """A Rupiah amount as printed (``1.234.567,00``, ``3,379,675,000``, ``- 649.000``).

    A blank cell (``None``) counts as 0.
    """
    if text is None:
        return ZERO
    s = text.replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{2})?", s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"-?\d{1,3}(,\d{3})*(\.\d{2})?", s):
        return Decimal(s.replace(",", ""))
    raise ValueError(text)


def pct(printed: str) -> Decimal:
    """A percentage/bobot as printed with a decimal comma (``69,38``)."""
    return Decimal(printed.replace(",", "."))


def rfk_cell(col: str, text: str) -> Decimal:
    """An RFK cell as printed: Rupiah columns with '.' thousands, the others with ',' decimals."""
    return idr(text) if col in {"pagu", "realisasi", "sisa"} else pct(text)


def dec(value: str | None) -> Decimal:
    """A value of the data file (always a string, or null for a blank cell)."""
    if value is None:
        return ZERO
    assert isinstance(value, str), f"numbers must be strings, got {value!r}"
    return Decimal(value)


def load(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def segments(kode: str) -> int:
    return len(kode.split("."))


def leaves_under(baris: list[dict[str, Any]], prefix: str | None) -> list[dict[str, Any]]:
    """Sub kegiatan rows (6 segments) under a code prefix; ``None`` = all."""
    return [
        r
        for r in baris
        if segments(r["kode"]) == 6 and (prefix is None or r["kode"].startswith(prefix + "."))
    ]


def reference_csv() -> Path:
    """The nomenclature list packaged with Renjana."""
    return REPO / "src" / "renjana" / "reference" / "data" / "nomenklatur_sosial.csv"


@pytest.fixture(scope="module")
def sulbar() -> dict[str, Any]:
    return load("sulbar.yaml")


@pytest.fixture(scope="module")
def tarakan() -> dict[str, Any]:
    return load("tarakan.yaml")


@pytest.fixture(scope="module")
def nomenklatur() -> set[tuple[str, str]]:
    with reference_csv().open(encoding="utf-8") as fh:
        return {(r["kode"], r["tingkat"]) for r in csv.DictReader(fh)}


# --------------------------------------------------------------------------- printed totals

# Seed 003, Tabel 4.1 (lines 588-780): (pagu 2024, pagu prakiraan maju) of every total row.
SULBAR_RENJA_PRINTED = {
    "OPD": ("13.867.555.785,00", "20.320.000.000,00"),  # "Dinas Sosial", line 588
    "1": ("13.867.555.785,00", "20.320.000.000,00"),
    "1.06": ("13.867.555.785,00", "20.320.000.000,00"),
    "1.06.01": ("8.164.580.785,00", "9.210.000.000,00"),
    "1.06.01.1.01": ("181.000.000,00", "296.000.000,00"),
    "1.06.01.1.02": ("6.426.320.986,00", "6.540.000.000,00"),
    "1.06.01.1.03": ("15.000.000,00", "15.000.000,00"),
    "1.06.01.1.05": ("168.000.000,00", "219.000.000,00"),
    "1.06.01.1.06": ("751.500.000,00", "1.070.000.000,00"),
    "1.06.01.1.07": ("207.759.799,00", "260.000.000,00"),
    "1.06.01.1.08": ("210.000.000,00", "210.000.000,00"),
    "1.06.01.1.09": ("205.000.000,00", "600.000.000,00"),
    "1.06.02": ("350.000.000,00", "1.500.000.000,00"),
    "1.06.02.1.01": ("50.000.000,00", "250.000.000,00"),
    "1.06.02.1.02": ("300.000.000,00", "1.250.000.000,00"),
    "1.06.04": ("2.870.850.000,00", "1.580.000.000,00"),
    "1.06.04.1.01": ("831.818.411,00", "450.000.000,00"),
    "1.06.04.1.02": ("809.000.000,00", "480.000.000,00"),
    "1.06.04.1.03": ("590.000.000,00", "480.000.000,00"),
    "1.06.04.1.04": ("240.031.589,00", "20.000.000,00"),
    "1.06.04.1.05": ("400.000.000,00", "150.000.000,00"),
    "1.06.05": ("1.560.000.000,00", "7.700.000.000,00"),
    "1.06.05.1.02": ("1.560.000.000,00", "7.700.000.000,00"),
    "1.06.06": ("752.125.000,00", "280.000.000,00"),
    "1.06.06.1.01": ("752.125.000,00", "280.000.000,00"),
    "1.06.07": ("170.000.000,00", "50.000.000,00"),
    "1.06.07.1.01": ("170.000.000,00", "50.000.000,00"),
    "JUMLAH": ("13.867.555.785,00", "20.320.000.000,00"),  # "J U M L A H", line 780
}
SULBAR_RENJA_WRONG: dict[str, dict[str, Decimal]] = {}  # every Tabel 4.1 total adds up

# Seed 001, Tabel 7 (lines 800-877): pagu 2024 of every total row; None = blank cell.
# The prakiraan maju 2025 columns (9, 10) are empty on every row of Tabel 7.
TARAKAN_RENJA_PRINTED: dict[str, str | None] = {
    "1": "4.455.445.985",
    "1.06": "4.455.445.985",
    "1.06.01": "3.926.440.000",
    "1.06.01.2.01": None,
    "1.06.01.2.02": "3.435.721.000",
    "1.06.01.2.06": "90.019.000",
    "1.06.01.2.07": "35,000,000",
    "1.06.01.2.08": "93.700.000",
    "1.06.01.2.09": "272.000.000",
    "1.06.02": "99.836.740",
    "1.06.02.2.02": None,
    "1.06.02.2.03": None,
    "1.06.04": "199.433.770",
    "1.06.04.2.01": "177.453.130",
    "1.06.04.2.02": "21.980.640",
    "1.06.05": "102.784.920",
    "1.06.05.2.02": "102.784.920",
    "1.06.06": "50,000,000",
    "1.06.06.2.01": "50,000,000",
    "1.06.07": "76.950.555",
    "1.06.07.2.01": "76.950.555",
    "2": "2.281.327.980",
    "2.13": "2.281.327.980",
    "2.13.04": "43.885.970",
    "2.13.04.2.01": "43.885.970",
    "2.13.05": "2.237.442.010",
    "2.13.05.2.01": "2.237.442.010",
    "JUMLAH": "6.736.773.965",
}
# S001-13: kegiatan 1.06.02.2.03 pagu cell blank although its sub kegiatan has 99.836.740.
TARAKAN_RENJA_WRONG = {"1.06.02.2.03": {"pagu": Decimal("-99836740")}}

# Seed 003, TABEL 2.1 RFK 2022 (lines 158-188): program and JUMLAH rows as printed:
# pagu, bobot, fisik TTB, realisasi (Rp), keuangan %, keuangan TTB, sisa pagu.
RFK_PRINTED = {
    "1.06.01": (
        "8.308.396.700", "69,38", "69,38", "8.194.053.239", "98,62", "69,50", "114.343.461"
    ),
    "1.06.05": ("2.325.647.240", "19,42", "19,42", "2.288.220.700", "98,39", "19,41", "37.426.540"),
    "1.06.04": ("408.784.480", "3,41", "3,41", "402.503.900", "98,46", "3,41", "6.280.580"),
    "1.06.03": ("81.324.600", "0,68", "0,68", "78.313.600", "96,30", "0,66", "3.011.000"),
    "1.06.06": ("257.745.500", "2,15", "2,15", "243.556.500", "94,49", "2,07", "14.189.000"),
    "1.06.02": ("398.818.340", "3,33", "3,33", "396.163.340", "99,33", "3,36", "2.655.000"),
    "1.06.07": ("194.138.000", "1,62", "1,62", "187.831.940", "96,75", "1,59", "6.306.060"),
    "JUMLAH": (
        "11.974.854.860", "100,00", "100,00", "11.790.643.219", "98,46", "100,00", "184.211.641"
    ),
}  # fmt: skip
RFK_COLUMNS = ("pagu", "bobot", "fisik_ttb", "realisasi", "keuangan_persen", "keuangan_ttb", "sisa")
RFK_SUMMED = ("pagu", "bobot", "fisik_ttb", "realisasi", "keuangan_ttb", "sisa")
# Rounding found by arithmetic: printed total minus the sum of the printed kegiatan values.
RFK_WRONG = {
    "1.06.05": {"bobot": Decimal("-0.01"), "fisik_ttb": Decimal("-0.01")},  # 19,42 vs 19,43
    "1.06.04": {"bobot": Decimal("-0.01"), "fisik_ttb": Decimal("-0.01")},  # 3,41 vs 3,42
    "JUMLAH": {"bobot": Decimal("-0.01"), "fisik_ttb": Decimal("-0.01")},  # 100,00 vs 100,01
}


# --------------------------------------------------------------------------- renja totals


def computed_total(baris: list[dict[str, Any]], kode: str, field: str) -> Decimal:
    prefix = None if kode in {"OPD", "JUMLAH"} else kode
    return sum((dec(r.get(field)) for r in leaves_under(baris, prefix)), ZERO)


def test_sulbar_renja_totals_match_print(sulbar: dict[str, Any]) -> None:
    renja = sulbar["renja"][0]
    baris = renja["baris"]
    for kode, (pagu, pagu_n1) in SULBAR_RENJA_PRINTED.items():
        wrong = SULBAR_RENJA_WRONG.get(kode, {})
        assert idr(pagu) - computed_total(baris, kode, "pagu") == wrong.get("pagu", ZERO), kode
        assert idr(pagu_n1) - computed_total(baris, kode, "pagu_n1") == wrong.get(
            "pagu_n1", ZERO
        ), kode
    assert computed_total(baris, "OPD", "pagu") == Decimal("13867555785.00")
    assert computed_total(baris, "OPD", "pagu_n1") == Decimal("20320000000.00")


def test_sulbar_renja_dicetak_is_the_print(sulbar: dict[str, Any]) -> None:
    dicetak = sulbar["renja"][0]["dicetak"]
    assert [e["kode"] for e in dicetak] == list(SULBAR_RENJA_PRINTED)
    for e in dicetak:
        pagu, pagu_n1 = SULBAR_RENJA_PRINTED[e["kode"]]
        assert dec(e["pagu"]) == idr(pagu), e["kode"]
        assert dec(e["pagu_n1"]) == idr(pagu_n1), e["kode"]
        assert "salah_cetak" not in e, e["kode"]


def test_tarakan_renja_totals_match_print(tarakan: dict[str, Any]) -> None:
    baris = tarakan["renja"][0]["baris"]
    for kode, printed in TARAKAN_RENJA_PRINTED.items():
        wrong = TARAKAN_RENJA_WRONG.get(kode, {})
        diff = idr(printed) - computed_total(baris, kode, "pagu")
        assert diff == wrong.get("pagu", ZERO), kode
    assert computed_total(baris, "JUMLAH", "pagu") == Decimal("6736773965")
    # Prakiraan maju 2025 is not printed in Tabel 7.
    assert all(r.get("pagu_n1") is None for r in leaves_under(baris, None))


def test_tarakan_renja_dicetak_is_the_print(tarakan: dict[str, Any]) -> None:
    dicetak = tarakan["renja"][0]["dicetak"]
    assert [e["kode"] for e in dicetak] == list(TARAKAN_RENJA_PRINTED)
    for e in dicetak:
        printed = TARAKAN_RENJA_PRINTED[e["kode"]]
        assert (e["pagu"] is None) == (printed is None), e["kode"]
        assert dec(e["pagu"]) == idr(printed), e["kode"]
        assert e["pagu_n1"] is None
        marked = {k: Decimal(v) for k, v in (e.get("selisih") or {}).items()}
        assert marked == TARAKAN_RENJA_WRONG.get(e["kode"], {}), e["kode"]
        assert ("salah_cetak" in e) == (e["kode"] in TARAKAN_RENJA_WRONG), e["kode"]


def test_tarakan_s001_10_missing_row_restored(tarakan: dict[str, Any]) -> None:
    """Tabel 7 omits 1.06.04.2.01.0012 (10 Orang, 9.810.000) but its kegiatan total includes it."""
    baris = tarakan["renja"][0]["baris"]
    kegiatan = leaves_under(baris, "1.06.04.2.01")
    printed_rows = [r for r in kegiatan if r["kode"] != "1.06.04.2.01.0012"]
    assert sum((dec(r["pagu"]) for r in printed_rows), ZERO) == idr("167.643.130")
    (rujukan,) = [r for r in kegiatan if r["kode"] == "1.06.04.2.01.0012"]
    assert dec(rujukan["pagu"]) == idr("9.810.000,00")
    assert rujukan["indikator"][0]["target"] == "10"
    assert rujukan["indikator"][0]["satuan"] == "Orang"
    assert rujukan["lokasi"] == []
    assert rujukan["sumber_dana"] == []


# --------------------------------------------------------------------------- renja structure


@pytest.mark.parametrize(
    ("name", "rows", "programs", "kegiatan", "leaves"),
    [("sulbar.yaml", 83, 6, 18, 59), ("tarakan.yaml", 58, 8, 15, 35)],
)
def test_renja_row_counts(name: str, rows: int, programs: int, kegiatan: int, leaves: int) -> None:
    baris = load(name)["renja"][0]["baris"]
    assert len(baris) == rows
    assert sum(1 for r in baris if segments(r["kode"]) == 3) == programs
    assert sum(1 for r in baris if segments(r["kode"]) == 5) == kegiatan
    assert sum(1 for r in baris if segments(r["kode"]) == 6) == leaves


@pytest.mark.parametrize("name", ["sulbar.yaml", "tarakan.yaml"])
def test_renja_structure(name: str) -> None:
    data = load(name)
    level = "1" if data["pemda"]["tingkat"] == "provinsi" else "2"
    for renja in data["renja"]:
        baris = renja["baris"]
        kodes = [r["kode"] for r in baris]
        assert len(kodes) == len(set(kodes)), "codes must be unique per renja"
        seen: set[str] = set()
        for r in baris:
            k = r["kode"]
            assert re.fullmatch(r"\d\.\d{2}\.\d{2}(\.\d\.\d{2}(\.\d{4})?)?", k), k
            parts = k.split(".")
            if len(parts) >= 5:
                assert parts[3] == level, f"{k}: level digit"
                assert ".".join(parts[:3]) in seen, f"{k}: program row missing or after it"
            if len(parts) == 6:
                assert ".".join(parts[:5]) in seen, f"{k}: kegiatan row missing or after it"
                assert isinstance(r["pagu"], str | type(None)), k
                assert "pagu_n1" in r, k
            else:
                assert "pagu" not in r, f"{k}: parents carry no pagu"
                assert "pagu_n1" not in r, f"{k}: parents carry no pagu_n1"
            seen.add(k)
            assert r["indikator"], f"{k}: at least one indicator entry"
            for i in r["indikator"]:
                assert set(i) == {"uraian", "target", "satuan", "target_n1", "satuan_n1"}, k
                assert i["target"] is None or isinstance(i["target"], str), k
            assert isinstance(r["lokasi"], list), k


@pytest.mark.parametrize("name", ["sulbar.yaml", "tarakan.yaml"])
def test_sumber_dana_adds_up_to_pagu(name: str) -> None:
    for renja in load(name)["renja"]:
        for r in leaves_under(renja["baris"], None):
            if r["sumber_dana"]:
                total = sum((dec(s["jumlah"]) for s in r["sumber_dana"]), ZERO)
                assert total == dec(r["pagu"]), r["kode"]


def test_sumber_dana_names(sulbar: dict[str, Any], tarakan: dict[str, Any]) -> None:
    for r in leaves_under(sulbar["renja"][0]["baris"], None):
        assert r["sumber_dana"] == [
            {
                "nama": "DANA TRANSFER UMUM-DANA ALOKASI UMUM",
                "kode": "1.2.01.01.02",
                "jumlah": r["pagu"],
            }
        ], r["kode"]
    # S001-15: "APBD" is printed only for the first four funded sub kegiatan of Tabel 7.
    with_apbd = [
        r["kode"] for r in leaves_under(tarakan["renja"][0]["baris"], None) if r["sumber_dana"]
    ]
    assert with_apbd == [
        "1.06.01.2.02.0001",
        "1.06.01.2.02.0002",
        "1.06.01.2.06.0001",
        "1.06.01.2.06.0004",
    ]


def test_codes_in_reference(
    sulbar: dict[str, Any], tarakan: dict[str, Any], nomenklatur: set[tuple[str, str]]
) -> None:
    def known(kode: str, tingkat: str) -> bool:
        return (kode, tingkat) in nomenklatur or (kode, "semua") in nomenklatur

    sulbar_codes = [r["kode"] for r in sulbar["renja"][0]["baris"]]
    sulbar_codes += [r["kode"] for r in sulbar["rfk"][0]["baris"]]
    for kode in sulbar_codes:
        assert known(kode, "provinsi"), kode
    tarakan_codes = [r["kode"] for r in tarakan["renja"][0]["baris"]]
    tarakan_codes += [r["kode"] for r in tarakan["evaluasi_tc29"]["baris"]]
    for kode in tarakan_codes:
        if kode.startswith("2.13"):
            continue  # urusan PMD: outside the 1.06 reference list
        assert known(kode, "kabkota"), kode


def test_sulbar_spot_values(sulbar: dict[str, Any]) -> None:
    """A few rows typed from Tabel 4.1, including the concatenated and split cells."""
    rows = {r["kode"]: r for r in sulbar["renja"][0]["baris"]}
    program = rows["1.06.01"]
    assert [(i["target"], i["satuan"]) for i in program["indikator"]] == [
        ("70", "Poin"),
        ("66.50", "Poin"),
        ("85", "Poin"),
        ("80", "Poin"),
    ]
    gaji = rows["1.06.01.1.02.0001"]
    assert gaji["indikator"][0]["target"] == "64"
    assert gaji["indikator"][0]["satuan"] == "Orang/ Bulan"
    assert dec(gaji["pagu"]) == idr("6.399.419.236,00")
    assert dec(gaji["pagu_n1"]) == idr("6.500.000.000,00")
    tmp = rows["1.06.07.1.01.0002"]  # S003-17
    assert tmp["lokasi"] == [
        "Semua Kota/Kab, Semua Kecamatan, Semua Kel/Desa",
        "Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa",
    ]
    jasa = rows["1.06.01.1.08.0002"]  # split over lines 676 and 682
    assert jasa["lokasi"] == ["Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa"]
    assert jasa["indikator"][0]["uraian"] == (
        "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan"
    )
    for kode in ("1.06.01.1.09.0009", "1.06.02.1.02.0003", "1.06.04.1.03.0013"):  # S003-06
        assert dec(rows[kode]["pagu"]) == ZERO
        assert rows[kode]["pagu"] == "0.00"
    for kode in (
        "1.06.01.1.08.0004",
        "1.06.01.1.09.0001",
        "1.06.01.1.09.0002",
        "1.06.01.1.09.0006",
    ):
        assert rows[kode]["indikator"][0]["uraian"] is None  # S003-08
    assert rows["1.06.05.1.02.0002"]["indikator"][0]["target"] == "118000"


# --------------------------------------------------------------------------- RFK 2022


def test_rfk_leaves_sum_to_printed_totals(sulbar: dict[str, Any]) -> None:
    rfk = sulbar["rfk"][0]
    printed_rows = {e["kode"]: e for e in rfk["dicetak"]}
    leaves = [r for r in rfk["baris"] if segments(r["kode"]) == 5]
    assert len(leaves) == 20
    assert len(rfk["baris"]) == 27
    for kode, printed in RFK_PRINTED.items():
        expected = dict(zip(RFK_COLUMNS, printed, strict=True))
        under = [r for r in leaves if kode == "JUMLAH" or r["kode"].startswith(kode + ".")]
        for col in RFK_SUMMED:
            value = rfk_cell(col, expected[col])
            total = sum((dec(printed_rows[r["kode"]][col]) for r in under), ZERO)
            assert value - total == RFK_WRONG.get(kode, {}).get(col, ZERO), (kode, col)
        # the baris values are the dicetak values
        assert sum((dec(r["pagu"]) for r in under), ZERO) - idr(expected["pagu"]) == ZERO
        assert sum((dec(r["realisasi"]) for r in under), ZERO) == idr(expected["realisasi"])
        # the data file carries the same printed values and marks exactly the typed differences
        e = printed_rows[kode]
        for col in RFK_COLUMNS:
            assert dec(e[col]) == rfk_cell(col, expected[col]), (kode, col)
        marked = {k: Decimal(v) for k, v in (e.get("selisih") or {}).items()}
        assert marked == RFK_WRONG.get(kode, {}), kode
        assert ("salah_cetak" in e) == (kode in RFK_WRONG), kode


def test_rfk_rows_consistent(sulbar: dict[str, Any]) -> None:
    """Transcription checks that hold on every printed RFK row: sisa = pagu - realisasi,
    keuangan % = realisasi / pagu x 100 (2 decimals); baris and dicetak agree."""
    rfk = sulbar["rfk"][0]
    printed_rows = {e["kode"]: e for e in rfk["dicetak"]}
    assert len(printed_rows) == len(rfk["dicetak"]) == 28
    assert [r["kode"] for r in rfk["baris"]] == [e["kode"] for e in rfk["dicetak"]][:-1]
    for e in rfk["dicetak"]:
        pagu, real = dec(e["pagu"]), dec(e["realisasi"])
        assert dec(e["sisa"]) == pagu - real, e["kode"]
        assert (real / pagu * 100).quantize(CENT, ROUND_HALF_UP) == dec(e["keuangan_persen"])
    for r in rfk["baris"]:
        if segments(r["kode"]) == 5:
            assert r["pagu"] == printed_rows[r["kode"]]["pagu"]
            assert r["realisasi"] == printed_rows[r["kode"]]["realisasi"]
    assert printed_rows["1.06.04.1.04"]["sisa"] == "-649000"  # S003-01, printed "- 649.000"
    fisik = {r["kode"]: r["fisik_persen"] for r in rfk["baris"] if segments(r["kode"]) == 5}
    assert fisik.pop("1.06.03.1.01") is None  # S003-03: empty cell
    assert set(fisik.values()) == {"100"}


# --------------------------------------------------------------------------- T-C.29 (Tarakan)


def test_tc29_rows(tarakan: dict[str, Any]) -> None:
    ev = tarakan["evaluasi_tc29"]
    assert (ev["tahun_evaluasi"], ev["tahun_akhir_renstra"]) == (2022, 2024)
    baris = ev["baris"]
    assert len(baris) == 52
    kodes = [r["kode"] for r in baris]
    assert len(kodes) == len(set(kodes))
    assert not any(r["nama"].startswith(("Urusan / Bidang", "Kode")) for r in baris)
    for r in baris:
        assert re.fullmatch(r"\d\.\d{2}\.\d{2}(\.2\.\d{2}(\.\d{4})?)?", r["kode"]), r["kode"]
    by = {r["kode"]: r for r in baris}
    # S001-07 and S001-08: malformed printed codes
    assert by["1.06.06"]["kode_dicetak"] == "1.06.01.2.06"
    assert by["1.06.06"]["nama"] == "PROGRAM PENANGANAN BENCANA"
    assert by["2.13.04"]["kode_dicetak"] == "2.013.04"
    assert by["2.13.05"]["kode_dicetak"] == "2.013.05"
    assert by["2.13.04.2.01"]["kode_dicetak"] == "2.13.04.2.01.0"
    assert by["1.06.01.2.06"]["nama"] == "Administrasi Umum Perangkat Daerah"
    # values as printed (S001-01 ... S001-05)
    gaji = by["1.06.01.2.02.0001"]
    assert gaji["kode_dicetak"] == "1.06.01.2.02.01"
    assert [
        gaji[k]
        for k in (
            "target_renstra",
            "realisasi_sd_n3",
            "target_n2",
            "realisasi_n2",
            "tingkat_realisasi_dicetak",
            "target_n1",
            "realisasi_sd_n1_dicetak",
            "tingkat_capaian_dicetak",
        )
    ] == [
        "26 Orang",
        "25 Orang",
        "26 Orang",
        "26 Orang",
        "100,00 %",
        "312 Orang/bulan",
        "363",
        "13,96 %",
    ]
    assert by["1.06.01.2.09.0002"]["tingkat_realisasi_dicetak"] == "2%"
    assert by["1.06.04.2.01"]["tingkat_realisasi_dicetak"] == "85,33 %"
    assert by["1.06.04.2.01"]["tingkat_capaian_dicetak"] == "9,35%"
    assert by["2.13.04.2.01.0018"]["tingkat_capaian_dicetak"] == "2,98"
    # row joined over the page break (lines 268 and 270)
    assert by["2.13.05.2.01.0003"]["nama"] == (
        "Peningkatan Kapasitas Kelembagaan Lembaga Masyarakat Desa/Kelurahan (RT, RW, PKK, "
        "Posyandu, LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat"
    )
    # blank cells are null, printed dashes stay "-"
    assert by["1.06.04.2.02"]["realisasi_n2"] is None
    assert by["1.06.05"]["realisasi_n2"] == "-"


def test_tc29_parents_present(tarakan: dict[str, Any]) -> None:
    seen: set[str] = set()
    for r in tarakan["evaluasi_tc29"]["baris"]:
        parts = r["kode"].split(".")
        if len(parts) >= 5:
            assert ".".join(parts[:3]) in seen, r["kode"]
        if len(parts) == 6:
            assert ".".join(parts[:5]) in seen, r["kode"]
        seen.add(r["kode"])
