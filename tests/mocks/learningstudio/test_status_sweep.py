"""The statuses every operation shares, reached on every operation by their real causes:
401 without credentials, 400 for a malformed id or suffix, 404 for an unknown id, 406 for an
unreadable body."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from apicontracts.schemas import resolve

from .support import KAI, OUTSIDER, STUDENT, Campus
from .test_every_operation import DOCUMENT, IDS, PNG, caller, example_body, operations

OPERATIONS = operations()
SECURED = [op for op in OPERATIONS if op[3].get("security") != []]
# Headers some operations require before they look at ids or bodies.
EXAM_HEADERS = {"Pearson-Exam-Token": "not-checked-before-the-ids"}
# Parameter -> (malformed value, unknown value), in the order the mock resolves them.
PROBES: list[tuple[str, str, Any]] = [
    ("userId", "abc", 999999),
    ("courseId", "abc", 999999),
    ("termId", "abc", 1),
    ("personaId", "manderson", "sandbox_nobody"),
]


def body_media(operation: dict[str, Any]) -> str | None:
    body, _ = resolve(DOCUMENT, operation.get("requestBody", {}))
    return next(iter(body.get("content", {})), None)


def fill(template: str, **overrides: Any) -> str:
    return template.format(**{**IDS, "attemptId": 1, "questionId": 3200001, "contentPath": "content.html", **overrides})


def probe(template: str) -> tuple[str, str, Any] | None:
    return next((entry for entry in PROBES if "{" + entry[0] + "}" in template), None)


@pytest.mark.parametrize(("operation_id", "method", "template", "operation"), SECURED, ids=[op[0] for op in SECURED])
def test_request_without_credentials_gets_401(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    assert campus.call(method, fill(template), None).status_code == 401


MALFORMED = [op for op in SECURED if probe(op[2]) is not None or "{format}" in op[2]]


@pytest.mark.parametrize(
    ("operation_id", "method", "template", "operation"), MALFORMED, ids=[op[0] for op in MALFORMED]
)
def test_malformed_id_or_suffix_gets_400(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    found = probe(template)
    path = fill(template, **{found[0]: found[1]}) if found else fill(template, format=".txt")
    assert campus.call(method, path, caller(operation)).status_code == 400


UNKNOWN = [op for op in SECURED if probe(op[2]) is not None]


@pytest.mark.parametrize(("operation_id", "method", "template", "operation"), UNKNOWN, ids=[op[0] for op in UNKNOWN])
def test_unknown_id_gets_404(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    found = probe(template)
    assert found is not None
    path = fill(template, **{found[0]: found[2]})
    body: dict[str, Any] = {"headers": EXAM_HEADERS}
    media = body_media(operation)
    if media == "multipart/form-data":
        body["files"] = {"image": ("me.png", PNG, "image/png")}
    elif "requestBody" in operation:
        body["json"] = example_body(operation)
    response = campus.call(method, path, caller(operation), **body)
    assert response.status_code == 404, response.text


WITH_BODY = [op for op in OPERATIONS if "requestBody" in op[3]]


@pytest.mark.parametrize(
    ("operation_id", "method", "template", "operation"), WITH_BODY, ids=[op[0] for op in WITH_BODY]
)
def test_unreadable_body_gets_406(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    media = body_media(operation) or "application/json"
    if operation_id == "createToken":
        media = "application/json"
    body, content_type = (
        (b"not multipart", "multipart/form-data; boundary=x")
        if "multipart" in media
        else (b"{not json", "application/json")
    )
    headers = {"Content-Type": content_type, **EXAM_HEADERS}
    response = campus.call(method, fill(template), caller(operation), content=body, headers=headers)
    assert response.status_code == 406, response.text


def forbidden_cause(operation: dict[str, Any], template: str) -> str | None:
    """The rule that refuses this operation to some caller, checked in the order the mock applies them."""
    if not any("oauth1" in alternative for alternative in operation["security"]):
        return "oauth1"
    if "student" not in (operation.get("x-roles") or []):
        return "student"
    if "{courseId}" in template:
        return "not-enrolled"
    if "{userId}" in template:
        return "other-user"
    return None


FORBIDDEN = [op for op in SECURED if forbidden_cause(op[3], op[2]) is not None]


@pytest.mark.parametrize(
    ("operation_id", "method", "template", "operation"), FORBIDDEN, ids=[op[0] for op in FORBIDDEN]
)
def test_caller_without_the_right_gets_403(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    cause = forbidden_cause(operation, template)
    path = fill(template, userId=KAI) if cause == "other-user" else fill(template)
    media = body_media(operation)
    request = httpx.Request(
        method,
        f"{campus.mock.base_url}{path}",
        headers=EXAM_HEADERS,
        files={"image": ("me.png", PNG, "image/png"), "file": ("a.pdf", b"%PDF", "application/pdf")}
        if media == "multipart/form-data"
        else None,
        json=example_body(operation) if media == "application/json" else None,
    )
    body = request.read()
    headers = {key: value for key, value in request.headers.items() if key.lower() in ("content-type",)}
    headers.update(EXAM_HEADERS)
    if cause == "oauth1":
        response = campus.system(method, path, body, headers=headers)
    else:
        who = OUTSIDER if cause == "not-enrolled" else STUDENT
        response = campus.call(method, path, who, content=body or None, headers=headers)
    assert response.status_code == 403, f"{cause}: {response.text}"
