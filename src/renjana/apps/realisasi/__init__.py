"""Realisation: kinerja per indicator and keuangan/fisik per row, per triwulan."""
