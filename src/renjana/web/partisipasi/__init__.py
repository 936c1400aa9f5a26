"""Pages of participation and alignment: proposals (T-C.32), the RKPD review (T-C.31),
priority links (§2.J) and Forum Perangkat Daerah agreements."""
