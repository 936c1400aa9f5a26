"""Writers of the Renstra's program → kegiatan → sub kegiatan rows and their yearly pagu.

Rows are added by nomenclature code only, from the nomenclature version in force in the
Renstra's first year at the office's tingkat, so names are always the official ones and a
kab/kota office can never plan a provinsi kegiatan. A missing program or kegiatan above a
new code is added with it. Pagu is stored per sub kegiatan and year (``RenstraPagu``);
kegiatan, program, sasaran and tujuan totals are computed by the selector, never stored.
Permission, validation, atomicity and audit follow ``services.renstra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction

from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import (
    Level,
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraPagu,
    RenstraSasaran,
)
from renjana.apps.perencanaan.services.renstra import (
    audit,
    decimal_places,
    problem,
    require_editor,
    too_large,
    years_of,
)
from renjana.apps.referensi import selectors as referensi
from renjana.core.idformat import format_money
from renjana.core.kode import Kode, KodeKind, Tingkat, parse_kode
from renjana.core.kode import Level as KodeLevel
from renjana.core.numbers import MONEY_DECIMAL_PLACES, MONEY_MAX_DIGITS
from renjana.core.problems import Problem

_LEVELS = {
    KodeLevel.PROGRAM: Level.PROGRAM,
    KodeLevel.KEGIATAN: Level.KEGIATAN,
    KodeLevel.SUB_KEGIATAN: Level.SUB_KEGIATAN,
}


def add_baris(
    *, user: Any, renstra: Renstra, kode: str, sasaran: RenstraSasaran | None = None
) -> RenstraBaris:
    """Add the row ``kode`` with any missing program/kegiatan above it.

    ``sasaran`` links the program when this call creates it; an existing program keeps its
    link (change it with ``link_sasaran``). A new sub kegiatan gets the nomenclature's
    indicator and satuan, without targets, because the Renja of each year must carry it.
    """
    require_editor(user, renstra)
    parsed = _read_kode(kode, renstra)
    versi = referensi.nomenklatur_versi_for(renstra.tahun_awal)
    if versi is None:
        raise Rejected(
            [
                problem(
                    "NOMENKLATUR_BELUM_ADA",
                    "Nomenklatur belum dimuat; minta administrator menjalankan "
                    "'renjana migrate' atau mengimpor nomenklatur.",
                    "kode",
                )
            ]
        )
    tingkat = renstra.pemda.tingkat
    index = referensi.nomenklatur_index(versi, tingkat)
    chain = [
        str(a)
        for a in dict.fromkeys((parsed.program, parsed.kegiatan, parsed))
        if a is not None and a.level in _LEVELS
    ]
    missing = [k for k in chain if k not in index]
    if missing:
        raise Rejected(
            [
                problem(
                    "KODE_TIDAK_ADA_DI_NOMENKLATUR",
                    f"Kode {k} tidak ada dalam nomenklatur {versi.nama} untuk "
                    f"{Tingkat(tingkat).label}. Periksa kodenya pada daftar nomenklatur.",
                    "kode",
                    k,
                )
                for k in missing
            ]
        )
    existing = {b.kode: b for b in RenstraBaris.objects.filter(renstra=renstra, kode__in=chain)}
    if str(parsed) in existing:
        raise Rejected(
            [problem("BARIS_SUDAH_ADA", f"Kode {parsed} sudah ada dalam Renstra ini.", "kode")]
        )
    if sasaran is not None:
        _check_same_renstra(sasaran, renstra)
    created: list[str] = []
    with transaction.atomic():
        induk: RenstraBaris | None = None
        for kode_baris in chain:
            baris = existing.get(kode_baris)
            if baris is None:
                item = index[kode_baris]
                level = _LEVELS[Kode.from_str(kode_baris).level]
                baris = RenstraBaris.objects.create(
                    pemda=renstra.pemda,
                    renstra=renstra,
                    induk=induk,
                    kode=kode_baris,
                    level=level,
                    nama=item.nama,
                    sasaran=sasaran if level == Level.PROGRAM else None,
                )
                if level == Level.SUB_KEGIATAN and item.indikator:
                    RenstraIndikator.objects.create(
                        pemda=renstra.pemda,
                        renstra=renstra,
                        baris=baris,
                        urutan=1,
                        uraian=item.indikator,
                        satuan=item.satuan,
                    )
                created.append(kode_baris)
            induk = baris
        assert induk is not None
        audit(user, renstra, "tambah_baris_renstra", induk, sesudah={"kode": created})
    return induk


def _read_kode(text: str, renstra: Renstra) -> Kode:
    """A program, kegiatan or sub kegiatan code of the office's tingkat, or ``Rejected``."""
    parsed = parse_kode(text.strip())
    if (
        parsed.kind is not KodeKind.CURRENT
        or not parsed.ok
        or parsed.kode is None
        or parsed.kode.level not in _LEVELS
    ):
        details = " ".join(p.message for p in parsed.problems)
        raise Rejected(
            [
                problem(
                    "KODE_TIDAK_VALID",
                    f"'{text.strip()}' bukan kode program, kegiatan atau sub kegiatan yang sah "
                    f"(contoh: 1.06.04, 1.06.04.2.01, 1.06.04.2.01.0001). {details}".strip(),
                    "kode",
                )
            ]
        )
    kode = parsed.kode
    tingkat = Tingkat(renstra.pemda.tingkat)
    if kode.tingkat is not None and kode.tingkat is not tingkat:
        raise Rejected(
            [
                problem(
                    "KODE_TINGKAT_LAIN",
                    f"Kode {kode} adalah {kode.level.label.lower()} "
                    f"{kode.tingkat.label} (digit tingkat {kode.tingkat.digit}), sedangkan "
                    f"{renstra.pemda.nama} adalah pemerintah {tingkat.label}. Gunakan kode "
                    f"dengan digit tingkat {tingkat.digit}.",
                    "kode",
                    str(kode),
                )
            ]
        )
    return kode


def _check_same_renstra(sasaran: RenstraSasaran, renstra: Renstra) -> None:
    if sasaran.tujuan.renstra_id != renstra.pk:
        raise Rejected(
            [problem("SASARAN_LAIN", "Sasaran itu bukan sasaran Renstra ini.", "sasaran")]
        )


def link_sasaran(*, user: Any, baris: RenstraBaris, sasaran: RenstraSasaran | None) -> RenstraBaris:
    """Place a program under a sasaran of the same Renstra (``None`` unlinks it)."""
    renstra = baris.renstra
    require_editor(user, renstra)
    if baris.level != Level.PROGRAM:
        raise Rejected(
            [
                problem(
                    "BUKAN_PROGRAM",
                    f"Hanya program yang dikaitkan dengan sasaran; {baris.kode} adalah "
                    f"{baris.get_level_display().lower()} dan mengikuti programnya.",
                    "sasaran",
                    baris.kode,
                )
            ]
        )
    if sasaran is not None:
        _check_same_renstra(sasaran, renstra)
    sebelum = {"sasaran": baris.sasaran_id}
    with transaction.atomic():
        baris.sasaran = sasaran
        baris.save(update_fields=["sasaran"])
        audit(
            user,
            renstra,
            "kaitkan_sasaran_renstra",
            baris,
            sebelum=sebelum,
            sesudah={"sasaran": sasaran.pk if sasaran else None},
        )
    return baris


def delete_baris(*, user: Any, baris: RenstraBaris) -> None:
    """Remove a row with every row below it, their indicators and pagu."""
    renstra = baris.renstra
    require_editor(user, renstra)
    kodes = list(
        RenstraBaris.objects.filter(renstra=renstra, kode__startswith=baris.kode)
        .order_by("kode")
        .values_list("kode", flat=True)
    )
    with transaction.atomic():
        audit(user, renstra, "hapus_baris_renstra", baris, sebelum={"kode": kodes})
        baris.delete()


def set_pagu(*, user: Any, baris: RenstraBaris, pagu: Mapping[int, Decimal | None]) -> RenstraBaris:
    """Set the pagu of a sub kegiatan for the years given; ``None`` clears a year.

    Only sub kegiatan carry pagu: a program or kegiatan total is always the sum of the
    sub kegiatan below it, so typing one would make two truths.
    """
    renstra = baris.renstra
    require_editor(user, renstra)
    problems = _check_pagu(baris, renstra, pagu)
    if problems:
        raise Rejected(problems)
    stored = {p.tahun: p for p in RenstraPagu.objects.filter(baris=baris)}
    sebelum = {str(t): str(p.pagu) for t, p in sorted(stored.items())}
    with transaction.atomic():
        for tahun, value in sorted(pagu.items()):
            row = stored.get(tahun)
            if value is None:
                if row is not None:
                    row.delete()
            elif row is None:
                RenstraPagu.objects.create(
                    pemda=renstra.pemda, baris=baris, tahun=tahun, pagu=value
                )
            elif row.pagu != value:
                RenstraPagu.objects.filter(pk=row.pk).update(pagu=value)
        sesudah = {
            str(p.tahun): str(p.pagu)
            for p in RenstraPagu.objects.filter(baris=baris).order_by("tahun")
        }
        audit(user, renstra, "ubah_pagu_renstra", baris, sebelum=sebelum, sesudah=sesudah)
    return baris


def _check_pagu(
    baris: RenstraBaris, renstra: Renstra, pagu: Mapping[int, Decimal | None]
) -> list[Problem]:
    if baris.level != Level.SUB_KEGIATAN:
        return [
            problem(
                "PAGU_PADA_INDUK",
                f"Pagu hanya diisi pada sub kegiatan; pagu {baris.get_level_display().lower()} "
                f"{baris.kode} selalu dihitung dari sub kegiatan di bawahnya.",
                "",
                baris.kode,
            )
        ]
    problems: list[Problem] = []
    for tahun, value in sorted(pagu.items()):
        field = f"pagu_{tahun}"
        if tahun not in years_of(renstra):
            problems.append(
                problem(
                    "TAHUN_DI_LUAR_PERIODE",
                    f"Pagu tahun {tahun} di luar periode Renstra "
                    f"{renstra.tahun_awal}–{renstra.tahun_akhir}.",
                    field,
                    baris.kode,
                )
            )
            continue
        if value is None:
            continue
        if value < 0:
            problems.append(
                problem(
                    "PAGU_NEGATIF",
                    f"Pagu {tahun} tidak boleh negatif ({format_money(value)}).",
                    field,
                    baris.kode,
                )
            )
        elif too_large(value, MONEY_MAX_DIGITS - MONEY_DECIMAL_PLACES):
            problems.append(
                problem("PAGU_TERLALU_BESAR", f"Pagu {tahun} terlalu besar.", field, baris.kode)
            )
        elif decimal_places(value) > MONEY_DECIMAL_PLACES:
            problems.append(
                problem(
                    "PAGU_LEBIH_DARI_SEN",
                    f"Pagu {tahun} memiliki lebih dari {MONEY_DECIMAL_PLACES} angka di "
                    "belakang koma; rupiah dicatat sampai sen.",
                    field,
                    baris.kode,
                )
            )
    return problems
