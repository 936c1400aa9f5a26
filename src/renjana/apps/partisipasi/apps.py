from django.apps import AppConfig


class PartisipasiConfig(AppConfig):
    name = "renjana.apps.partisipasi"
    label = "partisipasi"
    verbose_name = "Partisipasi dan keselarasan (RKPD, usulan, prioritas)"
