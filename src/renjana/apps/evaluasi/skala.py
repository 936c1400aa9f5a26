"""The predicate scales the evaluations use: ``kinerja_renja`` rates capaian (Permendagri
86/2017), ``sakip`` the SAKIP score. Read through ``referensi.selectors.scale_in_force``."""

from __future__ import annotations

from renjana.apps.referensi.selectors import scale_in_force as scale_for

KINERJA_RENJA = "kinerja_renja"
SAKIP = "sakip"

__all__ = ["KINERJA_RENJA", "SAKIP", "scale_for"]
