"""The evaluation builders on plain loaded values (no database): how Renstra yearly values make
T-C.29 column 5, how T-C.30 picks its indicators and realisasi, and how budget inputs are chosen
(DPPA, else DPA, else the Renja pagu; the reported annual figure, else the triwulan)."""

from __future__ import annotations

from decimal import Decimal

from renjana.apps.evaluasi.anggaran import build_anggaran, leaf_values
from renjana.apps.evaluasi.pelayanan import build_tc30
from renjana.apps.evaluasi.renja import AnggaranBaris, BarisRenja, DataRenja, IndikatorRenja
from renjana.apps.evaluasi.renstra import DataRenstra, IndikatorRenstra, TahunRenstra
from renjana.apps.evaluasi.tc29 import build_tc29
from renjana.core.capaian import REALISASI_TAHUNAN_TIDAK_SAMA, Agregasi, Polaritas
from renjana.core.quantity import Quantity


def q(nilai: int | str, satuan: str = "Orang") -> Quantity:
    return Quantity(Decimal(nilai), satuan)


def renstra_indikator(
    jenis: str = "sasaran", kode: str = "", **tahunan: TahunRenstra
) -> IndikatorRenstra:
    return IndikatorRenstra(
        id=1,
        jenis=jenis,
        kode=kode,
        induk="Sasaran",
        uraian="Jumlah PPKS dilayani",
        satuan="Orang",
        polaritas=Polaritas.NAIK,
        agregasi=Agregasi.KUMULATIF,
        tahunan={int(y.removeprefix("y")): t for y, t in tahunan.items()},
    )


def test_realisasi_up_to_a_year_adds_single_years_after_the_last_cumulative_report() -> None:
    ind = renstra_indikator(
        y2019=TahunRenstra(realisasi=q(10)),
        y2020=TahunRenstra(realisasi=q(30), realisasi_kumulatif=True),  # s/d 2020
        y2021=TahunRenstra(realisasi=q(15)),
        y2022=TahunRenstra(realisasi=q(99)),
    )
    assert ind.realisasi_sampai(2021).nilai == q(45)  # 30 (s/d 2020) + 15
    assert ind.realisasi_sampai(2019).nilai == q(10)
    assert ind.realisasi(2020).is_missing  # an "s/d" value is not the value of 2020
    assert ind.realisasi(2021) == q(15)


def renja_row(
    kode: str,
    induk: str | None,
    level: str,
    *indikator: IndikatorRenja,
    anggaran: AnggaranBaris | None = None,
    pagu: str | None = None,
) -> BarisRenja:
    return BarisRenja(
        id=0,
        kode=kode,
        induk=induk,
        level=level,
        nama=kode,
        unit_kerja="",
        pagu=Decimal(pagu) if pagu else None,
        indikator=indikator,
        anggaran=anggaran or AnggaranBaris(),
    )


def indikator(target: Quantity, **realisasi: Quantity) -> IndikatorRenja:
    return IndikatorRenja(
        id=0,
        uraian="Jumlah PPKS dilayani",
        satuan=target.satuan,
        target=target,
        polaritas=Polaritas.NAIK,
        agregasi=Agregasi.KUMULATIF,
        realisasi=realisasi,
    )


def test_tc29_column_7_from_triwulan_values_and_a_disagreeing_annual_report() -> None:
    n2 = DataRenja(
        1,
        2022,
        "penetapan",
        (
            renja_row(
                "1.06.04",
                None,
                "program",
                indikator(q(100), tw1=q(20), tw2=q(30), tw3=q(25), tw4=q(25)),
            ),
            renja_row(
                "1.06.05", None, "program", indikator(q(100), tw1=q(20), tw2=q(30), tahun=q(60))
            ),
        ),
    )
    tabel = build_tc29(2022, n2, None, None)
    first = tabel.find("1.06.04")
    assert first is not None
    assert first.hasil[0].baris.realisasi_n2 == q(100)  # 20 + 30 + 25 + 25
    assert first.hasil[0].tingkat_realisasi.persen == Decimal("100.00")
    second = tabel.find("1.06.05")
    assert second is not None
    assert second.hasil[0].baris.realisasi_n2 == q(60)  # the reported annual value stands
    assert [p.location.kode for p in tabel.problems if p.code == REALISASI_TAHUNAN_TIDAK_SAMA] == [
        "1.06.05"
    ]
    assert {p.code for p in tabel.problems} >= {
        "EVALUASI_RENJA_TIDAK_ADA",
        "EVALUASI_RENSTRA_TIDAK_ADA",
    }


def test_tc29_row_new_in_the_next_renja_has_only_column_9() -> None:
    n1 = DataRenja(2, 2023, "penetapan", (renja_row("1.06.06", None, "program", indikator(q(40))),))
    tabel = build_tc29(2022, DataRenja(1, 2022, "penetapan", ()), n1, None)
    row = tabel.find("1.06.06")
    assert row is not None
    [hasil] = row.hasil
    assert hasil.baris.target_n2.is_missing
    assert hasil.baris.target_n1 == q(40)
    assert hasil.tingkat_realisasi.nilai is None


def test_tc30_prefers_sasaran_indicators_with_their_yearly_values() -> None:
    sasaran = renstra_indikator(
        y2022=TahunRenstra(target=q(100), realisasi=q(90)),
        y2023=TahunRenstra(target=q(110)),
        y2024=TahunRenstra(target=q(120)),
    )
    program = renstra_indikator(jenis="program", kode="1.06.04", y2024=TahunRenstra(target=q(5)))
    data = DataRenstra(1, 2020, 2024, (program, sasaran), {})
    tabel = build_tc30(2022, data, {}, None)
    assert tabel.sumber == "sasaran"
    assert tabel.laporan is not None
    [row] = tabel.laporan.baris
    y2022 = row.get(2022)
    assert y2022 is not None
    assert y2022.capaian.persen == Decimal("90.00")  # 90 / 100
    y2023 = row.get(2023)
    assert y2023 is not None
    assert y2023.proyeksi == q(110)
    assert y2023.proyeksi_dari_target  # n-1 without realisasi: the Renstra target


def test_tc30_without_indicators_is_reported() -> None:
    tabel = build_tc30(2022, None, {}, None)
    assert tabel.laporan is None
    assert [p.code for p in tabel.problems] == ["PELAYANAN_TANPA_INDIKATOR"]


def test_budget_inputs_dppa_then_dpa_then_renja_pagu() -> None:
    spent = {"tw1": Decimal(10), "tw2": Decimal(15)}
    dppa = renja_row(
        "a",
        None,
        "subkegiatan",
        anggaran=AnggaranBaris(
            dpa=Decimal(90),
            dppa=Decimal(100),
            keuangan=spent,
            fisik={"tw1": Decimal(20), "tw2": Decimal(45)},
        ),
    )
    dpa = renja_row("b", None, "subkegiatan", anggaran=AnggaranBaris(dpa=Decimal(90)), pagu="80")
    renja = renja_row("c", None, "subkegiatan", pagu="80")
    values = {r.kode: leaf_values(r) for r in (dppa, dpa, renja)}
    assert (values["a"].anggaran, values["a"].sumber) == (Decimal(100), "dppa")
    assert (values["b"].anggaran, values["b"].sumber) == (Decimal(90), "dpa")
    assert (values["c"].anggaran, values["c"].sumber) == (Decimal(80), "renja")
    assert values["a"].realisasi == Decimal(25)  # keuangan: 10 + 15
    assert values["a"].fisik == Decimal(45)  # fisik: the latest triwulan
    assert leaf_values(dppa, 1).realisasi == Decimal(10)
    tabel = build_anggaran(DataRenja(1, 2025, "penetapan", (dppa, dpa, renja)))
    assert tabel is not None
    assert tabel.realisasi.total.anggaran == Decimal(270)
    assert [p.code for p in tabel.problems] == ["ANGGARAN_DARI_PAGU_INDIKATIF"]
    assert [t.label for t in tabel.triwulan] == ["TW I", "TW II"]
