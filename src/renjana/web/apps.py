from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "renjana.web"
    label = "web"
    verbose_name = "Halaman"
