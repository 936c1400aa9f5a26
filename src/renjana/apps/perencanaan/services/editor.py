"""Editing a Renja row by row. Every function checks role, office scope and the stage lock,
writes in one transaction and leaves an audit record with the values before and after."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.models import model_to_dict

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import Pengguna, Peran, PerangkatDaerah, UnitKerja
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import (
    Indikator,
    Level,
    Lokasi,
    Renja,
    RenjaBaris,
    StatusRenja,
    SumberDanaBaris,
    Tahap,
)
from renjana.apps.perencanaan.selectors.renstra import renstra_for_year, renstra_pagu_for_year
from renjana.apps.referensi import selectors as referensi
from renjana.core.kode import Level as KodeLevel
from renjana.core.kode import parse_kode
from renjana.core.problems import Location, Problem, Severity
from renjana.core.tahapan import Aksi, State, Status, refusal
from renjana.core.tahapan import Tahap as CoreTahap

_LEVEL = {
    KodeLevel.PROGRAM: Level.PROGRAM,
    KodeLevel.KEGIATAN: Level.KEGIATAN,
    KodeLevel.SUB_KEGIATAN: Level.SUB_KEGIATAN,
}
BARIS_FIELDS = ("pagu", "pagu_n1", "kelompok_sasaran", "waktu_pelaksanaan", "catatan", "unit_kerja")
INDIKATOR_FIELDS = (
    "uraian",
    "satuan",
    "polaritas",
    "agregasi",
    "target_nilai",
    "target_teks",
    "target_n1_nilai",
    "target_n1_teks",
)


def peran_of(user: Pengguna) -> str:
    return Peran.ADMIN if user.is_superuser else user.peran


def guard(user: Pengguna, renja: Renja, aksi: Aksi = Aksi.UBAH) -> None:
    """Refuse unless ``user`` may do ``aksi`` on ``renja`` now (scope, role, lock)."""
    if aksi in (Aksi.UBAH, Aksi.AJUKAN, Aksi.LANJUT_TAHAP):
        require_edit_plan(user, renja.perangkat_daerah)
    elif not user.is_superuser and user.pemda_id != renja.pemda_id:
        raise PermissionDenied("Renja ini di luar lingkup pemda Anda.")
    state = State(CoreTahap(renja.tahap), Status(renja.status))
    reason = refusal(state, aksi, peran_of(user))
    if reason is not None:
        raise PermissionDenied(reason)


def _snapshot(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    data = model_to_dict(obj, fields=list(fields))
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}


def _audit(user: Pengguna, obj: Any, aksi: str, before: Any, after: Any, alasan: str = "") -> None:
    record(
        pengguna=user,
        pemda_id=obj.pemda_id,
        aksi=aksi,
        objek_tipe=type(obj).__name__,
        objek_id=obj.pk,
        sebelum=before,
        sesudah=after,
        alasan=alasan,
    )


def _refuse_nul(changes: dict[str, Any], kode: str) -> None:
    """Text with NUL characters cannot be stored by PostgreSQL; refuse it with a reason."""
    for field, value in changes.items():
        if isinstance(value, str) and "\x00" in value:
            raise _reject(
                "TEKS_TIDAK_SAH", "Teks berisi karakter NUL; hapus karakter itu.", kode=kode,
                field=field,
            )  # fmt: skip


def _reject(code: str, message: str, **where: Any) -> Rejected:
    return Rejected([Problem(code, Severity.ERROR, message, Location(**where))])


@transaction.atomic
def create_renja(
    *,
    user: Pengguna,
    pd: PerangkatDaerah,
    tahun: int,
    salin_dari: int | None = None,
    dari_renstra: bool = False,
) -> Renja:
    """A new Renja for ``tahun`` in stage Rancangan Awal: empty, carried over from the Renja
    of year ``salin_dari`` (its rows keep their indicators, and its prakiraan maju becomes
    the new year's target and pagu), and/or filled from the Renstra covering ``tahun``
    (rows missing so far, with the Renstra's targets and pagu of years n and n+1)."""
    require_edit_plan(user, pd)
    if peran_of(user) not in (Peran.OPERATOR, Peran.ADMIN):
        raise PermissionDenied("Peran Anda tidak berwenang menyusun Renja.")
    if Renja.objects.filter(perangkat_daerah=pd, tahun=tahun).exists():
        raise _reject("RENJA_SUDAH_ADA", f"Renja tahun {tahun} untuk {pd.nama} sudah ada.")
    versi = referensi.nomenklatur_versi_for(tahun)
    renja = Renja.objects.create(
        pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, tahap=Tahap.RANCANGAN_AWAL,
        nomenklatur_versi=versi,
    )  # fmt: skip
    if salin_dari is not None:
        source = Renja.objects.filter(perangkat_daerah=pd, tahun=salin_dari).first()
        if source is None:
            raise _reject("RENJA_SUMBER_TIDAK_ADA", f"Renja tahun {salin_dari} tidak ada.")
        _carry_over(source, renja)
    if dari_renstra:
        _fill_from_renstra(renja)
    _audit(
        user,
        renja,
        "buat_renja",
        None,
        {"tahun": tahun, "salin_dari": salin_dari, "dari_renstra": dari_renstra},
    )
    return renja


def _fill_from_renstra(renja: Renja) -> None:
    """Add the Renstra rows of the Renja's year that the Renja lacks, with their targets."""
    pd, tahun = renja.perangkat_daerah, renja.tahun
    rows = renstra_for_year(pd, tahun)
    if rows is None:
        raise _reject(
            "RENSTRA_TIDAK_ADA",
            f"Tidak ada Renstra {pd.nama} yang mencakup tahun {tahun}; buat Renstra dulu "
            "atau susun Renja tanpa Renstra.",
        )
    pagu = renstra_pagu_for_year(pd, tahun) or {}
    pagu_n1 = renstra_pagu_for_year(pd, tahun + 1) or {}
    versi = renja.nomenklatur_versi
    index = referensi.nomenklatur_index(versi, pd.pemda.tingkat) if versi else {}
    stored = {b.kode: b for b in RenjaBaris.objects.filter(renja=renja)}
    leaves = {r.kode for r in rows} - {
        str(k.parent) for r in rows if (k := parse_kode(r.kode).kode) and k.parent
    }
    for row in rows:
        if row.kode in stored:
            continue
        parsed = parse_kode(row.kode).kode
        if parsed is None or parsed.level not in _LEVEL:
            continue
        parent = stored.get(str(parsed.parent)) if parsed.level != KodeLevel.PROGRAM else None
        is_leaf = row.kode in leaves
        baris = RenjaBaris.objects.create(
            pemda=renja.pemda, renja=renja, induk=parent, kode=row.kode,
            level=_LEVEL[parsed.level], nomenklatur=index.get(row.kode), nama=row.nama,
            pagu=pagu.get(row.kode) if is_leaf else None,
            pagu_n1=pagu_n1.get(row.kode) if is_leaf else None,
        )  # fmt: skip
        stored[row.kode] = baris
        for urutan, ind in enumerate(row.indikator):
            by_year = {t.tahun: t.target for t in ind.tahunan}
            n, n1 = by_year.get(tahun), by_year.get(tahun + 1)
            Indikator.objects.create(
                pemda=renja.pemda, baris=baris, urutan=urutan, uraian=ind.uraian,
                satuan=ind.satuan, target_nilai=n.nilai if n else None,
                target_teks=n.teks if n else "", target_n1_nilai=n1.nilai if n1 else None,
                target_n1_teks=n1.teks if n1 else "",
            )  # fmt: skip


def _carry_over(source: Renja, target: Renja) -> None:
    copies: dict[int, RenjaBaris] = {}
    for old in (
        RenjaBaris.objects.filter(renja=source)
        .order_by("kode")
        .prefetch_related("indikator", "lokasi", "sumber_dana", "prioritas")
    ):
        new = RenjaBaris.objects.create(
            pemda=target.pemda, renja=target,
            induk=copies.get(old.induk_id) if old.induk_id else None,
            kode=old.kode, level=old.level, nomenklatur=old.nomenklatur, nama=old.nama,
            unit_kerja=old.unit_kerja, pagu=old.pagu_n1, kelompok_sasaran=old.kelompok_sasaran,
            waktu_pelaksanaan=old.waktu_pelaksanaan,
        )  # fmt: skip
        copies[old.pk] = new
        for ind in old.indikator.all():
            Indikator.objects.create(
                pemda=target.pemda, baris=new, urutan=ind.urutan, uraian=ind.uraian,
                satuan=ind.satuan, polaritas=ind.polaritas, agregasi=ind.agregasi,
                is_lokal=ind.is_lokal, target_nilai=ind.target_n1_nilai,
                target_teks=ind.target_n1_teks,
            )  # fmt: skip
        for loc in old.lokasi.all():
            Lokasi.objects.create(
                pemda=target.pemda, baris=new, urutan=loc.urutan, wilayah=loc.wilayah,
                rincian=loc.rincian, teks=loc.teks,
            )  # fmt: skip
        for sd in old.sumber_dana.all():
            SumberDanaBaris.objects.create(
                pemda=target.pemda, baris=new, sumber_dana=sd.sumber_dana, nama=sd.nama
            )
        new.prioritas.set(old.prioritas.all())


@transaction.atomic
def add_baris(*, user: Pengguna, renja: Renja, kode: str) -> RenjaBaris:
    """Add a program, kegiatan or sub kegiatan from the nomenclature of the Renja's year.

    Missing parents are added too. The office's tingkat and bidang urusan decide what may be
    added: a kab/kota office can never pick a provinsi kegiatan, and vice versa. A sub
    kegiatan gets the official indicator and satuan as its first indicator.
    """
    guard(user, renja)
    pd = renja.perangkat_daerah
    parsed = parse_kode(kode)
    if not parsed.ok or parsed.kode is None or parsed.kode.level not in _LEVEL:
        raise _reject(
            "KODE_TIDAK_VALID", f"Kode '{kode}' bukan kode program/kegiatan/sub kegiatan."
        )
    target = parsed.kode
    if target.tingkat is not None and target.tingkat.value != pd.pemda.tingkat:
        raise _reject(
            "TINGKAT_KODE_SALAH",
            f"Kode {target} adalah nomenklatur {target.tingkat.label}, sedangkan "
            f"{pd.pemda.nama} adalah pemda {pd.pemda.get_tingkat_display()}.",
            kode=str(target),
        )
    bidang = str(target.bidang) if target.bidang else ""
    if pd.urusan and bidang not in pd.urusan:
        raise _reject(
            "URUSAN_BUKAN_KEWENANGAN",
            f"Bidang urusan {bidang} tidak ditangani {pd.nama} ({', '.join(pd.urusan)}).",
            kode=str(target),
        )
    versi = renja.nomenklatur_versi or referensi.nomenklatur_versi_for(renja.tahun)
    chain = [k for k in (target.program, target.kegiatan, target) if k is not None]
    chain = list(dict.fromkeys(chain))
    existing = {b.kode: b for b in RenjaBaris.objects.filter(renja=renja, kode__in=map(str, chain))}
    if str(target) in existing:
        raise _reject("KODE_GANDA", f"Baris {target} sudah ada di Renja ini.", kode=str(target))
    parent: RenjaBaris | None = None
    for k in chain:
        if str(k) in existing:
            parent = existing[str(k)]
            continue
        item = referensi.nomenklatur_item(versi, str(k), pd.pemda.tingkat) if versi else None
        if item is None:
            raise _reject(
                "KODE_TIDAK_ADA_DI_NOMENKLATUR",
                f"Kode {k} tidak ada dalam nomenklatur yang berlaku untuk tahun {renja.tahun}.",
                kode=str(k),
            )
        if parent is not None and parent.pagu is not None:
            parent.pagu = parent.pagu_n1 = None  # a row with children holds no pagu
            parent.save(update_fields=["pagu", "pagu_n1"])
        parent = RenjaBaris.objects.create(
            pemda=renja.pemda, renja=renja, induk=parent, kode=str(k), level=_LEVEL[k.level],
            nomenklatur=item, nama=item.nama,
        )  # fmt: skip
        if k.level == KodeLevel.SUB_KEGIATAN and item.indikator:
            Indikator.objects.create(
                pemda=renja.pemda, baris=parent, uraian=item.indikator, satuan=item.satuan
            )
        _audit(user, parent, "tambah_baris", None, {"kode": str(k), "nama": item.nama})
    assert parent is not None
    return parent


def _editable_baris(user: Pengguna, baris: RenjaBaris) -> None:
    guard(user, baris.renja)


@transaction.atomic
def update_baris(*, user: Pengguna, baris: RenjaBaris, changes: dict[str, Any]) -> RenjaBaris:
    """Change planning fields of a row. Pagu is accepted on leaf rows only."""
    _editable_baris(user, baris)
    unknown = set(changes) - set(BARIS_FIELDS)
    if unknown:
        raise _reject("ISIAN_TIDAK_DIKENAL", f"Isian tidak dikenal: {', '.join(sorted(unknown))}.")
    for field in ("pagu", "pagu_n1"):
        value = changes.get(field)
        if value is not None and value < 0:
            raise _reject("PAGU_NEGATIF", "Pagu tidak boleh negatif.", kode=baris.kode, field=field)
    _refuse_nul(changes, baris.kode)
    has_children = RenjaBaris.objects.filter(induk=baris).exists()
    if has_children and any(changes.get(k) is not None for k in ("pagu", "pagu_n1")):
        raise _reject(
            "PAGU_PADA_INDUK",
            f"Pagu {baris.kode} dihitung dari baris di bawahnya; isi pagu pada sub kegiatan.",
            kode=baris.kode,
            field="pagu",
        )
    unit = changes.get("unit_kerja")
    if unit is not None and not isinstance(unit, UnitKerja):
        unit = UnitKerja.objects.filter(
            pk=unit, perangkat_daerah=baris.renja.perangkat_daerah
        ).first()
        if unit is None:
            raise _reject("UNIT_KERJA_TIDAK_ADA", "Unit kerja tidak ada di perangkat daerah ini.")
        changes = {**changes, "unit_kerja": unit}
    before = _snapshot(baris, list(changes))
    for field, value in changes.items():
        setattr(baris, field, value)
    baris.save()
    _audit(user, baris, "ubah_baris", before, _snapshot(baris, list(changes)))
    return baris


@transaction.atomic
def delete_baris(*, user: Pengguna, baris: RenjaBaris) -> None:
    """Remove a row and everything under it."""
    _editable_baris(user, baris)
    removed = list(
        RenjaBaris.objects.filter(renja=baris.renja, kode__startswith=baris.kode).values_list(
            "kode", flat=True
        )
    )
    before = {"kode": baris.kode, "nama": baris.nama, "pagu": str(baris.pagu), "ikut": removed}
    _audit(user, baris, "hapus_baris", before, None)
    RenjaBaris.objects.filter(renja=baris.renja, kode__in=removed).delete()


@transaction.atomic
def add_indikator(
    *, user: Pengguna, baris: RenjaBaris, uraian: str, satuan: str = "", **fields: Any
) -> Indikator:
    """A locally defined indicator (not from the nomenclature), marked as such."""
    _editable_baris(user, baris)
    if not uraian.strip():
        raise _reject(
            "INDIKATOR_KOSONG", "Tulis uraian indikator.", kode=baris.kode, field="uraian"
        )
    urutan = baris.indikator.count()
    ind = Indikator.objects.create(
        pemda=baris.pemda, baris=baris, urutan=urutan, uraian=uraian.strip(), satuan=satuan,
        is_lokal=True, **fields,
    )  # fmt: skip
    _audit(user, ind, "tambah_indikator", None, _snapshot(ind, INDIKATOR_FIELDS))
    return ind


@transaction.atomic
def update_indikator(*, user: Pengguna, indikator: Indikator, changes: dict[str, Any]) -> Indikator:
    _editable_baris(user, indikator.baris)
    unknown = set(changes) - set(INDIKATOR_FIELDS)
    if unknown:
        raise _reject("ISIAN_TIDAK_DIKENAL", f"Isian tidak dikenal: {', '.join(sorted(unknown))}.")
    if "uraian" in changes and not str(changes["uraian"] or "").strip():
        raise _reject(
            "INDIKATOR_KOSONG", "Tulis uraian indikator.", kode=indikator.baris.kode, field="uraian"
        )
    _refuse_nul(changes, indikator.baris.kode)
    before = _snapshot(indikator, list(changes))
    for field, value in changes.items():
        setattr(indikator, field, value)
    indikator.save()
    _audit(user, indikator, "ubah_indikator", before, _snapshot(indikator, list(changes)))
    return indikator


@transaction.atomic
def delete_indikator(*, user: Pengguna, indikator: Indikator) -> None:
    _editable_baris(user, indikator.baris)
    _audit(user, indikator, "hapus_indikator", _snapshot(indikator, INDIKATOR_FIELDS), None)
    indikator.delete()


@transaction.atomic
def set_lokasi(
    *, user: Pengguna, baris: RenjaBaris, items: Sequence[tuple[str | None, str]]
) -> None:
    """Replace the row's lokasi by ``(kode_wilayah or None for the whole pemda, rincian)``."""
    _editable_baris(user, baris)
    pemda = baris.renja.pemda
    names = {k: n for k, n, _ in referensi.wilayah_choices(pemda.kode_wilayah)}
    before = list(baris.lokasi.values_list("teks", flat=True))
    for kode, _ in items:
        if kode and kode not in names:
            raise _reject(
                "WILAYAH_TIDAK_DIKENAL", f"Wilayah {kode} bukan bagian dari {pemda.nama}."
            )
    ids = referensi.wilayah_ids([k for k, _ in items if k])
    baris.lokasi.all().delete()
    for urutan, (kode, rincian) in enumerate(items):
        place = names[kode] if kode else f"Seluruh {pemda.nama}"
        teks = ", ".join(p for p in (place, rincian.strip()) if p)
        Lokasi.objects.create(
            pemda=pemda, baris=baris, urutan=urutan, wilayah_id=ids.get(kode or ""),
            rincian=rincian.strip(), teks=teks,
        )  # fmt: skip
    after = list(baris.lokasi.values_list("teks", flat=True))
    _audit(user, baris, "ubah_lokasi", {"lokasi": before}, {"lokasi": after})


@transaction.atomic
def set_sumber_dana(
    *, user: Pengguna, baris: RenjaBaris, items: Sequence[tuple[str, Decimal | None]]
) -> None:
    """Replace the row's funding sources by ``(SIPD kode, jumlah)`` pairs."""
    _editable_baris(user, baris)
    chosen = []
    for kode, jumlah in items:
        sd = referensi.sumber_dana_by_kode(kode)
        if sd is None:
            raise _reject("SUMBER_DANA_TIDAK_DIKENAL", f"Kode sumber dana {kode} tidak dikenal.")
        if jumlah is not None and jumlah < 0:
            raise _reject("JUMLAH_NEGATIF", "Jumlah sumber dana tidak boleh negatif.")
        chosen.append((sd, jumlah))
    before = [(s.nama, str(s.jumlah)) for s in baris.sumber_dana.all()]
    baris.sumber_dana.all().delete()
    for sd, jumlah in chosen:
        SumberDanaBaris.objects.create(
            pemda=baris.pemda, baris=baris, sumber_dana=sd, nama=sd.nama, jumlah=jumlah
        )
    after = [(sd.nama, str(jumlah)) for sd, jumlah in chosen]
    _audit(user, baris, "ubah_sumber_dana", {"sumber_dana": before}, {"sumber_dana": after})


def renja_is_editable(renja: Renja) -> bool:
    return renja.status in (StatusRenja.DISUSUN, StatusRenja.DIKEMBALIKAN)
