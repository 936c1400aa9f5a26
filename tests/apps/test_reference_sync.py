"""`renjana migrate` mirrors the packaged reference data into the database (ADR 0003)."""

from __future__ import annotations

import pytest

from renjana.apps.referensi.models import (
    JenisPpks,
    JenisPsks,
    Nomenklatur,
    NomenklaturVersi,
    Skala,
    SpmJenisLayanan,
    SumberDana,
    Wilayah,
)
from renjana.apps.referensi.services import sync_packaged_reference

pytestmark = pytest.mark.django_db


def test_every_packaged_row_is_in_the_database_after_migrate() -> None:
    versi = NomenklaturVersi.objects.get()
    assert versi.berlaku_mulai == 2022
    assert "050-5889" in versi.dasar_hukum
    assert Nomenklatur.objects.filter(versi=versi).count() == 348  # reference/README.md
    assert Nomenklatur.objects.filter(level="subkegiatan", tingkat="provinsi").count() == 158
    assert Nomenklatur.objects.filter(level="subkegiatan", tingkat="kabkota").count() == 137
    assert SumberDana.objects.count() == 315
    assert (
        SumberDana.objects.get(kode="1.2.01.01.02").nama == "Dana Transfer Umum-Dana Alokasi Umum"
    )
    assert JenisPpks.objects.count() == 26
    assert JenisPpks.objects.get(nomor=24).satuan == "KK"
    assert JenisPsks.objects.filter(induk__isnull=True).count() == 12
    assert SpmJenisLayanan.objects.filter(tingkat="kabkota").count() == 5
    assert SpmJenisLayanan.objects.filter(tingkat="provinsi").count() == 5
    assert set(Skala.objects.values_list("kode", flat=True)) >= {
        "kinerja_renja",
        "sakip",
        "indeks_spm",
    }
    assert Wilayah.objects.get(kode="76.02").nama == "Kabupaten Mamuju"  # Kemendagri, not BPS 7604
    assert Wilayah.objects.get(kode="65.71").induk.kode == "65"


def test_sync_is_idempotent_and_keeps_administrator_edits() -> None:
    item = Nomenklatur.objects.get(kode="1.06.04.2.01.0001", tingkat="kabkota")
    item.indikator = "Diubah oleh admin"
    item.save()
    assert set(sync_packaged_reference().values()) == {0}
    item.refresh_from_db()
    assert item.indikator == "Diubah oleh admin"
