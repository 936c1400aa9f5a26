"""Realisation pages: the year overview, the entry page of a triwulan with HTMX saves per
indicator and per sub kegiatan, evidence files and verification (deadlines: ``jadwal``).

Each view parses the request, calls one selector or service and renders a page or an HTMX
fragment; permissions, locks and rules live in the services. A refused save answers 403
(not allowed or locked) or 422 (bad input) with the reason, and HTMX swaps it in place.
The clock is read once per request through ``services.jadwal.today``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.apps.realisasi.selectors import bukti as bukti_sel
from renjana.apps.realisasi.selectors import entri as entri_sel
from renjana.apps.realisasi.selectors import jadwal as jadwal_sel
from renjana.apps.realisasi.services import bukti as bukti_service
from renjana.apps.realisasi.services import entry, jadwal, verifikasi
from renjana.web.realisasi.forms import AnggaranForm, KinerjaForm

if TYPE_CHECKING:
    from renjana.apps.perencanaan.models import Renja

CHANGED = "realisasi-berubah"


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _triwulan(triwulan: int) -> int:
    if triwulan not in (1, 2, 3, 4):
        raise Http404("Triwulan tidak dikenal.")
    return triwulan


def _page_url(renja: Renja, triwulan: int) -> str:
    return reverse("realisasi_triwulan", args=[renja.perangkat_daerah.kode, renja.tahun, triwulan])


def _render(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    response = render(request, template, context, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    patch_vary_headers(response, ["HX-Request"])
    return response


def _page_context(request: HttpRequest, renja: Renja, triwulan: int) -> dict[str, Any]:
    user = _user(request)
    hari_ini = jadwal.today()
    data = entri_sel.entri_triwulan(renja, triwulan, hari_ini)
    can_enter = jadwal_sel.can_enter(user, renja)
    return {
        "renja": renja,
        "pd": renja.perangkat_daerah,
        "triwulan": triwulan,
        "data": data,
        "kunci": data.kunci,
        "semua_kunci": data.semua_kunci,
        "bukti": bukti_sel.bukti_triwulan(renja, triwulan),
        "catatan": bukti_sel.catatan_triwulan(renja, triwulan),
        "can_enter": can_enter,
        "editable": can_enter and data.kunci.terbuka,
        "can_review": jadwal_sel.can_review(user, renja),
        "is_admin": user.is_superuser or user.peran == "admin",
        "hari_ini": hari_ini,
    }


@login_required
@require_GET
def ringkasan(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The four triwulan of a Renja: deadline, status, entries filled, keuangan to date."""
    user = _user(request)
    renja = perencanaan.get_renja(user, kode, tahun)
    hari_ini = jadwal.today()
    context = {
        "renja": renja,
        "pd": renja.perangkat_daerah,
        "ringkasan": entri_sel.ringkasan_tahun(renja, hari_ini),
        "can_set_jadwal": jadwal_sel.can_set_jadwal(user, renja.pemda_id),
        "hari_ini": hari_ini,
        "hari_bawaan": jadwal_sel.HARI_SETELAH_TRIWULAN,
    }
    return render(request, "web/realisasi/ringkasan.html", context)


@login_required
@require_GET
def triwulan_page(request: HttpRequest, kode: str, tahun: int, triwulan: int) -> HttpResponse:
    renja = perencanaan.get_renja(_user(request), kode, tahun)
    context = _page_context(request, renja, _triwulan(triwulan))
    return _render(request, "web/realisasi/triwulan.html", context)


@login_required
@require_GET
def ringkasan_triwulan(request: HttpRequest, pk: int, triwulan: int) -> HttpResponse:
    """The totals box of the entry page, refreshed after every save."""
    renja = perencanaan.get_renja_by_pk(_user(request), pk)
    context = _page_context(request, renja, _triwulan(triwulan))
    return _render(request, "web/realisasi/_total.html", context)


def _answer(
    request: HttpRequest,
    renja: Renja,
    triwulan: int,
    fragment: str,
    extra: dict[str, Any],
    status: int,
) -> HttpResponse:
    """HTMX: the re-rendered block (with the message); otherwise the page (or a redirect)."""
    if _is_htmx(request):
        context = {**_page_context(request, renja, triwulan), **extra}
        b = next(x for x in context["data"].baris if x.id == extra["baris_id"])
        context["b"] = b
        if "indikator_id" in extra:
            context["ind"] = next(i for i in b.indikator if i.id == extra["indikator_id"])
        headers = {"HX-Trigger": CHANGED} if status == 200 else None
        return _render(request, fragment, context, status=status, headers=headers)
    if status == 200:
        messages.success(request, extra.get("saved", "Tersimpan."))
        for warning in extra.get("warnings", ()):
            messages.warning(request, warning.message)
        return redirect(_page_url(renja, triwulan))
    context = {**_page_context(request, renja, triwulan), "refusal": extra}
    return _render(request, "web/realisasi/triwulan.html", context, status=status)


@login_required
@require_POST
def kinerja_simpan(request: HttpRequest, pk: int, triwulan: int, iid: int) -> HttpResponse:
    renja = perencanaan.get_renja_by_pk(_user(request), pk)
    triwulan = _triwulan(triwulan)
    indikator = entri_sel.get_indikator(renja, iid)
    form = KinerjaForm(
        request.POST,
        satuan=indikator.satuan,
        kualitatif=indikator.target_nilai is None and bool(indikator.target_teks),
    )
    block = {"baris_id": indikator.baris_id, "indikator_id": indikator.pk}
    fragment = "web/realisasi/_indikator_blok.html"
    typed = {k: request.POST.get(k, "") for k in KinerjaForm.base_fields}
    try:
        entry.guard_entry(_user(request), renja, triwulan, jadwal.today())
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    if not form.is_valid():
        errors = [e for errs in form.errors.values() for e in errs]
        extra = {**block, "errors": errors, "typed": typed}
        return _answer(request, renja, triwulan, fragment, extra, 422)
    try:
        entry.record_kinerja(
            user=_user(request), indikator=indikator, triwulan=triwulan, **form.values()
        )
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    except Rejected as exc:
        extra = {**block, "problems": exc.problems, "typed": typed}
        return _answer(request, renja, triwulan, fragment, extra, 422)
    saved = {**block, "saved": "Realisasi kinerja disimpan."}
    return _answer(request, renja, triwulan, fragment, saved, 200)


@login_required
@require_POST
def anggaran_simpan(request: HttpRequest, pk: int, triwulan: int, bid: int) -> HttpResponse:
    renja = perencanaan.get_renja_by_pk(_user(request), pk)
    triwulan = _triwulan(triwulan)
    baris = entri_sel.get_baris(renja, bid)
    form = AnggaranForm(request.POST)
    block = {"baris_id": baris.pk}
    fragment = "web/realisasi/_anggaran_blok.html"
    typed = {k: request.POST.get(k, "") for k in AnggaranForm.base_fields}
    try:
        entry.guard_entry(_user(request), renja, triwulan, jadwal.today())
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    if not form.is_valid():
        errors = [e for errs in form.errors.values() for e in errs]
        extra = {**block, "errors": errors, "typed": typed}
        return _answer(request, renja, triwulan, fragment, extra, 422)
    try:
        result = entry.record_anggaran(
            user=_user(request), baris=baris, triwulan=triwulan,
            keuangan=form.cleaned_data["keuangan"], fisik_persen=form.cleaned_data["fisik"],
        )  # fmt: skip
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    except Rejected as exc:
        extra = {**block, "problems": exc.problems, "typed": typed}
        return _answer(request, renja, triwulan, fragment, extra, 422)
    saved = {
        **block,
        "saved": "Realisasi keuangan dan fisik disimpan.",
        "warnings": result.peringatan,
    }
    return _answer(request, renja, triwulan, fragment, saved, 200)


@login_required
@require_POST
def bukti_unggah(request: HttpRequest, pk: int, triwulan: int) -> HttpResponse:
    """Attach a file to the kinerja entry of an indicator or the anggaran entry of a row."""
    renja = perencanaan.get_renja_by_pk(_user(request), pk)
    triwulan = _triwulan(triwulan)
    jenis, objek = request.POST.get("jenis", ""), request.POST.get("objek", "")
    if jenis not in ("indikator", "baris") or not objek.isdigit():
        raise Http404("Entri tidak dikenal.")
    if jenis == "indikator":
        indikator = entri_sel.get_indikator(renja, int(objek))
        target: dict[str, Any] = {"indikator": indikator}
        block = {"baris_id": indikator.baris_id, "indikator_id": indikator.pk}
        fragment = "web/realisasi/_indikator_blok.html"
    else:
        baris = entri_sel.get_baris(renja, int(objek))
        target, block = {"baris": baris}, {"baris_id": baris.pk}
        fragment = "web/realisasi/_anggaran_blok.html"
    try:
        entry.guard_entry(_user(request), renja, triwulan, jadwal.today())
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    berkas = request.FILES.get("berkas")
    if berkas is None:
        errors = ["Pilih berkas bukti yang akan diunggah."]
        return _answer(request, renja, triwulan, fragment, {**block, "errors": errors}, 422)
    try:
        bukti_service.add_bukti(user=_user(request), triwulan=triwulan, berkas=berkas, **target)
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    except Rejected as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "problems": exc.problems}, 422)
    saved = {**block, "saved": f"Bukti {berkas.name} diunggah."}
    return _answer(request, renja, triwulan, fragment, saved, 200)


@login_required
@require_GET
def bukti_unduh(request: HttpRequest, bukti_id: int) -> FileResponse:
    """The evidence file, for anyone who may read the office (404 otherwise)."""
    bukti, _ = bukti_sel.get_bukti(_user(request), bukti_id)
    response = FileResponse(bukti.berkas.open("rb"), as_attachment=True, filename=bukti.nama_asli)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def bukti_hapus(request: HttpRequest, bukti_id: int) -> HttpResponse:
    bukti, renja = bukti_sel.get_bukti(_user(request), bukti_id)
    triwulan = bukti_sel.triwulan_of_bukti(bukti)
    if bukti.realisasi_kinerja is not None:
        ind = bukti.realisasi_kinerja.indikator
        block = {"baris_id": ind.baris_id, "indikator_id": ind.pk}
        fragment = "web/realisasi/_indikator_blok.html"
    else:
        assert bukti.realisasi_anggaran is not None
        block = {"baris_id": bukti.realisasi_anggaran.baris_id}
        fragment = "web/realisasi/_anggaran_blok.html"
    nama = bukti.nama_asli
    try:
        bukti_service.remove_bukti(user=_user(request), bukti=bukti)
    except PermissionDenied as exc:
        return _answer(request, renja, triwulan, fragment, {**block, "denied": str(exc)}, 403)
    return _answer(
        request, renja, triwulan, fragment, {**block, "saved": f"Bukti {nama} dihapus."}, 200
    )


@login_required
@require_POST
def aksi(request: HttpRequest, pk: int, triwulan: int) -> HttpResponse:
    """Verification buttons: ajukan (operator), kembalikan and terima (verifier/admin)."""
    user = _user(request)
    renja = perencanaan.get_renja_by_pk(user, pk)
    triwulan = _triwulan(triwulan)
    name = request.POST.get("aksi", "")
    nama = f"{jadwal_sel.nama_triwulan(triwulan)} {renja.tahun}"
    try:
        if name == "ajukan":
            verifikasi.submit_triwulan(user=user, renja=renja, triwulan=triwulan)
            messages.success(request, f"Realisasi {nama} diajukan untuk verifikasi.")
        elif name == "kembalikan":
            per_baris = [
                (int(key.removeprefix("catatan_")), str(request.POST[key]))
                for key in request.POST
                if key.startswith("catatan_") and key.removeprefix("catatan_").isdigit()
            ]
            verifikasi.return_triwulan(
                user=user, renja=renja, triwulan=triwulan,
                umum=request.POST.get("catatan", ""), per_baris=per_baris,
            )  # fmt: skip
            messages.success(request, f"Realisasi {nama} dikembalikan kepada operator.")
        elif name == "terima":
            verifikasi.accept_triwulan(user=user, renja=renja, triwulan=triwulan)
            messages.success(request, f"Realisasi {nama} diterima.")
        else:
            raise Http404("Aksi tidak dikenal.")
    except PermissionDenied as exc:
        context = {**_page_context(request, renja, triwulan), "refusal": {"denied": str(exc)}}
        return _render(request, "web/realisasi/triwulan.html", context, status=403)
    except Rejected as exc:
        context = {**_page_context(request, renja, triwulan), "refusal": {"problems": exc.problems}}
        return _render(request, "web/realisasi/triwulan.html", context, status=422)
    return redirect(_page_url(renja, triwulan))


@login_required
@require_POST
def catatan(request: HttpRequest, pk: int, triwulan: int) -> HttpResponse:
    """A verifier's note on the triwulan or one of its rows, without changing its status."""
    user = _user(request)
    renja = perencanaan.get_renja_by_pk(user, pk)
    triwulan = _triwulan(triwulan)
    baris_id = request.POST.get("baris", "")
    baris = entri_sel.get_baris(renja, int(baris_id)) if baris_id.isdigit() else None
    try:
        verifikasi.add_catatan(
            user=user, renja=renja, triwulan=triwulan, teks=request.POST.get("teks", ""),
            baris=baris,
        )  # fmt: skip
    except PermissionDenied as exc:
        context = {**_page_context(request, renja, triwulan), "refusal": {"denied": str(exc)}}
        return _render(request, "web/realisasi/triwulan.html", context, status=403)
    except Rejected as exc:
        context = {**_page_context(request, renja, triwulan), "refusal": {"problems": exc.problems}}
        return _render(request, "web/realisasi/triwulan.html", context, status=422)
    messages.success(request, "Catatan disimpan.")
    return redirect(_page_url(renja, triwulan))
