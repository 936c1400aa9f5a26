"""`renjana sample` loads both offices; the computed totals equal the printed ones.

Expected amounts are typed from the seed documents (seed 003 Tabel 4.1 and TABEL 2.1, seed 001
Tabel 7), never taken from the data files under test.
"""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Sum

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.perencanaan.models import Indikator, Lokasi, Renja, RenjaBaris, SumberDanaBaris
from renjana.apps.perencanaan.selectors.renja import renja_tree
from renjana.apps.realisasi.models import PaguAnggaran, RealisasiAnggaran, RealisasiKinerja

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded() -> str:
    out = StringIO()
    call_command("sample", stdout=out)
    return out.getvalue()


def rp(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def test_sample_prints_offices_and_demo_logins(loaded: str) -> None:
    assert "--opd sulawesi-barat-dinsos" in loaded
    assert "--opd tarakan-dinsospm" in loaded
    assert "operator.sulawesi-barat" in loaded
    assert "pimpinan.tarakan" in loaded
    assert "renjana-demo" in loaded
    assert Pengguna.objects.get(username="operator.tarakan").perangkat_daerah.kode == (
        "tarakan-dinsospm"
    )


def test_sample_is_idempotent(loaded: str) -> None:
    count = RenjaBaris.objects.count()
    out = StringIO()
    call_command("sample", stdout=out)
    assert "sudah dimuat" in out.getvalue()
    assert RenjaBaris.objects.count() == count


def test_sulbar_renja_2024_totals_equal_tabel_4_1(loaded: str) -> None:
    renja = Renja.objects.get(perangkat_daerah__kode="sulawesi-barat-dinsos", tahun=2024)
    tree = renja_tree(renja)
    assert tree.totals["pagu"] == rp("13.867.555.785,00")
    assert tree.totals["pagu_n1"] == rp("20.320.000.000,00")
    assert tree.find("1.06").totals["pagu"] == rp("13.867.555.785,00")
    assert tree.find("1").totals["pagu_n1"] == rp("20.320.000.000,00")
    assert tree.find("1.06.01").totals["pagu"] == rp("8.164.580.785,00")
    assert tree.find("1.06.01").totals["pagu_n1"] == rp("9.210.000.000,00")
    assert tree.find("1.06.01.1.01").totals["pagu"] == rp("181.000.000,00")
    assert tree.find("1.06.01.1.02").totals["pagu"] == rp("6.426.320.986,00")
    assert tree.problems == ()
    sub = RenjaBaris.objects.get(renja=renja, kode="1.06.01.1.01.0001")
    assert sub.pagu == rp("70.000.000,00")
    assert sub.pagu_n1 == rp("200.000.000,00")
    assert [i.uraian for i in sub.indikator.all()] == [
        "Jumlah Dokumen Perencanaan Perangkat Daerah"
    ]
    assert sub.indikator.get().target_nilai == Decimal(4)
    lokasi = sub.lokasi.get()
    assert lokasi.teks == "Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa"
    assert lokasi.wilayah is not None
    assert lokasi.wilayah.kode == "76.02"  # Kabupaten Mamuju (Kemendagri code)
    sumber = sub.sumber_dana.get()
    assert sumber.sumber_dana is not None
    assert sumber.sumber_dana.kode == "1.2.01.01.02"
    program = RenjaBaris.objects.get(renja=renja, kode="1.06.01")
    assert program.pagu is None  # parents are computed, never stored
    assert [i.target_nilai for i in program.indikator.order_by("urutan")] == [
        Decimal(70),
        Decimal("66.50"),
        Decimal(85),
        Decimal(80),
    ]


def test_tarakan_renja_2024_totals_equal_tabel_7(loaded: str) -> None:
    renja = Renja.objects.get(perangkat_daerah__kode="tarakan-dinsospm", tahun=2024)
    tree = renja_tree(renja)
    assert tree.totals["pagu"] == rp("6.736.773.965")
    assert tree.find("1.06").totals["pagu"] == rp("4.455.445.985")
    assert tree.find("2.13").totals["pagu"] == rp("2.281.327.980")
    assert tree.find("1.06.04.2.01").totals["pagu"] == rp("177.453.130")
    assert PerangkatDaerah.objects.get(kode="tarakan-dinsospm").urusan == ["1.06", "2.13"]


def test_sulbar_rfk_2022_budget_and_realisation(loaded: str) -> None:
    renja = Renja.objects.get(perangkat_daerah__kode="sulawesi-barat-dinsos", tahun=2022)
    pagu = PaguAnggaran.objects.filter(baris__renja=renja).aggregate(s=Sum("jumlah"))["s"]
    spent = RealisasiAnggaran.objects.filter(baris__renja=renja).aggregate(s=Sum("keuangan"))["s"]
    assert pagu == rp("11.974.854.860")
    assert spent == rp("11.790.643.219")
    over = RealisasiAnggaran.objects.get(baris__renja=renja, baris__kode="1.06.04.1.04")
    assert over.keuangan == Decimal(43_685_000)  # S003-01: above its pagu, kept as reported


def test_tarakan_tc29_inputs_are_stored(loaded: str) -> None:
    pd = PerangkatDaerah.objects.get(kode="tarakan-dinsospm")
    assert {r.tahun for r in Renja.objects.filter(perangkat_daerah=pd)} == {2022, 2023, 2024}
    assert pd.renstra.get().tahun_akhir == 2024
    realised = RealisasiKinerja.objects.get(
        indikator__baris__renja__tahun=2022,
        indikator__baris__kode="1.06.04.2.01",
    )
    # Tabel 1, row 1.06.04.2.01: target 2022 = 305 Orang, realisasi 2022 = 265 Orang (S001-02)
    assert realised.nilai == Decimal(265)
    assert realised.indikator.target_nilai == Decimal(305)
    assert realised.satuan == "Orang"


def test_every_office_row_carries_the_pemda_key(loaded: str) -> None:
    for model in (RenjaBaris, Indikator, Lokasi, SumberDanaBaris, RealisasiKinerja):
        assert not model.objects.filter(pemda__isnull=True).exists()
