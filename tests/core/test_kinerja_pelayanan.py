"""T-C.30: the standard column years follow the plan year."""

from renjana.core.kinerja_pelayanan import compute_kinerja_pelayanan


def test_standard_column_years() -> None:
    laporan = compute_kinerja_pelayanan([], 2024)
    assert laporan.tahun_target == (2022, 2023, 2024, 2025)
    assert laporan.tahun_realisasi == (2022, 2023)
    assert laporan.tahun_proyeksi == (2024, 2025)
    assert laporan.baris == ()
