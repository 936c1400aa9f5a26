"""Table builders: plain core values and report models → ``documents.Table``.

One module per table kind of a Renja (domain.md §2) or an RKT (§1.2). Each builder is a pure
function: it takes the core's results (every figure already computed by ``renjana.core``) and
lays them out as rows and cells, with the Excel formulas that explain each figure in the
workbook (``Column.rollup``/``Formula``). A builder computes no figure of its own beyond a
difference printed for reading ("belum terlayani"); where a cell's value cannot be shown as a
formula (a capaian of a qualitative target, a parent without children, an N/A) the cell is
written as a literal, so the workbook recalculates to exactly the core's values.

| Module | Table |
|---|---|
| ``sel`` | cells shared by the builders (quantities, money, levels) |
| ``tc29`` | T-C.29 evaluation of the Renja of year n-2 (§2.A) |
| ``anggaran`` | realisasi anggaran program → kegiatan → sub kegiatan (§2.B) |
| ``alokasi`` | anggaran (and realisasi) per program, the RKT's Tabel 2.4/2.5/3.3 |
| ``rfk`` | realisasi fisik dan keuangan (§2.C) |
| ``tc30`` | T-C.30 pencapaian kinerja pelayanan (§2.D) |
| ``spm`` | capaian SPM per jenis layanan with the index (§2.M(a)) |
| ``populasi`` | PPKS / PSKS population by year (§2.N) |
| ``isu`` | isu-isu penting (§1.1 BAB II 2.3) |
| ``review`` | T-C.31 review of the Rancangan Awal RKPD (§2.E) |
| ``usulan`` | T-C.32 usulan pemangku kepentingan (§2.F) and Forum PD agreements (§2.M(c)) |
| ``tujuan`` | tujuan dan sasaran (§2.K) |
| ``prioritas`` | keterkaitan prioritas nasional/daerah (§2.J) |
| ``pohon`` | the rows of a Renja tree as T-C.33 and the 17-column table print them |
| ``tc33`` | T-C.33 rumusan rencana program dan kegiatan (§2.G) |
| ``renja17`` | the 17-column Renja table (§2.H) |
| ``iku`` | RKT: capaian kinerja, IKU capaian with predikat, IKU formulasi, PK, rencana aksi |
| ``profil`` | RKT: susunan organisasi, staff by pendidikan and golongan (§2.N) |
"""
