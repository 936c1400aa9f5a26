"""The sample offices loaded once per test module (``renjana sample``), rolled back at its end.

Loading takes a second or two; tests that only read the sample share one load through the
module-scoped ``sample_db`` fixture. Each test still runs in its own savepoint (pytest-django's
``db``), so what one test writes never leaks into the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction

SULBAR = "sulawesi-barat-dinsos"
TARAKAN = "tarakan-dinsospm"


@pytest.fixture(scope="module")
def sample_db(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        call_command("sample", stdout=StringIO())
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
