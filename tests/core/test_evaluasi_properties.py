"""Property tests of the evaluation core: what must hold for any data, not just the seeds.

* the triwulan realisasi of a cumulative indicator add up to its annual realisasi;
* scaling target and realisasi together leaves capaian unchanged (both polarities);
* RFK bobot adds up to 100, and every parent is the sum of its children;
* the SPM index never exceeds 100 (nor any jenis capaian), and is never below 0;
* in the budget realisation, every parent equals the sum of its children and its percentage
  is recomputed from those sums.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from renjana.core.anggaran import BarisAnggaran, compute_realisasi_anggaran
from renjana.core.capaian import (
    Agregasi,
    Polaritas,
    compute_capaian,
    realisasi_sampai,
    realisasi_tahunan,
)
from renjana.core.evaluasi import BarisTC29, evaluate_tc29_row
from renjana.core.numbers import HUNDRED, ZERO, quantize_percent
from renjana.core.quantity import Quantity
from renjana.core.rfk import BarisRfkInput, MetodeTtbKeuangan, compute_rfk
from renjana.core.spm import HitunganJenisLayanan, HitunganMutu, compute_indeks_spm

# Values as stored: up to 4 decimals (VALUE_DECIMAL_PLACES), money to sen.
values = st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
positive = st.decimals(
    min_value=Decimal("0.0001"), max_value=10**9, places=4, allow_nan=False, allow_infinity=False
)
money = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)
factors = st.decimals(
    min_value=Decimal("0.01"), max_value=10**4, places=2, allow_nan=False, allow_infinity=False
)
counts = st.integers(min_value=0, max_value=10**6)


@given(st.lists(values, min_size=1, max_size=4), st.sampled_from(["Orang", "Paket", "KPM"]))
def test_triwulan_realisasi_sum_to_the_annual_realisasi(tw: list[Decimal], satuan: str) -> None:
    quarters = [Quantity(v, satuan) for v in tw]
    annual = realisasi_tahunan(quarters, Agregasi.KUMULATIF)
    assert annual.nilai.nilai == sum(tw, ZERO)
    assert annual.nilai.satuan == satuan
    # …and the year is the quarters so far plus the quarters after them
    for k in range(1, len(tw)):
        so_far = realisasi_sampai(quarters, Agregasi.KUMULATIF, k).nilai.nilai
        assert so_far is not None
        assert so_far + sum(tw[k:], ZERO) == annual.nilai.nilai


@given(st.lists(values, min_size=1, max_size=4))
def test_reported_annual_value_equal_to_the_quarters_raises_nothing(tw: list[Decimal]) -> None:
    quarters = [Quantity(v, "Orang") for v in tw]
    annual = realisasi_tahunan(quarters, Agregasi.KUMULATIF, Quantity(sum(tw, ZERO), "Orang"))
    assert annual.problems == ()


@given(positive, values, factors, st.sampled_from(list(Polaritas)))
def test_scaling_target_and_realisasi_leaves_capaian_unchanged(
    target: Decimal, realisasi: Decimal, k: Decimal, polaritas: Polaritas
) -> None:
    base = compute_capaian(Quantity(target, "Orang"), Quantity(realisasi, "Orang"), polaritas)
    scaled = compute_capaian(
        Quantity(target * k, "Orang"), Quantity(realisasi * k, "Orang"), polaritas
    )
    assert base.nilai is not None
    assert scaled.nilai == base.nilai
    assert scaled.tercapai == base.tercapai


@given(values, st.sampled_from(list(Polaritas)))
def test_zero_or_missing_target_is_never_a_percentage(
    realisasi: Decimal, polaritas: Polaritas
) -> None:
    for target in (Quantity(ZERO, "Orang"), Quantity(None, "")):
        result = compute_capaian(target, Quantity(realisasi, "Orang"), polaritas)
        assert result.nilai is None
        assert str(result) == "N/A"
        assert result.problems


@given(st.lists(values, min_size=3, max_size=3), positive)
def test_tc29_column_10_is_the_sum_for_a_cumulative_indicator(
    parts: list[Decimal], target: Decimal
) -> None:
    five, seven, nine = (Quantity(v, "Orang") for v in parts)
    row = BarisTC29("1", "", "", Quantity(target, "Orang"), five, Quantity(target, "Orang"),
                    seven, nine)  # fmt: skip
    hasil = evaluate_tc29_row(row)
    assert hasil.dijumlah
    assert hasil.realisasi_sd_n1.nilai == sum(parts, ZERO)
    assert hasil.tingkat_capaian.nilai == sum(parts, ZERO) * HUNDRED / target


rfk_leaf = st.tuples(money, money, st.one_of(st.none(), st.integers(0, 100)))


@given(st.lists(st.lists(rfk_leaf, min_size=1, max_size=5), min_size=1, max_size=5))
def test_rfk_bobot_sums_to_100_and_parents_sum_their_children(
    programs: list[list[tuple[Decimal, Decimal, int | None]]],
) -> None:
    rows: list[BarisRfkInput] = []
    for p, kegiatan in enumerate(programs):
        rows.append(BarisRfkInput(f"P{p}", None, "program", ""))
        rows.extend(
            BarisRfkInput(
                f"P{p}.K{k}", f"P{p}", "kegiatan", "", pagu=pagu, realisasi=real,
                fisik_persen=None if fisik is None else Decimal(fisik),
            )
            for k, (pagu, real, fisik) in enumerate(kegiatan)
        )  # fmt: skip
    total = sum((pagu for kegiatan in programs for pagu, _, _ in kegiatan), ZERO)
    for metode in MetodeTtbKeuangan:
        laporan = compute_rfk(rows, metode)
        leaves = [b for b in laporan.baris if b.is_leaf]
        if total == 0:
            assert laporan.jumlah.bobot is None
            continue
        bobot = sum((b.bobot for b in leaves if b.bobot is not None), ZERO)
        assert quantize_percent(bobot) == Decimal("100.00")
        assert abs(bobot - HUNDRED) < Decimal("1e-20")
        assert laporan.jumlah.bobot is not None
        assert quantize_percent(laporan.jumlah.bobot) == Decimal("100.00")
        for parent in (b for b in laporan.baris if not b.is_leaf):
            children = [b for b in leaves if b.kode.startswith(parent.kode + ".")]
            assert parent.pagu == sum((c.pagu for c in children), ZERO)
            assert parent.realisasi == sum((c.realisasi for c in children), ZERO)
            assert parent.sisa == parent.pagu - parent.realisasi
            assert parent.bobot == sum((c.bobot for c in children if c.bobot is not None), ZERO)
        if metode is MetodeTtbKeuangan.STANDAR and laporan.jumlah.keuangan_persen is not None:
            assert laporan.jumlah.keuangan_ttb is not None
            # equal up to the 28-digit precision of Decimal division
            persen = laporan.jumlah.keuangan_persen
            gap = laporan.jumlah.keuangan_ttb - persen
            assert abs(gap) <= max(Decimal(1), abs(persen)) * Decimal("1e-24")


@st.composite
def spm_jenis(draw: st.DrawFn) -> HitunganJenisLayanan:
    harus = draw(counts)
    terlayani = draw(st.integers(0, harus))
    items = []
    for i in range(draw(st.integers(1, 5))):
        item_harus = draw(st.integers(1, 10**4))
        items.append(
            HitunganMutu(f"butir {i}", "Orang", Decimal(item_harus),
                         Decimal(draw(st.integers(0, item_harus))))
        )  # fmt: skip
    return HitunganJenisLayanan(1, "jenis", Decimal(harus), Decimal(terlayani), tuple(items))


@given(st.lists(spm_jenis(), min_size=1, max_size=5))
def test_spm_index_never_exceeds_100(jenis: list[HitunganJenisLayanan]) -> None:
    indeks = compute_indeks_spm(jenis)
    for hasil in indeks.jenis:
        if hasil.capaian is not None:
            assert ZERO <= hasil.capaian <= HUNDRED
    if any(j.harus_dilayani > 0 for j in jenis):
        assert indeks.indeks is not None
    if indeks.indeks is not None:
        assert ZERO <= indeks.indeks <= HUNDRED


@given(st.lists(st.tuples(counts, counts), min_size=1, max_size=4))
def test_spm_index_is_never_above_100_even_for_invalid_counts(
    pairs: list[tuple[int, int]],
) -> None:
    jenis = [
        HitunganJenisLayanan(
            i,
            "jenis",
            Decimal(h),
            Decimal(t),
            (HitunganMutu("butir", "Orang", Decimal(h), Decimal(t)),),
        )
        for i, (h, t) in enumerate(pairs)
    ]
    indeks = compute_indeks_spm(jenis)
    assert indeks.indeks is None or indeks.indeks <= HUNDRED
    if any(t > h for h, t in pairs):
        assert indeks.indeks is None


budget_leaf = st.tuples(money, st.one_of(st.none(), money))


@given(st.lists(st.lists(st.lists(budget_leaf, min_size=1, max_size=3), min_size=1, max_size=3),
                min_size=1, max_size=3))  # fmt: skip
def test_budget_parents_equal_the_sum_of_their_children(
    programs: list[list[list[tuple[Decimal, Decimal | None]]]],
) -> None:
    rows: list[BarisAnggaran] = []
    for p, kegiatan in enumerate(programs):
        rows.append(BarisAnggaran(f"P{p}", None, "program", ""))
        for k, subs in enumerate(kegiatan):
            rows.append(BarisAnggaran(f"P{p}.K{k}", f"P{p}", "kegiatan", ""))
            rows.extend(
                BarisAnggaran(f"P{p}.K{k}.S{s}", f"P{p}.K{k}", "subkegiatan", "", a, r)
                for s, (a, r) in enumerate(subs)
            )
    laporan = compute_realisasi_anggaran(rows)
    by_kode = {b.kode: b for b in laporan.baris}
    for row in laporan.baris:
        children = [
            b for b in laporan.baris if b.kode.rsplit(".", 1)[0] == row.kode and b is not row
        ]
        if children:
            assert row.anggaran == sum((c.anggaran for c in children), ZERO)
            assert row.realisasi == sum((c.realisasi for c in children), ZERO)
        expected = None if row.anggaran == 0 else row.realisasi * HUNDRED / row.anggaran
        assert row.persen == expected
        assert row.sisa == row.anggaran - row.realisasi
    roots = [by_kode[f"P{p}"] for p in range(len(programs))]
    assert laporan.total.anggaran == sum((r.anggaran for r in roots), ZERO)
    assert laporan.total.realisasi == sum((r.realisasi for r in roots), ZERO)
