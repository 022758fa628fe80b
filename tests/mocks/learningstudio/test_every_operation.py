"""Every operation of the contract answers its documented success status, with a valid body.

The requests are built from the spec: each path parameter gets a seeded id of its kind, the caller
is a user whose role the operation's `x-roles` admits, and bodies are the spec's own examples
unless the operation needs a specific one (a real temp file, a student to grade, an exam answer).
The fixture fails the test if any response broke the spec.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from apicontracts.contracts import LEARNINGSTUDIO
from apicontracts.schemas import resolve

from .flows import EXAM, begin_attempt, upload
from .support import ADMINISTRATOR, MARY, PROFESSOR, STUDENT, Campus

DOCUMENT = json.loads((LEARNINGSTUDIO.bundle_dir / "openapi.json").read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "delete")

# A seeded id for every path parameter name.
IDS: dict[str, Any] = {
    "courseId": 4855840,
    "userId": MARY,
    "termId": 59571,
    "itemId": 100126516551,
    "textMultimediaId": 100126516551,
    "msOfficeDocumentId": 100126516552,
    "webContentUploadId": 100126516562,
    "announcementId": 16680001,
    "basketId": 3610001,
    "messageId": 47384157,
    "attachmentId": 5120001,
    "categoryId": 4855840,
    "documentId": 88120001,
    "personaId": "sandbox_manderson",
    "threadId": 100126516567,
    "topicId": 7205763,
    "responseId": 128179402,
    "gradebookItemId": "331f8398-1041-46a8-bd37-ac0aa4b463a5",
    "gradeId": "400990600",
    "customCategoryId": "0a6e8c4d-2b1f-4e3a-9d7c-5f6e7d8c9b0a",
    "customItemId": "4c2d9e8f-7a6b-4c5d-8e9f-0a1b2c3d4e5f",
    "userGradebookItemId": f"{MARY}-331f8398-1041-46a8-bd37-ac0aa4b463a5",
    "examId": EXAM,
    "sectionId": 31001,
    "format": "",
}
# The section and question of each type in Quiz 1, for the question detail routes.
QUESTIONS = {
    "trueFalseQuestions": (31001, 3200001),
    "multipleChoiceQuestions": (31001, 3200002),
    "manyMultipleChoiceQuestions": (31001, 3200003),
    "matchingQuestions": (31001, 3200004),
    "shortQuestions": (31002, 3200005),
    "essayQuestions": (31002, 3200006),
    "fillintheblankQuestions": (31002, 3200007),
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@dataclass
class Case:
    """What one operation's request needs beyond the defaults."""

    who: str | None = None
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    files: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Runs first; returns more path parameters and headers.
    setup: Callable[[Campus], dict[str, Any]] | None = None


def _attempt(answered: bool = False, completed: bool = False) -> Callable[[Campus], dict[str, Any]]:
    def setup(campus: Campus) -> dict[str, Any]:
        attempt_id, token = begin_attempt(campus, EXAM)
        base = f"/users/{MARY}/courses/4855840/exams/{EXAM}/attempts/{attempt_id}"
        headers = {"Pearson-Exam-Token": token}
        if answered:
            answer = {"answer": {"questionId": 3200002, "type": "multipleChoice", "choiceId": 12}}
            assert campus.call("POST", f"{base}/answers", json=answer, headers=headers).status_code == 201
        if completed:
            done = {"attempts": {"isCompleted": True}}
            assert campus.call("PUT", base, json=done, headers=headers).status_code == 204
        return {"attemptId": attempt_id, "questionId": 3200002, "headers": headers}

    return setup


def _provisioned(campus: Campus) -> dict[str, Any]:
    assert campus.call("POST", f"/users/{MARY}/courses/4855840/exams/{EXAM}").status_code == 201
    return {}


def _temp_link(key: str) -> Callable[[Campus], dict[str, Any]]:
    def setup(campus: Campus) -> dict[str, Any]:
        return {key: upload(campus)}

    return setup


def _new_category(campus: Campus) -> dict[str, Any]:
    created = campus.call(
        "POST",
        "/courses/4855840/gradebook/customCategories",
        PROFESSOR,
        json={"customCategory": {"title": "Extra Credit"}},
    )
    return {"customCategoryId": created.json()["customCategory"]["guid"]}


ANSWER = {"answer": {"questionId": 3200001, "type": "trueFalse", "choiceId": 1}}
GRADE = {"grade": {"points": 18.0, "letterGrade": "A", "comments": "Well argued."}}

CASES: dict[str, Case] = {
    "createToken": Case(body="password-grant"),
    "listTermCourses": Case(who=ADMINISTRATOR),
    "getMyClassmate": Case(path={"userId": 4822785}),
    "getCourseItemGradebookItem": Case(path={"itemId": 100126516567}),
    "getCourseTextMultimediaContent": Case(path={"contentPath": "content.html"}),
    "getCourseMsOfficeDocumentContent": Case(path={"contentPath": "document.html"}),
    "getCourseWebContentUploadContent": Case(path={"contentPath": "index.html"}),
    "createCourseDropboxBasketMessage": Case(setup=_temp_link("href")),
    "createCourseDocSharingDocument": Case(setup=_temp_link("href")),
    "uploadTempFile": Case(files={"file": ("notes.pdf", b"%PDF-1.4 notes", "application/pdf")}),
    "createAvatar": Case(files={"image": ("me.png", PNG, "image/png")}),
    "updateAvatar": Case(files={"image": ("me.png", PNG, "image/png")}),
    "getUserGrade": Case(),
    "createUserGrade": Case(
        path={"userId": 111234, "gradebookItemId": "1bb40079-3827-442e-bf46-c18bcd069c9b"}, body=GRADE
    ),
    "createGradebookUserGrade": Case(
        path={"userId": 111234, "gradebookItemId": "1bb40079-3827-442e-bf46-c18bcd069c9b"}, body=GRADE
    ),
    "createGrade": Case(
        path={"gradebookItemId": "009a7d9a-5662-40f2-9e85-96263ef20bb3"},
        body={"grade": {**GRADE["grade"], "userId": 4822785}},
    ),
    "createGradebookGrade": Case(
        path={"gradebookItemId": "009a7d9a-5662-40f2-9e85-96263ef20bb3"},
        body={"grade": {**GRADE["grade"], "userId": 4822785}},
    ),
    "createCustomCategory": Case(body={"customCategory": {"title": "Homework", "isAssignable": True}}),
    "updateCustomCategory": Case(body={"customCategory": {"title": "Participation and Attendance"}}),
    "deleteCustomCategory": Case(setup=_new_category),
    "provisionExam": Case(),
    "getExam": Case(setup=_provisioned),
    "resetExam": Case(setup=_provisioned),
    "listExamSections": Case(setup=_provisioned),
    "listExamSectionQuestions": Case(setup=_provisioned),
    "createExamAttempt": Case(setup=_provisioned),
    "listExamAttempts": Case(setup=_attempt()),
    "getExamAttempt": Case(setup=_attempt()),
    "updateExamAttempt": Case(setup=_attempt()),
    "getExamAttemptSummary": Case(setup=_attempt(answered=True, completed=True)),
    "listExamAttemptAnswers": Case(setup=_attempt(answered=True)),
    "createExamAttemptAnswer": Case(setup=_attempt(), body=ANSWER),
    "getExamAttemptAnswer": Case(setup=_attempt(answered=True)),
    "updateExamAttemptAnswer": Case(
        setup=_attempt(answered=True),
        body={"answer": {"questionId": 3200002, "type": "multipleChoice", "choiceId": 11}},
    ),
    "deleteExamAttemptAnswer": Case(setup=_attempt(answered=True)),
}


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for path, item in DOCUMENT["paths"].items():
        for method in METHODS:
            if method in item:
                found.append((item[method]["operationId"], method.upper(), path, item[method]))
    return found


def caller(operation: dict[str, Any]) -> str | None:
    roles = operation.get("x-roles") or []
    if operation.get("security") == []:
        return None
    if "student" in roles:
        return STUDENT
    return PROFESSOR if "professor" in roles else ADMINISTRATOR


def example_body(operation: dict[str, Any]) -> Any:
    body, _ = resolve(DOCUMENT, operation.get("requestBody", {}))
    schema, _ = resolve(DOCUMENT, body.get("content", {}).get("application/json", {}).get("schema", {}))
    return (schema.get("examples") or [None])[0]


def success(operation: dict[str, Any]) -> int:
    return min(int(status) for status in operation["responses"] if status.startswith("2"))


@pytest.mark.parametrize(
    ("operation_id", "method", "template", "operation"),
    operations(),
    ids=[operation_id for operation_id, *_ in operations()],
)
def test_operation_answers_its_success_status(
    campus: Campus, operation_id: str, method: str, template: str, operation: dict[str, Any]
) -> None:
    case = CASES.get(operation_id, Case())
    params = {**IDS, **case.path}
    headers = dict(case.headers)
    question_route = next((part for part in template.split("/") if part in QUESTIONS), None)
    if question_route is not None:
        case.setup = _attempt()
    body = case.body if case.body is not None else example_body(operation)
    if case.setup is not None:
        extra = case.setup(campus)
        headers.update(extra.pop("headers", {}))
        if "href" in extra:
            body = json.loads(
                json.dumps(body).replace(
                    "https://api.learningstudio.com/tempfiles/8d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", extra.pop("href")
                )
            )
        params.update(extra)
    if question_route is not None:
        params["sectionId"], params["questionId"] = QUESTIONS[question_route]
    path = template.format(**params)
    who = case.who or caller(operation)
    if operation_id == "createToken":
        response = campus.password_grant()
    elif case.files is not None:
        response = campus.call(method, path, who, files=case.files, headers=headers)
    else:
        response = campus.call(method, path, who, json=body if method in ("POST", "PUT") else None, headers=headers)
    assert response.status_code == success(operation), f"{operation_id}: {response.text}"
    if response.status_code == 201:
        assert response.headers["Location"].startswith(campus.mock.root_url)
