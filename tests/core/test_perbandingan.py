"""Comparing two versions of a Renja row by row."""

from decimal import Decimal

from renjana.core.perbandingan import Jenis, Perubahan, compare
from renjana.core.renja import IndikatorInput, RenjaRowInput, SumberDanaInput, TargetValue

SUB = RenjaRowInput(
    "1.06.04.1.01.0002",
    "Penyediaan Sandang",
    indikator=(IndikatorInput("Jumlah Orang", "Orang", TargetValue(Decimal(60), "", "Orang")),),
    pagu=Decimal("50000000"),
    lokasi=("Kab. Mamuju",),
    sumber_dana=(SumberDanaInput("1.2.01.01.02", "DAU", Decimal("50000000")),),
)


def test_identical_versions_have_no_changes() -> None:
    assert compare([SUB], [SUB]) == ()


def test_rows_added_and_removed() -> None:
    other = RenjaRowInput("1.06.04.1.01.0006", "Bimbingan", pagu=Decimal("1500000.50"))
    assert compare([SUB], [other]) == (
        Perubahan("1.06.04.1.01.0002", "Penyediaan Sandang", Jenis.HAPUS, sebelum="50.000.000"),
        Perubahan("1.06.04.1.01.0006", "Bimbingan", Jenis.TAMBAH, sesudah="1.500.000,50"),
    )


def test_changed_target_pagu_lokasi_and_sumber_dana() -> None:
    changed = RenjaRowInput(
        SUB.kode,
        SUB.nama,
        indikator=(IndikatorInput("Jumlah Orang", "Orang", TargetValue(Decimal(90), "", "Orang")),),
        pagu=Decimal("75000000"),
        lokasi=("Semua Kota/Kab",),
        sumber_dana=(SumberDanaInput("1.2.01.01.02", "DAU", Decimal("75000000")),),
    )
    assert [(c.isian, c.sebelum, c.sesudah) for c in compare([SUB], [changed])] == [
        ("Pagu n", "50.000.000", "75.000.000"),
        ("Lokasi", "Kab. Mamuju", "Semua Kota/Kab"),
        ("Sumber dana", "1.2.01.01.02 50.000.000", "1.2.01.01.02 75.000.000"),
        ("Indikator 1 target n", "60 Orang", "90 Orang"),
    ]


def test_indicator_added_is_reported_by_position() -> None:
    more = RenjaRowInput(
        SUB.kode,
        SUB.nama,
        indikator=(
            *SUB.indikator,
            IndikatorInput("Jumlah Paket", "Paket", TargetValue(teks="Baik")),
        ),
        pagu=SUB.pagu,
        lokasi=SUB.lokasi,
        sumber_dana=SUB.sumber_dana,
    )
    changes = compare([SUB], [more])
    assert [(c.isian, c.sebelum, c.sesudah) for c in changes] == [
        ("Indikator 2", "-", "Jumlah Paket (Paket)"),
        ("Indikator 2 target n", "-", "Baik"),
    ]
