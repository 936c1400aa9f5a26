"""Audit pages. The audit itself is ``renjana.importers.audit`` (pure); turning its rows into
a Renja goes through ``perencanaan.services.impor.import_renja`` like any import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.scope import can_edit_plan, visible_perangkat_daerah
from renjana.apps.perencanaan.services.impor import import_renja
from renjana.core.kode import Tingkat
from renjana.core.tree import TreeRow, build_tree
from renjana.importers.audit import AuditReport, audit_file, draft_rows
from renjana.importers.audit.laporan_html import html_report
from renjana.importers.audit.laporan_json import json_report
from renjana.importers.audit.laporan_xlsx import xlsx_report
from renjana.web.audit import store

TAHAP = (
    ("rancangan_awal", "Rancangan Awal"),
    ("rancangan", "Rancangan"),
    ("rancangan_akhir", "Rancangan Akhir"),
    ("penetapan", "Penetapan"),
    ("perubahan", "Perubahan"),
)


def _report(stored: store.Stored) -> AuditReport:
    tingkat = Tingkat(stored.tingkat) if stored.tingkat else None
    return audit_file(stored.path, tahun=stored.tahun, tingkat=tingkat)


def _stored(request: HttpRequest, token: str) -> store.Stored:
    stored = store.load(request.user.pk, token)  # type: ignore[arg-type]
    if stored is None:
        raise Http404("Dokumen audit tidak ditemukan atau sudah kedaluwarsa; unggah ulang.")
    return stored


@login_required
def unggah(request: HttpRequest) -> HttpResponse:
    """Upload form; a valid upload is stored and the report shown."""
    error = ""
    if request.method == "POST":
        upload = request.FILES.get("berkas")
        tahun_text = request.POST.get("tahun", "").strip()
        tingkat = request.POST.get("tingkat", "")
        if upload is None:
            error = "Pilih berkas dokumen Renja/RKT (DOCX, XLSX, atau teks hasil konversi PDF)."
        elif Path(upload.name or "").suffix.lower() not in store.SUFFIXES:
            error = f"Jenis berkas '{upload.name}' tidak didukung; gunakan DOCX, XLSX, TXT atau MD."
        elif upload.size and upload.size > store.MAX_BYTES:
            error = "Berkas lebih dari 20 MB; pecah dokumen atau kecilkan lampirannya."
        elif tahun_text and not tahun_text.isdigit():
            error = "Tahun rencana harus angka, mis. 2024, atau kosongkan agar dibaca dari dokumen."
        elif tingkat and tingkat not in {t.value for t in Tingkat}:
            error = "Tingkat harus provinsi atau kabkota."
        else:
            stored = store.save(
                request.user.pk,  # type: ignore[arg-type]
                upload.name or "dokumen",
                upload.read(),
                int(tahun_text) if tahun_text else None,
                tingkat,
            )
            return redirect("audit_laporan", stored.token)
    return render(request, "web/audit/unggah.html", {"error": error}, status=422 if error else 200)


def _draft_summary(report: AuditReport) -> dict[str, Any]:
    rows = draft_rows(report)
    if not rows:
        return {}
    tree = build_tree(
        (
            TreeRow(r.kode, None, "", r.nama, {"pagu": r.pagu, "pagu_n1": r.pagu_n1})
            for r in rows
            if r.kode.count(".") == 5
        ),
        ("pagu", "pagu_n1"),
    )
    return {"jumlah": len(rows), "pagu": tree.totals["pagu"], "pagu_n1": tree.totals["pagu_n1"]}


@login_required
def laporan(request: HttpRequest, token: str) -> HttpResponse:
    stored = _stored(request, token)
    report = _report(stored)
    offices = [
        pd
        for pd in visible_perangkat_daerah(request.user)  # type: ignore[arg-type]
        if can_edit_plan(request.user, pd)  # type: ignore[arg-type]
    ]
    return render(
        request,
        "web/audit/laporan.html",
        {"stored": stored, "report": report, "counts": report.count_by_severity(),
         "draft": _draft_summary(report), "offices": offices, "tahap": TAHAP},
    )  # fmt: skip


@login_required
def unduh(request: HttpRequest, token: str, fmt: str) -> HttpResponse:
    stored = _stored(request, token)
    report = _report(stored)
    base = Path(stored.name).stem or "dokumen"
    if fmt == "json":
        response = HttpResponse(json_report(report), content_type="application/json")
    elif fmt == "html":
        response = HttpResponse(html_report(report), content_type="text/html; charset=utf-8")
    elif fmt == "xlsx":
        response = HttpResponse(
            xlsx_report(report),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404("Format tidak dikenal.")
    response["Content-Disposition"] = f'attachment; filename="audit-{base}.{fmt}"'
    return response


@login_required
@require_POST
def jadikan_renja(request: HttpRequest, token: str) -> HttpResponse:
    """After review: the document's main table becomes the Renja of an office (all or nothing)."""
    stored = _stored(request, token)
    report = _report(stored)
    rows = draft_rows(report)
    kode = request.POST.get("opd", "")
    pd = visible_perangkat_daerah(request.user).filter(kode=kode).first()  # type: ignore[arg-type]
    if pd is None:
        raise Http404("Perangkat daerah tidak ditemukan.")
    tahun_text = request.POST.get("tahun", "")
    problems: Any = ()
    if not rows:
        problems = [{"message": "Dokumen ini tidak memuat tabel Renja yang dapat dijadikan draf."}]
    elif not tahun_text.isdigit():
        problems = [{"message": "Isi tahun Renja, mis. 2024."}]
    else:
        try:
            renja = import_renja(
                user=request.user, pd=pd, tahun=int(tahun_text),
                tahap=request.POST.get("tahap", "rancangan_awal"), rows=rows,
            )  # fmt: skip
        except PermissionDenied as exc:
            return render(request, "web/audit/gagal.html", {"problems": [{"message": str(exc)}]},
                          status=403)  # fmt: skip
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(
                request, f"Draf Renja {renja.tahun} dibuat dari {len(rows)} baris dokumen."
            )
            return redirect("renja_editor", pd.kode, renja.tahun)
    return render(request, "web/audit/gagal.html", {"problems": problems, "stored": stored},
                  status=422)  # fmt: skip
