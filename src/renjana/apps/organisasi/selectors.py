"""Reads of organisations for the CLI and other apps."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from renjana.apps.organisasi.models import PerangkatDaerah


def all_perangkat_daerah() -> QuerySet[PerangkatDaerah]:
    """Every office, for trusted command-line use on the server itself."""
    return PerangkatDaerah.objects.select_related("pemda").order_by("pemda__kode_wilayah", "kode")


def describe(pd: PerangkatDaerah) -> dict[str, Any]:
    return {
        "kode": pd.kode,
        "nama": pd.nama,
        "pemda": pd.pemda.nama,
        "kode_wilayah": pd.pemda.kode_wilayah,
        "tingkat": pd.pemda.tingkat,
        "kode_unit": pd.kode_unit,
        "urusan": list(pd.urusan),
    }
