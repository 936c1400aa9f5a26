"""Document downloads: the Renja and the RKT of an office as DOCX, PDF or XLSX."""
