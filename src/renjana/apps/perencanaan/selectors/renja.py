"""Reads of planning data, access-checked, returning core values for pages, CLI and documents."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import require_read, visible_perangkat_daerah
from renjana.apps.perencanaan.models import (
    CatatanVerifikasi,
    Indikator,
    PlafonPagu,
    Renja,
    RenjaBaris,
    RenjaSnapshot,
    SumberDanaBaris,
)
from renjana.apps.referensi.selectors import nomenklatur_names
from renjana.core.kode import kode_sort_key, parse_kode
from renjana.core.numbers import strip_zeros
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
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
    renja = (
        renja_of(pd)
        .filter(tahun=tahun)
        .select_related("nomenklatur_versi", "perangkat_daerah__pemda")
        .first()
    )
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
    return sorted(rows, key=lambda r: kode_sort_key(r.key))


def renja_rows(renja: Renja) -> tuple[RenjaRowInput, ...]:
    """The Renja as core values, in code order: what checks, snapshots, comparison and
    documents work on. Four queries whatever the size of the plan."""
    baris = list(
        RenjaBaris.objects.filter(renja=renja)
        .select_related("unit_kerja")
        .prefetch_related(
            "indikator",
            "lokasi",
            Prefetch("sumber_dana", queryset=SumberDanaBaris.objects.select_related("sumber_dana")),
            "prioritas",
        )
    )
    baris.sort(key=lambda b: kode_sort_key(b.kode))
    return tuple(_row_input(b) for b in baris)


def _plain(value: Decimal | None) -> Decimal | None:
    return None if value is None else strip_zeros(value)


def _row_input(b: RenjaBaris) -> RenjaRowInput:
    prioritas = list(b.prioritas.all())
    return RenjaRowInput(
        kode=b.kode,
        nama=b.nama,
        indikator=tuple(
            IndikatorInput(
                uraian=i.uraian,
                satuan=i.satuan,
                target=TargetValue(_plain(i.target_nilai), i.target_teks, i.satuan),
                target_n1=TargetValue(_plain(i.target_n1_nilai), i.target_n1_teks, i.satuan),
                polaritas=i.polaritas,
                agregasi=i.agregasi,
                is_lokal=i.is_lokal,
            )
            for i in b.indikator.all()
        ),
        pagu=b.pagu,
        pagu_n1=b.pagu_n1,
        lokasi=tuple(loc.teks for loc in b.lokasi.all()),
        sumber_dana=tuple(
            SumberDanaInput(
                s.sumber_dana.kode if s.sumber_dana else None,
                s.sumber_dana.nama if s.sumber_dana else s.nama,
                s.jumlah,
            )
            for s in b.sumber_dana.all()
        ),
        prioritas_nasional=tuple(p.nama for p in prioritas if p.jenis == "nasional"),
        prioritas_daerah=tuple(p.nama for p in prioritas if p.jenis != "nasional"),
        kelompok_sasaran=b.kelompok_sasaran,
        waktu_pelaksanaan=b.waktu_pelaksanaan,
        catatan=b.catatan,
        unit_kerja=b.unit_kerja.nama if b.unit_kerja else "",
    )


def get_renja_by_pk(user: Pengguna, pk: int) -> Renja:
    """A Renja by id if the user may read its office; 404 otherwise."""
    renja = (
        Renja.objects.select_related("perangkat_daerah__pemda", "nomenklatur_versi")
        .filter(pk=pk, perangkat_daerah__in=visible_perangkat_daerah(user))
        .first()
    )
    if renja is None:
        raise Http404("Renja tidak ditemukan.")
    return renja


def get_baris(renja: Renja, baris_id: int) -> RenjaBaris:
    baris = (
        RenjaBaris.objects.select_related("renja", "unit_kerja")
        .filter(renja=renja, pk=baris_id)
        .first()
    )
    if baris is None:
        raise Http404("Baris tidak ditemukan.")
    return baris


def baris_detail(baris: RenjaBaris) -> dict[str, object]:
    """Everything the row panel shows: indicators, lokasi, sumber dana, notes, history."""
    from renjana.apps.audit.selectors import history

    indikator = list(baris.indikator.all())
    return {
        "indikator": indikator,
        "lokasi": list(baris.lokasi.select_related("wilayah")),
        "sumber_dana": list(baris.sumber_dana.select_related("sumber_dana")),
        "catatan_verifikasi": list(
            baris.catatan_verifikasi.select_related("oleh").order_by("-dibuat_pada")
        ),
        "riwayat": history(
            [("RenjaBaris", baris.pk)] + [("Indikator", i.pk) for i in indikator], limit=30
        ),
        "has_children": RenjaBaris.objects.filter(induk=baris).exists(),
    }


def snapshots_of(renja: Renja) -> list[RenjaSnapshot]:
    return list(RenjaSnapshot.objects.filter(renja=renja).order_by("dibuat_pada"))


def plafon_usage(renja: Renja, tree: Tree) -> list[dict[str, object]]:
    """Ceilings of the office for the Renja's year with used and remaining amounts."""
    rows = renja_rows(renja)
    used_by_source: dict[str, Decimal] = {}
    for row in rows:
        for sd in row.sumber_dana:
            if sd.kode and sd.jumlah is not None:
                used_by_source[sd.kode] = used_by_source.get(sd.kode, Decimal(0)) + sd.jumlah
    result = []
    for plafon in PlafonPagu.objects.filter(
        perangkat_daerah=renja.perangkat_daerah, tahun=renja.tahun
    ).select_related("sumber_dana"):
        if plafon.sumber_dana is None:
            label, used = "Total pagu indikatif", tree.totals["pagu"]
        else:
            label = plafon.sumber_dana.nama
            used = used_by_source.get(plafon.sumber_dana.kode, Decimal(0))
        result.append(
            {
                "label": label,
                "plafon": plafon.jumlah,
                "terpakai": used,
                "sisa": plafon.jumlah - used,
            }
        )
    return result


def verifier_notes(renja: Renja) -> list[CatatanVerifikasi]:
    return list(
        CatatanVerifikasi.objects.filter(renja=renja, selesai=False)
        .select_related("baris", "oleh")
        .order_by("dibuat_pada")
    )


def plafon_of(pd: PerangkatDaerah, tahun: int) -> list[PlafonPagu]:
    return list(
        PlafonPagu.objects.filter(perangkat_daerah=pd, tahun=tahun)
        .select_related("sumber_dana")
        .order_by("sumber_dana__kode")
    )


def get_indikator(baris: RenjaBaris, indikator_id: int) -> Indikator | None:
    return Indikator.objects.filter(baris=baris, pk=indikator_id).first()


def totals_per_unit_kerja(renja: Renja, tree: Tree) -> list[dict[str, object]]:
    """Pagu n and n+1 per bidang (unit kerja) of the office, from the leaf rows of the tree.

    A leaf takes the unit kerja set on it or, failing that, on its nearest ancestor; rows with
    none are listed as "Belum ditetapkan"."""
    units = dict(RenjaBaris.objects.filter(renja=renja).values_list("kode", "unit_kerja__nama"))
    sums: dict[str, dict[str, Decimal]] = {}
    for node in tree.walk():
        if not node.is_leaf or node.row.level in ("urusan", "bidang"):
            continue
        kode: str | None = node.row.key
        name = None
        while kode and name is None:
            name = units.get(kode)
            parsed = parse_kode(kode).kode
            kode = str(parsed.parent) if parsed and parsed.parent else None
        bucket = sums.setdefault(name or "Belum ditetapkan", {c: Decimal(0) for c in PAGU_COLUMNS})
        for column in PAGU_COLUMNS:
            bucket[column] += node.totals[column]
    return [{"unit_kerja": name, **values} for name, values in sorted(sums.items())]
