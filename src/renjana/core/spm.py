"""SPM Bidang Sosial achievement index (Permendagri 59/2021; domain.md §2.M(a), §7 rule 5).

Inputs are counts: per jenis pelayanan dasar the persons to be served (*harus dilayani*, often
from the PPKS population, ``populasi.total_populasi``) and the persons served (*terlayani*),
and per mutu item the same two counts. For each jenis:

* penerima component = terlayani / harus dilayani × 80 (``bobot_penerima``);
* mutu component = Σ mutu terlayani / Σ mutu harus dilayani × 20 (``bobot_mutu``), or, with
  ``MetodeMutu.RATA_RATA_BUTIR``, the mean of the item percentages × 20 / 100;
* capaian jenis = penerima + mutu (never above 100, since every ratio is at most 1).

The index is the mean of the capaian of the jenis that apply (a jenis with nobody to serve —
e.g. korban bencana in a year without disaster — is left out and marked ``berlaku`` False); its
category comes from the ``indeks_spm`` scale passed in.

Counts are checked before anything is computed: person counts must be whole numbers, no count
may be negative, and terlayani may not exceed harus dilayani. A jenis with such an error has no
capaian, and the index is N/A while any error remains — an index is never computed from data
known to be wrong.

Rounding choice: results hold unrounded values; ``*_persen`` properties give printed figures,
and the category is rated on the printed index (100,00 prints and rates as Tuntas Paripurna).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from renjana.core.idformat import format_number, has_fraction
from renjana.core.numbers import HUNDRED, ZERO, percent, quantize_percent
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import counts_persons
from renjana.core.referensi import Scale

SPM_BUKAN_BILANGAN_BULAT = "SPM_BUKAN_BILANGAN_BULAT"
SPM_NILAI_NEGATIF = "SPM_NILAI_NEGATIF"
SPM_TERLAYANI_MELEBIHI_HARUS = "SPM_TERLAYANI_MELEBIHI_HARUS"
SPM_MUTU_KOSONG = "SPM_MUTU_KOSONG"
SPM_MUTU_MELEBIHI_PENERIMA = "SPM_MUTU_MELEBIHI_PENERIMA"
SPM_TANPA_SASARAN = "SPM_TANPA_SASARAN"


class MetodeMutu(StrEnum):
    """How the mutu component is formed from the items."""

    RASIO_JUMLAH = "rasio_jumlah"  # Σ terlayani / Σ harus dilayani (the JUMLAH row)
    RATA_RATA_BUTIR = "rata_rata_butir"  # mean of the item percentages


@dataclass(frozen=True, slots=True)
class HitunganMutu:
    """Counts of one mutu item (e.g. Penyediaan permakanan, Orang)."""

    nama: str
    satuan: str
    harus_dilayani: Decimal
    terlayani: Decimal


@dataclass(frozen=True, slots=True)
class HitunganJenisLayanan:
    """Counts of one jenis pelayanan dasar and of its mutu items."""

    nomor: int
    nama: str
    harus_dilayani: Decimal
    terlayani: Decimal
    mutu: tuple[HitunganMutu, ...] = ()


@dataclass(frozen=True, slots=True)
class HasilMutu:
    hitungan: HitunganMutu
    belum_terlayani: Decimal
    persen: Decimal | None


@dataclass(frozen=True, slots=True)
class HasilJenisLayanan:
    """Every figure of one jenis block of the SPM table, unrounded."""

    hitungan: HitunganJenisLayanan
    berlaku: bool
    belum_terlayani: Decimal
    persen_penerima: Decimal | None
    komponen_penerima: Decimal | None
    mutu: tuple[HasilMutu, ...]
    jumlah_mutu_harus: Decimal
    jumlah_mutu_terlayani: Decimal
    persen_mutu: Decimal | None
    komponen_mutu: Decimal | None
    capaian: Decimal | None
    problems: tuple[Problem, ...]

    @property
    def capaian_persen(self) -> Decimal | None:
        return None if self.capaian is None else quantize_percent(self.capaian)


@dataclass(frozen=True, slots=True)
class IndeksSpm:
    """The jenis results, the index (mean of the jenis that apply) and its category."""

    jenis: tuple[HasilJenisLayanan, ...]
    indeks: Decimal | None
    kategori: str
    problems: tuple[Problem, ...]

    @property
    def indeks_persen(self) -> Decimal | None:
        return None if self.indeks is None else quantize_percent(self.indeks)


def _check_pair(
    harus: Decimal, terlayani: Decimal, persons: bool, where: Location
) -> list[Problem]:
    problems: list[Problem] = []
    for kolom, nilai in (("harus dilayani", harus), ("terlayani", terlayani)):
        at = Location(table=where.table, indikator=where.indikator, kode=where.kode, field=kolom)
        if nilai < 0:
            problems.append(
                Problem(
                    SPM_NILAI_NEGATIF,
                    Severity.ERROR,
                    f"Jumlah {kolom} {format_number(nilai)} negatif; isi jumlah yang benar.",
                    at,
                    found=str(nilai),
                )
            )
        elif persons and has_fraction(nilai):
            problems.append(
                Problem(
                    SPM_BUKAN_BILANGAN_BULAT,
                    Severity.ERROR,
                    f"Jumlah {kolom} {format_number(nilai)} bukan bilangan bulat; jumlah orang "
                    "harus bilangan bulat. Perbaiki angkanya, jangan dibulatkan otomatis.",
                    at,
                    found=str(nilai),
                )
            )
    if terlayani > harus:
        problems.append(
            Problem(
                SPM_TERLAYANI_MELEBIHI_HARUS,
                Severity.ERROR,
                f"Jumlah terlayani {format_number(terlayani)} melebihi jumlah yang harus "
                f"dilayani {format_number(harus)}. Perbarui jumlah yang harus dilayani (data "
                "populasi) atau perbaiki jumlah terlayani.",
                where,
                found=str(terlayani),
                expected=f"<= {harus}",
            )
        )
    return problems


def _mutu_component(
    items: tuple[HasilMutu, ...], sum_harus: Decimal, sum_terlayani: Decimal, metode: MetodeMutu
) -> Decimal | None:
    """The mutu achievement as a fraction of 1 (None when undefined)."""
    if metode is MetodeMutu.RASIO_JUMLAH:
        return None if sum_harus == 0 else sum_terlayani / sum_harus
    shares = [m.persen for m in items if m.persen is not None]
    return sum(shares, ZERO) / len(shares) / HUNDRED if shares else None


def compute_jenis_layanan(
    jenis: HitunganJenisLayanan,
    bobot_penerima: Decimal = Decimal(80),
    bobot_mutu: Decimal = Decimal(20),
    metode_mutu: MetodeMutu = MetodeMutu.RASIO_JUMLAH,
) -> HasilJenisLayanan:
    """The block of one jenis pelayanan dasar: both components and their sum."""
    where = Location(table="SPM", indikator=jenis.nama)
    problems = _check_pair(jenis.harus_dilayani, jenis.terlayani, True, where)
    mutu: list[HasilMutu] = []
    for item in jenis.mutu:
        at = Location(table="SPM", indikator=jenis.nama, kode=item.nama)
        persons = counts_persons(item.satuan)
        problems.extend(_check_pair(item.harus_dilayani, item.terlayani, persons, at))
        if persons and item.harus_dilayani > jenis.harus_dilayani >= 0:
            problems.append(
                Problem(
                    SPM_MUTU_MELEBIHI_PENERIMA,
                    Severity.WARNING,
                    f"Butir mutu '{item.nama}' harus melayani {format_number(item.harus_dilayani)} "
                    f"orang, lebih dari {format_number(jenis.harus_dilayani)} penerima layanan "
                    "dasar jenis ini. Periksa jumlahnya.",
                    at,
                    found=str(item.harus_dilayani),
                    expected=f"<= {jenis.harus_dilayani}",
                )
            )
        mutu.append(
            HasilMutu(
                item,
                item.harus_dilayani - item.terlayani,
                percent(item.terlayani, item.harus_dilayani),
            )
        )
    sum_harus = sum((m.harus_dilayani for m in jenis.mutu), ZERO)
    sum_terlayani = sum((m.terlayani for m in jenis.mutu), ZERO)
    berlaku = jenis.harus_dilayani != 0 or jenis.terlayani != 0  # anything entered
    has_error = any(p.severity is Severity.ERROR for p in problems)
    share_mutu = _mutu_component(tuple(mutu), sum_harus, sum_terlayani, metode_mutu)
    if berlaku and not has_error and share_mutu is None:
        problems.append(
            Problem(
                SPM_MUTU_KOSONG,
                Severity.ERROR,
                "Butir mutu layanan belum diisi (jumlah yang harus dilayani nol); capaian jenis "
                "layanan ini N/A. Isi jumlah per butir mutu.",
                where,
            )
        )
        has_error = True
    persen_penerima = percent(jenis.terlayani, jenis.harus_dilayani)
    komponen_penerima = komponen_mutu = capaian = None
    if berlaku and not has_error and persen_penerima is not None and share_mutu is not None:
        komponen_penerima = persen_penerima * bobot_penerima / HUNDRED
        komponen_mutu = share_mutu * bobot_mutu
        capaian = komponen_penerima + komponen_mutu
    return HasilJenisLayanan(
        hitungan=jenis,
        berlaku=berlaku,
        belum_terlayani=jenis.harus_dilayani - jenis.terlayani,
        persen_penerima=persen_penerima,
        komponen_penerima=komponen_penerima,
        mutu=tuple(mutu),
        jumlah_mutu_harus=sum_harus,
        jumlah_mutu_terlayani=sum_terlayani,
        persen_mutu=percent(sum_terlayani, sum_harus),
        komponen_mutu=komponen_mutu,
        capaian=capaian,
        problems=tuple(problems),
    )


def compute_indeks_spm(
    jenis: Iterable[HitunganJenisLayanan],
    skala: Scale | None = None,
    bobot_penerima: Decimal = Decimal(80),
    bobot_mutu: Decimal = Decimal(20),
    metode_mutu: MetodeMutu = MetodeMutu.RASIO_JUMLAH,
) -> IndeksSpm:
    """Every jenis block, the index (N/A while any count is invalid) and its category.

    ``bobot_penerima + bobot_mutu`` must be 100 (they come from the dated ``SpmSosial``
    reference); anything else is a programming error (``ValueError``).
    """
    if bobot_penerima + bobot_mutu != HUNDRED:
        raise ValueError(f"bobot SPM harus berjumlah 100, bukan {bobot_penerima + bobot_mutu}")
    hasil = tuple(compute_jenis_layanan(j, bobot_penerima, bobot_mutu, metode_mutu) for j in jenis)
    problems = [p for h in hasil for p in h.problems]
    applying = [h for h in hasil if h.berlaku]
    if not applying:
        problems.append(
            Problem(
                SPM_TANPA_SASARAN,
                Severity.WARNING,
                "Tidak ada jenis layanan dengan penerima yang harus dilayani; indeks SPM N/A.",
                Location(table="SPM"),
            )
        )
    has_error = any(p.severity is Severity.ERROR for p in problems)
    values = [h.capaian for h in applying if h.capaian is not None]
    indeks = None
    if applying and not has_error and len(values) == len(applying):
        indeks = sum(values, ZERO) / len(values)
    band = (
        skala.classify(quantize_percent(indeks))
        if skala is not None and indeks is not None
        else None
    )
    return IndeksSpm(hasil, indeks, band.label if band else "", tuple(problems))
