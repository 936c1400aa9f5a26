"""Participation and alignment: RKPD draft review (T-C.31), stakeholder proposals (T-C.32),
priority links (§2.J) and Forum Perangkat Daerah agreements."""
