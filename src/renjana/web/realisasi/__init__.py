"""Pages for entering and verifying realisation per triwulan."""
