"""The sample data files read into core values, without Django.

``loader.py`` stores these values through the services; tests of the pure core read the
same rows from here, so the two never disagree about how a sample file is understood.
"""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from typing import Any

import yaml

from renjana.core.quantity import normalize_satuan, parse_quantity
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue


def read_sample(name: str) -> dict[str, Any]:
    """One sample file of ``data/`` as plain YAML data."""
    text = resources.files("renjana.sample").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def decimal_or_none(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value))


def target_value(value: Any, satuan: Any) -> TargetValue:
    """A transcribed target: a number (canonical string) or qualitative text; "-" is missing."""
    if value is None or str(value).strip() in {"", "-"}:
        return TargetValue()
    text = str(value).strip()
    unit = normalize_satuan(satuan or "")
    try:
        return TargetValue(nilai=Decimal(text), satuan=unit)
    except ArithmeticError:
        return TargetValue(teks=text, satuan=unit)


def printed_target(text: Any) -> TargetValue:
    """A value printed with its unit (``26 Orang``), read with the core quantity parser."""
    if text is None:
        return TargetValue()
    q = parse_quantity(str(text)).quantity
    return TargetValue(nilai=q.nilai, teks=q.teks, satuan=q.satuan)


def renja_row(raw: dict[str, Any]) -> RenjaRowInput:
    """One transcribed Renja row (schema: data/README.md)."""
    return RenjaRowInput(
        kode=raw["kode"],
        nama=raw["nama"],
        indikator=tuple(
            IndikatorInput(
                uraian=i.get("uraian") or "",
                satuan=normalize_satuan(i.get("satuan") or ""),
                target=target_value(i.get("target"), i.get("satuan")),
                target_n1=target_value(i.get("target_n1"), i.get("satuan_n1") or i.get("satuan")),
            )
            for i in raw.get("indikator") or []
        ),
        pagu=decimal_or_none(raw.get("pagu")),
        pagu_n1=decimal_or_none(raw.get("pagu_n1")),
        lokasi=tuple(raw.get("lokasi") or ()),
        sumber_dana=tuple(
            SumberDanaInput(s.get("kode"), s.get("nama") or "", decimal_or_none(s.get("jumlah")))
            for s in raw.get("sumber_dana") or []
        ),
        prioritas_nasional=tuple(filter(None, [raw.get("prioritas_nasional")])),
        prioritas_daerah=tuple(filter(None, [raw.get("prioritas_daerah")])),
        kelompok_sasaran=raw.get("kelompok_sasaran") or "",
        catatan=raw.get("catatan") or "",
        unit_kerja=raw.get("unit_kerja") or "",
    )


def renja_rows(name: str, tahun: int) -> tuple[RenjaRowInput, ...]:
    """The rows of the sample Renja of ``tahun`` in file ``name``."""
    renja = next(r for r in read_sample(name)["renja"] if r["tahun"] == tahun)
    return tuple(renja_row(raw) for raw in renja["baris"])
