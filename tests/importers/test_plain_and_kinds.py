"""Space-separated tables in plain text, and kind recognition from header words alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renjana.importers import TableLayout, read_text
from renjana.importers.document import Row, Table, table_label
from renjana.importers.tables import TableKind, extract_rows, recognize

NBSP = "\xa0"

PLAIN = f"""\
1.3. SUMBER DAYA MANUSIA
Pegawai dinas terdiri dari :

Tabel 3
JUMLAH PEGAWAI MENURUT PENDIDIKAN
NO PENDIDIKAN L P JUMLAH
1 SARJANA (S1) 10 12 22
2 DIPLOMA (D3) - 3 3
3 SLTA 4 {NBSP} 4
{NBSP} JUMLAH 14 15 29


Jumlah pegawai sudah memadai untuk melaksanakan tugas pokok dan fungsi dinas sosial.

Tabel 4
Alokasi Anggaran Program Tahun 2025
NO PROGRAM ANGGARAN KET
1 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH Rp. 1.250.000.000 APBD
2 PROGRAM REHABILITASI SOSIAL Rp.{NBSP} 750.000.000 APBD
"""


def test_space_separated_tables_are_cut_into_label_and_values() -> None:
    document = read_text(PLAIN, "rkt.txt")
    staff, budget = document.tables()
    assert staff.layout is TableLayout.SPACES
    assert staff.title == "Tabel 3 JUMLAH PEGAWAI MENURUT PENDIDIKAN"
    assert [r.cells for r in staff.body_rows] == [
        ("1", "SARJANA (S1)", "10", "12", "22", ""),
        ("2", "DIPLOMA (D3)", "-", "3", "3", ""),
        ("3", "SLTA", "4", "", "4", ""),
        ("", "JUMLAH", "14", "15", "29", ""),
    ]
    assert recognize(staff).kind is TableKind.SDM
    assert recognize(budget).kind is TableKind.REALISASI_ANGGARAN
    rows = extract_rows(budget, document.source).rows
    assert [(r.get("nama"), r.get("anggaran"), r.get("keterangan")) for r in rows] == [
        ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", Decimal(1_250_000_000), "APBD"),
        ("PROGRAM REHABILITASI SOSIAL", Decimal(750_000_000), "APBD"),
    ]
    paragraphs = [p.text for p in document.paragraphs()]
    assert (
        "Jumlah pegawai sudah memadai untuk melaksanakan tugas pokok dan fungsi dinas "
        "sosial." in paragraphs
    )


def _table(*header: tuple[str, ...]) -> Table:
    rows = tuple(Row(cells, i + 1) for i, cells in enumerate(header))
    body = (Row(tuple("x" for _ in header[0]), len(header) + 1),)
    return Table(("Tabel 9",), rows, body, 1, len(header) + 1)


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ((("No", "Jenis Layanan SPM", "Jumlah yang harus dilayani", "Jumlah yang terlayani",
           "Belum terlayani", "Total Pencapaian"),), TableKind.SPM_CAPAIAN),
        ((("Indikator", "Nilai (%)", "Batas Waktu Pencapaian", "Satuan Kerja"),),
         TableKind.SPM_LAMA),
        ((("Indikator", "Target Nasional", "Target Daerah", "Realisasi"),), TableKind.SPM_LAMA),
        ((("NO", "TUJUAN", "SASARAN", "INDIKATOR KINERJA"),), TableKind.TUJUAN_SASARAN),
        ((("Tujuan", "Sasaran", "Strategi"),), TableKind.TUJUAN_SASARAN),
        ((("No", "PMKS", "2019", "2020", "2021"),), TableKind.PPKS),
        ((("Kode", "Program/Kegiatan/Sub Kegiatan", "Belanja", "", "%"),
          ("", "", "Anggaran", "Realisasi", "")), TableKind.REALISASI_ANGGARAN),
        ((("Kode", "Uraian", "Indikator", "Target"),), TableKind.TIDAK_DIKENAL),
    ],
)  # fmt: skip
def test_kinds_from_header_words(header: tuple[tuple[str, ...], ...], kind: TableKind) -> None:
    assert recognize(_table(*header)).kind is kind


def test_table_labels_are_normalised() -> None:
    assert table_label("TABEL - 2.1") == "Tabel 2.1"
    assert table_label("**Tabel – 4.1**") == "Tabel 4.1"
    assert table_label("Table 1.1 SUSUNAN") == "Tabel 1.1"
    assert table_label("Lampiran II Rumusan") == "Lampiran II"
    assert table_label("Tabel 2.") == "Tabel 2"
    assert table_label("Tabelnya tidak ada") == ""
