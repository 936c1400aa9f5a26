"""Priority pages: tagging the office's Renja rows with priorities, the priorities agreed for
the office, the §2.J link table with pagu per priority and its problems, and the catalog of
national, provincial and regional priorities (edited by administrators)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.partisipasi.selectors import prioritas as sel
from renjana.apps.partisipasi.services import prioritas as service
from renjana.web.partisipasi.forms import PrioritasForm
from renjana.web.partisipasi.tanggapan import (
    base_context,
    denied,
    form_problems,
    office,
    page,
    rejected,
    user_of,
)


def _ids(values: list[str]) -> list[int]:
    return [int(v) for v in values if v.isdigit()]


@login_required
@require_GET
def tabel(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = office(request, kode)
    rows = sel.tag_rows(pd, tahun)
    ctx = base_context(request, pd, tahun)
    entries = sel.catalog(pd.pemda, tahun)
    ctx.update(
        {
            "rows": rows,
            "keterkaitan": sel.keterkaitan(pd, tahun, rows),
            "katalog": entries,
            "nama": {p.pk: str(p) for p in sel.catalog(pd.pemda)},
            "disepakati": set(sel.disepakati_ids(pd, tahun)),
        }
    )
    return page(request, "prioritas.html", ctx)


@login_required
@require_POST
def tag(request: HttpRequest, kode: str, tahun: int, bid: int) -> HttpResponse:
    pd = office(request, kode)
    baris = sel.get_baris(pd, tahun, bid)
    if baris is None:
        raise Http404("Baris tidak ditemukan.")
    try:
        service.set_tags(
            user=user_of(request),
            baris=baris,
            prioritas_ids=_ids(request.POST.getlist("prioritas")),
        )
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return rejected(request, exc.problems)
    messages.success(request, f"Prioritas {baris.kode} disimpan.")
    return redirect("partisipasi_prioritas", pd.kode, tahun)


@login_required
@require_POST
def disepakati(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = office(request, kode)
    try:
        service.set_disepakati(
            user=user_of(request), pd=pd, tahun=tahun,
            prioritas_ids=_ids(request.POST.getlist("prioritas")),
        )  # fmt: skip
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return rejected(request, exc.problems)
    messages.success(request, "Prioritas yang disepakati disimpan.")
    return redirect("partisipasi_prioritas", pd.kode, tahun)


def _pemda(request: HttpRequest) -> Any:
    user = user_of(request)
    if user.pemda is None:
        raise Http404("Katalog prioritas pemda tersedia bagi pengguna sebuah pemda.")
    return user.pemda


@login_required
def katalog(request: HttpRequest) -> HttpResponse:
    """The catalog a pemda sees; admins add entries here (POST)."""
    user = user_of(request)
    pemda = _pemda(request)
    problems: Any = ()
    form = PrioritasForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                service.create_prioritas(
                    user=user, pemda=pemda, jenis=data["jenis"], nama=data["nama"],
                    kode=data["kode"], tahun_mulai=data["tahun_mulai"],
                    tahun_akhir=data["tahun_akhir"], dasar_hukum=data["dasar_hukum"],
                    induk_id=data["induk"],
                )  # fmt: skip
            except PermissionDenied as exc:
                return denied(request, exc)
            except Rejected as exc:
                problems = exc.problems
            else:
                messages.success(request, "Prioritas ditambahkan ke katalog.")
                return redirect("partisipasi_katalog")
        else:
            problems = form_problems(form)
    return page(
        request,
        "katalog.html",
        {"katalog": sel.catalog(pemda), "pemda": pemda, "form": form, "problems": problems,
         "is_admin": service.is_pemda_admin(user, pemda.pk),
         "is_platform": user.is_superuser},
        status=422 if problems else 200,
    )  # fmt: skip


@login_required
@require_POST
def katalog_ubah(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    prioritas = sel.get_prioritas(_pemda(request), pk)
    if prioritas is None:
        raise Http404("Prioritas tidak ditemukan.")
    try:
        if request.POST.get("hapus"):
            service.delete_prioritas(user=user, prioritas=prioritas)
            messages.success(request, "Prioritas dihapus dari katalog.")
        else:
            form = PrioritasForm(request.POST)
            if not form.is_valid():
                return rejected(request, form_problems(form))
            data = form.cleaned_data
            service.update_prioritas(
                user=user, prioritas=prioritas, kode=data["kode"], nama=data["nama"],
                tahun_mulai=data["tahun_mulai"], tahun_akhir=data["tahun_akhir"],
                dasar_hukum=data["dasar_hukum"], induk_id=data["induk"],
            )  # fmt: skip
            messages.success(request, "Prioritas diperbarui.")
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return rejected(request, exc.problems)
    return redirect("partisipasi_katalog")
