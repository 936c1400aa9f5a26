"""Pages of SPM Bidang Sosial and of the PPKS/PSKS population."""
