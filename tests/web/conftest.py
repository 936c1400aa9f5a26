from tests.apps.conftest import sulbar, tarakan  # noqa: F401 - shared persona fixtures
