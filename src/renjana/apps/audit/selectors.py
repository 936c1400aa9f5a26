"""Reads of the audit log: the history of given objects, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q

from renjana.apps.audit.models import AuditEntry


def history(objects: Sequence[tuple[str, int]], limit: int = 50) -> list[AuditEntry]:
    """Audit entries of the given (type, id) objects, newest first."""
    if not objects:
        return []
    condition = Q()
    for tipe, pk in objects:
        condition |= Q(objek_tipe=tipe, objek_id=str(pk))
    return list(AuditEntry.objects.filter(condition).select_related("pengguna")[:limit])
