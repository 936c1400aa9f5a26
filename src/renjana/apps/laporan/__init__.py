"""The document assembler: a Renja (Permendagri 86/2017) or an RKT (SAKIP) of an office as a
``renjana.documents`` model, from the other apps' selectors only (no models of its own).

- ``renja`` and ``renja_evaluasi``: the Renja BAB by BAB (BAB II in its own module);
- ``rkt``: the RKT — office profile, IKU, Perjanjian Kinerja, rencana aksi, capaian;
- ``sampul``: the cover and the signature block (stage, logo, head of office);
- ``teks``: narrative text (the ``dokumen`` naskah) as paragraphs and lists, and the short
  Indonesian note printed where a table's data is missing;
- ``paragraf``: paragraphs written from the numbers under the tables;
- ``keluaran``: the document as DOCX, PDF or XLSX bytes with its file name and content type.

Every figure comes from ``renjana.core`` through the selectors; the tables are laid out by the
pure builders of ``renjana.documents.tabel``. Missing data never fails a document: the table's
place holds a note such as "Data SPM tahun 2022 belum diisi".
"""
