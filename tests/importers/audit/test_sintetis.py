"""The audit on documents written here, not taken from the seeds: another office, level, year
and coding. A correct document yields no error (the false-positive floor); each mistake put
into it is reported once, by its rule, at its row.
"""

from __future__ import annotations

import pytest

from renjana.core.kode import Tingkat
from renjana.importers import read_text
from renjana.importers.audit import AuditReport, audit_document, draft_rows
from tests.importers.audit.cocok import satu
from tests.importers.audit.contoh import (
    baris_kabkota,
    baris_kode_lama,
    baris_provinsi,
    renja_text,
    salah_kabkota,
)


def audit(text: str, **options: object) -> AuditReport:
    return audit_document(read_text(text, "renja.txt"), **options)  # type: ignore[arg-type]


def test_a_correct_kab_kota_renja_has_no_finding_at_all() -> None:
    report = audit(renja_text(2025))
    assert (report.meta.tahun, report.meta.tingkat) == (2025, Tingkat.KABKOTA)
    assert report.meta.pemda == "Kabupaten Sukamaju"
    assert [(t.label, t.kind) for t in report.tables] == [
        ("Tabel 2.1", "tc29"),
        ("Tabel 4.1", "renja_17"),
    ]
    assert report.findings == ()


def test_a_correct_provinsi_renja_has_no_finding_at_all() -> None:
    report = audit(renja_text(2026, rows=baris_provinsi(), pemda="Provinsi Nusa Contoh", tc29=[]))
    assert (report.meta.tahun, report.meta.tingkat) == (2026, Tingkat.PROVINSI)
    assert report.findings == ()


def test_each_mistake_is_reported_once_where_it_is() -> None:
    report = audit(renja_text(2025, rows=salah_kabkota()))
    f = satu(report, "JUMLAH_INDUK_SALAH", kode="1.06.04.2.01")
    assert (f.found, f.expected, f.table_label) == ("Rp 210.000.000", "Rp 200.000.000", "Tabel 4.1")
    # the program above prints the sum of the leaves: the kegiatan is wrong, not the program
    assert len(report.by_rule("JUMLAH_INDUK_SALAH")) == 1
    f = satu(report, "PAGU_TANPA_TARGET", kode="1.06.04.2.01.0002")
    assert f.found == "0 Orang"
    f = satu(report, "LOKASI_BUKAN_TEMPAT", kode="1.06.01.2.01.0002")
    assert f.found == "Dinas Sosial"
    f = satu(report, "TINGKAT_KODE_SALAH", kode="1.06.01.1.01.0001")
    assert (f.found, f.expected) == ("1", "2")
    assert len(report.errors) == 4


def test_a_kab_kota_code_in_a_provinsi_plan() -> None:
    rows = baris_provinsi()
    text = renja_text(2026, rows=rows, pemda="Provinsi Nusa Contoh", tc29=[])
    text = text.replace("1.06.04.1.01.0002\t", "1.06.04.2.01.0002\t")
    f = satu(audit(text), "TINGKAT_KODE_SALAH", kode="1.06.04.2.01.0002")
    assert (f.found, f.expected) == ("2", "1")


def test_tc29_formulas_on_another_document() -> None:
    right = "100 Orang\t100,00 %\t110 Orang\t410\t82,00 %"
    report = audit(renja_text(2025).replace(right, "100 Orang\t95,00 %\t110 Orang\t410\t8,20 %"))
    f = satu(report, "TC29_KOLOM8_SALAH", kode="1.06.04.2.01.0001")
    assert (f.found, f.expected, f.table_label) == ("95,00 %", "100,00", "Tabel 2.1")
    f = satu(report, "TC29_KOLOM11_SALAH", kode="1.06.04.2.01.0001")
    assert (f.found, f.expected) == ("8,20 %", "82,00")
    report = audit(renja_text(2025).replace(right, "100 Orang\t1,00 %\t110 Orang\t410\t0,82 %"))
    f = satu(report, "TC29_KOLOM8_BUKAN_PERSEN", kode="1.06.04.2.01.0001")
    assert (f.found, f.expected) == ("1,00 %", "100,00")
    f = satu(report, "TC29_KOLOM11_BUKAN_PERSEN", kode="1.06.04.2.01.0001")
    assert (f.found, f.expected) == ("0,82 %", "82,00")


def test_years_relative_to_the_plan_year() -> None:
    text = renja_text(2025).replace("Prakiraan Maju Rencana Tahun 2026", "Prakiraan Maju "
                                    "Rencana Tahun 2025")  # fmt: skip
    text = text.replace("Renja Dinas Sosial Tahun 2025 menjadi", "Renja Dinas Sosial Tahun 2024 "
                        "menjadi")  # fmt: skip
    text = text.replace("Tahun 2021-2026", "Tahun 2026-2026")
    report = audit(text)
    f = satu(report, "TAHUN_SALAH", label="Tabel 4.1")
    assert (f.found, f.expected) == ("2025", "2026")
    f = satu(report, "TAHUN_SALAH", found="2024")
    assert f.expected == "2025"
    assert f.table == ""
    assert satu(report, "PERIODE_TIDAK_SAH", found="2026-2026")


def test_counts_and_words_in_the_narrative() -> None:
    base = renja_text(2025)
    report = audit(base.replace("merencanakan 4 sub kegiatan.", "merencanakan 2 (dua) program "
                                "dan 5 (lima) sub kegiatan."))  # fmt: skip
    f = satu(report, "HITUNGAN_NARASI_SALAH", found="5")
    assert f.expected == "4"
    assert "Tabel 4.1" in f.message
    assert len(report.findings) == 1  # "2 (dua) program" is right
    report = audit(base.replace("merencanakan 4 sub kegiatan.", "merencanakan 2 (tiga) program."))
    assert satu(report, "TERBILANG_SALAH", found="2 (tiga) program")


def test_citations_and_placeholders() -> None:
    text = renja_text(
        2025,
        landasan=(
            "Undang-Undang Nomor 23 Tahun 2004 tentang Pemerintahan Daerah;",
            "Keputusan Kepala Dinas Sosial Nomor : ..... tentang Tim Penyusun Renja;",
        ),
    )
    report = audit(text)
    f = satu(report, "HUKUM_TAHUN_BERTENTANGAN", found="Nomor 23 Tahun 2004")
    assert f.expected == "Tahun 2014"
    assert satu(report, "PLACEHOLDER_TIDAK_DIISI", found="Nomor : .....")


def test_old_coding_is_noted_and_still_summed() -> None:
    tc29 = [
        ("1.06.01.01.15.01", "Pelatihan Keterampilan bagi Penyandang Masalah Kesejahteraan Sosial",
         "Jumlah PMKS yang dilatih", "500 Orang", "200 Orang", "100 Orang", "90 Orang", "1,00 %",
         "100 Orang", "390", "78,00 %"),
    ]  # fmt: skip
    report = audit(renja_text(2018, rows=baris_kode_lama(140_000_000), tc29=tc29))
    assert report.meta.kode_lama
    assert report.meta.tahun == 2018
    assert satu(report, "KODE_LAMA").severity.value == "info"
    f = satu(report, "JUMLAH_INDUK_SALAH", kode="1.06.01.01.15")
    assert (f.found, f.expected) == ("Rp 140.000.000", "Rp 150.000.000")
    f = satu(report, "TC29_KOLOM8_SALAH", kode="1.06.01.01.15.01")
    assert (f.found, f.expected) == ("1,00 %", "90,00")
    # no nomenclature rule runs on codes that cannot be mapped
    assert {f.rule for f in report.findings} == {"KODE_LAMA", "JUMLAH_INDUK_SALAH",
                                                 "TC29_KOLOM8_SALAH"}  # fmt: skip


def test_a_correct_old_coded_plan_has_no_error() -> None:
    report = audit(renja_text(2018, rows=baris_kode_lama(), tc29=[]))
    assert not report.errors


@pytest.mark.parametrize(
    ("options", "rule", "found", "expected"),
    [
        ({"tingkat": Tingkat.PROVINSI}, "TINGKAT_KODE_SALAH", "2", "1"),
        ({"tahun": 2024}, "TAHUN_SALAH", "2026", "2025"),
    ],
)
def test_options_override_the_detected_context(
    options: dict[str, object], rule: str, found: str, expected: str
) -> None:
    report = audit(renja_text(2025), **options)
    assert [f for f in report.by_rule(rule) if (f.found, f.expected) == (found, expected)]


def test_context_falls_back_to_the_text_and_the_codes() -> None:
    text = renja_text(2025).replace("TAHUN 2025\n", "\n", 1)
    text = text.replace("Kabupaten Sukamaju", "Sukamaju").replace("KABUPATEN SUKAMAJU", "SUKAMAJU")
    report = audit(text)
    assert (report.meta.tahun, report.meta.tahun_dari) == (2025, "narasi")
    assert (report.meta.tingkat, report.meta.tingkat_dari) == (Tingkat.KABKOTA, "kode")
    assert report.findings == ()


def test_without_a_year_the_year_rules_are_skipped_and_said() -> None:
    text = renja_text(2025)
    for year in ("2023", "2024", "2025", "2026"):
        text = text.replace(f"Tahun {year}", "").replace(f"TAHUN {year}", "")
        text = text.replace(f"tahun {year}", "")
    report = audit(text)
    assert report.meta.tahun is None
    assert satu(report, "KONTEKS_TIDAK_TERDETEKSI").severity.value == "info"
    assert not report.by_rule("TAHUN_SALAH")


def test_draft_rows_are_the_main_table_without_parent_pagu() -> None:
    report = audit(renja_text(2025))
    rows = draft_rows(report)
    assert report.rencana_tabel.startswith("Tabel 4.1")
    assert [r.kode for r in rows] == [b.kode for b in baris_kabkota()]
    by_code = {r.kode: r for r in rows}
    assert by_code["1.06.04"].pagu is None  # the core sums the children
    leaf = by_code["1.06.04.2.01.0001"]
    assert leaf.pagu == 150_000_000
    assert leaf.lokasi == ("Kecamatan Sukamaju Kota",)
    assert leaf.kelompok_sasaran == "Masyarakat"
    assert leaf.sumber_dana


RKT = """RENCANA KINERJA TAHUNAN (RKT) DINAS SOSIAL KABUPATEN SUKAMAJU TAHUN 2025

BAB I PENDAHULUAN

1.3 Sumber Daya Manusia

Tabel 1.2
JUMLAH PEGAWAI MENURUT PENDIDIKAN
NO\tPENDIDIKAN\tL\tP\tJUMLAH
1\tSARJANA (S1)\t10\t12\t22
2\tDIPLOMA (D3)\t-\t3\t3
3\tSLTA\t4\t2\t6
\tJUMLAH\t14\t{p}\t31

Tabel 2.1
Realisasi Capaian Kinerja Tahun 2023
No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya pelayanan sosial\tPersentase PMKS yang tertangani\t80 %\t72 %\t90,00 %
2\tMeningkatnya peran PSKS\tPersentase PSKS yang aktif\t50 %\t{realisasi}\t90,00 %
\tRata-rata Capaian Kinerja\t\t\t\t{rata}
"""


def test_a_correct_rkt_with_staff_and_capaian_tables_has_no_finding() -> None:
    report = audit(RKT.format(p="17", realisasi="45 %", rata="90,00 %"))
    assert report.meta.jenis == "rkt"
    assert [t.kind for t in report.tables] == ["sdm", "capaian_kinerja"]
    assert report.findings == ()


def test_staff_total_capaian_and_average() -> None:
    report = audit(RKT.format(p="16", realisasi="55 %", rata="95,00 %"))
    f = satu(report, "SDM_JUMLAH_SALAH", label="Tabel 1.2")
    assert (f.column, f.found, f.expected) == ("P", "16", "17")
    f = satu(report, "PERSEN_SALAH", label="Tabel 2.1")
    assert (f.found, f.expected) == ("90,00 %", "110,00")
    f = satu(report, "RATA_RATA_SALAH", label="Tabel 2.1")
    assert (f.found, f.expected) == ("95,00 %", "100,00")


SPM = """RENCANA KERJA (RENJA) DINAS SOSIAL KABUPATEN SUKAMAJU TAHUN 2025

BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU

Tabel 2.3
Capaian SPM Bidang Sosial Tahun 2023
No\tJenis Layanan SPM\tJumlah yang harus dilayani\tJumlah yang terlayani\tBelum terlayani\tTotal Pencapaian (%)
1\tRehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti\t100\t80\t20\t80,00
2\tRehabilitasi sosial dasar anak terlantar di luar panti\t50\t50\t0\t100,00
3\tRehabilitasi sosial dasar lanjut usia terlantar di luar panti\t40\t30\t{belum}\t75,00
"""  # noqa: E501


def test_spm_counts() -> None:
    assert audit(SPM.format(belum="10")).findings == ()
    report = audit(SPM.format(belum="5"))
    f = satu(report, "SPM_HITUNGAN_SALAH", label="Tabel 2.3")
    assert (f.found, f.expected) == ("5", "10")
    assert "lanjut usia" in f.nama
    assert len(report.findings) == 1
