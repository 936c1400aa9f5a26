"""The admin's page for entry deadlines of the pemda's four triwulan and the exceptions of
one office; others see it read-only. Writes go through ``services.jadwal``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.apps.realisasi.selectors import jadwal as jadwal_sel
from renjana.apps.realisasi.services import jadwal
from renjana.web.realisasi.forms import JadwalForm, PengecualianForm

if TYPE_CHECKING:
    from renjana.apps.perencanaan.models import Renja


@login_required
@require_http_methods(["GET", "POST"])
def jadwal_page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Deadlines of the pemda's four triwulan and this office's exceptions (admin sets).

    Only the deadlines that differ from what is in force are written (each one audited).
    """
    user: Pengguna = request.user  # type: ignore[assignment]
    renja = perencanaan.get_renja(user, kode, tahun)
    pd = renja.perangkat_daerah
    can_set = jadwal_sel.can_set_jadwal(user, renja.pemda_id)
    deadlines = jadwal_sel.jadwal_pemda(renja.pemda_id, tahun)
    jadwal_form = JadwalForm(initial={f"tw{tw}": batas for tw, batas, _ in deadlines})
    exc_form = PengecualianForm()
    status, denied = 200, ""
    form_name = request.POST.get("form", "")
    if request.method == "POST" and not can_set:
        status, denied = 403, "Hanya admin Bappeda yang menetapkan jadwal dan pengecualian."
    elif request.method == "POST":
        if form_name not in ("jadwal", "pengecualian"):
            raise Http404("Formulir tidak dikenal.")
        form: Any = (
            JadwalForm(request.POST) if form_name == "jadwal" else PengecualianForm(request.POST)
        )
        if form_name == "jadwal":
            jadwal_form = form
        else:
            exc_form = form
        if form.is_valid():
            try:
                message = _save_jadwal(user, renja, form, deadlines)
            except PermissionDenied as exc:
                status, denied = 403, str(exc)
            except Rejected as exc:
                status = 422
                for problem in exc.problems:
                    form.add_error(None, problem.message)
            else:
                messages.success(request, message)
                return redirect("realisasi_jadwal", pd.kode, tahun)
        else:
            status = 422
    context = {
        "renja": renja,
        "pd": pd,
        "tahun": tahun,
        "deadlines": deadlines,
        "pengecualian": jadwal_sel.pengecualian_of(renja),
        "kunci": jadwal_sel.kunci_tahun(renja, jadwal.today()),
        "jadwal_form": jadwal_form,
        "exc_form": exc_form,
        "can_set": can_set,
        "denied": denied,
        "hari_bawaan": jadwal_sel.HARI_SETELAH_TRIWULAN,
    }
    return render(request, "web/realisasi/jadwal.html", context, status=status)


def _save_jadwal(user: Pengguna, renja: Renja, form: Any, deadlines: Any) -> str:
    pd = renja.perangkat_daerah
    if isinstance(form, JadwalForm):
        changed = [
            (tw, batas)
            for (tw, batas), (_, lama, bawaan) in zip(form.deadlines(), deadlines, strict=True)
            if bawaan or batas != lama
        ]
        jadwal.set_jadwal(user=user, pemda=pd.pemda, tahun=renja.tahun, batas=changed)
        return f"Jadwal pengisian realisasi {renja.tahun} disimpan."
    jadwal.grant_pengecualian(user=user, pd=pd, tahun=renja.tahun, **form.cleaned_data)
    return f"Pengecualian untuk {pd.nama} diberikan."
