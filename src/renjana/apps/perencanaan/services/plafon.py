"""Pagu ceilings of an office for a year (from the RKPD), set by the Bappeda admin."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import is_pemda_admin
from renjana.apps.perencanaan.models import PlafonPagu
from renjana.apps.perencanaan.services.editor import _audit, _reject
from renjana.apps.referensi import selectors as referensi


@transaction.atomic
def set_plafon(
    *,
    user: Pengguna,
    pd: PerangkatDaerah,
    tahun: int,
    total: Decimal | None,
    per_sumber_dana: Sequence[tuple[str, Decimal]] = (),
    dasar: str = "",
) -> list[PlafonPagu]:
    """Replace the ceilings of ``pd`` for ``tahun``: the total and any per-source ceilings."""
    if not is_pemda_admin(user, pd.pemda_id):
        raise PermissionDenied("Hanya admin Bappeda yang menetapkan plafon pagu indikatif.")
    chosen = []
    for kode, jumlah in per_sumber_dana:
        sd = referensi.sumber_dana_by_kode(kode)
        if sd is None:
            raise _reject("SUMBER_DANA_TIDAK_DIKENAL", f"Kode sumber dana {kode} tidak dikenal.")
        chosen.append((sd, jumlah))
    amounts = [a for a in [total, *(j for _, j in chosen)] if a is not None]
    if any(a < 0 for a in amounts):
        raise _reject("PLAFON_NEGATIF", "Plafon tidak boleh negatif.", field="plafon")
    if total is not None and sum((j for _, j in chosen), Decimal(0)) > total:
        raise _reject(
            "PLAFON_SUMBER_MELEBIHI_TOTAL",
            "Jumlah plafon per sumber dana melebihi plafon total; periksa kembali angkanya.",
            field="plafon",
        )
    existing = PlafonPagu.objects.filter(perangkat_daerah=pd, tahun=tahun)
    before = [(p.sumber_dana_id, str(p.jumlah)) for p in existing]
    existing.delete()
    created = []
    if total is not None:
        created.append(
            PlafonPagu.objects.create(
                pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, jumlah=total, dasar=dasar
            )
        )
    for sd, jumlah in chosen:
        created.append(
            PlafonPagu.objects.create(
                pemda=pd.pemda,
                perangkat_daerah=pd,
                tahun=tahun,
                sumber_dana=sd,
                jumlah=jumlah,
                dasar=dasar,
            )
        )
    after = [(p.sumber_dana_id, str(p.jumlah)) for p in created]
    _audit(user, pd, "ubah_plafon", {"tahun": tahun, "plafon": before}, {"plafon": after})
    return created
