"""Office profile, staff tables and the pemda logo pages.

The staff tables are shown with every JUMLAH computed by the core (L + P per row, column
sums, golongan subtotals and TOTAL); only the counts are typed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from renjana.apps.dokumen.selectors.logo import jenis_gambar, logo_of
from renjana.apps.dokumen.selectors.profil import profil_of, sdm_of, sdm_tahun, struktur_teks
from renjana.apps.dokumen.services import logo as logo_service
from renjana.apps.dokumen.services import profil as service
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.scope import can_edit_plan, is_pemda_admin
from renjana.apps.perencanaan.selectors.renja import get_perangkat_daerah
from renjana.core.idformat import format_number
from renjana.core.profil import parse_fungsi, parse_struktur, walk
from renjana.core.sdm import GOLONGAN, Jenjang, StatusPegawai
from renjana.web.dokumen.forms import nama_golongan, nama_pendidikan, read_sdm
from renjana.web.dokumen.views import page, user_of

_GET_POST = require_http_methods(["GET", "POST"])
TAHUN_MIN, TAHUN_MAKS = service.TAHUN_MIN, service.TAHUN_MAKS


@login_required
@_GET_POST
def profil(request: HttpRequest, kode: str) -> HttpResponse:
    """Tugas pokok, fungsi (one per line) and the structure (an indented list)."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    current = profil_of(pd)
    typed: dict[str, str] = {
        "dasar_hukum": current.dasar_hukum,
        "tugas_pokok": current.tugas_pokok,
        "fungsi": "\n".join(current.fungsi),
        "struktur": struktur_teks(current),
    }
    problems: Any = ()
    status = 200
    if request.method == "POST":
        typed = {key: request.POST.get(key, "") for key in typed}
        units, found = parse_struktur(typed["struktur"])
        if found:
            problems, status = found, 422
        else:
            try:
                service.simpan_profil(
                    user=user, pd=pd, dasar_hukum=typed["dasar_hukum"],
                    tugas_pokok=typed["tugas_pokok"], fungsi=parse_fungsi(typed["fungsi"]),
                    struktur=units,
                )  # fmt: skip
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, "Profil perangkat daerah disimpan.")
                return redirect("dokumen_profil", pd.kode)
    context = {
        "pd": pd, "profil": current, "struktur": walk(current.struktur), "typed": typed,
        "problems": problems, "can_edit": can_edit_plan(user, pd),
    }  # fmt: skip
    return page(request, "profil.html", context, status=status)


def _tahun(tahun: int) -> int:
    if not TAHUN_MIN <= tahun <= TAHUN_MAKS:
        raise Http404("Tahun di luar rentang.")
    return tahun


@login_required
@require_GET
def sdm_pilih(request: HttpRequest, kode: str) -> HttpResponse:
    pd = get_perangkat_daerah(user_of(request), kode)
    try:
        tahun = _tahun(int(request.GET.get("tahun", "")))
    except (ValueError, Http404):
        messages.error(request, f"Tahun harus angka antara {TAHUN_MIN} dan {TAHUN_MAKS}.")
        return redirect("dokumen_beranda", pd.kode)
    return redirect("dokumen_sdm", pd.kode, tahun)


def _shown(value: int) -> str:
    """A stored count as typed (``1.200``); 0 as an empty cell."""
    return format_number(Decimal(value)) if value else ""


def _typed_sdm(sdm: Any) -> dict[str, str]:
    typed = {}
    for tabel in sdm.pendidikan:
        for jenjang, baris in zip(Jenjang, tabel.baris, strict=True):
            for jk, value in (("l", baris.laki_laki), ("p", baris.perempuan)):
                typed[nama_pendidikan(tabel.status, jenjang, jk)] = _shown(value)
    for kelompok in sdm.golongan.kelompok:
        for baris in kelompok.baris:
            for jk, value in (("l", baris.laki_laki), ("p", baris.perempuan)):
                typed[nama_golongan(baris.label, jk)] = _shown(value)
    return typed


@login_required
@_GET_POST
def sdm(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The three staff tables of a year: ASN and PHL by pendidikan, ASN by golongan."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    tahun = _tahun(tahun)
    can_edit = can_edit_plan(user, pd)
    tables = sdm_of(pd, tahun)
    typed = _typed_sdm(tables)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied(
                "Anda tidak berwenang mengubah data pegawai perangkat daerah ini."
            )
        isian = read_sdm(request.POST)
        typed = isian.typed
        if isian.errors:
            problems, status = [{"message": e} for e in isian.errors], 422
        else:
            try:
                service.simpan_sdm(
                    user=user, pd=pd, tahun=tahun, pendidikan=isian.pendidikan,
                    golongan=isian.golongan,
                )  # fmt: skip
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, f"Data pegawai {tahun} disimpan.")
                return redirect("dokumen_sdm", pd.kode, tahun)
    context = {
        "pd": pd, "tahun": tahun, "sdm": tables, "typed": typed, "problems": problems,
        "can_edit": can_edit, "tahun_lain": [t for t in sdm_tahun(pd) if t != tahun],
        "status_list": list(StatusPegawai), "jenjang_list": list(Jenjang),
        "nama_pendidikan": nama_pendidikan, "nama_golongan": nama_golongan,
        "golongan_list": GOLONGAN,
    }  # fmt: skip
    return page(request, "sdm.html", context, status=status)


@login_required
@_GET_POST
def logo(request: HttpRequest, kode: str) -> HttpResponse:
    """The pemda logo of document covers; the admin Bappeda uploads or removes it."""
    user = user_of(request)
    pd = get_perangkat_daerah(user, kode)
    pemda = pd.pemda
    is_admin = is_pemda_admin(user, pemda.pk)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        berkas = request.FILES.get("logo")
        try:
            if berkas is None:
                if not is_admin:
                    raise PermissionDenied("Hanya admin Bappeda pemda ini yang dapat mengubahnya.")
                problems, status = [{"message": "Pilih berkas logo (PNG atau JPG)."}], 422
            else:
                logo_service.unggah_logo(user=user, pemda=pemda, berkas=berkas)
                messages.success(request, f"Logo {pemda.nama} disimpan.")
                return redirect("dokumen_logo", pd.kode)
        except Rejected as exc:
            problems, status = exc.problems, 422
    context = {"pd": pd, "pemda": pemda, "ada_logo": bool(pemda.logo), "is_admin": is_admin,
               "problems": problems}  # fmt: skip
    return page(request, "logo.html", context, status=status)


@login_required
@require_POST
def logo_hapus(request: HttpRequest, kode: str) -> HttpResponse:
    pd = get_perangkat_daerah(user_of(request), kode)
    logo_service.hapus_logo(user=user_of(request), pemda=pd.pemda)
    messages.success(request, "Logo dihapus.")
    return redirect("dokumen_logo", pd.kode)


@login_required
@require_GET
def logo_gambar(request: HttpRequest, kode: str) -> HttpResponse:
    """The logo image itself, for the pages (media files are not served directly)."""
    pd = get_perangkat_daerah(user_of(request), kode)
    data = logo_of(pd.pemda)
    if data is None:
        raise Http404("Logo belum diunggah.")
    response = HttpResponse(data, content_type=f"image/{jenis_gambar(data)}")
    response["Cache-Control"] = "private, max-age=300"
    response["X-Content-Type-Options"] = "nosniff"
    return response
