import datetime as dt

from renjana.core.tanggal import format_tanggal, format_waktu


def test_dates_and_times_in_indonesian() -> None:
    assert format_tanggal(dt.date(2023, 7, 24)) == "24 Juli 2023"
    assert format_tanggal(dt.date(2026, 1, 5)) == "5 Januari 2026"
    assert format_tanggal(dt.date(2024, 12, 31)) == "31 Desember 2024"
    assert format_waktu(dt.datetime(2026, 11, 22, 9, 5)) == "22 November 2026 09.05"
