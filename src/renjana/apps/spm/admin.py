"""Read-only admin views of population and SPM counts; they are entered in the app, through
the services, so that every change is checked and audited."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from renjana.apps.spm.models import CapaianSpm, CapaianSpmMutu, PopulasiPpks, PopulasiPsks


class ReadOnly(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(PopulasiPpks)
class PopulasiPpksAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "jenis", "kecamatan", "jumlah", "satuan"]
    list_filter = ["tahun", "pemda"]
    list_select_related = ["perangkat_daerah", "jenis", "kecamatan"]


@admin.register(PopulasiPsks)
class PopulasiPsksAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "jenis", "kecamatan", "jumlah"]
    list_filter = ["tahun", "pemda"]
    list_select_related = ["perangkat_daerah", "jenis", "kecamatan"]


class CapaianSpmMutuInline(admin.TabularInline[CapaianSpmMutu, CapaianSpm]):
    model = CapaianSpmMutu
    fields = ["item", "harus_dilayani", "terlayani"]
    readonly_fields = ["item", "harus_dilayani", "terlayani"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(CapaianSpm)
class CapaianSpmAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "jenis", "sumber_harus", "harus_dilayani",
                    "terlayani"]  # fmt: skip
    list_filter = ["tahun", "pemda", "sumber_harus"]
    list_select_related = ["perangkat_daerah", "jenis"]
    inlines = [CapaianSpmMutuInline]
