"""The T-C.31 review page: the office's Rancangan Awal RKPD beside its Renja with every
difference highlighted, both totals, a keterangan per row (saved with HTMX), and entry of
RKPD rows one by one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.partisipasi.selectors import review as sel
from renjana.apps.partisipasi.services import rkpd as service
from renjana.web.partisipasi.forms import RkpdBarisForm
from renjana.web.partisipasi.tanggapan import (
    base_context,
    denied,
    form_problems,
    office,
    page,
    rejected,
    user_of,
)


def _page(request: HttpRequest, kode: str, tahun: int, **extra: object) -> HttpResponse:
    pd = office(request, kode)
    review = sel.review(pd, tahun)
    ctx = base_context(request, pd, tahun)
    ctx.update(
        {
            "review": review,
            "rkpd_ids": {r.kode: r.pk for r in sel.rkpd_baris(pd, tahun)},
            "form": RkpdBarisForm(),
            **extra,
        }
    )
    status = 422 if extra.get("problems") else 200
    return page(request, "review.html", ctx, status=status)


@login_required
@require_GET
def tabel(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    return _page(request, kode, tahun)


@login_required
@require_POST
def baris_simpan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = office(request, kode)
    form = RkpdBarisForm(request.POST)
    if not form.is_valid():
        found = form_problems(form)
        return _page(request, kode, tahun, problems=found)
    try:
        service.save_rkpd_baris(user=user_of(request), pd=pd, tahun=tahun, row=form.to_input())
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return _page(request, kode, tahun, problems=exc.problems)
    messages.success(request, "Baris Rancangan Awal RKPD disimpan.")
    return redirect("partisipasi_review", pd.kode, tahun)


@login_required
@require_POST
def baris_hapus(request: HttpRequest, kode: str, tahun: int, bid: int) -> HttpResponse:
    pd = office(request, kode)
    baris = sel.get_rkpd_baris(pd, tahun, bid)
    if baris is None:
        return rejected(request, [{"message": "Baris tidak ditemukan."}], status=404)
    try:
        service.delete_rkpd_baris(user=user_of(request), baris=baris)
    except PermissionDenied as exc:
        return denied(request, exc)
    messages.success(request, f"Baris {baris.kode} dihapus dari Rancangan Awal RKPD.")
    return redirect("partisipasi_review", pd.kode, tahun)


@login_required
@require_POST
def keterangan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Save one row's keterangan; HTMX swaps the cell with the saved text."""
    pd = office(request, kode)
    row_kode = request.POST.get("kode", "")
    teks = request.POST.get("teks", "")
    try:
        service.set_keterangan(user=user_of(request), pd=pd, tahun=tahun, kode=row_kode, teks=teks)
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return rejected(request, exc.problems)
    ctx = base_context(request, pd, tahun)
    ctx.update({"kode": row_kode, "teks": teks.strip(), "saved": True})
    return page(request, "_keterangan.html", ctx)
