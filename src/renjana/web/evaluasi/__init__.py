"""Evaluation pages of an office and year: the overview with charts, T-C.29, budget
realisation, RFK, IKU and Perjanjian Kinerja, T-C.30, early warning and freshness, and the
forms that enter IKU, Perjanjian Kinerja targets and IKU realisasi."""
