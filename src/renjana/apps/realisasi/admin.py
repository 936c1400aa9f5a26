"""Read-only admin views of realisation for platform administrators.

Realisation, deadlines, exceptions and verification are changed only in the app, through
the services, so that every change is checked and audited.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from renjana.apps.realisasi.models import (
    BuktiRealisasi,
    CatatanRealisasi,
    JadwalRealisasi,
    PaguAnggaran,
    PengecualianJadwal,
    RealisasiAnggaran,
    RealisasiKinerja,
    StatusRealisasi,
)


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(JadwalRealisasi)
class JadwalRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["pemda", "tahun", "triwulan", "batas_waktu", "ditetapkan_oleh"]
    list_filter = ["tahun", "triwulan"]


@admin.register(PengecualianJadwal)
class PengecualianJadwalAdmin(ReadOnlyAdmin):
    list_display = [
        "perangkat_daerah", "tahun", "triwulan", "berlaku_sampai", "diberikan_oleh",
        "diberikan_pada",
    ]  # fmt: skip
    list_filter = ["tahun", "triwulan"]
    search_fields = ["alasan", "perangkat_daerah__nama"]


@admin.register(StatusRealisasi)
class StatusRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["renja", "triwulan", "status", "diubah_oleh", "diubah_pada"]
    list_filter = ["status", "triwulan"]


@admin.register(CatatanRealisasi)
class CatatanRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["renja", "triwulan", "baris", "teks", "oleh", "dibuat_pada", "selesai"]
    list_filter = ["triwulan", "selesai"]


@admin.register(BuktiRealisasi)
class BuktiRealisasiAdmin(ReadOnlyAdmin):
    list_display = ["nama_asli", "jenis", "ukuran", "tahun", "diunggah_oleh", "diunggah_pada"]
    list_filter = ["jenis", "tahun"]


@admin.register(RealisasiKinerja)
class RealisasiKinerjaAdmin(ReadOnlyAdmin):
    list_display = ["indikator", "periode", "nilai", "teks", "satuan", "dicatat_pada"]
    list_filter = ["periode"]


@admin.register(RealisasiAnggaran)
class RealisasiAnggaranAdmin(ReadOnlyAdmin):
    list_display = ["baris", "periode", "keuangan", "fisik_persen", "dicatat_pada"]
    list_filter = ["periode"]


@admin.register(PaguAnggaran)
class PaguAnggaranAdmin(ReadOnlyAdmin):
    list_display = ["baris", "jenis", "jumlah"]
    list_filter = ["jenis"]
