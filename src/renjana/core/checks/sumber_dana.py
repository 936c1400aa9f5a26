"""Sumber dana of funded rows (domain.md §7 rules 8 and 12, §4.5).

A Renja is an APBD plan: every funded sub kegiatan names at least one APBD revenue source,
and its amounts add up to the pagu. A source is APBD when its code is in the SIPD list (all
its groups — PAD, transfers, other revenue, financing — are APBD revenue) or its printed name
says so ("APBD", "DAU", "DAK …", "PAD", "DBH"); a name naming the APBN or a ministry is not,
because such spending is in the ministry's budget and must not be counted in the office's
pagu. A name that says neither is a warning to be checked by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from renjana.core.checks.aturan import problem
from renjana.core.checks.baris import BarisRencana, read_rencana
from renjana.core.checks.konteks import PlanContext
from renjana.core.idformat import format_rupiah
from renjana.core.numbers import ZERO
from renjana.core.problems import Problem
from renjana.core.referensi import DaftarSumberDana, name_key
from renjana.core.renja import RenjaRowInput, SumberDanaInput

SUMBER_DANA_KOSONG = "SUMBER_DANA_KOSONG"
SUMBER_DANA_BUKAN_APBD = "SUMBER_DANA_BUKAN_APBD"
SUMBER_DANA_TIDAK_DIKENAL = "SUMBER_DANA_TIDAK_DIKENAL"
SUMBER_DANA_JUMLAH_KOSONG = "SUMBER_DANA_JUMLAH_KOSONG"
SUMBER_DANA_TIDAK_SAMA_PAGU = "SUMBER_DANA_TIDAK_SAMA_PAGU"

_APBN = re.compile(r"\b(apbn|kemen[a-z]+|dekonsentrasi|tugas pembantuan)\b", re.IGNORECASE)
_APBD = re.compile(
    r"\b(apbd|dau|dak|pad|dbh|did|silpa|earmark|dana alokasi (umum|khusus)|dana bagi hasil"
    r"|pendapatan asli daerah|dana transfer|dana insentif daerah|dana otonomi khusus"
    r"|bantuan keuangan)\b"
)


class JenisSumberDana(StrEnum):
    APBD = "apbd"
    BUKAN_APBD = "bukan_apbd"
    TIDAK_DIKENAL = "tidak_dikenal"


def classify_sumber_dana(
    sumber: SumberDanaInput, daftar: DaftarSumberDana | None
) -> JenisSumberDana:
    """APBD, not APBD, or unknown, by the rules in the module docstring. A name that names
    the APBN wins over a code, so "APBN" typed next to a copied code is still caught."""
    if _APBN.search(sumber.nama):
        return JenisSumberDana.BUKAN_APBD
    if sumber.kode and daftar is not None and daftar.get(sumber.kode.strip()) is not None:
        return JenisSumberDana.APBD
    if sumber.nama.strip() and daftar is not None and daftar.find(sumber.nama):
        return JenisSumberDana.APBD
    if _APBD.search(name_key(sumber.nama)):
        return JenisSumberDana.APBD
    return JenisSumberDana.TIDAK_DIKENAL


def describe_sumber(sumber: SumberDanaInput) -> str:
    """``DANA TRANSFER UMUM-DANA ALOKASI UMUM (1.2.01.01.02)`` or whichever part is given."""
    nama, kode = sumber.nama.strip(), (sumber.kode or "").strip()
    if nama and kode:
        return f"{nama} ({kode})"
    return nama or kode or "tanpa nama"


def check_sumber_dana(rows: Sequence[RenjaRowInput], ctx: PlanContext) -> list[Problem]:
    """Funded leaves without a source, sources that are not APBD or unknown, amounts missing
    among several sources, and amounts that do not add up to the pagu."""
    problems: list[Problem] = []
    for baris in read_rencana(rows).baris:
        if not baris.is_leaf or not baris.is_plan_level:
            continue
        sources = [s for s in baris.row.sumber_dana if s.nama.strip() or (s.kode or "").strip()]
        if not sources:
            if baris.pagu > 0:
                problems.append(_kosong(baris))
            continue
        problems.extend(_jenis(baris, sources, ctx))
        problems.extend(_jumlah(baris, sources))
    return problems


def _kosong(baris: BarisRencana) -> Problem:
    message = (
        f"{baris.label} memiliki pagu {format_rupiah(baris.pagu)} tetapi sumber dananya "
        "kosong. Pilih sumber dana APBD (misalnya DAU atau PAD) beserta jumlahnya."
    )
    return problem(SUMBER_DANA_KOSONG, message, baris.at("sumber_dana"))


def _jenis(baris: BarisRencana, sources: list[SumberDanaInput], ctx: PlanContext) -> list[Problem]:
    problems = []
    for sumber in sources:
        jenis = classify_sumber_dana(sumber, ctx.sumber_dana)
        shown = describe_sumber(sumber)
        if jenis is JenisSumberDana.BUKAN_APBD:
            message = (
                f"Sumber dana '{shown}' pada {baris.ref} bukan pendapatan APBD. Renja hanya "
                "memuat belanja APBD: ganti dengan sumber dana APBD, atau keluarkan bagian yang "
                "dibiayai APBN/kementerian dari pagu baris ini."
            )
            problems.append(
                problem(
                    SUMBER_DANA_BUKAN_APBD,
                    message,
                    baris.at("sumber_dana"),
                    found=shown,
                    expected="sumber dana APBD",
                )
            )
        elif jenis is JenisSumberDana.TIDAK_DIKENAL:
            message = (
                f"Sumber dana '{shown}' pada {baris.ref} tidak dikenal. Pilih sumber dana dari "
                "daftar SIPD, atau pastikan sumber ini pendapatan APBD."
            )
            problems.append(
                problem(SUMBER_DANA_TIDAK_DIKENAL, message, baris.at("sumber_dana"), found=shown)
            )
    return problems


def _jumlah(baris: BarisRencana, sources: list[SumberDanaInput]) -> list[Problem]:
    pagu = baris.row.pagu or ZERO
    if len(sources) == 1 and sources[0].jumlah is None:
        return []  # a single source funds the whole pagu
    missing = [describe_sumber(s) for s in sources if s.jumlah is None]
    if missing:
        message = (
            f"{baris.label} memiliki {len(sources)} sumber dana, tetapi jumlah untuk "
            f"{', '.join(missing)} tidak diisi. Isi jumlah tiap sumber dana; jumlah seluruhnya "
            f"harus sama dengan pagu {format_rupiah(pagu)}."
        )
        return [problem(SUMBER_DANA_JUMLAH_KOSONG, message, baris.at("sumber_dana"))]
    total = sum((s.jumlah for s in sources if s.jumlah is not None), ZERO)
    if total == pagu:
        return []
    difference = total - pagu
    more_less = "lebih" if difference > 0 else "kurang"
    message = (
        f"Jumlah sumber dana {baris.ref} {format_rupiah(total)} tidak sama dengan pagunya "
        f"{format_rupiah(pagu)} ({more_less} {format_rupiah(abs(difference))}). Sesuaikan "
        "jumlah per sumber dana atau pagunya."
    )
    return [
        problem(
            SUMBER_DANA_TIDAK_SAMA_PAGU,
            message,
            baris.at("sumber_dana"),
            found=format_rupiah(total),
            expected=format_rupiah(pagu),
        )
    ]
