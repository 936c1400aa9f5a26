"""SPM and population pages. Each view parses the request, calls one selector or service and
renders; who may write and what is acceptable is decided by ``apps.spm.services``.

A refusal re-renders the form with the typed values and every problem (HTTP 422); a write by
a read-only role is refused (403) and changes nothing. Offices outside the user's scope are 404.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.spm.selectors.capaian import (
    SUMBER_MANUAL,
    SUMBER_POPULASI,
    BarisSpm,
    baris_spm,
    laporan_spm,
    tahun_spm,
)
from renjana.apps.spm.selectors.populasi import TabelPopulasi, rekap, tabel_populasi, tahun_populasi
from renjana.apps.spm.selectors.referensi import (
    PPKS,
    PSKS,
    get_perangkat_daerah,
    kecamatan_choices,
    spm_berlaku_mulai,
)
from renjana.apps.spm.selectors.referensi import can_edit as may_edit
from renjana.apps.spm.services.capaian import IsianMutu, set_capaian_spm
from renjana.apps.spm.services.jumlah import TAHUN_MAKS, TAHUN_MIN
from renjana.apps.spm.services.populasi import IsianPopulasi, set_populasi
from renjana.core.idformat import format_number
from renjana.web.spm.forms import Cell, read_cell
from renjana.web.spm.grafik import grafik_spm

_GET_POST = require_http_methods(["GET", "POST"])


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    return render(request, f"web/spm/{template}", context, status=status)


def _year(tahun: int) -> int:
    if not TAHUN_MIN <= tahun <= TAHUN_MAKS:
        raise Http404("Tahun di luar rentang.")
    return tahun


@login_required
@require_GET
def beranda(request: HttpRequest, kode: str) -> HttpResponse:
    """The office's SPM and population years, and the by-year PPKS and PSKS tables."""
    pd = get_perangkat_daerah(_user(request), kode)
    tahun_ppks, rekap_ppks = rekap(pd, PPKS)
    tahun_psks, rekap_psks = rekap(pd, PSKS)
    context = {
        "pd": pd,
        "tahun_populasi": tahun_populasi(pd),
        "tahun_spm": tahun_spm(pd),
        "tahun_ppks": tahun_ppks,
        "rekap_ppks": rekap_ppks,
        "tahun_psks": tahun_psks,
        "rekap_psks": rekap_psks,
        "can_edit": may_edit(_user(request), pd),
        "spm_mulai": spm_berlaku_mulai(pd.pemda.tingkat),
    }
    return _render(request, "beranda.html", context)


@login_required
@require_GET
def pilih(request: HttpRequest, kode: str) -> HttpResponse:
    """The "open year" form of the overview: to the population or the SPM page of a year."""
    pd = get_perangkat_daerah(_user(request), kode)
    try:
        tahun = _year(int(request.GET.get("tahun", "")))
    except (ValueError, Http404):
        messages.error(request, f"Tahun harus angka antara {TAHUN_MIN} dan {TAHUN_MAKS}.")
        return redirect("spm_beranda", pd.kode)
    target = "spm_populasi" if request.GET.get("ke") == "populasi" else "spm_capaian"
    return redirect(target, pd.kode, tahun)


# --- population -----------------------------------------------------------------------------


def _population_cells(request: HttpRequest, tabel: TabelPopulasi) -> dict[str, Cell]:
    cells = {}
    for baris in (*tabel.ppks, *tabel.psks):
        name = f"{baris.jenis.kelompok}-{baris.jenis.kode}"
        if name in request.POST:
            cells[name] = read_cell(request.POST[name], f"Populasi {baris.jenis.nama}")
    return cells


def _typed(tabel: TabelPopulasi) -> dict[str, str]:
    """The cells as stored, written as they are typed (``2.031``, ``N/A``, empty)."""
    typed = {}
    for baris in (*tabel.ppks, *tabel.psks):
        if baris.diisi:
            text = "N/A" if baris.isian is None else format_number(baris.isian)
            typed[f"{baris.jenis.kelompok}-{baris.jenis.kode}"] = text
    return typed


@login_required
@_GET_POST
def populasi(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The 26 PPKS and 12 PSKS (with LKS sub-types) of a year, for the area or a kecamatan."""
    user = _user(request)
    pd = get_perangkat_daerah(user, kode)
    tahun = _year(tahun)
    kecamatan = (request.POST.get("kecamatan") or request.GET.get("kecamatan") or "").strip()
    choices = kecamatan_choices(pd.pemda)
    if kecamatan and kecamatan not in dict(choices):
        raise Http404("Kecamatan tidak dikenal.")
    tabel = tabel_populasi(pd, tahun, kecamatan or None)
    can_edit = may_edit(user, pd)
    typed = _typed(tabel)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Anda tidak berwenang mengubah data populasi perangkat daerah.")
        cells = _population_cells(request, tabel)
        typed.update({name: cell.text for name, cell in cells.items()})
        errors = [{"message": c.error} for c in cells.values() if c.error]
        if errors:
            problems, status = errors, 422
        else:
            isian = [
                IsianPopulasi(name.split("-")[0], name.split("-", 1)[1], c.value, c.na)
                for name, c in cells.items()
            ]
            try:
                changed = set_populasi(
                    user=user, pd=pd, tahun=tahun, isian=isian, kecamatan=kecamatan or None
                )
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, f"Populasi {tahun} disimpan ({changed} isian berubah).")
                url = reverse("spm_populasi", args=[pd.kode, tahun])
                return redirect(f"{url}?kecamatan={kecamatan}" if kecamatan else url)
    context = {
        "pd": pd, "tahun": tahun, "tabel": tabel, "typed": typed, "problems": problems,
        "can_edit": can_edit, "kecamatan": kecamatan, "kecamatan_pilihan": choices,
        "kecamatan_nama": dict(choices).get(kecamatan, ""),
    }  # fmt: skip
    return _render(request, "populasi.html", context, status=status)


# --- SPM ------------------------------------------------------------------------------------


@login_required
@require_GET
def capaian(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The SPM achievement table (domain.md §2.M(a)) with the chart per jenis layanan."""
    user = _user(request)
    pd = get_perangkat_daerah(user, kode)
    laporan = laporan_spm(pd, _year(tahun))
    context = {
        "pd": pd, "tahun": tahun, "laporan": laporan, "can_edit": may_edit(user, pd),
        "grafik": grafik_spm(laporan) if laporan.baris else "",
        "spm_mulai": spm_berlaku_mulai(pd.pemda.tingkat),
    }  # fmt: skip
    return _render(request, "capaian.html", context)


def _spm_typed(baris: BarisSpm) -> dict[str, str]:
    def shown(value: Any) -> str:
        return "" if value is None else format_number(value)

    typed = {
        "harus_dilayani": shown(baris.harus_dilayani)
        if baris.sumber_harus == SUMBER_MANUAL
        else "",
        "terlayani": shown(baris.terlayani),
        "sumber_harus": baris.sumber_harus,
    }
    for m in baris.mutu:
        typed[f"mutu-{m.item.nomor}-harus"] = shown(m.harus_dilayani)
        typed[f"mutu-{m.item.nomor}-terlayani"] = shown(m.terlayani)
    return typed


def _spm_cells(request: HttpRequest, baris: BarisSpm) -> dict[str, Cell]:
    nama = baris.jenis.nama
    cells = {
        "harus_dilayani": read_cell(request.POST.get("harus_dilayani"), f"{nama}, harus dilayani"),
        "terlayani": read_cell(request.POST.get("terlayani"), f"{nama}, terlayani"),
    }
    for m in baris.mutu:
        for kolom, label in (("harus", "harus dilayani"), ("terlayani", "terlayani")):
            key = f"mutu-{m.item.nomor}-{kolom}"
            subject = f"{nama}, butir mutu '{m.item.nama}', {label}"
            cells[key] = read_cell(request.POST.get(key), subject)
    return cells


@login_required
@_GET_POST
def isian(request: HttpRequest, kode: str, tahun: int, nomor: int) -> HttpResponse:
    """Entry of one jenis layanan: harus dilayani (typed or from the population), terlayani,
    and the two counts of every mutu item."""
    user = _user(request)
    pd = get_perangkat_daerah(user, kode)
    baris = baris_spm(pd, _year(tahun), nomor)
    can_edit = may_edit(user, pd)
    typed = _spm_typed(baris)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Anda tidak berwenang mengubah data SPM perangkat daerah ini.")
        cells = _spm_cells(request, baris)
        dari_populasi = request.POST.get("sumber_harus") == SUMBER_POPULASI
        typed.update({name: cell.text for name, cell in cells.items() if name in request.POST})
        typed["sumber_harus"] = SUMBER_POPULASI if dari_populasi else SUMBER_MANUAL
        errors = [{"message": c.error} for c in cells.values() if c.error]
        if errors:
            problems, status = errors, 422
        else:
            mutu = [
                IsianMutu(
                    m.item.nomor,
                    cells[f"mutu-{m.item.nomor}-harus"].value,
                    cells[f"mutu-{m.item.nomor}-terlayani"].value,
                )
                for m in baris.mutu
            ]
            try:
                set_capaian_spm(
                    user=user, pd=pd, tahun=tahun, nomor=nomor,
                    harus_dilayani=cells["harus_dilayani"].value, dari_populasi=dari_populasi,
                    terlayani=cells["terlayani"].value, mutu=mutu,
                )  # fmt: skip
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, f"Capaian SPM {baris.jenis.nama} {tahun} disimpan.")
                return redirect("spm_capaian", pd.kode, tahun)
    context = {
        "pd": pd, "tahun": tahun, "baris": baris, "typed": typed, "problems": problems,
        "can_edit": can_edit, "populasi_ada": baris.populasi is not None,
    }  # fmt: skip
    return _render(request, "isian.html", context, status=status)
