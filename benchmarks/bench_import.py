"""`make bench`, import: a generated 50 000-row Renja workbook read, previewed and stored.

The workbook is written with XlsxWriter in the template's layout (15 columns: code, name,
indicator, unit, target, pagu, lokasi, sumber dana, n+1 values, priorities, …) with program,
kegiatan and sub kegiatan rows of a kabupaten/kota office. Timings: reading the file
(python-calamine), mapping the rows to core values with every check (the pure reader), the
whole preview through the service (file + rows + database-side checks), rendering the
preview fragment, and the commit into a fresh SQLite database (``import_renja``, one
transaction). Runs in a child process; alone: ``python benchmarks/bench_import.py [rows]``.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import xlsxwriter

ROWS = 50_000
HEADER = (
    "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target", "Pagu Indikatif",
    "Lokasi", "Sumber Dana", "Target N+1", "Pagu Indikatif N+1", "Prioritas Nasional",
    "Prioritas Daerah", "Kelompok Sasaran", "Waktu Pelaksanaan", "Catatan",
)  # fmt: skip


def generated_workbook(rows: int) -> bytes:
    """A kab/kota Renja of ``rows`` rows: 7 programs × 20 kegiatan × sub kegiatan."""
    rng = random.Random(2025)
    per_kegiatan = max(1, (rows - 7 * 21) // (7 * 20) + 1)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "constant_memory": True})
    sheet = book.add_worksheet("Renja")
    sheet.write_row(0, 0, HEADER)
    r = 1
    for p in range(1, 8):
        if r > rows:
            break
        sheet.write_row(r, 0, [f"1.06.{p:02d}", f"PROGRAM {p}", "Persentase PPKS tertangani",
                               "%", 95.5])  # fmt: skip
        r += 1
        for k in range(1, 21):
            if r > rows:
                break
            kode = f"1.06.{p:02d}.2.{k:02d}"
            sheet.write_row(r, 0, [kode, f"Kegiatan {k}", "Jumlah dokumen", "Dokumen", 4])
            r += 1
            for s in range(1, per_kegiatan + 1):
                if r > rows:
                    break
                sheet.write_row(r, 0, [
                    f"{kode}.{s:04d}", f"Sub kegiatan {s} pelayanan sosial",
                    "Jumlah orang yang memperoleh layanan", "Orang", rng.randrange(10, 999),
                    rng.randrange(10**8, 10**11) / 100, "Kota Tarakan", "DAU",
                    rng.randrange(10, 999), rng.randrange(10**6, 10**9), "PN 3",
                    "Penanganan Kemiskinan", "Penyandang disabilitas", "Januari-Desember", "",
                ])  # fmt: skip
                r += 1
    book.close()
    return buffer.getvalue()


def _timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44}{time.perf_counter() - start:>10.2f}")
    return result


def _django(folder: str) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "renjana.settings.test"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(rows: int = ROWS) -> None:
    """Run the bench in a child process (its own Django set-up and SQLite database) and
    print what it prints."""
    skip = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    child = subprocess.run(
        [sys.executable, __file__, str(rows)], capture_output=True, text=True, check=False, env=env
    )
    print(child.stdout, end="")
    if child.returncode:
        print(f"bench impor gagal:\n{child.stderr[-2000:]}")


def bench(rows: int) -> None:
    from renjana.core.kode import Tingkat
    from renjana.importers.tabular.renja import read_renja
    from renjana.importers.tabular.workbook import read_workbook

    data = generated_workbook(rows)
    print(f"\nimport ({rows} baris Renja, {len(data) / 1e6:.1f} MB XLSX){'detik':>17}")
    book = _timed("read_workbook (python-calamine)", lambda: read_workbook(data, "bench.xlsx"))
    read = _timed(
        "read_renja (map + check rows)",
        lambda: read_renja(book.workbook, tahun=2025, tingkat=Tingkat.KABKOTA),
    )
    assert len(read.rows) == rows
    assert not read.has_errors, read.problems[:3]
    with tempfile.TemporaryDirectory() as folder:
        _django(folder)
        _service_timings(data, rows)


def _service_timings(data: bytes, rows: int) -> None:
    from django.template.loader import render_to_string

    from renjana.apps.organisasi import services as organisasi
    from renjana.apps.perencanaan.models import RenjaBaris
    from renjana.apps.perencanaan.services import impor_berkas

    pemda = organisasi.create_pemda(
        user=None, kode_wilayah="65.71", nama="Kota Tarakan", tingkat="kabkota", system=True
    )
    pd = organisasi.create_perangkat_daerah(
        user=None, pemda=pemda, kode="bench-dinsos", nama="Dinas Sosial", urusan=["1.06"],
        system=True,
    )  # fmt: skip
    user = organisasi.create_pengguna(
        user=None, username="bench", password="bench-rahasia", nama="Bench", peran="admin",
        pemda=pemda, perangkat_daerah=None, system=True,
    )  # fmt: skip
    preview = _timed(
        "preview_renja_file (file → preview, service)",
        lambda: impor_berkas.preview_renja_file(
            user=user, pd=pd, tahun=2025, tahap="rancangan_awal", data=data, file="bench.xlsx"
        ),
    )
    assert preview.can_commit
    assert len(preview.rows) == rows
    context = {"preview": preview, "pd": pd, "unggahan": _Upload(), "per_group": 200,
               "sample_rows": 50, "refused": False, "csrf_token": "x"}  # fmt: skip
    render_to_string("web/impor/_analisis.html", context)  # compile the template once
    _timed(
        "render preview fragment (_analisis.html)",
        lambda: render_to_string("web/impor/_analisis.html", context),
    )
    _timed(
        "commit_renja_file (re-read + store, SQLite)",
        lambda: impor_berkas.commit_renja_file(
            user=user, pd=pd, tahun=2025, tahap="rancangan_awal", data=data, file="bench.xlsx"
        ),
    )
    assert RenjaBaris.objects.filter(renja__perangkat_daerah=pd).count() == rows


class _Upload:
    nama = "bench.xlsx"
    token = "x" * 32
    jenis = "renja"


if __name__ == "__main__":
    bench(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
