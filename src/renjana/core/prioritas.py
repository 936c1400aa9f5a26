"""Priority links (domain.md §2.J, seed 001 Tabel 6) and Forum Perangkat Daerah agreements
(§2.M(c), seed 003 Berita Acara).

Priorities are dated catalog entries: national ones (PN, and the PP under a PN through
``induk``), provincial and regional ones. A Renja row is tagged with priorities; a tag on a
program or kegiatan covers every sub kegiatan under it. The link table has one row per tagged
sub kegiatan and national priority (one row without a national priority when it has only
provincial or regional tags). The pagu of a priority is the sum of the pagu of the distinct sub
kegiatan it covers, directly or through a PP under it; a sub kegiatan tagged with two
priorities counts fully in each, so priority pagu are never added up across priorities.

Two problems come with the table: a tagged sub kegiatan without pagu, and a priority agreed
for the office that no sub kegiatan carries.

A Forum PD agreement (indicator, national target, regional target, notes) is compatible with
the Renja when the linked row has an indicator whose target can be compared with the agreed
regional target (same unit family, or the same text for a qualitative target) and reaches it
(at least the agreed value; at most, for an indicator where lower is better).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from renjana.core.kode import Kode, Level, parse_kode
from renjana.core.numbers import ZERO
from renjana.core.problems import Location, Problem, Severity
from renjana.core.quantity import Quantity, are_compatible

SUB_KEGIATAN_TANPA_PAGU = "PRIORITAS_SUB_KEGIATAN_TANPA_PAGU"
TANPA_SUB_KEGIATAN = "PRIORITAS_TANPA_SUB_KEGIATAN"
KESEPAKATAN_TANPA_TARGET = "KESEPAKATAN_TANPA_TARGET"
KESEPAKATAN_TANPA_BARIS = "KESEPAKATAN_TANPA_BARIS"
KESEPAKATAN_TARGET_KOSONG = "KESEPAKATAN_TARGET_KOSONG"
KESEPAKATAN_SATUAN_BERBEDA = "KESEPAKATAN_SATUAN_BERBEDA"
KESEPAKATAN_TARGET_KURANG = "KESEPAKATAN_TARGET_KURANG"
_EMPTY: Mapping[str, str] = MappingProxyType({})


class JenisPrioritas(StrEnum):
    NASIONAL = "nasional"
    PROVINSI = "provinsi"
    DAERAH = "daerah"


@dataclass(frozen=True, slots=True)
class PrioritasValue:
    """A catalog entry; ``key`` identifies it (the database id as text), ``induk`` its PN."""

    key: str
    jenis: JenisPrioritas
    nama: str
    kode: str = ""
    induk: str | None = None

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}".strip()


@dataclass(frozen=True, slots=True)
class BarisPrioritas:
    """A Renja row (any level) with its pagu (leaves) and the keys of its priority tags."""

    kode: str
    nama: str
    pagu: Decimal | None = None
    prioritas: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeterkaitanRow:
    """One line of the §2.J table."""

    nomor: int
    kode: str
    nasional: PrioritasValue | None
    nasional_induk: PrioritasValue | None
    provinsi: tuple[PrioritasValue, ...]
    daerah: tuple[PrioritasValue, ...]
    bidang: str
    program: str
    kegiatan: str
    sub_kegiatan: str
    pagu: Decimal | None


@dataclass(frozen=True, slots=True)
class PaguPrioritas:
    """The sub kegiatan a priority covers and their pagu."""

    prioritas: PrioritasValue
    sub_kegiatan: tuple[str, ...]
    pagu: Decimal
    disepakati: bool


@dataclass(frozen=True, slots=True)
class Keterkaitan:
    rows: tuple[KeterkaitanRow, ...]
    per_prioritas: tuple[PaguPrioritas, ...]
    problems: tuple[Problem, ...]


def _labelled(kode: Kode | None, names: Mapping[str, str]) -> str:
    if kode is None:
        return ""
    return f"{kode} - {names.get(str(kode), '')}".rstrip(" -")


def _ancestors(key: str, catalog: Mapping[str, PrioritasValue]) -> list[str]:
    """The key and its parents (PP → PN), guarding against a cycle in the catalog."""
    chain: list[str] = []
    current: str | None = key
    while current is not None and current in catalog and current not in chain:
        chain.append(current)
        current = catalog[current].induk
    return chain


def keterkaitan_prioritas(
    catalog: Sequence[PrioritasValue],
    rows: Sequence[BarisPrioritas],
    names: Mapping[str, str] = _EMPTY,
    disepakati: Sequence[str] = (),
) -> Keterkaitan:
    """The §2.J table, the pagu per priority and its two problems (module rules).

    ``names`` names the codes (bidang from the nomenclature; program and kegiatan rows are
    named from ``rows``); ``disepakati`` lists the keys of the priorities agreed for the office.
    """
    by_key = {p.key: p for p in catalog}
    named = {**names, **{r.kode: r.nama for r in rows}}
    tags = {r.kode: tuple(t for t in r.prioritas if t in by_key) for r in rows}
    covered: dict[str, list[str]] = {}
    table: list[KeterkaitanRow] = []
    problems: list[Problem] = []
    pagu_of: dict[str, Decimal | None] = {}
    for row in rows:
        kode = parse_kode(row.kode).kode
        if kode is None or kode.level is not Level.SUB_KEGIATAN:
            continue
        above = [str(k) for k in (kode.program, kode.kegiatan) if k is not None]
        effective = list(dict.fromkeys(t for c in (*above, row.kode) for t in tags.get(c, ())))
        if not effective:
            continue
        pagu_of[row.kode] = row.pagu
        for tag in effective:
            for key in _ancestors(tag, by_key):
                covered.setdefault(key, [])
                if row.kode not in covered[key]:
                    covered[key].append(row.kode)
        if not row.pagu:
            problems.append(
                Problem(
                    SUB_KEGIATAN_TANPA_PAGU,
                    Severity.WARNING,
                    f"Sub kegiatan {row.kode} dikaitkan dengan prioritas "
                    f"{', '.join(str(by_key[t]) for t in effective)} tetapi belum berpagu. "
                    "Isi pagunya atau lepaskan kaitan prioritasnya.",
                    Location(kode=row.kode),
                )
            )
        chosen = [by_key[t] for t in effective]
        nasional: list[PrioritasValue | None] = [
            p for p in chosen if p.jenis is JenisPrioritas.NASIONAL
        ]
        for pn in nasional or [None]:
            induk = by_key.get(pn.induk) if pn is not None and pn.induk else None
            table.append(
                KeterkaitanRow(
                    nomor=len(table) + 1,
                    kode=row.kode,
                    nasional=pn,
                    nasional_induk=induk,
                    provinsi=tuple(p for p in chosen if p.jenis is JenisPrioritas.PROVINSI),
                    daerah=tuple(p for p in chosen if p.jenis is JenisPrioritas.DAERAH),
                    bidang=_labelled(kode.bidang, named),
                    program=_labelled(kode.program, named),
                    kegiatan=_labelled(kode.kegiatan, named),
                    sub_kegiatan=_labelled(kode, named),
                    pagu=row.pagu,
                )
            )
    agreed = set(disepakati)
    summary: list[PaguPrioritas] = []
    for prioritas in catalog:
        subs = tuple(covered.get(prioritas.key, ()))
        if not subs and prioritas.key not in agreed:
            continue
        pagu = sum((pagu_of[s] or ZERO for s in subs), ZERO)
        summary.append(PaguPrioritas(prioritas, subs, pagu, prioritas.key in agreed))
        if not subs:
            problems.append(
                Problem(
                    TANPA_SUB_KEGIATAN,
                    Severity.WARNING,
                    f"Prioritas {prioritas} disepakati untuk perangkat daerah ini tetapi belum "
                    "ada sub kegiatan yang mendukungnya. Kaitkan sub kegiatan yang sesuai.",
                    Location(field="prioritas"),
                    found=str(prioritas),
                )
            )
    return Keterkaitan(tuple(table), tuple(summary), tuple(problems))


class Kesesuaian(StrEnum):
    """How a Forum PD agreement is carried by the Renja."""

    SESUAI = "sesuai"
    TANPA_TARGET = "tanpa_target"
    TANPA_BARIS = "tanpa_baris"
    TARGET_KOSONG = "target_kosong"
    SATUAN_BERBEDA = "satuan_berbeda"
    TARGET_KURANG = "target_kurang"

    @property
    def label(self) -> str:
        return _KESESUAIAN_LABELS[self]


_KESESUAIAN_LABELS = {
    Kesesuaian.SESUAI: "Sesuai",
    Kesesuaian.TANPA_TARGET: "Target kesepakatan kosong",
    Kesesuaian.TANPA_BARIS: "Belum dikaitkan ke Renja",
    Kesesuaian.TARGET_KOSONG: "Target Renja kosong",
    Kesesuaian.SATUAN_BERBEDA: "Satuan tidak sebanding",
    Kesesuaian.TARGET_KURANG: "Target Renja di bawah kesepakatan",
}


@dataclass(frozen=True, slots=True)
class TargetRenja:
    """An indicator of the linked Renja row with its target n; ``polaritas`` naik/turun."""

    uraian: str
    target: Quantity
    polaritas: str = "naik"


@dataclass(frozen=True, slots=True)
class KesepakatanValue:
    """An agreement row with the indicators of the Renja row it is linked to (``kode``)."""

    nomor: int
    indikator: str
    target_nasional: Quantity
    target_daerah: Quantity
    catatan: str = ""
    kode: str | None = None
    renja: tuple[TargetRenja, ...] = ()


@dataclass(frozen=True, slots=True)
class HasilKesepakatan:
    kesepakatan: KesepakatanValue
    kesesuaian: Kesesuaian
    indikator_renja: TargetRenja | None = None
    problem: Problem | None = None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _reaches(agreed: Quantity, found: TargetRenja) -> Kesesuaian | None:
    """SESUAI or TARGET_KURANG when ``found`` can be compared with ``agreed``, else None."""
    target = found.target
    if agreed.nilai is None:
        same = target.nilai is None and _norm(target.teks) == _norm(agreed.teks)
        return Kesesuaian.SESUAI if same else None
    if target.nilai is None or not are_compatible(agreed, target):
        return None
    enough = (
        target.nilai <= agreed.nilai if found.polaritas == "turun" else target.nilai >= agreed.nilai
    )
    return Kesesuaian.SESUAI if enough else Kesesuaian.TARGET_KURANG


def _assess(item: KesepakatanValue) -> tuple[Kesesuaian, TargetRenja | None]:
    if item.target_daerah.is_missing:
        return Kesesuaian.TANPA_TARGET, None
    if item.kode is None:
        return Kesesuaian.TANPA_BARIS, None
    present = [t for t in item.renja if not t.target.is_missing]
    if not present:
        return Kesesuaian.TARGET_KOSONG, None
    verdicts = [(_reaches(item.target_daerah, t), t) for t in present]
    for wanted in (Kesesuaian.SESUAI, Kesesuaian.TARGET_KURANG):
        for verdict, target in verdicts:
            if verdict is wanted:
                return verdict, target
    return Kesesuaian.SATUAN_BERBEDA, None


def check_kesepakatan(items: Sequence[KesepakatanValue]) -> tuple[HasilKesepakatan, ...]:
    """Whether the Renja carries a compatible target for each agreement, with a Problem for
    each one it does not."""
    results: list[HasilKesepakatan] = []
    for item in items:
        verdict, target = _assess(item)
        where = Location(kode=item.kode or "", indikator=item.indikator, row=item.nomor)
        agreed = str(item.target_daerah)
        problem = None
        if verdict is Kesesuaian.TANPA_TARGET:
            problem = Problem(
                KESEPAKATAN_TANPA_TARGET, Severity.WARNING,
                "Target daerah kesepakatan Forum PD belum diisi; salin dari berita acara.", where,
            )  # fmt: skip
        elif verdict is Kesesuaian.TANPA_BARIS:
            problem = Problem(
                KESEPAKATAN_TANPA_BARIS, Severity.WARNING,
                f"Kesepakatan '{item.indikator}' ({agreed}) belum dikaitkan dengan baris Renja; "
                "pilih program/kegiatan/sub kegiatan yang memuatnya.", where,
            )  # fmt: skip
        elif verdict is Kesesuaian.TARGET_KOSONG:
            problem = Problem(
                KESEPAKATAN_TARGET_KOSONG, Severity.ERROR,
                f"Baris Renja {item.kode} belum bertarget, padahal Forum PD menyepakati "
                f"{agreed}. Isi target indikatornya.", where,
            )  # fmt: skip
        elif verdict is Kesesuaian.SATUAN_BERBEDA:
            found = "; ".join(str(t.target) for t in item.renja if not t.target.is_missing)
            problem = Problem(
                KESEPAKATAN_SATUAN_BERBEDA, Severity.ERROR,
                f"Target Renja {item.kode} ({found}) tidak sebanding dengan target kesepakatan "
                f"{agreed}. Samakan satuan atau kaitkan ke baris yang tepat.", where,
                found=found, expected=agreed,
            )  # fmt: skip
        elif verdict is Kesesuaian.TARGET_KURANG and target is not None:
            problem = Problem(
                KESEPAKATAN_TARGET_KURANG, Severity.ERROR,
                f"Target Renja {item.kode} ({target.target}) belum mencapai target yang "
                f"disepakati Forum PD ({agreed}).", where,
                found=str(target.target), expected=agreed,
            )  # fmt: skip
        results.append(HasilKesepakatan(item, verdict, target, problem))
    return tuple(results)
