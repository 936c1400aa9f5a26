"""The SPM achievement of an office and year (domain.md §2.M(a)): stored counts → core
``HitunganJenisLayanan`` → ``compute_indeks_spm`` with the ``indeks_spm`` scale in force.

Completeness (docs/domain/spm.md): a jenis layanan enters the index only when its counts are
complete; while one is incomplete the index and its category are N/A, never a mean of the
others. A jenis with nobody to serve (0 of 0) is complete and left out by the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from django.http import Http404

from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.spm.models import CapaianSpm, SumberHarus
from renjana.apps.spm.selectors.populasi import count_value, harus_dari_populasi, populasi_data
from renjana.apps.spm.selectors.referensi import (
    PPKS,
    SKALA_INDEKS_SPM,
    JenisLayananRef,
    MutuRef,
    jenis_layanan,
    ppks_names,
    skala_value,
)
from renjana.core import referensi as ref
from renjana.core.populasi import JumlahPopulasi
from renjana.core.problems import Location, Problem, Severity
from renjana.core.spm import (
    HasilJenisLayanan,
    HasilMutu,
    HitunganJenisLayanan,
    HitunganMutu,
    IndeksSpm,
    compute_indeks_spm,
)
from renjana.reference import loaders

SPM_BELUM_LENGKAP = "SPM_BELUM_LENGKAP"
#: Where "harus dilayani" comes from, as the forms send it.
SUMBER_MANUAL: str = SumberHarus.MANUAL.value
SUMBER_POPULASI: str = SumberHarus.POPULASI.value


def tahun_spm(pd: PerangkatDaerah) -> list[int]:
    """Years with any SPM count, oldest first."""
    return sorted(
        set(CapaianSpm.objects.filter(perangkat_daerah=pd).values_list("tahun", flat=True))
    )


@dataclass(frozen=True, slots=True)
class IsianMutuSpm:
    item: MutuRef
    harus_dilayani: Decimal | None
    terlayani: Decimal | None


@dataclass(frozen=True, slots=True)
class BarisSpm:
    """One jenis layanan: the stored counts, the population behind "harus dilayani", the
    core result (None while incomplete) and what is missing."""

    jenis: JenisLayananRef
    diisi: bool
    sumber_harus: str
    harus_dilayani: Decimal | None
    terlayani: Decimal | None
    mutu: tuple[IsianMutuSpm, ...]
    populasi: JumlahPopulasi | None
    hasil: HasilJenisLayanan | None
    kekurangan: tuple[str, ...]

    @property
    def lengkap(self) -> bool:
        return not self.kekurangan

    @property
    def mutu_hasil(self) -> tuple[tuple[IsianMutuSpm, HasilMutu | None], ...]:
        """Every mutu item with its core result (None for an item not computed)."""
        found = {h.hitungan.nama: h for h in self.hasil.mutu} if self.hasil else {}
        return tuple((m, found.get(m.item.nama)) for m in self.mutu)


@dataclass(frozen=True, slots=True)
class LaporanSpm:
    """The SPM achievement of an office in a year (domain.md §2.M(a)).

    ``inti`` is the core result over the complete jenis; ``indeks``/``kategori`` are N/A
    while any jenis is incomplete.
    """

    tahun: int
    tingkat: str
    berlaku_mulai: int | None
    skala: ref.Scale | None
    inti: IndeksSpm
    baris: tuple[BarisSpm, ...]
    problems: tuple[Problem, ...]

    @property
    def lengkap(self) -> bool:
        return bool(self.baris) and all(b.lengkap for b in self.baris)

    @property
    def indeks(self) -> Decimal | None:
        return self.inti.indeks if self.lengkap else None

    @property
    def indeks_persen(self) -> Decimal | None:
        return self.inti.indeks_persen if self.lengkap else None

    @property
    def kategori(self) -> str:
        return self.inti.kategori if self.lengkap else ""


def _missing(
    row: CapaianSpm | None, harus: Decimal | None, mutu: Sequence[IsianMutuSpm]
) -> tuple[str, ...]:
    if row is None:
        return ("belum diisi",)
    missing: list[str] = []
    if harus is None:
        if row.sumber_harus == SumberHarus.POPULASI:
            missing.append("populasi PPKS untuk jumlah yang harus dilayani tidak tersedia (N/A)")
        else:
            missing.append("jumlah yang harus dilayani belum diisi")
    if row.terlayani is None:
        missing.append("jumlah terlayani belum diisi")
    if harus == 0 and row.terlayani == 0:
        return tuple(missing)  # nobody to serve this year: the mutu items do not apply
    incomplete = [m.item.nama for m in mutu if m.harus_dilayani is None or m.terlayani is None]
    if incomplete:
        missing.append(f"{len(incomplete)} butir mutu belum lengkap ({'; '.join(incomplete)})")
    return tuple(missing)


def laporan_spm(pd: PerangkatDaerah, tahun: int) -> LaporanSpm:
    """Every jenis layanan of the office's tingkat with its counts and result, the index and
    its category from the ``indeks_spm`` scale in force in ``tahun``."""
    tingkat = pd.pemda.tingkat
    refs = jenis_layanan(tingkat, tahun)
    stored = {
        c.jenis_id: c
        for c in CapaianSpm.objects.filter(perangkat_daerah=pd, tahun=tahun).prefetch_related(
            "mutu"
        )
    }
    ppks_data = populasi_data(pd, PPKS, tahun)
    names = ppks_names()
    spm = loaders.load_spm()
    skala = skala_value(SKALA_INDEKS_SPM, tahun)
    drafts: list[tuple[BarisSpm, HitunganJenisLayanan | None]] = []
    problems: list[Problem] = []
    for jenis in refs:
        row = stored.get(jenis.id)
        counts = {m.item_id: m for m in row.mutu.all()} if row else {}
        mutu = tuple(
            IsianMutuSpm(
                item,
                count_value(counts[item.id].harus_dilayani) if item.id in counts else None,
                count_value(counts[item.id].terlayani) if item.id in counts else None,
            )
            for item in jenis.mutu
        )
        populasi = harus_dari_populasi(pd, tahun, jenis.nomor, ppks_data, names)
        if row is not None and row.sumber_harus == SumberHarus.POPULASI:
            harus = populasi.jumlah if populasi is not None else None
            if populasi is not None and populasi.jumlah is None:
                problems.extend(populasi.problems)
        else:
            harus = count_value(row.harus_dilayani) if row else None
        kekurangan = _missing(row, harus, mutu)
        hitungan = None
        if not kekurangan and harus is not None and row is not None and row.terlayani is not None:
            hitungan = HitunganJenisLayanan(
                jenis.nomor, jenis.nama, harus, Decimal(row.terlayani),
                tuple(
                    HitunganMutu(m.item.nama, m.item.satuan, m.harus_dilayani, m.terlayani)
                    for m in mutu
                    if m.harus_dilayani is not None and m.terlayani is not None
                ),
            )  # fmt: skip
        else:
            problems.append(
                Problem(
                    SPM_BELUM_LENGKAP,
                    Severity.WARNING,
                    f"{jenis.nama}: {'; '.join(kekurangan)}. Indeks SPM N/A sampai semua jenis "
                    "layanan lengkap.",
                    Location(table="SPM", indikator=jenis.nama),
                )
            )
        baris = BarisSpm(
            jenis, row is not None, row.sumber_harus if row else SumberHarus.MANUAL, harus,
            count_value(row.terlayani) if row else None, mutu, populasi, None, kekurangan,
        )  # fmt: skip
        drafts.append((baris, hitungan))
    complete = [h for _, h in drafts if h is not None]
    inti = compute_indeks_spm(complete, skala, spm.bobot_penerima, spm.bobot_mutu)
    by_nomor = {h.hitungan.nomor: h for h in inti.jenis}
    final = tuple(
        replace(b, hasil=by_nomor.get(b.jenis.nomor) if h is not None else None) for b, h in drafts
    )
    core_problems = inti.problems if complete else ()
    return LaporanSpm(
        tahun, tingkat, refs[0].berlaku_mulai if refs else None, skala, inti, final,
        tuple(problems) + tuple(core_problems),
    )  # fmt: skip


def baris_spm(pd: PerangkatDaerah, tahun: int, nomor: int) -> BarisSpm:
    """One jenis layanan of the report (for its entry form); 404 when the year has none."""
    laporan = laporan_spm(pd, tahun)
    found = next((b for b in laporan.baris if b.jenis.nomor == nomor), None)
    if found is None:
        raise Http404(f"Jenis layanan SPM nomor {nomor} tidak berlaku tahun {tahun}.")
    return found
