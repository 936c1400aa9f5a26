from django.apps import AppConfig


class RealisasiConfig(AppConfig):
    name = "renjana.apps.realisasi"
    label = "realisasi"
    verbose_name = "Realisasi"
