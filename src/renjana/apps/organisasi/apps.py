from django.apps import AppConfig


class OrganisasiConfig(AppConfig):
    name = "renjana.apps.organisasi"
    label = "organisasi"
    verbose_name = "Organisasi dan Pengguna"
