"""Django admin for the reference data: nomenclature versions, sumber dana, wilayah, SPM, scales."""

from django.contrib import admin

from renjana.apps.referensi.models import (
    JenisPpks,
    JenisPsks,
    Nomenklatur,
    NomenklaturVersi,
    Prioritas,
    Skala,
    SkalaBand,
    SpmJenisLayanan,
    SpmMutuItem,
    SumberDana,
    Wilayah,
)


@admin.register(NomenklaturVersi)
class NomenklaturVersiAdmin(admin.ModelAdmin[NomenklaturVersi]):
    list_display = ["kode", "nama", "berlaku_mulai"]


@admin.register(Nomenklatur)
class NomenklaturAdmin(admin.ModelAdmin[Nomenklatur]):
    list_display = ["kode", "nama", "level", "tingkat", "satuan", "versi"]
    list_filter = ["versi", "level", "tingkat"]
    search_fields = ["kode", "nama", "indikator"]


@admin.register(SumberDana)
class SumberDanaAdmin(admin.ModelAdmin[SumberDana]):
    list_display = ["kode", "nama"]
    search_fields = ["kode", "nama"]


@admin.register(Wilayah)
class WilayahAdmin(admin.ModelAdmin[Wilayah]):
    list_display = ["kode", "nama", "level", "induk"]
    list_filter = ["level"]
    search_fields = ["kode", "nama"]
    raw_id_fields = ["induk"]


@admin.register(JenisPpks)
class JenisPpksAdmin(admin.ModelAdmin[JenisPpks]):
    list_display = ["nomor", "nama", "satuan"]


@admin.register(JenisPsks)
class JenisPsksAdmin(admin.ModelAdmin[JenisPsks]):
    list_display = ["kode", "nama", "induk"]


class SpmMutuInline(admin.TabularInline[SpmMutuItem, SpmJenisLayanan]):
    model = SpmMutuItem
    extra = 0


@admin.register(SpmJenisLayanan)
class SpmJenisLayananAdmin(admin.ModelAdmin[SpmJenisLayanan]):
    list_display = ["tingkat", "nomor", "nama", "berlaku_mulai"]
    list_filter = ["tingkat", "berlaku_mulai"]
    inlines = [SpmMutuInline]


class SkalaBandInline(admin.TabularInline[SkalaBand, Skala]):
    model = SkalaBand
    extra = 0


@admin.register(Skala)
class SkalaAdmin(admin.ModelAdmin[Skala]):
    list_display = ["kode", "nama", "berlaku_mulai", "perlu_verifikasi"]
    inlines = [SkalaBandInline]


@admin.register(Prioritas)
class PrioritasAdmin(admin.ModelAdmin[Prioritas]):
    list_display = ["jenis", "kode", "nama", "pemda", "tahun_mulai", "tahun_akhir"]
    list_filter = ["jenis", "pemda"]
    search_fields = ["kode", "nama"]
