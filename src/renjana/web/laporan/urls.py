from django.urls import path

from renjana.web.laporan import views

urlpatterns = [
    path("opd/<slug:kode>/unduh/", views.pilihan, name="laporan_pilihan"),
    path(
        "opd/<slug:kode>/unduh/<str:jenis>/<int:tahun>.<str:ekstensi>",
        views.unduh,
        name="laporan_unduh",
    ),
]
