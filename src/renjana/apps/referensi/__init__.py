"""Reference data in the database: nomenclature versions, sumber dana, wilayah, PPKS/PSKS, SPM."""
