"""Renjana: perencanaan, monitoring dan evaluasi Renja Perangkat Daerah."""

__version__ = "0.1.0"
