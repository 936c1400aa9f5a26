"""Reads of API tokens, access-checked: a user sees their own tokens; a platform
administrator sees everyone's. A token outside that answers 404 (no existence leak)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import Http404

from renjana.apps.akses.models import TokenApi


def visible_tokens(user: Any) -> QuerySet[TokenApi]:
    qs = TokenApi.objects.select_related("pengguna")
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return qs.none()
    return qs.all() if user.is_superuser else qs.filter(pengguna=user)


def tokens_of(user: Any, pengguna: Any) -> list[TokenApi]:
    return list(visible_tokens(user).filter(pengguna=pengguna))


def get_token(user: Any, pk: int) -> TokenApi:
    token = visible_tokens(user).filter(pk=pk).first()
    if token is None:
        raise Http404("Token tidak ditemukan.")
    return token


def pengguna_by_username(user: Any, username: str) -> Any:
    """The user ``username`` if ``user`` may manage their tokens (themselves, or anyone for a
    platform administrator); 404 otherwise."""
    if getattr(user, "is_authenticated", False) and user.username == username:
        return user
    found = get_user_model().objects.filter(username=username).first()
    if found is None or not (getattr(user, "is_superuser", False) and user.is_active):
        raise Http404("Pengguna tidak ditemukan.")
    return found


def pengguna_for_cli(username: str) -> Any:
    """Any user by username, for trusted command-line use on the server itself."""
    found = get_user_model().objects.filter(username=username).first()
    if found is None:
        raise Http404(f"Pengguna '{username}' tidak ada.")
    return found


def all_tokens() -> QuerySet[TokenApi]:
    """Every token, for trusted command-line use on the server itself."""
    return TokenApi.objects.select_related("pengguna").order_by("pengguna__username", "-id")
