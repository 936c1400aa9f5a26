"""The workflow state machine: who may do what in which status."""

import pytest

from renjana.core.tahapan import Aksi, State, Status, Tahap, allowed, apply, next_tahap, refusal

LABELS = {
    Aksi.UBAH: "mengubah",
    Aksi.AJUKAN: "mengajukan",
    Aksi.SETUJUI: "menyetujui",
    Aksi.BUKA_KUNCI: "membuka kunci",
}


def aksi_label(aksi: Aksi) -> str:
    return LABELS[aksi]


DISUSUN = State(Tahap.RANCANGAN, Status.DISUSUN)


def test_operator_edits_and_submits_verifier_approves_and_it_locks() -> None:
    assert refusal(DISUSUN, Aksi.UBAH, "operator") is None
    diajukan = apply(DISUSUN, Aksi.AJUKAN)
    assert diajukan == State(Tahap.RANCANGAN, Status.DIAJUKAN)
    assert "sedang diverifikasi" in (refusal(diajukan, Aksi.UBAH, "operator") or "")
    disetujui = apply(diajukan, Aksi.SETUJUI)
    assert disetujui.status == Status.DISETUJUI
    assert "terkunci" in (refusal(disetujui, Aksi.UBAH, "operator") or "")
    assert "terkunci" in (refusal(disetujui, Aksi.UBAH, "admin") or "")


def test_return_reopens_editing() -> None:
    dikembalikan = apply(apply(DISUSUN, Aksi.AJUKAN), Aksi.KEMBALIKAN)
    assert dikembalikan.status == Status.DIKEMBALIKAN
    assert refusal(dikembalikan, Aksi.UBAH, "operator") is None


@pytest.mark.parametrize(
    ("status", "peran", "aksi"),
    [
        (Status.DISUSUN, "verifikator", Aksi.UBAH),
        (Status.DISUSUN, "pimpinan", Aksi.UBAH),
        (Status.DISUSUN, "pimpinan", Aksi.AJUKAN),
        (Status.DIAJUKAN, "operator", Aksi.SETUJUI),
        (Status.DISETUJUI, "operator", Aksi.BUKA_KUNCI),
        (Status.DISETUJUI, "verifikator", Aksi.BUKA_KUNCI),
    ],
)
def test_roles_that_may_not(status: Status, peran: str, aksi: Aksi) -> None:
    reason = refusal(State(Tahap.RANCANGAN, status), aksi, peran)
    assert reason == f"Peran Anda tidak berwenang {aksi_label(aksi)} Renja."


def test_only_admin_unlocks_and_next_stage_starts_from_approval() -> None:
    locked = State(Tahap.RANCANGAN_AKHIR, Status.DISETUJUI)
    assert refusal(locked, Aksi.BUKA_KUNCI, "admin") is None
    assert apply(locked, Aksi.BUKA_KUNCI) == State(Tahap.RANCANGAN_AKHIR, Status.DISUSUN)
    assert apply(locked, Aksi.LANJUT_TAHAP) == State(Tahap.PENETAPAN, Status.DISUSUN)
    assert refusal(DISUSUN, Aksi.LANJUT_TAHAP, "operator") is not None


def test_stage_order_and_allowed_buttons() -> None:
    assert [next_tahap(t) for t in Tahap] == [
        Tahap.RANCANGAN,
        Tahap.RANCANGAN_AKHIR,
        Tahap.PENETAPAN,
        Tahap.PERUBAHAN,
        Tahap.PERUBAHAN,
    ]
    assert allowed(DISUSUN, "operator") == (Aksi.UBAH, Aksi.AJUKAN)
    assert allowed(DISUSUN, "pimpinan") == ()
    assert allowed(State(Tahap.RANCANGAN, Status.DIAJUKAN), "verifikator") == (
        Aksi.KEMBALIKAN,
        Aksi.SETUJUI,
    )
