"""Excel imports of proposals and RKPD rows: upload, preview with every row-level problem
(sheet, row, column, value, reason), then confirm — all or nothing — and the template
workbooks to start from.

The uploaded bytes wait in the session between preview and confirmation, so the rows stored
are exactly the rows previewed; the file is read again and the service checks everything again.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.partisipasi import excel
from renjana.apps.partisipasi.services import rkpd as rkpd_service
from renjana.apps.partisipasi.services import usulan as usulan_service
from renjana.apps.partisipasi.unduhan import template_rkpd, template_usulan
from renjana.apps.referensi.selectors import places_under
from renjana.core.kode import Tingkat
from renjana.core.problems import Severity
from renjana.core.review_rkpd import check_rkpd_rows
from renjana.web.partisipasi.tanggapan import base_context, denied, office, page, user_of

MAKS_BERKAS = 5 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JENIS = {"usulan": "Usulan", "rkpd": "Rancangan Awal RKPD"}


def _read(jenis: str, pd: PerangkatDaerah, tahun: int, data: bytes, name: str) -> Any:
    """The rows read and every problem, structural checks included."""
    if jenis == "usulan":
        return excel.read_usulan(data, tahun, places_under(pd.pemda.kode_wilayah), name)
    read = excel.read_rkpd(data, name)
    _, structural = check_rkpd_rows(read.rows, Tingkat(pd.pemda.tingkat), read.locations)
    return excel.Bacaan(read.rows, read.locations, (*read.problems, *structural))


def _store(jenis: str, request: HttpRequest, pd: PerangkatDaerah, tahun: int, read: Any) -> str:
    user = user_of(request)
    if jenis == "usulan":
        created = usulan_service.import_usulan(
            user=user, pd=pd, tahun=tahun, items=read.rows, locations=read.locations
        )
        return f"{len(created)} usulan diimpor."
    rkpd_service.import_rkpd(
        user=user, pd=pd, tahun=tahun, rows=read.rows, locations=read.locations
    )
    return f"{len(read.rows)} baris Rancangan Awal RKPD {tahun} diimpor."


def _after(jenis: str, pd: PerangkatDaerah, tahun: int) -> HttpResponse:
    if jenis == "usulan":
        return redirect("partisipasi_usulan", pd.kode, tahun)
    return redirect("partisipasi_review", pd.kode, tahun)


def _session_key(jenis: str, pd: PerangkatDaerah, tahun: int) -> str:
    return f"partisipasi-impor-{jenis}-{pd.pk}-{tahun}"


@login_required
def impor(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    if jenis not in JENIS:
        raise Http404("Jenis impor tidak dikenal.")
    pd = office(request, kode)
    ctx = base_context(request, pd, tahun)
    ctx.update({"jenis": jenis, "judul": JENIS[jenis]})
    if request.method != "POST":
        return page(request, "impor.html", ctx)
    key = _session_key(jenis, pd, tahun)
    token = request.POST.get("token", "")
    if token:
        saved = request.session.get(key) or {}
        if saved.get("token") != token:
            ctx["problems"] = [{"message": "Pratinjau sudah kedaluwarsa; unggah berkasnya lagi."}]
            return page(request, "impor.html", ctx, status=422)
        data, name = base64.b64decode(saved["data"]), saved["name"]
        read = _read(jenis, pd, tahun, data, name)
        try:
            message = _store(jenis, request, pd, tahun, read)
        except PermissionDenied as exc:
            return denied(request, exc)
        except Rejected as exc:
            ctx.update({"read": read, "problems": exc.problems})
            return page(request, "impor.html", ctx, status=422)
        del request.session[key]
        messages.success(request, message)
        return _after(jenis, pd, tahun)
    upload = request.FILES.get("berkas")
    if upload is None or (upload.size or 0) > MAKS_BERKAS:
        ctx["problems"] = [{"message": "Pilih berkas .xlsx (paling besar 5 MB)."}]
        return page(request, "impor.html", ctx, status=422)
    data = upload.read()
    read = _read(jenis, pd, tahun, data, upload.name or "berkas.xlsx")
    errors = [p for p in read.problems if p.severity is Severity.ERROR]
    ctx.update({"read": read, "errors": errors, "name": upload.name})
    if not errors:
        token = secrets.token_urlsafe(16)
        request.session[key] = {
            "token": token,
            "name": upload.name,
            "data": base64.b64encode(data).decode("ascii"),
        }
        ctx["token"] = token
    return page(request, "impor.html", ctx, status=422 if errors else 200)


@login_required
@require_GET
def templat(request: HttpRequest, kode: str, tahun: int, jenis: str) -> HttpResponse:
    if jenis not in JENIS:
        raise Http404("Jenis templat tidak dikenal.")
    office(request, kode)
    content = template_usulan() if jenis == "usulan" else template_rkpd()
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="templat-{jenis}-{tahun}.xlsx"'
    return response
