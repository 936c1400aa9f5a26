"""Fixtures of the audit tests: each seed document audited once per session.

The seeds come from the reading layer's fixtures (``tests/importers/conftest.py``); when the
shared folder is absent those fixtures skip, and so do these.
"""

from __future__ import annotations

import pytest

from renjana.importers import Document
from renjana.importers.audit import AuditReport, audit_document


@pytest.fixture(scope="session")
def report001(seed001: Document) -> AuditReport:
    return audit_document(seed001)


@pytest.fixture(scope="session")
def report002(seed002: Document) -> AuditReport:
    return audit_document(seed002)


@pytest.fixture(scope="session")
def report003(seed003: Document) -> AuditReport:
    return audit_document(seed003)
