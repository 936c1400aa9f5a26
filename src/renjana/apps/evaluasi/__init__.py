"""Monitoring and evaluation: selectors that read planning, realisation and SAKIP data, build
the inputs of the calculation core and return its reports (domain.md §2.A–2.D, §2.K, §2.L).

No number is computed here: every capaian, roll-up, percentage, bobot, TTB, projection and
predikat comes from ``renjana.core`` (ADR 0005). This package only gathers rows, matches
indicators across plans and years, and places the core's findings.

**The year.** ``tahun`` is the budget year being evaluated (tahun anggaran): its realisasi
anggaran and RFK, its IKU capaian and Perjanjian Kinerja, its early warning and freshness. The
T-C.29 and T-C.30 tables evaluating that year are printed in the Renja of ``tahun + 2`` (where
``tahun`` is year n-2): T-C.29 compares the Renja ``tahun`` target and realisasi (columns 6–7)
and takes the Renja ``tahun + 1`` target (column 9); T-C.30 lays out years n-2 … n+1.

- ``skala``: predicate scales from the database as core ``Scale`` values;
- ``renja``: the rows of a Renja with indicators, targets and realisasi as core values;
- ``tc29``, ``anggaran`` (budget realisation, RFK, keuangan vs fisik per triwulan), ``iku``
  (RKT/IKU capaian and Perjanjian Kinerja), ``pelayanan`` (T-C.30), ``peringatan`` (early
  warning and freshness per unit kerja);
- ``laporan``: ``report_for(pd, tahun)``, everything at once; ``keluaran``: the report as plain
  JSON-ready data (money as strings, percentages as rounded numbers, N/A as None).
"""
