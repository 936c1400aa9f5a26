"""Pages. Views only parse the request, call selectors/services and render; no rules here."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from renjana.apps.organisasi.scope import visible_perangkat_daerah
from renjana.apps.perencanaan.selectors import renja as perencanaan


@login_required
def beranda(request: HttpRequest) -> HttpResponse:
    """The offices in the user's scope with their Renja years."""
    offices = [
        (pd, list(perencanaan.renja_of(pd)))
        for pd in visible_perangkat_daerah(request.user)  # type: ignore[arg-type]
    ]
    return render(request, "web/beranda.html", {"offices": offices})


@login_required
def opd_detail(request: HttpRequest, kode: str) -> HttpResponse:
    pd = perencanaan.get_perangkat_daerah(request.user, kode)  # type: ignore[arg-type]
    return render(request, "web/opd.html", {"pd": pd, "renja_list": list(perencanaan.renja_of(pd))})


@login_required
def renja_pohon(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The Renja of one year as a tree with pagu n and n+1 totals per level."""
    renja = perencanaan.get_renja(request.user, kode, tahun)  # type: ignore[arg-type]
    tree = perencanaan.renja_tree(renja)
    return render(
        request,
        "web/renja_pohon.html",
        {"renja": renja, "pd": renja.perangkat_daerah, "tree": tree, "nodes": list(tree.walk())},
    )
