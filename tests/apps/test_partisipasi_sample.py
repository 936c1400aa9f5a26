"""The Tarakan participation sample (seed 001 Tabel 3 and Tabel 4) loads through the services,
and what the pages compute equals what the document prints.

Expected amounts are typed from the seed document, never read from the data file under test.
"""

from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
import yaml
from django.core.management import call_command

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi.models import RkpdBaris, Usulan
from renjana.apps.partisipasi.selectors import review as review_sel
from renjana.apps.partisipasi.selectors import usulan as usulan_sel
from renjana.core.review_rkpd import Perbedaan
from renjana.sample.partisipasi import read_partisipasi

pytestmark = pytest.mark.django_db


def rp(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


@pytest.fixture
def tarakan() -> PerangkatDaerah:
    call_command("sample", stdout=StringIO())
    return PerangkatDaerah.objects.get(kode="tarakan-dinsospm")


def test_rkpd_half_of_tabel_3_with_its_printed_totals(tarakan: PerangkatDaerah) -> None:
    review = review_sel.review(tarakan, 2024)
    rows = {r.kode: r for r in review.rows}
    # Tabel 3 (line 560) prints 4,197,049,000 for bidang 1.06 and (line 626) 871,931,596 for 2.13.
    assert rows["1.06"].rkpd.pagu == rp("4,197,049,000")
    assert rows["2.13"].rkpd.pagu == rp("871,931,596")
    assert review.total_rkpd == rp("4,197,049,000") + rp("871,931,596")
    # The Analisa Kebutuhan half (= Renja, Tabel 7) totals 6,736,773,965 (line 640).
    assert review.total_renja == rp("6,736,773,965")
    assert rows["1.06"].renja.pagu == rp("4,455,445,985")
    assert rows["1.06.01"].rkpd.pagu == rp("3,755,049,000")
    assert rows["1.06.04.2.01"].rkpd.pagu == rp("150,000,000")
    assert rows["2.13.05.2.01"].rkpd.pagu == rp("846,931,596")
    assert (
        RkpdBaris.objects.filter(perangkat_daerah=tarakan, tahun=2024).count() == 61
    )  # rows 561-639, continuations joined
    assert review.problems == ()
    # Line 587: 40 Unit in the RKPD draft, 16 Unit in the needs analysis.
    alat = rows["1.06.01.2.09.0006"]
    assert alat.perbedaan == (Perbedaan.TARGET,)
    # Line 576: 15,000,000 against 17,600,000; "Cetakan" (name, indicator) against "Cetak".
    assert rows["1.06.01.2.06.0005"].perbedaan == (
        Perbedaan.NAMA,
        Perbedaan.INDIKATOR,
        Perbedaan.PAGU,
    )
    # Lines 569-571: Administrasi Kepegawaian is only in the RKPD draft.
    assert rows["1.06.01.2.05"].perbedaan == (Perbedaan.HANYA_RKPD,)
    assert rows["1.06.01.2.05"].rkpd.pagu == rp("18,200,000")
    # "Desa/ Kelurahan" (Tabel 7) and "Desa/Kelurahan" (Tabel 3) are the same name.
    assert Perbedaan.NAMA not in rows["2.13.05.2.01.0004"].perbedaan
    # Line 630: 1 Dokumen and 25,000,000 against 2 Dokumen and 43,885,970.
    assert rows["2.13.04.2.01.0018"].perbedaan == (Perbedaan.TARGET, Perbedaan.PAGU)


def test_every_printed_parent_total_of_the_file_equals_the_computed_one(
    tarakan: PerangkatDaerah,
) -> None:
    rows = {r.kode: r for r in review_sel.review(tarakan, 2024).rows}
    printed = read_partisipasi("tarakan_partisipasi.yaml")["rancangan_awal_rkpd"]["dicetak"]
    assert len(printed) == 22
    for entry in printed:
        assert rows[entry["kode"]].rkpd.pagu == Decimal(entry["pagu"]), entry


def test_tabel_4_proposals_are_accommodated_in_their_sub_kegiatan(
    tarakan: PerangkatDaerah,
) -> None:
    usulan = list(Usulan.objects.filter(perangkat_daerah=tarakan, tahun=2024).order_by("nomor"))
    assert [(u.uraian, u.biaya, u.keputusan) for u in usulan] == [
        (
            "Rehab/Perbaikan Gedung Posyandu Balita Cempaka Putih dan Posyandu Lansia Karisma "
            "Nakasia",
            rp("30,000,000"),
            "diakomodir",
        ),
        ("Rehab Posyandu", rp("50,000,000"), "diakomodir"),
        ("Siring bagian belakang", rp("100,000,000"), "diakomodir"),
    ]
    assert [u.lokasi_teks for u in usulan] == [
        "RT. 43 Kelurahan Karang Anyar",
        "RT. 11 Kelurahan Juata Permai",
        "RT. 11 Kelurahan an Juata Permai",
    ]
    assert [usulan_sel.kecamatan_of(u) for u in usulan] == [
        "Tarakan Barat",
        "Tarakan Utara",
        "Tarakan Utara",
    ]
    siring = usulan_sel.usulan_value(usulan[2])
    assert siring.volume == "Panjang 60 Meter"
    assert [(a.kode, a.jumlah) for a in siring.akomodasi] == [
        ("2.13.05.2.01.0004", rp("100,000,000"))
    ]
    stats = usulan_sel.statistik([tarakan], 2024, tarakan.pemda)
    assert [(r.label, r.jumlah_diakomodir, r.biaya_diakomodir) for r in stats.rows] == [
        ("Aspirasi masyarakat (forum tidak disebut)", 3, rp("180,000,000"))
    ]
    assert stats.total.persen_biaya == Decimal(100)


def test_the_file_is_plain_yaml_with_line_references() -> None:
    data = yaml.safe_load(
        open(  # noqa: SIM115 - read once
            "src/renjana/sample/data/tarakan_partisipasi.yaml", encoding="utf-8"
        )
    )
    assert data["tahun"] == 2024
    assert all("baris_seed" in r for r in data["rancangan_awal_rkpd"]["baris"])
    leaves = [r for r in data["rancangan_awal_rkpd"]["baris"] if len(r["kode"].split(".")) == 6]
    assert all("pagu" in r for r in leaves)
    assert not any("pagu" in r for r in data["rancangan_awal_rkpd"]["baris"] if r not in leaves)
