"""Read-only admin views: document content is entered in the app, through the services, so
that every change is checked and audited."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from renjana.apps.dokumen.models import (
    LandasanHukum,
    NarasiBagian,
    Naskah,
    PegawaiGolongan,
    PegawaiPendidikan,
    ProfilOpd,
)


class ReadOnly(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Naskah)
class NaskahAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "jenis", "tahun", "ttd_tempat", "ttd_tanggal"]
    list_filter = ["jenis", "tahun", "pemda"]


@admin.register(NarasiBagian)
class NarasiBagianAdmin(ReadOnly):
    list_display = ["naskah", "bagian", "diubah_manual", "diubah_pada"]
    list_select_related = ["naskah__perangkat_daerah"]


@admin.register(LandasanHukum)
class LandasanHukumAdmin(ReadOnly):
    list_display = ["pemda", "perangkat_daerah", "urutan", "jenis", "nomor", "tahun", "tentang"]
    list_filter = ["jenis", "pemda"]


@admin.register(ProfilOpd)
class ProfilOpdAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "diubah_pada"]


@admin.register(PegawaiPendidikan)
class PegawaiPendidikanAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "status", "jenjang", "laki_laki", "perempuan"]
    list_filter = ["tahun", "status"]


@admin.register(PegawaiGolongan)
class PegawaiGolonganAdmin(ReadOnly):
    list_display = ["perangkat_daerah", "tahun", "golongan", "laki_laki", "perempuan"]
    list_filter = ["tahun"]
