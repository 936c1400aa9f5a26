"""The two sample offices `make run` loads, transcribed from real Renja documents (data/)."""
