"""Fixtures for the reading layer: the shared seed documents, read once per session.

The seeds live beside the clone (``../shared/seeds``), never inside ``src``; tests that need
them are skipped with a clear reason when the folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from renjana.importers import Document, read_text_file

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
SEED_FILES = {
    "001": "001_58bf08c6da99c956.txt",
    "002": "002_42fbea6563599fd4.txt",
    "003": "003_978f0ec680dd5c82.txt",
}


def _seed(key: str) -> Document:
    path = SEEDS / SEED_FILES[key]
    if not path.is_file():
        pytest.skip(f"seed document {path} is absent (the shared folder sits beside the clone)")
    return read_text_file(path)


@pytest.fixture(scope="session")
def seed001() -> Document:
    return _seed("001")


@pytest.fixture(scope="session")
def seed002() -> Document:
    return _seed("002")


@pytest.fixture(scope="session")
def seed003() -> Document:
    return _seed("003")
