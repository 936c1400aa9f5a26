"""Offices and Renja: list, read, create, check and move through the stages.

Each endpoint parses the request, calls one planning selector or service — the same ones the
pages call — and returns JSON. Reads outside the user's scope answer 404 (the selectors);
role, scope and stage locks are decided by the services and answer 403.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import P, PathEx, Router, Status

from renjana.api import schemas
from renjana.api.errors import problem_json
from renjana.api.renja_json import renja_detail, renja_header, row_ids, user_of
from renjana.apps.organisasi.scope import visible_perangkat_daerah
from renjana.apps.organisasi.selectors import describe
from renjana.apps.perencanaan.selectors import pemeriksaan
from renjana.apps.perencanaan.selectors import renja as sel
from renjana.apps.perencanaan.services import editor, workflow
from renjana.core.checks import blocks_submission

router = Router(tags=["Renja"])

Tahun = PathEx[int, P(ge=2000, le=2100, description="Tahun Renja, mis. 2025.")]
KodeOpd = PathEx[
    str,
    P(
        pattern=r"^[-a-zA-Z0-9_]+$",
        max_length=80,
        description="Kode perangkat daerah (lihat GET /opd), mis. 'sulbar-dinsos'.",
    ),
]
ERRORS: dict[int, Any] = {
    400: schemas.Pesan,
    401: schemas.Pesan,
    403: schemas.Pesan,
    404: schemas.Pesan,
    422: schemas.Penolakan,
}


@router.get("/opd", response={200: list[schemas.Opd], 401: schemas.Pesan})
def daftar_opd(request: HttpRequest) -> Any:
    """Perangkat daerah yang boleh dilihat pengguna ini (seluruh pemda untuk admin dan
    verifikator Bappeda, satu kantor untuk operator dan pimpinan)."""
    return [describe(pd) for pd in visible_perangkat_daerah(user_of(request)).order_by("kode")]


@router.get("/opd/{kode}/renja", response={200: list[schemas.RenjaRingkas], **ERRORS})
def daftar_renja(request: HttpRequest, kode: KodeOpd) -> Any:
    """Renja kantor ini, tahun terbaru lebih dulu, dengan tahap dan statusnya."""
    pd = sel.get_perangkat_daerah(user_of(request), kode)
    return [
        {
            "tahun": r.tahun,
            "tahap": r.tahap,
            "tahap_label": r.get_tahap_display(),
            "status": r.status,
            "status_label": r.get_status_display(),
            "versi": r.versi,
            "terkunci": r.terkunci,
        }
        for r in sel.renja_of(pd)
    ]


@router.post("/opd/{kode}/renja", response={201: schemas.RenjaLengkap, **ERRORS})
def buat_renja(request: HttpRequest, kode: KodeOpd, data: schemas.RenjaBaru) -> Any:
    """Buat Renja tahun baru pada tahap Rancangan Awal, kosong atau disalin dari tahun lain
    (``salin_dari``): prakiraan maju tahun itu menjadi target dan pagu tahun baru."""
    user = user_of(request)
    pd = sel.get_perangkat_daerah(user, kode)
    renja = editor.create_renja(user=user, pd=pd, tahun=data.tahun, salin_dari=data.salin_dari)
    return Status(201, renja_detail(user, renja))


@router.get("/opd/{kode}/renja/{tahun}", response={200: schemas.RenjaLengkap, **ERRORS})
def baca_renja(request: HttpRequest, kode: KodeOpd, tahun: Tahun) -> Any:
    """Kepala Renja dan semua barisnya: nilai tersimpan seperti ``row_to_data``, ``id``
    tiap baris dan indikator, serta total pagu yang selalu dijumlah dari baris di bawahnya."""
    user = user_of(request)
    return renja_detail(user, sel.get_renja(user, kode, tahun))


@router.get("/opd/{kode}/renja/{tahun}/pemeriksaan", response={200: schemas.Pemeriksaan, **ERRORS})
def periksa_renja(request: HttpRequest, kode: KodeOpd, tahun: Tahun) -> Any:
    """Semua aturan perencanaan atas Renja ini, seperti panel Pemeriksaan. Kesalahan
    (``error``) menghalangi pengajuan; peringatan tidak."""
    renja = sel.get_renja(user_of(request), kode, tahun)
    problems = pemeriksaan.renja_problems(renja)
    ids, _ = row_ids(renja)
    return {
        "bisa_diajukan": not blocks_submission(problems),
        "problems": [problem_json(p, ids) for p in problems],
    }


@router.post("/opd/{kode}/renja/{tahun}/aksi", response={200: schemas.Renja, **ERRORS})
def aksi_renja(request: HttpRequest, kode: KodeOpd, tahun: Tahun, data: schemas.AksiMasuk) -> Any:
    """Alur tahapan: ``ajukan`` (operator), ``kembalikan`` dengan ``catatan`` dan/atau
    ``catatan_baris`` dan ``setujui`` (verifikator; menyetujui mengunci tahap),
    ``buka_kunci`` dengan ``alasan`` (admin), ``lanjut_tahap`` dari tahap yang disetujui."""
    user = user_of(request)
    renja = sel.get_renja(user, kode, tahun)
    if data.aksi == "ajukan":
        workflow.submit_renja(user=user, renja=renja)
    elif data.aksi == "kembalikan":
        per_baris = [(c.id, c.teks) for c in data.catatan_baris]
        workflow.return_renja(user=user, renja=renja, umum=data.catatan, per_baris=per_baris)
    elif data.aksi == "setujui":
        workflow.approve_renja(user=user, renja=renja)
    elif data.aksi == "buka_kunci":
        workflow.unlock_renja(user=user, renja=renja, alasan=data.alasan)
    else:
        workflow.advance_tahap(user=user, renja=renja)
    return renja_header(user, renja)
