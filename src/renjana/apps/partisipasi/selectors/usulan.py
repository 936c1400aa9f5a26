"""Reads of proposals, access-checked, returning model rows for forms and core values for the
statistics and exports."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from renjana.apps.organisasi.models import Pemda, Pengguna, PerangkatDaerah
from renjana.apps.organisasi.scope import visible_perangkat_daerah
from renjana.apps.partisipasi.models import (
    LampiranUsulan,
    PengaturanPartisipasi,
    Usulan,
    UsulanBaris,
)
from renjana.apps.perencanaan.selectors.renja import renja_of
from renjana.apps.referensi import selectors as referensi
from renjana.core import partisipasi as core
from renjana.core.idformat import format_number
from renjana.core.numbers import strip_zeros
from renjana.core.problems import Location, Problem


def _related(qs: QuerySet[Usulan]) -> QuerySet[Usulan]:
    return qs.select_related(
        "perangkat_daerah", "wilayah__induk", "dialihkan_ke", "asal__perangkat_daerah"
    ).prefetch_related(
        Prefetch("akomodasi", queryset=UsulanBaris.objects.select_related("baris")),
        "lampiran",
        Prefetch("penerusan", queryset=Usulan.objects.select_related("perangkat_daerah")),
    )


def get_usulan(user: Pengguna, pk: int) -> Usulan:
    """A proposal of an office the user may read; 404 otherwise (no existence leak)."""
    usulan = (
        _related(Usulan.objects.all())
        .filter(pk=pk, perangkat_daerah__in=visible_perangkat_daerah(user))
        .first()
    )
    if usulan is None:
        raise Http404("Usulan tidak ditemukan.")
    return usulan


def get_lampiran(user: Pengguna, pk: int) -> LampiranUsulan:
    lampiran = (
        LampiranUsulan.objects.select_related("usulan")
        .filter(pk=pk, usulan__perangkat_daerah__in=visible_perangkat_daerah(user))
        .first()
    )
    if lampiran is None:
        raise Http404("Lampiran tidak ditemukan.")
    return lampiran


def register(
    offices: Iterable[PerangkatDaerah],
    tahun: int,
    *,
    sumber: str = "",
    keputusan: str = "",
    status: str = "",
    kecamatan: str = "",
    cari: str = "",
) -> list[Usulan]:
    """The proposals of the offices for ``tahun``, filtered; ``keputusan='belum'`` is undecided."""
    qs = Usulan.objects.filter(perangkat_daerah__in=list(offices), tahun=tahun)
    if sumber:
        base, _, tingkat = sumber.partition(":")
        qs = qs.filter(sumber=base, **({"tingkat_musrenbang": tingkat} if tingkat else {}))
    if keputusan == "belum":
        qs = qs.filter(keputusan="")
    elif keputusan:
        qs = qs.filter(keputusan=keputusan)
    if status:
        qs = qs.filter(status=status)
    if kecamatan:
        qs = qs.filter(wilayah__kode__startswith=kecamatan)
    for word in cari.split():
        qs = qs.filter(
            Q(uraian__icontains=word)
            | Q(pengusul__icontains=word)
            | Q(anggota_dprd__icontains=word)
            | Q(lokasi_teks__icontains=word)
        )
    return list(_related(qs).order_by("perangkat_daerah__nama", "nomor"))


def kecamatan_of(usulan: Usulan) -> str:
    """The kecamatan of the proposal's lokasi (the wilayah itself or its parent), or ''."""
    wilayah = usulan.wilayah
    if wilayah is None:
        return ""
    if wilayah.level == "kecamatan":
        return wilayah.nama
    if wilayah.level == "desa" and wilayah.induk is not None:
        return wilayah.induk.nama
    return ""


def _volume(usulan: Usulan) -> str:
    if usulan.volume_nilai is None:
        return usulan.volume_teks
    number = format_number(strip_zeros(usulan.volume_nilai))
    return " ".join(p for p in (usulan.volume_teks, number, usulan.volume_satuan) if p)


def usulan_value(usulan: Usulan) -> core.UsulanValue:
    return core.UsulanValue(
        nomor=str(usulan.nomor),
        sumber=core.Sumber(usulan.sumber),
        uraian=usulan.uraian,
        tingkat_musrenbang=(
            core.TingkatMusrenbang(usulan.tingkat_musrenbang) if usulan.tingkat_musrenbang else None
        ),
        biaya=usulan.biaya,
        keputusan=core.Keputusan(usulan.keputusan) if usulan.keputusan else None,
        akomodasi=tuple(core.Akomodasi(a.baris.kode, a.jumlah) for a in usulan.akomodasi.all()),
        alasan=usulan.alasan,
        pengusul=usulan.pengusul,
        anggota_dprd=usulan.anggota_dprd,
        fraksi=usulan.fraksi,
        dapil=usulan.dapil,
        kecamatan=kecamatan_of(usulan),
        lokasi=usulan.lokasi_teks,
        volume=_volume(usulan),
        perangkat_daerah=usulan.perangkat_daerah.nama,
        dialihkan_ke=usulan.dialihkan_ke.nama if usulan.dialihkan_ke else "",
    )


def persen_minimum(pemda: Pemda) -> Decimal | None:
    setting = PengaturanPartisipasi.objects.filter(pemda=pemda).first()
    return setting.persen_minimum if setting else None


def pengaturan(pemda: Pemda) -> PengaturanPartisipasi | None:
    return PengaturanPartisipasi.objects.filter(pemda=pemda).first()


def statistik(offices: Iterable[PerangkatDaerah], tahun: int, pemda: Pemda) -> core.ShareStatistics:
    """Shares of the proposals of ``offices`` for ``tahun`` against the pemda's minimum."""
    items = [usulan_value(u) for u in register(offices, tahun)]
    return core.share_statistics(items, persen_minimum(pemda))


def daftar(
    offices: Iterable[PerangkatDaerah], tahun: int, jenis: str, judul: str
) -> core.DaftarUsulan:
    """The export report: ``jenis`` ``kecamatan`` or ``dprd``."""
    items = [usulan_value(u) for u in register(offices, tahun)]
    if jenis == "dprd":
        return core.by_anggota_dprd(judul, items)
    return core.by_kecamatan(judul, items)


def scope_offices(user: Pengguna, pd: PerangkatDaerah | None) -> list[PerangkatDaerah]:
    """The offices a page covers: one office, or every office the user may read."""
    visible = list(visible_perangkat_daerah(user))
    if pd is None:
        return visible
    return [o for o in visible if o.pk == pd.pk]


def decision_problems(usulan: Usulan) -> tuple[Problem, ...]:
    """What is wrong with a stored decision today (a carrying sub kegiatan was deleted, a
    full decision below the cost, …): the checks of the decision service, re-run."""
    if not usulan.keputusan:
        return ()
    decision = core.KeputusanInput(
        core.Keputusan(usulan.keputusan),
        usulan.alasan,
        tuple(core.Akomodasi(a.baris.kode, a.jumlah) for a in usulan.akomodasi.all()),
        usulan.dialihkan_ke.kode if usulan.dialihkan_ke else "",
    )
    telaah = core.Telaah(usulan.sesuai_tugas, usulan.sesuai_kewenangan, usulan.dapat_didanai)
    where = Location(opd=usulan.perangkat_daerah.kode, row=usulan.nomor)
    return core.check_keputusan(decision, telaah, usulan.biaya, where)


def sub_kegiatan_choices(pd: PerangkatDaerah, tahun: int) -> list[dict[str, Any]]:
    """The sub kegiatan of the office's Renja for ``tahun``: what a decision may link to."""
    renja = renja_of(pd).filter(tahun=tahun).first()
    if renja is None:
        return []
    rows = renja.baris.filter(level="subkegiatan").values("id", "kode", "nama", "pagu")
    return sorted((dict(r) for r in rows), key=lambda r: r["kode"])


def other_offices(pd: PerangkatDaerah) -> list[PerangkatDaerah]:
    """Offices of the same pemda a proposal may be forwarded to."""
    return list(
        PerangkatDaerah.objects.filter(pemda_id=pd.pemda_id).exclude(pk=pd.pk).order_by("nama")
    )


def wilayah_choices(pd: PerangkatDaerah) -> list[tuple[str, str, str]]:
    """Kecamatan and kelurahan/desa of the pemda, for the lokasi picker."""
    return [
        c for c in referensi.wilayah_choices(pd.pemda.kode_wilayah) if c[2] in ("kecamatan", "desa")
    ]


def kecamatan_choices(pd: PerangkatDaerah) -> list[tuple[str, str]]:
    return [(k, n) for k, n, level in wilayah_choices(pd) if level == "kecamatan"]


def riwayat(usulan: Usulan) -> list[Any]:
    from renjana.apps.audit.selectors import history

    return history([("Usulan", usulan.pk)], limit=30)


def keputusan_pilihan() -> list[tuple[str, str]]:
    """The decision choices, for forms and filters."""
    from renjana.apps.partisipasi.models import Keputusan

    return list(Keputusan.choices)


def status_pilihan() -> list[tuple[str, str]]:
    from renjana.apps.partisipasi.models import StatusUsulan

    return list(StatusUsulan.choices)
