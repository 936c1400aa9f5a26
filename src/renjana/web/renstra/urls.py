"""URLs of the Renstra pages, under the office: ``/opd/<kode>/renstra/<tahun awal>/…``."""

from django.urls import path

from renjana.web.renstra import views

_R = "opd/<slug:kode>/renstra/<int:tahun>/"

urlpatterns = [
    path("opd/<slug:kode>/renstra/", views.renstra_list, name="renstra_list"),
    path("opd/<slug:kode>/renstra/baru/", views.renstra_create, name="renstra_create"),
    path(_R, views.renstra_detail, name="renstra_detail"),
    path(f"{_R}tujuan/tambah/", views.tujuan_add, name="renstra_tujuan_add"),
    path(f"{_R}tujuan/<int:pk>/ubah/", views.tujuan_edit, name="renstra_tujuan_edit"),
    path(f"{_R}tujuan/<int:pk>/hapus/", views.tujuan_delete, name="renstra_tujuan_delete"),
    path(f"{_R}tujuan/<int:pk>/sasaran/tambah/", views.sasaran_add, name="renstra_sasaran_add"),
    path(f"{_R}sasaran/<int:pk>/ubah/", views.sasaran_edit, name="renstra_sasaran_edit"),
    path(f"{_R}sasaran/<int:pk>/hapus/", views.sasaran_delete, name="renstra_sasaran_delete"),
    path(
        f"{_R}<slug:jenis>/<int:pk>/indikator/tambah/",
        views.indikator_add,
        name="renstra_indikator_add",
    ),
    path(f"{_R}indikator/<int:pk>/ubah/", views.indikator_edit, name="renstra_indikator_edit"),
    path(f"{_R}indikator/<int:pk>/hapus/", views.indikator_delete, name="renstra_indikator_delete"),
    path(f"{_R}baris/tambah/", views.baris_add, name="renstra_baris_add"),
    path(f"{_R}baris/<int:pk>/sasaran/", views.baris_sasaran, name="renstra_baris_sasaran"),
    path(f"{_R}baris/<int:pk>/pagu/", views.baris_pagu, name="renstra_baris_pagu"),
    path(f"{_R}baris/<int:pk>/hapus/", views.baris_delete, name="renstra_baris_delete"),
]
