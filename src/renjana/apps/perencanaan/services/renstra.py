"""Writers of a Renstra: its period, tujuan and sasaran, and the rules all Renstra writers share.

Indicators are written by ``renstra_indikator``, the program → sub kegiatan rows and their pagu
by ``renstra_baris``. Every function checks that the user may edit the office's plan
(``organisasi.scope``), validates the whole input first and raises ``Rejected`` with every
problem found (Indonesian, naming the form field in ``Location.field``), then writes in one
transaction with an audit record. A refusal writes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import Renstra, RenstraSasaran, RenstraTujuan
from renjana.core.problems import Location, Problem, Severity

#: Years a Renstra may start in; anything else is a typing slip, not a plan.
TAHUN_MINIMUM, TAHUN_MAKSIMUM = 2000, 2100
#: The RPJMD (and so the Renstra) runs five years; a transitional RPD may be shorter. Longer
#: than this is a typing slip (2025–2209).
PERIODE_MAKSIMUM = 10


def problem(code: str, message: str, field: str = "", kode: str = "") -> Problem:
    """A refusal placed on a form field (``field``) so pages can show it beside the input."""
    return Problem(code, Severity.ERROR, message, Location(field=field, kode=kode))


def require_editor(user: Any, renstra: Renstra) -> None:
    """Operators of the office and admins of its pemda edit; everyone else gets 403."""
    require_edit_plan(user, renstra.perangkat_daerah)


def audit(user: Any, renstra: Renstra, aksi: str, obj: Any, **changes: Any) -> None:
    record(
        pengguna=user,
        pemda_id=renstra.pemda_id,
        aksi=aksi,
        objek_tipe=type(obj).__name__,
        objek_id=obj.pk,
        sebelum=changes.get("sebelum"),
        sesudah=changes.get("sesudah"),
    )


def years_of(renstra: Renstra) -> range:
    return range(renstra.tahun_awal, renstra.tahun_akhir + 1)


def too_large(value: Decimal, whole_digits: int) -> bool:
    """More digits before the decimal mark than the column holds."""
    return value != 0 and value.adjusted() >= whole_digits


def decimal_places(value: Decimal) -> int:
    """Significant digits after the decimal mark (``1,50`` → 1, ``100`` → 0)."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def create_renstra(
    *, user: Any, pd: PerangkatDaerah, tahun_awal: int, tahun_akhir: int, dasar_hukum: str = ""
) -> Renstra:
    """Open a Renstra period for an office; two periods of one office may not overlap,
    because each Renja year must be checked against exactly one Renstra."""
    require_edit_plan(user, pd)
    problems: list[Problem] = []
    for field, tahun in (("tahun_awal", tahun_awal), ("tahun_akhir", tahun_akhir)):
        if not TAHUN_MINIMUM <= tahun <= TAHUN_MAKSIMUM:
            problems.append(
                problem(
                    "TAHUN_TIDAK_SAH",
                    f"Tahun {tahun} tidak sah; isi tahun antara {TAHUN_MINIMUM} dan "
                    f"{TAHUN_MAKSIMUM}.",
                    field,
                )
            )
    if not problems and tahun_akhir < tahun_awal:
        problems.append(
            problem(
                "PERIODE_TERBALIK",
                f"Tahun akhir {tahun_akhir} sebelum tahun awal {tahun_awal}; "
                "periksa kembali periode Renstra.",
                "tahun_akhir",
            )
        )
    elif not problems and tahun_akhir - tahun_awal + 1 > PERIODE_MAKSIMUM:
        problems.append(
            problem(
                "PERIODE_TERLALU_PANJANG",
                f"Periode {tahun_awal}–{tahun_akhir} lebih dari {PERIODE_MAKSIMUM} tahun; "
                "Renstra mengikuti periode RPJMD (umumnya lima tahun).",
                "tahun_akhir",
            )
        )
    if not problems:
        other = (
            Renstra.objects.filter(
                perangkat_daerah=pd, tahun_awal__lte=tahun_akhir, tahun_akhir__gte=tahun_awal
            )
            .order_by("tahun_awal")
            .first()
        )
        if other is not None:
            problems.append(
                problem(
                    "RENSTRA_TUMPANG_TINDIH",
                    f"Periode {tahun_awal}–{tahun_akhir} bertumpang tindih dengan Renstra "
                    f"{other.tahun_awal}–{other.tahun_akhir} {pd.nama}. Satu tahun hanya boleh "
                    "dicakup satu Renstra; pilih periode lain.",
                    "tahun_awal",
                )
            )
    if problems:
        raise Rejected(problems)
    with transaction.atomic():
        renstra = Renstra.objects.create(
            pemda=pd.pemda,
            perangkat_daerah=pd,
            tahun_awal=tahun_awal,
            tahun_akhir=tahun_akhir,
            dasar_hukum=dasar_hukum.strip(),
        )
        audit(user, renstra, "buat_renstra", renstra, sesudah=_periode(renstra))
    return renstra


def _periode(renstra: Renstra) -> dict[str, Any]:
    return {"tahun_awal": renstra.tahun_awal, "tahun_akhir": renstra.tahun_akhir}


# --- Tujuan and sasaran ---------------------------------------------------------------


def add_tujuan(
    *, user: Any, renstra: Renstra, uraian: str, nomor: int | None = None
) -> RenstraTujuan:
    require_editor(user, renstra)
    siblings = RenstraTujuan.objects.filter(renstra=renstra)
    nomor = _check_numbered(uraian, nomor, siblings, "Tujuan")
    with transaction.atomic():
        tujuan = RenstraTujuan.objects.create(
            pemda=renstra.pemda, renstra=renstra, nomor=nomor, uraian=uraian.strip()
        )
        audit(user, renstra, "tambah_tujuan_renstra", tujuan, sesudah=_numbered(tujuan))
    return tujuan


def update_tujuan(*, user: Any, tujuan: RenstraTujuan, uraian: str, nomor: int) -> RenstraTujuan:
    renstra = tujuan.renstra
    require_editor(user, renstra)
    siblings = RenstraTujuan.objects.filter(renstra=renstra).exclude(pk=tujuan.pk)
    sebelum = _numbered(tujuan)
    tujuan.nomor = _check_numbered(uraian, nomor, siblings, "Tujuan")
    tujuan.uraian = uraian.strip()
    with transaction.atomic():
        tujuan.save(update_fields=["nomor", "uraian"])
        audit(
            user, renstra, "ubah_tujuan_renstra", tujuan, sebelum=sebelum, sesudah=_numbered(tujuan)
        )
    return tujuan


def delete_tujuan(*, user: Any, tujuan: RenstraTujuan) -> None:
    """Remove a tujuan with its sasaran and their indicators; programs linked to those
    sasaran stay in the Renstra, unlinked."""
    renstra = tujuan.renstra
    require_editor(user, renstra)
    with transaction.atomic():
        audit(user, renstra, "hapus_tujuan_renstra", tujuan, sebelum=_numbered(tujuan))
        tujuan.delete()


def add_sasaran(
    *, user: Any, tujuan: RenstraTujuan, uraian: str, nomor: int | None = None
) -> RenstraSasaran:
    renstra = tujuan.renstra
    require_editor(user, renstra)
    siblings = RenstraSasaran.objects.filter(tujuan=tujuan)
    nomor = _check_numbered(uraian, nomor, siblings, "Sasaran")
    with transaction.atomic():
        sasaran = RenstraSasaran.objects.create(
            pemda=renstra.pemda, tujuan=tujuan, nomor=nomor, uraian=uraian.strip()
        )
        audit(user, renstra, "tambah_sasaran_renstra", sasaran, sesudah=_numbered(sasaran))
    return sasaran


def update_sasaran(
    *, user: Any, sasaran: RenstraSasaran, uraian: str, nomor: int
) -> RenstraSasaran:
    renstra = sasaran.tujuan.renstra
    require_editor(user, renstra)
    siblings = RenstraSasaran.objects.filter(tujuan=sasaran.tujuan).exclude(pk=sasaran.pk)
    sebelum = _numbered(sasaran)
    sasaran.nomor = _check_numbered(uraian, nomor, siblings, "Sasaran")
    sasaran.uraian = uraian.strip()
    with transaction.atomic():
        sasaran.save(update_fields=["nomor", "uraian"])
        audit(
            user,
            renstra,
            "ubah_sasaran_renstra",
            sasaran,
            sebelum=sebelum,
            sesudah=_numbered(sasaran),
        )
    return sasaran


def delete_sasaran(*, user: Any, sasaran: RenstraSasaran) -> None:
    """Remove a sasaran and its indicators; its programs stay, unlinked."""
    renstra = sasaran.tujuan.renstra
    require_editor(user, renstra)
    with transaction.atomic():
        audit(user, renstra, "hapus_sasaran_renstra", sasaran, sebelum=_numbered(sasaran))
        sasaran.delete()


def _check_numbered(uraian: str, nomor: int | None, siblings: Any, jenis: str) -> int:
    """The number to store: the one given if free, else the next after the last sibling."""
    problems: list[Problem] = []
    if not uraian.strip():
        problems.append(problem("URAIAN_KOSONG", f"Uraian {jenis.lower()} wajib diisi.", "uraian"))
    if nomor is None:
        nomor = (siblings.aggregate(last=Max("nomor"))["last"] or 0) + 1
    elif nomor < 1:
        problems.append(
            problem("NOMOR_TIDAK_SAH", "Nomor harus bilangan bulat 1 atau lebih.", "nomor")
        )
    elif siblings.filter(nomor=nomor).exists():
        problems.append(
            problem(
                "NOMOR_GANDA",
                f"Nomor {nomor} sudah dipakai {jenis.lower()} lain; pilih nomor lain.",
                "nomor",
            )
        )
    if problems:
        raise Rejected(problems)
    return nomor


def _numbered(obj: RenstraTujuan | RenstraSasaran) -> dict[str, Any]:
    return {"nomor": obj.nomor, "uraian": obj.uraian}
