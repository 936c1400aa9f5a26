"""Reads of realisation entry, access-checked, returning plain values for the pages.

- ``jadwal``: the calendar of entry windows, the one rule deciding whether a triwulan is open
  (``lock_reason``), and who may enter, review or set deadlines;
- ``entri``: the entry page of one triwulan and the year overview — capaian, cumulative
  keuangan and percentages computed by ``renjana.core`` from the stored inputs, never stored;
- ``bukti``: evidence files and the verifier's notes.

"Today" is always a parameter here: the clock is read by ``services.jadwal.today``.
"""
