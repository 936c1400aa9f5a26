"""Schemathesis drives every operation of the OpenAPI schema, in-process through WSGI (no
network), against a real plan with a valid token: whatever it sends, the API never answers
500, every status it answers is documented, and every body matches the schema.

Business refusals (a code outside the nomenclature, a pagu on a parent row) are 422 for data
the schema allows, so the "schema-valid data is accepted" check does not apply to this API;
and the path parameters are pinned to the plan, so the "schema-invalid data is refused"
check is left out too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings

from renjana.wsgi import application
from tests.api.conftest import build_plan, token_for
from tests.apps.conftest import Office

schemathesis = pytest.importorskip("schemathesis")

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_schema(sulbar: Office) -> Iterator[Any]:
    # As Django's test client does: keep the test's transaction open across WSGI requests.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("api_schema")
_SETUP: dict[int, tuple[str, dict[str, object]]] = {}


def _plan_for(sulbar: Office) -> tuple[str, dict[str, object]]:
    """One plan and token per test (the fixture is shared by every generated example)."""
    if id(sulbar) not in _SETUP:
        plan = build_plan(sulbar)
        path = {"kode": "sulbar-dinsos", "tahun": 2025, "baris_id": plan.sub.pk,
                "indikator_id": plan.indikator.pk}  # fmt: skip
        _SETUP.clear()
        _SETUP[id(sulbar)] = (token_for(sulbar.operator), path)
    return _SETUP[id(sulbar)]


@schema.parametrize()
@settings(
    max_examples=10, phases=[Phase.generate], suppress_health_check=list(HealthCheck), deadline=None
)
def test_every_operation_holds_to_its_schema(case: Any, sulbar: Office) -> None:
    token, path = _plan_for(sulbar)
    for name in case.path_parameters or {}:
        if name in path:
            case.path_parameters[name] = path[name]
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        excluded_checks=[
            schemathesis.checks.positive_data_acceptance,
            schemathesis.checks.negative_data_rejection,
        ],
    )
