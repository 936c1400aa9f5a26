"""Download pages. The views parse the request, check the office through the access-checked
selector (another office answers 404) and hand the work to ``apps.laporan.keluaran``; the
file is made on request. Without LibreOffice a PDF request gets a page that says so in
Indonesian (503) while DOCX and XLSX keep working."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from renjana.apps.kinerja.selectors import iku_years
from renjana.apps.laporan.keluaran import Format, KonversiGagal, LibreOfficeTidakAda, buat
from renjana.apps.laporan.sampul import TAHAP_LABEL, TahapTidakDikenal, parse_tahap
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.core.naskah import JenisDokumen


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


@login_required
@require_GET
def pilihan(request: HttpRequest, kode: str) -> HttpResponse:
    """The office's Renja years (with their stage) and RKT years, each in three formats."""
    pd = perencanaan.get_perangkat_daerah(_user(request), kode)
    renja = list(perencanaan.renja_of(pd))
    rkt = sorted({r.tahun for r in renja} | set(iku_years(pd)), reverse=True)
    context = {
        "pd": pd,
        "renja_list": renja,
        "rkt_years": rkt,
        "formats": [f.value for f in Format],
        "tahap_pilihan": [(t.value, label) for t, label in TAHAP_LABEL.items()],
    }
    return render(request, "web/laporan/pilihan.html", context)


@login_required
@require_GET
def unduh(request: HttpRequest, kode: str, jenis: str, tahun: int, ekstensi: str) -> HttpResponse:
    pd = perencanaan.get_perangkat_daerah(_user(request), kode)
    try:
        kind, fmt = JenisDokumen(jenis), Format(ekstensi)
    except ValueError:
        raise Http404("Jenis atau format dokumen tidak dikenal.") from None
    try:
        tahap = parse_tahap(request.GET["tahap"]) if request.GET.get("tahap") else None
    except TahapTidakDikenal as exc:
        raise Http404(str(exc)) from None
    try:
        berkas = buat(pd, kind, tahun, fmt, tahap)
    except (LibreOfficeTidakAda, KonversiGagal) as exc:
        context = {"pd": pd, "jenis": kind, "tahun": tahun, "pesan": str(exc)}
        return render(request, "web/laporan/gagal.html", context, status=503)
    response = HttpResponse(berkas.isi, content_type=berkas.content_type)
    response["Content-Disposition"] = f'attachment; filename="{berkas.nama}"'
    return response
