"""T-C.29 as printed against its own formulas (domain.md §2.A, §7 rules 2-3).

The core computes columns 8, 10 and 11 from the inputs (``evaluasi.evaluate_tc29_row``); this
module compares them with what the document prints:

* column 8 = 7 / 6 × 100. A printed value equal to the raw quotient (7 / 6) is a column that
  forgot the × 100 (``TC29_KOLOM8_BUKAN_PERSEN``); anything else is wrong
  (``TC29_KOLOM8_SALAH``, S001-01/02).
* column 10 = 5 + 7 + 9, only for values in one unit that can be added. When the core refuses
  the sum (units differ, or percentages) and the document printed the plain sum of the
  numbers anyway, the column added different things (``TC29_SATUAN_DIJUMLAH``, S001-06).
* column 11 = 10 / 4 × 100, from the document's own column 10: a printed raw quotient is
  ``TC29_KOLOM11_BUKAN_PERSEN`` (S001-05), anything else ``TC29_KOLOM11_SALAH`` (S001-03/04).

Everything is compared within ±0,01 on the printed scale (documents truncate: 2,525 → 2,52).
Units of the targets are also checked against the indicator's wording (the planning rule
``SATUAN_TIDAK_SESUAI_INDIKATOR``, S001-09).
"""

from __future__ import annotations

from dataclasses import replace

from renjana.core.checks import check_satuan
from renjana.core.evaluasi import (
    TC29_SATUAN_BERBEDA,
    TC29_TIDAK_DAPAT_DIJUMLAH,
    BarisTC29,
    evaluate_tc29_row,
    realisasi_sampai_n1,
)
from renjana.core.numbers import ZERO, percent
from renjana.core.quantity import Quantity
from renjana.core.renja import IndikatorInput, RenjaRowInput, TargetValue
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import (
    Pemeriksaan,
    angka,
    column_label,
    persen,
    sama,
    temuan,
)
from renjana.importers.tables import KolomTercetakTC29, TableKind


def _kolom8(
    tabel: TabelBaca, row: BarisTC29, printed: KolomTercetakTC29, line: int
) -> list[Finding]:
    shown = printed.tingkat_realisasi.value
    computed = evaluate_tc29_row(row).tingkat_realisasi.nilai
    if shown is None or computed is None or sama(shown, computed):
        return []
    raw = printed.tingkat_realisasi.raw
    operands = f"{row.realisasi_n2} / {row.target_n2}"
    if computed != 0 and sama(shown, computed / 100):
        rule = "TC29_KOLOM8_BUKAN_PERSEN"
        why = f"adalah hasil bagi {operands} tanpa dikali 100"
    else:
        rule = "TC29_KOLOM8_SALAH"
        why = f"padahal {operands} × 100 = {persen(computed)}%"
    return [
        temuan(
            rule,
            f"Tingkat realisasi (kolom 8) {row.kode} tercetak {raw}, {why}. Hitung ulang "
            "kolom 8 = (7/6) × 100.",
            tabel=tabel,
            line=line,
            kode=row.kode,
            nama=row.nama,
            column=column_label(tabel, "tingkat_realisasi"),
            found=raw,
            expected=persen(computed),
        )
    ]


def _kolom10(
    tabel: TabelBaca, row: BarisTC29, printed: KolomTercetakTC29, line: int
) -> list[Finding]:
    value, summed, problems = realisasi_sampai_n1(row)
    shown = printed.realisasi_sd_n1.quantity.nilai
    if shown is None:
        return []
    parts = [q for q in (row.realisasi_sd_n3, row.realisasi_n2, row.target_n1) if not q.is_missing]
    refused = any(p.code in (TC29_SATUAN_BERBEDA, TC29_TIDAK_DAPAT_DIJUMLAH) for p in problems)
    raw = printed.realisasi_sd_n1.raw
    if refused and len(parts) > 1 and all(q.nilai is not None for q in parts):
        plain = sum((q.nilai for q in parts if q.nilai is not None), ZERO)
        if sama(shown, plain):
            added = " + ".join(str(q) for q in parts)
            return [
                temuan(
                    "TC29_SATUAN_DIJUMLAH",
                    f"Kolom 10 {row.kode} menjumlah {added} = {raw}, padahal nilai-nilai itu "
                    "tidak dapat dijumlah (satuannya berbeda, atau berupa persentase). "
                    f"Gunakan nilai terakhir ({value}) atau samakan satuannya.",
                    tabel=tabel,
                    line=line,
                    kode=row.kode,
                    nama=row.nama,
                    column=column_label(tabel, "realisasi_sd_n1"),
                    found=raw,
                    expected=str(value),
                )
            ]
    if summed and value.nilai is not None and not sama(shown, value.nilai):
        return [
            temuan(
                "TC29_KOLOM10_SALAH",
                f"Kolom 10 {row.kode} tercetak {raw}, padahal 5 + 7 + 9 = {value}.",
                tabel=tabel,
                line=line,
                kode=row.kode,
                nama=row.nama,
                column=column_label(tabel, "realisasi_sd_n1"),
                found=raw,
                expected=str(value),
            )
        ]
    return []


def _kolom11(
    tabel: TabelBaca, row: BarisTC29, printed: KolomTercetakTC29, line: int
) -> list[Finding]:
    shown = printed.tingkat_capaian.value
    base = printed.realisasi_sd_n1.quantity.nilai
    if base is None:
        base = realisasi_sampai_n1(row)[0].nilai
    target = row.target_renstra.nilai
    if shown is None or base is None or target is None or target == 0:
        return []
    expected = percent(base, target)
    if expected is None or sama(shown, expected):
        return []
    raw = printed.tingkat_capaian.raw
    operands = f"{angka(base)} / {row.target_renstra}"
    if sama(shown, expected / 100):
        rule = "TC29_KOLOM11_BUKAN_PERSEN"
        why = f"adalah hasil bagi {operands} tanpa dikali 100, padahal kolomnya bersatuan %"
    else:
        rule = "TC29_KOLOM11_SALAH"
        why = f"padahal {operands} × 100 = {persen(expected)}%"
    return [
        temuan(
            rule,
            f"Tingkat capaian Renstra (kolom 11) {row.kode} tercetak {raw}, {why}. Hitung "
            "ulang kolom 11 = (10/4) × 100.",
            tabel=tabel,
            line=line,
            kode=row.kode,
            nama=row.nama,
            column=column_label(tabel, "tingkat_capaian"),
            found=raw,
            expected=persen(expected),
        )
    ]


def _target(value: Quantity) -> TargetValue:
    if value.is_missing:
        return TargetValue()
    return TargetValue(value.nilai, value.teks, value.satuan)


def _satuan(periksa: Pemeriksaan, tabel: TabelBaca) -> list[Finding]:
    """Target units (columns 4 and 9) against the indicator wording."""
    ctx = periksa.plan_context()
    if ctx is None or tabel.tc29 is None:
        return []
    ctx = replace(ctx, nomenklatur=None, urusan=())
    findings: list[Finding] = []
    for row, lines in zip(tabel.tc29.rows, tabel.tc29.lines, strict=True):
        indikator = IndikatorInput(
            row.indikator, target=_target(row.target_renstra), target_n1=_target(row.target_n1)
        )
        probe = RenjaRowInput(row.kode, row.nama, (indikator,))
        for problem in check_satuan([probe], ctx):
            if problem.code != "SATUAN_TIDAK_SESUAI_INDIKATOR":
                continue
            findings.append(
                temuan(
                    problem.code,
                    problem.message,
                    tabel=tabel,
                    line=lines[0],
                    kode=row.kode,
                    nama=row.nama,
                    column=column_label(tabel, "target_renstra"),
                    found=problem.found,
                    expected=problem.expected,
                )
            )
    return findings


def check_tc29(periksa: Pemeriksaan) -> list[Finding]:
    """Columns 8, 10 and 11 of every T-C.29 table, and the units of its targets."""
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(TableKind.TC29):
        data = tabel.tc29
        if data is None:
            continue
        for row, printed, lines in zip(data.rows, data.printed, data.lines, strict=True):
            line = lines[0]
            findings += _kolom8(tabel, row, printed, line)
            findings += _kolom10(tabel, row, printed, line)
            findings += _kolom11(tabel, row, printed, line)
        findings += _satuan(periksa, tabel)
    return findings
