from django.urls import path

from renjana.web.impor import views

urlpatterns = [
    path("opd/<slug:kode>/impor/", views.awal, name="impor_awal"),
    path("opd/<slug:kode>/impor/unggah/<slug:jenis>/", views.unggah, name="impor_unggah"),
    path("opd/<slug:kode>/impor/<str:token>/", views.pratinjau, name="impor_pratinjau"),
    path("opd/<slug:kode>/impor/<str:token>/analisis/", views.analisis, name="impor_analisis"),
    path("opd/<slug:kode>/impor/<str:token>/kemajuan/", views.kemajuan, name="impor_kemajuan"),
    path("opd/<slug:kode>/impor/<str:token>/simpan/", views.simpan, name="impor_simpan"),
    path("opd/<slug:kode>/impor/<str:token>/batal/", views.batal, name="impor_batal"),
    path("impor/templat/<slug:jenis>.<slug:format>", views.templat, name="impor_templat"),
]
