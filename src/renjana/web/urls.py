from django.contrib.auth import views as auth_views
from django.urls import include, path

from renjana.web import views

urlpatterns = [
    path(
        "masuk/",
        auth_views.LoginView.as_view(
            template_name="web/masuk.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.beranda, name="beranda"),
    path("opd/<slug:kode>/", views.opd_detail, name="opd_detail"),
    path("", include("renjana.web.renja.urls")),
    path("", include("renjana.web.realisasi.urls")),
    path("", include("renjana.web.renstra.urls")),
    path("", include("renjana.web.evaluasi.urls")),
    path("", include("renjana.web.spm.urls")),
    path("", include("renjana.web.partisipasi.urls")),
    path("", include("renjana.web.impor.urls")),
    path("", include("renjana.web.dokumen.urls")),
    path("", include("renjana.web.laporan.urls")),
    path("", include("renjana.web.audit.urls")),
]
