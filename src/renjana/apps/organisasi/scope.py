"""Who may see and do what: the single place role and office-scope rules are decided.

Services and selectors call these functions; views never decide permissions themselves.
A superuser is a platform administrator and sees every pemda.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from renjana.apps.organisasi.models import Pengguna, Peran, PerangkatDaerah


def visible_perangkat_daerah(user: Pengguna) -> QuerySet[PerangkatDaerah]:
    """The offices a user may read: all of their pemda, or only their own office."""
    qs = PerangkatDaerah.objects.select_related("pemda")
    if not user.is_authenticated or not user.is_active:
        return qs.none()
    if user.is_superuser:
        return qs.all()
    if user.pemda_id is None:
        return qs.none()
    qs = qs.filter(pemda_id=user.pemda_id)
    if user.peran in (Peran.OPERATOR, Peran.PIMPINAN) and user.perangkat_daerah_id is not None:
        qs = qs.filter(pk=user.perangkat_daerah_id)
    elif user.peran == Peran.OPERATOR:
        return qs.none()
    return qs


def can_read(user: Pengguna, pd: PerangkatDaerah) -> bool:
    return visible_perangkat_daerah(user).filter(pk=pd.pk).exists()


def can_edit_plan(user: Pengguna, pd: PerangkatDaerah) -> bool:
    """Operators edit their own office's plan; admins of the pemda may too."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if user.pemda_id != pd.pemda_id:
        return False
    if user.peran == Peran.ADMIN:
        return True
    return user.peran == Peran.OPERATOR and user.perangkat_daerah_id == pd.pk


def require_read(user: Pengguna, pd: PerangkatDaerah) -> None:
    if not can_read(user, pd):
        raise PermissionDenied("Anda tidak berwenang melihat data perangkat daerah ini.")


def require_edit_plan(user: Pengguna, pd: PerangkatDaerah) -> None:
    if not can_edit_plan(user, pd):
        raise PermissionDenied("Anda tidak berwenang mengubah rencana perangkat daerah ini.")


def is_pemda_admin(user: Pengguna, pemda_id: int | None) -> bool:
    """The Bappeda admin of ``pemda_id`` (or a platform administrator): sets ceilings,
    deadlines and exceptions, unlocks approved stages."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or (user.peran == Peran.ADMIN and user.pemda_id == pemda_id)


def can_verify(user: Pengguna, pemda_id: int | None) -> bool:
    """Bappeda verifiers and admins review (return, approve, accept) the pemda's offices."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.pemda_id == pemda_id and user.peran in (Peran.VERIFIKATOR, Peran.ADMIN)
