"""The Renja against the Renstra (issue: Renja rows missing from the Renstra, year-n targets
that differ, Renstra rows with no Renja row)."""

from dataclasses import replace
from decimal import Decimal
from typing import Any

from renjana.core.checks import check_renstra
from renjana.core.problems import Location, Problem, Severity
from renjana.core.renja import (
    RenstraIndikatorInput,
    RenstraRowInput,
    RenstraTahunInput,
    TargetValue,
)
from tests.core.checks_rows import GOOD_RENSTRA, GOOD_ROWS, ind, kabkota, target, with_row

PERMAKANAN = "1.06.04.2.01.0001"


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def renstra_with(which: str, **changes: Any) -> tuple[RenstraRowInput, ...]:
    """GOOD_RENSTRA with the row coded ``which`` changed."""
    return tuple(replace(row, **changes) if row.kode == which else row for row in GOOD_RENSTRA)


def tahunan(uraian: str, satuan: str, nilai: str, tahun: int = 2024) -> RenstraIndikatorInput:
    return RenstraIndikatorInput(uraian, satuan, (RenstraTahunInput(tahun, target(nilai, satuan)),))


def test_plan_equal_to_the_renstra_passes() -> None:
    assert check_renstra(GOOD_ROWS, kabkota(renstra=GOOD_RENSTRA)) == []


def test_without_a_renstra_nothing_is_compared() -> None:
    assert check_renstra(GOOD_ROWS, kabkota()) == []


def test_renja_row_missing_from_the_renstra_is_a_warning() -> None:
    renstra = tuple(row for row in GOOD_RENSTRA if row.kode != "1.06.04.2.01")
    found = only(check_renstra(GOOD_ROWS, kabkota(renstra=renstra)))
    assert (found.code, found.severity) == ("RENSTRA_TIDAK_ADA", Severity.WARNING)
    assert found.location == Location(kode="1.06.04.2.01", field="kode")
    assert found.message.startswith("Kegiatan 1.06.04.2.01 ('Rehabilitasi Sosial Dasar")
    assert found.message.endswith(
        "tidak ada dalam Renstra. Pastikan kodenya benar; bila baris ini memang baru, jelaskan "
        "dasarnya di Catatan Penting dan ajukan perubahan Renstra, karena Renja 2024 harus "
        "menjabarkan Renstra."
    )


def test_sub_kegiatan_are_compared_only_when_the_renstra_lists_sub_kegiatan() -> None:
    programs_and_kegiatan = GOOD_RENSTRA[:2]
    assert check_renstra(GOOD_ROWS, kabkota(renstra=programs_and_kegiatan)) == []
    empty = check_renstra(GOOD_ROWS, kabkota(renstra=()))
    assert [(p.code, p.location.kode) for p in empty] == [
        ("RENSTRA_TIDAK_ADA", "1.06.04"),
        ("RENSTRA_TIDAK_ADA", "1.06.04.2.01"),
    ]


def test_target_other_than_the_renstra_is_a_warning() -> None:
    indikator = GOOD_RENSTRA[2].indikator[0]
    changed = (replace(indikator, tahunan=(RenstraTahunInput(2024, target("250", "Orang")),)),)
    found = only(
        check_renstra(GOOD_ROWS, kabkota(renstra=renstra_with(PERMAKANAN, indikator=changed)))
    )
    assert (found.code, found.severity) == ("TARGET_BEDA_RENSTRA", Severity.WARNING)
    assert found.location == Location(kode=PERMAKANAN, indikator=indikator.uraian, field="target")
    assert (found.found, found.expected) == ("200 Orang", "250 Orang")
    assert found.message.endswith(
        "pada sub kegiatan 1.06.04.2.01.0001 adalah 200 Orang, sedangkan Renstra menetapkan "
        "250 Orang. Samakan dengan Renstra, atau jelaskan alasan perbedaannya di Catatan Penting."
    )


def test_same_number_in_another_unit_differs() -> None:
    only_one = (tahunan("Jumlah KK yang Mendapatkan Permakanan", "KK", "200"),)
    found = only(
        check_renstra(GOOD_ROWS, kabkota(renstra=renstra_with(PERMAKANAN, indikator=only_one)))
    )
    assert found.code == "TARGET_BEDA_RENSTRA"
    assert (found.found, found.expected) == ("200 Orang", "200 KK")


def test_renstra_unit_on_the_indicator_and_equal_spellings_agree() -> None:
    bare = RenstraIndikatorInput(
        "Jumlah Orang yang Tertangani",
        "Jiwa",
        (RenstraTahunInput(2024, TargetValue(Decimal(335))),),
    )
    renstra = renstra_with("1.06.04.2.01", indikator=(bare,))
    assert check_renstra(GOOD_ROWS, kabkota(renstra=renstra)) == []


def test_qualitative_targets_compare_as_text() -> None:
    rows = with_row(
        GOOD_ROWS,
        "1.06.04",
        indikator=(
            replace(
                ind("Kategori kelurahan", None, ""), target=TargetValue(teks="Cepat Berkembang")
            ),
        ),
    )
    same = (
        RenstraIndikatorInput(
            "Kategori Kelurahan",
            "",
            (RenstraTahunInput(2024, TargetValue(teks="cepat berkembang")),),
        ),
    )
    assert check_renstra(rows, kabkota(renstra=renstra_with("1.06.04", indikator=same))) == []
    other = (
        RenstraIndikatorInput(
            "Kategori Kelurahan", "", (RenstraTahunInput(2024, TargetValue(teks="Swasembada")),)
        ),
    )
    found = only(check_renstra(rows, kabkota(renstra=renstra_with("1.06.04", indikator=other))))
    assert (found.found, found.expected) == ("Cepat Berkembang", "Swasembada")


def test_indicator_not_in_the_renstra_is_a_warning() -> None:
    two = (
        tahunan("Persentase Anak Terlantar yang Tertangani", "%", "100"),
        tahunan("Persentase Lansia yang Tertangani", "%", "100"),
    )
    found = only(check_renstra(GOOD_ROWS, kabkota(renstra=renstra_with("1.06.04", indikator=two))))
    assert (found.code, found.severity) == ("INDIKATOR_TIDAK_ADA_DI_RENSTRA", Severity.WARNING)
    assert found.location == Location(
        kode="1.06.04", indikator="Persentase PPKS yang Tertangani", field="indikator"
    )
    assert found.message.startswith(
        "Indikator 'Persentase PPKS yang Tertangani' pada program 1.06.04 tidak ada dalam "
        "Renstra (Renstra: 'Persentase Anak Terlantar yang Tertangani'; 'Persentase Lansia yang "
        "Tertangani')."
    )


def test_renstra_row_with_a_target_this_year_but_no_renja_row_is_a_warning() -> None:
    alat_bantu = RenstraRowInput(
        "1.06.04.2.01.0003",
        "Penyediaan Alat Bantu",
        (tahunan("Jumlah Orang yang Mendapatkan Alat Bantu", "Orang", "50"),),
    )
    later = RenstraRowInput(
        "1.06.04.2.01.0004",
        "Pemberian Pelayanan Reunifikasi Keluarga",
        (tahunan("Jumlah Orang", "Orang", "25", tahun=2025),),
    )
    nothing = RenstraRowInput(
        "1.06.04.2.01.0005", "Pemberian Bimbingan", (tahunan("Jumlah Orang", "Orang", "0"),)
    )
    renstra = (*GOOD_RENSTRA, alat_bantu, later, nothing)
    found = only(check_renstra(GOOD_ROWS, kabkota(renstra=renstra)))
    assert (found.code, found.severity) == ("RENSTRA_TANPA_RENJA", Severity.WARNING)
    assert found.location == Location(kode="1.06.04.2.01.0003", field="kode")
    assert found.expected == "50 Orang"
    assert found.message == (
        "Sub kegiatan 1.06.04.2.01.0003 ('Penyediaan Alat Bantu') dalam Renstra bertarget "
        "50 Orang untuk tahun 2024, tetapi tidak ada di Renja 2024. Tambahkan baris ini ke Renja, "
        "atau jelaskan dalam Renja mengapa target Renstra tahun ini tidak direncanakan."
    )


def test_renstra_codes_in_the_short_form_match() -> None:
    short = renstra_with(PERMAKANAN, kode="1.06.04.2.01.01")
    assert check_renstra(GOOD_ROWS, kabkota(renstra=short)) == []


def test_number_against_a_qualitative_renstra_target_differs() -> None:
    kualitatif = (
        RenstraIndikatorInput(
            "Jumlah Orang", "", (RenstraTahunInput(2024, TargetValue(teks="Meningkat")),)
        ),
    )
    renstra = renstra_with(PERMAKANAN, indikator=kualitatif)
    found = only(check_renstra(GOOD_ROWS, kabkota(renstra=renstra)))
    assert (found.code, found.found, found.expected) == (
        "TARGET_BEDA_RENSTRA",
        "200 Orang",
        "Meningkat",
    )


def test_renstra_row_without_indicators_and_blank_renja_indicators_are_not_compared() -> None:
    renstra = renstra_with(PERMAKANAN, indikator=())
    assert check_renstra(GOOD_ROWS, kabkota(renstra=renstra)) == []
    blank = (replace(ind("", "200", "Orang"), uraian="  "),)
    rows = with_row(GOOD_ROWS, PERMAKANAN, indikator=blank)
    assert check_renstra(rows, kabkota(renstra=GOOD_RENSTRA)) == []
