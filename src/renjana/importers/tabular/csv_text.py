"""CSV files as rows of text cells: the encoding and the delimiter are found, not assumed.

Indonesian Excel saves "CSV" with ``;`` (the comma is the decimal mark), other tools with
``,`` or a tab; files come as UTF-8, UTF-8 with a BOM, or Windows-1252 from older Excel.
The encoding is tried in that order (UTF-8 must decode cleanly; cp1252 then reads anything,
and undefined bytes are reported). The delimiter is the one of ``;`` ``,`` tab that splits
the first lines into the most columns consistently. Every cell stays text: numbers are read
later by ``core.idformat``, codes by ``core.kode``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from renjana.core.problems import Location, Problem, Severity
from renjana.importers.tabular.result import problem

CSV_ENCODING = "CSV_ENCODING"
CSV_TIDAK_TERBACA = "CSV_TIDAK_TERBACA"

DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 20


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding used: ``utf-8-sig`` (BOM), ``utf-8`` or ``cp1252``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most columns on the first lines, preferring one that
    gives the same number on most of them; ``;`` wins ties (Indonesian Excel)."""
    lines = [line for line in text.splitlines()[:_SAMPLE_LINES] if line.strip()]
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_rows(
    data: bytes, file: str
) -> tuple[Sequence[Sequence[str]] | None, tuple[Problem, ...]]:
    """The rows of a CSV file (cells as text, spaces kept), or None with the reason."""
    text, encoding = decode(data)
    problems: list[Problem] = []
    if "\ufffd" in text:
        message = (
            f"Berkas '{file}' memuat huruf yang tidak dapat dibaca ({encoding}); periksa nama "
            "dan uraian yang memuat tanda aneh. Simpan ulang sebagai 'CSV UTF-8' dari Excel."
        )
        problems.append(
            problem(CSV_ENCODING, message, Location(file=file), severity=Severity.WARNING)
        )
    delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        message = (
            f"Berkas CSV '{file}' tidak dapat dibaca ({exc}). Periksa tanda kutip yang tidak "
            "ditutup, atau simpan ulang dari Excel sebagai .xlsx."
        )
        return None, (problem(CSV_TIDAK_TERBACA, message, Location(file=file)),)
    return rows, tuple(problems)
