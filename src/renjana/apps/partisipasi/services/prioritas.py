"""Priorities: the dated catalogs, the priorities agreed for an office, the tags on Renja rows,
and the pemda's minimum share of accommodated proposals.

Catalog entries live in ``referensi.Prioritas`` (national ones shared, provincial and regional
ones owned by a pemda), and tags in ``RenjaBaris.prioritas``. The referensi and perencanaan apps
offer no service to edit them, so these functions are their single writers; they follow the
apps' rules: a national entry is edited by a platform administrator only, a pemda's own entries
by its admin Bappeda, and a tag is a change of the Renja, refused when its stage is locked
(``perencanaan.services.editor.guard``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from renjana.apps.organisasi.models import Pemda, Peran, PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.partisipasi.models import PengaturanPartisipasi, PrioritasDisepakati
from renjana.apps.partisipasi.services import audit, reject, snapshot
from renjana.apps.perencanaan.services.editor import guard
from renjana.apps.referensi.models import JenisPrioritas, Prioritas

CATALOG_FIELDS = ["jenis", "kode", "nama", "tahun_mulai", "tahun_akhir", "dasar_hukum", "induk"]
PRIORITAS_TIDAK_ADA = "PRIORITAS_TIDAK_ADA"


def is_pemda_admin(user: Any, pemda_id: int | None) -> bool:
    """A platform administrator, or the admin Bappeda of the pemda."""
    if getattr(user, "is_superuser", False):
        return True
    return (
        getattr(user, "is_authenticated", False)
        and user.peran == Peran.ADMIN
        and pemda_id is not None
        and user.pemda_id == pemda_id
    )


def require_catalog_admin(user: Any, jenis: str, pemda: Pemda | None) -> None:
    """National entries: platform administrators; a pemda's entries: its admin Bappeda."""
    if jenis == JenisPrioritas.NASIONAL:
        if not getattr(user, "is_superuser", False):
            raise PermissionDenied(
                "Katalog prioritas nasional hanya dapat diubah administrator platform."
            )
        return
    if not is_pemda_admin(user, pemda.pk if pemda else None):
        raise PermissionDenied("Hanya admin Bappeda pemda ini yang dapat mengubah katalog ini.")


def visible_catalog(pemda: Pemda) -> Any:
    """National entries and the pemda's own entries."""
    from django.db.models import Q

    return Prioritas.objects.filter(Q(pemda__isnull=True) | Q(pemda=pemda))


def _check_entry(jenis: str, nama: str, tahun_mulai: int | None, tahun_akhir: int | None) -> None:
    if jenis not in JenisPrioritas.values:
        raise reject("PRIORITAS_JENIS_TIDAK_DIKENAL", "Pilih jenis prioritas.", field="jenis")
    if not nama.strip():
        raise reject("PRIORITAS_NAMA_KOSONG", "Tuliskan nama prioritas.", field="nama")
    if tahun_mulai and tahun_akhir and tahun_akhir < tahun_mulai:
        raise reject(
            "PRIORITAS_PERIODE_TERBALIK",
            "Tahun akhir berlaku tidak boleh sebelum tahun mulai.",
            field="tahun_akhir",
        )


def _induk(pemda: Pemda | None, jenis: str, induk_id: int | None) -> Prioritas | None:
    if not induk_id:
        return None
    qs = visible_catalog(pemda) if pemda else Prioritas.objects.filter(pemda__isnull=True)
    induk = qs.filter(pk=induk_id, jenis=jenis).first()
    if induk is None:
        raise reject(
            PRIORITAS_TIDAK_ADA,
            "Induk prioritas harus prioritas berjenis sama di katalog yang sama (PP di bawah PN).",
            field="induk",
        )
    return induk


@transaction.atomic
def create_prioritas(
    *,
    user: Any,
    pemda: Pemda | None,
    jenis: str,
    nama: str,
    kode: str = "",
    tahun_mulai: int | None = None,
    tahun_akhir: int | None = None,
    dasar_hukum: str = "",
    induk_id: int | None = None,
) -> Prioritas:
    """A catalog entry; national entries carry no pemda, the others belong to ``pemda``."""
    owner = None if jenis == JenisPrioritas.NASIONAL else pemda
    require_catalog_admin(user, jenis, owner)
    _check_entry(jenis, nama, tahun_mulai, tahun_akhir)
    entry = Prioritas.objects.create(
        jenis=jenis, pemda=owner, kode=kode.strip(), nama=nama.strip(), tahun_mulai=tahun_mulai,
        tahun_akhir=tahun_akhir, dasar_hukum=dasar_hukum.strip(),
        induk=_induk(owner, jenis, induk_id),
    )  # fmt: skip
    _audit_catalog(user, entry, "tambah_prioritas", None, snapshot(entry, CATALOG_FIELDS))
    return entry


@transaction.atomic
def update_prioritas(*, user: Any, prioritas: Prioritas, **changes: Any) -> Prioritas:
    require_catalog_admin(user, prioritas.jenis, prioritas.pemda)
    allowed = {"kode", "nama", "tahun_mulai", "tahun_akhir", "dasar_hukum", "induk_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise reject("ISIAN_TIDAK_DIKENAL", f"Isian tidak dikenal: {', '.join(sorted(unknown))}.")
    merged = {**snapshot(prioritas, ["nama", "tahun_mulai", "tahun_akhir"]), **changes}
    _check_entry(prioritas.jenis, merged["nama"], merged["tahun_mulai"], merged["tahun_akhir"])
    if "induk_id" in changes:
        induk = _induk(prioritas.pemda, prioritas.jenis, changes.pop("induk_id"))
        if induk is not None and induk.pk == prioritas.pk:
            raise reject(PRIORITAS_TIDAK_ADA, "Prioritas tidak dapat menjadi induk dirinya.")
        prioritas.induk = induk
    before = snapshot(prioritas, CATALOG_FIELDS)
    for name, value in changes.items():
        setattr(prioritas, name, value.strip() if isinstance(value, str) else value)
    prioritas.save()
    _audit_catalog(user, prioritas, "ubah_prioritas", before, snapshot(prioritas, CATALOG_FIELDS))
    return prioritas


@transaction.atomic
def delete_prioritas(*, user: Any, prioritas: Prioritas) -> None:
    """Remove a catalog entry; its tags on Renja rows and agreements go with it."""
    require_catalog_admin(user, prioritas.jenis, prioritas.pemda)
    _audit_catalog(user, prioritas, "hapus_prioritas", snapshot(prioritas, CATALOG_FIELDS), None)
    prioritas.delete()


def _audit_catalog(user: Any, entry: Prioritas, aksi: str, before: Any, after: Any) -> None:
    from renjana.apps.audit.services import record

    record(
        pengguna=user, pemda_id=entry.pemda_id, aksi=aksi, objek_tipe="Prioritas",
        objek_id=entry.pk, sebelum=before, sesudah=after,
    )  # fmt: skip


def _chosen(pemda: Pemda, ids: Sequence[int]) -> list[Prioritas]:
    chosen = list(visible_catalog(pemda).filter(pk__in=list(ids)))
    if len(chosen) != len(set(ids)):
        raise reject(
            PRIORITAS_TIDAK_ADA,
            "Prioritas yang dipilih tidak ada di katalog nasional atau katalog pemda ini.",
            field="prioritas",
        )
    return chosen


@transaction.atomic
def set_tags(*, user: Any, baris: Any, prioritas_ids: Sequence[int]) -> None:
    """Tag a Renja row with priorities (replacing its tags); refused on a locked stage."""
    guard(user, baris.renja)
    chosen = _chosen(baris.renja.pemda, prioritas_ids)
    before = sorted(str(p) for p in baris.prioritas.all())
    baris.prioritas.set(chosen)
    after = sorted(str(p) for p in chosen)
    audit(user, baris, "ubah_prioritas_baris", {"prioritas": before}, {"prioritas": after})


@transaction.atomic
def set_disepakati(
    *, user: Any, pd: PerangkatDaerah, tahun: int, prioritas_ids: Sequence[int]
) -> None:
    """The priorities agreed for the office's plan of ``tahun`` (replacing the previous set)."""
    require_edit_plan(user, pd)
    chosen = _chosen(pd.pemda, prioritas_ids)
    current = PrioritasDisepakati.objects.filter(perangkat_daerah=pd, tahun=tahun)
    before = sorted(str(p.prioritas) for p in current.select_related("prioritas"))
    current.delete()
    for prioritas in chosen:
        PrioritasDisepakati.objects.create(
            pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, prioritas=prioritas
        )
    after = sorted(str(p) for p in chosen)
    audit(
        user, pd, "ubah_prioritas_disepakati", {"tahun": tahun, "prioritas": before},
        {"tahun": tahun, "prioritas": after},
    )  # fmt: skip


@transaction.atomic
def set_persen_minimum(
    *, user: Any, pemda: Pemda, persen: Decimal | None, dasar_hukum: str = ""
) -> PengaturanPartisipasi:
    """The minimum share of proposals to accommodate (0–100, or None for no minimum)."""
    if not is_pemda_admin(user, pemda.pk):
        raise PermissionDenied("Hanya admin Bappeda yang dapat menetapkan persentase minimum.")
    if persen is not None and not Decimal(0) <= persen <= Decimal(100):
        raise reject(
            "PERSEN_MINIMUM_TIDAK_SAH",
            "Persentase minimum harus antara 0 dan 100.",
            field="persen_minimum",
        )
    setting, _ = PengaturanPartisipasi.objects.get_or_create(pemda=pemda)
    before = snapshot(setting, ["persen_minimum", "dasar_hukum"])
    setting.persen_minimum = persen
    setting.dasar_hukum = dasar_hukum.strip()
    setting.save()
    audit(
        user,
        setting,
        "ubah_persen_minimum",
        before,
        snapshot(setting, ["persen_minimum", "dasar_hukum"]),
    )
    return setting
