"""Read-only admin views of participation data for platform administrators; the data is
changed in the pages, through the services (one write path, audited). Priority catalogs are
edited in the admin of ``referensi.Prioritas`` and on the catalog page."""

from typing import Any

from django.contrib import admin

from renjana.apps.partisipasi.models import (
    KesepakatanForum,
    PengaturanPartisipasi,
    RkpdBaris,
    Usulan,
)


class ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Usulan)
class UsulanAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "nomor", "sumber", "uraian", "keputusan"]
    list_filter = ["tahun", "sumber", "keputusan", "status"]
    search_fields = ["uraian", "pengusul", "anggota_dprd"]


@admin.register(RkpdBaris)
class RkpdBarisAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "kode", "nama", "pagu"]
    list_filter = ["tahun"]


@admin.register(KesepakatanForum)
class KesepakatanForumAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "nomor", "indikator"]


@admin.register(PengaturanPartisipasi)
class PengaturanPartisipasiAdmin(ReadOnly):
    list_display = ["pemda", "persen_minimum"]
