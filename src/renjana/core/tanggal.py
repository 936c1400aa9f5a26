"""Indonesian dates as documents and pages print them: ``24 Juli 2023``.

The one place month names live, so a page, a document and a message never disagree.
"""

from __future__ import annotations

import datetime as dt

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def format_tanggal(value: dt.date) -> str:
    """``date(2023, 7, 24)`` → ``24 Juli 2023`` (a datetime prints its date part)."""
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def format_waktu(value: dt.datetime) -> str:
    """``24 Juli 2023 14.05``: date and time with the Indonesian ``.`` between hour and minute."""
    return f"{format_tanggal(value)} {value:%H.%M}"
