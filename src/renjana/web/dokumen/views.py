"""Document content pages: the overview of an office's documents and the "Naskah" page of a
Renja or an RKT (every narrative part with its text, the signature place and date).

Views parse the request, call one selector or service and render. An office outside the
user's scope is 404; a write by a role that may not write is 403 and changes nothing; input
that is refused re-renders with every problem (422).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.dokumen.selectors import naskah as sel
from renjana.apps.dokumen.selectors.landasan import Lingkup, daftar
from renjana.apps.dokumen.selectors.profil import profil_of, sdm_tahun
from renjana.apps.dokumen.services import naskah as service
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.organisasi.scope import can_edit_plan, is_pemda_admin
from renjana.apps.perencanaan.selectors.renja import get_perangkat_daerah, renja_of
from renjana.core.naskah import BagianNaskah, JenisDokumen
from renjana.web.dokumen.forms import TtdForm, form_messages


def user_of(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def page(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    return render(request, f"web/dokumen/{template}", context, status=status)


@login_required
@require_GET
def beranda(request: HttpRequest, kode: str) -> HttpResponse:
    """The office's documents: Naskah of each Renja, the RKT years, landasan hukum, profile,
    staff tables and (for the admin) the pemda logo."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    context = {
        "pd": pd,
        "renja_list": list(renja_of(pd)),
        "jumlah_landasan": daftar(pd, Lingkup.OPD).count(),
        "profil": profil_of(pd),
        "sdm_tahun": sdm_tahun(pd),
        "can_edit": can_edit_plan(user, pd),
        "is_admin": is_pemda_admin(user, pd.pemda_id),
        "ada_logo": bool(pd.pemda.logo),
    }
    return page(request, "beranda.html", context)


@login_required
@require_GET
def pilih_rkt(request: HttpRequest, kode: str) -> HttpResponse:
    pd = get_perangkat_daerah(user_of(request), kode)
    try:
        tahun = int(request.GET.get("tahun", ""))
    except ValueError:
        messages.error(request, "Tahun RKT harus berupa angka, mis. 2025.")
        return redirect("dokumen_beranda", pd.kode)
    return redirect("dokumen_naskah", pd.kode, JenisDokumen.RKT.value, tahun)


def _naskah_context(request: HttpRequest, k: sel.Konteks, **extra: Any) -> dict[str, Any]:
    user = user_of(request)
    bagian = sel.isi_naskah(k)
    return {
        "k": k,
        "pd": k.pd,
        "bagian": bagian,
        "catatan": sel.catatan_data(k, bagian),
        "ttd": sel.penandatangan(k),
        "can_edit": service.may_edit(user, k),
        "jumlah_landasan": daftar(k.pd, Lingkup.OPD).count(),
        **extra,
    }


@login_required
@require_GET
def naskah(request: HttpRequest, kode: str, jenis: str, tahun: int) -> HttpResponse:
    """Every part of the document with its text. On first open by someone who may edit, the
    parts are prepared (stored) from the templates and the data."""
    user = user_of(request)
    k = sel.konteks_for(user, kode, jenis, tahun)
    if service.may_edit(user, k) and sel.belum_lengkap(k):
        service.siapkan_naskah(user=user, k=k)
    return page(request, "naskah.html", _naskah_context(request, k))


def _bagian_response(
    request: HttpRequest, k: sel.Konteks, item: BagianNaskah, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {
        "k": k, "pd": k.pd, "b": item, "can_edit": service.may_edit(user_of(request), k),
        "catatan": {}, "jumlah_landasan": daftar(k.pd, Lingkup.OPD).count(),
        **extra,
    }  # fmt: skip
    return page(request, "_bagian.html", context, status=status)


def _item(k: sel.Konteks, kunci: str) -> BagianNaskah:
    found = next((b for b in sel.isi_naskah(k) if b.bagian.kunci == kunci), None)
    if found is None:
        raise Http404("Bagian naskah tidak dikenal.")
    return found


def _anchor(k: sel.Konteks, kunci: str = "") -> str:
    url = reverse("dokumen_naskah", args=[k.pd.kode, k.jenis.value, k.tahun])
    return f"{url}#bagian-{kunci.replace('.', '-')}" if kunci else url


@login_required
@require_POST
def bagian_simpan(
    request: HttpRequest, kode: str, jenis: str, tahun: int, kunci: str
) -> HttpResponse:
    """Save the text of one part (HTMX: the part is re-rendered in place)."""
    user = user_of(request)
    k = sel.konteks_for(user, kode, jenis, tahun)
    sel.get_bagian(k, kunci)
    htmx = request.headers.get("HX-Request") == "true"
    teks = request.POST.get("teks", "")
    try:
        service.simpan_bagian(user=user, k=k, kunci=kunci, teks=teks)
    except Rejected as exc:
        if htmx:
            item = _item(k, kunci)
            shown = BagianNaskah(item.bagian, teks, item.diubah_manual, item.tersimpan)
            return _bagian_response(request, k, shown, 422, bagian_problems=exc.problems)
        return page(request, "naskah.html", _naskah_context(request, k, problems=exc.problems),
                    status=422)  # fmt: skip
    if htmx:
        return _bagian_response(request, k, _item(k, kunci), saved="Teks disimpan.")
    messages.success(request, "Teks disimpan.")
    return redirect(_anchor(k, kunci))


@login_required
@require_POST
def isi_ulang(request: HttpRequest, kode: str, jenis: str, tahun: int) -> HttpResponse:
    """ "Isi ulang dari data": every part not edited by hand, or the one part named."""
    user = user_of(request)
    k = sel.konteks_for(user, kode, jenis, tahun)
    kunci = request.POST.get("bagian") or None
    if kunci is not None:
        sel.get_bagian(k, kunci)
    changed = service.isi_ulang(user=user, k=k, kunci=kunci)
    if kunci is not None:
        messages.success(request, "Bagian diisi ulang dari templat dan data.")
    else:
        messages.success(
            request,
            f"{len(changed)} bagian diisi ulang dari data; bagian yang diubah manual tidak "
            "disentuh.",
        )
    return redirect(_anchor(k, kunci or ""))


@login_required
@require_POST
def ttd_simpan(request: HttpRequest, kode: str, jenis: str, tahun: int) -> HttpResponse:
    """The place and date above the signature."""
    user = user_of(request)
    k = sel.konteks_for(user, kode, jenis, tahun)
    form = TtdForm(request.POST)
    problems: Any
    if form.is_valid():
        tempat, tanggal = form.values()
        try:
            service.set_penandatanganan(user=user, k=k, tempat=tempat, tanggal=tanggal)
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(request, "Tempat dan tanggal penandatanganan disimpan.")
            return redirect(f"{_anchor(k)}#ttd")
    else:
        problems = form_messages(form)
    context = _naskah_context(request, k, problems=problems, ttd_typed=request.POST)
    return page(request, "naskah.html", context, status=422)
