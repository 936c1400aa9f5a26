"""Renstra pages: the list per office, the create form, the cascade and its edits.

Views parse the request, call one selector or service and render; how an edit answers
(HTMX fragment or whole page) is ``kerja``'s. Objects are looked up inside the Renstra
already resolved for the user, so anything outside scope is 404; a write by a read-only
role is refused (403) before any input is read.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.selectors import renja as perencanaan
from renjana.apps.perencanaan.selectors import renstra as selectors
from renjana.apps.perencanaan.services import renstra as services
from renjana.apps.perencanaan.services import renstra_baris, renstra_indikator
from renjana.web.renstra.forms import (
    BarisForm,
    IndikatorForm,
    PaguForm,
    RenstraForm,
    SasaranProgramForm,
    UraianForm,
    attach_problems,
    pagu_initial,
    show_value,
)
from renjana.web.renstra.kerja import detail_url, edit, nomor_of, page, saved, user_of

_GET_POST = require_http_methods(["GET", "POST"])


@login_required
def renstra_list(request: HttpRequest, kode: str) -> HttpResponse:
    pd = perencanaan.get_perangkat_daerah(user_of(request), kode)
    context = {
        "pd": pd,
        "renstra_list": selectors.renstra_list(pd),
        "can_edit": selectors.can_edit(user_of(request), pd),
    }
    return render(request, "web/renstra/daftar.html", context)


@login_required
@_GET_POST
def renstra_create(request: HttpRequest, kode: str) -> HttpResponse:
    pd = perencanaan.get_perangkat_daerah(user_of(request), kode)
    if not selectors.can_edit(user_of(request), pd):
        raise PermissionDenied("Anda tidak berwenang membuat Renstra perangkat daerah ini.")
    form = RenstraForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            renstra = services.create_renstra(user=user_of(request), pd=pd, **form.cleaned_data)
        except Rejected as exc:
            attach_problems(form, exc.problems)
        else:
            messages.success(request, f"Renstra {renstra.tahun_awal}–{renstra.tahun_akhir} dibuat.")
            return redirect(detail_url(renstra))
    return render(request, "web/renstra/buat.html", {"pd": pd, "form": form})


@login_required
def renstra_detail(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """The cascade; with HTMX only the work area (used by "Batal" in the editor)."""
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    return page(request, renstra)


# --- Tujuan and sasaran -------------------------------------------------------------------


@login_required
@_GET_POST
def tujuan_add(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)

    def save(form: Any) -> str:
        t = services.add_tujuan(user=user_of(request), renstra=renstra, **form.cleaned_data)
        return f"Tujuan {t.nomor} ditambahkan."

    return edit(request, renstra, title="Tambah tujuan", make=UraianForm, save=save)


@login_required
@_GET_POST
def tujuan_edit(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    tujuan = selectors.get_tujuan(renstra, pk)

    def save(form: Any) -> str:
        data = form.cleaned_data
        services.update_tujuan(
            user=user_of(request), tujuan=tujuan, uraian=data["uraian"],
            nomor=data["nomor"] if data["nomor"] is not None else tujuan.nomor,
        )  # fmt: skip
        return f"Tujuan {tujuan.nomor} diubah."

    initial = {"nomor": tujuan.nomor, "uraian": tujuan.uraian}
    return edit(
        request, renstra, title=f"Ubah tujuan {tujuan.nomor}",
        make=lambda data: UraianForm(data, initial=initial), save=save,
    )  # fmt: skip


@login_required
@require_POST
def tujuan_delete(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    tujuan = selectors.get_tujuan(renstra, pk)

    def action() -> str:
        services.delete_tujuan(user=user_of(request), tujuan=tujuan)
        return f"Tujuan {tujuan.nomor} dihapus."

    return saved(request, renstra, action())


@login_required
@_GET_POST
def sasaran_add(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    tujuan = selectors.get_tujuan(renstra, pk)

    def save(form: Any) -> str:
        s = services.add_sasaran(user=user_of(request), tujuan=tujuan, **form.cleaned_data)
        return f"Sasaran {tujuan.nomor}.{s.nomor} ditambahkan."

    title = f"Tambah sasaran pada tujuan {tujuan.nomor}"
    return edit(request, renstra, title=title, make=UraianForm, save=save)


@login_required
@_GET_POST
def sasaran_edit(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    sasaran = selectors.get_sasaran(renstra, pk)

    def save(form: Any) -> str:
        data = form.cleaned_data
        services.update_sasaran(
            user=user_of(request), sasaran=sasaran, uraian=data["uraian"],
            nomor=data["nomor"] if data["nomor"] is not None else sasaran.nomor,
        )  # fmt: skip
        return f"Sasaran {nomor_of(sasaran)} diubah."

    initial = {"nomor": sasaran.nomor, "uraian": sasaran.uraian}
    return edit(
        request, renstra, title=f"Ubah sasaran {nomor_of(sasaran)}",
        make=lambda data: UraianForm(data, initial=initial), save=save,
    )  # fmt: skip


@login_required
@require_POST
def sasaran_delete(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    sasaran = selectors.get_sasaran(renstra, pk)

    def action() -> str:
        services.delete_sasaran(user=user_of(request), sasaran=sasaran)
        return f"Sasaran {nomor_of(sasaran)} dihapus."

    return saved(request, renstra, action())


# --- Indicators ---------------------------------------------------------------------------

_INDUK = {
    "tujuan": selectors.get_tujuan,
    "sasaran": selectors.get_sasaran,
    "baris": selectors.get_baris,
}


@login_required
@_GET_POST
def indikator_add(request: HttpRequest, kode: str, tahun: int, jenis: str, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    if jenis not in _INDUK:
        raise Http404("Jenis induk indikator tidak dikenal.")
    induk: Any = _INDUK[jenis](renstra, pk)
    label = induk.get_level_display().lower() if jenis == "baris" else jenis
    years = range(renstra.tahun_awal, renstra.tahun_akhir + 1)

    def save(form: Any) -> str:
        renstra_indikator.add_indikator(user=user_of(request), induk=induk, data=form.indikator())
        return "Indikator ditambahkan."

    return edit(
        request, renstra, title=f"Tambah indikator {label} {nomor_of(induk)}",
        make=lambda data: IndikatorForm(years, data), save=save,
    )  # fmt: skip


@login_required
@_GET_POST
def indikator_edit(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    indikator = selectors.get_indikator(renstra, pk)
    years = range(renstra.tahun_awal, renstra.tahun_akhir + 1)
    targets = selectors.indikator_targets(indikator)
    initial = {
        "uraian": indikator.uraian,
        "satuan": indikator.satuan,
        "polaritas": indikator.polaritas,
        "baseline": show_value(
            selectors.stored_value(indikator.baseline_nilai, indikator.baseline_teks)
        ),
        **{f"target_{t}": show_value(targets.get(t)) for t in years},
    }

    def save(form: Any) -> str:
        renstra_indikator.update_indikator(
            user=user_of(request), indikator=indikator, data=form.indikator()
        )
        return "Indikator diubah."

    return edit(
        request, renstra, title="Ubah indikator",
        make=lambda data: IndikatorForm(years, data, initial=initial), save=save,
    )  # fmt: skip


@login_required
@require_POST
def indikator_delete(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    indikator = selectors.get_indikator(renstra, pk)

    def action() -> str:
        renstra_indikator.delete_indikator(user=user_of(request), indikator=indikator)
        return "Indikator dihapus."

    return saved(request, renstra, action())


# --- Program, kegiatan, sub kegiatan ------------------------------------------------------


@login_required
@_GET_POST
def baris_add(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    choices = selectors.sasaran_choices(renstra)

    def save(form: Any) -> str:
        data = form.cleaned_data
        sasaran = selectors.get_sasaran(renstra, data["sasaran"]) if data["sasaran"] else None
        baris = renstra_baris.add_baris(
            user=user_of(request), renstra=renstra, kode=data["kode"], sasaran=sasaran
        )
        return f"{baris.get_level_display()} {baris.kode} ditambahkan."

    return edit(
        request, renstra, title="Tambah program / kegiatan / sub kegiatan",
        make=lambda data: BarisForm(choices, data), save=save,
    )  # fmt: skip


@login_required
@_GET_POST
def baris_sasaran(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    baris = selectors.get_baris(renstra, pk)
    choices = selectors.sasaran_choices(renstra)

    def save(form: Any) -> str:
        chosen = form.cleaned_data["sasaran"]
        sasaran = selectors.get_sasaran(renstra, chosen) if chosen else None
        renstra_baris.link_sasaran(user=user_of(request), baris=baris, sasaran=sasaran)
        return f"Sasaran program {baris.kode} disimpan."

    return edit(
        request, renstra, title=f"Sasaran program {baris.kode}",
        make=lambda data: SasaranProgramForm(
            choices, data, initial={"sasaran": baris.sasaran_id}
        ),
        save=save,
    )  # fmt: skip


@login_required
@_GET_POST
def baris_pagu(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    baris = selectors.get_baris(renstra, pk)
    years = range(renstra.tahun_awal, renstra.tahun_akhir + 1)
    initial = pagu_initial(selectors.pagu_of(baris))

    def save(form: Any) -> str:
        renstra_baris.set_pagu(user=user_of(request), baris=baris, pagu=form.pagu())
        return f"Pagu {baris.kode} disimpan."

    return edit(
        request, renstra, title=f"Pagu {baris.kode} {baris.nama}",
        make=lambda data: PaguForm(years, data, initial=initial), save=save,
    )  # fmt: skip


@login_required
@require_POST
def baris_delete(request: HttpRequest, kode: str, tahun: int, pk: int) -> HttpResponse:
    renstra = selectors.get_renstra(user_of(request), kode, tahun)
    baris = selectors.get_baris(renstra, pk)

    def action() -> str:
        renstra_baris.delete_baris(user=user_of(request), baris=baris)
        return f"{baris.get_level_display()} {baris.kode} dihapus."

    return saved(request, renstra, action())
