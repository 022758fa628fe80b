"""Refusals of schema-valid data that are the contract working, each forgiven only with proof:
a conflict the request an operation's `x-conflicts` names shows on the server; the token endpoint
refusing credentials that do not exist (schemathesis' own rule for a `tokenUrl`); and a "valid"
request that breaks its spec after all (a value schemathesis took from an answer, an "image" that
is none)."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Response
from schemathesis.core.failures import ServerError
from schemathesis.openapi.checks import RejectedPositiveData

from apicontracts.contracts import ASSIGNR, LEARNINGSTUDIO
from apicontracts.fuzz.checks import Case
from apicontracts.fuzz.conflicts import evaluate, is_proven_conflict, values_at
from apicontracts.fuzz.filters import is_credential_refusal, is_not_schema_valid, is_not_the_declared_content
from apicontracts.mock import create_app
from apicontracts.mock.engine.testing import InProcessMock

ACC = "4855840"
MARY, JIM = "7520378", "111234"
DISCUSSION = "331f8398-1041-46a8-bd37-ac0aa4b463a5"  # Mary has a recorded grade on it, Jim has none
ATTENDANCE = "1bb40079-3827-442e-bf46-c18bcd069c9b"  # neither Jim nor anyone but Mary and Kai
REJECTED = RejectedPositiveData(operation="POST", message="rejected", status_code=400, allowed_statuses=["2xx"])


class Mock:
    """The LearningStudio mock, its spec bound to it, and a professor's token."""

    def __init__(self) -> None:
        app = create_app("learningstudio")
        self.schema = schemathesis.openapi.from_path(LEARNINGSTUDIO.bundle_dir / "openapi.json")
        self.schema.app = app
        self.token = InProcessMock(app).token("iwells")

    def case(self, operation_id: str, path: dict[str, str], body: dict[str, Any] | None = None) -> Case:
        operation = self.schema.find_operation_by_id(operation_id)
        headers = {"X-Authorization": f"Access_Token access_token={self.token}"}
        parameters = {**path, "format": ""}
        if body is None:
            case: Case = operation.Case(path_parameters=parameters, headers=headers)
        else:
            case = operation.Case(path_parameters=parameters, headers=headers, body=body, media_type="application/json")
        return case

    def refused(self, case: Case) -> Response:
        response: Response = case.call()
        assert response.status_code == 400, response.text
        return response


def test_a_grade_that_already_exists_is_shown_by_getting_it() -> None:
    mock = Mock()
    case = mock.case("createUserGrade", {"userId": MARY, "courseId": ACC, "gradebookItemId": DISCUSSION}, {"grade": {}})
    assert is_proven_conflict(REJECTED, case, mock.refused(case))


def test_a_grade_created_earlier_in_the_run_is_a_conflict_too() -> None:
    mock = Mock()
    path = {"userId": JIM, "courseId": ACC, "gradebookItemId": ATTENDANCE}
    assert mock.case("createUserGrade", path, {"grade": {"points": 1.0}}).call().status_code == 201
    again = mock.case("createUserGrade", path, {"grade": {"points": 2.0}})
    assert is_proven_conflict(REJECTED, again, mock.refused(again))


def test_a_refusal_the_named_state_does_not_show_is_still_a_failure() -> None:
    mock = Mock()
    # Jim has no grade on the attendance item, so a 400 there would be the server's own doing.
    case = mock.case("createUserGrade", {"userId": JIM, "courseId": ACC, "gradebookItemId": ATTENDANCE}, {})
    refused = mock.refused(case)  # no `grade` envelope: a schema-invalid body the server rightly refuses
    assert not is_proven_conflict(REJECTED, case, refused)


def test_a_title_in_use_is_found_in_the_list_whatever_its_case() -> None:
    mock = Mock()
    duplicate = mock.case("createCustomCategory", {"courseId": ACC}, {"customCategory": {"title": "PARTICIPATION"}})
    assert is_proven_conflict(REJECTED, duplicate, mock.refused(duplicate))
    fresh = mock.case("createCustomCategory", {"courseId": ACC}, {"customCategory": {"title": "Homework"}})
    assert not is_proven_conflict(REJECTED, fresh, mock.refused(duplicate))


def test_only_documented_client_errors_to_valid_data_are_weighed() -> None:
    mock = Mock()
    case = mock.case("createUserGrade", {"userId": MARY, "courseId": ACC, "gradebookItemId": DISCUSSION}, {"grade": {}})
    refused = mock.refused(case)
    assert not is_proven_conflict(ServerError(operation="POST", status_code=400), case, refused)
    # An operation without x-conflicts forgives nothing.
    update = mock.case("updateUserGrade", {"userId": MARY, "courseId": ACC, "gradebookItemId": DISCUSSION}, {})
    assert not is_proven_conflict(REJECTED, update, mock.refused(update))


def test_runtime_expressions_read_the_refused_request() -> None:
    mock = Mock()
    case = mock.case("createGrade", {"courseId": ACC, "gradebookItemId": DISCUSSION}, {"grade": {"userId": 4822785}})
    assert evaluate("$request.path.courseId", case) == ACC
    assert evaluate("$request.body#/grade/userId", case) == 4822785
    assert evaluate("", case) == ""
    assert values_at({"a": [{"t": 1}, {"t": 2}, {}]}, "/a/*/t") == [1, 2]


def test_the_token_endpoint_refusing_unknown_credentials_is_the_contract_working() -> None:
    mock = Mock()
    operation = mock.schema.find_operation_by_id("createToken")
    token = operation.Case(body={"grant_type": "password"}, media_type="application/x-www-form-urlencoded")
    assert is_credential_refusal(LEARNINGSTUDIO, REJECTED, token)
    assert not is_credential_refusal(ASSIGNR, REJECTED, token)
    other = mock.case("createUserGrade", {"userId": MARY, "courseId": ACC, "gradebookItemId": DISCUSSION}, {})
    assert not is_credential_refusal(LEARNINGSTUDIO, REJECTED, other)
    server_error = RejectedPositiveData(operation="POST", message="x", status_code=500, allowed_statuses=["2xx"])
    assert not is_credential_refusal(LEARNINGSTUDIO, server_error, token)


def test_a_rejected_request_with_a_value_outside_its_schema_was_not_valid_data() -> None:
    mock = Mock()
    path = {"courseId": "ccn%3DACCOUNTING1", "customCategoryId": "5d590ed1-bfd0-33a8-bafc-2bdb9223f753"}
    # schemathesis' inferred links split `.../customCategories/{id}{format}` hrefs anywhere.
    split = mock.case("deleteCustomCategory", path)
    split.path_parameters["format"] = "b"
    assert is_not_schema_valid(REJECTED, split)
    # Percent-encoded values are judged as the server decodes them.
    assert not is_not_schema_valid(REJECTED, mock.case("deleteCustomCategory", path))
    assert not is_not_schema_valid(REJECTED, mock.case("getCourse", {"courseId": "ccn=ACCOUNTING1"}))


def test_an_avatar_that_is_no_image_is_not_the_content_its_schema_declares() -> None:
    mock = Mock()
    operation = mock.schema.find_operation_by_id("createAvatar")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8

    def upload(data: bytes) -> Case:
        body: Any = {"image": data}
        case: Case = operation.Case(
            path_parameters={"personaId": "sandbox_iwells"}, body=body, media_type="multipart/form-data"
        )
        return case

    assert is_not_the_declared_content(REJECTED, upload(b"PNG image bytes"))
    assert not is_not_the_declared_content(REJECTED, upload(png))
    # Only parts with a declared image type are judged.
    token = mock.schema.find_operation_by_id("createToken")
    form = token.Case(body={"grant_type": "password"}, media_type="application/x-www-form-urlencoded")
    assert not is_not_the_declared_content(REJECTED, form)
