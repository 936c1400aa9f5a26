"""Screening and decision of a proposal, and the checks a decision must pass.

The owning office screens a proposal (within its tasks? within its tingkat's authority?
fundable?) and decides: diakomodir, diakomodir sebagian, tidak diakomodir, or dialihkan to
another office. An accommodated proposal is linked to the Renja sub kegiatan that carry it,
each link with the amount accommodated there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from renjana.core.kode import Level, parse_kode
from renjana.core.numbers import ZERO
from renjana.core.partisipasi.usulan import Keputusan
from renjana.core.problems import Location, Problem, Severity

BELUM_DITELAAH = "USULAN_BELUM_DITELAAH"
TIDAK_SESUAI_TELAAH = "USULAN_TIDAK_SESUAI_TELAAH"
TANPA_ALASAN = "USULAN_TANPA_ALASAN"
TANPA_SUB_KEGIATAN = "USULAN_TANPA_SUB_KEGIATAN"
BUKAN_SUB_KEGIATAN = "USULAN_BUKAN_SUB_KEGIATAN"
JUMLAH_TIDAK_SAH = "USULAN_JUMLAH_DIAKOMODIR_TIDAK_SAH"
SUB_KEGIATAN_GANDA = "USULAN_SUB_KEGIATAN_GANDA"
SEBAGIAN_PENUH = "USULAN_SEBAGIAN_TIDAK_KURANG"
DIAKOMODIR_KURANG = "USULAN_DIAKOMODIR_KURANG_DARI_BIAYA"
SUB_KEGIATAN_TANPA_AKOMODASI = "USULAN_SUB_KEGIATAN_TANPA_AKOMODASI"
DIALIHKAN_TANPA_TUJUAN = "USULAN_DIALIHKAN_TANPA_TUJUAN"


@dataclass(frozen=True, slots=True)
class Telaah:
    """The screening answers; ``None`` means not answered yet."""

    sesuai_tugas: bool | None = None
    sesuai_kewenangan: bool | None = None
    dapat_didanai: bool | None = None

    @property
    def is_complete(self) -> bool:
        return None not in (self.sesuai_tugas, self.sesuai_kewenangan, self.dapat_didanai)

    def failed(self) -> tuple[str, ...]:
        """The questions answered "no", in Indonesian."""
        answers = (
            (self.sesuai_tugas, "di luar tugas dan fungsi perangkat daerah"),
            (self.sesuai_kewenangan, "di luar kewenangan tingkat pemerintahannya"),
            (self.dapat_didanai, "tidak dapat didanai"),
        )
        return tuple(text for answer, text in answers if answer is False)


@dataclass(frozen=True, slots=True)
class Akomodasi:
    """One link of a decision: the sub kegiatan ``kode`` carries ``jumlah`` of the proposal."""

    kode: str
    jumlah: Decimal | None


@dataclass(frozen=True, slots=True)
class KeputusanInput:
    """A decision as entered, to be checked before it is stored."""

    keputusan: Keputusan
    alasan: str = ""
    akomodasi: tuple[Akomodasi, ...] = ()
    dialihkan_ke: str = ""


def check_keputusan(
    decision: KeputusanInput,
    telaah: Telaah,
    biaya: Decimal | None,
    where: Location | None = None,
) -> tuple[Problem, ...]:
    """Every reason a decision cannot stand (errors) or deserves a second look (warnings)."""
    problems: list[Problem] = []
    where = where or Location()

    def add(code: str, message: str, isian: str = "") -> None:
        problems.append(Problem(code, Severity.ERROR, message, replace(where, field=isian)))

    kind = decision.keputusan
    if not telaah.is_complete:
        add(
            BELUM_DITELAAH,
            "Usulan belum ditelaah lengkap. Jawab ketiga pertanyaan telaah (sesuai tugas, "
            "sesuai kewenangan, dapat didanai) sebelum memutuskan.",
        )
    if kind.is_accommodated and telaah.failed():
        add(
            TIDAK_SESUAI_TELAAH,
            f"Usulan {', '.join(telaah.failed())} menurut telaah, sehingga tidak dapat "
            "diakomodir. Putuskan 'Tidak diakomodir' atau 'Dialihkan', atau perbaiki telaahnya.",
        )
    if kind is not Keputusan.DIAKOMODIR and not decision.alasan.strip():
        add(
            TANPA_ALASAN,
            f"Tuliskan alasan keputusan '{kind.label}'.",
            isian="alasan",
        )
    if kind is Keputusan.DIALIHKAN and not decision.dialihkan_ke:
        add(
            DIALIHKAN_TANPA_TUJUAN,
            "Pilih perangkat daerah tujuan pengalihan usulan.",
            isian="dialihkan_ke",
        )
    if kind.is_accommodated:
        problems.extend(_check_akomodasi(decision, biaya, where))
    elif decision.akomodasi:
        add(
            SUB_KEGIATAN_TANPA_AKOMODASI,
            f"Usulan yang '{kind.label}' tidak dimuat dalam sub kegiatan; hapus sub kegiatan "
            "yang dipilih atau ubah keputusannya.",
        )
    return tuple(problems)


def _check_akomodasi(
    decision: KeputusanInput, biaya: Decimal | None, where: Location
) -> list[Problem]:
    problems: list[Problem] = []

    def add(code: str, message: str, at: Location, **found: str) -> None:
        problems.append(Problem(code, Severity.ERROR, message, at, **found))

    if not decision.akomodasi:
        message = (
            "Usulan yang diakomodir harus dimuat dalam sekurang-kurangnya satu sub kegiatan "
            "Renja; pilih sub kegiatan dan isi jumlah yang diakomodir."
        )
        add(TANPA_SUB_KEGIATAN, message, where)
        return problems
    seen: set[str] = set()
    for link in decision.akomodasi:
        at = replace(where, kode=link.kode)
        parsed = parse_kode(link.kode).kode
        if parsed is None or parsed.level is not Level.SUB_KEGIATAN:
            message = f"{link.kode} bukan sub kegiatan; usulan dimuat pada sub kegiatan."
            add(BUKAN_SUB_KEGIATAN, message, at)
        if link.kode in seen:
            message = f"Sub kegiatan {link.kode} dipilih lebih dari sekali; gabungkan jumlahnya."
            add(SUB_KEGIATAN_GANDA, message, at)
        seen.add(link.kode)
        if link.jumlah is None or link.jumlah <= 0:
            message = f"Isi jumlah yang diakomodir pada sub kegiatan {link.kode} (lebih dari 0)."
            add(JUMLAH_TIDAK_SAH, message, at)
    amounts = [link.jumlah for link in decision.akomodasi if link.jumlah is not None]
    total = sum(amounts, ZERO)
    if biaya is None or biaya <= 0 or len(amounts) < len(decision.akomodasi):
        return problems
    if decision.keputusan is Keputusan.DIAKOMODIR_SEBAGIAN and total >= biaya:
        message = (
            "Jumlah yang diakomodir tidak kurang dari perkiraan biaya usulan; pilih "
            "'Diakomodir', atau kurangi jumlahnya bila memang hanya sebagian."
        )
        add(SEBAGIAN_PENUH, message, where, found=str(total), expected=f"< {biaya}")
    if decision.keputusan is Keputusan.DIAKOMODIR and total < biaya:
        message = (
            "Jumlah yang diakomodir kurang dari perkiraan biaya usulan; periksa apakah "
            "keputusannya 'Diakomodir sebagian'."
        )
        warning = Problem(DIAKOMODIR_KURANG, Severity.WARNING, message, where)
        problems.append(replace(warning, found=str(total), expected=str(biaya)))
    return problems
