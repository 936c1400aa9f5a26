from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "renjana.apps.audit"
    label = "audit"
    verbose_name = "Jejak Audit"
