"""Structured lokasi from the text planners write (domain.md §4.8).

``Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa`` is the kabupaten Mamuju and everything in
it; ``Semua Kota/Kab, …`` is the whole pemda; ``RT. 43 Kelurahan Karang Anyar`` names a
place below the smallest wilayah we know, kept as ``rincian``. Matching is by name against
the wilayah the caller passes in (the pemda's own areas), never by guessing. The printed
prefix (``Kab.``, ``Kecamatan``, ``Kel.``) says which level a name means, because the same
name is often both a kabupaten and a kecamatan (Mamuju).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from renjana.core.problems import Location, Problem, Severity

LOKASI_TIDAK_DIKENAL = "LOKASI_TIDAK_DIKENAL"

_PREFIX_LEVEL = (
    (re.compile(r"^(provinsi|prov\.?)\s+", re.IGNORECASE), "provinsi"),
    (re.compile(r"^(kabupaten|kab\.?|kota)\s+", re.IGNORECASE), "kabkota"),
    (re.compile(r"^(kecamatan|kec\.?)\s+", re.IGNORECASE), "kecamatan"),
    (re.compile(r"^(kelurahan|kel\.?|desa)\s+", re.IGNORECASE), "desa"),
)
_LEVEL_ORDER = ("provinsi", "kabkota", "kecamatan", "desa")
_SEMUA = re.compile(r"^semua\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A wilayah the parser may match: Kemendagri code, name and level."""

    kode: str
    nama: str
    level: str  # provinsi | kabkota | kecamatan | desa


@dataclass(frozen=True, slots=True)
class LokasiValue:
    """``kode_wilayah`` None with ``seluruh`` True means the whole pemda."""

    teks: str
    kode_wilayah: str | None = None
    rincian: str = ""
    seluruh: bool = False


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,.")


def split_place(name: str) -> tuple[str, str | None]:
    """Lower-case name without its administrative prefix, and the level the prefix names.

    ``Kab. Polewali Mandar`` → (``polewali mandar``, ``kabkota``);
    ``Tarakan`` → (``tarakan``, None).
    """
    text = _clean(name)
    level: str | None = None
    changed = True
    while changed:
        changed = False
        for pattern, prefix_level in _PREFIX_LEVEL:
            stripped = pattern.sub("", text)
            if stripped != text:
                text, level, changed = stripped, level or prefix_level, True
    return text.lower(), level


def normalize_place(name: str) -> str:
    """Lower-case name without its administrative prefix (``Kota Tarakan`` → ``tarakan``)."""
    return split_place(name)[0]


class PlaceIndex:
    """Known places by normalised name, to read lokasi texts of one pemda."""

    def __init__(self, places: Iterable[KnownPlace]) -> None:
        self._by_name: dict[str, list[KnownPlace]] = {}
        for place in places:
            self._by_name.setdefault(normalize_place(place.nama), []).append(place)

    def match(self, part: str) -> KnownPlace | None:
        """The place a text part names; the prefix level decides between equal names,
        otherwise the highest level wins (a bare ``Mamuju`` is the kabupaten)."""
        name, level = split_place(part)
        candidates = self._by_name.get(name, [])
        if level is not None:
            candidates = [c for c in candidates if c.level == level]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (_LEVEL_ORDER.index(c.level), c.kode))

    def parse(self, text: str) -> tuple[LokasiValue, tuple[Problem, ...]]:
        """Read one lokasi text.

        The most specific named part that matches a known place wins; "Semua …" parts widen
        nothing; unmatched named parts become ``rincian`` and are reported so a planner can
        pick the right area.
        """
        clean = _clean(text)
        parts = [p.strip() for p in clean.split(",") if p.strip()]
        named = [p for p in parts if not _SEMUA.match(p)]
        if not named:
            return LokasiValue(teks=clean, seluruh=bool(parts)), ()
        found: KnownPlace | None = None
        rincian: list[str] = []
        for part in named:
            place = self.match(part)
            if place is None:
                rincian.append(part)
            elif found is None or _LEVEL_ORDER.index(place.level) >= _LEVEL_ORDER.index(
                found.level
            ):
                found = place
        problems: tuple[Problem, ...] = ()
        if found is None:
            problems = (
                Problem(
                    LOKASI_TIDAK_DIKENAL,
                    Severity.INFO,
                    f"Lokasi '{clean}' tidak cocok dengan wilayah yang dikenal; disimpan sebagai "
                    "rincian. Pilih kabupaten/kota, kecamatan atau kelurahan bila ada.",
                    Location(field="lokasi"),
                    found=clean,
                ),
            )
        kode = found.kode if found else None
        return LokasiValue(teks=clean, kode_wilayah=kode, rincian=", ".join(rincian)), problems
