"""The work area of the cascade page, and how every Renstra edit answers.

With HTMX a form opens in the editor panel above the table and a save swaps the whole work
area (``#kerja``: panel and table), so every pagu roll-up shown is recomputed; a refused form
comes back into the panel (``HX-Retarget``). Without JavaScript the same URLs render the
whole page and redirect after a save. Views give ``edit`` a form factory and a ``save`` that
calls one service; the scope decides who may edit, the service decides again on write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.selectors import renstra as selectors
from renjana.web.renstra.forms import attach_problems


def user_of(request: HttpRequest) -> Any:
    return request.user


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def nomor_of(obj: Any) -> str:
    """How the cascade numbers a tujuan (``1``), a sasaran (``1.2``) or a row (its code)."""
    if hasattr(obj, "kode"):
        return str(obj.kode)
    if hasattr(obj, "tujuan"):
        return f"{obj.tujuan.nomor}.{obj.nomor}"
    return str(obj.nomor)


def detail_url(renstra: Any) -> str:
    return reverse("renstra_detail", args=[renstra.perangkat_daerah.kode, renstra.tahun_awal])


def _context(request: HttpRequest, renstra: Any, **extra: Any) -> dict[str, Any]:
    kaskade = selectors.renstra_cascade(renstra)
    return {
        "renstra": renstra,
        "pd": renstra.perangkat_daerah,
        "kaskade": kaskade,
        "nodes": list(kaskade.tree.walk()),
        "can_edit": selectors.can_edit(user_of(request), renstra.perangkat_daerah),
        "detail_url": detail_url(renstra),
        **extra,
    }


def page(request: HttpRequest, renstra: Any, **extra: Any) -> HttpResponse:
    partial = is_htmx(request)
    template = "web/renstra/_kerja.html" if partial else "web/renstra/kaskade.html"
    return _vary(render(request, template, _context(request, renstra, **extra)))


def _vary(response: HttpResponse) -> HttpResponse:
    """The same URL answers a fragment to HTMX and a page otherwise; caches must tell."""
    patch_vary_headers(response, ["HX-Request"])
    return response


def saved(request: HttpRequest, renstra: Any, message: str) -> HttpResponse:
    if is_htmx(request):
        return page(request, renstra, saved=message)
    messages.success(request, message)
    return redirect(detail_url(renstra))


def edit(
    request: HttpRequest,
    renstra: Any,
    *,
    title: str,
    make: Callable[[Any], forms.Form],
    save: Callable[[Any], str],
) -> HttpResponse:
    """Show ``make(data)`` in the editor; on a valid POST call ``save(form)`` (a service),
    whose ``Rejected`` problems return to the form beside their fields."""
    if not selectors.can_edit(user_of(request), renstra.perangkat_daerah):
        raise PermissionDenied("Anda tidak berwenang mengubah Renstra ini.")
    form = make(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            return saved(request, renstra, save(form))
        except Rejected as exc:
            attach_problems(form, exc.problems)
    editor = {"title": title, "form": form, "action": request.path}
    if not is_htmx(request):
        return page(request, renstra, editor=editor)
    response = render(
        request, "web/renstra/_editor.html", {"editor": editor, "detail_url": detail_url(renstra)}
    )
    if request.method == "POST":  # the form was posted to #kerja; show it again in place
        response["HX-Retarget"] = "#editor"
        response["HX-Reswap"] = "innerHTML"
    return _vary(response)
