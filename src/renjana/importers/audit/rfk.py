"""The RFK table (realisasi fisik dan keuangan, domain.md §2.C, §7 rule 4) against the core.

``core.rfk.compute_rfk`` recomputes bobot, TTB, keuangan % and sisa from the leaves' pagu,
realisasi and fisik %; every printed column of every row (programs and JUMLAH included) is
compared with it within ±0,01.

* Realisasi above pagu (negative sisa) is ``RFK_SISA_NEGATIF`` (S003-01).
* A leaf without fisik % is ``RFK_FISIK_KOSONG`` (S003-03); when the document still prints its
  fisik TTB, the fisik % that TTB implies is used for the totals, so the same gap is not
  reported again at the program and JUMLAH rows.
* Keuangan TTB: the standard is bobot × keuangan % / 100 (Σ = overall financial realisation).
  A document whose column follows realisasi / Σ realisasi × 100 instead (Σ = 100) is told once
  (``RFK_TTB_KEUANGAN_BEDA_RUMUS``, S003-02), and its rows are then checked with its own
  formula, so a consistent choice is not thirty errors.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from renjana.core.numbers import percent
from renjana.core.rfk import (
    RFK_FISIK_KOSONG,
    BarisRfk,
    BarisRfkInput,
    LaporanRfk,
    MetodeTtbKeuangan,
    compute_rfk,
)
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, persen, rupiah, sama, temuan
from renjana.importers.tables import BarisRfkTercetak, TableKind

_MONEY = ("pagu", "realisasi", "sisa")
_SHARES = ("bobot", "fisik_ttb", "keuangan_persen", "keuangan_ttb")
_LABEL = {
    "pagu": "Pagu Anggaran",
    "realisasi": "Keuangan (Rp)",
    "sisa": "Sisa Pagu",
    "bobot": "Bobot",
    "fisik_ttb": "Fisik TTB",
    "keuangan_persen": "Keuangan %",
    "keuangan_ttb": "Keuangan TTB",
    "fisik_persen": "Fisik %",
}
_METHOD_SHARE = Decimal("0.8")


def _kode(printed: BarisRfkTercetak) -> str:
    """A real code, not the place keys (P1.K2) of a table printed without codes."""
    return "" if printed.kode.startswith("P") else printed.kode


def _implied_fisik(
    rows: tuple[BarisRfkInput, ...], printed: tuple[BarisRfkTercetak, ...]
) -> tuple[tuple[BarisRfkInput, ...], list[tuple[BarisRfkTercetak, Decimal | None]]]:
    """Leaves without fisik %, with the fisik % their printed TTB implies (TTB / bobot)."""
    parents = {r.induk for r in rows if r.induk is not None}
    fixed: list[BarisRfkInput] = []
    gaps: list[tuple[BarisRfkTercetak, Decimal | None]] = []
    for row, shown in zip(rows, printed, strict=True):
        if row.kode in parents or row.fisik_persen is not None:
            fixed.append(row)
            continue
        ttb, bobot = shown.value("fisik_ttb"), shown.value("bobot")
        implied = percent(ttb, bobot) if ttb is not None and bobot else None
        gaps.append((shown, implied))
        fixed.append(replace(row, fisik_persen=implied))
    return tuple(fixed), gaps


def _method(
    printed: tuple[BarisRfkTercetak, ...], standard: LaporanRfk, share: LaporanRfk
) -> MetodeTtbKeuangan:
    hits = {MetodeTtbKeuangan.STANDAR: 0, MetodeTtbKeuangan.PROPORSI_REALISASI: 0}
    for shown in printed:
        value = shown.value("keuangan_ttb")
        for metode, laporan in (
            (MetodeTtbKeuangan.STANDAR, standard),
            (MetodeTtbKeuangan.PROPORSI_REALISASI, share),
        ):
            found = laporan.find(shown.kode)
            if value is not None and found and found.keuangan_ttb is not None:
                hits[metode] += sama(value, found.keuangan_ttb)
    counted = len([p for p in printed if p.value("keuangan_ttb") is not None])
    proporsi = hits[MetodeTtbKeuangan.PROPORSI_REALISASI]
    if (
        counted
        and proporsi >= _METHOD_SHARE * counted
        and proporsi > hits[MetodeTtbKeuangan.STANDAR]
    ):
        return MetodeTtbKeuangan.PROPORSI_REALISASI
    return MetodeTtbKeuangan.STANDAR


def _compare(
    tabel: TabelBaca, shown: BarisRfkTercetak, computed: BarisRfk, is_leaf: bool
) -> list[Finding]:
    findings: list[Finding] = []
    for column in (*_MONEY, *_SHARES):
        value = shown.value(column)
        expected = getattr(computed, column)
        if value is None or expected is None:
            continue
        if column in _MONEY:
            if (is_leaf and column != "sisa") or value == expected:
                continue
            rule = "JUMLAH_INDUK_SALAH" if column != "sisa" else "RFK_KOLOM_SALAH"
            found_text, expected_text = rupiah(value), rupiah(expected)
        else:
            if sama(value, expected):
                continue
            rule, found_text, expected_text = (
                "RFK_KOLOM_SALAH",
                shown.values[column].raw,
                persen(expected),
            )
        findings.append(
            temuan(
                rule,
                f"Kolom {_LABEL[column]} baris '{shown.nama}' tercetak {found_text}, padahal "
                f"hitungan ulang dari pagu, realisasi dan fisik memberi {expected_text}. "
                "Perbaiki angkanya.",
                tabel=tabel,
                line=shown.lines[0],
                kode=_kode(shown),
                nama=shown.nama,
                column=_LABEL[column],
                found=found_text,
                expected=expected_text,
            )
        )
    return findings


def _table(tabel: TabelBaca) -> list[Finding]:
    data = tabel.rfk
    if data is None or not data.rows:
        return []
    findings: list[Finding] = []
    rows, gaps = _implied_fisik(data.rows, data.printed)
    for shown, implied in gaps:
        findings.append(
            temuan(
                RFK_FISIK_KOSONG,
                f"Realisasi fisik (%) '{shown.nama}' kosong"
                + (
                    f", padahal fisik TTB-nya tercetak (berarti {persen(implied)}%)"
                    if implied is not None
                    else ""
                )
                + ". Isi capaian fisiknya (0-100).",
                tabel=tabel,
                line=shown.lines[0],
                kode=_kode(shown),
                nama=shown.nama,
                column=_LABEL["fisik_persen"],
                found="kosong",
                expected=persen(implied) if implied is not None else "0-100",
            )
        )
    standard = compute_rfk(rows, MetodeTtbKeuangan.STANDAR)
    share = compute_rfk(rows, MetodeTtbKeuangan.PROPORSI_REALISASI)
    metode = _method((*data.printed, *((data.jumlah,) if data.jumlah else ())), standard, share)
    laporan = standard if metode is MetodeTtbKeuangan.STANDAR else share
    leaves = {r.kode for r in data.leaves()}
    for shown in data.printed:
        computed = laporan.find(shown.kode)
        if computed is None:
            continue
        if computed.sisa < 0:
            findings.append(
                temuan(
                    "RFK_SISA_NEGATIF",
                    f"Realisasi '{shown.nama}' {rupiah(computed.realisasi)} melebihi pagunya "
                    f"{rupiah(computed.pagu)} (keuangan {persen(computed.keuangan_persen)}%, "
                    f"sisa pagu {rupiah(computed.sisa)}). Belanja tidak boleh melampaui pagu: "
                    "periksa angka realisasi atau pagu perubahannya.",
                    tabel=tabel,
                    line=shown.lines[0],
                    kode=_kode(shown),
                    nama=shown.nama,
                    column=_LABEL["sisa"],
                    found=shown.values["sisa"].raw,
                    expected="≥ 0 (realisasi paling banyak sebesar pagu)",
                )
            )
        findings += _compare(tabel, shown, computed, shown.kode in leaves)
    if data.jumlah is not None:
        findings += _compare(tabel, data.jumlah, laporan.jumlah, False)
    if metode is MetodeTtbKeuangan.PROPORSI_REALISASI:
        findings.append(_other_formula(tabel, data.jumlah, standard))
    return findings


def _other_formula(
    tabel: TabelBaca, jumlah: BarisRfkTercetak | None, standard: LaporanRfk
) -> Finding:
    printed = jumlah.values["keuangan_ttb"].raw if jumlah is not None else ""
    total = standard.jumlah.keuangan_ttb
    return temuan(
        "RFK_TTB_KEUANGAN_BEDA_RUMUS",
        "Kolom TTB keuangan dihitung sebagai realisasi ÷ jumlah realisasi × 100 (jumlahnya "
        f"selalu 100,00), bukan bobot × keuangan % ÷ 100 seperti kolom TTB fisik. Dengan rumus "
        f"baku jumlah TTB keuangan adalah {persen(total)}, yaitu realisasi keuangan "
        "keseluruhan. Gunakan rumus yang sama untuk TTB fisik dan keuangan.",
        tabel=tabel,
        line=jumlah.lines[0] if jumlah is not None else tabel.table.line,
        nama=jumlah.nama if jumlah is not None else "",
        column=_LABEL["keuangan_ttb"],
        found=printed,
        expected=persen(total) if total is not None else "",
    )


def check_rfk(periksa: Pemeriksaan) -> list[Finding]:
    """Every RFK table of the document."""
    return [f for tabel in periksa.bacaan.of_kind(TableKind.RFK) for f in _table(tabel)]
