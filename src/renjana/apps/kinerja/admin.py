"""Read-only admin views of SAKIP data for platform administrators; it is edited in the app,
through the services, so that every change is checked and audited."""

from django.contrib import admin

from renjana.apps.kinerja.models import Iku, PerjanjianKinerja, RealisasiIku


class _ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Iku)
class IkuAdmin(_ReadOnly):
    list_display = ["uraian", "perangkat_daerah", "satuan", "polaritas", "agregasi"]
    list_filter = ["perangkat_daerah__pemda", "polaritas", "agregasi"]
    search_fields = ["uraian", "sasaran_teks"]


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(_ReadOnly):
    list_display = ["iku", "tahun", "target_nilai", "target_teks"]
    list_filter = ["tahun"]


@admin.register(RealisasiIku)
class RealisasiIkuAdmin(_ReadOnly):
    list_display = ["iku", "tahun", "periode", "nilai", "teks", "dicatat_pada"]
    list_filter = ["tahun", "periode"]
