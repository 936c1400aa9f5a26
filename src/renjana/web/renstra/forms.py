"""Forms of the Renstra pages: they read what people type (Indonesian numbers, qualitative
targets) into values for the services, and show each problem beside its field.

Numbers go through ``core.idformat`` — ``1.250.000,50`` is one million two hundred fifty
thousand and fifty sen — and any reading the core reports as an error or a doubt is sent
back to the user instead of being guessed. Rules about the plan itself (periods, years,
codes) are the services' and come back as ``Rejected`` problems, attached by field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django import forms

from renjana.apps.perencanaan.selectors.renstra import POLARITAS_CHOICES
from renjana.apps.perencanaan.services.renstra_indikator import IndikatorData
from renjana.core.idformat import (
    BUKAN_ANGKA,
    ColumnKind,
    format_money,
    format_number,
    is_missing_text,
    parse_number,
    parse_rupiah,
)
from renjana.core.problems import Problem, Severity
from renjana.core.quantity import PERSEN, POIN, counts_persons, normalize_satuan, parse_quantity
from renjana.core.renja import RenstraTahunInput, TargetValue

_LETTER = re.compile(r"[^\W\d_]")
_BLOCKING = (Severity.ERROR, Severity.WARNING)


def attach_problems(form: forms.Form, problems: Iterable[Problem]) -> None:
    """Show a service's refusal beside the field it names, or above the form."""
    for p in problems:
        form.add_error(p.location.field if p.location.field in form.fields else None, p.message)


def _text(label: str, *, required: bool = False, rows: int = 0, **attrs: Any) -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": rows, **attrs}) if rows else forms.TextInput(attrs)
    return forms.CharField(label=label, required=required, widget=widget, strip=True)


def _kind(satuan: str) -> ColumnKind:
    """How a typed ``1.283`` is read for this unit (domain.md §5 rule 3)."""
    unit = normalize_satuan(satuan)
    if unit == PERSEN:
        return ColumnKind.PERCENT
    if unit == POIN:
        return ColumnKind.SCORE
    if counts_persons(unit):
        return ColumnKind.COUNT
    return ColumnKind.ITEM_COUNT


def read_value(text: str, satuan: str) -> TargetValue:
    """A typed target or baseline: a number (Indonesian format), a qualitative text such as
    ``Cepat Berkembang``, or missing (empty, ``-``). ``60 Orang`` is read as 60 when the
    indicator's satuan is Orang. Raises ``ValidationError`` with the core's messages."""
    text = " ".join(text.split())
    if is_missing_text(text):
        return TargetValue()
    parsed = parse_number(text, _kind(satuan))
    if parsed.value is not None:
        blocking = [p.message for p in parsed.problems if p.severity in _BLOCKING]
        if blocking:
            raise forms.ValidationError(blocking)
        return TargetValue(nilai=parsed.value)
    if any(p.code == BUKAN_ANGKA for p in parsed.problems) and _LETTER.search(text):
        read = parse_quantity(text)
        quantity = read.quantity
        same_unit = normalize_satuan(quantity.satuan) == normalize_satuan(satuan)
        if quantity.nilai is None or not satuan or not same_unit or quantity.teks:
            return TargetValue(teks=text)
        blocking = [p.message for p in read.problems if p.severity in _BLOCKING]
        if blocking:
            raise forms.ValidationError(blocking)
        return TargetValue(nilai=quantity.nilai)
    raise forms.ValidationError([p.message for p in parsed.problems] or ["Isian tidak terbaca."])


def show_value(value: TargetValue | None) -> str:
    """The inverse of ``read_value`` for an edit form's initial text."""
    if value is None:
        return ""
    return format_number(value.nilai) if value.nilai is not None else value.teks


def read_rupiah(text: str) -> Decimal | None:
    parsed = parse_rupiah(text)
    if parsed.is_missing:
        return None
    blocking = [p.message for p in parsed.problems if p.severity in _BLOCKING]
    if parsed.value is None or blocking:
        raise forms.ValidationError(blocking or ["Isi pagu dengan angka, mis. 1.250.000,50."])
    return parsed.value


class RenstraForm(forms.Form):
    tahun_awal = forms.IntegerField(
        label="Tahun awal", widget=forms.NumberInput(attrs={"autofocus": True})
    )
    tahun_akhir = forms.IntegerField(label="Tahun akhir")
    dasar_hukum = _text("Dasar hukum (mis. Peraturan Gubernur/Wali Kota)", rows=2)


class UraianForm(forms.Form):
    """A numbered tujuan or sasaran; an empty number takes the next one."""

    nomor = forms.IntegerField(label="Nomor (kosongkan untuk nomor berikutnya)", required=False)
    uraian = _text("Uraian", required=True, rows=2, autofocus=True)


class IndikatorForm(forms.Form):
    """An indicator with its baseline and one target field per year of the period."""

    uraian = _text("Indikator", required=True, rows=2, autofocus=True)
    satuan = _text("Satuan (mis. Orang, %, Dokumen)")
    polaritas = forms.ChoiceField(label="Polaritas", choices=POLARITAS_CHOICES)
    baseline = _text("Kondisi awal (angka atau teks)")

    def __init__(self, years: Sequence[int], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.years = tuple(years)
        for tahun in self.years:
            self.fields[f"target_{tahun}"] = _text(f"Target {tahun}")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        satuan = data.get("satuan", "")
        for name in ("baseline", *(f"target_{t}" for t in self.years)):
            if name in data:
                try:
                    data[name] = read_value(data[name], satuan)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return data

    def indikator(self) -> IndikatorData:
        data = self.cleaned_data
        return IndikatorData(
            uraian=data["uraian"],
            satuan=data.get("satuan", ""),
            polaritas=data["polaritas"],
            baseline=data["baseline"],
            target=tuple(
                RenstraTahunInput(tahun=t, target=data[f"target_{t}"]) for t in self.years
            ),
        )


class BarisForm(forms.Form):
    kode = _text(
        "Kode program, kegiatan atau sub kegiatan", required=True, autofocus=True,
        placeholder="mis. 1.06.04.2.01.0001",
    )  # fmt: skip
    sasaran = forms.TypedChoiceField(
        label="Sasaran (untuk program yang baru ditambahkan)",
        required=False,
        coerce=int,
        empty_value=None,
    )

    def __init__(self, sasaran: Sequence[tuple[int, str]], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sasaran"].choices = [("", "— belum dikaitkan —"), *sasaran]  # type: ignore[attr-defined]


class SasaranProgramForm(forms.Form):
    sasaran = forms.TypedChoiceField(
        label="Sasaran", required=False, coerce=int, empty_value=None,
        widget=forms.Select(attrs={"autofocus": True}),
    )  # fmt: skip

    def __init__(self, sasaran: Sequence[tuple[int, str]], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sasaran"].choices = [("", "— tidak dikaitkan —"), *sasaran]  # type: ignore[attr-defined]


class PaguForm(forms.Form):
    """Pagu of a sub kegiatan, one Rupiah field per year; empty clears the year."""

    def __init__(self, years: Sequence[int], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.years = tuple(years)
        for index, tahun in enumerate(self.years):
            attrs: dict[str, Any] = {"inputmode": "decimal", "autofocus": index == 0}
            self.fields[f"pagu_{tahun}"] = _text(f"Pagu {tahun} (Rp)", **attrs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for tahun in self.years:
            name = f"pagu_{tahun}"
            if name in data:
                try:
                    data[name] = read_rupiah(data[name])
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return data

    def pagu(self) -> dict[int, Decimal | None]:
        return {t: self.cleaned_data[f"pagu_{t}"] for t in self.years}


def pagu_initial(stored: dict[int, Decimal]) -> dict[str, str]:
    return {f"pagu_{t}": format_money(v) for t, v in stored.items()}
