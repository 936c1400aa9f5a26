"""The packaged list of regulations the audit checks landasan hukum citations against."""

from __future__ import annotations

from renjana.reference import load_peraturan


def test_list_is_dated_cited_and_marked_for_verification() -> None:
    daftar = load_peraturan()
    assert len(daftar) >= 30
    assert daftar.berlaku_mulai == 2024
    assert daftar.verifikasi_perlu
    assert daftar.dasar_hukum


def test_lookup_by_number_and_by_short_reference() -> None:
    daftar = load_peraturan()
    (uu,) = daftar.get("UU", "23", 2014)
    assert uu.tentang == "Pemerintahan Daerah"
    assert "UU 9/2015" in uu.diubah_oleh
    assert uu.rujukan == "UU 23/2014"
    assert daftar.by_rujukan("PERMENDAGRI 86/2017") is not None
    assert daftar.get("KEPMENDAGRI", "050-5889")[0].tahun == 2021


def test_every_replacement_is_itself_listed() -> None:
    """The audit names the replacing regulation with its title; amendments may be short."""
    daftar = load_peraturan()
    for item in daftar:
        if item.dicabut_oleh:
            assert daftar.by_rujukan(item.dicabut_oleh) is not None, item.rujukan
