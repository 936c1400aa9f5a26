"""Import pages: choose a kind and upload → preview (with progress) → commit → result.

The upload is kept in the user-bound store (``simpanan``) and named by a random token in the
URLs. The preview page loads its analysis with HTMX and polls a progress fragment meanwhile;
without JavaScript the ``<noscript>`` link opens the analysis as a whole page. The analysis
and the commit both read the kept bytes again through the services, which check permission
and office scope; the commit button is shown only when the preview has no error.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.selectors import renja as sel
from renjana.importers.tabular import template
from renjana.importers.tabular.result import SAMPLE_ROWS, ImportPreview
from renjana.web.impor import simpanan
from renjana.web.impor.jenis import JENIS, TAHAP_LABEL, Jenis
from renjana.web.impor.simpanan import Unggahan

#: Problems listed per group on the page (the count says how many more there are).
PER_GROUP = 200


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def _office(request: HttpRequest, kode: str) -> PerangkatDaerah:
    """The office if the user may import into it: 404 outside their scope, 403 read-only."""
    pd = sel.get_perangkat_daerah(_user(request), kode)
    require_edit_plan(_user(request), pd)
    return pd


def _meta(request: HttpRequest, pd: PerangkatDaerah, token: str) -> tuple[Unggahan, Jenis]:
    """The user's upload for this office (its record only), or 404."""
    unggahan = simpanan.meta(_user(request).pk, token)
    if unggahan is None or unggahan.pd_kode != pd.kode or unggahan.jenis not in JENIS:
        raise Http404("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.")
    return unggahan, JENIS[unggahan.jenis]


def _upload(request: HttpRequest, pd: PerangkatDaerah, token: str) -> tuple[Unggahan, bytes, Jenis]:
    """The user's upload for this office with its bytes, or 404."""
    unggahan, kind = _meta(request, pd, token)
    found = simpanan.load(_user(request).pk, token)
    if found is None:
        raise Http404("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.")
    return unggahan, found[1], kind


def _choose_context(pd: PerangkatDaerah, **extra: Any) -> dict[str, Any]:
    years = [r.tahun for r in sel.renja_of(pd)]
    this_year = timezone.localdate().year
    return {
        "pd": pd,
        "jenis": JENIS,
        "tahap": TAHAP_LABEL,
        "renja_years": years,
        "tahun_usul": this_year + 1,
        "renstra_awal": this_year,
        "errors": {},
        "dipilih": "",
        **extra,
    }


@login_required
@require_GET
def awal(request: HttpRequest, kode: str) -> HttpResponse:
    pd = _office(request, kode)
    return render(
        request, "web/impor/awal.html", _choose_context(pd, dipilih=request.GET.get("jenis", ""))
    )


@login_required
@require_POST
def unggah(request: HttpRequest, kode: str, jenis: str) -> HttpResponse:
    pd = _office(request, kode)
    kind = JENIS.get(jenis)
    if kind is None:
        raise Http404("Jenis impor tidak dikenal.")
    form = kind.form(request.POST)
    berkas = request.FILES.get("berkas")
    errors: list[str] = [str(m) for messages in form.errors.values() for m in messages]
    if berkas is None:
        errors.append("Pilih berkas Excel (.xlsx) atau CSV untuk diunggah.")
    elif berkas.size is not None and berkas.size > simpanan.MAX_BYTES:
        errors.append(
            f"Berkas {berkas.size // (1024 * 1024)} MB terlalu besar; paling besar "
            f"{simpanan.MAX_BYTES // (1024 * 1024)} MB."
        )
    if errors or berkas is None:
        context = _choose_context(pd, errors={jenis: errors}, dipilih=jenis)
        return render(request, "web/impor/awal.html", context, status=422)
    unggahan = simpanan.save(
        _user(request).pk, jenis=jenis, pd_kode=pd.kode, nama=berkas.name or "berkas",
        params=form.cleaned_data, data=berkas.read(),
    )  # fmt: skip
    return redirect("impor_pratinjau", pd.kode, unggahan.token)


@login_required
@require_GET
def pratinjau(request: HttpRequest, kode: str, token: str) -> HttpResponse:
    """The preview page: its analysis is loaded by HTMX while the progress is polled."""
    pd = _office(request, kode)
    unggahan, kind = _meta(request, pd, token)
    context = {
        "pd": pd,
        "unggahan": unggahan,
        "kind": kind,
        "judul": kind.describe(unggahan.params),
    }
    return render(request, "web/impor/pratinjau.html", context)


@login_required
@require_GET
def analisis(request: HttpRequest, kode: str, token: str) -> HttpResponse:
    """Read the kept file and show the preview (a fragment for HTMX, else the whole page)."""
    pd = _office(request, kode)
    unggahan, data, kind = _upload(request, pd, token)
    progress = simpanan.Kemajuan(_user(request).pk, token)
    progress.write("Membaca berkas", 0, 1)
    try:
        preview = kind.preview(_user(request), pd, unggahan, data, progress)
    finally:
        progress.write("Selesai", 1, 1, selesai=True)
    return _preview_response(request, pd, unggahan, kind, preview)


def _preview_response(
    request: HttpRequest,
    pd: PerangkatDaerah,
    unggahan: Unggahan,
    kind: Jenis,
    preview: ImportPreview[Any],
    status: int = 200,
    refused: bool = False,
) -> HttpResponse:
    context = {
        "pd": pd,
        "unggahan": unggahan,
        "kind": kind,
        "judul": kind.describe(unggahan.params),
        "preview": preview,
        "per_group": PER_GROUP,
        "sample_rows": SAMPLE_ROWS,
        "refused": refused,
    }
    name = (
        "web/impor/_analisis.html"
        if request.headers.get("HX-Request")
        else "web/impor/pratinjau.html"
    )
    return render(request, name, context, status=status)


@login_required
@require_GET
def kemajuan(request: HttpRequest, kode: str, token: str) -> HttpResponse:
    pd = _office(request, kode)
    _meta(request, pd, token)  # polled every 0.7 s: the record only, never the file
    state = simpanan.read_progress(_user(request).pk, token) or {}
    return render(request, "web/impor/_kemajuan.html", {"state": state})


@login_required
@require_POST
def simpan(request: HttpRequest, kode: str, token: str) -> HttpResponse:
    pd = _office(request, kode)
    unggahan, data, kind = _upload(request, pd, token)
    try:
        hasil = kind.commit(_user(request), pd, unggahan, data)
    except PermissionDenied as exc:
        return render(request, "web/impor/ditolak.html", {"pd": pd, "pesan": str(exc)}, status=403)
    except Rejected:
        preview = kind.preview(_user(request), pd, unggahan, data, None)
        return _preview_response(request, pd, unggahan, kind, preview, 422, refused=True)
    simpanan.discard(_user(request).pk, token)
    context = {
        "pd": pd,
        "hasil": hasil,
        "judul": kind.describe(unggahan.params),
        "unggahan": unggahan,
    }
    return render(request, "web/impor/hasil.html", context)


@login_required
@require_GET
def batal(request: HttpRequest, kode: str, token: str) -> HttpResponse:
    pd = _office(request, kode)
    simpanan.discard(_user(request).pk, token)
    return redirect("impor_awal", pd.kode)


@login_required
@require_GET
def templat(request: HttpRequest, jenis: str, format: str) -> HttpResponse:
    """A template to fill: ``renja``, ``renstra`` (``?tahun_awal=``) or ``realisasi``."""
    if jenis == "renja":
        found = template.renja_templat()
    elif jenis == "realisasi":
        found = template.realisasi_templat()
    elif jenis == "renstra":
        awal_ = _year(request.GET.get("tahun_awal"), timezone.localdate().year)
        found = template.renstra_templat(awal_, awal_ + 4)
    else:
        raise Http404("Templat tidak dikenal.")
    if format == "xlsx":
        body, kind = (
            template.build_xlsx(found),
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )
    elif format == "csv":
        body, kind = template.build_csv(found), "text/csv; charset=utf-8"
    else:
        raise Http404("Format templat tidak dikenal.")
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="templat-{jenis}.{format}"'
    return response


def _year(text: str | None, default: int) -> int:
    try:
        year = int(text or "")
    except ValueError:
        return default
    return year if 2000 <= year <= 2100 else default
