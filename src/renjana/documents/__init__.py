"""Document writers (adapters): a plain document model laid out as DOCX, PDF and XLSX.

The assembler (selectors → core → ``model``) decides *what* a Renja or RKT says; the writers
here decide only *how* it looks. This package imports ``renjana.core`` and its own libraries
(python-docx, XlsxWriter, Pillow, LibreOffice through a subprocess), never Django.
"""
