"""Code rules (domain.md §7 rule 6, §1.3): readable code, level digit vs the pemda's tingkat
and vs the words of the name, and bidang urusan within the office's own urusan.

A provinsi office cannot plan a kab/kota kegiatan (``…2.xx``) nor the reverse, and an office
plans only the urusan it carries out: both are errors. Reading "Provinsi"/"Kabupaten/Kota"
in a name is wording-based, so a disagreement there is a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import BarisRencana, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.kode import Level, parse_kode, tingkat_from_name
from renjana.core.problems import Location, Problem, Severity
from renjana.core.renja import RenjaRowInput

KODE_TIDAK_SAH = "KODE_TIDAK_SAH"
KODE_TIDAK_BAKU = "KODE_TIDAK_BAKU"
TINGKAT_KODE_SALAH = "TINGKAT_KODE_SALAH"
TINGKAT_NAMA_SALAH = "TINGKAT_NAMA_SALAH"
URUSAN_BUKAN_KEWENANGAN = "URUSAN_BUKAN_KEWENANGAN"

_CONTOH = "1.06.04.2.01.0001"


def check_kode(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Unreadable or non-canonical codes, level digits of the other tingkat, names that speak
    of the other tingkat, and bidang urusan the office does not carry out."""
    problems: list[Problem] = []
    for baris in read_rencana(rows).baris:
        if baris.kode is None:
            problems.append(_tidak_sah(baris.row))
            continue
        problems.extend(_tidak_baku(baris))
        problems.extend(_tingkat(baris, ctx))
        problems.extend(_urusan(baris, ctx))
    return problems


def _tidak_sah(row: RenjaRowInput) -> Problem:
    parsed = parse_kode(row.kode)
    reasons = [p.message for p in parsed.problems if p.severity is Severity.ERROR]
    reason = reasons[0] if reasons else f"Kode '{row.kode}' tidak dapat dibaca."
    message = (
        f"Baris '{row.nama}' berkode tidak sah. {reason} Tulis kode lengkap dalam bentuk "
        f"U.BB.PP.L.KK.SSSS, misalnya {_CONTOH}."
    )
    location = Location(kode=row.kode, field="kode")
    expected = str(parsed.kode) if parsed.kode is not None else ""
    return problem(KODE_TIDAK_SAH, message, location, found=row.kode, expected=expected)


def _tidak_baku(baris: BarisRencana) -> list[Problem]:
    canonical = str(baris.kode)
    if baris.row.kode.strip() == canonical:
        return []
    message = f"{baris.label} tidak ditulis dalam bentuk baku. Tulis kodenya sebagai {canonical}."
    return [
        problem(
            KODE_TIDAK_BAKU, message, baris.at("kode"), found=baris.row.kode, expected=canonical
        )
    ]


def _tingkat(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    kode = baris.kode
    if kode is None or not baris.is_plan_level:
        return []
    problems = []
    digit = kode.tingkat
    if digit is not None and digit is not ctx.tingkat:
        message = (
            f"{baris.label} berdigit tingkat {digit.digit} ({digit.label}), padahal perangkat "
            f"daerah ini tingkat {ctx.tingkat.label}. Gunakan kode {kode.level.label.lower()} "
            f"tingkat {ctx.tingkat.label} (digit {ctx.tingkat.digit}) sesuai nomenklatur."
        )
        problems.append(
            problem(
                TINGKAT_KODE_SALAH,
                message,
                baris.at("kode"),
                found=str(digit.digit),
                expected=str(ctx.tingkat.digit),
            )
        )
    expected = digit or ctx.tingkat
    named = tingkat_from_name(baris.row.nama)
    if named is not None and named is not expected:
        basis = "kodenya" if digit is not None else "perangkat daerah ini"
        message = (
            f"Nama {baris.ref} ('{baris.row.nama}') menyebut tingkat {named.label}, "
            f"sedangkan {basis} tingkat {expected.label}. Periksa apakah kode atau namanya "
            "yang keliru, lalu samakan dengan nomenklatur."
        )
        problems.append(
            problem(
                TINGKAT_NAMA_SALAH,
                message,
                baris.at("nama"),
                found=named.label,
                expected=expected.label,
            )
        )
    return problems


def _urusan(baris: BarisRencana, ctx: PlanContext) -> list[Problem]:
    kode = baris.kode
    owned = ctx.urusan_kode
    if kode is None or not owned or kode.level is Level.URUSAN:
        return []
    if any(kode == u or kode.is_descendant_of(u) for u in owned):
        return []
    bidang = kode.bidang
    message = (
        f"{baris.label} termasuk bidang urusan {bidang}, yang bukan urusan perangkat daerah "
        f"ini ({', '.join(ctx.urusan)}). Perbaiki kodenya, atau rencanakan baris ini di "
        "perangkat daerah yang mengampu urusan tersebut."
    )
    return [
        problem(
            URUSAN_BUKAN_KEWENANGAN,
            message,
            baris.at("kode"),
            found=str(bidang),
            expected=", ".join(ctx.urusan),
        )
    ]
