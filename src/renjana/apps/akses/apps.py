from django.apps import AppConfig


class AksesConfig(AppConfig):
    name = "renjana.apps.akses"
    label = "akses"
    verbose_name = "Akses API"
