"""Load the participation facts of a sample office (``data/<office>_partisipasi.yaml``) through
the partisipasi services: the Rancangan Awal RKPD rows (T-C.31) and the proposals (T-C.32) with
their screening and decision. Called by ``loader.load_sample`` after the office's Renja exists.
"""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from typing import Any

import yaml

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi.selectors.usulan import sub_kegiatan_choices
from renjana.apps.partisipasi.services import rkpd, usulan
from renjana.core import partisipasi as core
from renjana.core.quantity import Quantity, parse_quantity
from renjana.core.review_rkpd import RkpdBarisInput

#: Sample office file → its participation file.
FILES = {"tarakan.yaml": "tarakan_partisipasi.yaml"}


def read_partisipasi(name: str) -> dict[str, Any]:
    text = resources.files("renjana.sample").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _quantity(value: Any, satuan: Any) -> Quantity:
    text = " ".join(str(p) for p in (value, satuan) if p not in (None, ""))
    return parse_quantity(text).quantity if text else Quantity(None, "")


def _money(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def load_partisipasi(pd: PerangkatDaerah, sample: str) -> None:
    """Load the participation file of the sample office file ``sample``, if it has one."""
    if sample not in FILES:
        return
    data = read_partisipasi(FILES[sample])
    tahun = int(data["tahun"])
    rows = [
        RkpdBarisInput(
            kode=r["kode"],
            nama=r["nama"],
            indikator=r.get("indikator") or "",
            target=_quantity(r.get("target"), r.get("satuan")),
            pagu=_money(r.get("pagu")),
        )
        for r in data["rancangan_awal_rkpd"]["baris"]
    ]
    rkpd.import_rkpd(user=None, pd=pd, tahun=tahun, rows=rows, system=True)
    ids = {row["kode"]: row["id"] for row in sub_kegiatan_choices(pd, tahun)}
    for item in data["usulan"]["daftar"]:
        created = usulan.create_usulan(
            user=None,
            pd=pd,
            data=core.UsulanInput(
                sumber=core.Sumber(item["sumber"]),
                uraian=item["uraian"],
                tahun=tahun,
                kode_wilayah=item.get("kode_wilayah"),
                rincian_lokasi=item.get("rincian_lokasi") or "",
                lokasi=item.get("lokasi") or "",
                volume=_quantity(item.get("volume"), item.get("satuan")),
                biaya=_money(item.get("biaya")),
            ),
            system=True,
        )
        usulan.screen_usulan(
            user=None, usulan=created, sesuai_tugas=True, sesuai_kewenangan=True,
            dapat_didanai=True, system=True,
        )  # fmt: skip
        usulan.decide_usulan(
            user=None,
            usulan=created,
            keputusan=item["keputusan"],
            alasan=item.get("alasan") or "",
            akomodasi=[(ids[a["kode"]], _money(a["jumlah"])) for a in item.get("akomodasi") or []],
            system=True,
        )
