"""Writing the office profile (tugas pokok, fungsi, struktur organisasi) and the staff tables
of a year. Counts are whole, non-negative numbers of people; a refusal names the cell
("ASN, Sarjana (S1), perempuan: 2,5 tidak sah …") and nothing is written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.db import transaction

from renjana.apps.dokumen.models import PegawaiGolongan, PegawaiPendidikan, ProfilOpd
from renjana.apps.dokumen.services.common import (
    audit,
    check_teks,
    problem,
    require_office_edit,
)
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.core.problems import Location, Problem
from renjana.core.profil import UnitOrganisasi, check_struktur
from renjana.core.sdm import GOLONGAN, Jenjang, StatusPegawai, check_jumlah_pegawai

TAHUN_MIN = 2000
TAHUN_MAKS = 2100
TAHUN_TIDAK_SAH = "TAHUN_TIDAK_SAH"
Jumlah = Decimal | int | None


@transaction.atomic
def simpan_profil(
    *,
    user: Any,
    pd: PerangkatDaerah,
    dasar_hukum: str,
    tugas_pokok: str,
    fungsi: Sequence[str],
    struktur: Sequence[UnitOrganisasi],
    system: bool = False,
) -> ProfilOpd:
    """Store the whole profile (each call replaces the previous one)."""
    require_office_edit(user, pd, system)
    dasar_hukum = " ".join(dasar_hukum.split())
    tugas_pokok = tugas_pokok.strip()
    fungsi = [" ".join(f.split()) for f in fungsi if f.strip()]
    units = [UnitOrganisasi(" ".join(u.nama.split()), u.induk) for u in struktur]
    problems: list[Problem] = [
        *check_teks(dasar_hukum, "dasar_hukum", "Dasar hukum tugas dan fungsi", 300),
        *check_teks(tugas_pokok, "tugas_pokok", "Tugas pokok", 5000),
        *check_struktur(units),
    ]
    for number, item in enumerate(fungsi, 1):
        problems += check_teks(item, "fungsi", f"Fungsi ke-{number}", 1000)
    for unit in units:
        problems += check_teks(unit.nama, "struktur", f"Unit '{unit.nama[:40]}'", 200)
    if problems:
        raise Rejected(problems)
    data = {
        "dasar_hukum": dasar_hukum,
        "tugas_pokok": tugas_pokok,
        "fungsi": fungsi,
        "struktur": [{"nama": u.nama, "induk": u.induk} for u in units],
    }
    profil, created = ProfilOpd.objects.select_for_update().get_or_create(
        perangkat_daerah=pd, defaults={"pemda_id": pd.pemda_id, **data}
    )
    before = None
    if not created:
        before = {k: getattr(profil, k) for k in data}
        for key, value in data.items():
            setattr(profil, key, value)
        profil.save()
    audit(user, pd.pemda_id, "ubah_profil_opd", profil, before, data)
    return profil


def _checked(value: Jumlah, subject: str, field: str, problems: list[Problem]) -> int:
    if value is None:
        return 0
    found = check_jumlah_pegawai(value, subject, Location(field=field))
    problems.extend(found)
    return 0 if found else int(value)


@transaction.atomic
def simpan_sdm(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    pendidikan: Mapping[tuple[StatusPegawai, Jenjang], tuple[Jumlah, Jumlah]],
    golongan: Mapping[str, tuple[Jumlah, Jumlah]],
    system: bool = False,
) -> None:
    """Set the counts (laki-laki, perempuan) of ``tahun`` for the cells given, all or
    nothing. An empty cell is 0; a row of zeros is not stored. Totals are never stored."""
    require_office_edit(user, pd, system)
    problems: list[Problem] = []
    if not TAHUN_MIN <= tahun <= TAHUN_MAKS:
        problems.append(
            problem(TAHUN_TIDAK_SAH, f"Tahun {tahun} tidak sah; isi tahun antara "
                    f"{TAHUN_MIN} dan {TAHUN_MAKS}.", field="tahun")
        )  # fmt: skip
    rows_pendidikan = {}
    for (status, jenjang), (laki, perempuan) in pendidikan.items():
        where = f"{status.value}-{jenjang.value}"
        subject = f"{status.label}, {jenjang.label}"
        rows_pendidikan[(status, jenjang)] = (
            _checked(laki, f"{subject}, laki-laki", f"{where}-l", problems),
            _checked(perempuan, f"{subject}, perempuan", f"{where}-p", problems),
        )
    rows_golongan = {}
    for gol, (laki, perempuan) in golongan.items():
        if gol not in GOLONGAN:
            problems.append(problem("GOLONGAN_TIDAK_DIKENAL", f"Golongan '{gol}' tidak dikenal.",
                                    field="golongan"))  # fmt: skip
            continue
        rows_golongan[gol] = (
            _checked(laki, f"ASN golongan {gol}, laki-laki", f"{gol}-l", problems),
            _checked(perempuan, f"ASN golongan {gol}, perempuan", f"{gol}-p", problems),
        )
    if problems:
        raise Rejected(problems)
    before = _counts(pd, tahun)
    for (status, jenjang), (laki, perempuan) in rows_pendidikan.items():
        keys = {"perangkat_daerah": pd, "tahun": tahun, "status": status.value,
                "jenjang": jenjang.value}  # fmt: skip
        _store(PegawaiPendidikan, keys, pd.pemda_id, laki, perempuan)
    for gol, (laki, perempuan) in rows_golongan.items():
        keys = {"perangkat_daerah": pd, "tahun": tahun, "golongan": gol}
        _store(PegawaiGolongan, keys, pd.pemda_id, laki, perempuan)
    after = _counts(pd, tahun)
    if before != after:
        audit(user, pd.pemda_id, "ubah_sdm", pd, {"tahun": tahun, **before},
              {"tahun": tahun, **after})  # fmt: skip


def _store(model: Any, keys: dict[str, Any], pemda_id: int, laki: int, perempuan: int) -> None:
    if laki == 0 and perempuan == 0:
        model.objects.filter(**keys).delete()
        return
    model.objects.update_or_create(
        **keys, defaults={"pemda_id": pemda_id, "laki_laki": laki, "perempuan": perempuan}
    )


def _counts(pd: PerangkatDaerah, tahun: int) -> dict[str, dict[str, list[int]]]:
    return {
        "pendidikan": {
            f"{s}-{j}": [laki, perempuan]
            for s, j, laki, perempuan in PegawaiPendidikan.objects.filter(
                perangkat_daerah=pd, tahun=tahun
            ).values_list("status", "jenjang", "laki_laki", "perempuan")
        },
        "golongan": {
            g: [laki, perempuan]
            for g, laki, perempuan in PegawaiGolongan.objects.filter(
                perangkat_daerah=pd, tahun=tahun
            ).values_list("golongan", "laki_laki", "perempuan")
        },
    }
