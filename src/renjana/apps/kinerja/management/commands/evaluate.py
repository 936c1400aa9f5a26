"""``renjana evaluate --opd KODE --tahun N [--format json|text]``: every evaluation table of an
office for the evaluated year N — T-C.29 (printed in the Renja N+2), budget realisation, RFK,
keuangan vs fisik per triwulan, IKU capaian and Perjanjian Kinerja, T-C.30, early warning and
freshness, capaian per program — with the problems found under each table.

JSON: money as strings, percentages as numbers rounded to two decimals, N/A as null
(``renjana.apps.evaluasi.keluaran``). Text: Indonesian number formats, N/A printed "N/A".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from renjana.apps.evaluasi.keluaran import as_data, to_json
from renjana.apps.evaluasi.laporan import report_for
from renjana.apps.organisasi.selectors import all_perangkat_daerah
from renjana.core.idformat import format_money, format_number
from renjana.core.numbers import D
from renjana.core.rfk import MetodeTtbKeuangan


def _pct(value: Any) -> str:
    return "N/A" if value is None else f"{format_number(Decimal(value))}%"


def _rp(value: Any) -> str:
    return "-" if value is None else format_money(Decimal(value))


def _q(value: Any) -> str:
    return "-" if value is None else str(value["tampil"])


class Command(BaseCommand):
    help = "Semua tabel evaluasi sebuah perangkat daerah untuk tahun anggaran yang dievaluasi."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--opd", required=True, help="Kode perangkat daerah (renjana opd list)")
        parser.add_argument("--tahun", type=int, required=True, help="Tahun yang dievaluasi")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--ambang", default="80", help="Ambang peringatan dini, persen (bawaan 80)"
        )
        parser.add_argument("--batas-hari", type=int, default=30, help="Batas kesegaran isian")
        parser.add_argument("--per-tanggal", help="Tanggal acuan kesegaran, YYYY-MM-DD")
        parser.add_argument(
            "--metode-ttb",
            choices=[m.value for m in MetodeTtbKeuangan],
            default=MetodeTtbKeuangan.STANDAR.value,
            help="Rumus TTB keuangan RFK",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        pd = all_perangkat_daerah().filter(kode=options["opd"]).first()
        if pd is None:
            raise CommandError(
                f"Perangkat daerah '{options['opd']}' tidak ada (lihat renjana opd list)."
            )
        try:
            ambang = D(options["ambang"].replace(",", "."))
            per_tanggal = (
                dt.date.fromisoformat(options["per_tanggal"]) if options["per_tanggal"] else None
            )
        except ValueError as exc:
            raise CommandError(f"Nilai --ambang atau --per-tanggal tidak terbaca: {exc}") from exc
        laporan = report_for(
            pd,
            options["tahun"],
            per_tanggal=per_tanggal,
            ambang=ambang,
            batas_hari=options["batas_hari"],
            metode=MetodeTtbKeuangan(options["metode_ttb"]),
        )
        data = as_data(laporan)
        if options["format"] == "json":
            self.stdout.write(to_json(data))
            return
        for line in _text(data):
            self.stdout.write(line)


def _problems(items: list[dict[str, Any]]) -> list[str]:
    if not items:
        return ["  Masalah: tidak ada."]
    lines = [f"  Masalah ({len(items)}):"]
    for p in items:
        where = " ".join(
            part
            for part in (
                p["kode"],
                f"kolom {p['kolom']}" if p["kolom"] else "",
                f"TW {p['triwulan']}" if p["triwulan"] else "",
            )
            if part
        )
        lines.append(f"  - [{p['severity']}] {p['code']}{f' ({where})' if where else ''}: "
                     f"{p['message']}")  # fmt: skip
    return lines


def _text(d: dict[str, Any]) -> list[str]:
    lines = [
        f"Evaluasi {d['nama']} — {d['pemda']}",
        f"Tahun yang dievaluasi {d['tahun']} (dimuat dalam Renja {d['tahun_rencana']})",
        "",
        f"T-C.29 Evaluasi Renja {d['tahun']} dan pencapaian Renstra s/d {d['tahun'] + 1}",
    ]
    tc29 = d["tc29"]
    for b in tc29["baris"]:
        lines.append(f"  {b['kode']}  {b['nama']}")
        for i in b["indikator"]:
            k = i["kolom"]
            lines.append(
                f"      {i['uraian']}: 4={_q(k['4'])} 5={_q(k['5'])} 6={_q(k['6'])} "
                f"7={_q(k['7'])} 8={_pct(k['8'])} 9={_q(k['9'])} 10={_q(k['10'])} "
                f"11={_pct(k['11'])}"
            )
    lines += _problems(tc29["masalah"])
    lines += ["", f"Realisasi anggaran {d['tahun']}"]
    ra = d["realisasi_anggaran"]
    if ra is None:
        lines.append("  Belum ada data anggaran.")
    else:
        for b in ra["baris"]:
            lines.append(
                f"  {b['kode']:<20} {_rp(b['anggaran']):>20} {_rp(b['realisasi']):>20} "
                f"{_pct(b['persen']):>9}  {b['nama']}"
            )
        t = ra["total"]
        lines.append(
            f"  {'JUMLAH':<20} {_rp(t['anggaran']):>20} {_rp(t['realisasi']):>20} "
            f"{_pct(t['persen']):>9}"
        )
        lines += _problems(ra["masalah"])
    lines += [
        "",
        f"RFK {d['tahun']} (pagu, bobot, fisik %, fisik TTB, keuangan, keu %, keu TTB, sisa)",
    ]
    rfk = d["rfk"]
    if rfk is None:
        lines.append("  Belum ada data anggaran.")
    else:
        for b in [*rfk["baris"], {**rfk["jumlah"], "kode": "JUMLAH"}]:
            lines.append(
                f"  {b['kode']:<14} {_rp(b['pagu']):>18} {_pct(b['bobot']):>8} "
                f"{_pct(b['fisik_persen']):>8} {_pct(b['fisik_ttb']):>8} {_rp(b['keuangan']):>18} "
                f"{_pct(b['keuangan_persen']):>8} {_pct(b['keuangan_ttb']):>8} {_rp(b['sisa']):>16}"
            )
        lines += _problems(rfk["masalah"])
    lines += ["", "Realisasi keuangan vs fisik"]
    for p in d["keuangan_fisik_triwulan"] or [{"periode": "-", "keuangan_persen": None,
                                                "fisik_persen": None}]:  # fmt: skip
        lines.append(f"  {p['periode']:<8} keuangan {_pct(p['keuangan_persen'])}, "
                     f"fisik {_pct(p['fisik_persen'])}")  # fmt: skip
    iku = d["iku"]
    lines += ["", f"Capaian IKU {d['tahun']}"]
    for b in iku["baris"]:
        lines.append(
            f"  {b['nomor']}. {b['indikator']}: target {_q(b['target'])}, realisasi "
            f"{_q(b['realisasi'])}, capaian {_pct(b['persen'])} {b['predikat'] or ''}".rstrip()
        )
    if not iku["baris"]:
        lines.append("  Belum ada IKU.")
    lines.append(f"  Rata-rata capaian kinerja: {_pct(iku['rata_rata'])} "
                 f"{iku['predikat_rata_rata'] or ''}".rstrip())  # fmt: skip
    lines += _problems(iku["masalah"])
    lines += ["", f"Perjanjian Kinerja {d['tahun']} (target dan capaian s/d triwulan)"]
    for b in d["perjanjian_kinerja"]["baris"]:
        targets = ", ".join(_q(q) for q in b["target_triwulan"]) or "-"
        reached = ", ".join(_pct(c) for c in b["capaian_triwulan"])
        lines.append(f"  {b['nomor']}. {b['indikator']}: target {_q(b['target'])} "
                     f"[TW {targets}] capaian [{reached}]")  # fmt: skip
    lines += _problems(d["perjanjian_kinerja"]["masalah"])
    tc30 = d["tc30"]
    lines += ["", f"T-C.30 Pencapaian kinerja pelayanan (Renja {tc30['tahun_rencana']})"]
    for b in tc30["baris"]:
        years = "; ".join(
            f"{y['tahun']}: target {_q(y['target'])}"
            + (f", realisasi {_q(y['realisasi'])}" if y["realisasi"] else "")
            + (f", proyeksi {_q(y['proyeksi'])}" if y["proyeksi"] else "")
            + f", capaian {_pct(y['persen'])}"
            for y in b["tahun"]
        )
        lines.append(f"  {b['nomor']}. {b['indikator']} — {years}")
    lines += _problems(tc30["masalah"])
    dini = d["peringatan_dini"]
    lines += ["", f"Peringatan dini (ambang {_pct(dini['ambang'])}, "
              f"s/d triwulan {dini['sampai_triwulan'] or '-'})"]  # fmt: skip
    for p in dini["berisiko"]:
        lines.append(f"  {p['kode']} {p['indikator']}: proyeksi {_q(p['proyeksi'])}, "
                     f"capaian {_pct(p['persen'])}")  # fmt: skip
    if not dini["berisiko"]:
        lines.append(f"  Tidak ada indikator berisiko ({dini['jumlah_dipantau']} dipantau).")
    lines += _problems(dini["masalah"])
    k = d["kesegaran"]
    lines += [
        "",
        f"Kesegaran isian per bidang (per {k['per_tanggal']}, batas {k['batas_hari']} hari)",
    ]
    for b in k["bidang"]:
        lines.append(f"  {b['bidang']}: {b['terakhir'] or 'belum ada'} ({b['status']})")
    lines += _problems(k["masalah"])
    lines += ["", "Capaian per program (kinerja %, keuangan %)"]
    for c in d["capaian_program"]:
        lines.append(f"  {c['kode']:<10} {_pct(c['kinerja_persen']):>9} "
                     f"{_pct(c['keuangan_persen']):>9}  {c['nama']}")  # fmt: skip
    return lines
