"""Personas for full-stack tests: two pemda, each with its office and the four roles."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from renjana.apps.organisasi import services as organisasi
from renjana.apps.organisasi.models import Pemda, Pengguna, Peran, PerangkatDaerah

PASSWORD = "rahasia-uji"


@dataclass
class Office:
    pemda: Pemda
    pd: PerangkatDaerah
    admin: Pengguna
    verifikator: Pengguna
    operator: Pengguna
    pimpinan: Pengguna


def make_office(kode_wilayah: str, nama_pemda: str, tingkat: str, slug: str) -> Office:
    pemda = organisasi.create_pemda(
        user=None, kode_wilayah=kode_wilayah, nama=nama_pemda, tingkat=tingkat, system=True
    )
    pd = organisasi.create_perangkat_daerah(
        user=None, pemda=pemda, kode=f"{slug}-dinsos", nama="Dinas Sosial", urusan=["1.06"],
        system=True,
    )  # fmt: skip
    users = {
        peran: organisasi.create_pengguna(
            user=None,
            username=f"{peran}.{slug}",
            password=PASSWORD,
            nama=peran.title(),
            peran=peran,
            pemda=pemda,
            perangkat_daerah=pd if peran in (Peran.OPERATOR, Peran.PIMPINAN) else None,
            system=True,
        )
        for peran in Peran.values
    }
    return Office(pemda, pd, users["admin"], users["verifikator"], users["operator"],
                  users["pimpinan"])  # fmt: skip


@pytest.fixture
def sulbar(db: None) -> Office:
    return make_office("76", "Provinsi Sulawesi Barat", "provinsi", "sulbar")


@pytest.fixture
def tarakan(db: None) -> Office:
    return make_office("65.71", "Kota Tarakan", "kabkota", "tarakan")
