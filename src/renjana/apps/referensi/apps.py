from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_reference(sender: AppConfig, **kwargs: Any) -> None:
    """After every migrate, insert the packaged reference data the database lacks (ADR 0003)."""
    from renjana.apps.referensi.services import sync_packaged_reference

    sync_packaged_reference()


class ReferensiConfig(AppConfig):
    name = "renjana.apps.referensi"
    label = "referensi"
    verbose_name = "Data Referensi"

    def ready(self) -> None:
        post_migrate.connect(_sync_reference, sender=self, dispatch_uid="renjana_reference_sync")
