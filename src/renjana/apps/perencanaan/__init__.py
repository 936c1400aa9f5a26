"""Planning: Renstra and Renja with their rows, indicators, targets, pagu, lokasi, sumber dana."""
