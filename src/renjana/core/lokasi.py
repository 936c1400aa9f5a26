"""Structured lokasi from the text planners write (domain.md §4.8).

``Kab. Mamuju, Semua Kecamatan, Semua Kel/Desa`` is the kabupaten Mamuju and everything in
it; ``Semua Kota/Kab, …`` is the whole pemda; ``RT. 43 Kelurahan Karang Anyar`` names a
place below the smallest wilayah we know, kept as ``rincian``. Matching is by name against
the wilayah the caller passes in (the pemda's own areas), never by guessing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from renjana.core.problems import Location, Problem, Severity

LOKASI_TIDAK_DIKENAL = "LOKASI_TIDAK_DIKENAL"

_PREFIX = re.compile(
    r"^(kabupaten|kab\.?|kota|kecamatan|kec\.?|kelurahan|kel\.?|desa|provinsi|prov\.?)\s+",
    re.IGNORECASE,
)
_SEMUA = re.compile(r"^semua\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LokasiValue:
    """``kode_wilayah`` None with ``seluruh`` True means the whole pemda."""

    teks: str
    kode_wilayah: str | None = None
    rincian: str = ""
    seluruh: bool = False


def normalize_place(name: str) -> str:
    """Lower-case name without its administrative prefix.

    ``Kab. Polewali Mandar`` → ``polewali mandar``; ``Kota Tarakan`` → ``tarakan``.
    """
    text = " ".join(name.replace("\u00a0", " ").split()).strip(" ,.")
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return text.lower()


def parse_lokasi(text: str, wilayah: Mapping[str, str]) -> tuple[LokasiValue, tuple[Problem, ...]]:
    """Read one lokasi text. ``wilayah`` maps normalised names to Kemendagri codes.

    The most specific named part that matches a known wilayah wins; "Semua …" parts widen
    nothing; unmatched named parts become ``rincian`` and are reported so a planner can
    pick the right area.
    """
    clean = " ".join(text.replace("\u00a0", " ").split())
    parts = [p.strip() for p in clean.split(",") if p.strip()]
    named = [p for p in parts if not _SEMUA.match(p)]
    if not named:
        return LokasiValue(teks=clean, seluruh=bool(parts)), ()
    kode: str | None = None
    rincian: list[str] = []
    for part in named:
        found = wilayah.get(normalize_place(part))
        if found is not None:
            kode = found
        else:
            rincian.append(part)
    problems: tuple[Problem, ...] = ()
    if kode is None:
        problems = (
            Problem(
                LOKASI_TIDAK_DIKENAL,
                Severity.INFO,
                f"Lokasi '{clean}' tidak cocok dengan wilayah yang dikenal; "
                "disimpan sebagai rincian. Pilih kabupaten/kota atau kecamatan bila perlu.",
                Location(field="lokasi"),
                found=clean,
            ),
        )
    return LokasiValue(teks=clean, kode_wilayah=kode, rincian=", ".join(rincian)), problems
