"""SPM achievement tables (domain.md §2.M(a), §7 rule 5) and printed grades (§4.6).

An SPM table of the Permendagri 59/2021 method prints, per jenis layanan, rows of counts
(*harus dilayani*, *terlayani*, *belum terlayani*, %), a JUMLAH row over the mutu items, the
penerima component (× 80) and the mutu component (× 20). Each count row is recomputed with
``core.spm.compute_jenis_layanan`` (belum = harus − terlayani, % = terlayani / harus × 100,
whole persons, terlayani ≤ harus); a JUMLAH row must be the sum of the item rows above it; a
component row must be its share of the counts that follow it (penerima) or of the block's
JUMLAH (mutu).

A score printed with its letter ("72,00 / B") must carry the letter of its band in the
SAKIP scale in force for the plan year (``reference/skala.yaml``; S001-19).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from renjana.core.idformat import format_number, parse_grade, parse_number
from renjana.core.numbers import HUNDRED, ZERO, percent
from renjana.core.spm import (
    SPM_BUKAN_BILANGAN_BULAT,
    SPM_TERLAYANI_MELEBIHI_HARUS,
    HitunganJenisLayanan,
    compute_jenis_layanan,
)
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, persen, sama, temuan
from renjana.importers.cells import CellClass, classify_cell
from renjana.importers.tables import TableKind
from renjana.reference import load_skala

_NUMERIC = frozenset({CellClass.NUMBER, CellClass.PERCENT, CellClass.AMOUNT, CellClass.QUANTITY})
_JUMLAH = re.compile(r"^\W*jumlah\s*$", re.IGNORECASE)
_PENERIMA = re.compile(r"penerima.*\(?\s*80\s*%", re.IGNORECASE)
_MUTU = re.compile(r"mutu.*\(?\s*20\s*%", re.IGNORECASE)
_GRADE = re.compile(r"^\s*\d{1,3}(?:[.,]\d+)?\s*/\s*[A-Da-d]{1,2}\s*$")


def _row_values(cells: Sequence[str]) -> tuple[str, list[tuple[str, Decimal]]]:
    """The row's label and the numbers printed after it (a row number before the label is
    not a value)."""
    start = next((i for i, c in enumerate(cells) if classify_cell(c) is CellClass.TEXT), -1)
    label = " ".join(cells[start].split()) if start >= 0 else ""
    numbers = []
    for cell in cells[start + 1 :]:
        text = " ".join(cell.split())
        if classify_cell(text) in _NUMERIC:
            value = parse_number(text.rstrip("%").strip()).value
            if value is not None:
                numbers.append((text, value))
    return label, numbers


def _count_row(
    tabel: TabelBaca, line: int, label: str, numbers: list[tuple[str, Decimal]]
) -> list[Finding]:
    (_, harus), (_, terlayani) = numbers[0], numbers[1]
    result = compute_jenis_layanan(HitunganJenisLayanan(0, label, harus, terlayani))
    findings = [
        temuan(
            p.code,
            f"{label}: {p.message}",
            tabel=tabel,
            line=line,
            nama=label,
            found=p.found,
            expected=p.expected,
        )
        for p in result.problems
        if p.code in (SPM_TERLAYANI_MELEBIHI_HARUS, SPM_BUKAN_BILANGAN_BULAT)
    ]
    if len(numbers) >= 3 and numbers[2][1] != result.belum_terlayani:
        findings.append(
            temuan(
                "SPM_HITUNGAN_SALAH",
                f"{label}: jumlah belum terlayani tercetak {numbers[2][0]}, padahal "
                f"{format_number(harus)} − {format_number(terlayani)} = "
                f"{format_number(result.belum_terlayani)}.",
                tabel=tabel,
                line=line,
                nama=label,
                column="Belum terlayani",
                found=numbers[2][0],
                expected=format_number(result.belum_terlayani),
            )
        )
    share = result.persen_penerima
    if len(numbers) >= 4 and share is not None and not sama(numbers[3][1], share):
        findings.append(
            temuan(
                "PERSEN_SALAH",
                f"{label}: persentase tercetak {numbers[3][0]}, padahal terlayani / harus "
                f"dilayani × 100 = {persen(share)}%.",
                tabel=tabel,
                line=line,
                nama=label,
                column="%",
                found=numbers[3][0],
                expected=persen(share),
            )
        )
    return findings


def _table(tabel: TabelBaca) -> list[Finding]:
    findings: list[Finding] = []
    items: list[tuple[Decimal, Decimal]] = []
    pending: list[tuple[int, str, Decimal, Decimal]] = []  # component rows awaiting counts
    rows = [(r.line, *_row_values(r.cells)) for r in tabel.table.body_rows]
    for line, label, numbers in rows:
        if _JUMLAH.match(label) and len(numbers) >= 2 and items:
            harus = sum((h for h, _ in items), ZERO)
            terlayani = sum((t for _, t in items), ZERO)
            for (text, value), total, word in (
                (numbers[0], harus, "harus dilayani"),
                (numbers[1], terlayani, "terlayani"),
            ):
                if value != total:
                    findings.append(
                        temuan(
                            "SPM_HITUNGAN_SALAH",
                            f"JUMLAH {word} tercetak {text}, padahal jumlah butir di atasnya "
                            f"{format_number(total)}.",
                            tabel=tabel,
                            line=line,
                            nama=label,
                            column=word,
                            found=text,
                            expected=format_number(total),
                        )
                    )
            findings += _components(tabel, pending, harus, terlayani, mutu=True)
            items = []
            continue
        if (_PENERIMA.search(label) or _MUTU.search(label)) and numbers:
            weight = Decimal(80) if _PENERIMA.search(label) else Decimal(20)
            pending.append((line, label, numbers[-1][1], weight))
            continue
        if len(numbers) >= 2 and numbers[0][1] >= 0:
            findings += _count_row(tabel, line, label, numbers)
            findings += _components(tabel, pending, numbers[0][1], numbers[1][1], mutu=False)
            items.append((numbers[0][1], numbers[1][1]))
    return findings


def _components(
    tabel: TabelBaca,
    pending: list[tuple[int, str, Decimal, Decimal]],
    harus: Decimal,
    terlayani: Decimal,
    *,
    mutu: bool,
) -> list[Finding]:
    """The waiting component row of this kind (penerima: the next count row; mutu: the next
    JUMLAH row), checked against those counts and then forgotten."""
    weight = Decimal(20) if mutu else Decimal(80)
    findings: list[Finding] = []
    for entry in list(pending):
        line, label, value, entry_weight = entry
        if entry_weight != weight:
            continue
        pending.remove(entry)
        share = percent(terlayani, harus)
        if share is None:
            continue
        expected = share * weight / HUNDRED
        if not sama(value, expected):
            findings.append(
                temuan(
                    "SPM_HITUNGAN_SALAH",
                    f"{label}: tercetak {format_number(value)}, padahal "
                    f"{format_number(terlayani)} / {format_number(harus)} × {weight} = "
                    f"{persen(expected)}.",
                    tabel=tabel,
                    line=line,
                    nama=label,
                    found=format_number(value),
                    expected=persen(expected),
                )
            )
    return findings


def check_spm(periksa: Pemeriksaan) -> list[Finding]:
    """Every SPM achievement table (Permendagri 59/2021 layout)."""
    return [f for tabel in periksa.bacaan.of_kind(TableKind.SPM_CAPAIAN) for f in _table(tabel)]


def check_grades(periksa: Pemeriksaan) -> list[Finding]:
    """ "Score / letter" cells whose letter is not the band of the score (SAKIP scale)."""
    scale = load_skala().get("sakip", periksa.tahun)
    if scale is None:
        return []
    regulation = scale.dasar_hukum[0].peraturan if scale.dasar_hukum else ""
    findings: list[Finding] = []
    for tabel in periksa.bacaan.tables:
        for row in tabel.table.body_rows:
            for cell in row.cells:
                text = " ".join(cell.split())
                if not _GRADE.match(text):
                    continue
                grade = parse_grade(text)
                band = scale.classify(grade.score) if grade.score is not None else None
                if band is None or band.label == grade.grade:
                    continue
                findings.append(
                    temuan(
                        "NILAI_HURUF_TIDAK_SESUAI",
                        f"Nilai '{text}' tidak sesuai skala {scale.nama} ({regulation}): "
                        f"nilai {format_number(grade.score or ZERO)} termasuk "
                        f"kategori {band.label} ({band.keterangan}), bukan {grade.grade}.",
                        tabel=tabel,
                        line=row.line,
                        found=text,
                        expected=f"{format_number(grade.score or ZERO)} / {band.label}",
                    )
                )
    return findings
