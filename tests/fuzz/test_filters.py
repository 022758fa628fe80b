"""A negative `{format}` glued to the id before it is only forgiven when it spells a valid request."""

from __future__ import annotations

from schemathesis.core.failures import AcceptedNegativeData, ServerError

from apicontracts.fuzz.filters import is_glued_suffix_artefact
from apicontracts.fuzz.inprocess import bind
from tests.fuzz import stub_api

GET_GAME = bind(stub_api.CONTRACT, stub_api.target(), stub_api.spec_file()).schema["/games/{gameId}{format}"]["GET"]
ACCEPTED = AcceptedNegativeData(operation="GET", message="accepted", status_code=200, expected_statuses=["404"])


def artefact(game_id: object, suffix: object, failure: object = ACCEPTED) -> bool:
    case = GET_GAME.Case(path_parameters={"gameId": game_id, "format": suffix})
    return is_glued_suffix_artefact(stub_api.CONTRACT, failure, case)  # type: ignore[arg-type]


def test_a_suffix_that_extends_the_id_into_another_valid_id_is_forgiven() -> None:
    assert artefact(1, "0")
    assert artefact(1, "0.xml")


def test_a_suffix_that_leaves_an_invalid_path_is_still_a_failure() -> None:
    assert not artefact(1, "AAA")
    assert not artefact(1, "0.5")


def test_other_failures_and_valid_suffixes_are_never_forgiven() -> None:
    assert not artefact(1, ".json")
    assert not artefact(1, "0", ServerError(operation="GET", status_code=500))
