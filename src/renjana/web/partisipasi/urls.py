from django.urls import path

from renjana.web.partisipasi import forum, impor, prioritas, review, statistik, usulan

OPD = "opd/<slug:kode>"
urlpatterns = [
    path(f"{OPD}/partisipasi/", statistik.awal, name="partisipasi_awal"),
    path(f"{OPD}/partisipasi/<int:tahun>/", statistik.ringkasan, name="partisipasi_ringkasan"),
    path(f"{OPD}/usulan/<int:tahun>/", usulan.daftar, name="partisipasi_usulan"),
    path(f"{OPD}/usulan/<int:tahun>/baru/", usulan.baru, name="partisipasi_usulan_baru"),
    path(
        f"{OPD}/usulan/<int:tahun>/statistik/",
        statistik.statistik,
        name="partisipasi_statistik",
    ),
    path(
        f"{OPD}/usulan/<int:tahun>/ekspor/<slug:jenis>/",
        statistik.ekspor,
        name="partisipasi_ekspor",
    ),
    path(f"{OPD}/impor/<slug:jenis>/<int:tahun>/", impor.impor, name="partisipasi_impor"),
    path(f"{OPD}/templat/<slug:jenis>/<int:tahun>/", impor.templat, name="partisipasi_templat"),
    path("usulan/<int:pk>/", usulan.detail, name="partisipasi_usulan_detail"),
    path("usulan/<int:pk>/ubah/", usulan.ubah, name="partisipasi_usulan_ubah"),
    path("usulan/<int:pk>/telaah/", usulan.telaah, name="partisipasi_usulan_telaah"),
    path("usulan/<int:pk>/putuskan/", usulan.putuskan, name="partisipasi_usulan_putuskan"),
    path("usulan/<int:pk>/hapus/", usulan.hapus, name="partisipasi_usulan_hapus"),
    path("usulan/<int:pk>/lampiran/", usulan.lampiran_tambah, name="partisipasi_lampiran"),
    path("lampiran/<int:pk>/", usulan.lampiran_unduh, name="partisipasi_lampiran_unduh"),
    path("lampiran/<int:pk>/hapus/", usulan.lampiran_hapus, name="partisipasi_lampiran_hapus"),
    path(
        "partisipasi/<int:tahun>/statistik/",
        statistik.statistik,
        name="partisipasi_statistik_pemda",
    ),
    path(
        "partisipasi/<int:tahun>/ekspor/<slug:jenis>/",
        statistik.ekspor,
        name="partisipasi_ekspor_pemda",
    ),
    path(
        "partisipasi/<int:tahun>/pengaturan/",
        statistik.pengaturan,
        name="partisipasi_pengaturan",
    ),
    path(f"{OPD}/rkpd/<int:tahun>/", review.tabel, name="partisipasi_review"),
    path(f"{OPD}/rkpd/<int:tahun>/baris/", review.baris_simpan, name="partisipasi_rkpd_baris"),
    path(
        f"{OPD}/rkpd/<int:tahun>/baris/<int:bid>/hapus/",
        review.baris_hapus,
        name="partisipasi_rkpd_hapus",
    ),
    path(
        f"{OPD}/rkpd/<int:tahun>/keterangan/",
        review.keterangan,
        name="partisipasi_keterangan",
    ),
    path(f"{OPD}/prioritas/<int:tahun>/", prioritas.tabel, name="partisipasi_prioritas"),
    path(
        f"{OPD}/prioritas/<int:tahun>/baris/<int:bid>/",
        prioritas.tag,
        name="partisipasi_prioritas_tag",
    ),
    path(
        f"{OPD}/prioritas/<int:tahun>/disepakati/",
        prioritas.disepakati,
        name="partisipasi_prioritas_disepakati",
    ),
    path("prioritas/katalog/", prioritas.katalog, name="partisipasi_katalog"),
    path("prioritas/katalog/<int:pk>/", prioritas.katalog_ubah, name="partisipasi_katalog_ubah"),
    path(f"{OPD}/forum-pd/<int:tahun>/", forum.daftar, name="partisipasi_forum"),
    path(
        f"{OPD}/forum-pd/<int:tahun>/<int:pk>/hapus/",
        forum.hapus,
        name="partisipasi_forum_hapus",
    ),
]
