"""``check_renja``: all rules together, the rule register, and the two sample Renja 2024.

Expected findings on the samples are the seed errors of spec/seed-errors-examples.md, typed
here from the documents (row codes, amounts), never produced by the code under test.
"""

from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.checks import (
    ATURAN,
    ATURAN_BY_CODE,
    PlafonSumberDana,
    PlanContext,
    blocks_submission,
    check_renja,
)
from renjana.core.kode import Tingkat
from renjana.core.problems import Location, Problem, Severity
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.reference import load_nomenklatur, load_sumber_dana
from tests.core.checks_rows import (
    GOOD_RENSTRA,
    GOOD_ROWS,
    ind,
    kabkota,
    sample_rows,
    with_row,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "checks.md"


def full_context(**changes: object) -> PlanContext:
    """Every optional value given: nomenclature, SIPD list, Renstra and exact ceilings."""
    given: dict[str, object] = {
        "nomenklatur": load_nomenklatur(),
        "sumber_dana": load_sumber_dana(),
        "renstra": GOOD_RENSTRA,
        "plafon": Decimal("58000000"),
        "plafon_sumber_dana": (PlafonSumberDana("1.2.01.01.02", Decimal("58000000")),),
    }
    return kabkota(**(given | changes))


def codes_at(problems: list[Problem], code: str) -> list[str]:
    return [p.location.kode for p in problems if p.code == code]


# --- all rules together -----------------------------------------------------------------------


def test_a_correct_plan_has_no_problem_and_can_be_submitted() -> None:
    problems = check_renja(GOOD_ROWS, full_context())
    assert problems == []
    assert blocks_submission(problems) is False


def test_problems_are_sorted_by_row_then_severity_and_unplaced_ones_last() -> None:
    rows = with_row(
        GOOD_ROWS,
        "1.06.04.2.01.0002",
        indikator=(ind("Persentase Orang", "0", "Orang", n1="1"),),
        lokasi=(),
    )
    rows = with_row(tuple(rows), "1.06.04", nama="PROGRAM REHABILITASI SOSIAL PROVINSI")
    problems = check_renja(rows, full_context(plafon=Decimal("1")))
    assert [(p.location.kode, p.severity, p.code) for p in problems] == [
        ("1.06.04", Severity.ERROR, "NAMA_BEDA_NOMENKLATUR"),  # a word added
        ("1.06.04", Severity.WARNING, "TINGKAT_NAMA_SALAH"),
        ("1.06.04.2.01.0002", Severity.ERROR, "LOKASI_KOSONG"),
        ("1.06.04.2.01.0002", Severity.ERROR, "PAGU_TANPA_TARGET"),
        ("1.06.04.2.01.0002", Severity.WARNING, "SATUAN_TIDAK_SESUAI_INDIKATOR"),
        ("1.06.04.2.01.0002", Severity.WARNING, "TARGET_BEDA_RENSTRA"),  # the only indicator
        ("", Severity.ERROR, "PLAFON_TERLAMPAUI"),
    ]
    assert blocks_submission(problems) is True


def test_warnings_alone_do_not_block_submission() -> None:
    rows = with_row(GOOD_ROWS, "1.06.04.2.01.0001", nama="Penyediaan Permakanaan")
    problems = check_renja(rows, full_context())
    assert [p.code for p in problems] == ["NAMA_EJAAN_BEDA"]
    assert blocks_submission(problems) is False


def test_unreadable_code_is_reported_once_but_its_money_still_counts() -> None:
    sandang = GOOD_ROWS[3]
    rows = [*GOOD_ROWS, replace(sandang, kode="1.06.04.2.01.0", indikator=(), lokasi=())]
    problems = check_renja(rows, full_context())
    assert [(p.code, p.location, p.found) for p in problems] == [
        ("KODE_TIDAK_SAH", Location(kode="1.06.04.2.01.0", field="kode"), "1.06.04.2.01.0"),
        ("PLAFON_TERLAMPAUI", Location(opd="DinsosPM", field="pagu"), "Rp 66.000.000"),
        (
            "PLAFON_SUMBER_DANA_TERLAMPAUI",
            Location(opd="DinsosPM", field="sumber_dana"),
            "Rp 66.000.000",
        ),
    ]


# --- the register -----------------------------------------------------------------------------


def test_every_rule_has_one_code_and_one_severity() -> None:
    codes = [aturan.code for aturan in ATURAN]
    assert len(codes) == len(set(codes)) == len(ATURAN_BY_CODE)
    assert {a.severity for a in ATURAN} == {Severity.ERROR, Severity.WARNING, Severity.INFO}


def test_docs_list_every_rule_with_its_severity() -> None:
    rows = [
        line for line in DOCS.read_text(encoding="utf-8").splitlines() if line.startswith("| `")
    ]
    documented = {line.split("`")[1]: line.split("|")[2].strip() for line in rows}
    assert documented == {a.code: a.severity.value for a in ATURAN}


# --- the sample Renja 2024 --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sulbar() -> list[Problem]:
    ctx = PlanContext(
        tahun=2024,
        tingkat=Tingkat.PROVINSI,
        urusan=("1.06",),
        opd="Dinas Sosial Provinsi Sulawesi Barat",
        nomenklatur=load_nomenklatur(),
        sumber_dana=load_sumber_dana(),
    )
    return check_renja(sample_rows("sulbar.yaml"), ctx)


@pytest.fixture(scope="module")
def tarakan() -> list[Problem]:
    ctx = PlanContext(
        tahun=2024,
        tingkat=Tingkat.KABKOTA,
        urusan=("1.06", "2.13"),
        opd="DinsosPM Kota Tarakan",
        nomenklatur=load_nomenklatur(),
        sumber_dana=load_sumber_dana(),
    )
    return check_renja(sample_rows("tarakan.yaml"), ctx)


def test_sulbar_finds_exactly_the_known_errors(sulbar: list[Problem]) -> None:
    assert Counter(p.code for p in sulbar) == {
        "TARGET_N1_KOSONG": 85,  # S003-09: 58 sub kegiatan with pagu 2025 + 18 kegiatan + 9
        "INDIKATOR_KOSONG": 4,  # S003-08
        "TARGET_TANPA_PAGU": 3,  # S003-06
        "NAMA_EJAAN_BEDA": 2,  # "Cetak" for "Cetakan"; "dlm Panti" (S003-13)
        "PAGU_TANPA_TARGET": 1,  # S003-07
        "NAMA_BEDA_NOMENKLATUR": 1,  # S003-05
    }
    assert all(p.severity is ATURAN_BY_CODE[p.code].severity for p in sulbar)
    assert blocks_submission(sulbar)


def test_sulbar_s003_06_targets_with_pagu_zero(sulbar: list[Problem]) -> None:
    assert codes_at(sulbar, "TARGET_TANPA_PAGU") == [
        "1.06.01.1.09.0009",
        "1.06.02.1.02.0003",
        "1.06.04.1.03.0013",
    ]
    first = next(p for p in sulbar if p.code == "TARGET_TANPA_PAGU")
    assert first.severity is Severity.ERROR
    assert first.location == Location(kode="1.06.01.1.09.0009", field="pagu")
    assert first.message == (
        "Sub kegiatan 1.06.01.1.09.0009 memiliki target 2 Unit tetapi pagu Rp 0. Isi pagu yang "
        "dibutuhkan atau hapus targetnya. Bila baru dilaksanakan tahun 2025 (pagu prakiraan maju "
        "Rp 250.000.000), kosongkan target tahun 2024."
    )


def test_sulbar_s003_07_zero_target_with_funding(sulbar: list[Problem]) -> None:
    [found] = [p for p in sulbar if p.code == "PAGU_TANPA_TARGET"]
    assert found.severity is Severity.ERROR
    assert found.location.kode == "1.06.01.1.05.0004"
    assert found.location.field == "target"
    assert found.message == (
        "Sub kegiatan 1.06.01.1.05.0004 memiliki pagu Rp 30.000.000 tetapi target 0 Dokumen. "
        "Isi target yang akan dicapai atau hapus pagunya."
    )


def test_sulbar_s003_08_funded_rows_without_indicator(sulbar: list[Problem]) -> None:
    found = [p for p in sulbar if p.code == "INDIKATOR_KOSONG"]
    assert [(p.location.kode, p.location.field, p.found) for p in found] == [
        ("1.06.01.1.08.0004", "indikator", "1 Laporan"),
        ("1.06.01.1.09.0001", "indikator", "1 Unit"),
        ("1.06.01.1.09.0002", "indikator", "30,00 Unit"),
        ("1.06.01.1.09.0006", "indikator", "10 Unit"),
    ]
    assert "pagu Rp 125.000.000" in found[0].message


def test_sulbar_s003_05_name_of_another_sub_kegiatan(sulbar: list[Problem]) -> None:
    [found] = [p for p in sulbar if p.code == "NAMA_BEDA_NOMENKLATUR"]
    assert found.severity is Severity.ERROR
    assert found.location == Location(kode="1.06.04.1.03.0013", field="nama")
    assert found.expected == (
        "Koordinasi, Sinkronisasi dan Pembinaan Pelaksanaan Rehabilitasi Sosial Dasar Lanjut "
        "Usia Terlantar di dalam Panti"
    )
    assert "Nama yang tertulis adalah nama sub kegiatan 1.06.04.1.04.0011." in found.message


def test_sulbar_s003_09_forward_targets_missing_where_pagu_2025_is_set(
    sulbar: list[Problem],
) -> None:
    flagged = codes_at(sulbar, "TARGET_N1_KOSONG")
    assert "1.06.01.1.05.0004" not in flagged  # its pagu 2025 is 0,00
    assert flagged.count("1.06.01") == 4  # four program indicators
    assert flagged[:3] == ["1.06.01", "1.06.01", "1.06.01"]
    assert all(p.severity is Severity.WARNING for p in sulbar if p.code == "TARGET_N1_KOSONG")


def test_sulbar_ceilings(sulbar: list[Problem]) -> None:
    rows = sample_rows("sulbar.yaml")
    tight = PlanContext(
        tahun=2024,
        tingkat=Tingkat.PROVINSI,
        urusan=("1.06",),
        opd="Dinas Sosial Provinsi Sulawesi Barat",
        plafon=Decimal("13000000000"),
        plafon_sumber_dana=(
            PlafonSumberDana("1.2.01.01.02", Decimal("10000000000"), "Dana Alokasi Umum"),
        ),
    )
    found = [p for p in check_renja(rows, tight) if p.code.startswith("PLAFON")]
    assert [(p.code, p.severity, p.found, p.expected) for p in found] == [
        (
            "PLAFON_TERLAMPAUI",
            Severity.ERROR,
            "Rp 13.867.555.785",
            "paling banyak Rp 13.000.000.000",
        ),
        (
            "PLAFON_SUMBER_DANA_TERLAMPAUI",
            Severity.ERROR,
            "Rp 13.867.555.785",
            "paling banyak Rp 10.000.000.000",
        ),
    ]
    assert found[0].location == Location(opd="Dinas Sosial Provinsi Sulawesi Barat", field="pagu")
    assert "(lebih Rp 867.555.785)" in found[0].message
    assert "(lebih Rp 3.867.555.785)" in found[1].message
    assert found == check_renja(rows, tight)[-2:]  # unplaced problems come last
    exact = PlanContext(2024, Tingkat.PROVINSI, plafon=Decimal("13867555785.00"))
    assert not [p for p in check_renja(rows, exact) if p.code.startswith("PLAFON")]


TARAKAN_FUNDED_WITHOUT_SOURCE = [
    "1.06.01.2.06.0005",
    "1.06.01.2.06.0009",
    "1.06.01.2.07.0006",
    "1.06.01.2.08.0001",
    "1.06.01.2.08.0002",
    "1.06.01.2.09.0001",
    "1.06.01.2.09.0002",
    "1.06.01.2.09.0006",
    "1.06.01.2.09.0009",
    "1.06.02.2.03.0001",
    "1.06.04.2.01.0001",
    "1.06.04.2.01.0002",
    "1.06.04.2.01.0003",
    "1.06.04.2.01.0004",
    "1.06.04.2.01.0005",
    "1.06.04.2.01.0010",
    "1.06.04.2.01.0012",
    "1.06.04.2.02.0001",
    "1.06.05.2.02.0001",
    "1.06.05.2.02.0003",
    "1.06.05.2.02.0004",
    "1.06.06.2.01.0001",
    "1.06.07.2.01.0002",
    "2.13.04.2.01.0018",
    "2.13.05.2.01.0003",
    "2.13.05.2.01.0004",
    "2.13.05.2.01.0005",
    "2.13.05.2.01.0006",
    "2.13.05.2.01.0009",
]
#: The four funded rows whose SUMBER DANA cell reads "APBD" (Tabel 7 lines 801, 802, 807-812).
TARAKAN_APBD = ["1.06.01.2.02.0001", "1.06.01.2.02.0002", "1.06.01.2.06.0001", "1.06.01.2.06.0004"]


def test_tarakan_finds_exactly_the_known_errors(tarakan: list[Problem]) -> None:
    assert Counter(p.code for p in tarakan) == {
        "LOKASI_KOSONG": 33,  # S001-15: "DinsosPM" is no place; every funded sub kegiatan
        "SUMBER_DANA_KOSONG": 29,  # S001-15
        "TARGET_NOL_TANPA_PAGU": 4,  # S001-14
        "NAMA_EJAAN_BEDA": 2,  # "Penggangan" (S001-28); "Cetak" for "Cetakan"
        "PAGU_TANPA_TARGET": 1,  # S001-13
        "SATUAN_TIDAK_SESUAI_INDIKATOR": 1,  # "Jumlah Data fakir miskin" in KPM
        "NOMENKLATUR_TIDAK_MENCAKUP": 1,  # 2.13 is not in the packaged 1.06 nomenclature
    }
    assert all(p.severity is ATURAN_BY_CODE[p.code].severity for p in tarakan)


def test_tarakan_s001_14_zero_target_rows_without_pagu(tarakan: list[Problem]) -> None:
    found = [p for p in tarakan if p.code == "TARGET_NOL_TANPA_PAGU"]
    assert [(p.location.kode, p.found) for p in found] == [
        ("1.06.01.2.01", "0 Dokumen"),
        ("1.06.01.2.01.0006", "0 Laporan"),
        ("1.06.02.2.02", "0 Izin"),
        ("1.06.02.2.02.0001", "0 Dokumen"),
    ]
    assert all(p.severity is Severity.WARNING for p in found)


def test_tarakan_s001_15_funded_rows_without_sumber_dana(tarakan: list[Problem]) -> None:
    assert codes_at(tarakan, "SUMBER_DANA_KOSONG") == TARAKAN_FUNDED_WITHOUT_SOURCE
    first = next(p for p in tarakan if p.code == "SUMBER_DANA_KOSONG")
    assert first.location == Location(kode="1.06.01.2.06.0005", field="sumber_dana")
    assert first.message == (
        "Sub kegiatan 1.06.01.2.06.0005 memiliki pagu Rp 17.600.000 tetapi sumber dananya kosong. "
        "Pilih sumber dana APBD (misalnya DAU atau PAD) beserta jumlahnya."
    )


def test_tarakan_s001_15_lokasi_empty_on_every_funded_sub_kegiatan(
    tarakan: list[Problem],
) -> None:
    assert sorted(codes_at(tarakan, "LOKASI_KOSONG")) == sorted(
        TARAKAN_APBD + TARAKAN_FUNDED_WITHOUT_SOURCE
    )
    assert all(p.location.field == "lokasi" for p in tarakan if p.code == "LOKASI_KOSONG")


def test_tarakan_s001_13_funded_kegiatan_with_target_zero(tarakan: list[Problem]) -> None:
    [found] = [p for p in tarakan if p.code == "PAGU_TANPA_TARGET"]
    assert found.location.kode == "1.06.02.2.03"
    assert found.message == (
        "Kegiatan 1.06.02.2.03 memiliki pagu Rp 99.836.740 (jumlah baris di bawahnya) tetapi "
        "target 0 Orang. Isi target yang akan dicapai atau hapus pagunya."
    )


def test_tarakan_misspelt_kegiatan_name(tarakan: list[Problem]) -> None:
    assert codes_at(tarakan, "NAMA_EJAAN_BEDA") == ["1.06.01.2.01", "1.06.01.2.06.0005"]
    assert codes_at(tarakan, "NOMENKLATUR_TIDAK_MENCAKUP") == ["2.13"]
    assert tarakan[-1].code == "NOMENKLATUR_TIDAK_MENCAKUP"  # belongs to no row: last


# --- never raises on user data ----------------------------------------------------------------

_codes = st.one_of(
    st.sampled_from(
        ["1.06", "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.1.01.0002", "2.13.04"]
    ),
    st.text(alphabet="0123456789. ,", max_size=20),
)
_money = st.one_of(st.none(), st.decimals(min_value=0, max_value=10**12, places=2))
_targets = st.one_of(
    st.builds(TargetValue),
    st.builds(
        TargetValue,
        nilai=st.decimals(0, 10**6, places=2),
        satuan=st.sampled_from(["", "Orang", "%", "Dokumen"]),
    ),
    st.builds(TargetValue, teks=st.text(max_size=10)),
)
_rows = st.lists(
    st.builds(
        RenjaRowInput,
        kode=_codes,
        nama=st.text(max_size=30),
        indikator=st.lists(
            st.builds(
                IndikatorInput, uraian=st.text(max_size=30), target=_targets, target_n1=_targets
            ),
            max_size=2,
        ).map(tuple),
        pagu=_money,
        pagu_n1=_money,
        lokasi=st.lists(st.text(max_size=5), max_size=1).map(tuple),
        sumber_dana=st.lists(
            st.builds(
                SumberDanaInput,
                kode=st.one_of(st.none(), st.sampled_from(["1.2.01.01.02", "9.9"])),
                nama=st.sampled_from(["", "APBD", "APBN", "Lainnya"]),
                jumlah=_money,
            ),
            max_size=2,
        ).map(tuple),
    ),
    max_size=8,
)


@given(rows=_rows)
def test_any_rows_give_registered_problems_and_never_raise(rows: list[RenjaRowInput]) -> None:
    ctx = full_context(renstra=(), plafon=Decimal(1))
    problems = check_renja(rows, ctx)
    assert all(p.severity is ATURAN_BY_CODE[p.code].severity for p in problems)
    assert all(p.message for p in problems)
