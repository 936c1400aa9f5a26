"""Which PPKS population is "jumlah yang harus dilayani" of each SPM jenis pelayanan dasar.

**An assumption of the team, not a regulation** (docs/domain/spm.md): Permensos 9/2018 names
the target groups of each jenis (penyandang disabilitas terlantar, anak terlantar, lanjut usia
terlantar, gelandangan dan pengemis, korban bencana), and the Renja tables print the PPKS
population of Permensos 8/2012; no regulation seen pairs the two lists. The pairs below follow
the names. The PPKS counts are of *all* persons of a kind, so they can exceed those who are
*terlantar* and need the service; an office that knows the narrower number enters it by hand
(``SumberHarus.MANUAL``).

The SPM jenis are matched by their ``nomor``, which is the same at both levels (kab/kota di
luar panti, provinsi di dalam panti); the PPKS kinds by their Permensos 8/2012 ``nomor``, with
the name kept beside it for the reader and checked by a test against the reference data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SumberPopulasi:
    """The PPKS kinds whose population, added, is "harus dilayani" of SPM jenis ``spm_nomor``."""

    spm_nomor: int
    ppks: tuple[tuple[int, str], ...]

    @property
    def ppks_nomor(self) -> tuple[int, ...]:
        return tuple(nomor for nomor, _ in self.ppks)

    @property
    def ppks_nama(self) -> tuple[str, ...]:
        return tuple(nama for _, nama in self.ppks)


PEMETAAN_SPM_PPKS: tuple[SumberPopulasi, ...] = (
    # 1 Rehabilitasi sosial dasar penyandang disabilitas terlantar
    SumberPopulasi(1, ((9, "Penyandang Disabilitas"),)),
    # 2 Rehabilitasi sosial dasar anak terlantar
    SumberPopulasi(2, ((2, "Anak Terlantar"),)),
    # 3 Rehabilitasi sosial dasar lanjut usia terlantar
    SumberPopulasi(3, ((8, "Lanjut Usia Terlantar"),)),
    # 4 Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis
    SumberPopulasi(4, ((11, "Gelandangan"), (12, "Pengemis"))),
    # 5 Perlindungan dan jaminan sosial korban bencana (alam dan sosial)
    SumberPopulasi(5, ((21, "Korban Bencana Alam"), (22, "Korban Bencana Sosial"))),
)


def sumber_populasi(spm_nomor: int) -> SumberPopulasi | None:
    """The population source of a jenis layanan, or None when none is defined."""
    return next((s for s in PEMETAAN_SPM_PPKS if s.spm_nomor == spm_nomor), None)
