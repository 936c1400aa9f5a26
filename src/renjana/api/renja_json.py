"""A Renja as the API returns it: the header, the stored rows in the JSON form of
``renjana.core.renja_data.row_to_data``, each with its id, level and rolled-up totals.

Everything comes from the planning selectors (``renja_rows`` for the rows, ``renja_tree``
for the totals, which are always computed, never stored) and the services' own permission
check (``editor.guard``) for the actions a user may take — the same rules as the pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from renjana.api.angka import money_out
from renjana.apps.perencanaan.selectors.renja import renja_rows, renja_tree
from renjana.apps.perencanaan.services import editor
from renjana.core.renja_data import row_to_data
from renjana.core.tahapan import Aksi
from renjana.core.tree import Tree

if TYPE_CHECKING:
    from renjana.apps.organisasi.models import Pengguna
    from renjana.apps.perencanaan.models import Renja


def user_of(request: HttpRequest) -> Pengguna:
    """The ``Pengguna`` the request acts as (set by ``renjana.api.auth``)."""
    user: Pengguna = request.auth  # type: ignore[attr-defined]
    return user


def _total(totals: Mapping[str, Decimal]) -> dict[str, str | None]:
    return {"pagu": money_out(totals["pagu"]), "pagu_n1": money_out(totals["pagu_n1"])}


def aksi_tersedia(user: Pengguna, renja: Renja) -> list[str]:
    """What ``user`` may do now, asked of the services' own guard (no second rule set)."""
    allowed = []
    for aksi in Aksi:
        try:
            editor.guard(user, renja, aksi)
        except PermissionDenied:
            continue
        allowed.append(aksi.value)
    return allowed


def renja_header(user: Pengguna, renja: Renja, tree: Tree | None = None) -> dict[str, Any]:
    tree = tree if tree is not None else renja_tree(renja)
    return {
        "opd": renja.perangkat_daerah.kode,
        "tahun": renja.tahun,
        "tahap": renja.tahap,
        "tahap_label": renja.get_tahap_display(),
        "status": renja.status,
        "status_label": renja.get_status_display(),
        "versi": renja.versi,
        "terkunci": renja.terkunci,
        "nomenklatur_versi": str(renja.nomenklatur_versi) if renja.nomenklatur_versi else None,
        "aksi_tersedia": aksi_tersedia(user, renja),
        "total": _total(tree.totals),
    }


def row_ids(renja: Renja) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Row id by kode, and indicator ids by kode in the order ``renja_rows`` lists them.

    One query through the Renja's own relation. The planning selectors return core values,
    which carry no database ids; the API needs them to address rows and indicators.
    """
    baris: dict[str, int] = {}
    indikator: dict[str, list[int]] = {}
    for kode, bid, iid in renja.baris.order_by(
        "kode", "indikator__urutan", "indikator__id"
    ).values_list("kode", "id", "indikator__id"):
        baris[kode] = bid
        if iid is not None:
            indikator.setdefault(kode, []).append(iid)
    return baris, indikator


def rows_json(renja: Renja, tree: Tree) -> list[dict[str, Any]]:
    ids, indikator_ids = row_ids(renja)
    nodes = {node.row.key: node for node in tree.walk()}
    result = []
    for row in renja_rows(renja):
        data = row_to_data(row)
        node = nodes.get(row.kode)
        data["pagu"], data["pagu_n1"] = money_out(row.pagu), money_out(row.pagu_n1)
        for item, source in zip(data["sumber_dana"], row.sumber_dana, strict=True):
            item["jumlah"] = money_out(source.jumlah)
        for item, iid in zip(data["indikator"], indikator_ids.get(row.kode, []), strict=False):
            item["id"] = iid
        data["id"] = ids[row.kode]
        data["level"] = node.row.level if node else ""
        data["total"] = _total(node.totals) if node else {"pagu": None, "pagu_n1": None}
        result.append(data)
    return result


def renja_detail(user: Pengguna, renja: Renja) -> dict[str, Any]:
    tree = renja_tree(renja)
    return {**renja_header(user, renja, tree), "baris": rows_json(renja, tree)}


def row_json(renja: Renja, baris_id: int) -> dict[str, Any]:
    """One row as in ``renja_detail`` (its totals need the whole tree)."""
    for data in rows_json(renja, renja_tree(renja)):
        if data["id"] == baris_id:
            return data
    raise Http404("Baris tidak ditemukan.")
