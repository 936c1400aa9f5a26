"""Snapshot data round-trips exactly, Decimals included."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue
from renjana.core.renja_data import row_from_data, rows_from_data, rows_to_data

money = st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False)


@given(pagu=money, target=st.decimals(-(10**6), 10**6, places=4, allow_nan=False), teks=st.text())
def test_round_trip(pagu: Decimal, target: Decimal, teks: str) -> None:
    row = RenjaRowInput(
        "1.06.04.2.01.0001",
        "Penyediaan Permakanan",
        indikator=(
            IndikatorInput("Jumlah Orang", "Orang", TargetValue(target, "", "Orang")),
            IndikatorInput("Kategori", "", TargetValue(teks=teks), is_lokal=True),
        ),
        pagu=pagu,
        pagu_n1=None,
        lokasi=("Kota Tarakan",),
        sumber_dana=(SumberDanaInput(None, "APBD", pagu),),
        prioritas_nasional=("PN 3",),
        catatan=teks,
    )
    assert rows_from_data(rows_to_data([row])) == (row,)


def test_missing_keys_take_defaults() -> None:
    assert row_from_data({"kode": "1.06.04"}) == RenjaRowInput("1.06.04", "")
