"""Reads of document content: ``naskah`` (narrative parts, signature), ``landasan`` (the
landasan hukum lists), ``profil`` (office profile, staff tables), ``logo`` (the pemda logo)."""
