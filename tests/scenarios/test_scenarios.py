"""Scenario tests: readable YAML files of inputs and expected outputs, run against the core.

Every ``tests/scenarios/*.yaml`` file names its formula (``rumus``) and lists cases (``kasus``).
Numbers are written as an Indonesian reader writes them — money ``8.308.396.700``, percentages
``69,38`` (compared with the printed, two-decimal value), ``N/A`` for "not computable",
quantities as printed (``26 Orang``, ``-``). Expected values were typed from the seed documents
or worked out by hand, never produced by the code under test. An expected quantity is compared
exactly; one written ``≈ 66,67 Orang`` is compared after rounding to the decimals shown.
``masalah`` lists the expected problem codes (with their place), and the list must match
exactly: a case with no ``masalah`` expects none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from renjana.core.anggaran import BarisAnggaran, compute_realisasi_anggaran
from renjana.core.capaian import (
    Agregasi,
    Capaian,
    Polaritas,
    compute_capaian,
    compute_capaian_periode,
    compute_persentase,
    realisasi_sampai,
    realisasi_tahunan,
)
from renjana.core.evaluasi import BarisTC29, evaluate_tc29
from renjana.core.idformat import ColumnKind, to_decimal
from renjana.core.iku import (
    IndikatorIku,
    TargetPerjanjianKinerja,
    check_target_triwulan,
    compute_capaian_iku,
    compute_capaian_pk,
    target_sampai_triwulan,
)
from renjana.core.kinerja_pelayanan import IndikatorPelayanan, compute_kinerja_pelayanan
from renjana.core.numbers import quantize_percent
from renjana.core.peringatan import (
    IndikatorPantauan,
    check_freshness,
    list_at_risk,
    project_year_end,
)
from renjana.core.populasi import DataPopulasi, rekap_populasi, total_populasi
from renjana.core.problems import Problem
from renjana.core.quantity import Quantity, parse_quantity
from renjana.core.referensi import Scale
from renjana.core.rfk import BarisRfkInput, MetodeTtbKeuangan, compute_rfk
from renjana.core.spm import HitunganJenisLayanan, HitunganMutu, MetodeMutu, compute_indeks_spm
from renjana.reference import load_skala

HERE = Path(__file__).parent
Case = Mapping[str, Any]


# --- reading the readable values ------------------------------------------------------------


def text(value: object) -> str:
    if isinstance(value, float):
        raise TypeError(f"tulis angka {value!r} sebagai teks bertanda kutip")
    return "" if value is None else str(value)


def qty(value: object) -> Quantity:
    """``26 Orang``, ``70% KPM``, ``Cepat Berkembang``, ``-`` (missing)."""
    parsed = parse_quantity(text(value))
    assert not any(p.severity == "error" for p in parsed.problems), (value, parsed.problems)
    return parsed.quantity


def uang(value: object) -> Decimal | None:
    raw = text(value)
    return None if raw in ("", "-") else to_decimal(raw, ColumnKind.MONEY)


def angka(value: object) -> Decimal:
    """A count or score written plainly: ``120``, ``12,5``."""
    return to_decimal(text(value), ColumnKind.SCORE)


def persen(value: object) -> Decimal | None:
    raw = text(value)
    return None if raw == "N/A" else to_decimal(raw, ColumnKind.PERCENT)


def ya(value: object) -> bool | None:
    return None if value is None else {"ya": True, "tidak": False}[text(value)]


def skala(case: Case) -> Scale | None:
    kode = case.get("skala")
    if kode is None:
        return None
    found = load_skala().get(kode, case.get("tahun_skala"))
    assert found is not None, kode
    return found


def describe(problem: Problem, *, kode: bool = True) -> str:
    """``KODE``, then the place: kode, kolom, triwulan, isian — as written in the files."""
    where = problem.location
    parts = [problem.code]
    if kode and where.kode:
        parts.append(where.kode)
    if where.column:
        parts.append(f"kolom {where.column}")
    if where.triwulan is not None:
        parts.append(f"triwulan {where.triwulan}")
    if where.field:
        parts.append(f"isian {where.field}")
    return " ".join(parts)


# --- comparing --------------------------------------------------------------------------------


class Check:
    """Collects every mismatch of a case, so one run shows them all."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def equal(self, label: str, actual: object, expected: object) -> None:
        if actual != expected:
            self.errors.append(f"{label}: dihitung {actual!r}, diharapkan {expected!r}")

    def pct(self, label: str, actual: Decimal | None, expected: object) -> None:
        shown = None if actual is None else quantize_percent(actual)
        self.equal(label, shown, persen(expected))

    def money(self, label: str, actual: Decimal | None, expected: object) -> None:
        self.equal(label, actual, uang(expected))

    def quantity(self, label: str, actual: Quantity, expected: object) -> None:
        raw = text(expected)
        approx = raw.startswith("≈")
        wanted = qty(raw.lstrip("≈ "))
        value = actual.nilai
        if approx and value is not None and wanted.nilai is not None:
            value = value.quantize(wanted.nilai, rounding=ROUND_HALF_UP)
        self.equal(f"{label} (nilai)", value, wanted.nilai)
        self.equal(f"{label} (satuan)", actual.satuan, wanted.satuan)
        self.equal(f"{label} (teks)", actual.teks, wanted.teks)

    def capaian(self, label: str, actual: Capaian, expected: Mapping[str, Any]) -> None:
        if "capaian" in expected:
            self.pct(f"{label} capaian", actual.nilai, expected["capaian"])
        if "tercapai" in expected:
            self.equal(f"{label} tercapai", actual.tercapai, ya(expected["tercapai"]))
        if "predikat" in expected:
            self.equal(f"{label} predikat", actual.predikat, text(expected["predikat"]))
        if "teks" in expected:
            self.equal(f"{label} teks", str(actual), text(expected["teks"]))

    def problems(
        self, label: str, actual: Sequence[Problem], expected: object, *, kode: bool = True
    ) -> None:
        got = sorted(describe(p, kode=kode) for p in actual)
        wanted = sorted(text(x) for x in (expected or []))  # type: ignore[attr-defined]
        self.equal(f"{label} masalah", got, wanted)

    def done(self, case: Case) -> None:
        assert not self.errors, f"{case['nama']}:\n  " + "\n  ".join(self.errors)


# --- one handler per formula ------------------------------------------------------------------


def polaritas(case: Case) -> Polaritas:
    return Polaritas(case.get("polaritas", "naik"))


def agregasi(case: Case) -> Agregasi:
    return Agregasi(case.get("agregasi", "kumulatif"))


def run_capaian(case: Case, check: Check) -> None:
    expected = case["harapan"]
    if "persentase" in case:
        nilai, problems = compute_persentase(
            qty(case["persentase"]["pembilang"]), qty(case["persentase"]["penyebut"])
        )
        check.quantity("persentase", nilai, expected["persentase"])
        check.problems("persentase", problems, expected.get("masalah"))
        return
    result = compute_capaian(
        qty(case["target"]),
        qty(case["realisasi"]),
        polaritas(case),
        skala(case),
        tuple(case.get("urutan", ())),
    )
    check.capaian("", result, expected)
    check.problems("", result.problems, expected.get("masalah"))


def run_capaian_triwulan(case: Case, check: Check) -> None:
    expected = case["harapan"]
    values = [qty(v) for v in case["triwulan"]]
    sampai = int(case.get("sampai", 4))
    problems: list[Problem] = []
    if "dilaporkan" in case:
        tahunan = realisasi_tahunan(values, agregasi(case), qty(case["dilaporkan"]))
        check.quantity("realisasi tahunan", tahunan.nilai, expected["realisasi"])
        problems.extend(tahunan.problems)
    else:
        period = realisasi_sampai(values, agregasi(case), sampai)
        if "realisasi" in expected:
            check.quantity("realisasi s/d triwulan", period.nilai, expected["realisasi"])
        result = compute_capaian_periode(
            qty(case["target"]),
            values,
            agregasi(case),
            sampai,
            polaritas(case),
            tuple(qty(v) for v in case.get("target_triwulan", ())),
            skala(case),
        )
        check.capaian("", result, expected)
        problems.extend(result.problems)
    check.problems("", problems, expected.get("masalah"))


def tc29_row(row: Case) -> BarisTC29:
    kolom = {str(k): v for k, v in row["kolom"].items()}
    return BarisTC29(
        kode=text(row["kode"]),
        nama=text(row.get("nama")),
        indikator=text(row.get("indikator")),
        target_renstra=qty(kolom["4"]),
        realisasi_sd_n3=qty(kolom["5"]),
        target_n2=qty(kolom["6"]),
        realisasi_n2=qty(kolom["7"]),
        target_n1=qty(kolom["9"]),
        is_cumulative=ya(row.get("kumulatif", "ya")) is True,
        polaritas=Polaritas(row.get("polaritas", "naik")),
        urutan_kualitatif=tuple(row.get("urutan", ())),
    )


def run_tc29(case: Case, check: Check) -> None:
    rows = [tc29_row(r) for r in case["baris"]]
    laporan = evaluate_tc29(rows, skala(case))
    for row in case["baris"]:
        kode = text(row["kode"])
        hasil = laporan.find(kode)
        assert hasil is not None, kode
        wanted = {str(k): v for k, v in row["harapan"].items()}
        check.pct(f"{kode} kolom 8", hasil.tingkat_realisasi.nilai, wanted["8"])
        if "10" in wanted:
            check.quantity(f"{kode} kolom 10", hasil.realisasi_sd_n1, wanted["10"])
        if "dijumlah" in wanted:
            check.equal(f"{kode} dijumlah", hasil.dijumlah, ya(wanted["dijumlah"]))
        if "11" in wanted:
            if isinstance(wanted["11"], Mapping):
                check.capaian(f"{kode} kolom 11", hasil.tingkat_capaian, wanted["11"])
            else:
                check.pct(f"{kode} kolom 11", hasil.tingkat_capaian.nilai, wanted["11"])
        if "predikat_8" in wanted:
            check.equal(
                f"{kode} predikat 8", hasil.tingkat_realisasi.predikat, wanted["predikat_8"]
            )
        check.problems(kode, hasil.problems, wanted.get("masalah"), kode=False)


def run_anggaran(case: Case, check: Check) -> None:
    rows = [
        BarisAnggaran(
            kode=text(r["kode"]),
            induk=r.get("induk"),
            level=text(r.get("level")),
            nama=text(r.get("nama")),
            anggaran=uang(r.get("anggaran")),
            realisasi=uang(r.get("realisasi")),
        )
        for r in case["baris"]
    ]
    laporan = compute_realisasi_anggaran(rows)
    expected = case["harapan"]
    for kode, wanted in (expected.get("baris") or {}).items():
        row = laporan.find(text(kode))
        assert row is not None, kode
        for kolom in ("anggaran", "realisasi", "sisa"):
            if kolom in wanted:
                check.money(f"{kode} {kolom}", getattr(row, kolom), wanted[kolom])
        if "persen" in wanted:
            check.pct(f"{kode} persen", row.persen, wanted["persen"])
    total = expected["total"]
    for kolom in ("anggaran", "realisasi", "sisa"):
        check.money(f"total {kolom}", getattr(laporan.total, kolom), total[kolom])
    check.pct("total persen", laporan.total.persen, total["persen"])
    check.problems("", laporan.problems, expected.get("masalah"))


_RFK_PCT = ("bobot", "fisik_persen", "fisik_ttb", "keuangan_persen", "keuangan_ttb")
_RFK_MONEY = ("pagu", "realisasi", "sisa")


def run_rfk(case: Case, check: Check) -> None:
    changes = {text(k): v for k, v in (case.get("ubah") or {}).items()}
    source = [{**r, **changes.get(text(r["kode"]), {})} for r in case["baris"]]
    rows = [
        BarisRfkInput(
            kode=text(r["kode"]),
            induk=r.get("induk"),
            level=text(r.get("level")),
            nama=text(r.get("nama")),
            indikator=text(r.get("indikator")),
            pagu=uang(r.get("pagu")),
            realisasi=uang(r.get("realisasi")),
            fisik_persen=None if r.get("fisik") in (None, "-") else persen(r["fisik"]),
        )
        for r in source
    ]
    laporan = compute_rfk(rows, MetodeTtbKeuangan(case.get("metode_ttb_keuangan", "standar")))
    expected = case["harapan"]
    wanted_rows: dict[str, Any] = {text(k): v for k, v in (expected.get("baris") or {}).items()}
    wanted_rows["JUMLAH"] = expected["jumlah"]
    for kode, wanted in wanted_rows.items():
        row = laporan.jumlah if kode == "JUMLAH" else laporan.find(kode)
        assert row is not None, kode
        for kolom in _RFK_MONEY:
            if kolom in wanted:
                check.money(f"{kode} {kolom}", getattr(row, kolom), wanted[kolom])
        for kolom in _RFK_PCT:
            if kolom in wanted:
                check.pct(f"{kode} {kolom}", getattr(row, kolom), wanted[kolom])
    check.problems("", laporan.problems, expected.get("masalah"))


def run_iku(case: Case, check: Check) -> None:
    items = [
        IndikatorIku(
            sasaran=text(r.get("sasaran")),
            uraian=text(r["indikator"]),
            target=qty(r["target"]),
            realisasi=qty(r["realisasi"]),
            polaritas=Polaritas(r.get("polaritas", "naik")),
        )
        for r in case["baris"]
    ]
    batas = case.get("batas_capaian")
    laporan = compute_capaian_iku(items, skala(case), None if batas is None else angka(batas))
    for row, hasil in zip(case["baris"], laporan.baris, strict=True):
        check.capaian(text(row["indikator"]), hasil.capaian, row["harapan"])
    expected = case["harapan"]
    check.pct("rata-rata", laporan.rata_rata, expected["rata_rata"])
    if "predikat_rata_rata" in expected:
        check.equal(
            "predikat rata-rata", laporan.predikat_rata_rata, expected["predikat_rata_rata"]
        )
    if "jumlah_dirata" in expected:
        check.equal("jumlah dirata", laporan.jumlah_dirata, int(expected["jumlah_dirata"]))
    check.problems("", laporan.problems, expected.get("masalah"))


def run_perjanjian_kinerja(case: Case, check: Check) -> None:
    pk = TargetPerjanjianKinerja(
        sasaran=text(case.get("sasaran")),
        uraian=text(case["indikator"]),
        target=qty(case["target"]),
        target_triwulan=tuple(qty(v) for v in case["target_triwulan"]),
        agregasi=agregasi(case),
        polaritas=polaritas(case),
    )
    expected = case["harapan"]
    check.problems("target triwulan", check_target_triwulan(pk), expected.get("masalah"))
    for tw, wanted in (expected.get("target_sampai") or {}).items():
        check.quantity(f"target s/d triwulan {tw}", target_sampai_triwulan(pk, int(tw)), wanted)
    realisasi = [qty(v) for v in case.get("realisasi_triwulan", ())]
    for tw, wanted in (expected.get("capaian_sampai") or {}).items():
        check.capaian(f"triwulan {tw}", compute_capaian_pk(pk, realisasi, int(tw)), wanted)


def per_year(values: Mapping[Any, Any] | None) -> dict[int, Quantity]:
    return {int(k): qty(v) for k, v in (values or {}).items()}


def run_kinerja_pelayanan(case: Case, check: Check) -> None:
    items = [
        IndikatorPelayanan(
            nomor=int(r["nomor"]),
            uraian=text(r["indikator"]),
            target=per_year(r.get("target")),
            realisasi=per_year(r.get("realisasi")),
            proyeksi=per_year(r.get("proyeksi")),
            polaritas=Polaritas(r.get("polaritas", "naik")),
        )
        for r in case["indikator"]
    ]
    laporan = compute_kinerja_pelayanan(items, int(case["tahun_rencana"]), skala(case))
    for row, hasil in zip(case["indikator"], laporan.baris, strict=True):
        for tahun, wanted in row["harapan"].items():
            if tahun == "masalah":
                continue
            year = hasil.get(int(tahun))
            assert year is not None, (row["nomor"], tahun)
            label = f"no {row['nomor']} {tahun}"
            check.capaian(label, year.capaian, wanted)
            if "proyeksi" in wanted:
                check.quantity(f"{label} proyeksi", year.proyeksi, wanted["proyeksi"])
            if "dari_target" in wanted:
                check.equal(
                    f"{label} dari target", year.proyeksi_dari_target, ya(wanted["dari_target"])
                )
        check.problems(f"no {row['nomor']}", hasil.problems, row["harapan"].get("masalah"))


def mutu(item: Case) -> HitunganMutu:
    return HitunganMutu(
        nama=text(item["nama"]),
        satuan=text(item.get("satuan", "Orang")),
        harus_dilayani=angka(item["harus"]),
        terlayani=angka(item["terlayani"]),
    )


def populasi_data(rows: Sequence[Case]) -> list[DataPopulasi]:
    return [
        DataPopulasi(
            jenis=text(r["jenis"]),
            tahun=int(r["tahun"]),
            jumlah=None if text(r["jumlah"]) in ("N/A", "-") else angka(r["jumlah"]),
            satuan=text(r.get("satuan", "Jiwa")),
            kecamatan=text(r.get("kecamatan")),
        )
        for r in rows
    ]


def harus_dilayani(value: object, data: Sequence[DataPopulasi]) -> Decimal:
    """A count, or ``{populasi: [jenis …], tahun: …}`` read from the population data."""
    if not isinstance(value, Mapping):
        return angka(value)
    found = total_populasi(data, tuple(value["populasi"]), int(value["tahun"]))
    assert found.jumlah is not None, found.problems
    return found.jumlah


def run_spm(case: Case, check: Check) -> None:
    data = populasi_data(case.get("populasi", ()))
    jenis = [
        HitunganJenisLayanan(
            nomor=int(j["nomor"]),
            nama=text(j["nama"]),
            harus_dilayani=harus_dilayani(j["harus"], data),
            terlayani=angka(j["terlayani"]),
            mutu=tuple(mutu(m) for m in j.get("mutu", ())),
        )
        for j in case["jenis"]
    ]
    indeks = compute_indeks_spm(
        jenis, skala(case), metode_mutu=MetodeMutu(case.get("metode_mutu", "rasio_jumlah"))
    )
    for row, hasil in zip(case["jenis"], indeks.jenis, strict=True):
        wanted = row.get("harapan") or {}
        label = f"jenis {row['nomor']}"
        if "berlaku" in wanted:
            check.equal(f"{label} berlaku", hasil.berlaku, ya(wanted["berlaku"]))
        for key, value in (
            ("penerima", hasil.komponen_penerima),
            ("mutu", hasil.komponen_mutu),
            ("capaian", hasil.capaian),
            ("persen_penerima", hasil.persen_penerima),
            ("persen_mutu", hasil.persen_mutu),
        ):
            if key in wanted:
                check.pct(f"{label} {key}", value, wanted[key])
        if "belum_terlayani" in wanted:
            check.equal(f"{label} belum", hasil.belum_terlayani, angka(wanted["belum_terlayani"]))
        if "persen_butir" in wanted:
            for m, butir in zip(hasil.mutu, wanted["persen_butir"], strict=True):
                check.pct(f"{label} butir {m.hitungan.nama}", m.persen, butir)
    expected = case["harapan"]
    check.pct("indeks", indeks.indeks, expected["indeks"])
    if "kategori" in expected:
        check.equal("kategori", indeks.kategori, text(expected["kategori"]))
    check.problems("", indeks.problems, expected.get("masalah"))


def run_populasi(case: Case, check: Check) -> None:
    data = populasi_data(case["data"])
    for ask in case["tanya"]:
        jenis = ask["jenis"]
        result = total_populasi(
            data, jenis if isinstance(jenis, str) else tuple(jenis), int(ask["tahun"]),
            ask.get("kecamatan"),
        )  # fmt: skip
        wanted = ask["harapan"]
        label = f"{jenis} {ask['tahun']} {ask.get('kecamatan') or ''}".strip()
        jumlah = text(wanted["jumlah"])
        check.equal(f"{label} jumlah", result.jumlah, None if jumlah == "N/A" else angka(jumlah))
        if "satuan" in wanted:
            check.equal(f"{label} satuan", result.satuan, text(wanted["satuan"]))
        check.problems(label, result.problems, wanted.get("masalah"), kode=False)
    if "rekap" in case:
        tahun = [int(t) for t in case["rekap"]["tahun"]]
        rows = rekap_populasi(data, tahun)
        got = {
            r.jenis: ["N/A" if j.jumlah is None else str(j.jumlah) for _, j in r.per_tahun]
            for r in rows
        }
        wanted_rekap = {k: [text(v) for v in vs] for k, vs in case["rekap"]["harapan"].items()}
        check.equal("rekap", got, wanted_rekap)


def pantauan(row: Case) -> IndikatorPantauan:
    return IndikatorPantauan(
        kode=text(row["kode"]),
        uraian=text(row.get("indikator", row["kode"])),
        target=qty(row["target"]),
        realisasi_triwulan=tuple(qty(v) for v in row["triwulan"]),
        agregasi=Agregasi(row.get("agregasi", "kumulatif")),
        polaritas=Polaritas(row.get("polaritas", "naik")),
        target_triwulan=tuple(qty(v) for v in row.get("target_triwulan", ())),
        bidang=text(row.get("bidang")),
    )


def run_peringatan(case: Case, check: Check) -> None:
    items = [pantauan(r) for r in case["indikator"]]
    for row, item in zip(case["indikator"], items, strict=True):
        wanted = row.get("harapan")
        if not wanted:
            continue
        proyeksi = project_year_end(item)
        label = text(row["kode"])
        check.quantity(f"{label} realisasi s/d", proyeksi.realisasi_sd, wanted["realisasi_sd"])
        check.quantity(f"{label} proyeksi", proyeksi.proyeksi, wanted["proyeksi"])
        check.capaian(label, proyeksi.capaian, wanted)
        check.problems(label, proyeksi.problems, wanted.get("masalah"), kode=False)
    if "berisiko" in case["harapan"]:
        hasil = list_at_risk(items, angka(case["ambang"]))
        got = [p.indikator.kode for p in hasil.berisiko]
        check.equal("berisiko", got, [text(k) for k in case["harapan"]["berisiko"]])
        unknown = [p.indikator.kode for p in hasil.tidak_terproyeksi]
        wanted_unknown = [text(k) for k in case["harapan"].get("tidak_terproyeksi", ())]
        check.equal("tidak terproyeksi", unknown, wanted_unknown)


def run_kesegaran(case: Case, check: Check) -> None:
    terakhir = {
        text(k): None if v in (None, "-") else date.fromisoformat(text(v))
        for k, v in case["terakhir"].items()
    }
    hasil = check_freshness(
        terakhir, date.fromisoformat(text(case["per_tanggal"])), int(case["batas_hari"])
    )
    got = {h.bidang: [h.status.value, h.hari] for h in hasil}
    wanted = {
        text(k): [text(v["status"]), None if v.get("hari") is None else int(v["hari"])]
        for k, v in case["harapan"].items()
    }
    check.equal("kesegaran", got, wanted)


HANDLERS: Mapping[str, Callable[[Case, Check], None]] = {
    "capaian": run_capaian,
    "capaian_triwulan": run_capaian_triwulan,
    "tc29": run_tc29,
    "anggaran": run_anggaran,
    "rfk": run_rfk,
    "iku": run_iku,
    "perjanjian_kinerja": run_perjanjian_kinerja,
    "kinerja_pelayanan": run_kinerja_pelayanan,
    "spm": run_spm,
    "populasi": run_populasi,
    "peringatan": run_peringatan,
    "kesegaran": run_kesegaran,
}


def cases() -> Iterator[Any]:
    for path in sorted(HERE.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["kasus"]:
            rumus = case.get("rumus", data["rumus"])
            yield pytest.param(rumus, case, id=f"{path.stem}: {case['nama']}")


@pytest.mark.parametrize(("rumus", "case"), list(cases()))
def test_scenario(rumus: str, case: Case) -> None:
    check = Check()
    HANDLERS[rumus](case, check)
    check.done(case)


def test_every_formula_has_a_scenario() -> None:
    used = {rumus for rumus, _ in (p.values for p in cases())}
    assert used == set(HANDLERS)
