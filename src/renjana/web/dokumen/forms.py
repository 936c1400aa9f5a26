"""Reading the document-content forms: a landasan hukum item, the signature place and date,
the profile, and the staff counts. Only text that is no value at all is refused here (with a
message naming the field); whether a value is acceptable is the services' decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms

from renjana.core.idformat import ColumnKind, parse_number
from renjana.core.landasan_hukum import JenisRegulasi, Regulasi
from renjana.core.problems import Severity
from renjana.core.sdm import GOLONGAN, Jenjang, StatusPegawai

_DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
_TAHUN_MSG = {"invalid": "Tahun harus berupa angka, mis. 2017."}


class LandasanForm(forms.Form):
    jenis = forms.ChoiceField(choices=[(j.value, j.label) for j in JenisRegulasi], label="Jenis")
    penerbit = forms.CharField(required=False, label="Penerbit / nama jenis")
    nomor = forms.CharField(required=False, label="Nomor")
    tahun = forms.IntegerField(required=False, label="Tahun", error_messages=_TAHUN_MSG)
    tentang = forms.CharField(label="Tentang", error_messages={"required": "Isian 'tentang' "
                                                               "wajib diisi."})  # fmt: skip
    lembaran_tahun = forms.IntegerField(
        required=False, label="Tahun lembaran", error_messages=_TAHUN_MSG
    )
    lembaran_nomor = forms.CharField(required=False, label="Nomor lembaran")
    tambahan_nomor = forms.CharField(required=False, label="Nomor tambahan lembaran")
    tanggal = forms.DateField(
        required=False,
        label="Tanggal penetapan",
        input_formats=_DATE_FORMATS,
        error_messages={"invalid": "Tanggal penetapan tidak dikenali; tulis mis. 2017-12-28."},
    )

    def regulasi(self) -> Regulasi:
        data = self.cleaned_data
        return Regulasi(
            jenis=JenisRegulasi(data["jenis"]),
            nomor=data["nomor"] or "",
            tahun=data["tahun"],
            tentang=data["tentang"] or "",
            penerbit=data["penerbit"] or "",
            lembaran_tahun=data["lembaran_tahun"],
            lembaran_nomor=data["lembaran_nomor"] or "",
            tambahan_nomor=data["tambahan_nomor"] or "",
            tanggal=data["tanggal"],
        )


def initial_of(item: Any) -> dict[str, Any]:
    """The form's values from a stored item."""
    return {f: getattr(item, f) for f in LandasanForm.base_fields}


class TtdForm(forms.Form):
    tempat = forms.CharField(required=False, label="Tempat")
    tanggal = forms.DateField(
        required=False,
        label="Tanggal",
        input_formats=_DATE_FORMATS,
        error_messages={"invalid": "Tanggal penandatanganan tidak dikenali; tulis mis. "
                        "2023-07-24."},
    )  # fmt: skip

    def values(self) -> tuple[str, dt.date | None]:
        return self.cleaned_data["tempat"] or "", self.cleaned_data["tanggal"]


def form_messages(form: forms.Form) -> list[dict[str, str]]:
    """The errors of a form as problem-like dicts for the pages' message list."""
    return [{"message": str(m)} for errors in form.errors.values() for m in errors]


# --- staff counts ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Angka:
    """One typed count: the text as typed and the number, or the reason it is no number."""

    text: str
    value: Decimal | None = None
    error: str = ""


def read_angka(text: str | None, subject: str) -> Angka:
    raw = (text or "").strip()
    if not raw or raw == "-":
        return Angka(raw)
    parsed = parse_number(raw, ColumnKind.ITEM_COUNT)
    errors = [p.message for p in parsed.problems if p.severity is Severity.ERROR]
    if errors or parsed.value is None:
        return Angka(raw, error=f"{subject}: {errors[0] if errors else f'{raw!r} bukan angka.'}")
    return Angka(raw, parsed.value)


def nama_pendidikan(status: StatusPegawai, jenjang: Jenjang, jk: str) -> str:
    return f"pendidikan-{status.value}-{jenjang.value}-{jk}"


def nama_golongan(golongan: str, jk: str) -> str:
    return f"golongan-{golongan.replace('/', '-')}-{jk}"


@dataclass(frozen=True, slots=True)
class IsianSdm:
    """Every typed cell (for re-showing the form) and what the service takes."""

    typed: dict[str, str]
    errors: list[str]
    pendidikan: dict[tuple[StatusPegawai, Jenjang], tuple[Decimal | None, Decimal | None]]
    golongan: dict[str, tuple[Decimal | None, Decimal | None]]


def read_sdm(post: Any) -> IsianSdm:
    typed: dict[str, str] = {}
    errors: list[str] = []

    def cell(name: str, subject: str) -> Decimal | None:
        angka = read_angka(post.get(name), subject)
        typed[name] = angka.text
        if angka.error:
            errors.append(angka.error)
        return angka.value

    pendidikan = {
        (s, j): (
            cell(nama_pendidikan(s, j, "l"), f"{s.label}, {j.label}, laki-laki"),
            cell(nama_pendidikan(s, j, "p"), f"{s.label}, {j.label}, perempuan"),
        )
        for s in StatusPegawai
        for j in Jenjang
    }
    golongan = {
        g: (
            cell(nama_golongan(g, "l"), f"ASN golongan {g}, laki-laki"),
            cell(nama_golongan(g, "p"), f"ASN golongan {g}, perempuan"),
        )
        for g in GOLONGAN
    }
    return IsianSdm(typed, errors, pendidikan, golongan)
