"""Rows of a Renja: add by nomenclature code, change, delete; their indicators, lokasi and
sumber dana. Every write goes through ``renjana.apps.perencanaan.services.editor`` — the
same functions the editor pages call — and answers with the row as ``GET`` shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpRequest
from ninja import Body, P, PathEx, Router, Status

from renjana.api import schemas
from renjana.api.renja import ERRORS, KodeOpd, Tahun
from renjana.api.renja_json import row_json, user_of
from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.selectors import renja as sel
from renjana.apps.perencanaan.services import editor
from renjana.core.problems import Location, Problem, Severity

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import Pengguna
    from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris

router = Router(tags=["Baris Renja"])

Id = PathEx[int, P(ge=1, le=2**63 - 1)]
BARIS = "/opd/{kode}/renja/{tahun}/baris"
SATU_BARIS = BARIS + "/{baris_id}"
INDIKATOR = SATU_BARIS + "/indikator"


def _row(
    request: HttpRequest, kode: str, tahun: int, baris_id: int
) -> tuple[Pengguna, Renja, RenjaBaris]:
    """(user, renja, baris); 404 outside the user's scope or for a row of another Renja."""
    user = user_of(request)
    renja = sel.get_renja(user, kode, tahun)
    return user, renja, sel.get_baris(renja, baris_id)


def _indikator(baris: RenjaBaris, indikator_id: int) -> Indikator:
    # No planning selector returns one indicator yet; the row's own relation keeps it scoped.
    indikator = baris.indikator.filter(pk=indikator_id).first()
    if indikator is None:
        raise Http404("Indikator tidak ditemukan pada baris ini.")
    return indikator


def _nothing_sent(fields: str) -> Rejected:
    return Rejected(
        [
            Problem(
                "ISIAN_KOSONG",
                Severity.ERROR,
                f"Tidak ada isian yang dikirim; kirim paling sedikit satu dari: {fields}.",
                Location(),
            )
        ]
    )


@router.post(BARIS, response={201: schemas.Baris, **ERRORS})
def tambah_baris(request: HttpRequest, kode: KodeOpd, tahun: Tahun, data: schemas.BarisBaru) -> Any:
    """Tambah program, kegiatan atau sub kegiatan dari nomenklatur tahun Renja; induk yang
    belum ada ikut ditambahkan, sub kegiatan mendapat indikator resminya."""
    user = user_of(request)
    renja = sel.get_renja(user, kode, tahun)
    baris = editor.add_baris(user=user, renja=renja, kode=data.kode)
    return Status(201, row_json(renja, baris.pk))


@router.get(SATU_BARIS, response={200: schemas.Baris, **ERRORS})
def baca_baris(request: HttpRequest, kode: KodeOpd, tahun: Tahun, baris_id: Id) -> Any:
    _, renja, baris = _row(request, kode, tahun, baris_id)
    return row_json(renja, baris.pk)


@router.patch(SATU_BARIS, response={200: schemas.Baris, **ERRORS})
def ubah_baris(
    request: HttpRequest, kode: KodeOpd, tahun: Tahun, baris_id: Id, data: schemas.BarisUbah
) -> Any:
    """Ubah isian yang dikirim saja. Pagu hanya pada baris tanpa anak (sub kegiatan);
    ``null`` mengosongkan pagu."""
    user, renja, baris = _row(request, kode, tahun, baris_id)
    changes = data.model_dump(exclude_unset=True)
    if not changes:
        raise _nothing_sent(", ".join(schemas.BarisUbah.model_fields))
    editor.update_baris(user=user, baris=baris, changes=changes)
    return row_json(renja, baris.pk)


@router.delete(SATU_BARIS, response={204: None, **ERRORS})
def hapus_baris(request: HttpRequest, kode: KodeOpd, tahun: Tahun, baris_id: Id) -> Any:
    """Hapus baris beserta semua baris di bawahnya."""
    user, _, baris = _row(request, kode, tahun, baris_id)
    editor.delete_baris(user=user, baris=baris)
    return Status(204, None)


@router.post(INDIKATOR, response={201: schemas.Baris, **ERRORS})
def tambah_indikator(
    request: HttpRequest, kode: KodeOpd, tahun: Tahun, baris_id: Id, data: schemas.IndikatorBaru
) -> Any:
    """Tambah indikator lokal (bukan dari nomenklatur); jawabannya baris lengkap."""
    user, renja, baris = _row(request, kode, tahun, baris_id)
    fields = data.model_dump()
    editor.add_indikator(
        user=user, baris=baris, uraian=fields.pop("uraian"), satuan=fields.pop("satuan"),
        **fields,
    )  # fmt: skip
    return Status(201, row_json(renja, baris.pk))


@router.patch(INDIKATOR + "/{indikator_id}", response={200: schemas.Baris, **ERRORS})
def ubah_indikator(
    request: HttpRequest,
    kode: KodeOpd,
    tahun: Tahun,
    baris_id: Id,
    indikator_id: Id,
    data: schemas.IndikatorUbah,
) -> Any:
    """Ubah isian indikator yang dikirim saja; jawabannya baris lengkap."""
    user, renja, baris = _row(request, kode, tahun, baris_id)
    indikator = _indikator(baris, indikator_id)
    changes = data.model_dump(exclude_unset=True)
    if not changes:
        raise _nothing_sent(", ".join(schemas.IndikatorUbah.model_fields))
    editor.update_indikator(user=user, indikator=indikator, changes=changes)
    return row_json(renja, baris.pk)


@router.delete(INDIKATOR + "/{indikator_id}", response={204: None, **ERRORS})
def hapus_indikator(
    request: HttpRequest, kode: KodeOpd, tahun: Tahun, baris_id: Id, indikator_id: Id
) -> Any:
    user, _, baris = _row(request, kode, tahun, baris_id)
    editor.delete_indikator(user=user, indikator=_indikator(baris, indikator_id))
    return Status(204, None)


@router.put(SATU_BARIS + "/lokasi", response={200: schemas.Baris, **ERRORS})
def ganti_lokasi(
    request: HttpRequest,
    kode: KodeOpd,
    tahun: Tahun,
    baris_id: Id,
    lokasi: Body[list[schemas.LokasiMasuk]],
) -> Any:
    """Ganti seluruh lokasi baris; daftar kosong menghapus semuanya."""
    user, renja, baris = _row(request, kode, tahun, baris_id)
    items = [(item.kode_wilayah or None, item.rincian) for item in lokasi]
    editor.set_lokasi(user=user, baris=baris, items=items)
    return row_json(renja, baris.pk)


@router.put(SATU_BARIS + "/sumber_dana", response={200: schemas.Baris, **ERRORS})
def ganti_sumber_dana(
    request: HttpRequest,
    kode: KodeOpd,
    tahun: Tahun,
    baris_id: Id,
    sumber_dana: Body[list[schemas.SumberDanaMasuk]],
) -> Any:
    """Ganti seluruh sumber dana baris (kode SIPD dan jumlah); daftar kosong menghapus semuanya."""
    user, renja, baris = _row(request, kode, tahun, baris_id)
    items = [(item.kode, item.jumlah) for item in sumber_dana]
    editor.set_sumber_dana(user=user, baris=baris, items=items)
    return row_json(renja, baris.pk)
