"""Load the document content of a sample office (``data/<office>_dokumen.yaml``) through the
dokumen services: for now the place and date of each document's signature. Called by
``loader.load_sample`` after the office's Renja exist.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import yaml

from renjana.apps.dokumen.selectors.naskah import konteks
from renjana.apps.dokumen.services.naskah import set_penandatanganan
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.naskah import JenisDokumen

#: Sample office file → its document-content file.
FILES = {"sulbar.yaml": "sulbar_dokumen.yaml"}


def read_dokumen(name: str) -> dict[str, Any]:
    text = resources.files("renjana.sample").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def load_dokumen(pd: PerangkatDaerah, sample: str) -> None:
    """Load the document-content file of the sample office file ``sample``, if it has one."""
    if sample not in FILES:
        return
    for item in read_dokumen(FILES[sample])["naskah"]:
        k = konteks(pd, JenisDokumen(item["jenis"]), int(item["tahun"]))
        set_penandatanganan(
            user=None,
            k=k,
            tempat=str(item["ttd_tempat"]),
            tanggal=dt.date.fromisoformat(str(item["ttd_tanggal"])),
            system=True,
        )
