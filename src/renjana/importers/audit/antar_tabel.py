"""The same row across the tables of one document (domain.md §7 rule 7).

A Renja prints its plan several times: the analisa-kebutuhan half of T-C.31, T-C.33, the
rencana-pendanaan table, every copy of the 17-column table, the keterkaitan prioritas table.
For each code, the name, the target of the first indicator, the pagu, the lokasi and the
sumber dana must agree wherever both tables print them. A disagreement is one finding at the
table that departs from the others (the value most tables print is the expected one; on a tie,
the main Renja table's), listing every table and its value.

A row that other tables fund but the main Renja table leaves out is reported there
(``BARIS_HILANG_ANTAR_TABEL``), and the two halves of a T-C.31 row must name the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from renjana.core.checks import KemiripanNama, compare_nama
from renjana.core.kode import Level
from renjana.core.referensi import name_key
from renjana.core.renja import TargetValue
from renjana.importers.audit.baris_rencana import BarisTabel, TabelRencana
from renjana.importers.audit.model import Finding, Place
from renjana.importers.audit.temuan import Pemeriksaan, angka, place, rupiah, temuan
from renjana.importers.tables import TableKind

Entry = tuple[TabelRencana, BarisTabel]


def _target_text(target: TargetValue) -> str:
    if target.nilai is None:
        return " ".join(target.teks.split())
    return f"{angka(target.nilai)} {target.satuan}".strip()


def _target_key(row: BarisTabel) -> str | None:
    target = row.target
    if target.is_missing:
        return None
    if target.nilai is None:
        return name_key(target.teks)
    return f"{target.nilai.normalize()}|{target.satuan.lower()}"


def _pagu_key(row: BarisTabel) -> str | None:
    return None if row.pagu is None else str(row.pagu.normalize())


def _text_key(text: str) -> str | None:
    return name_key(text) or None


_ATTRIBUTES: tuple[
    tuple[str, str, Callable[[BarisTabel], str | None], Callable[[BarisTabel], str]], ...
] = (
    ("target", "target", _target_key, lambda r: _target_text(r.target)),
    ("pagu", "pagu", _pagu_key, lambda r: rupiah(r.pagu)),
    ("lokasi", "lokasi", lambda r: _text_key(r.lokasi), lambda r: r.lokasi),
    ("sumber_dana", "sumber dana", lambda r: _text_key(r.sumber_dana), lambda r: r.sumber_dana),
)


def _entries(tables: Sequence[TabelRencana]) -> dict[str, list[Entry]]:
    """Rows by code; a code printed twice in one table is left out (reported elsewhere)."""
    by_code: dict[str, list[Entry]] = {}
    for tabel in tables:
        if not tabel.compare:
            continue
        counts = Counter(r.kode for r in tabel.rows if r.kode)
        for row in tabel.rows:
            if row.kode and not row.is_total and counts[row.kode] == 1:
                by_code.setdefault(row.kode, []).append((tabel, row))
    return by_code


def _compare(
    kode: str,
    entries: Sequence[Entry],
    column: str,
    word: str,
    key: Callable[[BarisTabel], str | None],
    show: Callable[[BarisTabel], str],
) -> Finding | None:
    present = [(t, r, key(r)) for t, r in entries if column in t.columns and key(r) is not None]
    values = Counter(k for _, _, k in present)
    if len(values) < 2:
        return None
    main_key = next((k for t, _, k in present if t.main), None)
    best = max(values, key=lambda k: (values[k], k == main_key))
    odd = [(t, r) for t, r, k in present if k != best]
    good = [(t, r) for t, r, k in present if k == best]
    table, row = odd[0]
    expected = show(good[0][1])
    listing = "; ".join(f"{t.name}: {show(r) or 'kosong'}" for t, r, _ in present)
    also = tuple(
        Place(t.tabel.label, t.tabel.title, r.line, r.kode, show(r))
        for t, r, _ in present
        if r is not row
    )
    return temuan(
        "BEDA_ANTAR_TABEL",
        f"{word.capitalize()} {kode} ('{row.nama}') berbeda antar tabel ({listing}). Satu "
        f"baris yang sama harus bernilai sama di semua tabel; samakan {word}-nya.",
        tabel=table.tabel,
        line=row.line,
        kode=kode,
        nama=row.nama,
        column=word,
        found=show(row),
        expected=expected,
        also=also,
    )


def _names(kode: str, entries: Sequence[Entry]) -> Finding | None:
    """Names that are other names, not spellings, of the same code in two tables."""
    for (t1, r1), (t2, r2) in pairwise(entries):
        if _continued(r1, r2):
            continue
        if r1.nama and r2.nama and compare_nama(r2.nama, r1.nama) is KemiripanNama.BEDA:
            return temuan(
                "BEDA_ANTAR_TABEL",
                f"Kode {kode} bernama '{r1.nama}' di {t1.name} tetapi '{r2.nama}' di {t2.name}. "
                "Satu kode hanya untuk satu program/kegiatan/sub kegiatan: periksa kode atau "
                "namanya.",
                tabel=t2.tabel,
                line=r2.line,
                kode=kode,
                nama=r2.nama,
                column="nama",
                found=r2.nama,
                expected=r1.nama,
                also=(place(t1.tabel, r1.line, kode, r1.nama),),
            )
    return None


def _continued(a: BarisTabel, b: BarisTabel) -> bool:
    """One name is the other plus words a page break carried into the name cell."""
    ka, kb = name_key(a.nama), name_key(b.nama)
    multi = len(a.lines) > 1 or len(b.lines) > 1
    return multi and bool(ka) and bool(kb) and (ka.startswith(kb) or kb.startswith(ka))


def check_across(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Name, target, pagu, lokasi and sumber dana of each code across the planning tables."""
    findings: list[Finding] = []
    for kode, entries in _entries(tables).items():
        if len({id(t) for t, _ in entries}) < 2:
            continue
        named = _names(kode, entries)
        if named is not None:
            findings.append(named)
            continue  # values of two different rows are not compared
        for column, word, key, show in _ATTRIBUTES:
            found = _compare(kode, entries, column, word, key, show)
            if found is not None:
                findings.append(found)
    return findings


def check_missing(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Kegiatan and sub kegiatan that other tables fund but the main Renja table leaves out."""
    main = next((t for t in tables if t.main), None)
    if main is None:
        return []
    here = {r.kode for r in main.rows if r.kode}
    missing: dict[str, list[Entry]] = {}
    for tabel in tables:
        if tabel is main or not tabel.compare:
            continue
        for row in tabel.rows:
            funded = row.pagu is not None and row.pagu > 0
            level = row.level
            if row.kode not in here and funded and level in (Level.KEGIATAN, Level.SUB_KEGIATAN):
                missing.setdefault(row.kode, []).append((tabel, row))
    findings = []
    for kode, entries in missing.items():
        names = ", ".join(t.name for t, _ in entries)
        row = entries[0][1]
        findings.append(
            temuan(
                "BARIS_HILANG_ANTAR_TABEL",
                f"{kode} ({row.nama}, pagu {rupiah(row.pagu)}) tercantum di {names} tetapi "
                f"tidak ada di {main.name}. Tambahkan barisnya ke {main.name}, atau hapus dari "
                "tabel lain bila memang tidak direncanakan.",
                tabel=main.tabel,
                line=None,
                kode=kode,
                nama=row.nama,
                found="tidak ada",
                expected=f"ada, seperti di {names}",
                also=tuple(place(t.tabel, r.line, kode, rupiah(r.pagu)) for t, r in entries),
            )
        )
    return findings


def check_halves(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Both halves of a T-C.31 row (rancangan awal and analisa kebutuhan) name one thing."""
    codes = {
        (t.tabel.index, r.line): r.kode for t in tables if t.bagian == "analisa" for r in t.rows
    }
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(TableKind.TC31):
        for raw in tabel.mentah.rows:
            first, second = raw.cells.get("nama"), raw.cells.get("nama_kebutuhan")
            if first is None or second is None or not first.raw or not second.raw:
                continue
            if compare_nama(first.raw, second.raw) is KemiripanNama.SAMA:
                continue
            kode = codes.get((tabel.index, raw.lines[0]), "")
            findings.append(
                temuan(
                    "NAMA_BEDA_DALAM_BARIS",
                    f"Baris ini bernama '{' '.join(first.raw.split())}' pada bagian Rancangan "
                    f"Awal tetapi '{' '.join(second.raw.split())}' pada bagian Analisa "
                    "Kebutuhan. Kedua bagian satu baris harus menyebut program/kegiatan yang "
                    "sama; samakan namanya sesuai nomenklatur.",
                    tabel=tabel,
                    line=raw.lines[0],
                    kode=kode,
                    nama=second.raw,
                    column="Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
                    found=first.raw,
                    expected=second.raw,
                )
            )
    return findings
