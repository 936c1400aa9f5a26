"""Helpers for the seed tests: find a table of a document by its label or kind."""

from __future__ import annotations

from renjana.importers import Document, Table
from renjana.importers.tables import Recognition, recognize


def table(document: Document, label: str) -> tuple[Table, Recognition]:
    """The table labelled ``label`` (e.g. ``Tabel 4.1``) and its recognition."""
    found = [t for t in document.tables() if t.label == label]
    assert len(found) == 1, f"{label}: {len(found)} tables"
    return found[0], recognize(found[0])


def untitled(document: Document, kind: str) -> tuple[Table, Recognition]:
    found = [t for t in document.tables() if not t.label and recognize(t).kind == kind]
    assert len(found) == 1, f"{kind}: {len(found)} untitled tables"
    return found[0], recognize(found[0])
