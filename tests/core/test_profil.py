"""The office profile: the structure typed as an indented list, and the fungsi lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from renjana.core.profil import (
    STRUKTUR_TIDAK_SAH,
    Profil,
    UnitOrganisasi,
    check_struktur,
    format_struktur,
    parse_fungsi,
    parse_struktur,
    walk,
)

# Seed 002 Table 1.1 and Pasal 28 (lines 96-148), abridged.
MEDAN = """\
Kepala Dinas
- Sekretariat
-- Sub Bagian Umum dan Kepegawaian
-- Sub Bagian Keuangan dan Penyusunan Program
- Bidang Rehabilitasi Sosial
-- Koordinator dan Kelompok Jabatan Fungsional
- UPT
"""


def test_indented_list_becomes_units_with_parents_and_back() -> None:
    units, problems = parse_struktur(MEDAN)
    assert problems == ()
    assert units == (
        UnitOrganisasi("Kepala Dinas", None),
        UnitOrganisasi("Sekretariat", "Kepala Dinas"),
        UnitOrganisasi("Sub Bagian Umum dan Kepegawaian", "Sekretariat"),
        UnitOrganisasi("Sub Bagian Keuangan dan Penyusunan Program", "Sekretariat"),
        UnitOrganisasi("Bidang Rehabilitasi Sosial", "Kepala Dinas"),
        UnitOrganisasi("Koordinator dan Kelompok Jabatan Fungsional", "Bidang Rehabilitasi Sosial"),
        UnitOrganisasi("UPT", "Kepala Dinas"),
    )
    assert format_struktur(units) == MEDAN.strip()
    assert walk(units)[:3] == [
        (0, "Kepala Dinas"),
        (1, "Sekretariat"),
        (2, "Sub Bagian Umum dan Kepegawaian"),
    ]


def test_a_jump_of_two_levels_and_duplicates_are_refused() -> None:
    units, problems = parse_struktur("Kepala Dinas\n--- Seksi X\n- Sekretariat\n- Sekretariat")
    assert [u.nama for u in units] == ["Kepala Dinas", "Sekretariat", "Sekretariat"]
    assert [p.code for p in problems] == [STRUKTUR_TIDAK_SAH, STRUKTUR_TIDAK_SAH]
    assert problems[0].message == (
        "Baris 2 ('Seksi X'): bertingkat 3 tanda '-', padahal baris sebelumnya hanya 0; tambahkan "
        "satu tingkat saja di bawah unit induknya."
    )
    assert problems[1].message == "Unit 'Sekretariat' tercantum dua kali; nama unit harus berbeda."
    assert parse_struktur("- Sekretariat")[1][0].location.row == 1
    assert parse_struktur("Kepala\n-  \n")[1][0].message == "Baris 2: nama unit kosong."


def test_unknown_parent_and_cycles() -> None:
    problems = check_struktur(
        [
            UnitOrganisasi("A", "B"),
            UnitOrganisasi("B", "A"),
            UnitOrganisasi("C", "X"),
            UnitOrganisasi(" ", None),
        ]
    )
    messages = [p.message for p in problems]
    assert "Induk unit 'C' ('X') tidak ada dalam susunan organisasi." in messages
    assert "Unit 'A' menjadi induk bagi dirinya sendiri." in messages
    assert "Ada unit tanpa nama; isi nama unit atau hapus barisnya." in messages


def test_fungsi_lines_lose_their_numbering() -> None:
    text = (
        "1. Perumusan kebijakan;\n  2) Pelaksanaan   kebijakan\n\n- Evaluasi\n"
        "• Administrasi\na. Lain"
    )
    assert parse_fungsi(text) == (
        "Perumusan kebijakan;",
        "Pelaksanaan kebijakan",
        "Evaluasi",
        "Administrasi",
        "Lain",
    )
    assert Profil().kosong
    assert not Profil(fungsi=("x",)).kosong


_name = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(lambda s: " ".join(s.split()))


@given(st.lists(st.tuples(_name, st.integers(0, 3)), max_size=12))
def test_parsed_text_formats_back_to_a_text_that_parses_the_same(
    lines: list[tuple[str, int]],
) -> None:
    text = "\n".join(("-" * d + " " if d else "") + n for n, d in lines if n)
    units, problems = parse_struktur(text)
    if not problems:
        again, more = parse_struktur(format_struktur(units))
        assert more == ()
        assert again == units
