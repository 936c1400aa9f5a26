"""The content a document needs beyond the plan numbers (issue 6 "Documents").

Per office: the landasan hukum list (regulations as data, ordered), the profile of the office
for the RKT (tugas pokok, fungsi, struktur organisasi) and its staff by pendidikan and golongan
per year. Per document (a Renja, or the RKT of a year): the narrative parts (*bagian*),
prepared from templates and data-driven paragraphs of ``renjana.core.narasi`` and then edited,
and the place and date of the signature. Per pemda: the logo of the cover (uploaded by the
admin Bappeda) and the regional regulations every office can add to its list.

``models`` store raw inputs only; ``selectors`` return core values for pages and the document
assembler; ``services`` are the only writers (checked, scoped, atomic, audited).
"""
