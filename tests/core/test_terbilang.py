"""Numbers in Indonesian words: the edge cases documents print, and reading them back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core.terbilang import (
    TERBILANG_MAKS,
    baca_terbilang,
    bilangan_dan_kata,
    kapital,
    terbilang,
    terbilang_rupiah,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (27, "dua puluh tujuh"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1_000, "seribu"),
        (1_001, "seribu satu"),
        (2_001, "dua ribu satu"),
        (11_000, "sebelas ribu"),
        (21_000, "dua puluh satu ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (1_000_000_000, "satu miliar"),
        (1_000_000_000_000, "satu triliun"),
        (
            13_867_555_785,
            "tiga belas miliar delapan ratus enam puluh tujuh juta lima ratus lima puluh lima "
            "ribu tujuh ratus delapan puluh lima",
        ),
        (
            5_176_219_306,
            "lima miliar seratus tujuh puluh enam juta dua ratus sembilan belas "
            "ribu tiga ratus enam",
        ),
    ],
)
def test_terbilang_as_documents_write_it(n: int, words: str) -> None:
    assert terbilang(n) == words
    assert terbilang(Decimal(n)) == words
    assert baca_terbilang(words) == n


@pytest.mark.parametrize("bad", [-1, Decimal("-5"), Decimal("1.5"), TERBILANG_MAKS + 1])
def test_negative_fraction_and_too_large_are_refused(bad: int | Decimal) -> None:
    with pytest.raises(ValueError, match="terbilang"):
        terbilang(bad)


def test_non_numbers_are_refused() -> None:
    with pytest.raises(TypeError):
        terbilang(True)
    with pytest.raises(TypeError):
        terbilang(1.5)  # type: ignore[arg-type]


def test_counts_print_figure_and_title_case_words() -> None:
    assert bilangan_dan_kata(8, "Program") == "8 (Delapan) Program"
    assert bilangan_dan_kata(13, "Kegiatan") == "13 (Tiga Belas) Kegiatan"
    assert bilangan_dan_kata(27, "Sub Kegiatan") == "27 (Dua Puluh Tujuh) Sub Kegiatan"
    assert bilangan_dan_kata(1200) == "1.200 (Seribu Dua Ratus)"
    assert kapital("dua puluh tujuh") == "Dua Puluh Tujuh"


def test_rupiah_in_words_with_sen_and_minus() -> None:
    assert terbilang_rupiah(Decimal("13867555785.00")) == (
        "tiga belas miliar delapan ratus enam puluh tujuh juta lima ratus lima puluh lima ribu "
        "tujuh ratus delapan puluh lima rupiah"
    )
    assert terbilang_rupiah(Decimal("1000.50")) == "seribu rupiah lima puluh sen"
    assert terbilang_rupiah(Decimal("0.005")) == "nol rupiah satu sen"  # rounded half up
    assert (
        terbilang_rupiah(Decimal("-649000")) == "minus enam ratus empat puluh sembilan ribu rupiah"
    )
    assert terbilang_rupiah(0) == "nol rupiah"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "satu ribu",
        "sebelas satu",
        "dua puluh sepuluh",
        "ribu juta",
        "seratus seratus",
        "dua puluh puluh",
        "lima apel",
        "satu dua",
        "juta",
        "seribu dua ribu",
        "sepuluh satu",
    ],
)
def test_reading_refuses_what_is_no_number(text: str) -> None:
    assert baca_terbilang(text) is None


def test_reading_accepts_case_rupiah_and_milyar() -> None:
    assert baca_terbilang("Dua Puluh Tujuh") == 27
    assert baca_terbilang("lima milyar rupiah") == 5_000_000_000
    assert baca_terbilang("Tiga Belas Miliar Delapan Ratus Enam Puluh Tujuh Juta") == 13_867_000_000


@given(st.integers(min_value=0, max_value=TERBILANG_MAKS))
def test_reading_back_gives_the_number(n: int) -> None:
    assert baca_terbilang(terbilang(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_words_are_tidy(n: int) -> None:
    words = terbilang(n)
    assert words == words.strip()
    assert "  " not in words
    assert "satu ratus" not in words
    assert "satu puluh" not in words
    tokens = words.split()
    for i, token in enumerate(tokens[:-1]):
        if token == "satu" and tokens[i + 1] == "ribu":  # only as in "dua puluh satu ribu"
            assert i > 0
            assert tokens[i - 1] in ("puluh", "ratus")
    assert ("nol" in words) == (n == 0)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_rupiah_words_read_back_to_the_amount(rupiah: int, sen: int) -> None:
    text = terbilang_rupiah(Decimal(rupiah) + Decimal(sen) / 100)
    head, _, tail = text.partition(" rupiah")
    assert baca_terbilang(head) == rupiah
    assert (baca_terbilang(tail.removesuffix(" sen")) if tail else 0) == sen
