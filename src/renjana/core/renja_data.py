"""Plain-data (JSON-ready) form of a Renja's rows, for stage snapshots and the API.

Decimals travel as canonical strings so no value is ever rounded through a float.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _target_to(t: TargetValue) -> dict[str, Any]:
    return {"nilai": _dec(t.nilai), "teks": t.teks, "satuan": t.satuan}


def _target_from(d: Mapping[str, Any] | None) -> TargetValue:
    if not d:
        return TargetValue()
    return TargetValue(_undec(d.get("nilai")), d.get("teks", ""), d.get("satuan", ""))


def row_to_data(row: RenjaRowInput) -> dict[str, Any]:
    return {
        "kode": row.kode,
        "nama": row.nama,
        "indikator": [
            {
                "uraian": i.uraian,
                "satuan": i.satuan,
                "target": _target_to(i.target),
                "target_n1": _target_to(i.target_n1),
                "polaritas": i.polaritas,
                "agregasi": i.agregasi,
                "is_lokal": i.is_lokal,
            }
            for i in row.indikator
        ],
        "pagu": _dec(row.pagu),
        "pagu_n1": _dec(row.pagu_n1),
        "lokasi": list(row.lokasi),
        "sumber_dana": [
            {"kode": s.kode, "nama": s.nama, "jumlah": _dec(s.jumlah)} for s in row.sumber_dana
        ],
        "prioritas_nasional": list(row.prioritas_nasional),
        "prioritas_daerah": list(row.prioritas_daerah),
        "kelompok_sasaran": row.kelompok_sasaran,
        "waktu_pelaksanaan": row.waktu_pelaksanaan,
        "catatan": row.catatan,
        "unit_kerja": row.unit_kerja,
    }


def row_from_data(d: Mapping[str, Any]) -> RenjaRowInput:
    return RenjaRowInput(
        kode=d["kode"],
        nama=d.get("nama", ""),
        indikator=tuple(
            IndikatorInput(
                uraian=i.get("uraian", ""),
                satuan=i.get("satuan", ""),
                target=_target_from(i.get("target")),
                target_n1=_target_from(i.get("target_n1")),
                polaritas=i.get("polaritas", "naik"),
                agregasi=i.get("agregasi", "kumulatif"),
                is_lokal=bool(i.get("is_lokal", False)),
            )
            for i in d.get("indikator", [])
        ),
        pagu=_undec(d.get("pagu")),
        pagu_n1=_undec(d.get("pagu_n1")),
        lokasi=tuple(d.get("lokasi", [])),
        sumber_dana=tuple(
            SumberDanaInput(s.get("kode"), s.get("nama", ""), _undec(s.get("jumlah")))
            for s in d.get("sumber_dana", [])
        ),
        prioritas_nasional=tuple(d.get("prioritas_nasional", [])),
        prioritas_daerah=tuple(d.get("prioritas_daerah", [])),
        kelompok_sasaran=d.get("kelompok_sasaran", ""),
        waktu_pelaksanaan=d.get("waktu_pelaksanaan", ""),
        catatan=d.get("catatan", ""),
        unit_kerja=d.get("unit_kerja", ""),
    )


def rows_to_data(rows: Sequence[RenjaRowInput]) -> list[dict[str, Any]]:
    return [row_to_data(r) for r in rows]


def rows_from_data(data: Sequence[Mapping[str, Any]]) -> tuple[RenjaRowInput, ...]:
    return tuple(row_from_data(d) for d in data)
