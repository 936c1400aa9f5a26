"""Evaluation selectors on the sample offices: the core inputs gathered from the database give
the documents' right figures and the corrected wrong ones.

Expected values are typed from the seed documents (seed 003 TABEL 2.1, seed 001 Tabel 1) and
from arithmetic on their printed inputs, never from the code under test.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from renjana.apps.evaluasi.anggaran import anggaran_for
from renjana.apps.evaluasi.iku import iku_for
from renjana.apps.evaluasi.laporan import report_for
from renjana.apps.evaluasi.pelayanan import tc30_for
from renjana.apps.evaluasi.peringatan import pemantauan_for
from renjana.apps.evaluasi.skala import KINERJA_RENJA, SAKIP, scale_for
from renjana.apps.evaluasi.tc29 import TabelTC29, tc29_for
from renjana.apps.kinerja import services as kinerja
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.perencanaan.models import Renja
from renjana.apps.realisasi import services as realisasi
from renjana.core.capaian import CAPAIAN_TANPA_REALISASI
from renjana.core.evaluasi import TC29_SATUAN_BERBEDA, HasilTC29
from renjana.core.peringatan import StatusEntri
from renjana.core.quantity import Quantity
from renjana.core.rfk import RFK_FISIK_KOSONG, MetodeTtbKeuangan
from tests.sample_db import SULBAR, TARAKAN, sample_db  # noqa: F401 - module fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sample_db")]


def rp(text: str) -> Decimal:
    """A Rupiah amount as printed (``11.974.854.860``)."""
    return Decimal(text.replace(".", "").replace(",", "."))


def pct(text: str) -> Decimal:
    """A percentage as printed (``98,46``)."""
    return Decimal(text.replace(",", "."))


def office(kode: str) -> PerangkatDaerah:
    return PerangkatDaerah.objects.get(kode=kode)


# --- RFK and budget realisation: seed 003 TABEL 2.1 ---------------------------------------


def test_sulbar_rfk_2022_jumlah_equals_tabel_2_1() -> None:
    tabel = anggaran_for(office(SULBAR), 2022)
    assert tabel is not None
    jumlah = tabel.rfk.jumlah.rounded()
    assert jumlah.pagu == rp("11.974.854.860")
    assert jumlah.realisasi == rp("11.790.643.219")
    assert jumlah.keuangan_persen == pct("98,46")
    assert jumlah.sisa == rp("184.211.641")
    assert jumlah.bobot == pct("100,00")
    # standard keuangan TTB: Σ = overall financial realisation (S003-02 prints 100,00)
    assert jumlah.keuangan_ttb == pct("98,46")
    assert tabel.rfk.metode is MetodeTtbKeuangan.STANDAR


def test_sulbar_rfk_rows_equal_the_printed_ones() -> None:
    tabel = anggaran_for(office(SULBAR), 2022)
    assert tabel is not None
    program = tabel.rfk.find("1.06.01")
    assert program is not None
    printed = program.rounded()
    # TABEL 2.1 row PROGRAM PENUNJANG: 8.308.396.700 · 69,38 · 8.194.053.239 · 98,62 · 114.343.461
    assert (printed.pagu, printed.bobot, printed.realisasi) == (
        rp("8.308.396.700"),
        pct("69,38"),
        rp("8.194.053.239"),
    )
    assert (printed.keuangan_persen, printed.sisa) == (pct("98,62"), rp("114.343.461"))
    # standard keuangan TTB = bobot × keu % / 100 = 8.194.053.239 / 11.974.854.860 × 100
    assert printed.keuangan_ttb == pct("68,43")
    # a parent's bobot is its own share rounded (19,42), not Σ printed children (19,43)
    perlindungan = tabel.rfk.find("1.06.05")
    assert perlindungan is not None
    assert perlindungan.rounded().bobot == pct("19,42")
    assert tabel.rfk.find("1.06.04").rounded().keuangan_persen == pct("98,46")  # type: ignore[union-attr]


def test_sulbar_gelandangan_row_reports_s003_01_and_empty_fisik_s003_03() -> None:
    tabel = anggaran_for(office(SULBAR), 2022)
    assert tabel is not None
    gelandangan = tabel.rfk.find("1.06.04.1.04")
    assert gelandangan is not None
    assert gelandangan.rounded().sisa == rp("-649.000")
    assert gelandangan.rounded().keuangan_persen == pct("101,51")
    over = [p for p in tabel.rfk_problems if p.code == "REALISASI_MELEBIHI_PAGU"]
    assert [p.location.kode for p in over] == ["1.06.04.1.04"]  # S003-01, and only there
    empty = [p for p in tabel.rfk_problems if p.code == RFK_FISIK_KOSONG]
    assert [p.location.kode for p in empty] == ["1.06.03.1.01"]  # S003-03
    assert [p.location.kode for p in tabel.problems if p.code == "REALISASI_MELEBIHI_PAGU"] == [
        "1.06.04.1.04"
    ]


def test_seed_003_keuangan_ttb_variant_reproduces_the_print() -> None:
    tabel = anggaran_for(office(SULBAR), 2022, MetodeTtbKeuangan.PROPORSI_REALISASI)
    assert tabel is not None
    assert tabel.rfk.jumlah.rounded().keuangan_ttb == pct("100,00")  # as printed (S003-02)
    assert tabel.rfk.find("1.06.01").rounded().keuangan_ttb == pct("69,50")  # type: ignore[union-attr]
    assert tabel.rfk.find("1.06.01.1.02").rounded().keuangan_ttb == pct("50,21")  # type: ignore[union-attr]


def test_budget_realisation_recomputes_the_percentage_at_each_level() -> None:
    tabel = anggaran_for(office(SULBAR), 2022)
    assert tabel is not None
    total = tabel.realisasi.total.rounded()
    assert (total.anggaran, total.realisasi, total.persen) == (
        rp("11.974.854.860"),
        rp("11.790.643.219"),
        pct("98,46"),
    )
    rehabilitasi = tabel.realisasi.find("1.06.04")
    assert rehabilitasi is not None
    # 402.503.900 / 408.784.480 × 100 = 98,4636… (not the mean of its kegiatan percentages)
    assert rehabilitasi.anggaran == rp("408.784.480")
    assert rehabilitasi.rounded().persen == pct("98,46")
    assert tabel.sumber["1.06.04.1.04"] == "dppa"  # measured against the DPPA
    assert tabel.induk["1.06.04.1.04"] == "1.06.04"


def test_keuangan_vs_fisik_has_one_annual_point_for_an_annual_report() -> None:
    tabel = anggaran_for(office(SULBAR), 2022)
    assert tabel is not None
    [point] = tabel.triwulan
    assert point.label == "Tahunan"
    assert point.keuangan_persen is not None
    assert point.fisik_persen is not None
    assert round(point.keuangan_persen, 2) == pct("98,46")
    # 100 % fisik on every kegiatan but 1.06.03.1.01 (bobot 0,68, fisik empty): 100 − 0,68
    assert round(point.fisik_persen, 2) == pct("99,32")


def test_office_year_without_budget_data_has_no_budget_tables() -> None:
    assert anggaran_for(office(TARAKAN), 2022) is None  # Renja 2022 holds targets only
    assert anggaran_for(office(TARAKAN), 2030) is None  # no Renja at all


def test_budget_tables_before_any_realisasi_summarise_instead_of_flagging_every_row() -> None:
    tabel = anggaran_for(office(TARAKAN), 2024)  # Renja 2024: pagu indikatif only
    assert tabel is not None
    assert tabel.realisasi.total.anggaran == rp("6.736.773.965")
    assert tabel.realisasi.total.realisasi == 0
    codes = [p.code for p in tabel.rfk_problems]
    assert "REALISASI_ANGGARAN_BELUM_ADA" in codes
    assert "ANGGARAN_DARI_PAGU_INDIKATIF" in codes
    assert RFK_FISIK_KOSONG not in codes


def test_triwulan_realisasi_makes_the_keuangan_fisik_curve() -> None:
    pd = office(SULBAR)
    renja = Renja.objects.get(perangkat_daerah=pd, tahun=2022)
    items = [
        realisasi.AnggaranInput("1.06.01.1.01", None, rp("40.000.000"), Decimal(30)),
        realisasi.AnggaranInput("1.06.01.1.02", None, rp("1.000.000.000"), Decimal(20)),
    ]
    realisasi.import_realisasi_anggaran(
        user=None, renja=renja, periode="tw1", items=items, system=True
    )
    tabel = anggaran_for(pd, 2022)
    assert tabel is not None
    [tw1] = tabel.triwulan
    assert tw1.label == "TW I"
    # (40.000.000 + 1.000.000.000) / 11.974.854.860 × 100 = 8,6849…
    assert round(tw1.keuangan_persen or 0, 2) == pct("8,68")
    # fisik TTB = (94.405.300 × 30 + 6.006.123.235 × 20) / 11.974.854.860 = 10,2681…
    assert round(tw1.fisik_persen or 0, 2) == pct("10,27")
    # both the annual report and triwulan values: the reported annual figure stands
    assert tabel.rfk.jumlah.rounded().realisasi == rp("11.790.643.219")


# --- T-C.29: seed 001 Tabel 1 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def tc29_tarakan(sample_db: None, django_db_blocker: object) -> TabelTC29:  # noqa: F811
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        return tc29_for(office(TARAKAN), 2022)


def line(tabel: TabelTC29, kode: str) -> HasilTC29:
    row = tabel.find(kode)
    assert row is not None, kode
    [hasil] = row.hasil
    return hasil


def test_tc29_corrected_tingkat_realisasi_s001_01_and_s001_02(tc29_tarakan: TabelTC29) -> None:
    assert tc29_tarakan.tahun == 2022
    assert tc29_tarakan.tahun_rencana == 2024
    assert tc29_tarakan.tahun_renstra_akhir == 2024
    # S001-02: 265 / 305 × 100 = 86,885… → 86,89 (printed 85,33 %)
    rehab = line(tc29_tarakan, "1.06.04.2.01")
    assert rehab.tingkat_realisasi.persen == pct("86,89")
    # S001-03: 10 = 335 + 265 + 335 = 935 Orang; 11 = 935 / 335 × 100 = 279,10 (printed 9,35 %)
    assert rehab.realisasi_sd_n1 == Quantity(Decimal(935), "Orang")
    assert rehab.dijumlah is True
    assert rehab.tingkat_capaian.persen == pct("279,10")
    # S001-01: 8 Unit / 8 Unit = 100 % (printed 2 %)
    kendaraan = line(tc29_tarakan, "1.06.01.2.09.0002")
    assert kendaraan.tingkat_realisasi.persen == pct("100,00")
    assert kendaraan.baris.target_n2 == Quantity(Decimal(8), "Unit")
    assert kendaraan.baris.realisasi_n2 == Quantity(Decimal(8), "Unit")


def test_tc29_columns_come_from_renstra_renja_and_next_renja(tc29_tarakan: TabelTC29) -> None:
    gaji = line(tc29_tarakan, "1.06.01.2.02.0001")
    assert gaji.baris.target_renstra == Quantity(Decimal(26), "Orang")  # column 4
    assert gaji.baris.realisasi_sd_n3 == Quantity(Decimal(25), "Orang")  # column 5
    assert gaji.baris.target_n2 == Quantity(Decimal(26), "Orang")  # column 6
    assert gaji.baris.realisasi_n2 == Quantity(Decimal(26), "Orang")  # column 7
    assert gaji.baris.target_n1 == Quantity(Decimal(312), "Orang/Bulan")  # column 9
    # S001-06: 25 Orang + 26 Orang + 312 Orang/bulan cannot be added: the latest value stands
    assert gaji.dijumlah is False
    assert gaji.realisasi_sd_n1 == Quantity(Decimal(312), "Orang/Bulan")
    assert gaji.tingkat_capaian.nilai is None  # N/A, not the printed 13,96 %
    codes = {(p.code, p.location.column) for p in gaji.problems}
    assert (TC29_SATUAN_BERBEDA, "10") in codes


def test_tc29_percentages_are_not_summed(tc29_tarakan: TabelTC29) -> None:
    program = line(tc29_tarakan, "1.06.01")
    assert program.tingkat_realisasi.persen == pct("95,80")
    assert program.realisasi_sd_n1 == Quantity(Decimal(100), "%")  # printed 286,22 (S001-06)
    assert program.tingkat_capaian.persen == pct("100,00")  # printed 2,86 (S001-05)


def test_tc29_structure_and_problems(tc29_tarakan: TabelTC29) -> None:
    kodes = [b.kode for b in tc29_tarakan.baris]
    assert kodes.index("1.06.04") < kodes.index("1.06.04.2.01") < kodes.index("1.06.04.2.01.0001")
    row = tc29_tarakan.find("1.06.04.2.01.0001")
    assert row is not None
    assert (row.level, row.induk, row.depth) == (
        "subkegiatan",
        "1.06.04.2.01",
        2,
    )
    # a target "-" in 2022 (1.06.01.2.07.0006) leaves column 8 N/A with the reason
    missing = line(tc29_tarakan, "1.06.01.2.07.0006")
    assert missing.tingkat_realisasi.nilai is None
    assert all(p.location.table == "T-C.29" for p in tc29_tarakan.problems)
    assert len(tc29_tarakan.laporan.hasil) == 52  # the 52 rows of Tabel 1


def test_tc29_without_renstra_reports_it_once() -> None:
    tabel = tc29_for(office(SULBAR), 2022)
    codes = [p.code for p in tabel.problems]
    assert codes.count("EVALUASI_RENSTRA_TIDAK_ADA") == 1
    assert not [p for p in tabel.problems if p.location.column == "11"]


def test_tc29_queries_do_not_grow_with_rows(django_assert_max_num_queries: object) -> None:
    pd = office(TARAKAN)
    with django_assert_max_num_queries(16):  # type: ignore[operator]
        tc29_for(pd, 2022)


# --- T-C.30, IKU / PK, early warning and freshness ------------------------------------------


def test_tc30_uses_program_indicators_and_renja_realisasi() -> None:
    tabel = tc30_for(office(TARAKAN), 2022)
    assert tabel.laporan is not None
    assert tabel.sumber == "program"
    assert tabel.tahun_rencana == 2024
    rehab = next(b for b in tabel.laporan.baris if b.indikator.uraian.startswith("Persentase Peny"))
    y2022 = rehab.get(2022)
    assert y2022 is not None
    assert y2022.realisasi == Quantity(Decimal("88.28"), "%")  # Renja 2022 realisasi, Tabel 1
    y2024 = rehab.get(2024)
    assert y2024 is not None
    # the open year n without an entered projection: the Renstra target, flagged
    assert y2024.proyeksi == Quantity(Decimal(100), "%")
    assert y2024.proyeksi_dari_target
    assert y2024.capaian.persen == pct("100,00")


def operator(kode: str) -> Pengguna:
    return Pengguna.objects.get(perangkat_daerah__kode=kode, peran="operator")


def test_iku_capaian_predikat_and_uncapped_mean_s002_06() -> None:
    """002 Tabel 2.2: 88,04 % against 70 % is 125,77 %; with six rows at 100 % the mean is
    103,68 %, not the printed 100 % (S002-06)."""
    pd = office(TARAKAN)
    user = operator(TARAKAN)
    first = kinerja.create_iku(
        user=user,
        pd=pd,
        uraian="Persentase penerima bansos terhadap DTKS",
        satuan="%",
        agregasi="nilai_akhir",
        sasaran_teks="Meningkatnya perlindungan sosial",
    )
    kinerja.set_perjanjian_kinerja(user=user, iku=first, tahun=2023, target_nilai=Decimal(70))
    kinerja.record_realisasi_iku(
        user=user, iku=first, tahun=2023, periode="tahun", nilai=Decimal("88.04")
    )
    for number in range(6):
        item = kinerja.create_iku(
            user=user,
            pd=pd,
            uraian=f"Indikator {number + 2}",
            satuan="%",
            agregasi="nilai_akhir",
            sasaran_teks="Meningkatnya perlindungan sosial",
        )
        kinerja.set_perjanjian_kinerja(user=user, iku=item, tahun=2023, target_nilai=Decimal(100))
        kinerja.record_realisasi_iku(
            user=user, iku=item, tahun=2023, periode="tahun", nilai=Decimal(100)
        )
    tabel = iku_for(pd, 2023)
    assert tabel.laporan.baris[0].capaian.persen == pct("125,77")
    assert tabel.laporan.baris[0].capaian.predikat == "Sangat Tinggi"
    assert tabel.laporan.rata_rata_persen == pct("103,68")
    assert tabel.laporan.jumlah_dirata == 7
    assert tabel.skala is not None
    assert tabel.skala.kode == KINERJA_RENJA


def test_pk_capaian_per_triwulan_and_target_check() -> None:
    pd = office(TARAKAN)
    user = operator(TARAKAN)
    item = kinerja.create_iku(
        user=user,
        pd=pd,
        uraian="Jumlah KPM yang menerima bantuan",
        satuan="KPM",
        sasaran_teks="Meningkatnya perlindungan sosial",
    )
    kinerja.set_perjanjian_kinerja(
        user=user,
        iku=item,
        tahun=2023,
        target_nilai=Decimal(1000),
        target_triwulan=[Decimal(100), Decimal(300), Decimal(300), Decimal(300)],
    )
    for periode, nilai in (("tw1", 80), ("tw2", 200)):
        kinerja.record_realisasi_iku(
            user=user, iku=item, tahun=2023, periode=periode, nilai=Decimal(nilai)
        )
    tabel = iku_for(pd, 2023)
    [pk] = tabel.perjanjian
    tw1, tw2, tw3, tw4 = pk.capaian_triwulan
    assert tw1 is not None
    assert tw1.persen == pct("80,00")  # 80 / 100
    assert tw2 is not None
    assert tw2.persen == pct("70,00")  # (80 + 200) / (100 + 300)
    assert tw3 is None
    assert tw4 is None
    assert tabel.realisasi[0] == Quantity(Decimal(280), "KPM")  # kumulatif: 80 + 200
    assert tabel.laporan.baris[0].capaian.persen == pct("28,00")  # against the annual 1.000


def test_early_warning_projects_triwulan_values_and_lists_the_indicators_at_risk() -> None:
    pd = office(TARAKAN)
    renja = Renja.objects.get(perangkat_daerah=pd, tahun=2023)
    # 1.06.04.2.01: target 2023 = 335 Orang (Tabel 1 column 9); 1.06.01.2.02: 4 Layanan
    for periode, rehab, keuangan in (("tw1", 50, 1), ("tw2", 60, 1)):
        realisasi.import_realisasi_kinerja(
            user=None,
            renja=renja,
            periode=periode,
            system=True,
            items=[
                realisasi.KinerjaInput("1.06.04.2.01", 0, Decimal(rehab)),
                realisasi.KinerjaInput("1.06.01.2.02", 0, Decimal(keuangan)),
            ],
        )
    pantau = pemantauan_for(pd, 2023, per_tanggal=dt.date(2023, 7, 10))
    assert pantau.sampai_triwulan == 2
    assert pantau.jumlah_dipantau == 2
    codes = [p.indikator.kode for p in pantau.peringatan.berisiko]
    # 1.06.04.2.01: (50 + 60) × 4 / 2 = 220 Orang; 220 / 335 = 65,67 % < 80 %
    # 1.06.01.2.02: (1 + 1) × 4 / 2 = 4 Layanan = 100 %: not at risk
    assert codes == ["1.06.04.2.01"]
    [rehab] = pantau.peringatan.berisiko
    assert rehab.proyeksi == Quantity(Decimal(220), "Orang")
    assert rehab.capaian.persen == pct("65,67")
    higher = pemantauan_for(pd, 2023, ambang=Decimal(101))
    assert [p.indikator.kode for p in higher.peringatan.berisiko] == [
        "1.06.04.2.01",
        "1.06.01.2.02",
    ]


def test_freshness_per_unit_kerja_against_the_date_given() -> None:
    pd = office(TARAKAN)
    today = dt.date.today()
    fresh = {k.bidang: k for k in pemantauan_for(pd, 2022, per_tanggal=today).kesegaran}
    # the unit kerja named in Tabel 8 have no row in Renja 2022 and no entry
    assert fresh["Umum Kepegawaian"].status is StatusEntri.BELUM_ADA
    assert fresh["Bidang Pemberdayaan sosial"].status is StatusEntri.BELUM_ADA
    assert fresh["Tanpa bidang"].status is StatusEntri.SEGAR  # realisasi loaded today
    later = today + dt.timedelta(days=45)
    stale = {k.bidang: k for k in pemantauan_for(pd, 2022, per_tanggal=later).kesegaran}
    assert stale["Tanpa bidang"].status is StatusEntri.TERLAMBAT
    assert stale["Tanpa bidang"].hari == 45


def test_scales_from_the_database_are_core_scales() -> None:
    rating = scale_for(KINERJA_RENJA, 2022)
    assert rating is not None
    assert rating.classify(pct("90,00")).label == "Tinggi"  # type: ignore[union-attr]
    assert rating.classify(pct("90,01")).label == "Sangat Tinggi"  # type: ignore[union-attr]
    sakip = scale_for(SAKIP, 2023)
    assert sakip is not None
    assert sakip.classify(pct("62,00")).label == "B"  # type: ignore[union-attr]
    assert scale_for(SAKIP, 2021) is None  # PermenPANRB 88/2021 bands apply from 2022


def test_report_for_gathers_every_table() -> None:
    laporan = report_for(office(SULBAR), 2022, per_tanggal=dt.date.today())
    assert laporan.ada_renja
    assert laporan.tahun_rencana == 2024
    assert laporan.anggaran is not None
    assert laporan.anggaran.rfk.jumlah.rounded().keuangan_persen == pct("98,46")
    assert [c.kode for c in laporan.capaian_program] == [
        "1.06.01",
        "1.06.02",
        "1.06.03",
        "1.06.04",
        "1.06.05",
        "1.06.06",
        "1.06.07",
    ]
    program = laporan.capaian_program[0]
    assert program.kinerja is None  # no kinerja target or realisasi in the RFK sample
    assert program.keuangan is not None
    assert round(program.keuangan, 2) == pct("98,62")
    assert laporan.tc30.laporan is None  # no Renstra for Sulbar
    tarakan = report_for(office(TARAKAN), 2022)
    assert tarakan.anggaran is None
    rehab = next(c for c in tarakan.capaian_program if c.kode == "1.06.04")
    assert rehab.kinerja is not None
    assert round(rehab.kinerja, 2) == pct("88,28")
    assert CAPAIAN_TANPA_REALISASI not in {p.code for p in tarakan.iku.problems}
