"""The three import kinds of the pages: their upload parameters, and the service calls that
preview and commit an upload of each kind. Views stay thin by going through here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.urls import reverse

from renjana.apps.organisasi.models import Pengguna, PerangkatDaerah
from renjana.apps.perencanaan.selectors import renja as sel
from renjana.apps.perencanaan.services import impor_berkas as perencanaan
from renjana.apps.realisasi.services import impor_berkas as realisasi
from renjana.core.tahapan import Tahap
from renjana.importers.tabular.result import ImportPreview, Progress
from renjana.web.impor.simpanan import Unggahan

TAHAP_LABEL = {
    Tahap.RANCANGAN_AWAL: "Rancangan Awal",
    Tahap.RANCANGAN: "Rancangan",
    Tahap.RANCANGAN_AKHIR: "Rancangan Akhir",
    Tahap.PENETAPAN: "Penetapan",
    Tahap.PERUBAHAN: "Perubahan",
}


def _tahun() -> forms.IntegerField:
    return forms.IntegerField(min_value=2000, max_value=2100)


class RenjaForm(forms.Form):
    tahun = _tahun()
    tahap = forms.ChoiceField(choices=[(t.value, label) for t, label in TAHAP_LABEL.items()])


class RenstraForm(forms.Form):
    tahun_awal = _tahun()
    tahun_akhir = _tahun()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        awal, akhir = data.get("tahun_awal"), data.get("tahun_akhir")
        if awal is not None and akhir is not None and akhir < awal:
            raise forms.ValidationError("Tahun akhir Renstra tidak boleh sebelum tahun awal.")
        return data


class RealisasiForm(forms.Form):
    tahun = _tahun()
    triwulan = forms.TypedChoiceField(
        choices=[(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")],
        coerce=int,
    )


@dataclass(frozen=True, slots=True)
class Hasil:
    """What a commit stored: a sentence and where to look at it."""

    pesan: str
    tautan: str
    label: str


@dataclass(frozen=True, slots=True)
class Jenis:
    key: str
    judul: str
    form: type[forms.Form]
    describe: Callable[[dict[str, Any]], str]
    preview: Callable[[Pengguna, PerangkatDaerah, Unggahan, bytes, Progress | None], Any]
    commit: Callable[[Pengguna, PerangkatDaerah, Unggahan, bytes], Hasil]


def _preview_renja(
    user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes, progress: Progress | None
) -> ImportPreview[Any]:
    return perencanaan.preview_renja_file(
        user=user, pd=pd, tahun=u.params["tahun"], tahap=u.params["tahap"], data=data,
        file=u.nama, progress=progress,
    )  # fmt: skip


def _commit_renja(user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes) -> Hasil:
    renja = perencanaan.commit_renja_file(
        user=user, pd=pd, tahun=u.params["tahun"], tahap=u.params["tahap"], data=data, file=u.nama
    )
    count = renja.baris.count()
    return Hasil(
        f"Renja {renja.tahun} dibuat dengan {count} baris dari berkas {u.nama}.",
        reverse("renja_editor", args=[pd.kode, renja.tahun]),
        f"Buka Renja {renja.tahun}",
    )


def _preview_renstra(
    user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes, progress: Progress | None
) -> ImportPreview[Any]:
    return perencanaan.preview_renstra_file(
        user=user, pd=pd, tahun_awal=u.params["tahun_awal"], tahun_akhir=u.params["tahun_akhir"],
        data=data, file=u.nama, progress=progress,
    )  # fmt: skip


def _commit_renstra(user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes) -> Hasil:
    renstra = perencanaan.commit_renstra_file(
        user=user, pd=pd, tahun_awal=u.params["tahun_awal"], tahun_akhir=u.params["tahun_akhir"],
        data=data, file=u.nama,
    )  # fmt: skip
    return Hasil(
        f"Renstra {renstra.tahun_awal}–{renstra.tahun_akhir} dibuat dari berkas {u.nama}.",
        reverse("renstra_list", args=[pd.kode]),
        "Buka daftar Renstra",
    )


def _preview_realisasi(
    user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes, progress: Progress | None
) -> ImportPreview[Any]:
    renja = sel.get_renja(user, pd.kode, u.params["tahun"])
    return realisasi.preview_realisasi_file(
        user=user, renja=renja, triwulan=u.params["triwulan"], data=data, file=u.nama,
        progress=progress,
    ).preview  # fmt: skip


def _commit_realisasi(user: Pengguna, pd: PerangkatDaerah, u: Unggahan, data: bytes) -> Hasil:
    renja = sel.get_renja(user, pd.kode, u.params["tahun"])
    triwulan = u.params["triwulan"]
    stored = realisasi.commit_realisasi_file(
        user=user, renja=renja, triwulan=triwulan, data=data, file=u.nama
    )
    return Hasil(
        f"Realisasi triwulan {triwulan} tahun {renja.tahun} disimpan: {len(stored.kinerja)} "
        f"indikator dan {len(stored.anggaran)} sub kegiatan (keuangan/fisik).",
        reverse("realisasi_triwulan", args=[pd.kode, renja.tahun, triwulan]),
        f"Buka realisasi triwulan {triwulan}",
    )


JENIS = {
    "renja": Jenis(
        "renja", "Renja", RenjaForm,
        lambda p: f"Renja {p['tahun']} tahap {TAHAP_LABEL[Tahap(p['tahap'])]}",
        _preview_renja, _commit_renja,
    ),
    "renstra": Jenis(
        "renstra", "Renstra", RenstraForm,
        lambda p: f"Renstra {p['tahun_awal']}–{p['tahun_akhir']}",
        _preview_renstra, _commit_renstra,
    ),
    "realisasi": Jenis(
        "realisasi", "Realisasi", RealisasiForm,
        lambda p: f"Realisasi triwulan {p['triwulan']} tahun {p['tahun']}",
        _preview_realisasi, _commit_realisasi,
    ),
}  # fmt: skip
