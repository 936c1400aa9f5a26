"""The Renja workflow as a pure state machine: stages, statuses, who may do what.

Stages follow domain.md §4.7: Rancangan Awal → Rancangan → Rancangan Akhir → Penetapan, and
Perubahan after Penetapan. Within a stage the operator edits (``disusun``), submits
(``diajukan``); a verifier returns it (``dikembalikan``) or approves it (``disetujui``), which
locks the stage. Only an admin unlocks, with a reason. Moving to the next stage starts from an
approved stage. Services ask this module before writing; pages ask it which buttons to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tahap(StrEnum):
    RANCANGAN_AWAL = "rancangan_awal"
    RANCANGAN = "rancangan"
    RANCANGAN_AKHIR = "rancangan_akhir"
    PENETAPAN = "penetapan"
    PERUBAHAN = "perubahan"


class Status(StrEnum):
    DISUSUN = "disusun"
    DIAJUKAN = "diajukan"
    DIKEMBALIKAN = "dikembalikan"
    DISETUJUI = "disetujui"


class Aksi(StrEnum):
    UBAH = "ubah"
    AJUKAN = "ajukan"
    KEMBALIKAN = "kembalikan"
    SETUJUI = "setujui"
    BUKA_KUNCI = "buka_kunci"
    LANJUT_TAHAP = "lanjut_tahap"


_NEXT_TAHAP = {
    Tahap.RANCANGAN_AWAL: Tahap.RANCANGAN,
    Tahap.RANCANGAN: Tahap.RANCANGAN_AKHIR,
    Tahap.RANCANGAN_AKHIR: Tahap.PENETAPAN,
    Tahap.PENETAPAN: Tahap.PERUBAHAN,
    Tahap.PERUBAHAN: Tahap.PERUBAHAN,
}

_LABEL = {
    Aksi.UBAH: "mengubah",
    Aksi.AJUKAN: "mengajukan",
    Aksi.KEMBALIKAN: "mengembalikan",
    Aksi.SETUJUI: "menyetujui",
    Aksi.BUKA_KUNCI: "membuka kunci",
    Aksi.LANJUT_TAHAP: "melanjutkan ke tahap berikutnya",
}

# Which role may perform which action (the office-scope check is separate).
_ROLES = {
    Aksi.UBAH: {"operator", "admin"},
    Aksi.AJUKAN: {"operator", "admin"},
    Aksi.KEMBALIKAN: {"verifikator", "admin"},
    Aksi.SETUJUI: {"verifikator", "admin"},
    Aksi.BUKA_KUNCI: {"admin"},
    Aksi.LANJUT_TAHAP: {"operator", "admin"},
}

# In which status each action is possible.
_FROM_STATUS = {
    Aksi.UBAH: {Status.DISUSUN, Status.DIKEMBALIKAN},
    Aksi.AJUKAN: {Status.DISUSUN, Status.DIKEMBALIKAN},
    Aksi.KEMBALIKAN: {Status.DIAJUKAN},
    Aksi.SETUJUI: {Status.DIAJUKAN},
    Aksi.BUKA_KUNCI: {Status.DISETUJUI},
    Aksi.LANJUT_TAHAP: {Status.DISETUJUI},
}

_RESULT_STATUS = {
    Aksi.AJUKAN: Status.DIAJUKAN,
    Aksi.KEMBALIKAN: Status.DIKEMBALIKAN,
    Aksi.SETUJUI: Status.DISETUJUI,
    Aksi.BUKA_KUNCI: Status.DISUSUN,
    Aksi.LANJUT_TAHAP: Status.DISUSUN,
}


@dataclass(frozen=True, slots=True)
class State:
    tahap: Tahap
    status: Status


def next_tahap(tahap: Tahap) -> Tahap:
    """The stage after ``tahap``; Perubahan may be repeated (a second change of the year)."""
    return _NEXT_TAHAP[tahap]


def refusal(state: State, aksi: Aksi, peran: str) -> str | None:
    """Why ``peran`` may not do ``aksi`` now, in Indonesian; ``None`` when allowed."""
    if peran not in _ROLES[aksi]:
        return f"Peran Anda tidak berwenang {_LABEL[aksi]} Renja."
    if state.status not in _FROM_STATUS[aksi]:
        if state.status == Status.DISETUJUI:
            return (
                "Renja tahap ini sudah disetujui dan terkunci. Minta admin Bappeda membuka "
                "kuncinya (dengan alasan) atau lanjutkan ke tahap berikutnya."
            )
        if state.status == Status.DIAJUKAN:
            return "Renja sedang diverifikasi; tunggu dikembalikan atau disetujui verifikator."
        return f"Renja berstatus {state.status.value}; tidak dapat {_LABEL[aksi]} sekarang."
    return None


def apply(state: State, aksi: Aksi) -> State:
    """The state after a permitted action (``UBAH`` leaves it unchanged)."""
    if aksi == Aksi.UBAH:
        return state
    tahap = next_tahap(state.tahap) if aksi == Aksi.LANJUT_TAHAP else state.tahap
    return State(tahap, _RESULT_STATUS[aksi])


def allowed(state: State, peran: str) -> tuple[Aksi, ...]:
    """Every action ``peran`` may take now (for showing buttons)."""
    return tuple(a for a in Aksi if refusal(state, a, peran) is None)
