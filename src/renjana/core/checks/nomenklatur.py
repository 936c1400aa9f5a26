"""Code ↔ official name (domain.md §7 rule 6): every program, kegiatan and sub kegiatan code
must exist in the nomenclature in force, under its official name.

A code that is not in the list cannot be budgeted in SIPD, and a row whose name belongs to
another code (S003-05) plans one thing and budgets another: both block submission. A mere
spelling variant is a warning. Bidang the packaged nomenclature does not hold (e.g. 2.13 PMD)
are reported once as a note and not checked, rather than flagged row by row.
"""

from __future__ import annotations

from collections.abc import Sequence

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import BarisRencana, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.checks.nama import KemiripanNama, compare_nama
from renjana.core.kode import Kode
from renjana.core.problems import Location, Problem
from renjana.core.referensi import Nomenklatur, NomenklaturItem, name_key
from renjana.core.renja import RenjaRowInput

KODE_TIDAK_ADA_DI_NOMENKLATUR = "KODE_TIDAK_ADA_DI_NOMENKLATUR"
NAMA_BEDA_NOMENKLATUR = "NAMA_BEDA_NOMENKLATUR"
NAMA_EJAAN_BEDA = "NAMA_EJAAN_BEDA"
NOMENKLATUR_TIDAK_MENCAKUP = "NOMENKLATUR_TIDAK_MENCAKUP"


def check_nomenklatur(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Codes absent from ``ctx.nomenklatur`` and names that differ from the official ones;
    nothing when no nomenclature is given."""
    nomenklatur = ctx.nomenklatur
    if nomenklatur is None:
        return []
    problems: list[Problem] = []
    uncovered: list[Kode] = []
    for baris in read_rencana(rows).baris:
        kode = baris.kode
        if kode is None or not baris.is_plan_level:
            continue
        bidang = kode.bidang
        if bidang is not None and bidang not in nomenklatur:
            if bidang not in uncovered:
                uncovered.append(bidang)
            continue
        item = nomenklatur.get(kode, ctx.tingkat)
        if item is None:
            problems.append(_tidak_ada(baris, nomenklatur))
        else:
            problems.extend(_nama(baris, item, nomenklatur, ctx))
    problems.extend(_tidak_mencakup(bidang, nomenklatur) for bidang in uncovered)
    return problems


def _versi(nomenklatur: Nomenklatur) -> str:
    """The regulation a nomenclature follows (its latest legal basis), else its version id."""
    if nomenklatur.dasar_hukum:
        return nomenklatur.dasar_hukum[-1].peraturan
    return nomenklatur.versi or nomenklatur.nama


def _tidak_ada(baris: BarisRencana, nomenklatur: Nomenklatur) -> Problem:
    message = (
        f"{baris.label} ('{baris.row.nama}') tidak ada di nomenklatur {_versi(nomenklatur)}. "
        "Periksa kodenya, lalu pilih program/kegiatan/sub kegiatan dari nomenklatur yang "
        "berlaku."
    )
    return problem(KODE_TIDAK_ADA_DI_NOMENKLATUR, message, baris.at("kode"), found=baris.row.kode)


def _nama(
    baris: BarisRencana, item: NomenklaturItem, nomenklatur: Nomenklatur, ctx: PlanContext
) -> list[Problem]:
    kemiripan = compare_nama(baris.row.nama, item.nama)
    if kemiripan is KemiripanNama.SAMA:
        return []
    if kemiripan is KemiripanNama.EJAAN:
        message = (
            f"Nama {baris.ref} ditulis '{baris.row.nama}', sedangkan nomenklatur menulis "
            f"'{item.nama}'. Samakan ejaannya dengan nomenklatur."
        )
        code = NAMA_EJAAN_BEDA
    else:
        owner = _owner_of_name(baris, nomenklatur, ctx)
        hint = f" Nama yang tertulis adalah nama {owner}." if owner else ""
        message = (
            f"Nama {baris.ref} ('{baris.row.nama}') berbeda dengan nomenklatur: "
            f"'{item.nama}'.{hint} Ganti namanya sesuai nomenklatur, atau perbaiki kodenya bila "
            "yang dimaksud kegiatan lain."
        )
        code = NAMA_BEDA_NOMENKLATUR
    return [problem(code, message, baris.at("nama"), found=baris.row.nama, expected=item.nama)]


def _owner_of_name(baris: BarisRencana, nomenklatur: Nomenklatur, ctx: PlanContext) -> str:
    """The code whose official name the row carries (same level and tingkat), if any."""
    key = name_key(baris.row.nama)
    level = baris.level
    for item in nomenklatur:
        if item.level is not level or item.kode == baris.kode:
            continue
        if item.tingkat not in (None, ctx.tingkat):
            continue
        if name_key(item.nama) == key:
            return f"{item.level.label.lower()} {item.kode}"
    return ""


def _tidak_mencakup(bidang: Kode, nomenklatur: Nomenklatur) -> Problem:
    message = (
        f"Nomenklatur {_versi(nomenklatur)} tidak memuat bidang urusan {bidang}; kode dan nama "
        f"baris bidang {bidang} tidak diperiksa. Muat nomenklatur yang mencakup bidang ini "
        "agar dapat diperiksa."
    )
    return problem(NOMENKLATUR_TIDAK_MENCAKUP, message, Location(kode=str(bidang), field="kode"))
