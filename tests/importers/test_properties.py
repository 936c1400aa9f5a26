"""Properties: a reader never raises on a user's text, and rows keep their cells in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from renjana.importers import read_text
from renjana.importers.tables import (
    TableKind,
    extract_anggaran,
    extract_renja,
    extract_rfk,
    extract_rows,
    extract_tc29,
    recognize,
)
from renjana.importers.tables.align import align_cells
from renjana.importers.tables.columns import Column, JenisKolom

PIECES = st.sampled_from(
    [
        "\t", "\n", "\n\n", " ", "|", "---", "# ", "**", "<b>", "</b>", "<table><tr><td>",
        "</td><td>", "</td></tr></table>", "Tabel 4.1", "Kode", "Pagu", "Lokasi", "Target",
        "Kelompok Sasaran", "Prakiraan Maju", "1", "06", "2.01", "0001", "1.06.04.2.01.0001",
        "13.867.555.785,00", "3,379,675,000", "100 %", "4 Dokumen", "-", "N/A", "J U M L A H",
        "Bobot", "TTB", "Sisa", "7/6", "Anggaran",
        "Program", "Penyediaan Permakanan", "\xa0", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=120))
def test_reading_any_text_never_raises(pieces: list[str]) -> None:
    document = read_text("".join(pieces), "acak.txt")
    for table in document.tables():
        found = recognize(table)
        extract_rows(table, document.source, found)
        typed = {
            TableKind.RENJA_17: extract_renja,
            TableKind.TC33: extract_renja,
            TableKind.TC29: extract_tc29,
            TableKind.RFK: extract_rfk,
            TableKind.REALISASI_ANGGARAN: extract_anggaran,
        }.get(found.kind)
        if typed is not None:
            typed(table, document.source, found)


CELL_TEXTS = st.sampled_from(["Teks", "10 Orang", "1.000.000", "95%", "-", "Kota", "12"])
COLUMNS = tuple(
    Column(f"k{i}", jenis, i, "")
    for i, jenis in enumerate(
        (JenisKolom.TEKS, JenisKolom.TARGET, JenisKolom.RUPIAH, JenisKolom.TEKS, JenisKolom.PERSEN)
    )
)


@given(
    st.lists(
        st.tuples(st.integers(0, 8), CELL_TEXTS),
        max_size=7,
        unique_by=(lambda cell: cell[0], lambda cell: cell[1]),
    )
)
def test_aligned_cells_keep_their_order_and_nothing_is_lost(
    cells: list[tuple[int, str]],
) -> None:
    ordered = sorted(cells)
    placed, unplaced = align_cells(ordered, COLUMNS, {c.name: c.position for c in COLUMNS}, 0)
    texts = [placed[c.name] for c in COLUMNS if placed[c.name]]
    assert sorted(texts + unplaced) == sorted(t for _, t in ordered)
    position = {t: p for p, t in ordered}
    assert [position[t] for t in texts] == sorted(position[t] for t in texts)
