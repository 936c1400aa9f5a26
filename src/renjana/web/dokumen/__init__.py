"""Pages of document content: the Naskah of a Renja or RKT, landasan hukum, office profile,
staff tables and the pemda logo (``apps.dokumen``)."""
