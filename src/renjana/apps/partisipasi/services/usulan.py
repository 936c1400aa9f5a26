"""Proposals: register, edit, screen, decide (and forward), attach files, import.

Only the office that owns a proposal screens and decides it: its operator, or an admin
Bappeda of the pemda (``organisasi.scope.require_edit_plan``). A proposal decided
``dialihkan`` keeps that decision in its office; a copy owned by the receiving office is made,
with ``asal`` pointing back, and appears in that office's register to be screened and decided
there. Changing the decision away from ``dialihkan`` withdraws the copy while the receiving
office has not decided it yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.partisipasi.models import (
    LampiranUsulan,
    StatusUsulan,
    Usulan,
    UsulanBaris,
)
from renjana.apps.partisipasi.services import audit, raise_errors, reject, snapshot
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.apps.referensi import selectors as referensi
from renjana.core import partisipasi as core
from renjana.core.problems import Location, Problem, Severity

LAMPIRAN_EKSTENSI = (".pdf", ".jpg", ".jpeg", ".png", ".doc", ".docx", ".xls", ".xlsx", ".odt")
LAMPIRAN_MAKS = 10 * 1024 * 1024
USULAN_FIELDS = [
    "sumber", "tingkat_musrenbang", "pengusul", "anggota_dprd", "fraksi", "dapil", "uraian",
    "wilayah", "lokasi_rincian", "lokasi_teks", "volume_nilai", "volume_satuan", "volume_teks",
    "biaya", "catatan",
]  # fmt: skip
KEPUTUSAN_FIELDS = ["status", "keputusan", "alasan", "dialihkan_ke"]
TELAAH_FIELDS = ["status", "sesuai_tugas", "sesuai_kewenangan", "dapat_didanai", "catatan_telaah"]
WILAYAH_LUAR = "USULAN_WILAYAH_DI_LUAR_PEMDA"
SUB_KEGIATAN_TIDAK_ADA = "USULAN_SUB_KEGIATAN_TIDAK_ADA"
TUJUAN_TIDAK_SAH = "USULAN_TUJUAN_PENGALIHAN_TIDAK_SAH"
SUDAH_DIPUTUSKAN_PENERIMA = "USULAN_SUDAH_DIPUTUSKAN_PENERIMA"
LAMPIRAN_TIDAK_SAH = "USULAN_LAMPIRAN_TIDAK_SAH"
TERUSAN_TIDAK_DIHAPUS = "USULAN_TERUSAN_TIDAK_DAPAT_DIHAPUS"
SUDAH_DIPUTUSKAN = "USULAN_SUDAH_DIPUTUSKAN"
TAHUN_BERBEDA = "USULAN_TAHUN_BERBEDA"


def _fresh(usulan: Usulan) -> Usulan:
    """The stored proposal, locked for this transaction (a caller's copy may be stale)."""
    qs = Usulan.objects.select_for_update(of=("self",)).select_related(
        "perangkat_daerah", "dialihkan_ke"
    )
    return qs.get(pk=usulan.pk)


def telaah_of(usulan: Usulan) -> core.Telaah:
    return core.Telaah(usulan.sesuai_tugas, usulan.sesuai_kewenangan, usulan.dapat_didanai)


def _where(usulan: Usulan) -> Location:
    return Location(opd=usulan.perangkat_daerah.kode, row=usulan.nomor)


def _wilayah(pd: PerangkatDaerah, kode: str | None, where: Location) -> tuple[int | None, str]:
    """The id and name of a wilayah inside the office's pemda; Rejected otherwise."""
    if not kode:
        return None, ""
    names = {k: n for k, n, _ in referensi.wilayah_choices(pd.pemda.kode_wilayah)}
    if kode not in names:
        raise Rejected(
            [
                Problem(
                    WILAYAH_LUAR,
                    Severity.ERROR,
                    f"Wilayah {kode} bukan bagian dari {pd.pemda.nama}; pilih kecamatan atau "
                    "kelurahan/desa di wilayah pemda ini.",
                    replace(where, field="lokasi"),
                )
            ]
        )
    return referensi.wilayah_ids([kode]).get(kode), names[kode]


def _fields(pd: PerangkatDaerah, data: core.UsulanInput, where: Location) -> dict[str, Any]:
    wilayah_id, nama = _wilayah(pd, data.kode_wilayah, where)
    teks = data.lokasi.strip() or ", ".join(p for p in (data.rincian_lokasi.strip(), nama) if p)
    return {
        "sumber": data.sumber.value,
        "tingkat_musrenbang": data.tingkat_musrenbang.value if data.tingkat_musrenbang else "",
        "pengusul": data.pengusul.strip(),
        "anggota_dprd": data.anggota_dprd.strip(),
        "fraksi": data.fraksi.strip(),
        "dapil": data.dapil.strip(),
        "uraian": data.uraian.strip(),
        "wilayah_id": wilayah_id,
        "lokasi_rincian": data.rincian_lokasi.strip(),
        "lokasi_teks": teks,
        "volume_nilai": data.volume.nilai,
        "volume_satuan": data.volume.satuan,
        "volume_teks": data.volume.teks,
        "biaya": data.biaya,
        "catatan": data.catatan.strip(),
    }


def _next_nomor(pd: PerangkatDaerah, tahun: int) -> int:
    top = Usulan.objects.filter(perangkat_daerah=pd, tahun=tahun).aggregate(Max("nomor"))
    return int(top["nomor__max"] or 0) + 1


def _create(user: Any, pd: PerangkatDaerah, data: core.UsulanInput, where: Location) -> Usulan:
    fields = _fields(pd, data, where)
    usulan = Usulan.objects.create(
        pemda=pd.pemda, perangkat_daerah=pd, tahun=data.tahun,
        nomor=_next_nomor(pd, data.tahun), **fields,
    )  # fmt: skip
    audit(user, usulan, "tambah_usulan", None, snapshot(usulan, ["nomor", "tahun", *USULAN_FIELDS]))
    return usulan


@transaction.atomic
def create_usulan(
    *, user: Any, pd: PerangkatDaerah, data: core.UsulanInput, system: bool = False
) -> Usulan:
    """Register a proposal for ``pd``; ``system`` is for the sample loader only."""
    if not system:
        require_edit_plan(user, pd)
    where = Location(opd=pd.kode)
    raise_errors(core.check_usulan(data, where))
    return _create(user, pd, data, where)


@transaction.atomic
def import_usulan(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    items: Sequence[core.UsulanInput],
    locations: Sequence[Location] | None = None,
    system: bool = False,
) -> list[Usulan]:
    """Register every proposal of an import, or none: all problems are collected first."""
    if not system:
        require_edit_plan(user, pd)
    where = list(locations or [Location(row=n) for n in range(1, len(items) + 1)])
    problems: list[Problem] = []
    names = {k for k, _, _ in referensi.wilayah_choices(pd.pemda.kode_wilayah)}
    for item, at in zip(items, where, strict=True):
        problems.extend(core.check_usulan(item, at))
        if item.tahun != tahun:
            message = f"Tahun usulan {item.tahun} berbeda dengan tahun impor {tahun}."
            problems.append(Problem(TAHUN_BERBEDA, Severity.ERROR, message, at))
        if item.kode_wilayah and item.kode_wilayah not in names:
            message = f"Wilayah {item.kode_wilayah} bukan bagian dari {pd.pemda.nama}."
            problems.append(Problem(WILAYAH_LUAR, Severity.ERROR, message, at))
    raise_errors(problems)
    created = [_create(user, pd, item, at) for item, at in zip(items, where, strict=True)]
    audit(user, pd, "impor_usulan", None, {"tahun": tahun, "jumlah": len(created)})
    return created


def _recheck(usulan: Usulan, telaah: core.Telaah, biaya: Decimal | None) -> None:
    """A decided proposal must still satisfy its decision after an edit or a new screening."""
    if not usulan.keputusan:
        return
    decision = core.KeputusanInput(
        core.Keputusan(usulan.keputusan),
        usulan.alasan,
        tuple(
            core.Akomodasi(a.baris.kode, a.jumlah) for a in usulan.akomodasi.select_related("baris")
        ),
        usulan.dialihkan_ke.kode if usulan.dialihkan_ke else "",
    )
    raise_errors(core.check_keputusan(decision, telaah, biaya, _where(usulan)))


@transaction.atomic
def update_usulan(*, user: Any, usulan: Usulan, data: core.UsulanInput) -> Usulan:
    """Change what a proposal says; a decided proposal must still fit its decision."""
    usulan = _fresh(usulan)
    require_edit_plan(user, usulan.perangkat_daerah)
    where = _where(usulan)
    if data.tahun != usulan.tahun:
        raise reject(TAHUN_BERBEDA, "Tahun usulan tidak dapat diubah; daftarkan usulan baru.")
    raise_errors(core.check_usulan(data, where))
    _recheck(usulan, telaah_of(usulan), data.biaya)
    before = snapshot(usulan, USULAN_FIELDS)
    for name, value in _fields(usulan.perangkat_daerah, data, where).items():
        setattr(usulan, name, value)
    usulan.save()
    audit(user, usulan, "ubah_usulan", before, snapshot(usulan, USULAN_FIELDS))
    return usulan


@transaction.atomic
def delete_usulan(*, user: Any, usulan: Usulan) -> None:
    """Remove a proposal registered by mistake: only while undecided, never a forwarded copy."""
    usulan = _fresh(usulan)
    require_edit_plan(user, usulan.perangkat_daerah)
    if usulan.asal_id is not None:
        raise reject(
            TERUSAN_TIDAK_DIHAPUS,
            "Usulan ini dialihkan dari perangkat daerah lain dan tidak dapat dihapus; putuskan "
            "'Tidak diakomodir' dengan alasannya.",
        )
    if usulan.keputusan:
        raise reject(SUDAH_DIPUTUSKAN, "Usulan yang sudah diputuskan tidak dapat dihapus.")
    audit(user, usulan, "hapus_usulan", snapshot(usulan, ["nomor", *USULAN_FIELDS]), None)
    usulan.delete()


@transaction.atomic
def screen_usulan(
    *,
    user: Any,
    usulan: Usulan,
    sesuai_tugas: bool | None,
    sesuai_kewenangan: bool | None,
    dapat_didanai: bool | None,
    catatan: str = "",
    system: bool = False,
) -> Usulan:
    """Record the screening (within the office's tasks? its tingkat's authority? fundable?)."""
    usulan = _fresh(usulan)
    if not system:
        require_edit_plan(user, usulan.perangkat_daerah)
    telaah = core.Telaah(sesuai_tugas, sesuai_kewenangan, dapat_didanai)
    _recheck(usulan, telaah, usulan.biaya)
    before = snapshot(usulan, TELAAH_FIELDS)
    usulan.sesuai_tugas = sesuai_tugas
    usulan.sesuai_kewenangan = sesuai_kewenangan
    usulan.dapat_didanai = dapat_didanai
    usulan.catatan_telaah = catatan.strip()
    if not usulan.keputusan:
        usulan.status = StatusUsulan.DITELAAH if telaah.is_complete else StatusUsulan.BARU
    usulan.save()
    audit(user, usulan, "telaah_usulan", before, snapshot(usulan, TELAAH_FIELDS))
    return usulan


def _target_office(
    usulan: Usulan, value: PerangkatDaerah | int | str | None
) -> PerangkatDaerah | None:
    """The receiving office: another office of the same pemda (None when none was chosen)."""
    if value is None or value == "":
        return None
    pk = value.pk if isinstance(value, PerangkatDaerah) else value
    target = (
        PerangkatDaerah.objects.filter(pk=pk, pemda_id=usulan.pemda_id).first()
        if str(pk).isdigit()
        else None
    )
    if target is None or target.pk == usulan.perangkat_daerah_id:
        raise reject(
            TUJUAN_TIDAK_SAH,
            "Usulan hanya dapat dialihkan ke perangkat daerah lain dalam pemda yang sama.",
            field="dialihkan_ke",
        )
    return target


def _links(usulan: Usulan, items: Sequence[tuple[int, Decimal | None]]) -> list[tuple[Any, Any]]:
    """The office's sub kegiatan rows of the proposal's year for the chosen ids."""
    if not items:
        return []
    renja = renja_of(usulan.perangkat_daerah).filter(tahun=usulan.tahun).first()
    ids = [pk for pk, _ in items]
    rows = {b.pk: b for b in renja.baris.filter(pk__in=ids)} if renja else {}
    missing = [pk for pk in ids if pk not in rows]
    if missing:
        raise reject(
            SUB_KEGIATAN_TIDAK_ADA,
            f"Sub kegiatan yang dipilih tidak ada dalam Renja {usulan.tahun} "
            f"{usulan.perangkat_daerah.nama}.",
            field="akomodasi",
        )
    return [(rows[pk], jumlah) for pk, jumlah in items]


def _withdraw(user: Any, copy: Usulan) -> None:
    if copy.keputusan:
        raise reject(
            SUDAH_DIPUTUSKAN_PENERIMA,
            f"Usulan yang dialihkan sudah diputuskan oleh {copy.perangkat_daerah.nama}; "
            "pengalihan tidak dapat dibatalkan lagi.",
        )
    audit(user, copy, "tarik_usulan_dialihkan", snapshot(copy, ["nomor", *USULAN_FIELDS]), None)
    copy.delete()


def _forward(user: Any, usulan: Usulan, target: PerangkatDaerah) -> Usulan:
    copy = Usulan.objects.create(
        pemda=usulan.pemda, perangkat_daerah=target, tahun=usulan.tahun,
        nomor=_next_nomor(target, usulan.tahun), asal=usulan,
        **{name: getattr(usulan, name) for name in USULAN_FIELDS},
    )  # fmt: skip
    for item in usulan.lampiran.all():
        LampiranUsulan.objects.create(
            pemda=usulan.pemda, usulan=copy, berkas=item.berkas.name, nama=item.nama,
            ukuran=item.ukuran, diunggah_oleh=item.diunggah_oleh,
        )  # fmt: skip
    after = {"dari": usulan.perangkat_daerah.kode, "nomor_asal": usulan.nomor}
    audit(user, copy, "terima_usulan_dialihkan", None, after)
    return copy


@transaction.atomic
def decide_usulan(
    *,
    user: Pengguna | Any,
    usulan: Usulan,
    keputusan: str,
    alasan: str = "",
    akomodasi: Sequence[tuple[int, Decimal | None]] = (),
    dialihkan_ke: PerangkatDaerah | int | str | None = None,
    system: bool = False,
) -> Usulan:
    """Decide a proposal: diakomodir (fully or partly, with the sub kegiatan that carry it and
    the amount in each), tidak diakomodir, or dialihkan to another office, with a reason.
    ``system`` is for the sample loader only."""
    usulan = _fresh(usulan)
    if not system:
        require_edit_plan(user, usulan.perangkat_daerah)
    try:
        kind = core.Keputusan(keputusan)
    except ValueError:
        raise reject("KEPUTUSAN_TIDAK_DIKENAL", "Pilih keputusan.", field="keputusan") from None
    target = _target_office(usulan, dialihkan_ke) if kind is core.Keputusan.DIALIHKAN else None
    links = _links(usulan, akomodasi)
    decision = core.KeputusanInput(
        kind,
        alasan.strip(),
        tuple(core.Akomodasi(b.kode, jumlah) for b, jumlah in links),
        target.kode if target else "",
    )
    raise_errors(core.check_keputusan(decision, telaah_of(usulan), usulan.biaya, _where(usulan)))
    copies = list(usulan.penerusan.select_related("perangkat_daerah"))
    for copy in copies:
        if target is None or copy.perangkat_daerah_id != target.pk:
            _withdraw(user, copy)
    if target is not None and not any(c.perangkat_daerah_id == target.pk for c in copies):
        _forward(user, usulan, target)
    before = {
        **snapshot(usulan, KEPUTUSAN_FIELDS),
        "akomodasi": [(a.baris.kode, str(a.jumlah)) for a in usulan.akomodasi.all()],
    }
    usulan.keputusan = kind.value
    usulan.alasan = decision.alasan
    usulan.dialihkan_ke = target
    usulan.status = StatusUsulan.DIPUTUSKAN
    usulan.diputuskan_oleh = user if getattr(user, "is_authenticated", False) else None
    usulan.diputuskan_pada = timezone.now()
    usulan.save()
    usulan.akomodasi.all().delete()
    for baris, jumlah in links:
        UsulanBaris.objects.create(pemda=usulan.pemda, usulan=usulan, baris=baris, jumlah=jumlah)
    after = {
        **snapshot(usulan, KEPUTUSAN_FIELDS),
        "akomodasi": [(b.kode, str(j)) for b, j in links],
    }
    audit(user, usulan, "putuskan_usulan", before, after, alasan=decision.alasan)
    return usulan


@transaction.atomic
def add_lampiran(*, user: Any, usulan: Usulan, berkas: UploadedFile) -> LampiranUsulan:
    """Attach a file (PDF, image, office document up to 10 MB) to a proposal."""
    require_edit_plan(user, usulan.perangkat_daerah)
    name = PurePath(berkas.name or "lampiran").name
    size = berkas.size or 0
    if PurePath(name).suffix.lower() not in LAMPIRAN_EKSTENSI or size > LAMPIRAN_MAKS:
        raise reject(
            LAMPIRAN_TIDAK_SAH,
            f"Lampiran '{name}' tidak dapat disimpan: unggah berkas PDF, gambar (JPG/PNG) atau "
            "dokumen kantor (DOC/DOCX/XLS/XLSX/ODT) paling besar 10 MB.",
            field="berkas",
        )
    lampiran = LampiranUsulan(
        pemda=usulan.pemda, usulan=usulan, nama=name, ukuran=size,
        diunggah_oleh=user if getattr(user, "is_authenticated", False) else None,
    )  # fmt: skip
    lampiran.berkas.save(name, berkas, save=True)
    audit(user, lampiran, "tambah_lampiran", None, {"usulan": usulan.pk, "nama": name})
    return lampiran


@transaction.atomic
def delete_lampiran(*, user: Any, lampiran: LampiranUsulan) -> None:
    require_edit_plan(user, lampiran.usulan.perangkat_daerah)
    audit(
        user,
        lampiran,
        "hapus_lampiran",
        {"usulan": lampiran.usulan_id, "nama": lampiran.nama},
        None,
    )
    shared = LampiranUsulan.objects.filter(berkas=lampiran.berkas.name).exclude(pk=lampiran.pk)
    if not shared.exists():
        lampiran.berkas.delete(save=False)
    lampiran.delete()
