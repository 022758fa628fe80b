"""The reasons a run against a built-in mock leaves statuses unreached name real operations and
documented statuses, and every built-in target carries its API's reasons into the report.
"""

from __future__ import annotations

import json

import pytest

from apicontracts.contracts import APIS
from apicontracts.fuzz.targets import BUILTIN_TARGETS, builtin_target
from apicontracts.fuzz.unreached import BUILTIN_MOCKS, Unreached
from apicontracts.schemas import iter_operations


def documented(api: str) -> dict[str, set[int]]:
    """operationId -> the status codes the bundled spec documents for it."""
    document = json.loads((APIS[api].bundle_dir / "openapi.json").read_text(encoding="utf-8"))
    found: dict[str, set[int]] = {}
    for _path, _method, operation, _item in iter_operations(document):
        found[operation["operationId"]] = {int(code) for code in operation["responses"] if code.isdigit()}
    return found


REASONS = [(api, reason) for api, reasons in BUILTIN_MOCKS.items() for reason in reasons]


@pytest.mark.parametrize(("api", "reason"), REASONS, ids=[f"{api}-{reason.why[:40]}" for api, reason in REASONS])
def test_a_reason_names_operations_that_exist_and_statuses_they_document(api: str, reason: Unreached) -> None:
    operations = documented(api)
    assert reason.operations <= operations.keys(), sorted(reason.operations - operations.keys())
    named = reason.operations or operations.keys()
    for status in reason.statuses:
        assert any(status in operations[operation] for operation in named), f"no operation documents {status}"


def test_every_api_with_a_built_in_mock_has_a_reasons_entry() -> None:
    assert set(BUILTIN_MOCKS) >= set(BUILTIN_TARGETS)


@pytest.mark.parametrize("api", sorted(BUILTIN_TARGETS))
def test_the_built_in_target_carries_its_apis_reasons(api: str) -> None:
    assert builtin_target(APIS[api]).unreached == BUILTIN_MOCKS[api]
