"""Organisations: pemda (the tenant), perangkat daerah, unit kerja, users, roles and scopes."""
