"""Both built-in mocks keep their contracts: schemathesis in-process (ASGI), every check, zero failures.

The mocks come through the one seam, `apicontracts.fuzz.targets.BUILTIN_TARGETS`; an API whose
mock is not connected there is skipped.
"""

from __future__ import annotations

import pytest

from apicontracts.contracts import APIS
from apicontracts.fuzz.checks import Case
from apicontracts.fuzz.inprocess import InProcess, bind
from apicontracts.fuzz.targets import NoBuiltinMock, builtin_target

# Small on purpose: CI time. `make fuzz` goes deeper.
MAX_EXAMPLES = 10
NOT_CONNECTED = "no built-in mock connected in apicontracts.fuzz.targets.BUILTIN_TARGETS"


def _bind(api: str) -> InProcess | None:
    contract = APIS[api]
    try:
        target = builtin_target(contract)
    except NoBuiltinMock:
        return None
    return bind(contract, target, contract.bundle_dir / "openapi.json", max_examples=MAX_EXAMPLES)


ASSIGNR = _bind("assignr")
LEARNINGSTUDIO = _bind("learningstudio")

if ASSIGNR is not None:
    assignr = ASSIGNR

    @assignr.schema.parametrize()
    def test_assignr_mock_answers_every_case_within_its_contract(case: Case) -> None:
        assignr.call_and_validate(case)

    def test_assignr_mock_keeps_its_contract_along_its_links() -> None:
        assignr.run_stateful()

else:

    def test_assignr_mock_answers_every_case_within_its_contract() -> None:
        pytest.skip(NOT_CONNECTED)


if LEARNINGSTUDIO is not None:
    learningstudio = LEARNINGSTUDIO

    @learningstudio.schema.parametrize()
    def test_learningstudio_mock_answers_every_case_within_its_contract(case: Case) -> None:
        learningstudio.call_and_validate(case)

    def test_learningstudio_mock_keeps_its_contract_along_its_links() -> None:
        learningstudio.run_stateful()

else:

    def test_learningstudio_mock_answers_every_case_within_its_contract() -> None:
        pytest.skip(NOT_CONNECTED)
