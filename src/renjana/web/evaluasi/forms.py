"""Forms of the SAKIP entry pages: an IKU, its Perjanjian Kinerja targets, its realisasi. Numbers
are read the way Indonesian planners type them (``1.250,5``); the services do the checks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django import forms

from renjana.apps.kinerja.selectors import AGREGASI_CHOICES, PERIODE_CHOICES, POLARITAS_CHOICES
from renjana.core.idformat import ColumnKind
from renjana.web.renja.forms import AngkaField, read_target

TRIWULAN_LABELS = ("I", "II", "III", "IV")


class IkuForm(forms.Form):
    sasaran = forms.TypedChoiceField(required=False, coerce=int, empty_value=None,
                                     label="Sasaran Renstra")  # fmt: skip
    sasaran_teks = forms.CharField(required=False, label="atau sasaran strategis (teks)")
    uraian = forms.CharField(label="Indikator kinerja", widget=forms.Textarea(attrs={"rows": 2}))
    formulasi = forms.CharField(required=False, label="Formulasi",
                                widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    satuan = forms.CharField(required=False, max_length=60, label="Satuan")
    polaritas = forms.ChoiceField(choices=POLARITAS_CHOICES)
    agregasi = forms.ChoiceField(choices=AGREGASI_CHOICES)

    def __init__(self, *args: Any, sasaran_choices: Sequence[tuple[int, str]] = (), **kwargs: Any
                 ) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        field = self.fields["sasaran"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "— tanpa sasaran Renstra —"), *sasaran_choices]

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "sasaran_id": data["sasaran"],
            "sasaran_teks": data["sasaran_teks"],
            "uraian": data["uraian"],
            "formulasi": data["formulasi"],
            "satuan": data["satuan"],
            "polaritas": data["polaritas"],
            "agregasi": data["agregasi"],
        }


class PerjanjianForm(forms.Form):
    target = forms.CharField(required=False, label="Target tahunan")
    tw1 = AngkaField(kind=ColumnKind.GENERIC, label="Target TW I")
    tw2 = AngkaField(kind=ColumnKind.GENERIC, label="Target TW II")
    tw3 = AngkaField(kind=ColumnKind.GENERIC, label="Target TW III")
    tw4 = AngkaField(kind=ColumnKind.GENERIC, label="Target TW IV")

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        nilai, teks = read_target(data["target"])
        quarters: list[Decimal | None] = [data[f"tw{n}"] for n in range(1, 5)]
        return {"target_nilai": nilai, "target_teks": teks, "target_triwulan": quarters}


class RealisasiForm(forms.Form):
    periode = forms.ChoiceField(choices=PERIODE_CHOICES)
    realisasi = forms.CharField(required=False, label="Realisasi")
    keterangan = forms.CharField(required=False, label="Keterangan",
                                 widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        nilai, teks = read_target(data["realisasi"])
        return {"periode": data["periode"], "nilai": nilai, "teks": teks,
                "keterangan": data["keterangan"]}  # fmt: skip
