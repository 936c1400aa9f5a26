"""An evaluation report as plain JSON-ready data (``renjana evaluate --format json``, API).

Rules of the output:

* money is a string with two decimals (``quantize_money``): ``"11974854860.00"``;
* a percentage is a ``Decimal`` rounded with ``quantize_percent`` (the JSON writer emits it as a
  number, ``98.46``); N/A is ``None`` (``null``);
* an indicator value is ``{"nilai": "265", "satuan": "Orang", "teks": ""}`` with the exact
  value as a string (a computed value with more than four decimals, a projection, is given to
  two), or ``None`` when missing; ``tampil`` is the value as printed (``"265 Orang"``);
* every problem is ``{"code", "severity", "message", "tabel", "kode", "indikator", "kolom",
  "triwulan", "field", "found", "expected"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from renjana.apps.evaluasi.anggaran import TabelAnggaran
from renjana.apps.evaluasi.iku import TabelIku
from renjana.apps.evaluasi.laporan import LaporanEvaluasi
from renjana.apps.evaluasi.pelayanan import TabelPelayanan
from renjana.apps.evaluasi.peringatan import Pemantauan
from renjana.apps.evaluasi.tc29 import TabelTC29
from renjana.core.anggaran import BarisRealisasiAnggaran
from renjana.core.capaian import Capaian
from renjana.core.numbers import quantize_money, quantize_percent, strip_zeros
from renjana.core.peringatan import Proyeksi
from renjana.core.problems import Problem
from renjana.core.quantity import Quantity
from renjana.core.rfk import BarisRfk

_MAX_EXACT_PLACES = 4


def money(value: Decimal | None) -> str | None:
    return None if value is None else str(quantize_money(value))


def pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else quantize_percent(value)


def nilai(value: Decimal) -> str:
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _MAX_EXACT_PLACES:
        return str(quantize_percent(value))
    return str(strip_zeros(value))


def quantity(q: Quantity) -> dict[str, Any] | None:
    if q.is_missing:
        return None
    shown = q if q.nilai is None else Quantity(Decimal(nilai(q.nilai)), q.satuan, q.teks)
    return {
        "nilai": None if q.nilai is None else nilai(q.nilai),
        "satuan": q.satuan,
        "teks": q.teks,
        "tampil": str(shown),
    }


def capaian(c: Capaian) -> dict[str, Any]:
    return {"persen": pct(c.nilai), "tercapai": c.tercapai, "predikat": c.predikat or None}


def problem(p: Problem) -> dict[str, Any]:
    where = p.location
    return {
        "code": p.code,
        "severity": p.severity.value,
        "message": p.message,
        "tabel": where.table,
        "kode": where.kode,
        "indikator": where.indikator,
        "kolom": where.column,
        "triwulan": where.triwulan,
        "field": where.field,
        "found": p.found,
        "expected": p.expected,
    }


def problems(items: Iterable[Problem]) -> list[dict[str, Any]]:
    return [problem(p) for p in items]


def tc29(t: TabelTC29) -> dict[str, Any]:
    return {
        "tahun_evaluasi": t.tahun,
        "tahun_rencana": t.tahun_rencana,
        "tahun_akhir_renstra": t.tahun_renstra_akhir,
        "baris": [
            {
                "kode": b.kode,
                "nama": b.nama,
                "level": b.level,
                "induk": b.induk,
                "indikator": [
                    {
                        "uraian": h.baris.indikator,
                        "kumulatif": h.baris.is_cumulative,
                        "dijumlah": h.dijumlah,
                        "kolom": {
                            "4": quantity(h.baris.target_renstra),
                            "5": quantity(h.baris.realisasi_sd_n3),
                            "6": quantity(h.baris.target_n2),
                            "7": quantity(h.baris.realisasi_n2),
                            "8": pct(h.tingkat_realisasi.nilai),
                            "9": quantity(h.baris.target_n1),
                            "10": quantity(h.realisasi_sd_n1),
                            "11": pct(h.tingkat_capaian.nilai),
                        },
                        "tercapai_8": h.tingkat_realisasi.tercapai,
                        "tercapai_11": h.tingkat_capaian.tercapai,
                    }
                    for h in b.hasil
                ],
            }
            for b in t.baris
        ],
        "masalah": problems(t.problems),
    }


def _anggaran_row(b: BarisRealisasiAnggaran, induk: Mapping[str, str | None],
                  sumber: Mapping[str, str]) -> dict[str, Any]:  # fmt: skip
    return {
        "kode": b.kode,
        "level": b.level,
        "nama": b.nama,
        "induk": induk.get(b.kode),
        "anggaran": money(b.anggaran),
        "realisasi": money(b.realisasi),
        "sisa": money(b.sisa),
        "persen": pct(b.persen),
        "sumber_anggaran": sumber.get(b.kode),
    }


def realisasi_anggaran(t: TabelAnggaran) -> dict[str, Any]:
    total = t.realisasi.total
    return {
        "tahun": t.tahun,
        "baris": [_anggaran_row(b, t.induk, t.sumber) for b in t.realisasi.baris],
        "total": {
            "anggaran": money(total.anggaran),
            "realisasi": money(total.realisasi),
            "sisa": money(total.sisa),
            "persen": pct(total.persen),
        },
        "masalah": problems(t.problems),
    }


def _rfk_row(b: BarisRfk, induk: Mapping[str, str | None]) -> dict[str, Any]:
    return {
        "kode": b.kode,
        "level": b.level,
        "nama": b.nama,
        "induk": induk.get(b.kode),
        "sasaran_strategis": b.sasaran_strategis,
        "indikator": b.indikator,
        "pagu": money(b.pagu),
        "bobot": pct(b.bobot),
        "fisik_persen": pct(b.fisik_persen),
        "fisik_ttb": pct(b.fisik_ttb),
        "keuangan": money(b.realisasi),
        "keuangan_persen": pct(b.keuangan_persen),
        "keuangan_ttb": pct(b.keuangan_ttb),
        "sisa": money(b.sisa),
    }


def rfk(t: TabelAnggaran) -> dict[str, Any]:
    return {
        "tahun": t.tahun,
        "metode_ttb_keuangan": t.rfk.metode.value,
        "baris": [_rfk_row(b, t.induk) for b in t.rfk.baris],
        "jumlah": _rfk_row(t.rfk.jumlah, {}),
        "masalah": problems(t.rfk_problems),
    }


def triwulan(t: TabelAnggaran | None) -> list[dict[str, Any]]:
    return [
        {"periode": p.label, "keuangan_persen": pct(p.keuangan_persen),
         "fisik_persen": pct(p.fisik_persen)}
        for p in (t.triwulan if t else ())
    ]  # fmt: skip


def iku(t: TabelIku) -> dict[str, Any]:
    return {
        "tahun": t.tahun,
        "skala": t.skala.kode if t.skala else None,
        "baris": [
            {
                "nomor": d.nomor,
                "sasaran": d.sasaran,
                "indikator": d.uraian,
                "formulasi": d.formulasi,
                "target": quantity(d.target),
                "realisasi": quantity(r),
                **capaian(b.capaian),
            }
            for d, r, b in zip(t.data, t.realisasi, t.laporan.baris, strict=True)
        ],
        "rata_rata": pct(t.laporan.rata_rata),
        "predikat_rata_rata": t.laporan.predikat_rata_rata or None,
        "jumlah_dirata": t.laporan.jumlah_dirata,
        "jumlah_tidak_dirata": t.laporan.jumlah_tidak_dirata,
        "masalah": problems(t.problems),
    }


def perjanjian(t: TabelIku) -> dict[str, Any]:
    return {
        "tahun": t.tahun,
        "baris": [
            {
                "nomor": b.data.nomor,
                "sasaran": b.data.sasaran,
                "indikator": b.data.uraian,
                "agregasi": b.data.agregasi.value,
                "target": quantity(b.pk.target),
                "target_triwulan": [quantity(q) for q in b.pk.target_triwulan],
                "realisasi_triwulan": [quantity(q) for q in b.data.realisasi_triwulan],
                "capaian_triwulan": [
                    None if c is None else pct(c.nilai) for c in b.capaian_triwulan
                ],
            }
            for b in t.perjanjian
        ],
        "masalah": problems(t.pk_problems),
    }


def tc30(t: TabelPelayanan) -> dict[str, Any]:
    laporan = t.laporan
    return {
        "tahun_rencana": t.tahun_rencana,
        "sumber_indikator": t.sumber,
        "baris": [
            {
                "nomor": b.indikator.nomor,
                "indikator": b.indikator.uraian,
                "tahun": [
                    {
                        "tahun": y.tahun,
                        "target": quantity(y.target),
                        "realisasi": quantity(y.realisasi),
                        "proyeksi": quantity(y.proyeksi),
                        "proyeksi_dari_target": y.proyeksi_dari_target,
                        **capaian(y.capaian),
                    }
                    for y in b.tahun
                ],
            }
            for b in (laporan.baris if laporan else ())
        ],
        "masalah": problems(t.problems),
    }


def _proyeksi(p: Proyeksi) -> dict[str, Any]:
    return {
        "kode": p.indikator.kode,
        "indikator": p.indikator.uraian,
        "bidang": p.indikator.bidang,
        "target": quantity(p.indikator.target),
        "sampai_triwulan": p.sampai_triwulan,
        "realisasi_sd": quantity(p.realisasi_sd),
        "proyeksi": quantity(p.proyeksi),
        **capaian(p.capaian),
    }


def pemantauan(t: Pemantauan) -> dict[str, Any]:
    dini = t.peringatan
    return {
        "peringatan_dini": {
            "ambang": pct(dini.ambang),
            "sampai_triwulan": t.sampai_triwulan,
            "jumlah_dipantau": t.jumlah_dipantau,
            "berisiko": [_proyeksi(p) for p in dini.berisiko],
            "tidak_terproyeksi": [_proyeksi(p) for p in dini.tidak_terproyeksi],
            "masalah": problems(q for p in dini.tidak_terproyeksi for q in p.problems),
        },
        "kesegaran": {
            "per_tanggal": t.per_tanggal.isoformat(),
            "batas_hari": t.batas_hari,
            "bidang": [
                {
                    "bidang": k.bidang,
                    "terakhir": k.terakhir.isoformat() if k.terakhir else None,
                    "hari": k.hari,
                    "status": k.status.value,
                }
                for k in t.kesegaran
            ],
            "masalah": problems(p for k in t.kesegaran for p in k.problems),
        },
    }


def as_data(r: LaporanEvaluasi) -> dict[str, Any]:
    """The whole report as plain data, in the order the tables are printed."""
    return {
        "opd": r.opd,
        "nama": r.nama,
        "pemda": r.pemda,
        "tahun": r.tahun,
        "tahun_rencana": r.tahun_rencana,
        "tc29": tc29(r.tc29),
        "realisasi_anggaran": realisasi_anggaran(r.anggaran) if r.anggaran else None,
        "rfk": rfk(r.anggaran) if r.anggaran else None,
        "keuangan_fisik_triwulan": triwulan(r.anggaran),
        "iku": iku(r.iku),
        "perjanjian_kinerja": perjanjian(r.iku),
        "tc30": tc30(r.tc30),
        **pemantauan(r.pemantauan),
        "capaian_program": [
            {
                "kode": c.kode,
                "nama": c.nama,
                "kinerja_persen": pct(c.kinerja),
                "keuangan_persen": pct(c.keuangan),
            }
            for c in r.capaian_program
        ],
    }


def _number(value: object) -> object:
    """JSON writer hook: a (rounded) Decimal percentage is written as a number."""
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"tidak dapat ditulis sebagai JSON: {type(value).__name__}")


def to_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_number)
