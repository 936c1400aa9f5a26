from django.apps import AppConfig


class DokumenConfig(AppConfig):
    name = "renjana.apps.dokumen"
    label = "dokumen"
    verbose_name = "Naskah dokumen (narasi, landasan hukum, profil dan SDM)"
