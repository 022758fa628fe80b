"""Failures forgiven as the contract working, each only in its narrow case: a negative `{format}`
glued to the id before it that spells a valid request, a 402 (who asks, not what), and a refusal
that names only fields with an `x-server-rules` rule.
"""

from __future__ import annotations

import json
from typing import Any

import requests
import schemathesis
from schemathesis import Response
from schemathesis.core.failures import AcceptedNegativeData, ServerError
from schemathesis.openapi.checks import RejectedPositiveData

from apicontracts.contracts import ASSIGNR
from apicontracts.fuzz.filters import (
    is_access_refusal,
    is_glued_suffix_artefact,
    is_server_rule_refusal,
    refused_fields,
)
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


# Refusals of schema-valid data that are the contract working ------------------------------------

ASSIGNR_SPEC = schemathesis.openapi.from_path(ASSIGNR.bundle_dir / "openapi.json")
CREATE_GAME = ASSIGNR_SPEC["/sites/{site_id}/games"]["POST"]
LIST_GAMES = ASSIGNR_SPEC["/sites/{site_id}/games"]["GET"]


def rejected(status: int) -> RejectedPositiveData:
    return RejectedPositiveData(operation="op", message="rejected", status_code=status, allowed_statuses=["2xx"])


def answer(status: int, body: object) -> Response:
    request = requests.Request("POST", "http://h/api/v2/sites/123456/games").prepare()
    content = json.dumps(body).encode()
    return Response(status, {"Content-Type": ["application/json"]}, content, request, elapsed=0.0, verify=True)


def errors(*paths: str) -> dict[str, object]:
    return {"error": "unprocessable_entity", "errors": [{"path": path, "message": "no"} for path in paths]}


def forgiven(operation: Any, status: int, body: object) -> bool:
    return is_server_rule_refusal(ASSIGNR, rejected(status), operation.Case(), answer(status, body))


def test_a_422_naming_only_fields_with_a_server_rule_is_the_rule_working() -> None:
    assert forgiven(CREATE_GAME, 422, errors("/venue_id"))
    assert forgiven(CREATE_GAME, 422, errors("/venue_id", "/pattern_name"))


def test_a_422_naming_any_other_field_or_none_is_still_a_failure() -> None:
    assert not forgiven(CREATE_GAME, 422, errors("/venue_id", "/localized_date"))
    assert not forgiven(CREATE_GAME, 422, errors())
    assert not forgiven(CREATE_GAME, 422, {"error": "unprocessable_entity", "message": "no venue"})
    # An operation without `x-server-rules` forgives nothing.
    assert not forgiven(LIST_GAMES, 422, errors("/venue_id"))


def test_only_a_documented_client_error_can_be_a_server_rule() -> None:
    assert not forgiven(CREATE_GAME, 500, errors("/venue_id"))
    assert not forgiven(CREATE_GAME, 418, errors("/venue_id"))


def test_402_is_about_who_asks_and_other_refusals_are_not() -> None:
    assert is_access_refusal(ASSIGNR, rejected(402))
    assert not is_access_refusal(ASSIGNR, rejected(422))
    assert not is_access_refusal(stub_api.CONTRACT, rejected(402))
    assert not is_access_refusal(ASSIGNR, ServerError(operation="GET", status_code=402))


def test_error_paths_are_read_as_json_pointers_to_request_fields() -> None:
    body = {"errors": [{"path": "/search[start_date]"}, {"path": "/venue_id/0"}, {"path": "/a~1b"}]}
    assert refused_fields("/errors/*/path", body) == ["search[start_date]", "venue_id", "a/b"]
    # A field named some other way cannot be matched to a rule.
    assert refused_fields("/errors/*/path", {"errors": [{"path": "venue_id"}]}) == []
