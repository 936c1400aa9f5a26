"""SPM Bidang Sosial (Permendagri 59/2021) and the PPKS/PSKS population that feeds it."""
