"""Drill-down of a hierarchical table: which rows are shown, from the office down to the sub
kegiatan. Pure presentation state read from the query string (``sampai`` = the deepest level
shown everywhere, ``buka`` = rows opened one by one), so every view is a plain link that also
works without JavaScript; HTMX only swaps the table in place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

LEVELS = ("program", "kegiatan", "subkegiatan")
LEVEL_LABELS = {"program": "Program", "kegiatan": "s/d Kegiatan", "subkegiatan": "s/d Sub Kegiatan"}


@dataclass(frozen=True, slots=True)
class Tampilan:
    """``sampai``: rows down to this level are shown; ``buka``: codes opened individually."""

    sampai: str
    buka: frozenset[str]
    induk: Mapping[str, str | None]
    level: Mapping[str, str]
    parents: frozenset[str]
    #: other query parameters of the page (``metode`` …), kept in every link
    extra: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_query(cls, query: Mapping[str, str], induk: Mapping[str, str | None],
                   level: Mapping[str, str]) -> Tampilan:  # fmt: skip
        sampai = query.get("sampai", LEVELS[-1])
        if sampai not in LEVELS:
            sampai = LEVELS[-1]
        buka = frozenset(k for k in query.get("buka", "").split(",") if k in induk)
        parents = frozenset(p for p in induk.values() if p is not None)
        extra = tuple(sorted((k, str(v)) for k, v in query.items() if k not in ("sampai", "buka")))
        return cls(sampai, buka, induk, level, parents, extra)

    def is_open(self, kode: str) -> bool:
        """Whether the children of ``kode`` are shown."""
        depth = LEVELS.index(self.level[kode]) if self.level.get(kode) in LEVELS else -1
        return depth < LEVELS.index(self.sampai) or kode in self.buka

    def has_children(self, kode: str) -> bool:
        return kode in self.parents

    def visible(self, kode: str) -> bool:
        parent = self.induk.get(kode)
        while parent is not None:
            if not self.is_open(parent):
                return False
            parent = self.induk.get(parent)
        return True

    def query(self, *, sampai: str | None = None, buka: frozenset[str] | None = None) -> str:
        opened = self.buka if buka is None else buka
        params = {**dict(self.extra), "sampai": sampai or self.sampai}
        if opened:
            params["buka"] = ",".join(sorted(opened))
        return "?" + urlencode(params)

    def at_level(self, sampai: str) -> str:
        """The query string showing every row down to ``sampai``, nothing opened one by one."""
        return self.query(sampai=sampai, buka=frozenset())

    def toggle(self, kode: str) -> str:
        """The query string that opens ``kode``, or closes it when open (every other open row
        stays open)."""
        if not self.is_open(kode):
            return self.query(buka=self.buka | {kode})
        if kode in self.buka and LEVELS.index(self.level.get(kode, LEVELS[-1])) >= LEVELS.index(
            self.sampai
        ):
            return self.query(buka=self.buka - {kode})
        still_open = frozenset(k for k in self.parents if k != kode and self.is_open(k))
        return self.query(sampai=LEVELS[0], buka=still_open)
