"""Sumber dana and RKPD ceilings (domain.md §7.8, §7.12, §4.5; issue: plafon)."""

from decimal import Decimal

import pytest

from renjana.core.checks import (
    JenisSumberDana,
    PlafonSumberDana,
    check_plafon,
    check_sumber_dana,
    classify_sumber_dana,
)
from renjana.core.problems import Location, Problem, Severity
from renjana.core.renja import SumberDanaInput
from renjana.reference import load_sumber_dana
from tests.core.checks_rows import GOOD_ROWS, kabkota, with_row

SANDANG = "1.06.04.2.01.0002"


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def sumber(nama: str, jumlah: str | None = None, kode: str | None = None) -> SumberDanaInput:
    return SumberDanaInput(kode, nama, None if jumlah is None else Decimal(jumlah))


# --- classification ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nama", "kode", "expected"),
    [
        ("APBD", None, JenisSumberDana.APBD),
        ("DAU", None, JenisSumberDana.APBD),
        ("DAU EARMARK", None, JenisSumberDana.APBD),
        ("DAK Fisik Bidang Sosial", None, JenisSumberDana.APBD),
        ("PAD", None, JenisSumberDana.APBD),
        ("DBH Cukai Hasil Tembakau", None, JenisSumberDana.APBD),
        ("DANA TRANSFER UMUM-DANA ALOKASI UMUM", None, JenisSumberDana.APBD),
        ("Pajak Rokok", None, JenisSumberDana.APBD),  # a name of the SIPD list
        ("", "1.1.01.05", JenisSumberDana.APBD),
        ("APBN", None, JenisSumberDana.BUKAN_APBD),
        ("Kementrian Sosial RI", None, JenisSumberDana.BUKAN_APBD),
        ("Kemensos", None, JenisSumberDana.BUKAN_APBD),
        ("Dana Dekonsentrasi", None, JenisSumberDana.BUKAN_APBD),
        ("APBN", "1.2.01.01.02", JenisSumberDana.BUKAN_APBD),
        ("Lainnya", None, JenisSumberDana.TIDAK_DIKENAL),
        ("", "9.9.99", JenisSumberDana.TIDAK_DIKENAL),
    ],
)
def test_apbd_sources_by_code_or_printed_name(
    nama: str, kode: str | None, expected: JenisSumberDana
) -> None:
    assert classify_sumber_dana(sumber(nama, kode=kode), load_sumber_dana()) is expected


def test_printed_names_are_read_without_the_list_too() -> None:
    assert classify_sumber_dana(sumber("APBD"), None) is JenisSumberDana.APBD
    assert classify_sumber_dana(sumber("Pajak Rokok"), None) is JenisSumberDana.TIDAK_DIKENAL


# --- rules on rows ----------------------------------------------------------------------------


def test_good_rows_have_apbd_sources_that_add_up() -> None:
    assert check_sumber_dana(GOOD_ROWS, kabkota(sumber_dana=load_sumber_dana())) == []


def test_funded_sub_kegiatan_without_source_is_an_error() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=(sumber("  "),))
    found = only(check_sumber_dana(rows, kabkota()))
    assert (found.code, found.severity) == ("SUMBER_DANA_KOSONG", Severity.ERROR)
    assert found.location == Location(kode=SANDANG, field="sumber_dana")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 memiliki pagu Rp 8.000.000 tetapi sumber dananya kosong. "
        "Pilih sumber dana APBD (misalnya DAU atau PAD) beserta jumlahnya."
    )


def test_unfunded_row_needs_no_source() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=(), pagu=None)
    assert check_sumber_dana(rows, kabkota()) == []


def test_apbn_source_is_an_error() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=(sumber("Kementrian Sosial RI"),))
    found = only(check_sumber_dana(rows, kabkota(sumber_dana=load_sumber_dana())))
    assert (found.code, found.severity) == ("SUMBER_DANA_BUKAN_APBD", Severity.ERROR)
    assert found.location == Location(kode=SANDANG, field="sumber_dana")
    assert (found.found, found.expected) == ("Kementrian Sosial RI", "sumber dana APBD")
    assert found.message == (
        "Sumber dana 'Kementrian Sosial RI' pada sub kegiatan 1.06.04.2.01.0002 bukan pendapatan "
        "APBD. Renja hanya memuat belanja APBD: ganti dengan sumber dana APBD, atau keluarkan "
        "bagian yang dibiayai APBN/kementerian dari pagu baris ini."
    )


def test_unknown_source_is_a_warning() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=(sumber("Swadaya", kode="9.9"),))
    found = only(check_sumber_dana(rows, kabkota(sumber_dana=load_sumber_dana())))
    assert (found.code, found.severity) == ("SUMBER_DANA_TIDAK_DIKENAL", Severity.WARNING)
    assert found.found == "Swadaya (9.9)"
    assert "sub kegiatan 1.06.04.2.01.0002" in found.message


def test_several_sources_need_each_amount() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=(sumber("DAU", "5000000"), sumber("PAD")))
    found = only(check_sumber_dana(rows, kabkota()))
    assert (found.code, found.severity) == ("SUMBER_DANA_JUMLAH_KOSONG", Severity.ERROR)
    assert found.location == Location(kode=SANDANG, field="sumber_dana")
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0002 memiliki 2 sumber dana, tetapi jumlah untuk PAD tidak "
        "diisi. Isi jumlah tiap sumber dana; jumlah seluruhnya harus sama dengan pagu "
        "Rp 8.000.000."
    )


def test_amounts_must_add_up_to_the_pagu() -> None:
    split = (sumber("DAU", "5000000"), sumber("PAD", "2000000.50"))
    found = only(check_sumber_dana(with_row(GOOD_ROWS, SANDANG, sumber_dana=split), kabkota()))
    assert (found.code, found.severity) == ("SUMBER_DANA_TIDAK_SAMA_PAGU", Severity.ERROR)
    assert (found.found, found.expected) == ("Rp 7.000.000,50", "Rp 8.000.000")
    assert found.message == (
        "Jumlah sumber dana sub kegiatan 1.06.04.2.01.0002 Rp 7.000.000,50 tidak sama dengan "
        "pagunya Rp 8.000.000 (kurang Rp 999.999,50). Sesuaikan jumlah per sumber dana atau "
        "pagunya."
    )
    exact = (sumber("DAU", "6000000"), sumber("PAD", "2000000.00"))
    assert check_sumber_dana(with_row(GOOD_ROWS, SANDANG, sumber_dana=exact), kabkota()) == []


def test_amount_on_an_unfunded_row_is_more_than_its_pagu() -> None:
    rows = with_row(GOOD_ROWS, SANDANG, pagu=Decimal("0.00"), sumber_dana=(sumber("DAU", "10"),))
    found = only(check_sumber_dana(rows, kabkota()))
    assert found.code == "SUMBER_DANA_TIDAK_SAMA_PAGU"
    assert "(lebih Rp 10)" in found.message


# --- ceilings ---------------------------------------------------------------------------------


def test_total_above_the_ceiling_is_an_error() -> None:
    found = only(check_plafon(GOOD_ROWS, kabkota(plafon=Decimal("50000000"))))
    assert (found.code, found.severity) == ("PLAFON_TERLAMPAUI", Severity.ERROR)
    assert found.location == Location(opd="DinsosPM", field="pagu")
    assert (found.found, found.expected) == ("Rp 58.000.000", "paling banyak Rp 50.000.000")
    assert found.message == (
        "Jumlah pagu indikatif Renja 2024 Rp 58.000.000 melampaui plafon perangkat daerah dalam "
        "RKPD Rp 50.000.000 (lebih Rp 8.000.000). Kurangi pagu sub kegiatan hingga jumlahnya "
        "paling banyak Rp 50.000.000."
    )


def test_total_equal_to_the_ceiling_is_fine() -> None:
    assert check_plafon(GOOD_ROWS, kabkota(plafon=Decimal("58000000.00"))) == []
    assert check_plafon(GOOD_ROWS, kabkota()) == []


def test_group_ceiling_covers_every_code_below_it() -> None:
    ceiling = PlafonSumberDana("1.2", Decimal("40000000"), "Pendapatan Transfer")
    found = only(check_plafon(GOOD_ROWS, kabkota(plafon_sumber_dana=(ceiling,))))
    assert (found.code, found.severity) == ("PLAFON_SUMBER_DANA_TERLAMPAUI", Severity.ERROR)
    assert found.location == Location(opd="DinsosPM", field="sumber_dana")
    assert (found.found, found.expected) == ("Rp 58.000.000", "paling banyak Rp 40.000.000")
    assert found.message.startswith(
        "Pagu Renja 2024 dari sumber dana Pendapatan Transfer (1.2) berjumlah Rp 58.000.000, "
        "melampaui plafonnya dalam RKPD Rp 40.000.000 (lebih Rp 18.000.000)."
    )


def test_most_specific_ceiling_is_used() -> None:
    ceilings = (
        PlafonSumberDana("1.2", Decimal("100000000")),
        PlafonSumberDana("1.2.01.01.02", Decimal("50000000")),
    )
    found = only(check_plafon(GOOD_ROWS, kabkota(plafon_sumber_dana=ceilings)))
    assert found.code == "PLAFON_SUMBER_DANA_TERLAMPAUI"
    assert "sumber dana 1.2.01.01.02 berjumlah Rp 58.000.000" in found.message


def test_source_given_by_name_is_matched_through_the_list() -> None:
    by_name = (sumber("DANA TRANSFER UMUM-DANA ALOKASI UMUM"),)
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=by_name)
    ceiling = (PlafonSumberDana("1.2.01.01.02", Decimal("58000000")),)
    assert (
        check_plafon(rows, kabkota(plafon_sumber_dana=ceiling, sumber_dana=load_sumber_dana()))
        == []
    )
    found = only(check_plafon(rows, kabkota(plafon_sumber_dana=ceiling)))
    assert (found.code, found.severity) == ("SUMBER_DANA_TANPA_PLAFON", Severity.WARNING)
    assert found.message.startswith(
        "Pagu Renja 2024 sebesar Rp 8.000.000 bersumber dana 'DANA TRANSFER UMUM-DANA ALOKASI "
        "UMUM', yang tidak memiliki plafon dalam RKPD."
    )


def test_money_from_a_source_without_ceiling_is_a_warning() -> None:
    pad = (sumber("Pajak Daerah", "8000000", kode="1.1.01"),)
    rows = with_row(GOOD_ROWS, SANDANG, sumber_dana=pad)
    ceiling = (PlafonSumberDana("1.2.01.01.02", Decimal("60000000")),)
    found = only(check_plafon(rows, kabkota(plafon_sumber_dana=ceiling)))
    assert found.code == "SUMBER_DANA_TANPA_PLAFON"
    assert found.found == "Pajak Daerah (1.1.01)"
