from django.urls import path

from renjana.web.evaluasi import views

_BASE = "opd/<slug:kode>/evaluasi/<int:tahun>/"

urlpatterns = [
    path("opd/<slug:kode>/evaluasi/", views.pilih_tahun, name="evaluasi_pilih"),
    path(_BASE, views.ringkasan, name="evaluasi_ringkasan"),
    path(f"{_BASE}tc29/", views.tc29, name="evaluasi_tc29"),
    path(f"{_BASE}anggaran/", views.anggaran, name="evaluasi_anggaran"),
    path(f"{_BASE}rfk/", views.rfk, name="evaluasi_rfk"),
    path(f"{_BASE}iku/", views.iku, name="evaluasi_iku"),
    path(f"{_BASE}tc30/", views.tc30, name="evaluasi_tc30"),
    path(f"{_BASE}peringatan/", views.peringatan, name="evaluasi_peringatan"),
    path("opd/<slug:kode>/iku/", views.iku_daftar, name="iku_daftar"),
    path("opd/<slug:kode>/iku/<int:pk>/", views.iku_ubah, name="iku_ubah"),
    path("opd/<slug:kode>/iku/<int:pk>/hapus/", views.iku_hapus, name="iku_hapus"),
    path("opd/<slug:kode>/iku/<int:pk>/<int:tahun>/", views.iku_tahun, name="iku_tahun"),
]
