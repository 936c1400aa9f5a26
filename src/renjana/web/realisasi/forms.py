"""Forms of the realisation pages: they read what people type into values for the services.

Numbers are read by ``core.idformat`` the Indonesian way (``1.250.000,50``). A person or
household count is read as a count, so ``12,5 Orang`` is refused with the core's message;
a reading the core reports as an error or a doubt (``ANGKA_AMBIGU``) is sent back instead of
guessed. Rules about the entry itself (negative keuangan, fisik 0–100, locks) are the
services'.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms

from renjana.core.idformat import ColumnKind, is_missing_text, parse_number
from renjana.core.problems import Severity
from renjana.core.quantity import PERSEN, counts_persons, normalize_satuan

_BLOCKING = (Severity.ERROR, Severity.WARNING)
_TEXTAREA = forms.Textarea(attrs={"rows": 2})


def read_number(text: str, kind: ColumnKind) -> Decimal | None:
    """A number typed in Indonesian format, or None for empty / "-"; refuses doubts."""
    text = (text or "").strip()
    if not text or is_missing_text(text):
        return None
    parsed = parse_number(text, kind)
    doubts = [p.message for p in parsed.problems if p.severity in _BLOCKING]
    if doubts or parsed.value is None:
        raise forms.ValidationError(doubts or [f"'{text}' bukan angka."])
    return parsed.value


def kind_for(satuan: str) -> ColumnKind:
    if counts_persons(satuan):
        return ColumnKind.COUNT
    if normalize_satuan(satuan) == PERSEN:
        return ColumnKind.PERCENT
    return ColumnKind.GENERIC


class KinerjaForm(forms.Form):
    """The value of an indicator in a triwulan and its explanation."""

    nilai = forms.CharField(required=False, max_length=200, label="Realisasi")
    faktor_pendorong = forms.CharField(required=False, widget=_TEXTAREA, label="Faktor pendorong")
    faktor_penghambat = forms.CharField(required=False, widget=_TEXTAREA, label="Faktor penghambat")
    tindak_lanjut = forms.CharField(required=False, widget=_TEXTAREA, label="Tindak lanjut")

    def __init__(self, data: Any, *, satuan: str, kualitatif: bool) -> None:
        super().__init__(data)
        self.satuan = satuan
        self.kualitatif = kualitatif

    def clean_nilai(self) -> tuple[Decimal | None, str]:
        """``(nilai, "")`` for a number, ``(None, teks)`` for a qualitative value."""
        text = str(self.cleaned_data.get("nilai") or "").strip()
        if not text or is_missing_text(text):
            return None, ""
        if self.kualitatif:
            parsed = parse_number(text, ColumnKind.GENERIC)
            if parsed.value is None:
                return None, text
        return read_number(text, kind_for(self.satuan)), ""

    def values(self) -> dict[str, Any]:
        nilai, teks = self.cleaned_data["nilai"]
        return {
            "nilai": nilai,
            "teks": teks,
            "faktor_pendorong": self.cleaned_data["faktor_pendorong"],
            "faktor_penghambat": self.cleaned_data["faktor_penghambat"],
            "tindak_lanjut": self.cleaned_data["tindak_lanjut"],
        }


class AnggaranForm(forms.Form):
    """Keuangan (Rp spent in the triwulan) and fisik (% done at its end) of a sub kegiatan."""

    keuangan = forms.CharField(required=False, max_length=40, label="Keuangan (Rp)")
    fisik = forms.CharField(required=False, max_length=20, label="Fisik (%)")

    def clean_keuangan(self) -> Decimal | None:
        return read_number(self.cleaned_data.get("keuangan") or "", ColumnKind.MONEY)

    def clean_fisik(self) -> Decimal | None:
        return read_number(self.cleaned_data.get("fisik") or "", ColumnKind.PERCENT)


class JadwalForm(forms.Form):
    """The deadline of each triwulan (a date picker sends ISO dates)."""

    tw1 = forms.DateField(label="Batas waktu Triwulan I")
    tw2 = forms.DateField(label="Batas waktu Triwulan II")
    tw3 = forms.DateField(label="Batas waktu Triwulan III")
    tw4 = forms.DateField(label="Batas waktu Triwulan IV")

    def deadlines(self) -> list[tuple[int, dt.date]]:
        return [(tw, self.cleaned_data[f"tw{tw}"]) for tw in (1, 2, 3, 4)]


class PengecualianForm(forms.Form):
    triwulan = forms.TypedChoiceField(
        coerce=int,
        choices=[(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")],
    )
    berlaku_sampai = forms.DateField(label="Berlaku sampai")
    alasan = forms.CharField(widget=_TEXTAREA, label="Alasan")
