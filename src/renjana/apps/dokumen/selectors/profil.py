"""Reads of the office profile and the staff tables, as core values with computed totals."""

from __future__ import annotations

from dataclasses import dataclass

from renjana.apps.dokumen.models import PegawaiGolongan, PegawaiPendidikan, ProfilOpd
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.profil import Profil, UnitOrganisasi, format_struktur
from renjana.core.sdm import (
    Jenjang,
    StatusPegawai,
    TabelGolongan,
    TabelPendidikan,
    tabel_golongan,
    tabel_pendidikan,
)


def profil_of(pd: PerangkatDaerah) -> Profil:
    """The office's profile; an empty one when nothing was entered yet."""
    row = ProfilOpd.objects.filter(perangkat_daerah=pd).first()
    if row is None:
        return Profil()
    return Profil(
        dasar_hukum=row.dasar_hukum,
        tugas_pokok=row.tugas_pokok,
        fungsi=tuple(str(f) for f in row.fungsi),
        struktur=tuple(
            UnitOrganisasi(str(u["nama"]), u.get("induk") or None) for u in row.struktur
        ),
    )


def struktur_teks(profil: Profil) -> str:
    """The structure as the indented text the form edits."""
    return format_struktur(profil.struktur)


@dataclass(frozen=True, slots=True)
class Sdm:
    """The three staff tables of a year (ASN and PHL by pendidikan, ASN by golongan);
    ``ada`` is False when nothing was entered for the year."""

    tahun: int
    pendidikan: tuple[TabelPendidikan, ...]
    golongan: TabelGolongan
    ada: bool

    def tabel(self, status: StatusPegawai) -> TabelPendidikan:
        return next(t for t in self.pendidikan if t.status is status)


def sdm_of(pd: PerangkatDaerah, tahun: int) -> Sdm:
    """The staff tables of ``tahun``; totals and subtotals computed by ``core.sdm``."""
    counts: dict[StatusPegawai, dict[Jenjang, tuple[int, int]]] = {s: {} for s in StatusPegawai}
    rows = PegawaiPendidikan.objects.filter(perangkat_daerah=pd, tahun=tahun).values_list(
        "status", "jenjang", "laki_laki", "perempuan"
    )
    ada = False
    for status, jenjang, laki, perempuan in rows:
        counts[StatusPegawai(status)][Jenjang(jenjang)] = (laki, perempuan)
        ada = True
    golongan: dict[str, tuple[int, int]] = {}
    for gol, laki, perempuan in PegawaiGolongan.objects.filter(
        perangkat_daerah=pd, tahun=tahun
    ).values_list("golongan", "laki_laki", "perempuan"):
        golongan[gol] = (laki, perempuan)
        ada = True
    return Sdm(
        tahun=tahun,
        pendidikan=tuple(tabel_pendidikan(s, counts[s]) for s in StatusPegawai),
        golongan=tabel_golongan(golongan),
        ada=ada,
    )


def sdm_tahun(pd: PerangkatDaerah) -> list[int]:
    """The years with staff data, latest first."""
    years = set(
        PegawaiPendidikan.objects.filter(perangkat_daerah=pd).values_list("tahun", flat=True)
    ) | set(PegawaiGolongan.objects.filter(perangkat_daerah=pd).values_list("tahun", flat=True))
    return sorted(years, reverse=True)


def jumlah_pegawai(pd: PerangkatDaerah, tahun: int) -> tuple[int, int] | None:
    """``(ASN, PHL)`` head counts of ``tahun`` from the pendidikan tables (ASN from the
    golongan table when only that one is filled); None without data."""
    sdm = sdm_of(pd, tahun)
    if not sdm.ada:
        return None
    asn = sdm.tabel(StatusPegawai.ASN).jumlah.jumlah or sdm.golongan.total.jumlah
    return asn, sdm.tabel(StatusPegawai.PHL).jumlah.jumlah
