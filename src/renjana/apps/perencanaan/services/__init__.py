"""The only writers of planning data: each call is atomic, permission-checked and audited.

- ``impor``: whole plans from importers and the sample loader;
- ``editor``: row-by-row editing of a Renja;
- ``workflow``: stages, submission, verification, approval and locking;
- ``renstra``: the Renstra period, tujuan and sasaran; ``renstra_indikator``: indicators
  with baseline and yearly targets; ``renstra_baris``: program → sub kegiatan rows and pagu;
- ``plafon``: the pagu ceilings of an office for a year.
"""
