"""What changed between two versions of a Renja (two stages, or a stage and today).

Both sides are tuples of ``RenjaRowInput`` (a stored snapshot or the live plan). Rows are
matched by code; for matched rows every planning field is compared, indicators by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from renjana.core.idformat import format_money, format_number
from renjana.core.kode import kode_sort_key
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue


class Jenis(StrEnum):
    TAMBAH = "tambah"
    HAPUS = "hapus"
    UBAH = "ubah"


@dataclass(frozen=True, slots=True)
class Perubahan:
    """One difference: a row added or removed, or one field of a row changed."""

    kode: str
    nama: str
    jenis: Jenis
    isian: str = ""
    sebelum: str = ""
    sesudah: str = ""


def _money(value: Decimal | None) -> str:
    return "-" if value is None else format_money(value)


def _target(value: TargetValue) -> str:
    if value.nilai is not None:
        return f"{format_number(value.nilai.normalize())} {value.satuan}".strip()
    return value.teks or "-"


def _sumber(items: Sequence[SumberDanaInput]) -> str:
    return "; ".join(f"{s.kode or s.nama} {_money(s.jumlah)}" for s in items) or "-"


def _indikator_fields(i: int, ind: IndikatorInput | None) -> dict[str, str]:
    prefix = f"Indikator {i + 1}"
    if ind is None:
        return {prefix: "-", f"{prefix} target n": "-", f"{prefix} target n+1": "-"}
    return {
        prefix: f"{ind.uraian} ({ind.satuan})" if ind.satuan else ind.uraian,
        f"{prefix} target n": _target(ind.target),
        f"{prefix} target n+1": _target(ind.target_n1),
    }


def _fields(row: RenjaRowInput, indikator_count: int) -> dict[str, str]:
    fields = {
        "Nama": row.nama,
        "Pagu n": _money(row.pagu),
        "Pagu n+1": _money(row.pagu_n1),
        "Lokasi": "; ".join(row.lokasi) or "-",
        "Sumber dana": _sumber(row.sumber_dana),
        "Prioritas nasional": "; ".join(row.prioritas_nasional) or "-",
        "Prioritas daerah": "; ".join(row.prioritas_daerah) or "-",
        "Kelompok sasaran": row.kelompok_sasaran or "-",
        "Catatan": row.catatan or "-",
    }
    for i in range(indikator_count):
        fields.update(_indikator_fields(i, row.indikator[i] if i < len(row.indikator) else None))
    return fields


def compare(
    before: Sequence[RenjaRowInput], after: Sequence[RenjaRowInput]
) -> tuple[Perubahan, ...]:
    """Every difference from ``before`` to ``after``, in code order of the rows."""
    old = {r.kode: r for r in before}
    new = {r.kode: r for r in after}
    changes: list[Perubahan] = []
    for kode in sorted(old.keys() | new.keys(), key=kode_sort_key):
        a, b = old.get(kode), new.get(kode)
        if a is None and b is not None:
            changes.append(Perubahan(kode, b.nama, Jenis.TAMBAH, sesudah=_money(b.pagu)))
        elif b is None and a is not None:
            changes.append(Perubahan(kode, a.nama, Jenis.HAPUS, sebelum=_money(a.pagu)))
        elif a is not None and b is not None:
            count = max(len(a.indikator), len(b.indikator))
            fa, fb = _fields(a, count), _fields(b, count)
            changes.extend(
                Perubahan(kode, b.nama, Jenis.UBAH, name, fa[name], fb[name])
                for name in fa
                if fa[name] != fb[name]
            )
    return tuple(changes)
