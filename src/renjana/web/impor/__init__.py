"""Pages for importing Renstra, Renja and realisasi from Excel/CSV (issue 7)."""
