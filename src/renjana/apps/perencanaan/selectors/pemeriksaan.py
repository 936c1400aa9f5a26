"""The checks of a stored Renja: its rows and their context (reference data, ceilings,
Renstra) handed to ``renjana.core.checks``; the same problems for the panel, the CLI and
the submission guard."""

from __future__ import annotations

from renjana.apps.perencanaan.models import PlafonPagu, Renja
from renjana.apps.perencanaan.selectors.renja import renja_rows
from renjana.apps.perencanaan.selectors.renstra import renstra_for_year
from renjana.apps.referensi import selectors as referensi
from renjana.core.checks import PlafonSumberDana, PlanContext, check_renja
from renjana.core.kode import Tingkat
from renjana.core.problems import Problem


def plan_context(renja: Renja) -> PlanContext:
    pd = renja.perangkat_daerah
    versi = renja.nomenklatur_versi or referensi.nomenklatur_versi_for(renja.tahun)
    total = None
    per_sumber = []
    for plafon in PlafonPagu.objects.filter(perangkat_daerah=pd, tahun=renja.tahun).select_related(
        "sumber_dana"
    ):
        if plafon.sumber_dana is None:
            total = plafon.jumlah
        else:
            per_sumber.append(
                PlafonSumberDana(plafon.sumber_dana.kode, plafon.jumlah, plafon.sumber_dana.nama)
            )
    return PlanContext(
        tahun=renja.tahun,
        tingkat=Tingkat(pd.pemda.tingkat),
        urusan=tuple(pd.urusan),
        opd=pd.nama,
        nomenklatur=referensi.nomenklatur_value(versi) if versi else None,
        sumber_dana=referensi.sumber_dana_value(),
        plafon=total,
        plafon_sumber_dana=tuple(per_sumber),
        renstra=renstra_for_year(pd, renja.tahun),
    )


def renja_problems(renja: Renja) -> list[Problem]:
    """Every planning rule on the stored Renja, ordered as the Pemeriksaan panel lists them."""
    return check_renja(renja_rows(renja), plan_context(renja))
