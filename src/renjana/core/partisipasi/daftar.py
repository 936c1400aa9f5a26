"""The report model of the exports: proposals grouped per kecamatan or per DPRD member, with
their decision and reason (written to XLSX and printable pages by the adapters)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from renjana.core.numbers import ZERO
from renjana.core.partisipasi.statistik import UsulanValue
from renjana.core.partisipasi.usulan import Sumber


@dataclass(frozen=True, slots=True)
class UsulanGroup:
    """Proposals of one kecamatan or one DPRD member, with their sums."""

    label: str
    keterangan: str
    items: tuple[UsulanValue, ...]

    @property
    def biaya(self) -> Decimal:
        return sum((i.biaya for i in self.items if i.biaya is not None), ZERO)

    @property
    def biaya_diakomodir(self) -> Decimal:
        return sum((i.jumlah_diakomodir for i in self.items), ZERO)


@dataclass(frozen=True, slots=True)
class DaftarUsulan:
    """The report model of an export: title, grouping and groups (for XLSX and HTML)."""

    judul: str
    pengelompokan: str
    groups: tuple[UsulanGroup, ...] = field(default_factory=tuple)

    @property
    def jumlah(self) -> int:
        return sum(len(g.items) for g in self.groups)

    @property
    def biaya(self) -> Decimal:
        return sum((g.biaya for g in self.groups), ZERO)

    @property
    def biaya_diakomodir(self) -> Decimal:
        return sum((g.biaya_diakomodir for g in self.groups), ZERO)


TANPA_KECAMATAN = "Tanpa kecamatan"


def _grouped(
    items: Iterable[UsulanValue],
    key: Callable[[UsulanValue], tuple[str, str]],
    last: str,
) -> tuple[UsulanGroup, ...]:
    groups: dict[tuple[str, str], list[UsulanValue]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    order = sorted(groups, key=lambda k: (k[0] == last, k[0].casefold(), k[1].casefold()))
    return tuple(UsulanGroup(label, ket, tuple(groups[(label, ket)])) for label, ket in order)


def by_kecamatan(judul: str, items: Iterable[UsulanValue]) -> DaftarUsulan:
    """Every proposal grouped by the kecamatan of its lokasi (those without one last)."""
    groups = _grouped(items, lambda i: (i.kecamatan or TANPA_KECAMATAN, ""), TANPA_KECAMATAN)
    return DaftarUsulan(judul, "Kecamatan", groups)


def by_anggota_dprd(judul: str, items: Iterable[UsulanValue]) -> DaftarUsulan:
    """Pokir proposals grouped by DPRD member, with the member's fraksi and dapil."""
    pokir = [i for i in items if i.sumber is Sumber.POKIR]

    def key(item: UsulanValue) -> tuple[str, str]:
        detail = "; ".join(
            part
            for part in (
                f"Fraksi {item.fraksi}" if item.fraksi else "",
                f"Dapil {item.dapil}" if item.dapil else "",
            )
            if part
        )
        return (item.anggota_dprd or "Anggota DPRD tidak disebut", detail)

    return DaftarUsulan(judul, "Anggota DPRD", _grouped(pokir, key, "Anggota DPRD tidak disebut"))
