"""Writers of population and SPM counts: permission, checks, one transaction, audit.

Operators of the office and admins of its pemda write; verifikator and pimpinan only read.
Every count is checked before anything is written, and a refusal (``Rejected``) lists every
problem found, each naming the jenis (and the mutu item or kecamatan) in Indonesian:

* a count of persons, households or units is a whole number, not negative (core
  ``populasi.check_count``; the SPM rules of ``core.spm``);
* terlayani may not exceed harus dilayani, for a jenis layanan and for each mutu item (the
  core's own check, run on exactly the counts that will be stored);
* "harus dilayani" taken from the population must be known (no N/A kind behind it).

Modules: ``populasi`` (``set_populasi``), ``capaian`` (``set_capaian_spm``), and ``jumlah``
with the permission and count checks both use.
"""
