"""Names against the nomenclature where the table prints no code, and forum agreements.

* Tables without codes (an RKT's capaian and budget tables, an RFK printed by name) still
  print official program/kegiatan/sub kegiatan names. Each name is matched with the closest
  official name of the office's tingkat; a spelling variant is ``NAMA_EJAAN_BEDA``, a name
  with words replaced or missing ``NAMA_BEDA_NOMENKLATUR`` (S002-07). A last word cut at the
  cell's edge by the conversion ("… di dalam Pant") is not a difference.
* Nomenclature lists (a table of codes and names, 003 Tabel 3.1) are compared with the
  nomenclature by code, as the planning check does for the Renja table (S003-13).
* Kegiatan the Forum OPD agreed on ("Target Rencana Kerja … di Kabupaten", §2.M(c)) must have a
  row in the Renja table (S003-11).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from renjana.core.checks import KemiripanNama, check_nomenklatur, compare_nama
from renjana.core.kode import Kode
from renjana.core.referensi import NomenklaturItem, name_key
from renjana.core.renja import RenjaRowInput
from renjana.importers.audit.baris_rencana import TabelRencana, main_table
from renjana.importers.audit.dokumen import TabelBaca
from renjana.importers.audit.kodefikasi import list_rows
from renjana.importers.audit.model import Finding
from renjana.importers.audit.temuan import Pemeriksaan, temuan
from renjana.importers.tables import TableKind

_CLOSE = 0.85
_KABKOTA = re.compile(r"\bKab\.?\s*/\s*Kota\b", re.IGNORECASE)
_CODELESS = (
    TableKind.CAPAIAN_KINERJA,
    TableKind.REALISASI_ANGGARAN,
    TableKind.RFK,
    TableKind.RENCANA_AKSI,
)


def _official(periksa: Pemeriksaan) -> list[NomenklaturItem]:
    nomenklatur = periksa.nomenklatur
    if nomenklatur is None or periksa.meta.kode_lama:
        return []
    return [i for i in nomenklatur if i.tingkat in (None, periksa.tingkat)]


def _closest(name: str, items: list[NomenklaturItem]) -> tuple[NomenklaturItem, float] | None:
    key = name_key(name)
    words = key.split()
    if len(words) < 2:
        return None
    best: tuple[NomenklaturItem, float] | None = None
    for item in items:
        official = name_key(item.nama)
        if official.split()[:1] != words[:1]:
            continue
        ratio = SequenceMatcher(None, key, official, autojunk=False).ratio()
        if best is None or ratio > best[1]:
            best = (item, ratio)
    return best if best is not None and best[1] >= _CLOSE else None


def _expanded(name: str) -> str:
    """``Kab/Kota`` is the customary short form of ``Kabupaten/Kota`` in evaluation tables; it
    is not a misspelling (an abbreviation inside a name, "dlm", still is)."""
    return _KABKOTA.sub("Kabupaten/Kota", name)


def _cut_at_edge(printed: str, official: str) -> bool:
    """``… di dalam Pant`` for ``… di dalam Panti``: the same words, the last one cut."""
    a, b = name_key(printed).split(), name_key(official).split()
    return len(a) == len(b) and a[:-1] == b[:-1] and b[-1].startswith(a[-1])


def _names(tabel: TabelBaca) -> list[tuple[int, str]]:
    out = []
    for row in tabel.mentah.rows:
        cell = row.cells.get("nama") or row.cells.get("baris")
        if cell is not None and cell.raw.strip():
            out.append((row.lines[0], " ".join(cell.raw.split())))
    return out


def _codeless(periksa: Pemeriksaan, items: list[NomenklaturItem]) -> list[Finding]:
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(*_CODELESS):
        if tabel.table.layout.value == "baris":
            continue  # one cell per line: names and values are not told apart
        names = [(p.lines[0], p.nama) for p in tabel.rfk.printed] if tabel.rfk else _names(tabel)
        for line, name in names:
            if any(c.isdigit() for c in name.split()[0]):
                name = " ".join(name.split()[1:])
            match = _closest(_expanded(name), items)
            if match is None:
                continue
            item, _ = match
            kemiripan = compare_nama(_expanded(name), item.nama)
            if kemiripan is KemiripanNama.SAMA or _cut_at_edge(name, item.nama):
                continue
            rule = (
                "NAMA_EJAAN_BEDA" if kemiripan is KemiripanNama.EJAAN else "NAMA_BEDA_NOMENKLATUR"
            )
            findings.append(
                temuan(
                    rule,
                    f"Nama '{name}' berbeda dengan nama nomenklatur {item.kode} '{item.nama}'. "
                    "Tulis nama program/kegiatan/sub kegiatan persis seperti nomenklatur.",
                    tabel=tabel,
                    line=line,
                    kode="",
                    nama=name,
                    column="nama",
                    found=name,
                    expected=item.nama,
                )
            )
    return findings


def _lists(periksa: Pemeriksaan) -> list[Finding]:
    ctx = periksa.plan_context()
    if ctx is None or ctx.nomenklatur is None:
        return []
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(TableKind.NOMENKLATUR):
        rows = list_rows(tabel)
        inputs = [RenjaRowInput(r.kode, r.nama) for r in rows]
        lines = {r.kode: r.line for r in rows}
        for problem in check_nomenklatur(inputs, replace(ctx, urusan=())):
            if problem.code == "NOMENKLATUR_TIDAK_MENCAKUP":
                continue
            kode = problem.location.kode
            findings.append(
                temuan(
                    problem.code,
                    problem.message,
                    tabel=tabel,
                    line=lines.get(kode),
                    kode=kode,
                    nama=problem.found,
                    column="nama",
                    found=problem.found,
                    expected=problem.expected,
                )
            )
    return findings


def _contains(printed: str, official: str) -> bool:
    a, b = set(name_key(printed).split()), set(name_key(official).split())
    return bool(a) and a <= b and len(a) >= 0.7 * len(b)


def _forum(
    periksa: Pemeriksaan, tables: Sequence[TabelRencana], items: list[NomenklaturItem]
) -> list[Finding]:
    main = main_table(periksa.bacaan)
    if main is None or main.renja is None:
        return []
    planned = {row.kode: row.nama for row in main.renja.rows}
    findings: list[Finding] = []
    for tabel in periksa.bacaan.of_kind(TableKind.TARGET_KABUPATEN):
        for row in tabel.mentah.rows:
            cell = row.cells.get("rencana_kerja")
            name = " ".join(cell.raw.split()) if cell is not None else ""
            if not name or any(
                _contains(name, n) or compare_nama(name, n) is not KemiripanNama.BEDA
                for n in planned.values()
            ):
                continue
            owner = next(
                (
                    i
                    for i in items
                    if compare_nama(name, i.nama) is not KemiripanNama.BEDA
                    or _contains(name, i.nama)
                ),
                None,
            )
            if owner is None or str(owner.kode) in planned or _has_descendant(planned, owner.kode):
                continue
            findings.append(
                temuan(
                    "RENCANA_FORUM_TIDAK_ADA",
                    f"Forum OPD menyepakati '{name}' ({owner.kode}), tetapi {main.name} tidak "
                    "memuat kegiatan itu. Tambahkan barisnya ke Renja atau jelaskan mengapa "
                    "kesepakatan itu tidak direncanakan.",
                    tabel=tabel,
                    line=row.lines[0],
                    kode=str(owner.kode),
                    nama=name,
                    found="tidak ada di tabel Renja",
                    expected=f"{owner.kode} direncanakan",
                )
            )
    return findings


def _has_descendant(planned: dict[str, str], kode: Kode) -> bool:
    for other in planned:
        try:
            if Kode.from_str(other).is_descendant_of(kode):
                return True
        except ValueError:
            continue
    return False


def check_names(periksa: Pemeriksaan, tables: Sequence[TabelRencana]) -> list[Finding]:
    """Names without codes, nomenclature lists, and forum agreements without a Renja row."""
    items = _official(periksa)
    return [*_codeless(periksa, items), *_lists(periksa), *_forum(periksa, tables, items)]
