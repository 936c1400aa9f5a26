from django.apps import AppConfig


class PerencanaanConfig(AppConfig):
    name = "renjana.apps.perencanaan"
    label = "perencanaan"
    verbose_name = "Perencanaan (Renstra dan Renja)"
