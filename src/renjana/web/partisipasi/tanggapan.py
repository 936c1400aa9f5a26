"""Responses shared by the participation pages: refusals and problem lists, rendered the way
the Renja editor renders them (403 for a refusal, 422 for rejected input)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan
from renjana.apps.perencanaan.selectors.renja import get_perangkat_daerah


def user_of(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def office(request: HttpRequest, kode: str) -> PerangkatDaerah:
    """The office ``kode`` if the user may read it; 404 otherwise."""
    return get_perangkat_daerah(user_of(request), kode)


def base_context(request: HttpRequest, pd: PerangkatDaerah, tahun: int) -> dict[str, Any]:
    return {"pd": pd, "tahun": tahun, "can_edit": can_edit_plan(user_of(request), pd)}


def page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    response = render(request, f"web/partisipasi/{template}", context, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return render(request, "web/renja/_pesan.html", {"denied": str(exc)}, status=403)


def rejected(request: HttpRequest, problems: Any, status: int = 422) -> HttpResponse:
    return render(request, "web/renja/_pesan.html", {"problems": problems}, status=status)


def form_problems(form: Any) -> list[dict[str, str]]:
    """A form's field errors as problem-like items for ``_pesan.html``."""
    return [
        {"message": f"{form.fields[name].label or name if name in form.fields else name}: "
         f"{'; '.join(str(m) for m in errors)}"}
        for name, errors in form.errors.items()
    ]  # fmt: skip
