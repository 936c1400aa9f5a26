"""Checks every SPM and population writer shares: who may write, the year, and whether a
count is a whole, non-negative, plausible number; messages start with what is counted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import can_edit_plan
from renjana.core.idformat import format_number, has_fraction
from renjana.core.populasi import check_count
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import counts_persons

TAHUN_MIN = 2000
TAHUN_MAKS = 2100
#: Far above any population; keeps a typing slip from overflowing the column.
JUMLAH_MAKS = Decimal(10) ** 12


def require_edit(user: Any, pd: PerangkatDaerah, system: bool) -> None:
    """Operators of the office and admins of its pemda write (``system``: the sample loader)."""
    if system:
        return
    if not can_edit_plan(user, pd):
        raise PermissionDenied(
            "Anda tidak berwenang mengubah data SPM dan populasi perangkat daerah ini; "
            "hanya operator perangkat daerah ini dan admin Bappeda yang dapat mengisinya."
        )


def error(code: str, message: str, **where: Any) -> Problem:
    return Problem(code, Severity.ERROR, message, Location(**where))


def check_tahun(tahun: int) -> list[Problem]:
    if TAHUN_MIN <= tahun <= TAHUN_MAKS:
        return []
    return [error("TAHUN_TIDAK_SAH", f"Tahun {tahun} tidak sah; isi tahun antara 2000 dan 2100.")]


def check_whole(value: Decimal, subject: str, satuan: str, where: Location) -> list[Problem]:
    """A count must be whole and not negative; the message starts with what is counted."""
    if counts_persons(satuan) or not satuan:
        found = list(check_count(value, where))
    elif value < 0 or has_fraction(value):
        found = [
            Problem(
                "JUMLAH_BUKAN_BILANGAN_BULAT",
                Severity.ERROR,
                f"Jumlah {format_number(value)} {satuan} tidak sah; jumlah {satuan} harus "
                "bilangan bulat dan tidak negatif.",
                where,
                found=str(value),
            )
        ]
    else:
        found = []
    if not found and value > JUMLAH_MAKS:
        found = [
            Problem(
                "JUMLAH_TERLALU_BESAR",
                Severity.ERROR,
                f"Jumlah {format_number(value)} terlalu besar; periksa angkanya.",
                where,
                found=str(value),
            )
        ]
    return [named(p, subject) for p in found]


def named(problem: Problem, subject: str) -> Problem:
    """The problem with its message prefixed by what it is about (jenis, item, kecamatan)."""
    return Problem(
        problem.code, problem.severity, f"{subject}: {problem.message}", problem.location,
        problem.found, problem.expected,
    )  # fmt: skip


def store(value: Decimal | None) -> int | None:
    """A checked whole count as the integer column stores it."""
    return None if value is None else int(value)
