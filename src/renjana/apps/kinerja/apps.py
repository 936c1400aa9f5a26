from django.apps import AppConfig


class KinerjaConfig(AppConfig):
    name = "renjana.apps.kinerja"
    label = "kinerja"
    verbose_name = "Kinerja (IKU dan Perjanjian Kinerja)"
