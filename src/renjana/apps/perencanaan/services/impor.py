"""The only writers of planning data. Each call is atomic, permission-checked and audited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction

from renjana.apps.audit.services import record
from renjana.apps.errors import Rejected
from renjana.apps.organisasi.models import PerangkatDaerah, UnitKerja
from renjana.apps.organisasi.scope import require_edit_plan
from renjana.apps.perencanaan.models import (
    Indikator,
    Level,
    Lokasi,
    Renja,
    RenjaBaris,
    Renstra,
    RenstraBaris,
    RenstraIndikator,
    RenstraTahunan,
    SumberDanaBaris,
    Tahap,
)
from renjana.apps.referensi import selectors as referensi
from renjana.apps.referensi import services as referensi_services
from renjana.core.kode import Level as KodeLevel
from renjana.core.kode import parse_kode
from renjana.core.lokasi import PlaceIndex
from renjana.core.problems import Location, Problem, Severity
from renjana.core.renja import RenjaRowInput, RenstraRowInput, TargetValue

_LEVELS = {
    KodeLevel.PROGRAM: Level.PROGRAM,
    KodeLevel.KEGIATAN: Level.KEGIATAN,
    KodeLevel.SUB_KEGIATAN: Level.SUB_KEGIATAN,
}


def import_renja(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun: int,
    tahap: str,
    rows: Sequence[RenjaRowInput],
    system: bool = False,
) -> Renja:
    """Create the Renja of ``pd`` for ``tahun`` with all its rows, or write nothing.

    Rows must come parents first. Every problem that makes the plan unstorable (a code that
    cannot be read, a row without its parent, a duplicate code, pagu on a parent) is
    collected first and raised together as ``Rejected``. ``system`` is for trusted loaders
    (sample data, migrations) that act without a user.
    """
    if not system:
        require_edit_plan(user, pd)
    if tahap not in Tahap.values:
        raise Rejected([_problem("TAHAP_TIDAK_DIKENAL", f"Tahap '{tahap}' tidak dikenal.")])
    if Renja.objects.filter(perangkat_daerah=pd, tahun=tahun).exists():
        raise Rejected([_problem("RENJA_SUDAH_ADA", f"Renja {tahun} untuk {pd.nama} sudah ada.")])
    parsed = _validate_rows(rows)
    versi = referensi.nomenklatur_versi_for(tahun)
    nomenklatur = referensi.nomenklatur_index(versi, pd.pemda.tingkat) if versi else {}
    places = referensi.places_under(pd.pemda.kode_wilayah)
    unit_kerja = {u.nama: u for u in UnitKerja.objects.filter(perangkat_daerah=pd)}

    with transaction.atomic():
        renja = Renja.objects.create(
            pemda=pd.pemda, perangkat_daerah=pd, tahun=tahun, tahap=tahap, nomenklatur_versi=versi
        )
        stored = _store_rows(renja, rows, parsed, nomenklatur, unit_kerja)
        _store_all_details(renja, rows, stored, places)
        record(
            pengguna=user,
            pemda_id=pd.pemda_id,
            aksi="impor_renja",
            objek_tipe="Renja",
            objek_id=renja.pk,
            sesudah={"tahun": tahun, "tahap": tahap, "jumlah_baris": len(rows)},
        )
    return renja


def _store_rows(
    renja: Renja,
    rows: Sequence[RenjaRowInput],
    parsed: Sequence[tuple[str, str | None, str]],
    nomenklatur: dict[str, Any],
    unit_kerja: dict[str, UnitKerja],
) -> dict[str, RenjaBaris]:
    """Insert the rows level by level with ``bulk_create`` (parents get their ids first),
    so a 50 000-row import takes a handful of statements instead of one per row."""
    stored: dict[str, RenjaBaris] = {}
    for level in (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN):
        batch = [
            RenjaBaris(
                pemda_id=renja.pemda_id,
                renja=renja,
                induk=stored[parent] if parent else None,
                kode=kode,
                level=level,
                nomenklatur=nomenklatur.get(kode),
                nama=row.nama,
                unit_kerja=unit_kerja.get(row.unit_kerja),
                pagu=row.pagu,
                pagu_n1=row.pagu_n1,
                kelompok_sasaran=row.kelompok_sasaran,
                waktu_pelaksanaan=row.waktu_pelaksanaan,
                catatan=row.catatan,
            )
            for row, (kode, parent, row_level) in zip(rows, parsed, strict=True)
            if row_level == level
        ]
        for baris in RenjaBaris.objects.bulk_create(batch, batch_size=2000):
            stored[baris.kode] = baris
    if any(b.pk is None for b in stored.values()):  # a backend that cannot return ids
        ids = dict(RenjaBaris.objects.filter(renja=renja).values_list("kode", "id"))
        for kode, baris in stored.items():
            baris.pk = ids[kode]
    return stored


def _store_all_details(
    renja: Renja, rows: Sequence[RenjaRowInput], stored: dict[str, RenjaBaris], places: PlaceIndex
) -> None:
    """Indicators, lokasi, sumber dana and priority tags of every row, in bulk."""
    pemda_id = renja.pemda_id
    indikator: list[Indikator] = []
    lokasi: list[Lokasi] = []
    sumber: list[SumberDanaBaris] = []
    read_places = [[places.parse(teks)[0] for teks in row.lokasi] for row in rows]
    wilayah_ids = referensi.wilayah_ids(
        {v.kode_wilayah for values in read_places for v in values if v.kode_wilayah}
    )
    sumber_dana = referensi.sumber_dana_by_kodes(
        {s.kode for r in rows for s in r.sumber_dana if s.kode}
    )
    for row, values in zip(rows, read_places, strict=True):
        baris = stored[str(parse_kode(row.kode).kode)]
        indikator.extend(
            Indikator(
                pemda_id=pemda_id,
                baris=baris,
                urutan=urutan,
                uraian=ind.uraian,
                satuan=ind.satuan,
                polaritas=ind.polaritas,
                agregasi=ind.agregasi,
                is_lokal=ind.is_lokal,
                **_target_fields("target", ind.target),
                **_target_fields("target_n1", ind.target_n1),
            )
            for urutan, ind in enumerate(row.indikator)
        )
        lokasi.extend(
            Lokasi(
                pemda_id=pemda_id,
                baris=baris,
                urutan=urutan,
                wilayah_id=wilayah_ids.get(value.kode_wilayah or ""),
                rincian=value.rincian,
                teks=value.teks,
            )
            for urutan, value in enumerate(values)
        )
        sumber.extend(
            SumberDanaBaris(
                pemda_id=pemda_id,
                baris=baris,
                sumber_dana=sumber_dana.get(sd.kode) if sd.kode else None,
                nama=sd.nama,
                jumlah=sd.jumlah,
            )
            for sd in row.sumber_dana
        )
    Indikator.objects.bulk_create(indikator, batch_size=2000)
    Lokasi.objects.bulk_create(lokasi, batch_size=2000)
    SumberDanaBaris.objects.bulk_create(sumber, batch_size=2000)
    _store_prioritas(renja, rows, stored)


def _store_prioritas(
    renja: Renja, rows: Sequence[RenjaRowInput], stored: dict[str, RenjaBaris]
) -> None:
    names = {
        (jenis, name)
        for row in rows
        for jenis, names_ in (
            ("nasional", row.prioritas_nasional),
            ("daerah", row.prioritas_daerah),
        )
        for name in names_
    }
    if not names:
        return
    catalog = {
        (p.jenis, p.nama): p
        for p in referensi_services.ensure_prioritas(
            renja.pemda,
            nasional=sorted(n for j, n in names if j == "nasional"),
            daerah=sorted(n for j, n in names if j == "daerah"),
        )
    }
    through = RenjaBaris.prioritas.through
    links = [
        through(
            renjabaris_id=stored[str(parse_kode(row.kode).kode)].pk,
            prioritas_id=catalog[(jenis, name.strip())].pk,
        )
        for row in rows
        for jenis, names_ in (
            ("nasional", row.prioritas_nasional),
            ("daerah", row.prioritas_daerah),
        )
        for name in dict.fromkeys(names_)
    ]
    through.objects.bulk_create(links, batch_size=2000, ignore_conflicts=True)


def _validate_rows(rows: Sequence[RenjaRowInput]) -> list[tuple[str, str | None, str]]:
    problems: list[Problem] = []
    result: list[tuple[str, str | None, str]] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        parsed = parse_kode(row.kode)
        where = Location(row=number, kode=row.kode)
        if not parsed.ok or parsed.kode is None or parsed.kode.level not in _LEVELS:
            problems.extend(p.at(row=number) for p in parsed.problems)
            problems.append(
                _problem(
                    "KODE_TIDAK_VALID",
                    f"Kode '{row.kode}' bukan kode program, kegiatan atau sub kegiatan yang sah.",
                    where,
                )
            )
            continue
        kode = str(parsed.kode)
        level = _LEVELS[parsed.kode.level]
        parent = str(parsed.kode.parent) if level != Level.PROGRAM else None
        if kode in seen:
            problems.append(_problem("KODE_GANDA", f"Kode {kode} muncul dua kali.", where))
        if parent is not None and parent not in seen:
            problems.append(
                _problem(
                    "INDUK_TIDAK_ADA",
                    f"Baris induk {parent} harus ada sebelum baris {kode}.",
                    where,
                )
            )
        seen.add(kode)
        result.append((kode, parent, level))
    leaves = {k for k, _, _ in result} - {p for _, p, _ in result if p}
    for number, (row, (kode, _, _)) in enumerate(zip(rows, result, strict=False), start=1):
        if kode not in leaves and (row.pagu is not None or row.pagu_n1 is not None):
            problems.append(
                _problem(
                    "PAGU_PADA_INDUK",
                    f"Pagu pada baris induk {kode} tidak disimpan: pagu induk selalu dihitung "
                    "dari sub kegiatan. Hapus pagu di baris ini.",
                    Location(row=number, kode=kode),
                )
            )
    if problems:
        raise Rejected(problems)
    return result


def _target_fields(prefix: str, target: TargetValue) -> dict[str, object]:
    return {f"{prefix}_nilai": target.nilai, f"{prefix}_teks": target.teks}


def _problem(code: str, message: str, location: Location | None = None) -> Problem:
    return Problem(code, Severity.ERROR, message, location or Location())


def import_renstra(
    *,
    user: Any,
    pd: PerangkatDaerah,
    tahun_awal: int,
    tahun_akhir: int,
    rows: Sequence[RenstraRowInput],
    system: bool = False,
) -> Renstra:
    """Create a Renstra with its program/kegiatan/sub kegiatan rows and yearly values."""
    if not system:
        require_edit_plan(user, pd)
    if tahun_akhir < tahun_awal:
        raise Rejected([_problem("PERIODE_TERBALIK", "Tahun akhir Renstra sebelum tahun awal.")])
    parsed = _validate_rows([RenjaRowInput(kode=r.kode, nama=r.nama) for r in rows])
    with transaction.atomic():
        renstra = Renstra.objects.create(
            pemda=pd.pemda, perangkat_daerah=pd, tahun_awal=tahun_awal, tahun_akhir=tahun_akhir
        )
        stored: dict[str, RenstraBaris] = {}
        for row, (kode, parent, level) in zip(rows, parsed, strict=True):
            baris = RenstraBaris.objects.create(
                pemda=pd.pemda,
                renstra=renstra,
                induk=stored.get(parent) if parent else None,
                kode=kode,
                level=level,
                nama=row.nama,
            )
            stored[kode] = baris
            for urutan, ind in enumerate(row.indikator):
                indikator = RenstraIndikator.objects.create(
                    pemda=pd.pemda,
                    renstra=renstra,
                    baris=baris,
                    urutan=urutan,
                    uraian=ind.uraian,
                    satuan=ind.satuan,
                )
                for th in ind.tahunan:
                    RenstraTahunan.objects.create(
                        pemda=pd.pemda,
                        indikator=indikator,
                        tahun=th.tahun,
                        target_nilai=th.target.nilai,
                        target_teks=th.target.teks,
                        realisasi_nilai=th.realisasi.nilai,
                        realisasi_teks=th.realisasi.teks,
                        realisasi_satuan=th.realisasi.satuan,
                        realisasi_kumulatif=th.realisasi_kumulatif,
                    )
        record(
            pengguna=user,
            pemda_id=pd.pemda_id,
            aksi="impor_renstra",
            objek_tipe="Renstra",
            objek_id=renstra.pk,
            sesudah={"periode": f"{tahun_awal}-{tahun_akhir}", "jumlah_baris": len(rows)},
        )
    return renstra
