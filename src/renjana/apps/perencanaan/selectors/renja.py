"""Reads of planning data, access-checked, returning core values for pages, CLI and documents."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import QuerySet
from django.http import Http404

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import require_read, visible_perangkat_daerah
from renjana.apps.perencanaan.models import Renja, RenjaBaris
from renjana.apps.referensi.selectors import nomenklatur_names
from renjana.core.kode import parse_kode
from renjana.core.tree import Tree, TreeRow, build_tree

PAGU_COLUMNS = ("pagu", "pagu_n1")


def get_perangkat_daerah(user: Pengguna, kode: str) -> PerangkatDaerah:
    """The office ``kode`` if the user may read it; 404 otherwise (no existence leak)."""
    pd = visible_perangkat_daerah(user).filter(kode=kode).first()
    if pd is None:
        raise Http404("Perangkat daerah tidak ditemukan.")
    return pd


def renja_of(pd: PerangkatDaerah) -> QuerySet[Renja]:
    return Renja.objects.filter(perangkat_daerah=pd).order_by("-tahun")


def get_renja(user: Pengguna, kode: str, tahun: int) -> Renja:
    pd = get_perangkat_daerah(user, kode)
    require_read(user, pd)
    renja = renja_of(pd).filter(tahun=tahun).select_related("nomenklatur_versi").first()
    if renja is None:
        raise Http404(f"Renja {tahun} belum ada.")
    return renja


def renja_tree(renja: Renja) -> Tree:
    """The Renja as a tree under its urusan and bidang rows, with pagu n and n+1 rolled up.

    Urusan and bidang rows are not stored: they are derived from the program codes and
    named from the nomenclature, as every Renja table prints them.
    """
    rows = list(
        RenjaBaris.objects.filter(renja=renja)
        .order_by("kode")
        .values("kode", "level", "nama", "pagu", "pagu_n1", "induk__kode")
    )
    tree_rows: list[TreeRow] = []
    above: dict[str, str | None] = {}
    for row in rows:
        if row["level"] == "program":
            parsed = parse_kode(row["kode"]).kode
            if parsed is not None and parsed.parent is not None:
                bidang = str(parsed.parent)
                urusan = str(parsed.parent.parent) if parsed.parent.parent else None
                above.setdefault(bidang, urusan)
                if urusan:
                    above.setdefault(urusan, None)
    names = nomenklatur_names(renja.nomenklatur_versi, above)
    for kode in sorted(above, key=lambda k: (len(k.split(".")), k)):
        level = "urusan" if above[kode] is None else "bidang"
        tree_rows.append(TreeRow(kode, above[kode], level, names.get(kode, kode)))
    for row in rows:
        parent: str | None = row["induk__kode"]
        if row["level"] == "program":
            parsed = parse_kode(row["kode"]).kode
            parent = str(parsed.parent) if parsed and parsed.parent else None
        values: dict[str, Decimal | None] = {"pagu": row["pagu"], "pagu_n1": row["pagu_n1"]}
        tree_rows.append(TreeRow(row["kode"], parent, row["level"], row["nama"], values))
    return build_tree(_parents_first(tree_rows), PAGU_COLUMNS)


def _parents_first(rows: list[TreeRow]) -> list[TreeRow]:
    """Urusan before bidang before programs; stored rows keep code order among siblings."""
    return sorted(rows, key=lambda r: _code_sort_key(r.key))


def _code_sort_key(kode: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(part), part) if part.isdigit() else (0, part) for part in kode.split("."))
