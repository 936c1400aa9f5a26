"""A Renstra spreadsheet: yearly target and pagu columns, the period, pagu on leaves only."""

from __future__ import annotations

from decimal import Decimal

from renjana.core.kode import Tingkat
from renjana.core.renja import RenstraIndikatorInput, RenstraTahunInput, TargetValue
from renjana.importers.tabular.renstra import read_renstra
from tests.importers.tabular.builders import workbook, xlsx

HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025",
          "Target 2026", "Target 2030", "Pagu 2025", "Pagu 2026", "Realisasi 2025"]  # fmt: skip


def read(rows: list[list[object]], header: list[str] = HEADER):  # type: ignore[no-untyped-def]
    book = workbook(xlsx({"Renstra": [header, *rows]}))
    return read_renstra(book, tahun_awal=2025, tahun_akhir=2029, tingkat=Tingkat.KABKOTA)


def test_yearly_targets_and_pagu() -> None:
    bacaan = read([
        ["1.06.04", "Program", "Persentase PPKS tertangani", "%", 90, "92,5", 99, 5, None, 88],
        ["1.06.04.2.01", "Kegiatan", "Jumlah layanan", "Layanan", 10, 12],
        ["1.06.04.2.01.0001", "Permakanan", "Jumlah orang", "Orang", 300, 320, None,
         70_000_000, "75.000.000"],
        [None, None, "Jumlah paket", "Paket", 60, 64],
    ])  # fmt: skip
    assert [(p.code, p.severity.value, p.location.column) for p in bacaan.problems] == [
        ("TAHUN_DI_LUAR_PERIODE", "info", "G (Target 2030)"),
        ("PAGU_INDUK_DIABAIKAN", "warning", ""),
    ]
    program, kegiatan, permakanan = bacaan.rows
    assert program.row.indikator == (
        RenstraIndikatorInput("Persentase PPKS tertangani", "%", (
            RenstraTahunInput(2025, TargetValue(Decimal("90")),
                              TargetValue(Decimal("88"), "", "%")),
            RenstraTahunInput(2026, TargetValue(Decimal("92.5"))),
        )),
    )  # fmt: skip
    assert program.pagu == ()  # 5 on a program is dropped
    assert kegiatan.pagu == ()
    assert permakanan.pagu == ((2025, Decimal("70000000.00")), (2026, Decimal("75000000.00")))
    assert [i.uraian for i in permakanan.row.indikator] == ["Jumlah orang", "Jumlah paket"]
    assert permakanan.row.indikator[1].tahunan[1] == RenstraTahunInput(
        2026, TargetValue(Decimal("64"))
    )


def test_two_row_header_with_years_below_target() -> None:
    top = ["Kode", "Nama", "Indikator", "Target Kinerja", None, "Pagu", None]
    bottom = [None, None, None, "2025", "2026", "2025", "2026"]
    merges = [
        ("Renstra", 0, 0, 1, 0, "Kode"), ("Renstra", 0, 1, 1, 1, "Nama"),
        ("Renstra", 0, 2, 1, 2, "Indikator"), ("Renstra", 0, 3, 0, 4, "Target Kinerja"),
        ("Renstra", 0, 5, 0, 6, "Pagu"),
    ]  # fmt: skip
    data = xlsx({"Renstra": [top, bottom, ["1.06.04.2.01.0001", "A", "Jumlah", 5, 6, 100, 200]]},
                merges=merges)  # fmt: skip
    bacaan = read_renstra(
        workbook(data), tahun_awal=2025, tahun_akhir=2029, tingkat=Tingkat.KABKOTA
    )
    assert [p.code for p in bacaan.problems] == ["INDUK_TIDAK_ADA", "INDUK_TIDAK_ADA"]
    row = bacaan.rows[0]
    assert [(t.tahun, t.target.nilai) for t in row.row.indikator[0].tahunan] == [
        (2025, Decimal("5")), (2026, Decimal("6")),
    ]  # fmt: skip
    assert row.pagu == ((2025, Decimal("100.00")), (2026, Decimal("200.00")))


def test_fractional_persons_and_negative_pagu() -> None:
    bacaan = read([
        ["1.06.04", "Program"], ["1.06.04.2.01", "Kegiatan"],
        ["1.06.04.2.01.0001", "Permakanan", "Jumlah orang", "Orang", 300.5, None, None, -1],
    ])  # fmt: skip
    errors = [(p.code, p.location.row, p.location.column) for p in bacaan.problems
              if p.severity.value == "error"]  # fmt: skip
    assert errors == [
        ("UANG_NEGATIF", 4, "H (Pagu 2025)"),
        ("JUMLAH_ORANG_DESIMAL", 4, "E (Target 2025)"),
    ]
