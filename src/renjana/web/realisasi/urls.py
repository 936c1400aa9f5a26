from django.urls import path

from renjana.web.realisasi import jadwal, views

urlpatterns = [
    path("opd/<slug:kode>/realisasi/<int:tahun>/", views.ringkasan, name="realisasi_ringkasan"),
    path(
        "opd/<slug:kode>/realisasi/<int:tahun>/tw<int:triwulan>/",
        views.triwulan_page,
        name="realisasi_triwulan",
    ),
    path(
        "opd/<slug:kode>/realisasi/<int:tahun>/jadwal/",
        jadwal.jadwal_page,
        name="realisasi_jadwal",
    ),
    path(
        "realisasi/<int:pk>/tw<int:triwulan>/total/",
        views.ringkasan_triwulan,
        name="realisasi_total",
    ),
    path(
        "realisasi/<int:pk>/tw<int:triwulan>/kinerja/<int:iid>/",
        views.kinerja_simpan,
        name="realisasi_kinerja",
    ),
    path(
        "realisasi/<int:pk>/tw<int:triwulan>/anggaran/<int:bid>/",
        views.anggaran_simpan,
        name="realisasi_anggaran",
    ),
    path("realisasi/<int:pk>/tw<int:triwulan>/bukti/", views.bukti_unggah, name="realisasi_unggah"),
    path("realisasi/<int:pk>/tw<int:triwulan>/aksi/", views.aksi, name="realisasi_aksi"),
    path("realisasi/<int:pk>/tw<int:triwulan>/catatan/", views.catatan, name="realisasi_catatan"),
    path("realisasi/bukti/<int:bukti_id>/", views.bukti_unduh, name="realisasi_bukti"),
    path("realisasi/bukti/<int:bukti_id>/hapus/", views.bukti_hapus, name="realisasi_bukti_hapus"),
]
