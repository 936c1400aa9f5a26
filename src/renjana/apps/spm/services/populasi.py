"""Writing PPKS/PSKS population counts of a year, for the area or one kecamatan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.referensi.models import JenisPpks, JenisPsks, LevelWilayah, Wilayah
from renjana.apps.spm.models import PopulasiPpks, PopulasiPsks
from renjana.apps.spm.selectors.referensi import PPKS, PSKS
from renjana.apps.spm.services.jumlah import check_tahun, check_whole, error, require_edit, store
from renjana.core.problems import Location, Problem


@dataclass(frozen=True, slots=True)
class IsianPopulasi:
    """One population cell: ``kelompok`` ``ppks`` (``jenis`` = Permensos number, ``"9"``) or
    ``psks`` (``jenis`` = PSKS code, ``"4.2"``). ``jumlah`` a count; None with
    ``tidak_tersedia`` is N/A; None without it clears the cell (not entered)."""

    kelompok: str
    jenis: str
    jumlah: Decimal | None = None
    tidak_tersedia: bool = False


def _kecamatan(pd: PerangkatDaerah, kode: str | None) -> tuple[Wilayah | None, list[Problem]]:
    if not kode:
        return None, []
    wilayah = Wilayah.objects.filter(
        kode=kode, level=LevelWilayah.KECAMATAN, kode__startswith=pd.pemda.kode_wilayah + "."
    ).first()
    if wilayah is None:
        message = f"Kecamatan {kode} bukan kecamatan di wilayah {pd.pemda.nama}."
        return None, [error("KECAMATAN_TIDAK_DIKENAL", message, kode=kode)]
    return wilayah, []


def set_populasi(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    isian: Sequence[IsianPopulasi],
    kecamatan: str | None = None,
    system: bool = False,
) -> int:
    """Store the PPKS/PSKS counts of ``tahun`` for the area (or one kecamatan), all or
    nothing; kinds not in ``isian`` are left as they are. Returns the number of cells changed.
    """
    require_edit(user, pd, system)
    problems = check_tahun(tahun)
    wilayah, found = _kecamatan(pd, kecamatan)
    problems += found
    ppks = {str(j.nomor): j for j in JenisPpks.objects.all()}
    psks = {j.kode: j for j in JenisPsks.objects.all()}
    seen: set[tuple[str, str]] = set()
    place = f" ({wilayah.nama})" if wilayah else ""
    for item in isian:
        jenis: JenisPpks | JenisPsks | None
        jenis = (ppks if item.kelompok == PPKS else psks).get(item.jenis)
        if item.kelompok not in (PPKS, PSKS) or jenis is None:
            problems.append(
                error("JENIS_TIDAK_DIKENAL", f"Jenis {item.kelompok.upper()} '{item.jenis}' "
                       "tidak dikenal.", kode=item.jenis)
            )  # fmt: skip
            continue
        if (item.kelompok, item.jenis) in seen:
            problems.append(
                error("JENIS_GANDA", f"{jenis.nama} diisi dua kali.", indikator=jenis.nama)
            )
        seen.add((item.kelompok, item.jenis))
        if item.jumlah is not None:
            satuan = jenis.satuan if isinstance(jenis, JenisPpks) else ""
            where = Location(indikator=jenis.nama, field=str(tahun), kode=kecamatan or "")
            subject = f"Populasi {jenis.nama} tahun {tahun}{place}"
            problems += check_whole(item.jumlah, subject, satuan, where)
    if problems:
        raise Rejected(problems)
    with transaction.atomic():
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        changed = 0
        for item in isian:
            if item.kelompok == PPKS:
                model: type[PopulasiPpks] | type[PopulasiPsks] = PopulasiPpks
                ref: JenisPpks | JenisPsks = ppks[item.jenis]
            else:
                model, ref = PopulasiPsks, psks[item.jenis]
            qs = model.objects.filter(
                perangkat_daerah=pd, tahun=tahun, jenis_id=ref.pk, kecamatan=wilayah
            )
            old = qs.first()
            old_value = _shown(old.jumlah) if old else None
            if item.jumlah is None and not item.tidak_tersedia:
                new_value = None
                if old is not None:
                    old.delete()
            else:
                new_value = _shown(store(item.jumlah))
                defaults: dict[str, Any] = {"pemda": pd.pemda, "jumlah": store(item.jumlah)}
                if isinstance(ref, JenisPpks):
                    defaults["satuan"] = ref.satuan
                if old is None:
                    model.objects.create(
                        perangkat_daerah=pd, tahun=tahun, jenis_id=ref.pk, kecamatan=wilayah,
                        **defaults,
                    )  # fmt: skip
                else:
                    qs.update(**defaults)
            if old_value != new_value:
                key = f"{item.kelompok.upper()} {ref.nama}"
                before[key], after[key] = old_value, new_value
                changed += 1
        if changed:
            record(
                pengguna=user, pemda_id=pd.pemda_id, aksi="ubah_populasi",
                objek_tipe="PerangkatDaerah", objek_id=pd.pk,
                sebelum={"tahun": tahun, "kecamatan": kecamatan, "isian": before},
                sesudah={"tahun": tahun, "kecamatan": kecamatan, "isian": after},
            )  # fmt: skip
    return changed


def _shown(value: int | None) -> str:
    return "N/A" if value is None else str(value)
