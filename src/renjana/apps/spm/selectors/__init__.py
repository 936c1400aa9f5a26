"""Reads of SPM and population data, access-checked, returning core values.

* ``referensi``: who may read/write an office; the PPKS/PSKS kinds, SPM services and category
  scale from the database (so an administrator's edit of the reference counts);
* ``populasi``: stored counts as ``core.populasi.DataPopulasi``, the year table and the
  by-year recap, "harus dilayani" from the population;
* ``capaian``: the SPM report (``core.spm.compute_indeks_spm``) of an office and year.

Nothing is added, divided or rounded here: every figure comes back from the core.
"""
