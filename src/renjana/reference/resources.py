"""Access to the packaged reference files under ``renjana/reference/data`` and the shared
readers of their metadata (dasar hukum, effective year, verification flag).

A packaged file that does not match its expected shape is a programmer error and raises
``ReferenceDataError``; user files go through ``tabular`` and report Problems instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from decimal import Decimal
from importlib.resources import files
from importlib.resources.abc import Traversable

import yaml

from renjana.core.numbers import D
from renjana.core.referensi import DasarHukum

PACKAGE = "renjana.reference"
DATA_DIR = "data"


class ReferenceDataError(ValueError):
    """A packaged reference file is missing or malformed."""


def data_file(name: str) -> Traversable:
    return files(PACKAGE).joinpath(DATA_DIR, name)


def read_text(name: str) -> str:
    try:
        return data_file(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"berkas referensi {name} tidak dapat dibaca: {exc}") from exc


def read_csv_rows(name: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV as dicts keyed by its header."""
    return list(csv.DictReader(io.StringIO(read_text(name))))


def read_yaml(name: str) -> Mapping[str, object]:
    data = yaml.safe_load(read_text(name))
    if not isinstance(data, Mapping):
        raise ReferenceDataError(f"berkas referensi {name}: isi teratas harus berupa mapping")
    return data


def text(data: Mapping[str, object], key: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise ReferenceDataError(f"isian {key!r} wajib ada: {dict(data)!r}")
        return ""
    if not isinstance(value, str):
        raise ReferenceDataError(f"isian {key!r} harus teks, bukan {value!r}")
    return " ".join(value.split())


def integer(data: Mapping[str, object], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ReferenceDataError(f"isian {key!r} harus bilangan bulat, bukan {value!r}")
    return value


def decimal(data: Mapping[str, object], key: str) -> Decimal | None:
    """A number written as text ("90") or an integer; never a YAML float."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool | float) or not isinstance(value, str | int):
        raise ReferenceDataError(f"isian {key!r} harus teks angka, bukan {value!r}")
    try:
        return D(value)
    except ValueError as exc:
        raise ReferenceDataError(f"isian {key!r} bukan angka: {value!r}") from exc


def flag(data: Mapping[str, object], key: str, *, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ReferenceDataError(f"isian {key!r} harus true/false, bukan {value!r}")
    return value


def mappings(data: Mapping[str, object], key: str) -> list[Mapping[str, object]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ReferenceDataError(f"isian {key!r} harus daftar mapping")
    return list(value)


def strings(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ReferenceDataError(f"isian {key!r} harus daftar teks, bukan {value!r}")
    return tuple(" ".join(v.split()) for v in value)


def needs_verification(data: Mapping[str, object]) -> bool:
    """``verifikasi: perlu`` marks facts the specification flags "[external — verify]"."""
    value = data.get("verifikasi")
    if value not in (None, "perlu", "sudah"):
        raise ReferenceDataError(f"verifikasi harus 'perlu' atau 'sudah', bukan {value!r}")
    return value == "perlu"


def dasar_hukum(data: Mapping[str, object]) -> tuple[DasarHukum, ...]:
    items = tuple(
        DasarHukum(
            peraturan=text(entry, "peraturan", required=True),
            tentang=text(entry, "tentang"),
            rujukan=text(entry, "rujukan"),
        )
        for entry in mappings(data, "dasar_hukum")
    )
    if not items:
        raise ReferenceDataError("setiap data referensi memerlukan dasar_hukum")
    return items
