"""Forms of the participation pages: they read what people type (Indonesian numbers, targets
with units) into the values the services take; rules live in the services and the core."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from renjana.core import partisipasi as core
from renjana.core.idformat import ColumnKind
from renjana.core.quantity import Quantity, parse_quantity
from renjana.core.review_rkpd import RkpdBarisInput
from renjana.web.renja.forms import AngkaField

SUMBER = [(s.value, s.label) for s in core.Sumber]
TINGKAT = [("", "-"), *[(t.value, t.label) for t in core.TingkatMusrenbang]]
KEPUTUSAN = [(k.value, k.label) for k in core.Keputusan]
YA_TIDAK = [("", "Belum dijawab"), ("ya", "Ya"), ("tidak", "Tidak")]


def read_quantity(text: str, satuan: str = "") -> Quantity:
    """``60`` + ``meter``, ``Panjang 60 meter`` or ``Cepat Berkembang``; empty is no value."""
    joined = " ".join(p for p in (text.strip(), satuan.strip()) if p)
    if not joined or joined == "-":
        return Quantity(None, "")
    return parse_quantity(joined).quantity


class UsulanForm(forms.Form):
    sumber = forms.ChoiceField(choices=SUMBER, label="Sumber usulan")
    tingkat_musrenbang = forms.ChoiceField(
        choices=TINGKAT, required=False, label="Tingkat Musrenbang"
    )
    pengusul = forms.CharField(required=False, max_length=300, label="Pengusul")
    anggota_dprd = forms.CharField(required=False, max_length=200, label="Anggota DPRD")
    fraksi = forms.CharField(required=False, max_length=100, label="Fraksi")
    dapil = forms.CharField(required=False, max_length=100, label="Dapil")
    uraian = forms.CharField(label="Uraian usulan", widget=forms.Textarea(attrs={"rows": 3}))
    wilayah = forms.CharField(required=False, label="Kecamatan / kelurahan")
    lokasi_rincian = forms.CharField(required=False, max_length=300, label="Rincian lokasi (RT/RW)")
    volume = forms.CharField(required=False, max_length=100, label="Volume")
    volume_satuan = forms.CharField(required=False, max_length=60, label="Satuan")
    biaya = AngkaField(label="Perkiraan biaya (Rp)")
    catatan = forms.CharField(
        required=False, label="Catatan", widget=forms.Textarea(attrs={"rows": 2})
    )

    def to_input(self, tahun: int) -> core.UsulanInput:
        data = self.cleaned_data
        tingkat = data["tingkat_musrenbang"]
        return core.UsulanInput(
            sumber=core.Sumber(data["sumber"]),
            uraian=data["uraian"],
            tahun=tahun,
            tingkat_musrenbang=core.TingkatMusrenbang(tingkat) if tingkat else None,
            pengusul=data["pengusul"],
            anggota_dprd=data["anggota_dprd"],
            fraksi=data["fraksi"],
            dapil=data["dapil"],
            kode_wilayah=data["wilayah"] or None,
            rincian_lokasi=data["lokasi_rincian"],
            volume=read_quantity(data["volume"], data["volume_satuan"]),
            biaya=data["biaya"],
            catatan=data["catatan"],
        )


def _answer(value: str) -> bool | None:
    return {"ya": True, "tidak": False}.get(value)


class TelaahForm(forms.Form):
    sesuai_tugas = forms.ChoiceField(choices=YA_TIDAK, required=False)
    sesuai_kewenangan = forms.ChoiceField(choices=YA_TIDAK, required=False)
    dapat_didanai = forms.ChoiceField(choices=YA_TIDAK, required=False)
    catatan = forms.CharField(required=False)

    def answers(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "sesuai_tugas": _answer(data["sesuai_tugas"]),
            "sesuai_kewenangan": _answer(data["sesuai_kewenangan"]),
            "dapat_didanai": _answer(data["dapat_didanai"]),
            "catatan": data["catatan"],
        }


class KeputusanForm(forms.Form):
    keputusan = forms.ChoiceField(choices=KEPUTUSAN)
    alasan = forms.CharField(required=False)
    dialihkan_ke = forms.CharField(required=False)


def read_akomodasi(post: Any) -> tuple[list[tuple[int, Decimal | None]], list[str]]:
    """The (sub kegiatan id, amount) pairs of a decision form, and the reading errors."""
    field = AngkaField()
    items: list[tuple[int, Decimal | None]] = []
    errors: list[str] = []
    pairs = zip(post.getlist("baris"), post.getlist("jumlah"), strict=False)
    for number, (baris, jumlah) in enumerate(pairs, start=1):
        if not baris:
            continue
        if not baris.isdigit():
            errors.append(f"Sub kegiatan ke-{number} tidak dikenal.")
            continue
        try:
            items.append((int(baris), field.clean(jumlah)))
        except forms.ValidationError as exc:
            errors.append(f"Jumlah sub kegiatan ke-{number}: {'; '.join(exc.messages)}")
    return items, errors


class RkpdBarisForm(forms.Form):
    kode = forms.CharField(max_length=40, label="Kode")
    nama = forms.CharField(label="Nama program/kegiatan/sub kegiatan")
    indikator = forms.CharField(required=False, label="Indikator kinerja")
    target = forms.CharField(required=False, max_length=100, label="Target")
    satuan = forms.CharField(required=False, max_length=60, label="Satuan")
    pagu = AngkaField(label="Pagu indikatif (Rp)")

    def to_input(self) -> RkpdBarisInput:
        data = self.cleaned_data
        return RkpdBarisInput(
            kode=data["kode"].strip(),
            nama=data["nama"].strip(),
            indikator=data["indikator"].strip(),
            target=read_quantity(data["target"], data["satuan"]),
            pagu=data["pagu"],
        )


class PrioritasForm(forms.Form):
    jenis = forms.ChoiceField(
        choices=[
            ("nasional", "Prioritas Nasional"),
            ("provinsi", "Prioritas Provinsi"),
            ("daerah", "Prioritas Daerah"),
        ]
    )
    kode = forms.CharField(required=False, max_length=30)
    nama = forms.CharField()
    tahun_mulai = forms.IntegerField(required=False, min_value=2000, max_value=2100)
    tahun_akhir = forms.IntegerField(required=False, min_value=2000, max_value=2100)
    dasar_hukum = forms.CharField(required=False)
    induk = forms.IntegerField(required=False)


class KesepakatanForm(forms.Form):
    indikator = forms.CharField(label="Indikator")
    target_nasional = forms.CharField(required=False, max_length=100, label="Target nasional")
    target_daerah = forms.CharField(required=False, max_length=100, label="Target provinsi/daerah")
    catatan = forms.CharField(required=False, label="Catatan/rekomendasi")
    baris = forms.IntegerField(required=False, label="Baris Renja")


class PengaturanForm(forms.Form):
    persen_minimum = AngkaField(kind=ColumnKind.PERCENT, label="Persentase minimum (%)")
    dasar_hukum = forms.CharField(required=False, label="Dasar hukum")
