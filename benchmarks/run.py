"""`make bench`: speed of the core on generated data, printed as a small table.

Targets live here, never in unit tests (timing on a shared 2-core machine is noisy). Each case
reports the median of several runs and the per-item cost.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal

import bench_documents
import bench_import
import bench_laporan

from renjana.core.idformat import format_rupiah, parse_rupiah
from renjana.core.kode import parse_kode
from renjana.core.tree import TreeRow, build_tree


def _median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generated_plan(programs: int, kegiatan: int, sub: int) -> list[TreeRow]:
    """A plan shaped like a large office: programs × kegiatan × sub kegiatan with pagu."""
    rng = random.Random(86)
    rows: list[TreeRow] = []
    for p in range(1, programs + 1):
        pk = f"1.06.{p:02d}"
        rows.append(TreeRow(pk, None, "program", f"Program {p}"))
        for k in range(1, kegiatan + 1):
            kk = f"{pk}.2.{k:02d}"
            rows.append(TreeRow(kk, pk, "kegiatan", f"Kegiatan {k}"))
            for s in range(1, sub + 1):
                pagu = Decimal(rng.randrange(1_000_000, 5_000_000_000)) / 100
                rows.append(TreeRow(f"{kk}.{s:04d}", kk, "subkegiatan", f"Sub {s}", {"pagu": pagu}))
    return rows


def main() -> None:
    rows = generated_plan(programs=7, kegiatan=20, sub=50)  # 7 147 rows
    amounts = [format_rupiah(r.values["pagu"]) for r in rows if r.values]  # type: ignore[arg-type]
    codes = [r.key for r in rows]
    cases: list[tuple[str, int, Callable[[], object]]] = [
        ("build_tree + roll-up (rows)", len(rows), lambda: build_tree(rows, ["pagu"])),
        ("parse_rupiah (cells)", len(amounts), lambda: [parse_rupiah(a) for a in amounts]),
        ("parse_kode (cells)", len(codes), lambda: [parse_kode(c) for c in codes]),
    ]
    print(f"{'case':<32}{'items':>8}{'median s':>12}{'µs/item':>10}")
    for name, items, fn in cases:
        seconds = _median_seconds(fn)
        print(f"{name:<32}{items:>8}{seconds:>12.4f}{seconds / items * 1e6:>10.1f}")
    bench_documents.main()  # DOCX, PDF (LibreOffice) and XLSX of a large generated Renja
    bench_laporan.main()  # the largest sample office's Renja, through the selectors
    bench_import.main()  # a generated 50 000-row Renja workbook: read, preview, commit


if __name__ == "__main__":
    main()
