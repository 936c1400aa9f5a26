"""The converted-text reader on small documents written here: markdown pipe tables, HTML
``<table>`` fragments, tab tables broken by pages, running headers, pre-2019 codes."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.anggaran import compute_realisasi_anggaran
from renjana.core.kode import KodeKind, parse_kode
from renjana.importers import Heading, PageBreak, Paragraph, read_text, read_text_file
from renjana.importers.document import DOKUMEN_TIDAK_TERBACA
from renjana.importers.tables import (
    TableKind,
    extract_anggaran,
    extract_renja,
    extract_rows,
    extract_tc29,
    recognize,
)

PIPE_DOCUMENT = """\
# BAB II HASIL EVALUASI

## 2.1 Evaluasi Pelaksanaan Renja

Realisasi anggaran tahun 2022 disajikan pada tabel berikut.

**Tabel 2.3**
**Realisasi Anggaran Tahun 2022**

| No | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---:|---|---:|---:|---:|
| 1 | **Program Perlindungan dan Jaminan Sosial** | 300.000.000 | 250.000.000 | 83,33 |
|  | Kegiatan Pengelolaan Data Fakir Miskin | 300.000.000 | 250.000.000 | 83,33 |
|  | Sub Kegiatan Pendataan Fakir Miskin | 200.000.000 | 150.000.000 | 75,00 |
|  | Sub Kegiatan Fasilitasi Bantuan Sosial | 100.000.000 | 100.000.000 | 100,00 |
|  | **Total** | 300.000.000 | 250.000.000 | 83,33 |

Realisasi keuangan mencapai 83,33 persen.
"""


def test_markdown_pipe_table_is_read_and_recognised() -> None:
    document = read_text(PIPE_DOCUMENT, "ringkas.md")
    assert [type(b).__name__ for b in document.blocks] == [
        "Heading", "Heading", "Paragraph", "Paragraph", "Paragraph", "Table", "Paragraph",
    ]  # fmt: skip
    (tabel,) = document.tables()
    assert tabel.title == "Tabel 2.3 Realisasi Anggaran Tahun 2022"
    assert tabel.label == "Tabel 2.3"
    assert tabel.section == "2.1 Evaluasi Pelaksanaan Renja"
    assert len(tabel.header_rows) == 1
    assert tabel.body_rows[0].bold == frozenset({1})
    found = recognize(tabel)
    assert found.kind is TableKind.REALISASI_ANGGARAN
    anggaran = extract_anggaran(tabel, document.source, found)
    assert [(r.kode, r.induk, r.level) for r in anggaran.rows] == [
        ("P1", None, "program"),
        ("P1.K1", "P1", "kegiatan"),
        ("P1.K1.S1", "P1.K1", "subkegiatan"),
        ("P1.K1.S2", "P1.K1", "subkegiatan"),
    ]
    assert anggaran.jumlah is not None
    assert anggaran.jumlah.anggaran.value == Decimal(300_000_000)
    laporan = compute_realisasi_anggaran(anggaran.rows)
    assert laporan.total.realisasi == Decimal(250_000_000)
    assert document.narrative().endswith("Realisasi keuangan mencapai 83,33 persen.")


HTML_DOCUMENT = """\
Tabel T-C.33 disajikan sebagai berikut.

Lampiran II Rumusan Rencana Program dan Kegiatan Tahun 2016

<table>
<thead>
<tr><th rowspan="2">Kode</th><th rowspan="2">Program/Kegiatan</th><th rowspan="2">Indikator</th>
<th colspan="4">Rencana Tahun 2016</th><th rowspan="2">Catatan Penting</th>
<th colspan="2">Prakiraan Maju Tahun 2017</th></tr>
<tr><th>Lokasi</th><th>Target Capaian Kinerja</th><th>Kebutuhan Dana/Pagu Indikatif</th>
<th>Sumber Dana</th><th>Target</th><th>Kebutuhan Dana</th></tr>
</thead>
<tr><td><b>1.06.01.01.15</b></td><td><b>Program Pemberdayaan Fakir Miskin</b></td>
<td>Persentase KUBE yang berkembang</td><td>Kota</td><td>80 %</td>
<td><b>150.000.000</b></td><td>APBD</td><td></td><td>85 %</td><td>160.000.000</td></tr>
<tr><td>1.06.01.01.15.01</td><td>Pelatihan keterampilan berusaha bagi keluarga miskin</td>
<td><ul><li>Jumlah peserta</li><li>Jumlah KUBE</li></ul></td><td>Kota</td>
<td>40 Orang; 4 Kelompok</td><td>150.000.000</td><td>APBD</td><td>&amp; DAK</td>
<td>45 Orang; 5 Kelompok</td><td>160.000.000</td></tr>
</table>
"""


def test_html_table_fragment_with_spans_and_old_codes() -> None:
    document = read_text(HTML_DOCUMENT, "lama.txt")
    (tabel,) = document.tables()
    assert tabel.title == "Lampiran II Rumusan Rencana Program dan Kegiatan Tahun 2016"
    assert tabel.label == "Lampiran II"
    assert len(tabel.header_rows) == 2
    assert tabel.header_rows[1].cells[:4] == ("", "", "", "Lokasi")
    found = recognize(tabel)
    assert found.kind is TableKind.TC33
    renja = extract_renja(tabel, document.source, found)
    assert [r.kode for r in renja.rows] == ["1.06.01.01.15", "1.06.01.01.15.01"]
    assert {p.code for p in renja.problems} == {"KODE_LAMA"}  # pre-2019 code, kept as printed
    assert parse_kode(renja.rows[1].kode).kind is KodeKind.OLD
    kegiatan = renja.rows[1]
    assert [(i.uraian, i.target.nilai, i.target.satuan) for i in kegiatan.indikator] == [
        ("Jumlah peserta", Decimal(40), "Orang"),
        ("Jumlah KUBE", Decimal(4), "Kelompok"),
    ]
    assert [i.target_n1.nilai for i in kegiatan.indikator] == [Decimal(45), Decimal(5)]
    assert kegiatan.catatan == "& DAK"
    assert (kegiatan.pagu, kegiatan.pagu_n1) == (Decimal(150_000_000), Decimal(160_000_000))


_HEADER = "\t".join(
    ("Kode", "", "", "", "Urusan/Program/Kegiatan", "Indikator", "Target Renstra",
     "Realisasi s/d 2016", "Target Renja 2017", "Realisasi Renja 2017", "Tingkat Realisasi (%)",
     "Target 2018", "Realisasi s/d 2018", "Tingkat Capaian (%)")
)  # fmt: skip
_NUMBERS = "\t".join(str(n) for n in range(1, 15))
_PROGRAM = "\t".join(
    ("1", "6", "15", "", "Program Pemberdayaan Fakir Miskin", "Persentase KUBE berkembang",
     "80 %", "60 %", "70 %", "65 %", "92,86", "75 %", "75 %", "93,75")
)  # fmt: skip
_KEGIATAN = "\t".join(
    ("1", "6", "15", "1", "Pelatihan keterampilan berusaha bagi", "Jumlah peserta pelatihan",
     "200 Orang", "100 Orang", "40 Orang", "40 Orang", "100", "40 Orang", "180 Orang", "90")
)  # fmt: skip
_REST = "\t" * 4 + "keluarga miskin" + "\t" * 9
TAB_DOCUMENT = f"""\
# Laporan Kinerja 2019

**Tabel 1**
**Evaluasi Hasil Renja s/d Tahun 2017**

{_HEADER}
{_NUMBERS}
{_PROGRAM}

# Laporan Kinerja 2019

{_HEADER}
{_NUMBERS}
{_KEGIATAN}

{_REST}

# Laporan Kinerja 2019

Paragraf sesudah tabel.
"""


def test_tab_table_across_pages_with_running_header_and_old_split_codes() -> None:
    document = read_text(TAB_DOCUMENT)
    assert [h.text for h in document.headings()] == []  # printed 3 times: a running header
    assert [b for b in document.blocks if isinstance(b, PageBreak)] == [
        PageBreak(1, "Laporan Kinerja 2019"),
        PageBreak(18, "Laporan Kinerja 2019"),
    ]
    (tabel,) = document.tables()
    assert tabel.title == "Tabel 1 Evaluasi Hasil Renja s/d Tahun 2017"
    assert len(tabel.header_rows) == 2  # the copy after the page break is dropped
    assert [r.source_lines for r in tabel.body_rows] == [(8,), (14, 16)]
    assert tabel.body_rows[1].page_break_before
    found = recognize(tabel)
    assert found.kind is TableKind.TC29  # "Tingkat Realisasi" + "Renstra"
    tc29 = extract_tc29(tabel, "", found)
    # "1 | 6 | 15" is also a valid current program code; "1 | 6 | 15 | 1" (U B P K) is old
    assert [r.kode for r in tc29.rows] == ["1.06.15", "1.6.15.1"]
    assert {p.code for p in tc29.problems} == {"KODE_LAMA"}
    row = tc29.rows[1]
    assert row.nama == "Pelatihan keterampilan berusaha bagi keluarga miskin"
    assert row.realisasi_n2.nilai == Decimal(40)
    assert tc29.printed[1].tingkat_capaian.value == Decimal(90)


def test_paragraphs_keep_hard_line_breaks_and_bold() -> None:
    document = read_text("**BAB III**  \n**TUJUAN DAN SASARAN**\n\nTeks biasa.\n")
    heading, paragraph = document.blocks
    assert heading == Heading(1, "BAB III TUJUAN DAN SASARAN", 1)
    assert paragraph == Paragraph("Teks biasa.", 4, ("Teks biasa.",), False)


def test_unreadable_file_is_a_problem_not_an_exception(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "rusak.txt"
    path.write_bytes(b"\xff\xfe\x00bukan utf-8 \xc3")
    document = read_text_file(path)
    assert document.blocks == ()
    assert [p.code for p in document.problems] == [DOKUMEN_TIDAK_TERBACA]
    assert document.problems[0].location.file == "rusak.txt"


def test_tables_without_header_words_are_unknown_but_still_rows() -> None:
    document = read_text("Daftar\n\nsatu\tdua\ttiga\n4\t5\t6\n")
    (tabel,) = document.tables()
    found = recognize(tabel)
    assert found.kind is TableKind.TIDAK_DIKENAL
    rows = extract_rows(tabel, "", found).rows
    assert rows[0].get("kolom_1") == Decimal(4)
