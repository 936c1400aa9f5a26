"""What a proposal (usulan) is: where it comes from, the decisions an office can take, and the
checks of an entry (T-C.32, domain.md §2.F and §4.7).

A proposal comes from a source (Musrenbang at one of four levels, Pokir DPRD, Forum Perangkat
Daerah, another stakeholder, or a community aspiration whose forum the document does not name).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity

URAIAN_KOSONG = "USULAN_URAIAN_KOSONG"
TINGKAT_MUSRENBANG = "USULAN_TINGKAT_MUSRENBANG"
POKIR_TANPA_ANGGOTA = "USULAN_POKIR_TANPA_ANGGOTA"
POKIR_TANPA_FRAKSI = "USULAN_POKIR_TANPA_FRAKSI"
BIAYA_NEGATIF = "USULAN_BIAYA_NEGATIF"


class Sumber(StrEnum):
    """Where a proposal comes from (domain.md §4.7)."""

    MUSRENBANG = "musrenbang"
    POKIR = "pokir"
    FORUM_PD = "forum_pd"
    PEMANGKU_KEPENTINGAN = "pemangku_kepentingan"
    ASPIRASI = "aspirasi"

    @property
    def label(self) -> str:
        return _SUMBER_LABELS[self]


_SUMBER_LABELS = {
    Sumber.MUSRENBANG: "Musrenbang",
    Sumber.POKIR: "Pokok-pokok Pikiran DPRD",
    Sumber.FORUM_PD: "Forum Perangkat Daerah",
    Sumber.PEMANGKU_KEPENTINGAN: "Pemangku kepentingan lain",
    Sumber.ASPIRASI: "Aspirasi masyarakat (forum tidak disebut)",
}


class TingkatMusrenbang(StrEnum):
    """The level of the Musrenbang that put a proposal forward."""

    DESA = "desa"
    KECAMATAN = "kecamatan"
    KABKOTA = "kabkota"
    PROVINSI = "provinsi"

    @property
    def label(self) -> str:
        return _TINGKAT_LABELS[self]


_TINGKAT_LABELS = {
    TingkatMusrenbang.DESA: "Musrenbang Desa/Kelurahan",
    TingkatMusrenbang.KECAMATAN: "Musrenbang Kecamatan",
    TingkatMusrenbang.KABKOTA: "Musrenbang Kabupaten/Kota",
    TingkatMusrenbang.PROVINSI: "Musrenbang Provinsi",
}


class Keputusan(StrEnum):
    """The office's decision on a proposal (domain.md §4.7 status labels)."""

    DIAKOMODIR = "diakomodir"
    DIAKOMODIR_SEBAGIAN = "diakomodir_sebagian"
    TIDAK_DIAKOMODIR = "tidak_diakomodir"
    DIALIHKAN = "dialihkan"

    @property
    def label(self) -> str:
        return _KEPUTUSAN_LABELS[self]

    @property
    def is_accommodated(self) -> bool:
        return self in (Keputusan.DIAKOMODIR, Keputusan.DIAKOMODIR_SEBAGIAN)


_KEPUTUSAN_LABELS = {
    Keputusan.DIAKOMODIR: "Diakomodir",
    Keputusan.DIAKOMODIR_SEBAGIAN: "Diakomodir sebagian",
    Keputusan.TIDAK_DIAKOMODIR: "Tidak diakomodir",
    Keputusan.DIALIHKAN: "Dialihkan",
}


def sumber_label(sumber: Sumber, tingkat: TingkatMusrenbang | None) -> str:
    """``Musrenbang Kecamatan`` for a Musrenbang with its level, else the source's label."""
    if sumber is Sumber.MUSRENBANG and tingkat is not None:
        return tingkat.label
    return sumber.label


#: No volume given.
TANPA_VOLUME = Quantity(None, "")


@dataclass(frozen=True, slots=True)
class UsulanInput:
    """A proposal as entered or imported, before it is stored. ``kode_wilayah`` is the
    kecamatan or kelurahan/desa, ``rincian_lokasi`` what lies below it (RT/RW, street), ``lokasi``
    the place as written; ``volume`` carries its unit."""

    sumber: Sumber
    uraian: str
    tahun: int
    tingkat_musrenbang: TingkatMusrenbang | None = None
    pengusul: str = ""
    anggota_dprd: str = ""
    fraksi: str = ""
    dapil: str = ""
    kode_wilayah: str | None = None
    rincian_lokasi: str = ""
    lokasi: str = ""
    volume: Quantity = TANPA_VOLUME
    biaya: Decimal | None = None
    catatan: str = ""


def check_usulan(usulan: UsulanInput, where: Location | None = None) -> tuple[Problem, ...]:
    """What keeps a proposal from being registered (errors) or complete (warnings)."""
    where = where or Location()
    found: list[Problem] = []

    def add(code: str, message: str, isian: str, severity: Severity = Severity.ERROR) -> None:
        found.append(Problem(code, severity, message, replace(where, field=isian)))

    if not usulan.uraian.strip():
        add(URAIAN_KOSONG, "Tuliskan uraian usulan (apa yang diusulkan).", "uraian")
    is_musrenbang = usulan.sumber is Sumber.MUSRENBANG
    if is_musrenbang and usulan.tingkat_musrenbang is None:
        message = "Pilih tingkat Musrenbang: desa/kelurahan, kecamatan, kabupaten/kota, provinsi."
        add(TINGKAT_MUSRENBANG, message, "tingkat_musrenbang")
    if not is_musrenbang and usulan.tingkat_musrenbang is not None:
        message = (
            f"Tingkat Musrenbang hanya diisi untuk usulan Musrenbang, bukan {usulan.sumber.label}."
        )
        add(TINGKAT_MUSRENBANG, message, "tingkat_musrenbang")
    if usulan.sumber is Sumber.POKIR and not usulan.anggota_dprd.strip():
        message = "Usulan Pokir DPRD harus menyebut anggota DPRD pengusulnya."
        add(POKIR_TANPA_ANGGOTA, message, "anggota_dprd")
    if usulan.sumber is Sumber.POKIR and not (usulan.fraksi.strip() and usulan.dapil.strip()):
        message = "Lengkapi fraksi dan daerah pemilihan (dapil) anggota DPRD pengusul."
        add(POKIR_TANPA_FRAKSI, message, "fraksi", Severity.WARNING)
    if usulan.biaya is not None and usulan.biaya < 0:
        add(BIAYA_NEGATIF, "Perkiraan biaya tidak boleh negatif.", "biaya")
    return tuple(found)
