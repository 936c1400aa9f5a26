"""Capaian: how far a realisasi reaches its target, for one indicator and one period.

Every evaluation table (T-C.29, RKT/IKU, T-C.30, early warning) asks the same question, so it
is answered here once:

* **polaritas** — ``naik`` (higher is better): ``realisasi / target × 100``; ``turun`` (lower is
  better): ``(target − (realisasi − target)) / target × 100`` = ``(2·target − realisasi) /
  target × 100``, the rule of the SAKIP manuals (a realisasi of 0 against a target of 10 scores
  200 %, one of 15 scores 50 %);
* **agregasi** — how triwulan values make the value of a period: ``kumulatif`` (sum),
  ``nilai_akhir`` (the latest value reported) or ``rata_rata`` (mean of the values reported);
* **qualitative targets** (``Cepat Berkembang``) are achieved or not: equal text, or a rank in an
  ordered list of categories when one is given; they have no percentage;
* a missing or zero target, a missing realisasi, or units that cannot be compared give **N/A**
  (``nilai`` None) with the reason as a ``Problem`` — never 0 % or 100 %;
* the **predikat** comes from a dated ``Scale`` passed in by the caller
  (``load_skala().get("kinerja_renja", tahun)``); nothing here knows a band.

Rounding choice: ``Capaian.nilai`` keeps full precision; ``Capaian.persen`` is the printed
value (``quantize_percent``). The predikat is classified on the printed value, so the label a
reader sees always agrees with the figure next to it (90,004 % prints 90,00 % and is rated as
90,00 %).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from renjana.core.idformat import format_number
from renjana.core.numbers import HUNDRED, ZERO, percent, quantize_percent
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import PERSEN, Quantity, are_compatible, check_satuan
from renjana.core.referensi import Scale, name_key

CAPAIAN_TANPA_TARGET = "CAPAIAN_TANPA_TARGET"
CAPAIAN_TARGET_NOL = "CAPAIAN_TARGET_NOL"
CAPAIAN_TANPA_REALISASI = "CAPAIAN_TANPA_REALISASI"
CAPAIAN_KATEGORI_TIDAK_DIKENAL = "CAPAIAN_KATEGORI_TIDAK_DIKENAL"
AGREGASI_NILAI_KUALITATIF = "AGREGASI_NILAI_KUALITATIF"
AGREGASI_SATUAN_BERBEDA = "AGREGASI_SATUAN_BERBEDA"
REALISASI_TAHUNAN_TIDAK_SAMA = "REALISASI_TAHUNAN_TIDAK_SAMA"

TRIWULAN = (1, 2, 3, 4)
_MISSING = Quantity(None, "")


class Polaritas(StrEnum):
    """Whether a higher (``naik``) or a lower (``turun``) realisasi is better."""

    NAIK = "naik"
    TURUN = "turun"


class Agregasi(StrEnum):
    """How the values of several triwulan make the value of a longer period."""

    KUMULATIF = "kumulatif"
    NILAI_AKHIR = "nilai_akhir"
    RATA_RATA = "rata_rata"


_VERB = MappingProxyType(
    {
        Agregasi.KUMULATIF: "dijumlah",
        Agregasi.NILAI_AKHIR: "diambil nilai akhirnya",
        Agregasi.RATA_RATA: "dirata-rata",
    }
)


@dataclass(frozen=True, slots=True)
class Capaian:
    """The achievement of one indicator: a percentage, a qualitative outcome, or N/A.

    ``nilai`` is the unrounded percentage (None for N/A and for qualitative targets);
    ``tercapai`` says whether the target is met (None when it cannot be said); ``predikat`` is
    the label of the scale band (empty without a scale or a percentage).
    """

    nilai: Decimal | None
    tercapai: bool | None
    predikat: str = ""
    problems: tuple[Problem, ...] = ()

    @property
    def is_na(self) -> bool:
        return self.nilai is None and self.tercapai is None

    @property
    def is_qualitative(self) -> bool:
        return self.nilai is None and self.tercapai is not None

    @property
    def persen(self) -> Decimal | None:
        """The printed percentage (two decimals, half up), or None."""
        return None if self.nilai is None else quantize_percent(self.nilai)

    def __str__(self) -> str:
        if self.nilai is not None:
            return f"{format_number(quantize_percent(self.nilai))}%"
        if self.tercapai is None:
            return "N/A"
        return "Tercapai" if self.tercapai else "Tidak tercapai"


@dataclass(frozen=True, slots=True)
class NilaiPeriode:
    """The value of a period made from triwulan values, and how many values were used."""

    nilai: Quantity
    jumlah_data: int
    problems: tuple[Problem, ...] = ()


def _na(problem: Problem) -> Capaian:
    return Capaian(nilai=None, tercapai=None, problems=(problem,))


def _qualitative(
    target: Quantity, realisasi: Quantity, polaritas: Polaritas, urutan: Sequence[str]
) -> Capaian:
    if not urutan:
        return Capaian(None, name_key(realisasi.teks) == name_key(target.teks))
    ranks = {name_key(label): rank for rank, label in enumerate(urutan)}
    rank_target = ranks.get(name_key(target.teks))
    rank_realisasi = ranks.get(name_key(realisasi.teks))
    if rank_target is None or rank_realisasi is None:
        unknown = target.teks if rank_target is None else realisasi.teks
        return _na(
            Problem(
                CAPAIAN_KATEGORI_TIDAK_DIKENAL,
                Severity.WARNING,
                f"Kategori '{unknown}' tidak ada dalam urutan kategori "
                f"({', '.join(urutan)}); capaian N/A. Gunakan salah satu kategori itu.",
                found=unknown,
            )
        )
    if polaritas is Polaritas.NAIK:
        return Capaian(None, rank_realisasi >= rank_target)
    return Capaian(None, rank_realisasi <= rank_target)


def compute_capaian(
    target: Quantity,
    realisasi: Quantity,
    polaritas: Polaritas = Polaritas.NAIK,
    skala: Scale | None = None,
    urutan_kualitatif: Sequence[str] = (),
) -> Capaian:
    """Capaian of ``realisasi`` against ``target``; N/A (with the reason) when undefined.

    ``urutan_kualitatif`` lists the categories of a qualitative target from worst to best
    (e.g. ``("Berkembang", "Cepat Berkembang", "Maju")``); without it a qualitative target is
    achieved only by the same category.
    """
    if target.is_missing:
        return _na(
            Problem(
                CAPAIAN_TANPA_TARGET,
                Severity.WARNING,
                "Target kosong, jadi capaian tidak dapat dihitung (N/A). Isi targetnya.",
                found=str(realisasi),
            )
        )
    if realisasi.is_missing:
        return _na(
            Problem(
                CAPAIAN_TANPA_REALISASI,
                Severity.INFO,
                f"Realisasi belum diisi; capaian terhadap target {target} N/A.",
                expected=str(target),
            )
        )
    mismatch = check_satuan(target, realisasi)
    if mismatch:
        return Capaian(None, None, problems=mismatch)
    if target.nilai is None or realisasi.nilai is None:
        return _qualitative(target, realisasi, polaritas, urutan_kualitatif)
    numerator = (
        realisasi.nilai if polaritas is Polaritas.NAIK else 2 * target.nilai - realisasi.nilai
    )
    nilai = percent(numerator, target.nilai)
    if nilai is None:
        return _na(
            Problem(
                CAPAIAN_TARGET_NOL,
                Severity.WARNING,
                f"Target bernilai nol ({target}); capaian tidak dapat dihitung (N/A), "
                "bukan 0 % atau 100 %. Periksa targetnya.",
                found=str(target),
            )
        )
    band = skala.classify(quantize_percent(nilai)) if skala is not None else None
    return Capaian(nilai, nilai >= HUNDRED, band.label if band else "")


def compute_persentase(
    pembilang: Quantity, penyebut: Quantity
) -> tuple[Quantity, tuple[Problem, ...]]:
    """A percentage realisasi from two counts (``219.399 KPM / 249.200 KPM × 100``) as a ``%``
    quantity; missing when either count is missing, the units differ or the base is zero."""
    if pembilang.nilai is None or penyebut.nilai is None:
        return _MISSING, ()
    if not are_compatible(pembilang, penyebut):
        return _MISSING, check_satuan(penyebut, pembilang)
    value = percent(pembilang.nilai, penyebut.nilai)
    if value is None:
        problem = Problem(
            CAPAIAN_TARGET_NOL,
            Severity.WARNING,
            f"Penyebut persentase bernilai nol ({penyebut}); persentase N/A.",
            found=str(penyebut),
        )
        return _MISSING, (problem,)
    return Quantity(value, PERSEN), ()


def aggregate(values: Sequence[Quantity], agregasi: Agregasi) -> NilaiPeriode:
    """The value of a period from its triwulan values (missing values are skipped).

    ``kumulatif`` sums, ``nilai_akhir`` takes the latest value, ``rata_rata`` averages the
    values reported. Values in units that cannot be compared, or a qualitative value in a sum
    or a mean, give a missing value and a problem.
    """
    present = [(i, v) for i, v in enumerate(values, start=1) if not v.is_missing]
    if not present:
        return NilaiPeriode(_MISSING, 0)
    first = present[0][1]
    for triwulan, value in present[1:]:
        if not are_compatible(first, value):
            problem = Problem(
                AGREGASI_SATUAN_BERBEDA,
                Severity.ERROR,
                f"Nilai triwulan {triwulan} ({value}) tidak sebanding dengan nilai sebelumnya "
                f"({first}); nilai periode tidak dapat dihitung. Samakan satuannya.",
                Location(triwulan=triwulan),
                found=value.satuan,
                expected=first.satuan,
            )
            return NilaiPeriode(_MISSING, len(present), (problem,))
    if agregasi is Agregasi.NILAI_AKHIR:
        return NilaiPeriode(present[-1][1], len(present))
    numbers = [v.nilai for _, v in present]
    if any(n is None for n in numbers):
        problem = Problem(
            AGREGASI_NILAI_KUALITATIF,
            Severity.ERROR,
            f"Nilai kualitatif tidak dapat {_VERB[agregasi]}; gunakan agregasi 'nilai akhir' "
            "untuk indikator kualitatif.",
        )
        return NilaiPeriode(_MISSING, len(present), (problem,))
    total = sum((n for n in numbers if n is not None), ZERO)
    nilai = total if agregasi is Agregasi.KUMULATIF else total / len(numbers)
    return NilaiPeriode(Quantity(nilai, first.satuan), len(present))


def realisasi_sampai(
    realisasi_triwulan: Sequence[Quantity], agregasi: Agregasi, triwulan: int
) -> NilaiPeriode:
    """The realisasi from triwulan I up to and including ``triwulan`` (1–4)."""
    if triwulan not in TRIWULAN:
        raise ValueError(f"triwulan harus 1-4, bukan {triwulan}")
    return aggregate(realisasi_triwulan[:triwulan], agregasi)


def realisasi_tahunan(
    realisasi_triwulan: Sequence[Quantity],
    agregasi: Agregasi,
    dilaporkan: Quantity = _MISSING,
) -> NilaiPeriode:
    """The annual realisasi: the annual value as reported when there is one, else the four
    triwulan aggregated. A reported value that differs from its triwulan values is reported."""
    dari_triwulan = aggregate(realisasi_triwulan[:4], agregasi)
    if dilaporkan.is_missing:
        return dari_triwulan
    problems: tuple[Problem, ...] = ()
    computed = dari_triwulan.nilai
    if (
        not computed.is_missing
        and are_compatible(computed, dilaporkan)
        and computed.nilai != dilaporkan.nilai
    ):
        shown = format_number(computed.nilai) if computed.nilai is not None else computed.teks
        problems = (
            Problem(
                REALISASI_TAHUNAN_TIDAK_SAMA,
                Severity.WARNING,
                f"Realisasi tahunan yang dilaporkan ({dilaporkan}) berbeda dengan hasil "
                f"{agregasi.value.replace('_', ' ')} triwulan ({shown} {computed.satuan}). "
                "Periksa salah satunya.",
                found=str(dilaporkan),
                expected=str(computed),
            ),
        )
    return NilaiPeriode(dilaporkan, dari_triwulan.jumlah_data, problems)


def compute_capaian_periode(
    target: Quantity,
    realisasi_triwulan: Sequence[Quantity],
    agregasi: Agregasi,
    sampai_triwulan: int = 4,
    polaritas: Polaritas = Polaritas.NAIK,
    target_triwulan: Sequence[Quantity] = (),
    skala: Scale | None = None,
) -> Capaian:
    """Capaian from triwulan I to ``sampai_triwulan``.

    With ``target_triwulan`` (the Perjanjian Kinerja target of each triwulan) the realisasi to
    date is compared with the target to date, both aggregated the same way; without it, with
    the annual ``target`` (so a cumulative indicator shows its progress towards the year).
    """
    realized = realisasi_sampai(realisasi_triwulan, agregasi, sampai_triwulan)
    if target_triwulan:
        goal = realisasi_sampai(target_triwulan, agregasi, sampai_triwulan)
        goal_value, goal_problems = goal.nilai, goal.problems
    else:
        goal_value, goal_problems = target, ()
    result = compute_capaian(goal_value, realized.nilai, polaritas, skala)
    problems = tuple(
        p if p.location.triwulan is not None else p.at(triwulan=sampai_triwulan)
        for p in (*goal_problems, *realized.problems, *result.problems)
    )
    return Capaian(result.nilai, result.tercapai, result.predikat, problems)
