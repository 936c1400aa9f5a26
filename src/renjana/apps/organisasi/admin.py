"""Django admin for pemda, offices and users (platform and Bappeda administrators)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from renjana.apps.organisasi.models import Pemda, Pengguna, PerangkatDaerah, UnitKerja


@admin.register(Pemda)
class PemdaAdmin(admin.ModelAdmin[Pemda]):
    list_display = ["kode_wilayah", "nama", "tingkat"]
    search_fields = ["kode_wilayah", "nama"]


class UnitKerjaInline(admin.TabularInline[UnitKerja, PerangkatDaerah]):
    model = UnitKerja
    extra = 0
    exclude = ["pemda"]


@admin.register(PerangkatDaerah)
class PerangkatDaerahAdmin(admin.ModelAdmin[PerangkatDaerah]):
    list_display = ["kode", "nama", "pemda", "kode_unit"]
    list_filter = ["pemda"]
    search_fields = ["kode", "nama"]
    inlines = [UnitKerjaInline]

    def save_formset(self, request, form, formset, change):  # type: ignore[no-untyped-def]
        for obj in formset.save(commit=False):
            obj.pemda = form.instance.pemda
            obj.save()
        formset.save_m2m()


@admin.register(Pengguna)
class PenggunaAdmin(UserAdmin[Pengguna]):
    list_display = ["username", "first_name", "peran", "pemda", "perangkat_daerah", "is_active"]
    list_filter = ["peran", "pemda"]
    fieldsets = (
        *UserAdmin.fieldsets,  # type: ignore[misc]
        ("Lingkup Renjana", {"fields": ("pemda", "peran", "perangkat_daerah")}),
    )
