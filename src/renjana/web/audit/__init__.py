"""The audit page: a verifier uploads any Renja document and reads every finding; the rows of
its main table can become a draft Renja of an office after review."""
