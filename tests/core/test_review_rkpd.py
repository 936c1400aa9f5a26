"""T-C.31: the RKPD draft beside the Renja, with every difference and both totals.

Rows are taken from seed 001 Tabel 3 (lines 572–582, 585–587, 629–630); totals by hand.
"""

from __future__ import annotations

from decimal import Decimal

from renjana.core.kode import Tingkat
from renjana.core.problems import Location, Severity
from renjana.core.quantity import Quantity
from renjana.core.review_rkpd import (
    INDUK_TIDAK_ADA,
    KODE_TIDAK_SAH,
    PAGU_INDUK_BERBEDA,
    TINGKAT_KODE_SALAH,
    IndikatorTarget,
    Perbedaan,
    ReviewInput,
    RkpdBarisInput,
    check_rkpd_rows,
    review_rkpd,
    same_target,
)
from renjana.core.tree import DUPLICATE_KEY, PARENT_VALUE_IGNORED


def row(
    kode: str, nama: str, pagu: str | None = None, *targets: tuple[str, Quantity]
) -> ReviewInput:
    indikator = tuple(IndikatorTarget(u, q) for u, q in targets)
    return ReviewInput(kode, nama, indikator, None if pagu is None else Decimal(pagu))


def q(nilai: str | None, satuan: str = "", teks: str = "") -> Quantity:
    return Quantity(None if nilai is None else Decimal(nilai), satuan, teks)


LAYANAN = "Jumlah layanan administrasi umum yang terlaksana"
CETAK = "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan"
ALAT = "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara"
RKPD = [
    row("1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    row("1.06.01.2.05", "Administrasi Kepegawaian Perangkat Daerah"),
    row("1.06.01.2.05.0010", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "18200000",
        ("Jumlah Paket Pakaian Dinas", q("26", "Paket"))),
    row("1.06.01.2.06", "Administrasi Umum Perangkat Daerah", None, (LAYANAN, q("5", "Layanan"))),
    row("1.06.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan", "15000000",
        (CETAK, q("2", "Paket"))),
    row("1.06.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
    row("1.06.01.2.09.0006", "Pemeliharaan Peralatan dan Mesin Lainnya", "10000000",
        (ALAT, q("40", "Unit"))),
    row("2.13.04", "Program Administrasi Pemerintahan Desa", None,
        ("Kategori Kelurahan", q(None, teks="Cepat Berkembang"))),
]  # fmt: skip
RENJA = [
    row("1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    row("1.06.01.2.06", "Administrasi Umum Perangkat Daerah", None, (LAYANAN, q("5", "Layanan"))),
    row("1.06.01.2.06.0005", "Penyediaan Barang Cetak dan Penggandaan", "17600000",
        (CETAK, q("2", "Paket"))),
    row("1.06.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
    row("1.06.01.2.09.0006", "Pemeliharaan Peralatan dan Mesin Lainnya", "10000000",
        (ALAT, q("16", "Unit"))),
    row("2.13.04", "Program Administrasi Pemerintahan Desa", None,
        ("kategori  kelurahan", q(None, teks="cepat berkembang"))),
    row("2.13.04.2.01", "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa"),
    row("2.13.04.2.01.0018", "Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan",
        "43885970", ("Jumlah Dokumen Hasil Evaluasi", q("2", "Dokumen"))),
]  # fmt: skip
NAMES = {"1": "URUSAN WAJIB PELAYANAN DASAR", "1.06": "BIDANG SOSIAL"}


def test_rows_differences_and_totals() -> None:
    review = review_rkpd(RKPD, RENJA, NAMES, {"1.06.01.2.09.0006": "Sesuai hasil inventaris"})
    rows = {r.kode: r for r in review.rows}
    assert list(rows) == [
        "1", "1.06", "1.06.01", "1.06.01.2.05", "1.06.01.2.05.0010", "1.06.01.2.06",
        "1.06.01.2.06.0005", "1.06.01.2.09", "1.06.01.2.09.0006",
        "2", "2.13", "2.13.04", "2.13.04.2.01", "2.13.04.2.01.0018",
    ]  # fmt: skip
    # RKPD: 18.200.000 + 15.000.000 + 10.000.000; Renja: 17.600.000 + 10.000.000 + 43.885.970.
    assert review.total_rkpd == Decimal(43200000)
    assert review.total_renja == Decimal(71485970)
    assert review.selisih == Decimal(28285970)
    assert rows["1"].nama == "URUSAN WAJIB PELAYANAN DASAR"
    assert rows["1.06"].perbedaan == (Perbedaan.PAGU,)
    assert (rows["1.06"].rkpd.pagu, rows["1.06"].renja.pagu) == (
        Decimal(43200000),
        Decimal(27600000),
    )
    assert rows["1.06.01.2.05"].perbedaan == (Perbedaan.HANYA_RKPD,)
    assert rows["1.06.01.2.05.0010"].renja is None
    cetak = rows["1.06.01.2.06.0005"]
    assert cetak.perbedaan == (Perbedaan.NAMA, Perbedaan.PAGU)
    assert cetak.catatan[-1] == "Pagu Renja lebih besar Rp 2.600.000 dari Rancangan Awal RKPD."
    assert rows["1.06.01.2.06"].perbedaan == (Perbedaan.PAGU,)
    alat = rows["1.06.01.2.09.0006"]
    assert alat.perbedaan == (Perbedaan.TARGET,)
    assert alat.beda("target")
    assert not alat.beda("pagu")
    assert alat.catatan == ("Target berbeda: 40 Unit (RKPD), 16 Unit (Renja).",)
    assert alat.keterangan == "Sesuai hasil inventaris"
    assert rows["1.06.01.2.09"].perbedaan == ()
    assert rows["2.13.04"].perbedaan == (Perbedaan.PAGU,)  # qualitative target: same text
    assert rows["2.13.04.2.01.0018"].perbedaan == (Perbedaan.HANYA_RENJA,)
    assert rows["2.13.04.2.01.0018"].depth == 4
    assert rows["2"].nama == "2"  # no name given for urusan 2: its code stands
    assert [r.kode for r in review.rows if not r.perbedaan] == ["1.06.01.2.09"]
    assert review.jumlah_berbeda == 13
    assert review.problems == ()


def test_indicators_are_matched_by_text_then_position() -> None:
    a = [row("1.06.04", "P", None, ("Persentase A", q("100", "%")), ("Jumlah B", q("5", "Orang")))]
    b = [row("1.06.04", "P", None, ("jumlah b", q("5", "Jiwa")), ("Persentase A", q("90", "%")))]
    found = {r.kode: r for r in review_rkpd(a, b).rows}["1.06.04"]
    assert found.perbedaan == (Perbedaan.TARGET,)  # Orang and Jiwa are comparable
    assert found.catatan == ("Target berbeda: 100% (RKPD), 90% (Renja).",)
    c = [row("1.06.04", "P", None, ("Persentase C", q("100", "%")), ("Jumlah D", q("1", "Orang")))]
    found = {r.kode: r for r in review_rkpd(a, c).rows}["1.06.04"]
    # No text matches: indicators are paired by position, and their targets compared.
    assert found.perbedaan == (Perbedaan.INDIKATOR, Perbedaan.TARGET)
    assert found.catatan == (
        "Indikator RKPD 'Persentase A' tidak ada di Renja.",
        "Indikator RKPD 'Jumlah B' tidak ada di Renja.",
        "Target berbeda: 5 Orang (RKPD), 1 Orang (Renja).",
    )
    d = [row("1.06.04", "P", None, ("Persentase A", q("100", "%")))]
    found = {r.kode: r for r in review_rkpd(d, a).rows}["1.06.04"]
    assert found.perbedaan == (Perbedaan.INDIKATOR,)
    assert found.catatan == ("Indikator Renja 'Jumlah B' tidak ada di RKPD.",)


def test_same_target_rules() -> None:
    assert same_target(q(None), q(None))
    assert not same_target(q("10", "Orang"), q(None))
    assert not same_target(q("10", "Orang"), q("10", "Orang/Bulan"))
    assert same_target(q("10", "org"), q("10", "Orang"))
    assert not same_target(q("10", "Orang"), q(None, teks="sepuluh"))
    assert same_target(q(None, teks="Cepat  Berkembang"), q(None, teks="cepat berkembang"))


def test_parent_pagu_ignored_and_bad_or_duplicate_codes_reported() -> None:
    rkpd = [
        row("1.06.04", "Program Rehabilitasi Sosial", "200000000"),
        row("1.06.04.2.01", "Rehabilitasi Dasar"),
        row("1.06.04.2.01.0001", "Penyediaan Permakanan", "50000000"),
        row("1.06.04.2.01.0001", "Penyediaan Permakanan", "1"),
        row("1.06", "Bidang"),
        row("x", "Bukan kode"),
    ]
    review = review_rkpd(rkpd, [])
    assert review.total_rkpd == Decimal(50000000)
    assert [(p.code, p.severity, p.location.table, p.location.row) for p in review.problems] == [
        (DUPLICATE_KEY, Severity.ERROR, "Rancangan Awal RKPD", 4),
        (KODE_TIDAK_SAH, Severity.ERROR, "Rancangan Awal RKPD", 5),
        (KODE_TIDAK_SAH, Severity.ERROR, "Rancangan Awal RKPD", 6),
        (PARENT_VALUE_IGNORED, Severity.INFO, "Rancangan Awal RKPD", None),
    ]
    assert all(r.perbedaan == (Perbedaan.HANYA_RKPD,) for r in review.rows)


def test_check_rkpd_rows_normalises_codes_and_keeps_pagu_on_leaves() -> None:
    rows = [
        RkpdBarisInput("1.06.04", "Program Rehabilitasi Sosial", pagu=Decimal(200000000)),
        RkpdBarisInput("1,06.04.2.01", "Rehabilitasi Dasar", pagu=Decimal(100000000)),
        RkpdBarisInput("1.06.04.2.01.01", "Penyediaan Permakanan", "Jumlah Orang",
                       q("200", "Orang"), Decimal(50000000), "catatan"),
        RkpdBarisInput("1.06.04.2.01.0003", "Penyediaan Alat Bantu", pagu=Decimal(50000000)),
        RkpdBarisInput("1.06.04.2.02", "PMKS Lainnya", pagu=Decimal(50000000)),
    ]  # fmt: skip
    kept, problems = check_rkpd_rows(rows, Tingkat.KABKOTA)
    assert [(r.kode, r.pagu) for r in kept] == [
        ("1.06.04", None),
        ("1.06.04.2.01", None),
        ("1.06.04.2.01.0001", Decimal(50000000)),
        ("1.06.04.2.01.0003", Decimal(50000000)),
        ("1.06.04.2.02", Decimal(50000000)),  # a kegiatan without sub kegiatan keeps its pagu
    ]
    assert kept[2].keterangan == "catatan"
    # 1.06.04 prints 200 jt, its leaves give 50 + 50 + 50 = 150 jt; 1.06.04.2.01 agrees (100).
    assert [(p.code, p.severity, p.location.row, p.location.kode) for p in problems] == [
        (PAGU_INDUK_BERBEDA, Severity.WARNING, 1, "1.06.04"),
        (PARENT_VALUE_IGNORED, Severity.INFO, 2, "1.06.04.2.01"),
    ]
    assert "tertulis 200.000.000" in problems[0].message
    assert "di bawahnya 150.000.000" in problems[0].message


def test_check_rkpd_rows_errors_carry_the_file_location() -> None:
    rows = [
        RkpdBarisInput("1.06.04", "P"),
        RkpdBarisInput("1.06.04", "P lagi"),
        RkpdBarisInput("1.06.04.1.01", "Kegiatan provinsi"),
        RkpdBarisInput("1.06.05.2.01.0001", "Tanpa induk"),
        RkpdBarisInput("abc", "x"),
    ]
    where = [Location(sheet="RKPD", row=n) for n in range(5, 10)]
    _, problems = check_rkpd_rows(rows, Tingkat.KABKOTA, where)
    assert [(p.code, p.location.sheet, p.location.row) for p in problems] == [
        (DUPLICATE_KEY, "RKPD", 6),
        (TINGKAT_KODE_SALAH, "RKPD", 7),
        (KODE_TIDAK_SAH, "RKPD", 9),
        (INDUK_TIDAK_ADA, "RKPD", 8),
    ]
    assert all(p.severity is Severity.ERROR for p in problems)


def test_more_indicators_in_the_rkpd_than_in_the_renja_and_labels() -> None:
    a = [row("1.06.04", "P", None, ("Persentase A", q("100", "%")), ("Jumlah B", q("5", "Orang")))]
    b = [row("1.06.04", "P", None, ("Persentase A", q("100", "%")))]
    found = {r.kode: r for r in review_rkpd(a, b).rows}["1.06.04"]
    assert found.perbedaan == (Perbedaan.INDIKATOR,)
    assert found.catatan == ("Indikator RKPD 'Jumlah B' tidak ada di Renja.",)
    assert [p.label for p in Perbedaan][:2] == [
        "Hanya ada di Rancangan Awal RKPD",
        "Hanya ada di Renja (analisa kebutuhan)",
    ]
