"""Writing the counts of one SPM jenis layanan (harus dilayani, terlayani, mutu items).

"Harus dilayani" taken from the population is checked when written and recomputed on every
read, never stored; terlayani ≤ harus dilayani is the core's own rule (``core.spm``), run on
exactly the counts that will be stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.spm.models import CapaianSpm, CapaianSpmMutu, SumberHarus
from renjana.apps.spm.selectors.populasi import harus_dari_populasi
from renjana.apps.spm.selectors.referensi import JenisLayananRef, jenis_layanan
from renjana.apps.spm.services.jumlah import (
    check_tahun,
    check_whole,
    error,
    named,
    require_edit,
    store,
)
from renjana.core.problems import Location, Problem
from renjana.core.spm import (
    SPM_TERLAYANI_MELEBIHI_HARUS,
    HitunganJenisLayanan,
    HitunganMutu,
    compute_jenis_layanan,
)


@dataclass(frozen=True, slots=True)
class IsianMutu:
    """The two counts of mutu item ``nomor``; both None clears the item."""

    nomor: int
    harus_dilayani: Decimal | None = None
    terlayani: Decimal | None = None


def _refusals(
    jenis: JenisLayananRef,
    harus: Decimal | None,
    terlayani: Decimal | None,
    mutu: dict[int, IsianMutu],
) -> list[Problem]:
    """Every count alone (whole, not negative, not absurd), then terlayani ≤ harus dilayani
    by the core's SPM rule on the complete pairs."""
    items = {m.nomor: m for m in jenis.mutu}
    problems: list[Problem] = []
    where = Location(table="SPM", indikator=jenis.nama)
    for kolom, value in (("harus dilayani", harus), ("terlayani", terlayani)):
        if value is not None:
            problems += check_whole(value, f"{jenis.nama}, jumlah {kolom}", "Orang", where)
    pairs: list[HitunganMutu] = []
    for nomor, isi in mutu.items():
        item = items[nomor]
        at = Location(table="SPM", indikator=jenis.nama, kode=item.nama)
        for kolom, value in (("harus dilayani", isi.harus_dilayani), ("terlayani", isi.terlayani)):
            if value is not None:
                subject = f"{jenis.nama}, butir mutu '{item.nama}', jumlah {kolom}"
                problems += check_whole(value, subject, item.satuan, at)
        if isi.harus_dilayani is not None and isi.terlayani is not None:
            pairs.append(HitunganMutu(item.nama, item.satuan, isi.harus_dilayani, isi.terlayani))
    if problems:
        return problems
    complete = harus is not None and terlayani is not None
    hitungan = HitunganJenisLayanan(
        jenis.nomor,
        jenis.nama,
        harus if complete and harus is not None else Decimal(0),
        terlayani if complete and terlayani is not None else Decimal(0),
        tuple(pairs),
    )
    for problem in compute_jenis_layanan(hitungan).problems:
        if problem.code != SPM_TERLAYANI_MELEBIHI_HARUS:
            continue
        subject = (
            f"{jenis.nama}, butir mutu '{problem.location.kode}'"
            if problem.location.kode
            else jenis.nama
        )
        problems.append(named(problem, subject))
    return problems


def set_capaian_spm(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    nomor: int,
    terlayani: Decimal | None,
    harus_dilayani: Decimal | None = None,
    dari_populasi: bool = False,
    mutu: Sequence[IsianMutu] = (),
    system: bool = False,
) -> CapaianSpm:
    """Store the counts of SPM jenis layanan ``nomor`` for ``tahun``, all or nothing.

    ``dari_populasi`` takes "harus dilayani" from the PPKS population of the year (the
    mapping of ``apps.spm.pemetaan``): it is checked now and recomputed on every read, never
    stored. ``mutu`` is the complete set of item counts: items absent or with both counts
    empty are cleared.
    """
    require_edit(user, pd, system)
    problems = check_tahun(tahun)
    refs = jenis_layanan(pd.pemda.tingkat, tahun) if not problems else ()
    jenis = next((j for j in refs if j.nomor == nomor), None)
    if jenis is None:
        problems.append(
            error("JENIS_LAYANAN_TIDAK_ADA", f"Jenis layanan SPM nomor {nomor} tidak berlaku "
                   f"untuk {pd.pemda.get_tingkat_display()} tahun {tahun}.")
        )  # fmt: skip
        raise Rejected(problems)
    items = {m.nomor: m for m in jenis.mutu}
    by_nomor: dict[int, IsianMutu] = {}
    for isi in mutu:
        if isi.nomor not in items:
            problems.append(
                error("BUTIR_MUTU_TIDAK_ADA", f"{jenis.nama}: butir mutu nomor {isi.nomor} "
                       "tidak ada pada jenis layanan ini.", indikator=jenis.nama)
            )  # fmt: skip
        elif isi.nomor in by_nomor:
            problems.append(
                error("BUTIR_MUTU_GANDA", f"{jenis.nama}: butir mutu '{items[isi.nomor].nama}' "
                       "diisi dua kali.", indikator=jenis.nama)
            )  # fmt: skip
        else:
            by_nomor[isi.nomor] = isi
    harus = harus_dilayani
    if dari_populasi:
        populasi = harus_dari_populasi(pd, tahun, jenis.nomor)
        if populasi is None:
            problems.append(
                error("POPULASI_TANPA_PEMETAAN", f"{jenis.nama}: tidak ada pemetaan ke jenis "
                       "PPKS; isi jumlah yang harus dilayani secara langsung.",
                       indikator=jenis.nama)
            )  # fmt: skip
        elif populasi.jumlah is None:
            problems.append(
                error("POPULASI_TIDAK_TERSEDIA", f"{jenis.nama}: jumlah yang harus dilayani "
                       f"diambil dari populasi PPKS tahun {tahun}, tetapi populasinya belum "
                       "lengkap (N/A). Lengkapi data populasi atau isi jumlahnya secara "
                       "langsung.", indikator=jenis.nama)
            )  # fmt: skip
            problems += [named(p, jenis.nama) for p in populasi.problems]
        harus = populasi.jumlah if populasi is not None else None
    if not problems:
        problems = _refusals(jenis, harus, terlayani, by_nomor)
    if problems:
        raise Rejected(problems)
    with transaction.atomic():
        row = CapaianSpm.objects.filter(perangkat_daerah=pd, tahun=tahun, jenis_id=jenis.id).first()
        before = _snapshot(row) if row else None
        values = {
            "sumber_harus": SumberHarus.POPULASI if dari_populasi else SumberHarus.MANUAL,
            "harus_dilayani": None if dari_populasi else store(harus_dilayani),
            "terlayani": store(terlayani),
        }
        if row is None:
            row = CapaianSpm.objects.create(
                pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, jenis_id=jenis.id, **values
            )
        else:
            for name, value in values.items():
                setattr(row, name, value)
            row.save()
        row.mutu.exclude(item_id__in=[items[n].id for n in by_nomor]).delete()
        for n, isi in by_nomor.items():
            if isi.harus_dilayani is None and isi.terlayani is None:
                row.mutu.filter(item_id=items[n].id).delete()
                continue
            CapaianSpmMutu.objects.update_or_create(
                capaian=row, item_id=items[n].id,
                defaults={"pemda": pd.pemda, "harus_dilayani": store(isi.harus_dilayani),
                          "terlayani": store(isi.terlayani)},
            )  # fmt: skip
        record(
            pengguna=user, pemda_id=pd.pemda_id, aksi="ubah_capaian_spm",
            objek_tipe="CapaianSpm", objek_id=row.pk, sebelum=before, sesudah=_snapshot(row),
        )  # fmt: skip
    return row


def _snapshot(row: CapaianSpm) -> dict[str, Any]:
    return {
        "tahun": row.tahun,
        "jenis": row.jenis_id,
        "sumber_harus": row.sumber_harus,
        "harus_dilayani": row.harus_dilayani,
        "terlayani": row.terlayani,
        "mutu": {
            str(m.item_id): [m.harus_dilayani, m.terlayani]
            for m in row.mutu.order_by("item__nomor")
        },
    }
