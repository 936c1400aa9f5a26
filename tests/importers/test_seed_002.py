"""Seed 002 (RKT 2024, Dinas Sosial Kota Medan): plain text without any delimiter. Tables whose
rows are "[ordinal] label values…" are cut into cells (1.2, 1.3, 1.4, 2.1, 2.4, 2.5, 3.1,
3.3); tables whose cells were printed on separate lines (1.1, 2.2, 2.3, 3.2) are kept as one
line per row, still recognised by their header."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.anggaran import compute_realisasi_anggaran
from renjana.core.quantity import Quantity
from renjana.importers import Document, TableLayout
from renjana.importers.tables import TableKind, extract_anggaran, extract_rows, recognize
from tests.importers.seeds import table

SPACES, LINES = TableLayout.SPACES, TableLayout.LINES


def test_tables_found_with_kind_layout_and_title(seed002: Document) -> None:
    found = [(t.label, recognize(t).kind, t.layout) for t in seed002.tables()]
    assert found == [
        ("Tabel 1.1", TableKind.TIDAK_DIKENAL, LINES),
        ("Tabel 1.2", TableKind.SDM, SPACES),
        ("Tabel 1.3", TableKind.SDM, SPACES),
        ("Tabel 1.4", TableKind.SDM, SPACES),
        ("Tabel 2.1", TableKind.CAPAIAN_KINERJA, SPACES),
        ("Tabel 2.2", TableKind.CAPAIAN_KINERJA, LINES),
        ("Tabel 2.3", TableKind.TUJUAN_SASARAN, LINES),
        ("Tabel 2.4", TableKind.REALISASI_ANGGARAN, SPACES),
        ("Tabel 2.5", TableKind.REALISASI_ANGGARAN, SPACES),
        ("Tabel 3.1", TableKind.TUJUAN_SASARAN, SPACES),
        ("Tabel 3.2", TableKind.RENCANA_AKSI, LINES),
        ("Tabel 3.3", TableKind.REALISASI_ANGGARAN, SPACES),
    ]
    titles = {t.label: t.title for t in seed002.tables()}
    assert titles["Tabel 1.1"] == "Table 1.1 SUSUNAN ORGANISASI DINAS SOSIAL KOTA MEDAN"
    assert titles["Tabel 1.3"] == (
        "Tabel 1.3 JUMLAH PHL PADA DINAS SOSIAL KOTA MEDAN TAHUN 2023 BERDASARKAN PENDIDIKAN"
    )
    assert titles["Tabel 2.5"] == (
        "Tabel 2.5 Realisasi Capaian Anggaran Program Pendukung Sasaran Startegis / IKU "
        "(Indikator kinerja Utama) Tahun 2023"
    )


def test_staff_tables_are_cut_into_label_and_counts(seed002: Document) -> None:
    tabel, _ = table(seed002, "Tabel 1.3")
    assert tabel.header_rows[0].cells == ("NO PENDIDIKAN L P JUMLAH ORANG",)
    cells = [r.cells for r in tabel.body_rows]
    assert cells[1] == ("2", "PASCASARJANA(S2)", "1", "2", "3", "")
    assert cells[6] == ("7", "SD", "-", "", "-", "")  # a non-breaking space is an empty cell
    assert cells[7] == ("", "JUMLAH", "35", "35", "71", "")  # S002-01: P sums to 36
    tabel, found = table(seed002, "Tabel 1.4")
    rows = extract_rows(tabel, seed002.source, found).rows
    iii_b = next(r for r in rows if r.get("uraian") == "Golongan III/b")
    assert [c.raw for n, c in iii_b.cells.items() if n.startswith("kolom_")][1:6] == [
        "-",
        "1",
        "-",
        "4",
        "1",
    ]  # S002-02
    assert rows[-1].get("uraian") == "TOTAL"


def test_program_budget_tables(seed002: Document) -> None:
    tabel, found = table(seed002, "Tabel 2.4")
    anggaran = extract_anggaran(tabel, seed002.source, found)
    assert [r.level for r in anggaran.rows] == ["program"] * 5
    assert sum(r.anggaran or 0 for r in anggaran.rows) == Decimal(110_944_777_785)
    assert [p.keterangan for p in anggaran.printed] == ["APBD"] * 5
    tabel, found = table(seed002, "Tabel 2.5")
    realisasi = extract_anggaran(tabel, seed002.source, found)
    assert sum(r.realisasi or 0 for r in realisasi.rows) == Decimal(93_606_119_789)
    assert [p.persen.value for p in realisasi.printed] == [
        Decimal("83.63"),
        Decimal("85.50"),
        Decimal("83.78"),
        Decimal("88.63"),
        Decimal("59.09"),
    ]
    laporan = compute_realisasi_anggaran(realisasi.rows)
    assert laporan.total.rounded().persen == Decimal("84.37")
    tabel, found = table(seed002, "Tabel 3.3")
    rencana = extract_anggaran(tabel, seed002.source, found)
    assert sum(r.anggaran or 0 for r in rencana.rows) == Decimal(138_542_337_354)


def test_capaian_rows_keep_value_and_unit(seed002: Document) -> None:
    tabel, found = table(seed002, "Tabel 2.1")
    rows = extract_rows(tabel, seed002.source, found).rows
    bansos = next(r for r in rows if str(r.get("nama")).startswith("2. Bantuan Sosial sembako"))
    values = [c.nilai for n, c in bansos.cells.items() if n.startswith("kolom_") and c.raw]
    assert values == [
        Quantity(Decimal(70), "%", "KPM"),
        Quantity(Decimal("87.26"), "%", "KPM"),
        Decimal("87.26"),
    ]  # S002-04: the capaian printed is the realisation
    program = rows[0]
    assert program.get("no") == Decimal(1)
    assert "Sangat tercapai/ Berhasil" in [c.raw for c in program.cells.values()]


def test_line_tables_keep_every_line(seed002: Document) -> None:
    tabel, found = table(seed002, "Tabel 2.2")
    assert [r.cells[0] for r in tabel.header_rows] == [
        "NO SASARAN INDIKATOR KINERJA TARGET REALISASI CAPAIAN",
        "% Ordinal Predikat",
        "1 2 3 4 5 6 7 8",
    ]
    lines = [r.get("baris") for r in extract_rows(tabel, seed002.source, found).rows]
    assert lines[1:5] == ["70 %", "219.399 KPM", "88.04%", "125.77%"]
