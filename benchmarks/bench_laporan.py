"""`make bench`, the assembled Renja: the largest sample office (Dinas Sosial Provinsi Sulawesi
Barat, Renja 2024) read through the selectors and written as DOCX, PDF and XLSX.

The bench loads the sample offices into a throw-away SQLite database (``renjana migrate`` and
``renjana sample``, about 10 s, not timed), then times the assembly (selectors → core → model)
and each writer separately, and the whole request as a user gets it (``keluaran.buat``). It
runs in a child process, so its Django set-up and database never leak into the other benches.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import StringIO
from pathlib import Path

SULBAR = "sulawesi-barat-dinsos"


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Run the bench in a child process and print what it prints."""
    skip = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    child = subprocess.run(
        [sys.executable, __file__], capture_output=True, text=True, check=False, env=env
    )
    print(child.stdout, end="")
    if child.returncode:
        print(f"bench laporan gagal:\n{child.stderr[-2000:]}")


def bench() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "renjana.settings.test")
        import django

        django.setup()
        from django.core.management import call_command

        from renjana.apps.laporan.keluaran import Format, buat
        from renjana.apps.laporan.renja import build_renja
        from renjana.apps.organisasi.selectors import all_perangkat_daerah
        from renjana.core.naskah import JenisDokumen
        from renjana.documents import pdf
        from renjana.documents.docx_writer import write_docx
        from renjana.documents.xlsx_writer import write_xlsx

        call_command("migrate", verbosity=0)
        call_command("sample", stdout=StringIO())
        pd = all_perangkat_daerah().get(kode=SULBAR)
        document = build_renja(pd, 2024)
        rows = sum(len(t.rows) for t in document.tables())
        docx = write_docx(document)
        print(f"\n{'Renja Sulbar 2024 (' + str(rows) + ' baris tabel)':<32}{'median s':>12}")
        print(
            f"{'susun dokumen (selectors)':<32}{_median(lambda: build_renja(pd, 2024), 3):>12.3f}"
        )
        print(f"{'write_docx':<32}{_median(lambda: write_docx(document), 3):>12.3f}")
        xlsx = _median(lambda: write_xlsx(document.tables(), document.meta), 3)
        print(f"{'write_xlsx':<32}{xlsx:>12.3f}")
        for fmt in (Format.DOCX, Format.XLSX):
            seconds = _median(lambda: buat(pd, JenisDokumen.RENJA, 2024, fmt), 3)  # noqa: B023
            print(f"{'unduh ' + fmt.value + ' (semua)':<32}{seconds:>12.3f}")
        if pdf.is_available():
            seconds = _median(lambda: pdf.docx_to_pdf(docx), 2)
            pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.docx_to_pdf(docx)))
            total = _median(lambda: buat(pd, JenisDokumen.RENJA, 2024, Format.PDF), 2)
            print(f"{'docx_to_pdf (LibreOffice)':<32}{seconds:>12.3f}   ({pages} halaman)")
            print(f"{'unduh pdf (semua)':<32}{total:>12.3f}")
        else:
            print("PDF: dilewati, LibreOffice tidak terpasang")


if __name__ == "__main__":
    bench()
