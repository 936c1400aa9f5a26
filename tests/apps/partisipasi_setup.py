"""Shared set-up of the participation tests: a second office in the Tarakan pemda (the
receiving end of a forwarded proposal), a Renja with funded sub kegiatan, proposal inputs."""

from __future__ import annotations

from decimal import Decimal

from renjana.apps.organisasi import services as organisasi
from renjana.apps.organisasi.models import Pengguna, Peran, PerangkatDaerah
from renjana.apps.perencanaan.models import RenjaBaris
from renjana.apps.perencanaan.services import editor
from renjana.core import partisipasi as core
from renjana.core.quantity import Quantity
from tests.apps.conftest import PASSWORD, Office

TAHUN = 2025
PERMAKANAN = "1.06.04.2.01.0001"
SANDANG = "1.06.04.2.01.0002"
PENDATAAN = "1.06.05.2.02.0001"
JT = Decimal(1_000_000)


def second_office(office: Office, slug: str = "dinkes") -> tuple[PerangkatDaerah, Pengguna]:
    """Another office of the same pemda with its own operator (``operator.<pemda>.<slug>``)."""
    base = office.pd.kode.removesuffix("-dinsos")
    pd = organisasi.create_perangkat_daerah(
        user=None, pemda=office.pemda, kode=f"{base}-{slug}", nama="Dinas Kesehatan",
        urusan=["1.02"], system=True,
    )  # fmt: skip
    operator = organisasi.create_pengguna(
        user=None, username=f"operator.{base}.{slug}", password=PASSWORD, nama="Operator Dinkes",
        peran=Peran.OPERATOR, pemda=office.pemda, perangkat_daerah=pd, system=True,
    )  # fmt: skip
    return pd, operator


def renja_with_subs(office: Office, tahun: int = TAHUN) -> dict[str, RenjaBaris]:
    """A kab/kota Renja with three funded sub kegiatan: 50, 8 and 46 juta."""
    renja = editor.create_renja(user=office.operator, pd=office.pd, tahun=tahun)
    rows = {}
    for kode, pagu in ((PERMAKANAN, 50), (SANDANG, 8), (PENDATAAN, 46)):
        baris = editor.add_baris(user=office.operator, renja=renja, kode=kode)
        editor.update_baris(user=office.operator, baris=baris, changes={"pagu": pagu * JT})
        rows[kode] = baris
    return rows


def usulan_input(
    sumber: core.Sumber = core.Sumber.MUSRENBANG,
    uraian: str = "Permakanan lansia terlantar",
    biaya: int | None = 30,
    tahun: int = TAHUN,
    **fields: object,
) -> core.UsulanInput:
    defaults: dict[str, object] = {}
    if sumber is core.Sumber.MUSRENBANG:
        defaults["tingkat_musrenbang"] = core.TingkatMusrenbang.KECAMATAN
    if sumber is core.Sumber.POKIR:
        defaults.update(anggota_dprd="H. Ahmad", fraksi="Golkar", dapil="Tarakan 1")
    defaults.update(fields)
    return core.UsulanInput(
        sumber=sumber,
        uraian=uraian,
        tahun=tahun,
        biaya=None if biaya is None else biaya * JT,
        volume=defaults.pop("volume", Quantity(None, "")),  # type: ignore[arg-type]
        **defaults,  # type: ignore[arg-type]
    )
