"""Evaluation pages. Each view parses the request, calls one evaluation selector (which calls
the core) or one SAKIP service, and renders; permissions and rules live in selectors and
services. Every page of another office answers 404."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.evaluasi.anggaran import anggaran_for
from renjana.apps.evaluasi.iku import iku_for
from renjana.apps.evaluasi.laporan import report_for
from renjana.apps.evaluasi.pelayanan import tc30_for
from renjana.apps.evaluasi.peringatan import AMBANG_BAWAAN, pemantauan_for
from renjana.apps.evaluasi.tc29 import tc29_for
from renjana.apps.kinerja import selectors as kinerja
from renjana.apps.kinerja import services
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.core.idformat import format_number
from renjana.core.numbers import D, strip_zeros
from renjana.core.rfk import MetodeTtbKeuangan
from renjana.web.evaluasi.forms import (
    TRIWULAN_LABELS,
    IkuForm,
    PerjanjianForm,
    RealisasiForm,
)
from renjana.web.evaluasi.grafik import grafik_iku, grafik_program, grafik_triwulan
from renjana.web.evaluasi.tampilan import LEVEL_LABELS, LEVELS, Tampilan

TABS = (
    ("evaluasi_ringkasan", "Ringkasan"),
    ("evaluasi_tc29", "T-C.29"),
    ("evaluasi_anggaran", "Realisasi anggaran"),
    ("evaluasi_rfk", "RFK"),
    ("evaluasi_iku", "IKU & Perjanjian Kinerja"),
    ("evaluasi_tc30", "T-C.30"),
    ("evaluasi_peringatan", "Peringatan dini"),
)


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def _office(request: HttpRequest, kode: str) -> PerangkatDaerah:
    return kinerja.get_perangkat_daerah(_user(request), kode)


def _years(pd: PerangkatDaerah) -> list[int]:
    return sorted({r.tahun for r in renja_of(pd)} | set(kinerja.iku_years(pd)), reverse=True)


def _base(request: HttpRequest, pd: PerangkatDaerah, tahun: int, tab: str) -> dict[str, Any]:
    return {
        "pd": pd,
        "tahun": tahun,
        "tab": tab,
        "tabs": TABS,
        "years": _years(pd),
        "can_edit": can_edit_plan(_user(request), pd),
    }


def _tampilan(request: HttpRequest, induk: dict[str, str | None], level: dict[str, str]
              ) -> Tampilan:  # fmt: skip
    return Tampilan.from_query(request.GET, induk, level)


def _drill(tampilan: Tampilan) -> dict[str, Any]:
    return {"tampilan": tampilan, "levels": LEVELS, "level_labels": LEVEL_LABELS}


@login_required
@require_GET
def pilih_tahun(request: HttpRequest, kode: str) -> HttpResponse:
    """The years that can be evaluated; straight to the latest when there is one."""
    pd = _office(request, kode)
    years = _years(pd)
    if years and request.GET.get("pilih") is None:
        planned = {r.tahun for r in renja_of(pd)}
        evaluated = [y for y in years if y + 2 in planned]  # its T-C.29 is in a Renja already
        return redirect("evaluasi_ringkasan", pd.kode, (evaluated or years)[0])
    return render(request, "web/evaluasi/pilih_tahun.html", {"pd": pd, "years": years})


@login_required
@require_GET
def ringkasan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = _office(request, kode)
    laporan = report_for(pd, tahun)
    context = _base(request, pd, tahun, "evaluasi_ringkasan")
    context.update(
        {
            "laporan": laporan,
            "grafik_program": grafik_program(laporan.capaian_program),
            "grafik_triwulan": grafik_triwulan(
                laporan.anggaran.triwulan if laporan.anggaran else ()
            ),
        }
    )
    return render(request, "web/evaluasi/ringkasan.html", context)


@login_required
@require_GET
def tc29(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = _office(request, kode)
    tabel = tc29_for(pd, tahun)
    tampilan = _tampilan(
        request, {b.kode: b.induk for b in tabel.baris}, {b.kode: b.level for b in tabel.baris}
    )
    context = _base(request, pd, tahun, "evaluasi_tc29")
    context.update({"tabel": tabel, **_drill(tampilan)})
    return render(request, "web/evaluasi/tc29.html", context)


def _metode(request: HttpRequest) -> MetodeTtbKeuangan:
    try:
        return MetodeTtbKeuangan(request.GET.get("metode", MetodeTtbKeuangan.STANDAR.value))
    except ValueError:
        return MetodeTtbKeuangan.STANDAR


def _budget_page(request: HttpRequest, kode: str, tahun: int, tab: str, template: str
                 ) -> HttpResponse:  # fmt: skip
    pd = _office(request, kode)
    metode = _metode(request)
    tabel = anggaran_for(pd, tahun, metode)
    context = _base(request, pd, tahun, tab)
    context.update({"tabel": tabel, "metode": metode.value})
    if tabel is not None:
        level = {b.kode: b.level for b in tabel.realisasi.baris}
        context.update(_drill(_tampilan(request, dict(tabel.induk), level)))
    return render(request, template, context)


@login_required
@require_GET
def anggaran(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    return _budget_page(request, kode, tahun, "evaluasi_anggaran", "web/evaluasi/anggaran.html")


@login_required
@require_GET
def rfk(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    return _budget_page(request, kode, tahun, "evaluasi_rfk", "web/evaluasi/rfk.html")


@login_required
@require_GET
def iku(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = _office(request, kode)
    tabel = iku_for(pd, tahun)
    context = _base(request, pd, tahun, "evaluasi_iku")
    context.update(
        {
            "tabel": tabel,
            "rows": list(zip(tabel.data, tabel.realisasi, tabel.laporan.baris, strict=True)),
            "grafik": grafik_iku(tabel) if tabel.data else None,
            "triwulan_labels": TRIWULAN_LABELS,
        }
    )
    return render(request, "web/evaluasi/iku.html", context)


@login_required
@require_GET
def tc30(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = _office(request, kode)
    context = _base(request, pd, tahun, "evaluasi_tc30")
    context["tabel"] = tc30_for(pd, tahun)
    return render(request, "web/evaluasi/tc30.html", context)


def _ambang(request: HttpRequest) -> Decimal:
    text = request.GET.get("ambang", "").replace(",", ".").strip()
    try:
        value = D(text) if text else AMBANG_BAWAAN
    except (ValueError, InvalidOperation):
        return AMBANG_BAWAAN
    return value if value.is_finite() and 0 < value <= 1000 else AMBANG_BAWAAN


@login_required
@require_GET
def peringatan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    pd = _office(request, kode)
    context = _base(request, pd, tahun, "evaluasi_peringatan")
    pantau = pemantauan_for(pd, tahun, ambang=_ambang(request))
    context["pantau"] = pantau
    context["masalah_kesegaran"] = [p for k in pantau.kesegaran for p in k.problems]
    return render(request, "web/evaluasi/peringatan.html", context)


# --- SAKIP entry: IKU, Perjanjian Kinerja targets, IKU realisasi ----------------------------


def _denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return render(request, "web/renja/_pesan.html", {"denied": str(exc)}, status=403)


@login_required
@require_http_methods(["GET", "POST"])
def iku_daftar(request: HttpRequest, kode: str) -> HttpResponse:
    """The IKU of an office and the form that adds one."""
    pd = _office(request, kode)
    choices = kinerja.sasaran_choices(pd)
    form = IkuForm(request.POST or None, sasaran_choices=choices)
    problems: Any = ()
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.create_iku(user=_user(request), pd=pd, **form.values())
            except PermissionDenied as exc:
                return _denied(request, exc)
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, "IKU ditambahkan.")
                return redirect("iku_daftar", pd.kode)
        else:
            status = 422
    context = {
        "pd": pd,
        "items": list(kinerja.iku_of(pd)),
        "form": form,
        "problems": problems,
        "can_edit": can_edit_plan(_user(request), pd),
        "years": _years(pd),
    }
    return render(request, "web/evaluasi/iku_daftar.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def iku_ubah(request: HttpRequest, kode: str, pk: int) -> HttpResponse:
    pd = _office(request, kode)
    item = kinerja.get_iku(pd, pk)
    initial = {
        "sasaran": item.sasaran_id or "",
        "sasaran_teks": item.sasaran_teks,
        "uraian": item.uraian,
        "formulasi": item.formulasi,
        "satuan": item.satuan,
        "polaritas": item.polaritas,
        "agregasi": item.agregasi,
    }
    form = IkuForm(request.POST or None, initial=initial,
                   sasaran_choices=kinerja.sasaran_choices(pd))  # fmt: skip
    problems: Any = ()
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_iku(user=_user(request), iku=item, changes=form.values())
            except PermissionDenied as exc:
                return _denied(request, exc)
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                messages.success(request, "IKU diperbarui.")
                return redirect("iku_daftar", pd.kode)
        else:
            status = 422
    context = {"pd": pd, "item": item, "form": form, "problems": problems,
               "years": _years(pd), "can_edit": can_edit_plan(_user(request), pd)}  # fmt: skip
    return render(request, "web/evaluasi/iku_ubah.html", context, status=status)


@login_required
@require_POST
def iku_hapus(request: HttpRequest, kode: str, pk: int) -> HttpResponse:
    pd = _office(request, kode)
    item = kinerja.get_iku(pd, pk)
    try:
        services.delete_iku(user=_user(request), iku=item)
    except PermissionDenied as exc:
        return _denied(request, exc)
    messages.success(request, "IKU dihapus.")
    return redirect("iku_daftar", pd.kode)


@login_required
@require_http_methods(["GET", "POST"])
def iku_tahun(request: HttpRequest, kode: str, pk: int, tahun: int) -> HttpResponse:
    """The Perjanjian Kinerja targets of one IKU in one year, and its realisasi entries."""
    pd = _office(request, kode)
    item = kinerja.get_iku(pd, pk)
    pk_row = kinerja.perjanjian_of(item, tahun)
    initial: dict[str, Any] = {}
    if pk_row is not None:
        initial["target"] = pk_row.target_teks or _plain(pk_row.target_nilai)
        for n in range(1, 5):
            initial[f"tw{n}"] = _plain(getattr(pk_row, f"target_tw{n}"))
    action = request.POST.get("aksi") if request.method == "POST" else None
    pk_form = PerjanjianForm(request.POST if action == "pk" else None, initial=initial)
    real_form = RealisasiForm(request.POST if action == "realisasi" else None)
    problems: Any = ()
    status = 200
    if action in ("pk", "realisasi"):
        form = pk_form if action == "pk" else real_form
        if form.is_valid():
            try:
                if action == "pk":
                    services.set_perjanjian_kinerja(
                        user=_user(request), iku=item, tahun=tahun, **pk_form.values()
                    )
                    messages.success(request, f"Target Perjanjian Kinerja {tahun} disimpan.")
                else:
                    services.record_realisasi_iku(
                        user=_user(request), iku=item, tahun=tahun, **real_form.values()
                    )
                    messages.success(request, "Realisasi disimpan.")
            except PermissionDenied as exc:
                return _denied(request, exc)
            except Rejected as exc:
                problems, status = exc.problems, 422
            else:
                return redirect("iku_tahun", pd.kode, item.pk, tahun)
        else:
            status = 422
    context = {
        "pd": pd,
        "item": item,
        "tahun": tahun,
        "pk_form": pk_form,
        "real_form": real_form,
        "entries": kinerja.realisasi_of(item, tahun),
        "problems": problems,
        "can_edit": can_edit_plan(_user(request), pd),
        "years": _years(pd),
        "triwulan_labels": TRIWULAN_LABELS,
    }
    return render(request, "web/evaluasi/iku_tahun.html", context, status=status)


def _plain(value: Decimal | None) -> str:
    """A stored value as typed back into a form: ``1.250,5``."""
    return "" if value is None else format_number(strip_zeros(value))
