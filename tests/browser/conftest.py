"""Real-browser tests: Playwright drives the Debian Chromium (never a downloaded browser)
against pytest-django's live server. Without Chromium they are skipped, except in CI, where
`make test` installs it first and a missing browser is a failure."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

from tests.apps.conftest import sulbar, tarakan  # noqa: F401 - shared persona fixtures

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Playwright's sync API runs an event loop in this thread; the Django ORM calls the test
# itself makes (fixtures, assertions) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def page(live_server: object) -> Iterator[object]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium tidak terpasang; `make test` seharusnya memasangnya.")
        pytest.skip("Chromium tidak terpasang (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
        yield context.new_page()
        context.close()
        browser.close()
