"""Reads of participation data, access-checked, returning core values for pages and exports.

- ``usulan``: the register, one proposal, statistics and export report models;
- ``review``: the T-C.31 review of an office's RKPD draft against its Renja;
- ``prioritas``: the priority catalog, tags and the §2.J link table;
- ``forum``: Forum Perangkat Daerah agreements with their compatibility check.
"""
