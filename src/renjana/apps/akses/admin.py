"""API tokens in the Django admin: listed and revoked, never created or edited here, because
a token's plain text must be shown once to its owner (API ``POST /token`` or
``renjana token buat``) and only its hash is kept."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest

from renjana.apps.akses.models import TokenApi
from renjana.apps.akses.services import revoke_token


@admin.register(TokenApi)
class TokenApiAdmin(admin.ModelAdmin[TokenApi]):
    list_display = ["awalan", "nama", "pengguna", "dibuat_pada", "terakhir_dipakai", "dicabut_pada"]
    list_filter = ["dicabut_pada"]
    search_fields = ["nama", "awalan", "pengguna__username"]
    exclude = ["hash"]
    readonly_fields = [f.name for f in TokenApi._meta.fields if f.name != "hash"]
    actions = ["cabut"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: TokenApi | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: TokenApi | None = None) -> bool:
        return False  # revoke instead: the audit trail keeps what the token did

    @admin.action(description="Cabut token terpilih")
    def cabut(self, request: HttpRequest, queryset: QuerySet[TokenApi]) -> None:
        try:
            for token in queryset.select_related("pengguna"):
                revoke_token(user=request.user, token=token)
        except PermissionDenied as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, "Token terpilih sudah dicabut.", messages.SUCCESS)
