"""The only writers of SAKIP data: IKU, Perjanjian Kinerja targets and IKU realisasi.

Every function checks that the user may edit the office's plans (operator of the office, admin
of its pemda), validates the input and runs the core checks (triwulan targets must aggregate to
the annual target, ``core.iku.check_target_triwulan``), writes in one transaction and leaves an
audit record with the values before and after. Refusals are ``Rejected`` with Indonesian
``Problem`` messages; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.forms.models import model_to_dict

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.kinerja.models import (
    TRIWULAN_FIELDS,
    Iku,
    PeriodeRealisasi,
    PerjanjianKinerja,
    RealisasiIku,
)
from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import Agregasi, Polaritas, RenstraSasaran
from renjana.core import capaian as core
from renjana.core.iku import TargetPerjanjianKinerja, check_target_triwulan
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, normalize_satuan

IKU_FIELDS = ("sasaran", "sasaran_teks", "urutan", "uraian", "formulasi", "satuan", "polaritas",
              "agregasi")  # fmt: skip
PK_FIELDS = ("tahun", "target_nilai", "target_teks", *TRIWULAN_FIELDS)
TAHUN_MIN, TAHUN_MAX = 2000, 2100


def _problem(code: str, message: str, **where: Any) -> Problem:
    return Problem(code, Severity.ERROR, message, Location(table="IKU", **where))


def _plain(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}


def _audit(user: Pengguna | None, obj: Any, aksi: str, before: Any, after: Any) -> None:
    record(
        pengguna=user,
        pemda_id=obj.pemda_id,
        aksi=aksi,
        objek_tipe=type(obj).__name__,
        objek_id=obj.pk,
        sebelum=before,
        sesudah=after,
    )


def _check_iku(pd: PerangkatDaerah, data: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if not str(data.get("uraian") or "").strip():
        problems.append(
            _problem("IKU_URAIAN_KOSONG", "Uraian indikator kinerja wajib diisi.", field="uraian")
        )
    sasaran = data.get("sasaran")
    if sasaran is None and not str(data.get("sasaran_teks") or "").strip():
        problems.append(
            _problem(
                "IKU_SASARAN_KOSONG",
                "Setiap IKU berada di bawah sasaran strategis: pilih sasaran Renstra atau "
                "tuliskan sasarannya.",
                field="sasaran",
            )
        )
    if sasaran is not None and sasaran.tujuan.renstra.perangkat_daerah_id != pd.pk:
        problems.append(
            _problem(
                "IKU_SASARAN_LUAR",
                "Sasaran yang dipilih bukan sasaran Renstra perangkat daerah ini.",
                field="sasaran",
            )
        )
    if data.get("polaritas") not in Polaritas.values:
        problems.append(
            _problem(
                "IKU_POLARITAS",
                "Polaritas harus 'naik' (makin tinggi makin baik) atau 'turun'.",
                field="polaritas",
            )
        )
    if data.get("agregasi") not in Agregasi.values:
        problems.append(
            _problem(
                "IKU_AGREGASI",
                "Agregasi harus kumulatif, nilai_akhir atau rata_rata.",
                field="agregasi",
            )
        )
    return problems


def _sasaran(pd: PerangkatDaerah, sasaran_id: int | None) -> RenstraSasaran | None:
    if sasaran_id is None:
        return None
    found = RenstraSasaran.objects.filter(pk=sasaran_id).select_related("tujuan__renstra").first()
    if found is None:
        raise Rejected(
            [_problem("IKU_SASARAN_LUAR", "Sasaran Renstra tidak ditemukan.", field="sasaran")]
        )
    return found


@transaction.atomic
def create_iku(
    *,
    user: Pengguna,
    pd: PerangkatDaerah,
    uraian: str,
    satuan: str = "",
    polaritas: str = Polaritas.NAIK,
    agregasi: str = Agregasi.KUMULATIF,
    formulasi: str = "",
    sasaran_id: int | None = None,
    sasaran_teks: str = "",
    urutan: int | None = None,
) -> Iku:
    """Add an IKU to an office, at the end of its list unless ``urutan`` is given."""
    require_edit_plan(user, pd)
    if urutan is None:
        last = Iku.objects.filter(perangkat_daerah=pd).order_by("-urutan").first()
        urutan = (last.urutan + 1) if last else 1
    data: dict[str, Any] = {
        "sasaran": _sasaran(pd, sasaran_id),
        "sasaran_teks": sasaran_teks.strip(),
        "urutan": urutan,
        "uraian": uraian.strip(),
        "formulasi": formulasi.strip(),
        "satuan": normalize_satuan(satuan),
        "polaritas": polaritas,
        "agregasi": agregasi,
    }
    problems = _check_iku(pd, data)
    if problems:
        raise Rejected(problems)
    iku = Iku.objects.create(pemda=pd.pemda, perangkat_daerah=pd, **data)
    _audit(user, iku, "buat_iku", None, _plain(model_to_dict(iku, fields=list(IKU_FIELDS))))
    return iku


@transaction.atomic
def update_iku(*, user: Pengguna, iku: Iku, changes: Mapping[str, Any]) -> Iku:
    """Change fields of an IKU (``sasaran_id`` to relink it); unknown keys are refused."""
    pd = iku.perangkat_daerah
    require_edit_plan(user, pd)
    allowed = {*IKU_FIELDS, "sasaran_id"} - {"sasaran"}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValueError(f"isian tidak dikenal: {unknown}")
    before = _plain(model_to_dict(iku, fields=list(IKU_FIELDS)))
    data = dict(model_to_dict(iku, fields=list(IKU_FIELDS)))
    data["sasaran"] = iku.sasaran
    for key, value in changes.items():
        if key == "sasaran_id":
            data["sasaran"] = _sasaran(pd, value)
        elif key == "satuan":
            data["satuan"] = normalize_satuan(str(value))
        elif isinstance(value, str):
            data[key] = value.strip()
        else:
            data[key] = value
    problems = _check_iku(pd, data)
    if problems:
        raise Rejected(problems)
    for key, value in data.items():
        setattr(iku, key, value)
    iku.save()
    after = _plain(model_to_dict(iku, fields=list(IKU_FIELDS)))
    _audit(user, iku, "ubah_iku", before, after)
    return iku


@transaction.atomic
def delete_iku(*, user: Pengguna, iku: Iku) -> None:
    """Remove an IKU with its Perjanjian Kinerja targets and realisasi."""
    require_edit_plan(user, iku.perangkat_daerah)
    before = _plain(model_to_dict(iku, fields=list(IKU_FIELDS)))
    before["jumlah_pk"] = iku.perjanjian.count()
    before["jumlah_realisasi"] = iku.realisasi.count()
    _audit(user, iku, "hapus_iku", before, None)
    iku.delete()


def _check_tahun(tahun: int) -> list[Problem]:
    if TAHUN_MIN <= tahun <= TAHUN_MAX:
        return []
    return [_problem("TAHUN_TIDAK_WAJAR", f"Tahun {tahun} di luar {TAHUN_MIN}–{TAHUN_MAX}.")]


def _check_pk(
    iku: Iku,
    tahun: int,
    target_nilai: Decimal | None,
    target_teks: str,
    target_triwulan: Sequence[Decimal | None],
) -> list[Problem]:
    where = {"indikator": iku.uraian}
    problems = _check_tahun(tahun)
    values = [target_nilai, *target_triwulan]
    if any(v is not None and v < 0 for v in values):
        problems.append(
            _problem("PK_TARGET_NEGATIF", "Target tidak boleh negatif.", field="target", **where)
        )
    if target_nilai is not None and target_teks:
        problems.append(
            _problem(
                "PK_TARGET_GANDA",
                "Isi target sebagai angka atau sebagai teks kualitatif, tidak keduanya.",
                field="target",
                **where,
            )
        )
    if len(target_triwulan) != 4:
        raise ValueError("target_triwulan harus berisi 4 nilai (boleh None)")
    filled = [v is not None for v in target_triwulan]
    if any(filled) and not all(filled):
        missing = ", ".join(
            label for label, f in zip(("I", "II", "III", "IV"), filled, strict=True) if not f
        )
        problems.append(
            _problem(
                "PK_TARGET_TRIWULAN_KURANG",
                f"Target triwulan {missing} kosong: isi keempat target triwulan atau "
                "kosongkan semuanya.",
                field="target_triwulan",
                **where,
            )
        )
    if any(filled) and target_nilai is None:
        problems.append(
            _problem(
                "PK_TARGET_TAHUNAN_KOSONG",
                "Target triwulan hanya untuk target tahunan berupa angka: isi target "
                "tahunannya (angka) dahulu.",
                field="target",
                **where,
            )
        )
    if problems or not all(filled):
        return problems
    pk = TargetPerjanjianKinerja(
        sasaran=iku.sasaran_label,
        uraian=iku.uraian,
        target=Quantity(target_nilai, iku.satuan),
        target_triwulan=tuple(Quantity(v, iku.satuan) for v in target_triwulan),
        agregasi=core.Agregasi(iku.agregasi),
        polaritas=core.Polaritas(iku.polaritas),
    )
    return [p for p in check_target_triwulan(pk) if p.severity is Severity.ERROR]


@transaction.atomic
def set_perjanjian_kinerja(
    *,
    user: Pengguna,
    iku: Iku,
    tahun: int,
    target_nilai: Decimal | None,
    target_teks: str = "",
    target_triwulan: Sequence[Decimal | None] = (None, None, None, None),
) -> PerjanjianKinerja | None:
    """Set the Perjanjian Kinerja target of ``iku`` for ``tahun``: annual, and per triwulan
    (all four or none). An empty annual target with no triwulan removes the entry."""
    require_edit_plan(user, iku.perangkat_daerah)
    target_teks = target_teks.strip()
    problems = _check_pk(iku, tahun, target_nilai, target_teks, target_triwulan)
    if problems:
        raise Rejected(problems)
    existing = PerjanjianKinerja.objects.filter(iku=iku, tahun=tahun).first()
    before = _plain(model_to_dict(existing, fields=list(PK_FIELDS))) if existing else None
    if target_nilai is None and not target_teks:
        if existing is not None:
            _audit(user, existing, "hapus_perjanjian_kinerja", before, None)
            existing.delete()
        return None
    values: dict[str, Any] = {"target_nilai": target_nilai, "target_teks": target_teks}
    values.update(dict(zip(TRIWULAN_FIELDS, target_triwulan, strict=True)))
    pk, _ = PerjanjianKinerja.objects.update_or_create(
        iku=iku, tahun=tahun, defaults={"pemda_id": iku.pemda_id, **values}
    )
    after = _plain(model_to_dict(pk, fields=list(PK_FIELDS)))
    _audit(user, pk, "ubah_perjanjian_kinerja", before, after)
    return pk


@transaction.atomic
def record_realisasi_iku(
    *,
    user: Pengguna,
    iku: Iku,
    tahun: int,
    periode: str,
    nilai: Decimal | None,
    teks: str = "",
    keterangan: str = "",
) -> RealisasiIku | None:
    """Record the realisasi of ``iku`` for a triwulan (``tw1`` … ``tw4``) or the year
    (``tahun``). Empty ``nilai`` and ``teks`` remove the entry."""
    require_edit_plan(user, iku.perangkat_daerah)
    teks = teks.strip()
    where = {"indikator": iku.uraian}
    problems = _check_tahun(tahun)
    if periode not in PeriodeRealisasi.values:
        problems.append(
            _problem(
                "PERIODE_TIDAK_DIKENAL",
                f"Periode '{periode}' tidak dikenal; pilih triwulan I–IV atau tahunan.",
                field="periode",
                **where,
            )
        )
    if nilai is not None and nilai < 0:
        problems.append(
            _problem("REALISASI_NEGATIF", "Realisasi tidak boleh negatif.", field="nilai", **where)
        )
    if nilai is not None and teks:
        problems.append(
            _problem(
                "REALISASI_GANDA",
                "Isi realisasi sebagai angka atau sebagai teks kualitatif, tidak keduanya.",
                field="nilai",
                **where,
            )
        )
    if problems:
        raise Rejected(problems)
    existing = RealisasiIku.objects.filter(iku=iku, tahun=tahun, periode=periode).first()
    fields = ["tahun", "periode", "nilai", "teks", "keterangan"]
    before = _plain(model_to_dict(existing, fields=fields)) if existing else None
    if nilai is None and not teks:
        if existing is not None:
            _audit(user, existing, "hapus_realisasi_iku", before, None)
            existing.delete()
        return None
    entry, _ = RealisasiIku.objects.update_or_create(
        iku=iku,
        tahun=tahun,
        periode=periode,
        defaults={
            "pemda_id": iku.pemda_id,
            "nilai": nilai,
            "teks": teks,
            "keterangan": keterangan.strip(),
            "dicatat_oleh": user if getattr(user, "is_authenticated", False) else None,
        },
    )
    _audit(user, entry, "catat_realisasi_iku", before, _plain(model_to_dict(entry, fields=fields)))
    return entry
