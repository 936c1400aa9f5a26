"""Proposals: checks of entries and decisions, share statistics, grouped exports.

Expected shares are computed by hand in the comments, never by the code under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renjana.core import partisipasi as p
from renjana.core.numbers import quantize_percent
from renjana.core.partisipasi import (
    Akomodasi,
    Keputusan,
    KeputusanInput,
    Sumber,
    Telaah,
    TingkatMusrenbang,
    UsulanInput,
    UsulanValue,
)
from renjana.core.problems import Location, Problem, Severity

JT = Decimal(1_000_000)
OK = Telaah(True, True, True)
SUB_A = "2.13.05.2.01.0004"
SUB_B = "2.13.05.2.01.0003"


def codes(problems: tuple[Problem, ...]) -> list[str]:
    return [x.code for x in problems]


def u(
    nomor: str,
    sumber: Sumber,
    biaya: int | None,
    keputusan: Keputusan | None,
    *links: int,
    tingkat: TingkatMusrenbang | None = None,
    **extra: str,
) -> UsulanValue:
    return UsulanValue(
        nomor=nomor,
        sumber=sumber,
        tingkat_musrenbang=tingkat,
        biaya=None if biaya is None else biaya * JT,
        keputusan=keputusan,
        akomodasi=tuple(Akomodasi(f"2.13.05.2.01.{i:04d}", n * JT) for i, n in enumerate(links, 1)),
        **extra,
    )


KEC = TingkatMusrenbang.KECAMATAN
DESA = TingkatMusrenbang.DESA
PURPOSE_BUILT = (
    u("A", Sumber.MUSRENBANG, 100, Keputusan.DIAKOMODIR, 100, tingkat=KEC),
    u("B", Sumber.MUSRENBANG, 80, Keputusan.DIAKOMODIR_SEBAGIAN, 30, tingkat=KEC),
    u("C", Sumber.MUSRENBANG, 50, Keputusan.DIAKOMODIR, 20, 25, tingkat=KEC),  # split
    u("D", Sumber.MUSRENBANG, 40, Keputusan.TIDAK_DIAKOMODIR, tingkat=KEC),
    u("E", Sumber.MUSRENBANG, 10, Keputusan.DIALIHKAN, tingkat=KEC),
    u("F", Sumber.MUSRENBANG, None, Keputusan.DIAKOMODIR, 5, tingkat=DESA),  # no biaya
    u("G", Sumber.MUSRENBANG, 20, None, tingkat=DESA),  # undecided
    u("H", Sumber.POKIR, 60, Keputusan.DIAKOMODIR_SEBAGIAN, 15, 15),  # split and partial
    u("I", Sumber.POKIR, 40, Keputusan.TIDAK_DIAKOMODIR),
)


def test_share_statistics_on_purpose_built_data() -> None:
    stats = p.share_statistics(PURPOSE_BUILT, minimum=Decimal(30))
    by_label = {row.label: row for row in stats.rows}
    assert list(by_label) == [
        "Musrenbang Desa/Kelurahan",
        "Musrenbang Kecamatan",
        "Jumlah Musrenbang",
        "Pokok-pokok Pikiran DPRD",
    ]
    kec = by_label["Musrenbang Kecamatan"]
    # A, B, C, D considered (E dialihkan); A, B, C accommodated: 3/4 = 75 %.
    assert (kec.dipertimbangkan, kec.jumlah_diakomodir, kec.dialihkan) == (4, 3, 1)
    assert (kec.diakomodir, kec.diakomodir_sebagian, kec.tidak_diakomodir) == (2, 1, 1)
    assert kec.persen_jumlah == Decimal(75)
    # biaya 100 + 80 + 50 + 40 = 270 jt; accommodated 100 + 30 (partial) + 20 + 25 (split) = 175.
    assert (kec.biaya, kec.biaya_diakomodir) == (270 * JT, 175 * JT)
    assert quantize_percent(kec.persen_biaya) == Decimal("64.81")  # 175/270 = 64,8148…
    desa = by_label["Musrenbang Desa/Kelurahan"]
    # F accommodated without biaya: counts in the count share, not in the cost share.
    assert (desa.dipertimbangkan, desa.jumlah_diakomodir, desa.belum_diputuskan) == (2, 1, 1)
    assert (desa.tanpa_biaya, desa.biaya, desa.biaya_diakomodir) == (1, 20 * JT, 0)
    assert desa.persen_jumlah == Decimal(50)
    assert desa.persen_biaya == Decimal(0)
    assert desa.memenuhi_biaya(stats.minimum) is False
    musrenbang = by_label["Jumlah Musrenbang"]
    assert (musrenbang.dipertimbangkan, musrenbang.jumlah_diakomodir) == (6, 4)
    assert quantize_percent(musrenbang.persen_jumlah) == Decimal("66.67")  # 4/6
    assert (musrenbang.biaya, musrenbang.biaya_diakomodir) == (290 * JT, 175 * JT)
    assert quantize_percent(musrenbang.persen_biaya) == Decimal("60.34")  # 175/290
    pokir = by_label["Pokok-pokok Pikiran DPRD"]
    # H split over two sub kegiatan and partial: 15 + 15 = 30 of 60; I refused: 30/100 = 30 %.
    assert (pokir.dipertimbangkan, pokir.jumlah_diakomodir) == (2, 1)
    assert (pokir.biaya, pokir.biaya_diakomodir) == (100 * JT, 30 * JT)
    assert pokir.persen_biaya == Decimal(30)
    assert pokir.memenuhi_biaya(Decimal(30)) is True  # exactly the minimum meets it
    assert pokir.memenuhi_jumlah(Decimal(30)) is True
    total = stats.total
    assert (total.dipertimbangkan, total.jumlah_diakomodir, total.dialihkan) == (8, 5, 1)
    assert total.persen_jumlah == Decimal("62.5")  # 5/8
    assert (total.biaya, total.biaya_diakomodir) == (390 * JT, 205 * JT)
    assert quantize_percent(total.persen_biaya) == Decimal("52.56")  # 205/390 = 52,5641…


def test_a_proposal_split_over_two_sub_kegiatan_counts_once_by_the_sum_of_its_links() -> None:
    split = u("C", Sumber.FORUM_PD, 50, Keputusan.DIAKOMODIR, 20, 25)
    assert split.jumlah_diakomodir == 45 * JT
    row = p.share_statistics([split]).rows[0]
    assert (row.dipertimbangkan, row.jumlah_diakomodir, row.biaya_diakomodir) == (1, 1, 45 * JT)


def test_links_of_a_refused_proposal_do_not_count() -> None:
    refused = u("X", Sumber.POKIR, 10, Keputusan.TIDAK_DIAKOMODIR, 10)
    assert refused.jumlah_diakomodir == 0


def test_minimum_is_compared_on_the_printed_share() -> None:
    # 29.995 / 100 = 29,995 % prints as 30,00 % and so meets a 30 % minimum.
    row = p.ShareRow("x", dipertimbangkan=1, biaya=Decimal(100000), biaya_diakomodir=Decimal(29995))
    assert row.memenuhi_biaya(Decimal(30)) is True
    row = p.ShareRow("x", dipertimbangkan=1, biaya=Decimal(100000), biaya_diakomodir=Decimal(29994))
    assert row.memenuhi_biaya(Decimal(30)) is False


def test_nothing_to_divide_is_not_applicable() -> None:
    only_moved = p.share_statistics([u("E", Sumber.ASPIRASI, 10, Keputusan.DIALIHKAN)])
    row = only_moved.rows[0]
    assert (row.persen_jumlah, row.persen_biaya) == (None, None)
    assert row.memenuhi_jumlah(Decimal(30)) is None
    assert p.share_statistics([]).total.persen_jumlah is None
    assert row.memenuhi_jumlah(None) is None


def test_musrenbang_without_level_gets_its_own_row() -> None:
    stats = p.share_statistics([u("M", Sumber.MUSRENBANG, 1, None)])
    assert [r.label for r in stats.rows] == [
        "Musrenbang (tingkat tidak disebut)",
        "Jumlah Musrenbang",
    ]


amounts = st.integers(min_value=1, max_value=10**9)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Sumber)),
            st.sampled_from([*Keputusan, None]),
            amounts,
            st.lists(amounts, max_size=3),
        ),
        max_size=25,
    ),
    st.integers(min_value=1, max_value=1000),
)
def test_total_is_the_sum_of_sources_and_cost_share_ignores_scale(
    data: list[tuple[Sumber, Keputusan | None, int, list[int]]], factor: int
) -> None:
    def build(scale: int) -> list[UsulanValue]:
        return [
            UsulanValue(
                nomor=str(i),
                sumber=s,
                tingkat_musrenbang=DESA if s is Sumber.MUSRENBANG else None,
                biaya=Decimal(b * scale),
                keputusan=k,
                akomodasi=tuple(
                    Akomodasi(f"1.06.04.2.01.{j + 1:04d}", Decimal(a * scale))
                    for j, a in enumerate(links)
                ),
            )
            for i, (s, k, b, links) in enumerate(data)
        ]

    stats = p.share_statistics(build(1))
    sources = [r for r in stats.rows if r.tingkat is None]  # one row per source
    assert sum(r.dipertimbangkan for r in sources) == stats.total.dipertimbangkan
    assert sum(r.biaya_diakomodir for r in sources) == stats.total.biaya_diakomodir
    assert sum(r.dialihkan for r in sources) == stats.total.dialihkan
    scaled = p.share_statistics(build(factor))
    assert scaled.total.persen_biaya == stats.total.persen_biaya
    assert scaled.total.persen_jumlah == stats.total.persen_jumlah


def decide(kind: Keputusan, *links: tuple[str, int | None], **kw: str) -> KeputusanInput:
    return KeputusanInput(
        kind,
        akomodasi=tuple(Akomodasi(k, None if n is None else Decimal(n)) for k, n in links),
        **kw,
    )


def test_a_sound_decision_has_no_problems() -> None:
    assert p.check_keputusan(decide(Keputusan.DIAKOMODIR, (SUB_A, 30)), OK, Decimal(30)) == ()
    partial = decide(Keputusan.DIAKOMODIR_SEBAGIAN, (SUB_A, 10), (SUB_B, 5), alasan="Pagu terbatas")
    assert p.check_keputusan(partial, OK, Decimal(30)) == ()
    moved = decide(Keputusan.DIALIHKAN, alasan="Kewenangan Dinas PU", dialihkan_ke="pu")
    assert p.check_keputusan(moved, OK, None) == ()


def test_decision_requires_complete_screening_consistent_with_it() -> None:
    found = p.check_keputusan(decide(Keputusan.DIAKOMODIR, (SUB_A, 30)), Telaah(True), None)
    assert codes(found) == [p.BELUM_DITELAAH]
    found = p.check_keputusan(
        decide(Keputusan.DIAKOMODIR, (SUB_A, 30)), Telaah(True, False, False), None
    )
    assert codes(found) == [p.TIDAK_SESUAI_TELAAH]
    assert "di luar kewenangan" in found[0].message
    assert "tidak dapat didanai" in found[0].message
    refused = decide(Keputusan.TIDAK_DIAKOMODIR, alasan="Di luar kewenangan")
    assert p.check_keputusan(refused, Telaah(True, False, True), None) == ()


def test_decision_reasons_targets_and_links() -> None:
    where = Location(opd="dinsos", row=3)
    found = p.check_keputusan(decide(Keputusan.TIDAK_DIAKOMODIR), OK, None, where)
    assert codes(found) == [p.TANPA_ALASAN]
    assert (found[0].location.field, found[0].location.row) == ("alasan", 3)
    found = p.check_keputusan(decide(Keputusan.DIALIHKAN, alasan="x"), OK, None)
    assert codes(found) == [p.DIALIHKAN_TANPA_TUJUAN]
    found = p.check_keputusan(decide(Keputusan.DIAKOMODIR), OK, None)
    assert codes(found) == [p.TANPA_SUB_KEGIATAN]
    found = p.check_keputusan(decide(Keputusan.TIDAK_DIAKOMODIR, (SUB_A, 5), alasan="x"), OK, None)
    assert codes(found) == [p.SUB_KEGIATAN_TANPA_AKOMODASI]
    bad_links = decide(Keputusan.DIAKOMODIR, ("2.13.05.2.01", 5), (SUB_A, 0), (SUB_A, None))
    found = p.check_keputusan(bad_links, OK, Decimal(10))
    assert codes(found) == [
        p.BUKAN_SUB_KEGIATAN,
        p.JUMLAH_TIDAK_SAH,
        p.SUB_KEGIATAN_GANDA,
        p.JUMLAH_TIDAK_SAH,
    ]
    assert found[1].location.kode == SUB_A


def test_partial_must_be_less_than_the_cost_and_full_less_is_a_warning() -> None:
    full = decide(Keputusan.DIAKOMODIR_SEBAGIAN, (SUB_A, 20), (SUB_B, 10), alasan="x")
    found = p.check_keputusan(full, OK, Decimal(30))
    assert codes(found) == [p.SEBAGIAN_PENUH]
    assert (found[0].found, found[0].expected) == ("30", "< 30")
    less = p.check_keputusan(decide(Keputusan.DIAKOMODIR, (SUB_A, 20)), OK, Decimal(30))
    assert [(x.code, x.severity) for x in less] == [(p.DIAKOMODIR_KURANG, Severity.WARNING)]
    assert p.check_keputusan(decide(Keputusan.DIAKOMODIR, (SUB_A, 20)), OK, None) == ()


def test_check_usulan() -> None:
    good = UsulanInput(Sumber.MUSRENBANG, "Rehab Posyandu", 2024, tingkat_musrenbang=DESA)
    assert p.check_usulan(good) == ()
    found = p.check_usulan(UsulanInput(Sumber.MUSRENBANG, " ", 2024, biaya=Decimal(-1)))
    assert codes(found) == [p.URAIAN_KOSONG, p.TINGKAT_MUSRENBANG, p.BIAYA_NEGATIF]
    found = p.check_usulan(UsulanInput(Sumber.POKIR, "Jalan", 2024, tingkat_musrenbang=DESA))
    assert codes(found) == [p.TINGKAT_MUSRENBANG, p.POKIR_TANPA_ANGGOTA, p.POKIR_TANPA_FRAKSI]
    assert found[2].severity is Severity.WARNING
    pokir = UsulanInput(Sumber.POKIR, "Jalan", 2024, anggota_dprd="H. Ali", fraksi="X", dapil="1")
    assert p.check_usulan(pokir) == ()
    assert p.TANPA_VOLUME.is_missing


def test_labels() -> None:
    assert p.sumber_label(Sumber.MUSRENBANG, KEC) == "Musrenbang Kecamatan"
    assert p.sumber_label(Sumber.MUSRENBANG, None) == "Musrenbang"
    assert p.sumber_label(Sumber.POKIR, None) == "Pokok-pokok Pikiran DPRD"
    assert [k.label for k in Keputusan] == [
        "Diakomodir",
        "Diakomodir sebagian",
        "Tidak diakomodir",
        "Dialihkan",
    ]
    assert u("A", Sumber.MUSRENBANG, 1, None, tingkat=DESA).sumber_label == (
        "Musrenbang Desa/Kelurahan"
    )


@pytest.fixture
def exported() -> tuple[UsulanValue, ...]:
    return (
        u("1", Sumber.POKIR, 60, Keputusan.DIAKOMODIR_SEBAGIAN, 15, 15,
          anggota_dprd="Hj. Rina", fraksi="Golkar", dapil="Tarakan Barat",
          kecamatan="Tarakan Barat"),
        u("2", Sumber.MUSRENBANG, 30, Keputusan.DIAKOMODIR, 30, tingkat=DESA,
          kecamatan="Tarakan Barat"),
        u("3", Sumber.MUSRENBANG, 50, Keputusan.TIDAK_DIAKOMODIR, tingkat=DESA,
          kecamatan="Tarakan Utara"),
        u("4", Sumber.ASPIRASI, None, None),
        u("5", Sumber.POKIR, 40, None, anggota_dprd="Andi"),
        u("6", Sumber.POKIR, 10, None),
    )  # fmt: skip


def test_grouping_by_kecamatan(exported: tuple[UsulanValue, ...]) -> None:
    report = p.by_kecamatan("Usulan 2024", exported)
    assert report.pengelompokan == "Kecamatan"
    assert [(g.label, [i.nomor for i in g.items]) for g in report.groups] == [
        ("Tarakan Barat", ["1", "2"]),
        ("Tarakan Utara", ["3"]),
        ("Tanpa kecamatan", ["4", "5", "6"]),
    ]
    barat = report.groups[0]
    assert (barat.biaya, barat.biaya_diakomodir) == (90 * JT, 60 * JT)  # 60 + 30; 15 + 15 + 30


def test_grouping_by_dprd_member(exported: tuple[UsulanValue, ...]) -> None:
    report = p.by_anggota_dprd("Pokir 2024", exported)
    assert [(g.label, g.keterangan, [i.nomor for i in g.items]) for g in report.groups] == [
        ("Andi", "", ["5"]),
        ("Hj. Rina", "Fraksi Golkar; Dapil Tarakan Barat", ["1"]),
        ("Anggota DPRD tidak disebut", "", ["6"]),
    ]
    assert report.groups[1].biaya_diakomodir == 30 * JT


def test_report_totals(exported: tuple[UsulanValue, ...]) -> None:
    report = p.by_kecamatan("Usulan 2024", exported)
    # biaya 60 + 30 + 50 + 40 + 10 (no. 4 has none) = 190; accommodated 15 + 15 + 30 = 60.
    assert (report.jumlah, report.biaya, report.biaya_diakomodir) == (6, 190 * JT, 60 * JT)
