"""The landasan hukum editor: the office's list (printed in its documents) or the pemda's
shared regional regulations; add, change, move, delete, the starter list, sort by hierarchy."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods, require_POST

from renjana.apps.dokumen.selectors.landasan import (
    Lingkup,
    as_regulasi,
    daftar,
    get_landasan,
    lingkup_of,
)
from renjana.apps.dokumen.services import landasan as service
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan, is_pemda_admin
from renjana.apps.perencanaan.selectors.renja import get_perangkat_daerah
from renjana.core.landasan_hukum import JenisRegulasi, kutipan
from renjana.web.dokumen.forms import LandasanForm, form_messages, initial_of
from renjana.web.dokumen.views import page, user_of

_GET_POST = require_http_methods(["GET", "POST"])


def _may_edit(request: HttpRequest, pd: PerangkatDaerah, lingkup: Lingkup) -> bool:
    user = user_of(request)
    if lingkup is Lingkup.OPD:
        return can_edit_plan(user, pd)
    return is_pemda_admin(user, pd.pemda_id)


def _context(
    request: HttpRequest, pd: PerangkatDaerah, lingkup: Lingkup, **extra: Any
) -> dict[str, Any]:
    items = list(daftar(pd, lingkup))
    return {
        "pd": pd,
        "lingkup": lingkup.value,
        "items": [(item, kutipan(as_regulasi(item), pd.pemda.nama)) for item in items],
        "can_edit": _may_edit(request, pd, lingkup),
        "jenis_pilihan": [(j.value, j.label) for j in JenisRegulasi],
        "typed": {},
        **extra,
    }


@login_required
@_GET_POST
def daftar_page(request: HttpRequest, kode: str, lingkup: str) -> HttpResponse:
    """The list; POST adds an item at the end."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    scope = lingkup_of(lingkup)
    if request.method == "POST":
        form = LandasanForm(request.POST)
        problems: Any
        if form.is_valid():
            try:
                service.tambah_landasan(user=user, pd=pd, lingkup=scope, regulasi=form.regulasi())
            except Rejected as exc:
                problems = exc.problems
            else:
                messages.success(request, "Landasan hukum ditambahkan.")
                return redirect("dokumen_landasan", pd.kode, scope.value)
        else:
            problems = form_messages(form)
        context = _context(request, pd, scope, problems=problems, typed=request.POST)
        return page(request, "landasan.html", context, status=422)
    return page(request, "landasan.html", _context(request, pd, scope))


@login_required
@_GET_POST
def ubah(request: HttpRequest, kode: str, lingkup: str, pk: int) -> HttpResponse:
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    scope = lingkup_of(lingkup)
    item = get_landasan(pd, scope, pk)
    typed: Any = initial_of(item)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        form = LandasanForm(request.POST)
        typed = request.POST
        if form.is_valid():
            try:
                service.ubah_landasan(
                    user=user, pd=pd, lingkup=scope, item=item, regulasi=form.regulasi()
                )
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, "Landasan hukum diubah.")
                return redirect("dokumen_landasan", pd.kode, scope.value)
        else:
            problems, status = form_messages(form), 422
    context = {
        "pd": pd, "lingkup": scope.value, "item": item, "typed": typed, "problems": problems,
        "can_edit": _may_edit(request, pd, scope),
        "jenis_pilihan": [(j.value, j.label) for j in JenisRegulasi],
        "kutipan": kutipan(as_regulasi(item), pd.pemda.nama),
    }  # fmt: skip
    return page(request, "landasan_ubah.html", context, status=status)


@login_required
@require_POST
def hapus(request: HttpRequest, kode: str, lingkup: str, pk: int) -> HttpResponse:
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    scope = lingkup_of(lingkup)
    service.hapus_landasan(user=user, pd=pd, lingkup=scope, item=get_landasan(pd, scope, pk))
    messages.success(request, "Landasan hukum dihapus.")
    return redirect("dokumen_landasan", pd.kode, scope.value)


@login_required
@require_POST
def pindah(request: HttpRequest, kode: str, lingkup: str, pk: int) -> HttpResponse:
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    scope = lingkup_of(lingkup)
    arah = -1 if request.POST.get("arah") == "naik" else 1
    service.pindah_landasan(
        user=user, pd=pd, lingkup=scope, item=get_landasan(pd, scope, pk), arah=arah
    )
    return redirect("dokumen_landasan", pd.kode, scope.value)


@login_required
@require_POST
def urutkan(request: HttpRequest, kode: str, lingkup: str) -> HttpResponse:
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    scope = lingkup_of(lingkup)
    service.urutkan_landasan(user=user, pd=pd, lingkup=scope)
    messages.success(request, "Daftar diurutkan menurut hierarki peraturan perundang-undangan.")
    return redirect("dokumen_landasan", pd.kode, scope.value)


@login_required
@require_POST
def daftar_awal(request: HttpRequest, kode: str) -> HttpResponse:
    """One click: the national regulations of a Dinas Sosial Renja and the pemda's shared
    regional regulations that the office's list lacks."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    added = service.isi_daftar_awal(user=user, pd=pd)
    messages.success(
        request,
        f"{added} peraturan ditambahkan dari daftar awal." if added
        else "Semua peraturan daftar awal sudah ada di daftar.",
    )  # fmt: skip
    return redirect("dokumen_landasan", pd.kode, Lingkup.OPD.value)
