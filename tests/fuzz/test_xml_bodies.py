"""LearningStudio's XML on the wire: request bodies rooted in their envelope key, verdicts on what
was sent, and XML answers checked for the root element their schema requires."""

from __future__ import annotations

from typing import Any

import requests
import schemathesis
from schemathesis import Case as GenericCase
from schemathesis import Response
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import (
    CaseMetadata,
    ComponentInfo,
    FuzzingPhaseData,
    GenerationInfo,
    PhaseInfo,
    TestPhase,
)
from schemathesis.openapi.checks import RejectedPositiveData

from apicontracts.contracts import LEARNINGSTUDIO
from apicontracts.fuzz import xmlbodies
from apicontracts.fuzz.checks import Case, CheckSettings, ProjectChecks
from apicontracts.fuzz.filters import is_xml_body_artefact

SPEC = schemathesis.openapi.from_path(LEARNINGSTUDIO.bundle_dir / "openapi.json")
xmlbodies.register(LEARNINGSTUDIO, xmlbodies.spec_title(SPEC.raw_schema))
UPDATE_GRADE = SPEC.find_operation_by_id("updateUserGrade")
UPDATE_ATTEMPT = SPEC.find_operation_by_id("updateExamAttempt")
CREATE_CATEGORY = SPEC.find_operation_by_id("createCustomCategory")
GET_ME = SPEC.find_operation_by_id("getMe")
ACCEPTED = AcceptedNegativeData(operation="PUT", message="accepted", status_code=204, expected_statuses=["4xx"])
REJECTED = RejectedPositiveData(operation="PUT", message="rejected", status_code=400, allowed_statuses=["2xx"])


def body_case(body: Any, mode: GenerationMode, operation: Any = UPDATE_GRADE) -> Case:
    """A case whose body alone was generated in `mode`, sent as XML."""
    meta = CaseMetadata(
        generation=GenerationInfo(time=0.0, mode=mode),
        components={ParameterLocation.BODY: ComponentInfo(mode=mode)},
        phase=PhaseInfo(TestPhase.FUZZING, FuzzingPhaseData(None, None, ParameterLocation.BODY, None)),
    )
    case: Case = GenericCase(
        operation=operation,
        method=operation.method.upper(),
        path=operation.path,
        body=body,
        media_type="application/xml",
        meta=meta,
    )
    return case


def wire(case: Case) -> bytes:
    return xmlbodies.wire_bytes(case, case.body)


def test_a_body_is_rooted_in_its_envelope_key_not_the_schema_name() -> None:
    case = body_case({"grade": {"points": 19.0, "letterGrade": "A"}}, GenerationMode.POSITIVE)
    sent = wire(case)
    assert b"<grade><points>19.0</points><letterGrade>A</letterGrade></grade>" in sent
    assert b"GradeWrite" not in sent


def test_optional_top_level_extras_are_left_out_only_where_the_schema_allows_them() -> None:
    # XML has one root: GradeWrite allows other members, so they are optional and stay home.
    extra = body_case({"grade": {"points": 1.0}, "note": "x"}, GenerationMode.POSITIVE)
    assert b"<grade>" in wire(extra) and b"note" not in wire(extra)
    # AttemptCompletion forbids them: the extra is the violation, so it is sent (under `response`).
    closed = body_case({"attempts": {"isCompleted": True}, "note": "x"}, GenerationMode.NEGATIVE, UPDATE_ATTEMPT)
    assert wire(closed).startswith(b"<?xml") and b"<response><attempts>" in wire(closed)


def test_a_negative_body_whose_violation_xml_cannot_carry_is_not_held_against_the_server() -> None:
    # "19" for a number and null for a string read back as valid values: the server got a valid body.
    for body in ({"grade": {"points": "19"}}, {"grade": {"letterGrade": None}}):
        case = body_case(body, GenerationMode.NEGATIVE)
        assert xmlbodies.reads_back_valid(case) is True
        assert is_xml_body_artefact(LEARNINGSTUDIO, ACCEPTED, case)


def test_a_negative_body_whose_violation_survives_in_xml_is_still_a_failure() -> None:
    # Text where an object belongs stays text, which the schema refuses.
    for body in ({"grade": "abc"}, {"grade": {"points": "many"}}, {"note": "no envelope"}):
        case = body_case(body, GenerationMode.NEGATIVE)
        assert xmlbodies.reads_back_valid(case) is False
        assert not is_xml_body_artefact(LEARNINGSTUDIO, ACCEPTED, case)


def test_a_positive_body_only_counts_as_what_xml_carried() -> None:
    # XML 1.0 cannot carry U+0001: the title the server got is empty, which the schema refuses.
    lost = body_case({"customCategory": {"title": "\x01"}}, GenerationMode.POSITIVE, CREATE_CATEGORY)
    assert xmlbodies.reads_back_valid(lost) is False
    assert is_xml_body_artefact(LEARNINGSTUDIO, REJECTED, lost)
    # A value XML carries is the server's to accept.
    kept = body_case({"grade": {"letterGrade": "\x01A"}}, GenerationMode.POSITIVE)
    assert xmlbodies.reads_back_valid(kept) is True
    assert not is_xml_body_artefact(LEARNINGSTUDIO, REJECTED, kept)


def test_json_bodies_are_never_judged_by_their_xml() -> None:
    case = body_case({"grade": {"points": "19"}}, GenerationMode.NEGATIVE)
    case.media_type = "application/json"
    assert not is_xml_body_artefact(LEARNINGSTUDIO, ACCEPTED, case)


def xml_answer(content: bytes, status: int = 200) -> Response:
    request = requests.Request("GET", "http://h/me.xml").prepare()
    headers = {"Content-Type": ["application/xml; charset=utf-8"]}
    return Response(status, headers, content, request, elapsed=0.0, verify=True)


def media_type_problem(content: bytes, status: int = 200) -> str | None:
    checks = ProjectChecks(CheckSettings(contract=LEARNINGSTUDIO))
    case = GET_ME.Case(path_parameters={"format": ".xml"})
    try:
        checks.media_type(None, xml_answer(content, status), case)  # type: ignore[arg-type]
    except AssertionError as exc:
        return str(exc)
    return None


def test_an_xml_answer_must_be_rooted_in_its_envelope_key() -> None:
    assert media_type_problem(b"<me><id>7520378</id></me>") is None
    assert media_type_problem(b"<error><message>no</message></error>", 401) is None
    assert "<MeEnvelope>" in (media_type_problem(b"<MeEnvelope><me><id>1</id></me></MeEnvelope>") or "")
    assert "not well-formed" in (media_type_problem(b"<me><id>1</me>") or "")
