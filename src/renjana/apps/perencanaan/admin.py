"""Read-only admin views of plans for platform administrators; plans are edited in the app."""

from django.contrib import admin

from renjana.apps.perencanaan.models import Renja, Renstra


@admin.register(Renja)
class RenjaAdmin(admin.ModelAdmin[Renja]):
    list_display = ["perangkat_daerah", "tahun", "tahap", "status", "versi"]
    list_filter = ["tahun", "tahap", "status"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Renstra)
class RenstraAdmin(admin.ModelAdmin[Renstra]):
    list_display = ["perangkat_daerah", "tahun_awal", "tahun_akhir"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
