from django.apps import AppConfig


class SampleConfig(AppConfig):
    name = "renjana.sample"
    label = "sample"
    verbose_name = "Data Contoh"
