from django.urls import path

from renjana.web.audit import views

urlpatterns = [
    path("audit/", views.unggah, name="audit_unggah"),
    path("audit/<str:token>/", views.laporan, name="audit_laporan"),
    path("audit/<str:token>/unduh.<slug:fmt>", views.unduh, name="audit_unduh"),
    path("audit/<str:token>/jadikan-renja/", views.jadikan_renja, name="audit_jadikan_renja"),
]
