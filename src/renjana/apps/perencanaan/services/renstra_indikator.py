"""Writers of Renstra indicators: of a tujuan, a sasaran or a program/kegiatan/sub kegiatan
row, with a baseline (kondisi awal) and a target per year of the period.

A value is a number or a qualitative text (``Cepat Berkembang``); it must fit its column
exactly, since a target silently rounded by the database would differ from the document.
Permission, validation, atomicity and audit follow ``services.renstra``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max

from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import (
    Polaritas,
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraSasaran,
    RenstraTahunan,
    RenstraTujuan,
)
from renjana.apps.perencanaan.services.renstra import (
    audit,
    decimal_places,
    problem,
    require_editor,
    too_large,
    years_of,
)
from renjana.core.idformat import format_number
from renjana.core.numbers import VALUE_DECIMAL_PLACES, VALUE_MAX_DIGITS
from renjana.core.problems import Problem
from renjana.core.renja import RenstraTahunInput, TargetValue

_TEXT_MAX = 200  # RenstraTahunan.target_teks / RenstraIndikator.baseline_teks
_SATUAN_MAX = 60

Induk = RenstraTujuan | RenstraSasaran | RenstraBaris


@dataclasses.dataclass(frozen=True, slots=True)
class IndikatorData:
    """An indicator as entered: wording, unit, polarity, baseline, and targets by year.

    ``target`` holds one ``RenstraTahunInput`` per year that has a target; a year left out
    (or with a missing value) has none. Realisasi is not entered here.
    """

    uraian: str
    satuan: str = ""
    polaritas: str = Polaritas.NAIK
    baseline: TargetValue = dataclasses.field(default_factory=TargetValue)
    target: tuple[RenstraTahunInput, ...] = ()


def renstra_of(induk: Induk) -> Renstra:
    if isinstance(induk, RenstraSasaran):
        return induk.tujuan.renstra
    return induk.renstra


def add_indikator(*, user: Any, induk: Induk, data: IndikatorData) -> RenstraIndikator:
    """Add an indicator to a tujuan, a sasaran or a program/kegiatan/sub kegiatan row."""
    renstra = renstra_of(induk)
    require_editor(user, renstra)
    _check_indikator(renstra, data)
    parent_field = {
        RenstraTujuan: "tujuan",
        RenstraSasaran: "sasaran",
        RenstraBaris: "baris",
    }[type(induk)]
    last = RenstraIndikator.objects.filter(**{parent_field: induk}).aggregate(last=Max("urutan"))
    with transaction.atomic():
        indikator = RenstraIndikator.objects.create(
            pemda=renstra.pemda,
            renstra=renstra,
            urutan=(last["last"] or 0) + 1,
            **{parent_field: induk},
            **_indikator_fields(data),
        )
        for tahun in data.target:
            if not tahun.target.is_missing:
                RenstraTahunan.objects.create(
                    pemda=renstra.pemda, indikator=indikator, tahun=tahun.tahun, **_target(tahun)
                )
        audit(user, renstra, "tambah_indikator_renstra", indikator, sesudah=_snapshot(data))
    return indikator


def update_indikator(
    *, user: Any, indikator: RenstraIndikator, data: IndikatorData
) -> RenstraIndikator:
    """Replace an indicator's wording, baseline and targets; a year left empty loses its
    target but keeps any realisasi already recorded for it."""
    renstra = indikator.renstra
    require_editor(user, renstra)
    _check_indikator(renstra, data)
    existing = {t.tahun: t for t in RenstraTahunan.objects.filter(indikator=indikator)}
    sebelum = _stored_snapshot(indikator, existing.values())
    targets = {t.tahun: t for t in data.target if not t.target.is_missing}
    with transaction.atomic():
        for name, value in _indikator_fields(data).items():
            setattr(indikator, name, value)
        indikator.save()
        for tahun in years_of(renstra):
            row = existing.get(tahun)
            if tahun in targets:
                fields = _target(targets[tahun])
                if row is None:
                    RenstraTahunan.objects.create(
                        pemda=renstra.pemda, indikator=indikator, tahun=tahun, **fields
                    )
                else:
                    RenstraTahunan.objects.filter(pk=row.pk).update(**fields)
            elif row is not None and (row.realisasi_nilai is not None or row.realisasi_teks):
                RenstraTahunan.objects.filter(pk=row.pk).update(target_nilai=None, target_teks="")
            elif row is not None:
                row.delete()
        audit(
            user,
            renstra,
            "ubah_indikator_renstra",
            indikator,
            sebelum=sebelum,
            sesudah=_snapshot(data),
        )
    return indikator


def delete_indikator(*, user: Any, indikator: RenstraIndikator) -> None:
    renstra = indikator.renstra
    require_editor(user, renstra)
    sebelum = _stored_snapshot(indikator, indikator.tahunan.all())
    with transaction.atomic():
        audit(user, renstra, "hapus_indikator_renstra", indikator, sebelum=sebelum)
        indikator.delete()


def _check_indikator(renstra: Renstra, data: IndikatorData) -> None:
    problems: list[Problem] = []
    if not data.uraian.strip():
        problems.append(problem("URAIAN_KOSONG", "Uraian indikator wajib diisi.", "uraian"))
    if len(data.satuan.strip()) > _SATUAN_MAX:
        problems.append(
            problem(
                "SATUAN_TERLALU_PANJANG", f"Satuan paling banyak {_SATUAN_MAX} huruf.", "satuan"
            )
        )
    if data.polaritas not in Polaritas.values:
        problems.append(
            problem(
                "POLARITAS_TIDAK_DIKENAL",
                f"Polaritas '{data.polaritas}' tidak dikenal; pilih "
                "'Makin tinggi makin baik' atau 'Makin rendah makin baik'.",
                "polaritas",
            )
        )
    problems.extend(check_value(data.baseline, "baseline", "Kondisi awal"))
    seen: set[int] = set()
    for tahun in data.target:
        field = f"target_{tahun.tahun}"
        if tahun.tahun not in years_of(renstra):
            problems.append(
                problem(
                    "TAHUN_DI_LUAR_PERIODE",
                    f"Target tahun {tahun.tahun} di luar periode Renstra "
                    f"{renstra.tahun_awal}–{renstra.tahun_akhir}; isi target hanya untuk "
                    "tahun dalam periode.",
                    field,
                )
            )
        elif tahun.tahun in seen:
            problems.append(
                problem("TAHUN_GANDA", f"Target tahun {tahun.tahun} diisi dua kali.", field)
            )
        seen.add(tahun.tahun)
        problems.extend(check_value(tahun.target, field, f"Target {tahun.tahun}"))
    if problems:
        raise Rejected(problems)


def check_value(value: TargetValue, field: str, label: str) -> list[Problem]:
    """A target or baseline must fit its column exactly: no silent rounding, no cut text."""
    problems: list[Problem] = []
    if value.nilai is not None:
        if too_large(value.nilai, VALUE_MAX_DIGITS - VALUE_DECIMAL_PLACES):
            problems.append(problem("ANGKA_TERLALU_BESAR", f"{label} terlalu besar.", field))
        elif decimal_places(value.nilai) > VALUE_DECIMAL_PLACES:
            problems.append(
                problem(
                    "ANGKA_TERLALU_PRESISI",
                    f"{label} {format_number(value.nilai)} memiliki lebih dari "
                    f"{VALUE_DECIMAL_PLACES} angka di belakang koma; tulis paling banyak "
                    f"{VALUE_DECIMAL_PLACES} angka desimal.",
                    field,
                )
            )
    if len(value.teks) > _TEXT_MAX:
        problems.append(
            problem(
                "TEKS_TERLALU_PANJANG",
                f"{label} berupa teks paling banyak {_TEXT_MAX} huruf.",
                field,
            )
        )
    return problems


def _indikator_fields(data: IndikatorData) -> dict[str, Any]:
    return {
        "uraian": data.uraian.strip(),
        "satuan": data.satuan.strip(),
        "polaritas": data.polaritas,
        "baseline_nilai": data.baseline.nilai,
        "baseline_teks": data.baseline.teks.strip() if data.baseline.nilai is None else "",
    }


def _target(tahun: RenstraTahunInput) -> dict[str, Any]:
    target = tahun.target
    return {
        "target_nilai": target.nilai,
        "target_teks": target.teks.strip() if target.nilai is None else "",
    }


def _value_text(nilai: Decimal | None, teks: str) -> str:
    return str(nilai) if nilai is not None else teks


def _snapshot(data: IndikatorData) -> dict[str, Any]:
    """JSON-safe audit view of an indicator as entered (Decimals as exact strings)."""
    return {
        "uraian": data.uraian.strip(),
        "satuan": data.satuan.strip(),
        "polaritas": data.polaritas,
        "baseline": _value_text(data.baseline.nilai, data.baseline.teks),
        "target": {
            str(t.tahun): _value_text(t.target.nilai, t.target.teks)
            for t in data.target
            if not t.target.is_missing
        },
    }


def _stored_snapshot(
    indikator: RenstraIndikator, tahunan: Iterable[RenstraTahunan]
) -> dict[str, Any]:
    return {
        "uraian": indikator.uraian,
        "satuan": indikator.satuan,
        "polaritas": indikator.polaritas,
        "baseline": _value_text(indikator.baseline_nilai, indikator.baseline_teks),
        "target": {
            str(t.tahun): _value_text(t.target_nilai, t.target_teks)
            for t in tahunan
            if t.target_nilai is not None or t.target_teks
        },
    }
