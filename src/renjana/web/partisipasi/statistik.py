"""The participation overview of an office, the share statistics against the pemda's minimum,
and the exports per kecamatan and per DPRD member (XLSX and printable HTML).

Office pages cover one office; the pemda pages (``kode`` absent) cover every office the user
may read: the whole pemda for Bappeda, the own office for an operator.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi.selectors import usulan as sel
from renjana.apps.partisipasi.services import prioritas as prioritas_service
from renjana.apps.partisipasi.unduhan import EKSPOR_KOLOM, daftar_xlsx
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.web.partisipasi.forms import PengaturanForm
from renjana.web.partisipasi.tanggapan import (
    base_context,
    denied,
    form_problems,
    office,
    page,
    rejected,
    user_of,
)

JENIS = {"kecamatan": "per Kecamatan", "dprd": "per Anggota DPRD (Pokir)"}


@login_required
@require_GET
def awal(request: HttpRequest, kode: str) -> HttpResponse:
    """The overview of the office's latest Renja year (next year when it has no Renja)."""
    pd = office(request, kode)
    latest = renja_of(pd).first()
    tahun = latest.tahun if latest else timezone.localdate().year + 1
    return redirect("partisipasi_ringkasan", pd.kode, tahun)


@login_required
@require_GET
def ringkasan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Entry page of the participation features of one office and year."""
    pd = office(request, kode)
    ctx = base_context(request, pd, tahun)
    ctx["statistik"] = sel.statistik([pd], tahun, pd.pemda)
    return page(request, "ringkasan.html", ctx)


def _pemda_offices(request: HttpRequest) -> list[PerangkatDaerah]:
    """The offices of one pemda the user may read: the user's own pemda, or for a platform
    administrator the pemda named by ``?pemda=<kode wilayah>`` (else the first one)."""
    user = user_of(request)
    offices = sel.scope_offices(user, None)
    wanted = request.GET.get("pemda") or (user.pemda.kode_wilayah if user.pemda else "")
    if not wanted and offices:
        wanted = offices[0].pemda.kode_wilayah
    offices = [o for o in offices if o.pemda.kode_wilayah == wanted]
    if not offices:
        raise Http404("Tidak ada perangkat daerah dalam lingkup Anda.")
    return offices


def _scope(
    request: HttpRequest, kode: str | None
) -> tuple[list[PerangkatDaerah], PerangkatDaerah | None, str]:
    if kode:
        pd = office(request, kode)
        return [pd], pd, f"{pd.nama} {pd.pemda.nama}"
    offices = _pemda_offices(request)
    return offices, None, offices[0].pemda.nama


@login_required
@require_GET
def statistik(request: HttpRequest, tahun: int, kode: str | None = None) -> HttpResponse:
    user = user_of(request)
    offices, pd, lingkup = _scope(request, kode)
    pemda = offices[0].pemda
    setting = sel.pengaturan(pemda)
    return page(
        request,
        "statistik.html",
        {
            "pd": pd, "tahun": tahun, "lingkup": lingkup, "offices": offices,
            "statistik": sel.statistik(offices, tahun, pemda),
            "pengaturan": setting,
            "can_set": prioritas_service.is_pemda_admin(user, pemda.pk),
            "form": PengaturanForm(),
        },
    )  # fmt: skip


@login_required
@require_POST
def pengaturan(request: HttpRequest, tahun: int) -> HttpResponse:
    """Admin Bappeda sets the pemda's minimum share of accommodated proposals."""
    user = user_of(request)
    kode = request.POST.get("kode", "")
    offices = [office(request, kode)] if kode else _pemda_offices(request)
    form = PengaturanForm(request.POST)
    if not form.is_valid():
        return rejected(request, form_problems(form))
    try:
        prioritas_service.set_persen_minimum(
            user=user, pemda=offices[0].pemda, persen=form.cleaned_data["persen_minimum"],
            dasar_hukum=form.cleaned_data["dasar_hukum"],
        )  # fmt: skip
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return rejected(request, exc.problems)
    messages.success(request, "Persentase minimum disimpan.")
    if kode:
        return redirect("partisipasi_statistik", kode, tahun)
    return redirect("partisipasi_statistik_pemda", tahun)


@login_required
@require_GET
def ekspor(request: HttpRequest, tahun: int, jenis: str, kode: str | None = None) -> HttpResponse:
    """Proposals per kecamatan or per DPRD member, with decision and reason; ``?format=xlsx``
    downloads the workbook, otherwise a printable page."""
    if jenis not in JENIS:
        raise Http404("Jenis ekspor tidak dikenal.")
    offices, pd, lingkup = _scope(request, kode)
    judul = f"Daftar Usulan {tahun} {JENIS[jenis]} — {lingkup}"
    report = sel.daftar(offices, tahun, jenis, judul)
    if request.GET.get("format") == "xlsx":
        keterangan = [
            f"Dicetak dari Renjana; keputusan dan alasan per usulan. Tahun rencana {tahun}."
        ]
        response = HttpResponse(
            daftar_xlsx(report, keterangan),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        slug = pd.kode if pd else "pemda"
        response["Content-Disposition"] = (
            f'attachment; filename="usulan-{jenis}-{slug}-{tahun}.xlsx"'
        )
        return response
    return page(
        request,
        "ekspor.html",
        {"pd": pd, "tahun": tahun, "jenis": jenis, "report": report,
         "kolom": [k for k, _ in EKSPOR_KOLOM]},
    )  # fmt: skip
