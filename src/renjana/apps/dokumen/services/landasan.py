"""Keeping the landasan hukum lists: add, change, move, delete, the starter list, and sorting
by the hierarchy of legislation.

The office's list (what its Renja and RKT print) is kept by the office's operator and the
pemda's admin; the pemda's shared list of regional regulations by the admin Bappeda only.
Every item is checked by ``core.landasan_hukum.check_regulasi``; the same regulation (kind,
number, year) cannot be listed twice. ``urutan`` is kept as 1, 2, 3 … after every change.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from renjana.apps.dokumen.daftar_awal import daftar_awal
from renjana.apps.dokumen.models import LandasanHukum
from renjana.apps.dokumen.selectors.landasan import Lingkup, as_regulasi, daftar
from renjana.apps.dokumen.services.common import (
    audit,
    check_teks,
    problem,
    require_office_edit,
    require_pemda_admin,
)
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.landasan_hukum import NAMA_JENIS, Regulasi, check_regulasi, judul, urutkan
from renjana.core.problems import Problem

LANDASAN_GANDA = "LANDASAN_GANDA"
_BATAS = {"penerbit": 200, "nomor": 40, "tentang": 2000, "lembaran_nomor": 20, "tambahan_nomor": 20}


def _require(user: Any, pd: PerangkatDaerah, lingkup: Lingkup, system: bool) -> None:
    if lingkup is Lingkup.OPD:
        require_office_edit(user, pd, system)
    else:
        require_pemda_admin(user, pd.pemda_id, system)


def _fields(reg: Regulasi) -> dict[str, Any]:
    return {
        "jenis": reg.jenis.value,
        "penerbit": reg.penerbit.strip(),
        "nomor": reg.nomor.strip(),
        "tahun": reg.tahun,
        "tentang": " ".join(reg.tentang.split()),
        "lembaran_tahun": reg.lembaran_tahun,
        "lembaran_nomor": reg.lembaran_nomor.strip(),
        "tambahan_nomor": reg.tambahan_nomor.strip(),
        "tanggal": reg.tanggal,
    }


def _snapshot(item: LandasanHukum) -> dict[str, Any]:
    data = asdict(as_regulasi(item))
    data["jenis"] = item.jenis
    data["tanggal"] = item.tanggal.isoformat() if item.tanggal else None
    data["urutan"] = item.urutan
    return data


def _check(
    reg: Regulasi, items: QuerySet[LandasanHukum], nama_pemda: str, kecuali: int | None = None
) -> list[Problem]:
    problems = list(check_regulasi(reg))
    nama = NAMA_JENIS[reg.jenis] or "Peraturan"
    for field, maks in _BATAS.items():
        problems += check_teks(str(getattr(reg, field)), field, f"{nama}, isian {field}", maks)
    for number, item in enumerate(items, 1):
        if item.pk != kecuali and as_regulasi(item).kunci == reg.kunci:
            problems.append(
                problem(
                    LANDASAN_GANDA,
                    f"{judul(reg, nama_pemda)} sudah ada di daftar (nomor urut {number}).",
                    field="nomor",
                )
            )
    return problems


def _renumber(items: list[LandasanHukum]) -> None:
    for urutan, item in enumerate(items, 1):
        if item.urutan != urutan:
            item.urutan = urutan
            item.save(update_fields=["urutan"])


@transaction.atomic
def tambah_landasan(
    *, user: Any, pd: PerangkatDaerah, lingkup: Lingkup, regulasi: Regulasi, system: bool = False
) -> LandasanHukum:
    """Add ``regulasi`` at the end of the list."""
    _require(user, pd, lingkup, system)
    items = daftar(pd, lingkup)
    problems = _check(regulasi, items, pd.pemda.nama)
    if problems:
        raise Rejected(problems)
    item = LandasanHukum.objects.create(
        pemda_id=pd.pemda_id,
        perangkat_daerah=pd if lingkup is Lingkup.OPD else None,
        urutan=items.count() + 1,
        **_fields(regulasi),
    )
    audit(user, pd.pemda_id, "tambah_landasan_hukum", item, None, _snapshot(item))
    return item


@transaction.atomic
def ubah_landasan(
    *,
    user: Any,
    pd: PerangkatDaerah,
    lingkup: Lingkup,
    item: LandasanHukum,
    regulasi: Regulasi,
    system: bool = False,
) -> LandasanHukum:
    _require(user, pd, lingkup, system)
    problems = _check(regulasi, daftar(pd, lingkup), pd.pemda.nama, kecuali=item.pk)
    if problems:
        raise Rejected(problems)
    before = _snapshot(item)
    for field, value in _fields(regulasi).items():
        setattr(item, field, value)
    item.save()
    audit(user, pd.pemda_id, "ubah_landasan_hukum", item, before, _snapshot(item))
    return item


@transaction.atomic
def hapus_landasan(
    *, user: Any, pd: PerangkatDaerah, lingkup: Lingkup, item: LandasanHukum, system: bool = False
) -> None:
    _require(user, pd, lingkup, system)
    before = _snapshot(item)
    pk = item.pk
    item.delete()
    item.pk = pk
    _renumber(list(daftar(pd, lingkup)))
    audit(user, pd.pemda_id, "hapus_landasan_hukum", item, before, None)


@transaction.atomic
def pindah_landasan(
    *,
    user: Any,
    pd: PerangkatDaerah,
    lingkup: Lingkup,
    item: LandasanHukum,
    arah: int,
    system: bool = False,
) -> None:
    """Move ``item`` one place up (``arah`` -1) or down (+1); at either end nothing moves."""
    _require(user, pd, lingkup, system)
    if arah not in (-1, 1):
        raise ValueError("arah harus -1 atau 1")
    items = list(daftar(pd, lingkup).select_for_update())
    index = next(i for i, x in enumerate(items) if x.pk == item.pk)
    target = index + arah
    if not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    _renumber(items)
    audit(user, pd.pemda_id, "pindah_landasan_hukum", item, {"urutan": index + 1},
          {"urutan": target + 1})  # fmt: skip


@transaction.atomic
def urutkan_landasan(
    *, user: Any, pd: PerangkatDaerah, lingkup: Lingkup, system: bool = False
) -> None:
    """Order the list by the hierarchy of legislation (UU, PP, Perpres, Permen/Kepmen,
    Perda, Pergub/Perwal/Perbup, SK, others), then by year and number."""
    _require(user, pd, lingkup, system)
    items = list(daftar(pd, lingkup).select_for_update())
    order = urutkan([as_regulasi(x) for x in items])
    remaining = list(items)
    ordered = []
    for reg in order:
        match = next(x for x in remaining if as_regulasi(x) == reg)
        remaining.remove(match)
        ordered.append(match)
    before = [x.pk for x in items]
    _renumber(ordered)
    if before != [x.pk for x in ordered]:
        audit(user, pd.pemda_id, "urutkan_landasan_hukum", pd, {"urutan": before},
              {"urutan": [x.pk for x in ordered]})  # fmt: skip


@transaction.atomic
def isi_daftar_awal(*, user: Any, pd: PerangkatDaerah, system: bool = False) -> int:
    """Add to the office's list the national regulations of a Dinas Sosial Renja and the
    pemda's shared regional regulations that it lacks. An empty list is then ordered by the
    hierarchy; otherwise the new items are appended. Returns how many were added."""
    require_office_edit(user, pd, system)
    items = list(daftar(pd, Lingkup.OPD).select_for_update())
    present = {as_regulasi(x).kunci for x in items}
    candidates = [*daftar_awal(), *(as_regulasi(x) for x in daftar(pd, Lingkup.PEMDA))]
    if not items:
        candidates = urutkan(candidates)
    added: list[LandasanHukum] = []
    for reg in candidates:
        if reg.kunci in present:
            continue
        present.add(reg.kunci)
        added.append(
            LandasanHukum.objects.create(
                pemda_id=pd.pemda_id,
                perangkat_daerah=pd,
                urutan=len(items) + len(added) + 1,
                **_fields(reg),
            )
        )
    if added:
        audit(user, pd.pemda_id, "isi_daftar_awal_landasan_hukum", pd, None,
              {"ditambah": [judul(as_regulasi(x), pd.pemda.nama) for x in added]})  # fmt: skip
    return len(added)
