"""Reads of planning data, access-checked, returning core values for pages, CLI and documents."""
