from django.urls import path

from renjana.web.dokumen import landasan, profil, views

_NASKAH = "opd/<slug:kode>/naskah/<slug:jenis>/<int:tahun>/"
_LANDASAN = "opd/<slug:kode>/landasan-hukum/"

urlpatterns = [
    path("opd/<slug:kode>/dokumen/", views.beranda, name="dokumen_beranda"),
    path("opd/<slug:kode>/naskah/rkt/", views.pilih_rkt, name="dokumen_pilih_rkt"),
    path(_NASKAH, views.naskah, name="dokumen_naskah"),
    path(f"{_NASKAH}bagian/<str:kunci>/", views.bagian_simpan, name="dokumen_bagian"),
    path(f"{_NASKAH}isi-ulang/", views.isi_ulang, name="dokumen_isi_ulang"),
    path(f"{_NASKAH}ttd/", views.ttd_simpan, name="dokumen_ttd"),
    path(f"{_LANDASAN}daftar-awal/", landasan.daftar_awal, name="dokumen_landasan_awal"),
    path(f"{_LANDASAN}<slug:lingkup>/", landasan.daftar_page, name="dokumen_landasan"),
    path(f"{_LANDASAN}<slug:lingkup>/urutkan/", landasan.urutkan, name="dokumen_landasan_urutkan"),
    path(f"{_LANDASAN}<slug:lingkup>/<int:pk>/", landasan.ubah, name="dokumen_landasan_ubah"),
    path(
        f"{_LANDASAN}<slug:lingkup>/<int:pk>/hapus/", landasan.hapus, name="dokumen_landasan_hapus"
    ),
    path(
        f"{_LANDASAN}<slug:lingkup>/<int:pk>/pindah/",
        landasan.pindah,
        name="dokumen_landasan_pindah",
    ),
    path("opd/<slug:kode>/profil/", profil.profil, name="dokumen_profil"),
    path("opd/<slug:kode>/sdm/", profil.sdm_pilih, name="dokumen_sdm_pilih"),
    path("opd/<slug:kode>/sdm/<int:tahun>/", profil.sdm, name="dokumen_sdm"),
    path("opd/<slug:kode>/logo/", profil.logo, name="dokumen_logo"),
    path("opd/<slug:kode>/logo/gambar/", profil.logo_gambar, name="dokumen_logo_gambar"),
    path("opd/<slug:kode>/logo/hapus/", profil.logo_hapus, name="dokumen_logo_hapus"),
]
