"""Forum Perangkat Daerah agreements: record the targets agreed in the berita acara and see,
for each, whether the Renja carries a compatible target."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from renjana.apps.errors import Rejected
from renjana.apps.partisipasi.selectors import forum as sel
from renjana.apps.partisipasi.services import forum as service
from renjana.web.partisipasi.forms import KesepakatanForm
from renjana.web.partisipasi.tanggapan import (
    base_context,
    denied,
    form_problems,
    office,
    page,
    user_of,
)


@login_required
def daftar(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The agreements with their check; POST records a new one (or changes ``id``)."""
    pd = office(request, kode)
    form = KesepakatanForm(request.POST or None)
    problems: object = ()
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            existing = None
            if request.POST.get("id", "").isdigit():
                existing = sel.get_kesepakatan(pd, int(request.POST["id"]))
                if existing is None:
                    raise Http404("Kesepakatan tidak ditemukan.")
            try:
                service.save_kesepakatan(
                    user=user_of(request), pd=pd, tahun=tahun, kesepakatan=existing,
                    data=service.KesepakatanInput(
                        indikator=data["indikator"], target_nasional=data["target_nasional"],
                        target_daerah=data["target_daerah"], catatan=data["catatan"],
                        baris_id=data["baris"],
                    ),
                )  # fmt: skip
            except PermissionDenied as exc:
                return denied(request, exc)
            except Rejected as exc:
                problems = exc.problems
            else:
                messages.success(request, "Kesepakatan Forum PD disimpan.")
                return redirect("partisipasi_forum", pd.kode, tahun)
        else:
            problems = form_problems(form)
    ctx = base_context(request, pd, tahun)
    ctx.update(
        {"hasil": sel.kesepakatan(pd, tahun), "baris": sel.baris_choices(pd, tahun),
         "form": form, "problems": problems}
    )  # fmt: skip
    return page(request, "forum.html", ctx, status=422 if problems else 200)


@login_required
@require_POST
def hapus(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    pd = office(request, kode)
    kesepakatan = sel.get_kesepakatan(pd, pk)
    if kesepakatan is None:
        raise Http404("Kesepakatan tidak ditemukan.")
    try:
        service.delete_kesepakatan(user=user_of(request), kesepakatan=kesepakatan)
    except PermissionDenied as exc:
        return denied(request, exc)
    messages.success(request, "Kesepakatan dihapus.")
    return redirect("partisipasi_forum", pd.kode, tahun)
