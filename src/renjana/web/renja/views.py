"""Renja editor views. Each view parses the request, calls one selector or service, and
renders a page or an HTMX fragment; permissions and rules live in the services."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna
from renjana.apps.organisasi.scope import can_edit_plan, is_pemda_admin
from renjana.apps.perencanaan.selectors import pemeriksaan
from renjana.apps.perencanaan.selectors import renja as sel
from renjana.apps.perencanaan.services import editor, workflow
from renjana.apps.perencanaan.services import plafon as plafon_service
from renjana.apps.referensi import selectors as referensi
from renjana.core.perbandingan import compare
from renjana.core.renja_data import rows_from_data
from renjana.core.tahapan import Aksi, State, Status, Tahap, allowed
from renjana.web.renja.forms import AngkaField, BarisForm, IndikatorForm

if TYPE_CHECKING:
    from renjana.apps.perencanaan.models import Renja

CHANGED = {"HX-Trigger": "renja-berubah"}


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
    return response


def _user(request: HttpRequest) -> Pengguna:
    return request.user  # type: ignore[return-value]


def _retarget(target: str | None) -> dict[str, str] | None:
    """HTMX: show a refusal in ``target`` instead of the element the request would replace."""
    return {"HX-Retarget": target, "HX-Reswap": "innerHTML"} if target else None


def _problems_response(
    request: HttpRequest, problems: Any, status: int = 422, target: str | None = None
) -> HttpResponse:
    return _render(
        request, "web/renja/_pesan.html", {"problems": problems}, status=status,
        headers=_retarget(target),
    )  # fmt: skip


def _denied(request: HttpRequest, exc: PermissionDenied, target: str | None = None) -> HttpResponse:
    return _render(
        request, "web/renja/_pesan.html", {"denied": str(exc)}, status=403,
        headers=_retarget(target),
    )  # fmt: skip


def _context(request: HttpRequest, renja: Renja) -> dict[str, Any]:
    user = _user(request)
    tree = sel.renja_tree(renja)
    state = State(Tahap(renja.tahap), Status(renja.status))
    actions = allowed(state, editor.peran_of(user)) if _may_act(user, renja) else ()
    return {
        "renja": renja,
        "pd": renja.perangkat_daerah,
        "tree": tree,
        "nodes": list(tree.walk()),
        "ids": dict(renja.baris.values_list("kode", "id")),
        "can_edit": Aksi.UBAH in actions,
        "actions": [a.value for a in actions if a != Aksi.UBAH],
        "plafon": sel.plafon_usage(renja, tree),
        "per_unit": sel.totals_per_unit_kerja(renja, tree),
        "notes": sel.verifier_notes(renja),
    }


def _may_act(user: Pengguna, renja: Renja) -> bool:
    pd = renja.perangkat_daerah
    return can_edit_plan(user, pd) or (user.pemda_id == pd.pemda_id) or user.is_superuser


@login_required
@require_GET
def editor_page(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    renja = sel.get_renja(_user(request), kode, tahun)
    return render(request, "web/renja/editor.html", _context(request, renja))


@login_required
@require_GET
def pohon(request: HttpRequest, pk: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    return render(request, "web/renja/_pohon.html", _context(request, renja))


@login_required
@require_GET
def nomenklatur_cari(request: HttpRequest, pk: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    pd = renja.perangkat_daerah
    query = request.GET.get("q", "").strip()
    versi = renja.nomenklatur_versi or referensi.nomenklatur_versi_for(renja.tahun)
    items = (
        referensi.search_nomenklatur(versi, pd.pemda.tingkat, pd.urusan, query)
        if versi and len(query) >= 2
        else []
    )
    present = set(renja.baris.values_list("kode", flat=True))
    return render(
        request,
        "web/renja/_cari.html",
        {"renja": renja, "items": items, "present": present, "query": query},
    )


@login_required
@require_POST
def baris_tambah(request: HttpRequest, pk: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    try:
        editor.add_baris(user=_user(request), renja=renja, kode=request.POST.get("kode", ""))
    except PermissionDenied as exc:
        return _denied(request, exc, target="#hasil-cari")
    except Rejected as exc:
        return _problems_response(request, exc.problems, target="#hasil-cari")
    return _render(request, "web/renja/_pohon.html", _context(request, renja), headers=CHANGED)


def _panel(request: HttpRequest, renja: Renja, baris_id: int, **extra: Any) -> HttpResponse:
    baris = sel.get_baris(renja, baris_id)
    ctx = _context(request, renja)
    ctx.update(sel.baris_detail(baris))
    ctx.update(
        {
            "baris": baris,
            "wilayah": referensi.wilayah_choices(renja.perangkat_daerah.pemda.kode_wilayah),
            "sumber_dana_pilihan": referensi.sumber_dana_choices(),
            "unit_kerja": list(renja.perangkat_daerah.unit_kerja.all()),
            **extra,
        }
    )
    status = 422 if extra.get("form_errors") or extra.get("problems") else 200
    headers = CHANGED if extra.get("saved") else None
    return _render(request, "web/renja/_panel.html", ctx, status=status, headers=headers)


@login_required
@require_GET
def baris_panel(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    return _panel(request, renja, bid)


@login_required
@require_POST
def baris_ubah(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    baris = sel.get_baris(renja, bid)
    form = BarisForm(request.POST)
    if not form.is_valid():
        return _panel(request, renja, bid, form_errors=form.errors)
    changes = {k: v for k, v in form.cleaned_data.items() if k in request.POST}
    try:
        editor.update_baris(user=_user(request), baris=baris, changes=changes)
    except PermissionDenied as exc:
        return _denied(request, exc)
    except Rejected as exc:
        return _panel(request, renja, bid, problems=exc.problems)
    return _panel(request, renja, bid, saved="Perubahan baris disimpan.")


@login_required
@require_POST
def baris_hapus(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    try:
        editor.delete_baris(user=_user(request), baris=sel.get_baris(renja, bid))
    except PermissionDenied as exc:
        return _denied(request, exc)
    return HttpResponse('<p class="empty">Baris dihapus.</p>', headers=CHANGED)


@login_required
@require_POST
def indikator_simpan(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    """Add a local indicator (no ``iid``) or change one (``iid`` given)."""
    renja = sel.get_renja_by_pk(_user(request), pk)
    baris = sel.get_baris(renja, bid)
    form = IndikatorForm(request.POST)
    if not form.is_valid():
        return _panel(request, renja, bid, form_errors=form.errors)
    try:
        iid = request.POST.get("iid")
        if iid:
            indikator = sel.get_indikator(baris, int(iid))
            if indikator is None:
                return _panel(request, renja, bid, form_errors={"iid": ["Indikator tidak ada."]})
            editor.update_indikator(
                user=_user(request), indikator=indikator, changes=form.changes()
            )
        else:
            changes = form.changes()
            editor.add_indikator(
                user=_user(request), baris=baris, uraian=changes.pop("uraian"),
                satuan=changes.pop("satuan"), **changes,
            )  # fmt: skip
    except PermissionDenied as exc:
        return _denied(request, exc)
    except Rejected as exc:
        return _panel(request, renja, bid, problems=exc.problems)
    return _panel(request, renja, bid, saved="Indikator disimpan.")


@login_required
@require_POST
def indikator_hapus(request: HttpRequest, pk: int, bid: int, iid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    baris = sel.get_baris(renja, bid)
    indikator = sel.get_indikator(baris, iid)
    if indikator is None:
        return _panel(request, renja, bid, form_errors={"iid": ["Indikator tidak ada."]})
    try:
        editor.delete_indikator(user=_user(request), indikator=indikator)
    except PermissionDenied as exc:
        return _denied(request, exc)
    return _panel(request, renja, bid, saved="Indikator dihapus.")


@login_required
@require_POST
def lokasi_simpan(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    baris = sel.get_baris(renja, bid)
    wilayah = request.POST.getlist("wilayah")
    rincian = request.POST.getlist("rincian")
    items = [
        (w if w != "semua" else None, r)
        for w, r in zip(wilayah, rincian, strict=False)
        if w or r.strip()
    ]
    try:
        editor.set_lokasi(user=_user(request), baris=baris, items=items)
    except PermissionDenied as exc:
        return _denied(request, exc)
    except Rejected as exc:
        return _panel(request, renja, bid, problems=exc.problems)
    return _panel(request, renja, bid, saved="Lokasi disimpan.")


@login_required
@require_POST
def sumber_dana_simpan(request: HttpRequest, pk: int, bid: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    baris = sel.get_baris(renja, bid)
    items: list[tuple[str, Decimal | None]] = []
    field = AngkaField()
    errors: list[str] = []
    for number, (kode, jumlah) in enumerate(
        zip(request.POST.getlist("kode"), request.POST.getlist("jumlah"), strict=False), start=1
    ):
        if not kode:
            continue
        try:
            items.append((kode, field.clean(jumlah)))
        except Exception as exc:
            errors.append(f"Sumber dana ke-{number}: {'; '.join(getattr(exc, 'messages', []))}")
    if errors:
        return _panel(request, renja, bid, form_errors={"sumber_dana": errors})
    try:
        editor.set_sumber_dana(user=_user(request), baris=baris, items=items)
    except PermissionDenied as exc:
        return _denied(request, exc)
    except Rejected as exc:
        return _panel(request, renja, bid, problems=exc.problems)
    return _panel(request, renja, bid, saved="Sumber dana disimpan.")


@login_required
@require_GET
def pemeriksaan_panel(request: HttpRequest, pk: int) -> HttpResponse:
    renja = sel.get_renja_by_pk(_user(request), pk)
    problems = pemeriksaan.renja_problems(renja)
    ids = dict(renja.baris.values_list("kode", "id"))
    return render(
        request, "web/renja/_pemeriksaan.html", {"renja": renja, "problems": problems, "ids": ids}
    )


@login_required
@require_POST
def aksi(request: HttpRequest, pk: int) -> HttpResponse:
    """Workflow buttons: ajukan, kembalikan, setujui, buka_kunci, lanjut_tahap."""
    user = _user(request)
    renja = sel.get_renja_by_pk(user, pk)
    name = request.POST.get("aksi", "")
    try:
        if name == Aksi.AJUKAN:
            workflow.submit_renja(user=user, renja=renja)
            messages.success(request, "Renja diajukan untuk verifikasi.")
        elif name == Aksi.KEMBALIKAN:
            per_baris = [
                (int(key.removeprefix("catatan_")), str(request.POST[key]))
                for key in request.POST
                if key.startswith("catatan_") and key.removeprefix("catatan_").isdigit()
            ]
            workflow.return_renja(
                user=user, renja=renja, umum=request.POST.get("catatan", ""), per_baris=per_baris
            )
            messages.success(request, "Renja dikembalikan kepada operator dengan catatan.")
        elif name == Aksi.SETUJUI:
            workflow.approve_renja(user=user, renja=renja)
            messages.success(request, "Renja disetujui; tahap ini terkunci.")
        elif name == Aksi.BUKA_KUNCI:
            workflow.unlock_renja(user=user, renja=renja, alasan=request.POST.get("alasan", ""))
            messages.success(request, "Kunci Renja dibuka.")
        elif name == Aksi.LANJUT_TAHAP:
            workflow.advance_tahap(user=user, renja=renja)
            messages.success(request, f"Renja masuk tahap {renja.get_tahap_display()}.")
        else:
            return _problems_response(request, [], status=400)
    except PermissionDenied as exc:
        return _denied(request, exc)
    except Rejected as exc:
        return _problems_response(request, exc.problems)
    return redirect("renja_editor", renja.perangkat_daerah.kode, renja.tahun)


@login_required
@require_GET
def tabel(request: HttpRequest, pk: int, jenis: str) -> HttpResponse:
    """The same data as the 17-column Renja table (§2.H) or the T-C.33 table (§2.G)."""
    renja = sel.get_renja_by_pk(_user(request), pk)
    if jenis not in ("renja", "tc33"):
        return _problems_response(request, [], status=404)
    tree = sel.renja_tree(renja)
    rows = {r.kode: r for r in sel.renja_rows(renja)}
    return render(
        request,
        f"web/renja/tabel_{jenis}.html",
        {"renja": renja, "pd": renja.perangkat_daerah, "tree": tree, "nodes": list(tree.walk()),
         "rows": rows},
    )  # fmt: skip


@login_required
@require_GET
def banding(request: HttpRequest, pk: int) -> HttpResponse:
    """What changed between two stages (approved snapshots) or a stage and today."""
    renja = sel.get_renja_by_pk(_user(request), pk)
    snapshots = sel.snapshots_of(renja)
    versions: dict[str, Any] = {str(s.pk): s for s in snapshots}

    def rows_of(key: str) -> Any:
        if key in versions:
            return rows_from_data(versions[key].data)
        return sel.renja_rows(renja)

    dari = request.GET.get("dari") or (str(snapshots[-1].pk) if snapshots else "kini")
    ke = request.GET.get("ke") or "kini"
    changes = compare(rows_of(dari), rows_of(ke))
    return render(
        request,
        "web/renja/banding.html",
        {"renja": renja, "pd": renja.perangkat_daerah, "snapshots": snapshots,
         "dari": dari, "ke": ke, "changes": changes},
    )  # fmt: skip


@login_required
def renja_baru(request: HttpRequest, kode: str) -> HttpResponse:
    user = _user(request)
    pd = sel.get_perangkat_daerah(user, kode)
    existing = [r.tahun for r in sel.renja_of(pd)]
    problems: Any = ()
    if request.method == "POST":
        try:
            tahun = int(request.POST.get("tahun", ""))
            salin = request.POST.get("salin_dari") or None
            renja = editor.create_renja(
                user=user,
                pd=pd,
                tahun=tahun,
                salin_dari=int(salin) if salin else None,
                dari_renstra=request.POST.get("dari_renstra") == "1",
            )
        except ValueError:
            problems = [{"message": "Tahun harus berupa angka, mis. 2025."}]
        except PermissionDenied as exc:
            return _denied(request, exc)
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(request, f"Renja {renja.tahun} dibuat.")
            return redirect("renja_editor", pd.kode, renja.tahun)
    return render(
        request, "web/renja/baru.html", {"pd": pd, "existing": existing, "problems": problems}
    )


@login_required
def plafon(request: HttpRequest, kode: str, tahun: int) -> HttpResponse:
    """Bappeda admin sets the pagu ceilings of an office for a year (total and per source)."""
    user = _user(request)
    pd = sel.get_perangkat_daerah(user, kode)
    problems: Any = ()
    if request.method == "POST":
        field = AngkaField()
        try:
            total = field.clean(request.POST.get("total", ""))
            per_sumber = [
                (k, amount)
                for k, j in zip(
                    request.POST.getlist("kode"), request.POST.getlist("jumlah"), strict=False
                )
                if k and (amount := field.clean(j)) is not None
            ]
            plafon_service.set_plafon(
                user=user, pd=pd, tahun=tahun, total=total, per_sumber_dana=per_sumber,
                dasar=request.POST.get("dasar", ""),
            )  # fmt: skip
        except PermissionDenied as exc:
            return _denied(request, exc)
        except Rejected as exc:
            problems = exc.problems
        except Exception as exc:
            problems = [{"message": "; ".join(getattr(exc, "messages", [str(exc)]))}]
        else:
            messages.success(request, f"Plafon {tahun} disimpan.")
            return redirect("renja_plafon", pd.kode, tahun)
    return render(
        request,
        "web/renja/plafon.html",
        {"pd": pd, "tahun": tahun, "items": sel.plafon_of(pd, tahun), "problems": problems,
         "sumber_dana_pilihan": referensi.sumber_dana_choices(),
         "can_set": is_pemda_admin(user, pd.pemda_id)},
    )  # fmt: skip
