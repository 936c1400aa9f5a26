"""Share statistics of proposals per source, against a minimum share.

Counting rules — decided here and nowhere else:

* A proposal counts **once** in the count share, whatever the number of sub kegiatan carrying it.
* Its **accommodated amount** is the sum of the amounts entered on its links when the decision is
  diakomodir or diakomodir sebagian, and 0 otherwise. A partially accommodated proposal therefore
  counts by the amount accommodated in the decision, never by its estimated cost; a proposal split
  over two sub kegiatan counts the sum of both links.
* Count share = (diakomodir + diakomodir sebagian) / proposals considered × 100.
* Cost share = Σ accommodated amount / Σ estimated cost × 100, over the proposals considered that
  have an estimated cost (the others are counted in ``tanpa_biaya`` and left out of both sums).
  The share is not capped: an office that funds more than was asked shows more than 100 %.
* A dialihkan proposal is not the office's to fund: it is left out of the proposals considered
  and counted in ``dialihkan``; the copy forwarded to the receiving office counts there.
* An undecided proposal is considered (it is not accommodated yet) and counted in
  ``belum_diputuskan``.
* A share with nothing to divide by is ``None`` (N/A). The minimum share is compared with the
  printed, two-decimal share (ADR 0005: a label always agrees with the figure shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from renjana.core.numbers import ZERO, percent, quantize_percent
from renjana.core.partisipasi.keputusan import Akomodasi
from renjana.core.partisipasi.usulan import Keputusan, Sumber, TingkatMusrenbang, sumber_label


@dataclass(frozen=True, slots=True)
class UsulanValue:
    """A proposal as the statistics and the exports see it."""

    nomor: str
    sumber: Sumber
    uraian: str = ""
    tingkat_musrenbang: TingkatMusrenbang | None = None
    biaya: Decimal | None = None
    keputusan: Keputusan | None = None
    akomodasi: tuple[Akomodasi, ...] = ()
    alasan: str = ""
    pengusul: str = ""
    anggota_dprd: str = ""
    fraksi: str = ""
    dapil: str = ""
    kecamatan: str = ""
    lokasi: str = ""
    volume: str = ""
    perangkat_daerah: str = ""
    dialihkan_ke: str = ""

    @property
    def sumber_label(self) -> str:
        return sumber_label(self.sumber, self.tingkat_musrenbang)

    @property
    def jumlah_diakomodir(self) -> Decimal:
        """The accommodated amount: Σ link amounts when accommodated, else 0 (module rules)."""
        if self.keputusan is None or not self.keputusan.is_accommodated:
            return ZERO
        return sum((a.jumlah for a in self.akomodasi if a.jumlah is not None), ZERO)


@dataclass(frozen=True, slots=True)
class ShareRow:
    """The counts and sums of one source (or of every source, for the total row)."""

    label: str
    sumber: Sumber | None = None
    tingkat: TingkatMusrenbang | None = None
    dipertimbangkan: int = 0
    diakomodir: int = 0
    diakomodir_sebagian: int = 0
    tidak_diakomodir: int = 0
    belum_diputuskan: int = 0
    dialihkan: int = 0
    tanpa_biaya: int = 0
    biaya: Decimal = ZERO
    biaya_diakomodir: Decimal = ZERO

    @property
    def jumlah_diakomodir(self) -> int:
        return self.diakomodir + self.diakomodir_sebagian

    @property
    def persen_jumlah(self) -> Decimal | None:
        return percent(Decimal(self.jumlah_diakomodir), Decimal(self.dipertimbangkan))

    @property
    def persen_biaya(self) -> Decimal | None:
        return percent(self.biaya_diakomodir, self.biaya)

    def meets(self, share: Decimal | None, minimum: Decimal | None) -> bool | None:
        """Whether a share reaches ``minimum`` (on its printed value); None when either is N/A."""
        if share is None or minimum is None:
            return None
        return quantize_percent(share) >= minimum

    def memenuhi_jumlah(self, minimum: Decimal | None) -> bool | None:
        return self.meets(self.persen_jumlah, minimum)

    def memenuhi_biaya(self, minimum: Decimal | None) -> bool | None:
        return self.meets(self.persen_biaya, minimum)


@dataclass(frozen=True, slots=True)
class ShareStatistics:
    """One row per source (Musrenbang per level, then the Musrenbang sum), and the total."""

    rows: tuple[ShareRow, ...]
    total: ShareRow
    minimum: Decimal | None = None


def _tally(
    label: str,
    items: Iterable[UsulanValue],
    sumber: Sumber | None = None,
    tingkat: TingkatMusrenbang | None = None,
) -> ShareRow:
    decided = dict.fromkeys(Keputusan, 0)
    dipertimbangkan = belum = tanpa_biaya = dialihkan = 0
    biaya = diakomodir = ZERO
    for item in items:
        if item.keputusan is Keputusan.DIALIHKAN:
            dialihkan += 1
            continue
        dipertimbangkan += 1
        if item.keputusan is None:
            belum += 1
        else:
            decided[item.keputusan] += 1
        if item.biaya is None:
            tanpa_biaya += 1
            continue
        biaya += item.biaya
        diakomodir += item.jumlah_diakomodir
    return ShareRow(
        label=label,
        sumber=sumber,
        tingkat=tingkat,
        dipertimbangkan=dipertimbangkan,
        diakomodir=decided[Keputusan.DIAKOMODIR],
        diakomodir_sebagian=decided[Keputusan.DIAKOMODIR_SEBAGIAN],
        tidak_diakomodir=decided[Keputusan.TIDAK_DIAKOMODIR],
        belum_diputuskan=belum,
        dialihkan=dialihkan,
        tanpa_biaya=tanpa_biaya,
        biaya=biaya,
        biaya_diakomodir=diakomodir,
    )


def share_statistics(
    items: Sequence[UsulanValue], minimum: Decimal | None = None
) -> ShareStatistics:
    """Share of proposals and of their cost accommodated, per source (module rules).

    Sources without proposals are left out. Musrenbang shows one row per level that has
    proposals, then their sum.
    """
    rows: list[ShareRow] = []
    for sumber in Sumber:
        mine = [i for i in items if i.sumber is sumber]
        if not mine:
            continue
        if sumber is Sumber.MUSRENBANG:
            for tingkat in TingkatMusrenbang:
                level = [i for i in mine if i.tingkat_musrenbang is tingkat]
                if level:
                    rows.append(_tally(tingkat.label, level, sumber=sumber, tingkat=tingkat))
            unknown = [i for i in mine if i.tingkat_musrenbang is None]
            if unknown:
                rows.append(_tally("Musrenbang (tingkat tidak disebut)", unknown, sumber=sumber))
            rows.append(_tally("Jumlah Musrenbang", mine, sumber=sumber))
        else:
            rows.append(_tally(sumber.label, mine, sumber=sumber))
    return ShareStatistics(tuple(rows), _tally("Jumlah", items), minimum)
