from django.urls import path

from renjana.web.renja import views

urlpatterns = [
    path("opd/<slug:kode>/renja/baru/", views.renja_baru, name="renja_baru"),
    path("opd/<slug:kode>/renja/<int:tahun>/", views.editor_page, name="renja_editor"),
    path("opd/<slug:kode>/plafon/<int:tahun>/", views.plafon, name="renja_plafon"),
    path("renja/<int:pk>/pohon/", views.pohon, name="renja_pohon_partial"),
    path("renja/<int:pk>/cari/", views.nomenklatur_cari, name="renja_cari"),
    path("renja/<int:pk>/baris/tambah/", views.baris_tambah, name="renja_baris_tambah"),
    path("renja/<int:pk>/baris/<int:bid>/", views.baris_panel, name="renja_baris"),
    path("renja/<int:pk>/baris/<int:bid>/ubah/", views.baris_ubah, name="renja_baris_ubah"),
    path("renja/<int:pk>/baris/<int:bid>/hapus/", views.baris_hapus, name="renja_baris_hapus"),
    path(
        "renja/<int:pk>/baris/<int:bid>/indikator/", views.indikator_simpan, name="renja_indikator"
    ),
    path(
        "renja/<int:pk>/baris/<int:bid>/indikator/<int:iid>/hapus/",
        views.indikator_hapus,
        name="renja_indikator_hapus",
    ),
    path("renja/<int:pk>/baris/<int:bid>/lokasi/", views.lokasi_simpan, name="renja_lokasi"),
    path(
        "renja/<int:pk>/baris/<int:bid>/sumber-dana/",
        views.sumber_dana_simpan,
        name="renja_sumber_dana",
    ),
    path("renja/<int:pk>/pemeriksaan/", views.pemeriksaan_panel, name="renja_pemeriksaan"),
    path("renja/<int:pk>/aksi/", views.aksi, name="renja_aksi"),
    path("renja/<int:pk>/tabel/<slug:jenis>/", views.tabel, name="renja_tabel"),
    path("renja/<int:pk>/banding/", views.banding, name="renja_banding"),
]
