"""The in-process wiring (`apicontracts.fuzz.inprocess`) on the stub: every check, zero failures."""

from __future__ import annotations

from apicontracts.fuzz.checks import Case
from apicontracts.fuzz.inprocess import bind
from tests.fuzz import stub_api

stub = bind(stub_api.CONTRACT, stub_api.target(), stub_api.spec_file(), max_examples=5)


@stub.schema.parametrize()
def test_stub_answers_every_case_within_its_contract(case: Case) -> None:
    stub.call_and_validate(case)


def test_stub_keeps_its_contract_along_its_links() -> None:
    stub.run_stateful()
