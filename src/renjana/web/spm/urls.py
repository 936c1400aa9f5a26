from django.urls import path

from renjana.web.spm import views

urlpatterns = [
    path("opd/<slug:kode>/spm/", views.beranda, name="spm_beranda"),
    path("opd/<slug:kode>/spm/pilih/", views.pilih, name="spm_pilih"),
    path("opd/<slug:kode>/spm/<int:tahun>/", views.capaian, name="spm_capaian"),
    path("opd/<slug:kode>/spm/<int:tahun>/jenis/<int:nomor>/", views.isian, name="spm_isian"),
    path("opd/<slug:kode>/populasi/<int:tahun>/", views.populasi, name="spm_populasi"),
]
