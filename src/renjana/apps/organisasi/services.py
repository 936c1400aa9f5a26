"""Writers of organisations and users: pemda, perangkat daerah, unit kerja, pengguna."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.organisasi.models import Pemda, Pengguna, Peran, PerangkatDaerah, UnitKerja


def _require_platform_admin(user: Any, system: bool) -> None:
    from django.core.exceptions import PermissionDenied

    if not system and not getattr(user, "is_superuser", False):
        raise PermissionDenied("Hanya administrator platform yang dapat menambah pemda.")


@transaction.atomic
def create_pemda(
    *,
    user: Any,
    kode_wilayah: str,
    nama: str,
    tingkat: str,
    ibukota: str = "",
    system: bool = False,
) -> Pemda:
    _require_platform_admin(user, system)
    pemda = Pemda.objects.create(
        kode_wilayah=kode_wilayah, nama=nama, tingkat=tingkat, ibukota=ibukota
    )
    record(
        pengguna=user,
        pemda_id=pemda.pk,
        aksi="tambah_pemda",
        objek_tipe="Pemda",
        objek_id=pemda.pk,
        sesudah={"kode_wilayah": kode_wilayah, "nama": nama, "tingkat": tingkat},
    )
    return pemda


@transaction.atomic
def create_perangkat_daerah(
    *,
    user: Any,
    pemda: Pemda,
    kode: str,
    nama: str,
    unit_kerja: Sequence[str] = (),
    system: bool = False,
    **fields: Any,
) -> PerangkatDaerah:
    """Add an office with its bidang; admins of the pemda or the platform may do this."""
    if not system and not (
        getattr(user, "is_superuser", False)
        or (user.peran == Peran.ADMIN and user.pemda_id == pemda.pk)
    ):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("Hanya admin Bappeda yang dapat menambah perangkat daerah.")
    pd = PerangkatDaerah.objects.create(pemda=pemda, kode=kode, nama=nama, **fields)
    for urutan, nama_unit in enumerate(unit_kerja):
        UnitKerja.objects.create(pemda=pemda, perangkat_daerah=pd, nama=nama_unit, urutan=urutan)
    record(
        pengguna=user,
        pemda_id=pemda.pk,
        aksi="tambah_perangkat_daerah",
        objek_tipe="PerangkatDaerah",
        objek_id=pd.pk,
        sesudah={"kode": kode, "nama": nama, **{k: str(v) for k, v in fields.items()}},
    )
    return pd


@transaction.atomic
def create_pengguna(
    *,
    user: Any,
    username: str,
    password: str,
    nama: str,
    peran: str,
    pemda: Pemda | None,
    perangkat_daerah: PerangkatDaerah | None = None,
    system: bool = False,
) -> Pengguna:
    """Add a user with a role and scope. Operators must be tied to one office."""
    if not system and not (
        getattr(user, "is_superuser", False)
        or (pemda is not None and user.peran == Peran.ADMIN and user.pemda_id == pemda.pk)
    ):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("Hanya admin Bappeda yang dapat menambah pengguna.")
    if peran == Peran.OPERATOR and perangkat_daerah is None:
        raise ValueError("Operator OPD wajib terikat pada satu perangkat daerah.")
    pengguna = Pengguna.objects.create_user(
        username=username,
        password=password,
        first_name=nama,
        peran=peran,
        pemda=pemda,
        perangkat_daerah=perangkat_daerah,
    )
    record(
        pengguna=user,
        pemda_id=pemda.pk if pemda else None,
        aksi="tambah_pengguna",
        objek_tipe="Pengguna",
        objek_id=pengguna.pk,
        sesudah={"username": username, "peran": peran},
    )
    return pengguna
