"""URL map: the admin, login/logout and the pages of ``renjana.web``."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Renjana — Administrasi"
admin.site.site_title = "Renjana"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("renjana.api.urls")),
    path("", include("renjana.web.urls")),
]
