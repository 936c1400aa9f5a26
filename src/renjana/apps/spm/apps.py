from django.apps import AppConfig


class SpmConfig(AppConfig):
    name = "renjana.apps.spm"
    label = "spm"
    verbose_name = "SPM Bidang Sosial dan Populasi PPKS/PSKS"
