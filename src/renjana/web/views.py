"""Pages. Views only parse the request, call selectors/services and render; no rules here."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from renjana.apps.organisasi.scope import can_edit_plan, visible_perangkat_daerah
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
    context = {
        "pd": pd,
        "renja_list": list(perencanaan.renja_of(pd)),
        "can_edit": can_edit_plan(request.user, pd),  # type: ignore[arg-type]
    }
    return render(request, "web/opd.html", context)
