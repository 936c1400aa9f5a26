"""SAKIP performance data of an office: Indikator Kinerja Utama, Perjanjian Kinerja and their
realisasi (domain.md §2.K, §2.L)."""
