"""Proposal pages: the register with filters, the proposal form, and one proposal with its
screening, decision, attachments and history. Views parse and call one service each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.scope import can_edit_plan
from renjana.apps.partisipasi.selectors import usulan as sel
from renjana.apps.partisipasi.services import usulan as service
from renjana.core import partisipasi as core
from renjana.core.idformat import format_number
from renjana.core.numbers import strip_zeros
from renjana.web.partisipasi.forms import (
    KeputusanForm,
    TelaahForm,
    UsulanForm,
    read_akomodasi,
)
from renjana.web.partisipasi.tanggapan import (
    base_context,
    denied,
    form_problems,
    office,
    page,
    rejected,
    user_of,
)

FILTERS = ("sumber", "keputusan", "status", "kecamatan", "cari")

if TYPE_CHECKING:
    from renjana.apps.partisipasi.models import Usulan


def sumber_filter_choices() -> list[tuple[str, str]]:
    choices = []
    for s in core.Sumber:
        choices.append((s.value, s.label))
        if s is core.Sumber.MUSRENBANG:
            choices.extend((f"{s.value}:{t.value}", f"— {t.label}") for t in core.TingkatMusrenbang)
    return choices


@login_required
@require_GET
def daftar(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The register of the office's proposals for ``tahun``, with filters."""
    pd = office(request, kode)
    filters = {name: request.GET.get(name, "").strip() for name in FILTERS}
    rows = sel.register([pd], tahun, **filters)
    ctx = base_context(request, pd, tahun)
    ctx.update(
        {
            "rows": rows,
            "values": {u.pk: sel.usulan_value(u) for u in rows},
            "filters": filters,
            "sumber_pilihan": sumber_filter_choices(),
            "keputusan_pilihan": sel.keputusan_pilihan(),
            "status_pilihan": sel.status_pilihan(),
            "kecamatan_pilihan": sel.kecamatan_choices(pd),
            "diterima": [u for u in rows if u.asal_id],
        }
    )
    return page(request, "usulan_daftar.html", ctx)


def _form_context(request: HttpRequest, pd: Any, tahun: int, form: UsulanForm) -> dict[str, Any]:
    ctx = base_context(request, pd, tahun)
    ctx.update(
        {"form": form, "wilayah": sel.wilayah_choices(pd), "tingkat": core.TingkatMusrenbang}
    )
    return ctx


@login_required
def baru(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Register a proposal (GET: the empty form)."""
    pd = office(request, kode)
    form = UsulanForm(request.POST or None)
    problems: Any = ()
    if request.method == "POST" and form.is_valid():
        try:
            usulan = service.create_usulan(user=user_of(request), pd=pd, data=form.to_input(tahun))
        except PermissionDenied as exc:
            return denied(request, exc)
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(request, f"Usulan nomor {usulan.nomor} didaftarkan.")
            return redirect("partisipasi_usulan_detail", usulan.pk)
    elif request.method == "POST":
        problems = form_problems(form)
    elif not can_edit_plan(user_of(request), pd):
        return denied(request, PermissionDenied("Anda tidak berwenang mendaftarkan usulan."))
    ctx = _form_context(request, pd, tahun, form)
    ctx["problems"] = problems
    status = 422 if problems else 200
    return page(request, "usulan_form.html", ctx, status=status)


def _initial(usulan: Usulan) -> dict[str, Any]:
    volume = "" if usulan.volume_nilai is None else format_number(strip_zeros(usulan.volume_nilai))
    return {
        "sumber": usulan.sumber, "tingkat_musrenbang": usulan.tingkat_musrenbang,
        "pengusul": usulan.pengusul, "anggota_dprd": usulan.anggota_dprd,
        "fraksi": usulan.fraksi, "dapil": usulan.dapil, "uraian": usulan.uraian,
        "wilayah": usulan.wilayah.kode if usulan.wilayah else "",
        "lokasi_rincian": usulan.lokasi_rincian,
        "volume": " ".join(p for p in (usulan.volume_teks, volume) if p),
        "volume_satuan": usulan.volume_satuan,
        "biaya": "" if usulan.biaya is None else format_number(strip_zeros(usulan.biaya)),
        "catatan": usulan.catatan,
    }  # fmt: skip


@login_required
def ubah(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    usulan = sel.get_usulan(user, pk)
    pd = usulan.perangkat_daerah
    form = UsulanForm(request.POST or None, initial=_initial(usulan))
    problems: Any = ()
    if request.method == "POST" and form.is_valid():
        try:
            service.update_usulan(user=user, usulan=usulan, data=form.to_input(usulan.tahun))
        except PermissionDenied as exc:
            return denied(request, exc)
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(request, "Usulan diperbarui.")
            return redirect("partisipasi_usulan_detail", usulan.pk)
    elif request.method == "POST":
        problems = form_problems(form)
    ctx = _form_context(request, pd, usulan.tahun, form)
    ctx.update({"usulan": usulan, "problems": problems})
    return page(request, "usulan_form.html", ctx, status=422 if problems else 200)


def _detail(
    request: HttpRequest, usulan: Usulan, problems: Any = (), status: int = 200
) -> HttpResponse:
    pd = usulan.perangkat_daerah
    ctx = base_context(request, pd, usulan.tahun)
    ctx.update(
        {
            "usulan": usulan,
            "value": sel.usulan_value(usulan),
            "kecamatan": sel.kecamatan_of(usulan),
            "sub_kegiatan": sel.sub_kegiatan_choices(pd, usulan.tahun),
            "tujuan": sel.other_offices(pd),
            "keputusan_pilihan": sel.keputusan_pilihan(),
            "temuan": sel.decision_problems(usulan),
            "riwayat": sel.riwayat(usulan),
            "problems": problems,
        }
    )
    return page(request, "usulan_detail.html", ctx, status=status)


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, sel.get_usulan(user_of(request), pk))


@login_required
@require_POST
def telaah(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    usulan = sel.get_usulan(user, pk)
    form = TelaahForm(request.POST)
    if not form.is_valid():
        return rejected(request, [{"message": "Jawaban telaah tidak dikenal."}])
    try:
        service.screen_usulan(user=user, usulan=usulan, **form.answers())
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return _detail(request, sel.get_usulan(user, pk), exc.problems, 422)
    messages.success(request, "Telaah usulan disimpan.")
    return redirect("partisipasi_usulan_detail", pk)


@login_required
@require_POST
def putuskan(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    usulan = sel.get_usulan(user, pk)
    form = KeputusanForm(request.POST)
    akomodasi, errors = read_akomodasi(request.POST)
    if not form.is_valid() or errors:
        found = errors or ["Pilih keputusan."]
        return _detail(request, usulan, [{"message": e} for e in found], 422)
    data = form.cleaned_data
    try:
        service.decide_usulan(
            user=user, usulan=usulan, keputusan=data["keputusan"], alasan=data["alasan"],
            akomodasi=akomodasi, dialihkan_ke=data["dialihkan_ke"] or None,
        )  # fmt: skip
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return _detail(request, sel.get_usulan(user, pk), exc.problems, 422)
    messages.success(request, "Keputusan usulan disimpan.")
    return redirect("partisipasi_usulan_detail", pk)


@login_required
@require_POST
def hapus(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    usulan = sel.get_usulan(user, pk)
    pd, tahun = usulan.perangkat_daerah, usulan.tahun
    try:
        service.delete_usulan(user=user, usulan=usulan)
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return _detail(request, usulan, exc.problems, 422)
    messages.success(request, "Usulan dihapus.")
    return redirect("partisipasi_usulan", pd.kode, tahun)


@login_required
@require_POST
def lampiran_tambah(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    usulan = sel.get_usulan(user, pk)
    berkas = request.FILES.get("berkas")
    if berkas is None:
        return _detail(request, usulan, [{"message": "Pilih berkas lampiran."}], 422)
    try:
        service.add_lampiran(user=user, usulan=usulan, berkas=berkas)
    except PermissionDenied as exc:
        return denied(request, exc)
    except Rejected as exc:
        return _detail(request, usulan, exc.problems, 422)
    messages.success(request, "Lampiran diunggah.")
    return redirect("partisipasi_usulan_detail", pk)


@login_required
@require_GET
def lampiran_unduh(request: HttpRequest, pk: int) -> FileResponse:
    """Attachments are served through this access check, never from a public URL."""
    lampiran = sel.get_lampiran(user_of(request), pk)
    return FileResponse(lampiran.berkas.open("rb"), as_attachment=True, filename=lampiran.nama)


@login_required
@require_POST
def lampiran_hapus(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    lampiran = sel.get_lampiran(user, pk)
    usulan_pk = lampiran.usulan_id
    try:
        service.delete_lampiran(user=user, lampiran=lampiran)
    except PermissionDenied as exc:
        return denied(request, exc)
    messages.success(request, "Lampiran dihapus.")
    return redirect("partisipasi_usulan_detail", usulan_pk)
