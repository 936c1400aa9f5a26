"""Load a sample office file (data/*.yaml) through the services, as one transaction.

The files hold facts transcribed from published documents (see data/README.md); this module
turns them into core input values and hands them to the same services an import uses, so the
sample data obeys every rule real data does.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.text import slugify

from renjana.apps.organisasi import services as organisasi
from renjana.apps.organisasi.models import Pemda, Peran, PerangkatDaerah
from renjana.apps.perencanaan.services import impor as perencanaan
from renjana.apps.realisasi import services as realisasi
from renjana.core.renja import (
    IndikatorInput,
    RenjaRowInput,
    RenstraIndikatorInput,
    RenstraRowInput,
    RenstraTahunInput,
)
from renjana.sample.dokumen import load_dokumen
from renjana.sample.partisipasi import load_partisipasi
from renjana.sample.populasi import load_populasi
from renjana.sample.rows import decimal_or_none, printed_target, read_sample, renja_row

SAMPLE_FILES = ("sulbar.yaml", "tarakan.yaml")
DEMO_PASSWORD = "renjana-demo"


def office_kode(pemda_nama: str, pd: dict[str, Any]) -> str:
    """``Provinsi Sulawesi Barat`` + ``Dinsos`` → ``sulawesi-barat-dinsos``."""
    short = pemda_nama
    for prefix in ("Provinsi ", "Kabupaten ", "Kota "):
        short = short.removeprefix(prefix)
    return slugify(f"{short} {pd.get('singkatan') or pd['nama']}")


def load_sample(name: str) -> PerangkatDaerah | None:
    """Load one sample file; ``None`` when its pemda is already in the database."""
    data = read_sample(name)
    p = data["pemda"]
    if Pemda.objects.filter(kode_wilayah=p["kode_wilayah"]).exists():
        return None
    with transaction.atomic():
        pemda = organisasi.create_pemda(
            user=None,
            kode_wilayah=p["kode_wilayah"],
            nama=p["nama"],
            tingkat=p["tingkat"],
            ibukota=p.get("ibukota") or "",
            system=True,
        )
        pd = _create_office(pemda, data["perangkat_daerah"])
        _create_demo_users(pemda, pd)
        for renja in data.get("renja", []):
            perencanaan.import_renja(
                user=None,
                pd=pd,
                tahun=renja["tahun"],
                tahap=renja["tahap"],
                rows=[renja_row(r) for r in renja["baris"]],
                system=True,
            )
        for rfk in data.get("rfk", []):
            _load_rfk(pd, rfk)
        if "evaluasi_tc29" in data:
            _load_tc29(pd, data["evaluasi_tc29"])
        load_partisipasi(pd, name)
        load_populasi(pd)
        load_dokumen(pd, name)
    return pd


def _create_office(pemda: Pemda, raw: dict[str, Any]) -> PerangkatDaerah:
    kepala = raw.get("kepala") or {}
    return organisasi.create_perangkat_daerah(
        user=None,
        pemda=pemda,
        kode=office_kode(pemda.nama, raw),
        nama=raw["nama"],
        unit_kerja=raw.get("unit_kerja") or [],
        system=True,
        kode_unit=raw.get("kode_unit") or "",
        singkatan=raw.get("singkatan") or "",
        urusan=list(raw.get("urusan") or []),
        alamat=raw.get("alamat") or "",
        kepala_nama=kepala.get("nama") or "",
        kepala_nip=kepala.get("nip") or "",
        kepala_pangkat=kepala.get("pangkat") or "",
        kepala_jabatan=kepala.get("jabatan") or "",
    )


def _create_demo_users(pemda: Pemda, pd: PerangkatDaerah) -> None:
    slug = pd.kode.rsplit("-", 1)[0]
    spec = [
        (f"bappeda.{slug}", "Admin Bappeda", Peran.ADMIN, None),
        (f"verifikator.{slug}", "Verifikator Bappeda", Peran.VERIFIKATOR, None),
        (f"operator.{slug}", f"Operator {pd.nama}", Peran.OPERATOR, pd),
        (f"pimpinan.{slug}", f"Kepala {pd.nama}", Peran.PIMPINAN, pd),
    ]
    for username, nama, peran, office in spec:
        organisasi.create_pengguna(
            user=None,
            username=username,
            password=DEMO_PASSWORD,
            nama=nama,
            peran=peran,
            pemda=pemda,
            perangkat_daerah=office,
            system=True,
        )


def _load_rfk(pd: PerangkatDaerah, rfk: dict[str, Any]) -> None:
    """Last year's RFK: a Renja at kegiatan level, its DPPA pagu and annual realisation."""
    rows = [
        RenjaRowInput(
            kode=r["kode"],
            nama=r["nama"],
            indikator=(IndikatorInput(uraian=r["indikator"]),) if r.get("indikator") else (),
        )
        for r in rfk["baris"]
    ]
    renja = perencanaan.import_renja(
        user=None, pd=pd, tahun=rfk["tahun"], tahap="penetapan", rows=rows, system=True
    )
    items = [
        realisasi.AnggaranInput(
            kode=r["kode"],
            pagu_dppa=decimal_or_none(r.get("pagu")),
            keuangan=decimal_or_none(r.get("realisasi")),
            fisik_persen=decimal_or_none(r.get("fisik_persen")),
        )
        for r in rfk["baris"]
        if r.get("pagu") is not None
    ]
    realisasi.import_realisasi_anggaran(
        user=None, renja=renja, periode=realisasi.Periode.TAHUN, items=items, system=True
    )


def _load_tc29(pd: PerangkatDaerah, ev: dict[str, Any]) -> None:
    """T-C.29 inputs: the Renstra (end target, realisasi s/d n-3), Renja n-2 with its
    realisasi, and Renja n-1 (its targets, column 9)."""
    n2 = ev["tahun_evaluasi"]
    akhir = ev["tahun_akhir_renstra"]
    baris = ev["baris"]
    renstra_rows = [
        RenstraRowInput(
            kode=r["kode"],
            nama=r["nama"],
            indikator=(
                RenstraIndikatorInput(
                    uraian=r.get("indikator") or "",
                    satuan=printed_target(r.get("target_renstra")).satuan,
                    tahunan=(
                        RenstraTahunInput(
                            tahun=akhir, target=printed_target(r.get("target_renstra"))
                        ),
                        RenstraTahunInput(
                            tahun=n2 - 1,
                            realisasi=printed_target(r.get("realisasi_sd_n3")),
                            realisasi_kumulatif=True,
                        ),
                    ),
                ),
            )
            if r.get("indikator")
            else (),
        )
        for r in baris
    ]
    perencanaan.import_renstra(
        user=None, pd=pd, tahun_awal=akhir - 5, tahun_akhir=akhir, rows=renstra_rows, system=True
    )
    for tahun, key in ((n2, "target_n2"), (n2 + 1, "target_n1")):
        rows = [
            RenjaRowInput(
                kode=r["kode"],
                nama=r["nama"],
                indikator=(
                    IndikatorInput(
                        uraian=r["indikator"],
                        satuan=printed_target(r.get(key)).satuan,
                        target=printed_target(r.get(key)),
                    ),
                )
                if r.get("indikator")
                else (),
            )
            for r in baris
        ]
        renja = perencanaan.import_renja(
            user=None, pd=pd, tahun=tahun, tahap="penetapan", rows=rows, system=True
        )
        if tahun == n2:
            items = []
            for r in baris:
                if not r.get("indikator"):
                    continue
                value = printed_target(r.get("realisasi_n2"))
                items.append(
                    realisasi.KinerjaInput(
                        kode=r["kode"],
                        urutan=0,
                        nilai=value.nilai,
                        teks=value.teks,
                        satuan=value.satuan,
                    )
                )
            realisasi.import_realisasi_kinerja(
                user=None, renja=renja, periode=realisasi.Periode.TAHUN, items=items, system=True
            )
