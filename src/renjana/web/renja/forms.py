"""Form fields that read numbers the way Indonesian planners type them (``1.250.000,50``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from renjana.core.idformat import ColumnKind, parse_number


class AngkaField(forms.CharField):
    """A number in Indonesian format; empty or "-" is no value. Errors name the problem."""

    def __init__(self, *, kind: ColumnKind = ColumnKind.MONEY, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.kind = kind

    def clean(self, value: Any) -> Decimal | None:
        text = super().clean(value)
        if not text or not text.strip() or text.strip() == "-":
            return None
        parsed = parse_number(text, self.kind)
        errors = [p.message for p in parsed.problems if p.severity.value == "error"]
        if errors or parsed.value is None:
            raise forms.ValidationError(errors or [f"'{text}' bukan angka."])
        if self.kind == ColumnKind.MONEY and parsed.value < 0:
            raise forms.ValidationError("Pagu tidak boleh negatif.")
        return parsed.value


def read_target(text: str) -> tuple[Decimal | None, str]:
    """A target cell: a number (Indonesian format) or qualitative text such as
    "Cepat Berkembang"; empty means no target yet."""
    text = (text or "").strip()
    if not text or text == "-":
        return None, ""
    parsed = parse_number(text, ColumnKind.GENERIC)
    if parsed.value is not None and not any(p.severity.value == "error" for p in parsed.problems):
        return parsed.value, ""
    return None, text


class BarisForm(forms.Form):
    pagu = AngkaField(label="Pagu indikatif tahun n (Rp)")
    pagu_n1 = AngkaField(label="Prakiraan maju tahun n+1 (Rp)")
    kelompok_sasaran = forms.CharField(required=False, label="Kelompok sasaran")
    waktu_pelaksanaan = forms.CharField(required=False, max_length=100, label="Waktu pelaksanaan")
    catatan = forms.CharField(required=False, label="Catatan")
    unit_kerja = forms.IntegerField(required=False, label="Unit kerja")


class IndikatorForm(forms.Form):
    uraian = forms.CharField(label="Indikator")
    satuan = forms.CharField(required=False, max_length=60, label="Satuan")
    polaritas = forms.ChoiceField(
        choices=[("naik", "Makin tinggi makin baik"), ("turun", "Makin rendah makin baik")]
    )
    agregasi = forms.ChoiceField(
        choices=[
            ("kumulatif", "Kumulatif"),
            ("nilai_akhir", "Nilai akhir"),
            ("rata_rata", "Rata-rata"),
        ]
    )
    target = forms.CharField(required=False, label="Target n")
    target_n1 = forms.CharField(required=False, label="Target n+1")

    def changes(self) -> dict[str, Any]:
        data = self.cleaned_data
        nilai, teks = read_target(data["target"])
        nilai1, teks1 = read_target(data["target_n1"])
        return {
            "uraian": data["uraian"].strip(),
            "satuan": data["satuan"].strip(),
            "polaritas": data["polaritas"],
            "agregasi": data["agregasi"],
            "target_nilai": nilai,
            "target_teks": teks,
            "target_n1_nilai": nilai1,
            "target_n1_teks": teks1,
        }
