"""Writers of reference data: mirroring the packaged files, importing new lists, priorities.

Packaged data is mirrored by inserting what is missing, keyed by each dataset's natural key;
an administrator's edits in the admin are never overwritten (ADR 0003).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.referensi.models import (
    JenisPpks,
    JenisPrioritas,
    JenisPsks,
    LevelWilayah,
    Nomenklatur,
    NomenklaturVersi,
    Prioritas,
    Skala,
    SkalaBand,
    SpmJenisLayanan,
    SpmMutuItem,
    SumberDana,
    TingkatNomenklatur,
    Wilayah,
)
from renjana.core import referensi as ref
from renjana.core.problems import Problem, Severity
from renjana.reference import loaders


def _dasar(items: Iterable[ref.DasarHukum]) -> str:
    return "; ".join(str(item) for item in items)


def _sort_key(kode: str) -> str:
    """A string that sorts codes in nomenclature order (``1.06.10`` after ``1.06.09``)."""
    return ".".join(part.zfill(4) for part in kode.split("."))


@transaction.atomic
def sync_packaged_reference() -> dict[str, int]:
    """Insert the packaged reference data that the database does not hold yet."""
    created = {
        "nomenklatur": _sync_nomenklatur(loaders.load_nomenklatur()),
        "sumber_dana": _sync_sumber_dana(loaders.load_sumber_dana()),
        "wilayah": _sync_wilayah(loaders.load_wilayah()),
        "ppks": _sync_ppks(loaders.load_ppks()),
        "psks": _sync_psks(loaders.load_psks()),
        "spm": _sync_spm(loaders.load_spm()),
        "skala": _sync_skala(loaders.load_skala()),
    }
    return created


def _sync_nomenklatur(data: ref.Nomenklatur, kode: str | None = None) -> int:
    versi, _ = NomenklaturVersi.objects.get_or_create(
        kode=kode or slugify(data.versi or data.nama)[:60],
        defaults={
            "nama": data.nama,
            "dasar_hukum": _dasar(data.dasar_hukum),
            "berlaku_mulai": data.berlaku_mulai,
        },
    )
    existing = set(Nomenklatur.objects.filter(versi=versi).values_list("kode", "tingkat"))
    new = []
    for item in data:
        tingkat = item.tingkat.value if item.tingkat else TingkatNomenklatur.SEMUA
        if (str(item.kode), tingkat) in existing:
            continue
        new.append(
            Nomenklatur(
                versi=versi,
                kode=str(item.kode),
                level=item.level.value,
                tingkat=tingkat,
                nama=item.nama,
                indikator=item.indikator,
                satuan=item.satuan,
                sumber=item.sumber,
                urutan=_sort_key(str(item.kode)),
            )
        )
    Nomenklatur.objects.bulk_create(new)
    return len(new)


def _sync_sumber_dana(data: ref.DaftarSumberDana) -> int:
    existing = set(SumberDana.objects.values_list("kode", flat=True))
    new = [
        SumberDana(kode=sd.kode, nama=sd.nama, dasar_hukum=_dasar(data.dasar_hukum))
        for sd in data
        if sd.kode not in existing
    ]
    SumberDana.objects.bulk_create(new)
    return len(new)


def _sync_wilayah(data: ref.DaftarWilayah) -> int:
    by_kode = dict(Wilayah.objects.values_list("kode", "id"))
    count = 0
    for item in sorted(data, key=lambda w: (len(w.kode), w.kode)):
        if item.kode in by_kode:
            continue
        obj = Wilayah.objects.create(
            kode=item.kode,
            nama=item.nama,
            level=LevelWilayah(item.level.value),
            induk_id=by_kode.get(item.parent or ""),
        )
        by_kode[item.kode] = obj.pk
        count += 1
    return count


def _sync_ppks(data: ref.DaftarJenis[ref.JenisPpks]) -> int:
    existing = set(JenisPpks.objects.values_list("nomor", flat=True))
    new = [
        JenisPpks(
            nomor=j.nomor,
            nama=j.nama,
            satuan=j.satuan,
            alias=list(j.alias),
            dasar_hukum=_dasar(data.dasar_hukum),
        )
        for j in data
        if j.nomor not in existing
    ]
    JenisPpks.objects.bulk_create(new)
    return len(new)


def _sync_psks(data: ref.DaftarJenis[ref.JenisPsks]) -> int:
    count = 0
    for j in data:
        induk, made = JenisPsks.objects.get_or_create(
            kode=str(j.nomor), defaults={"nama": j.nama, "dasar_hukum": _dasar(data.dasar_hukum)}
        )
        count += made
        for i, sub in enumerate(j.sub_jenis, start=1):
            _, made = JenisPsks.objects.get_or_create(
                kode=f"{j.nomor}.{i}", defaults={"nama": sub, "induk": induk}
            )
            count += made
    return count


def _sync_spm(data: ref.SpmSosial) -> int:
    count = 0
    for jenis in data:
        obj, made = SpmJenisLayanan.objects.get_or_create(
            tingkat=jenis.tingkat.value,
            berlaku_mulai=data.berlaku_mulai,
            nomor=jenis.nomor,
            defaults={
                "nama": jenis.nama,
                "indikator": jenis.indikator,
                "dasar_hukum": _dasar(data.dasar_hukum),
            },
        )
        count += made
        for item in jenis.mutu_items:
            _, made = SpmMutuItem.objects.get_or_create(
                jenis=obj, nomor=item.nomor, defaults={"nama": item.nama, "satuan": item.satuan}
            )
            count += made
    return count


def _sync_skala(data: ref.DaftarSkala) -> int:
    count = 0
    for scale in data:
        obj, made = Skala.objects.get_or_create(
            kode=scale.kode,
            berlaku_mulai=scale.berlaku_mulai,
            defaults={
                "nama": scale.nama,
                "dasar_hukum": _dasar(scale.dasar_hukum),
                "perlu_verifikasi": scale.verifikasi_perlu,
            },
        )
        if made:
            count += 1
            SkalaBand.objects.bulk_create(
                SkalaBand(
                    skala=obj,
                    label=band.label,
                    batas_bawah=band.min,
                    bawah_inklusif=band.min_inclusive,
                    batas_atas=band.max,
                    atas_inklusif=band.max_inclusive,
                    urutan=urutan,
                )
                for urutan, band in enumerate(scale.bands)
            )
    return count


def import_nomenklatur_file(
    *,
    user: Any,
    path: str,
    kode: str,
    nama: str,
    dasar_hukum: str,
    berlaku_mulai: int,
    system: bool = False,
) -> int:
    """Load a nomenclature list (CSV/XLSX) as a new dated version, all or nothing."""
    _require_platform_admin(user, system)
    if NomenklaturVersi.objects.filter(kode=kode).exists():
        raise Rejected([_problem("VERSI_SUDAH_ADA", f"Versi nomenklatur '{kode}' sudah ada.")])
    items, problems = loaders.read_nomenklatur_rows(path)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors or not items:
        raise Rejected(errors or [_problem("BERKAS_KOSONG", "Berkas tidak berisi baris.")])
    data = ref.Nomenklatur(
        nama=nama,
        dasar_hukum=(ref.DasarHukum(peraturan=dasar_hukum),),
        berlaku_mulai=berlaku_mulai,
        items=tuple(items),
        versi=kode,
    )
    with transaction.atomic():
        count = _sync_nomenklatur(data, kode=kode)
        record(
            pengguna=user,
            pemda_id=None,
            aksi="impor_nomenklatur",
            objek_tipe="NomenklaturVersi",
            objek_id=NomenklaturVersi.objects.get(kode=kode).pk,
            sesudah={"berkas": str(path), "jumlah": count, "berlaku_mulai": berlaku_mulai},
        )
    return count


def import_wilayah_file(*, user: Any, path: str, system: bool = False) -> int:
    """Load Kemendagri wilayah codes (CSV: kode, nama, level, kode_induk), all or nothing."""
    _require_platform_admin(user, system)
    data, problems = loaders.read_wilayah_rows(path)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors:
        raise Rejected(errors)
    with transaction.atomic():
        count = _sync_wilayah(data)
        record(
            pengguna=user,
            pemda_id=None,
            aksi="impor_wilayah",
            objek_tipe="Wilayah",
            objek_id="-",
            sesudah={"berkas": str(path), "jumlah": count},
        )
    return count


@transaction.atomic
def ensure_prioritas(
    pemda: Any, *, nasional: Sequence[str], daerah: Sequence[str]
) -> list[Prioritas]:
    """Catalog entries for priority names as printed; national ones are shared by all pemda."""
    tags = []
    for jenis, names, owner in (
        (JenisPrioritas.NASIONAL, nasional, None),
        (JenisPrioritas.DAERAH, daerah, pemda),
    ):
        for name in names:
            obj, _ = Prioritas.objects.get_or_create(jenis=jenis, pemda=owner, nama=name.strip())
            tags.append(obj)
    return tags


def _require_platform_admin(user: Any, system: bool) -> None:
    from django.core.exceptions import PermissionDenied

    if not system and not getattr(user, "is_superuser", False):
        raise PermissionDenied("Hanya administrator platform yang dapat mengubah data referensi.")


def _problem(code: str, message: str) -> Problem:
    return Problem(code, Severity.ERROR, message)
