"""The exam lifecycle as pure rules: schedule window, attempts, exam token and password, answers, scoring.

provision (once per user and exam) -> start an attempt (inside the schedule, with the password)
-> read questions and write answers with the attempt's `Pearson-Exam-Token` while it is active
-> complete it -> read the summary. A timed attempt expires `duration` minutes after it started.
Each refusal names the status the spec documents for it (reference 5.9, the exam operations).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from apicontracts.mock.engine import ApiProblem

QUESTION_KEYS = {
    "trueFalse": "trueFalseQuestion",
    "multipleChoice": "multipleChoiceQuestion",
    "manyMultipleChoice": "manyMultipleChoiceQuestion",
    "matching": "matchingQuestion",
    "short": "shortQuestion",
    "essay": "essayQuestion",
    "fillInTheBlank": "fillInTheBlankQuestion",
}
QUESTION_ROUTES = {
    "trueFalse": "trueFalseQuestions",
    "multipleChoice": "multipleChoiceQuestions",
    "manyMultipleChoice": "manyMultipleChoiceQuestions",
    "matching": "matchingQuestions",
    "short": "shortQuestions",
    "essay": "essayQuestions",
    "fillInTheBlank": "fillintheblankQuestions",
}
# Answer fields each question type takes (besides questionId and type).
ANSWER_FIELDS = {
    "trueFalse": ("choiceId",),
    "multipleChoice": ("choiceId",),
    "manyMultipleChoice": ("choiceIds",),
    "matching": ("matches",),
    "short": ("text",),
    "essay": ("text",),
    "fillInTheBlank": ("values",),
}


def _epoch(stamp: str | None) -> float | None:
    if not stamp:
        return None
    return dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp()


def require_open(schedule: dict[str, Any], now: float, action: str) -> None:
    """403 before the scheduled start or after the scheduled end."""
    start, end = _epoch(schedule.get("startDateTime")), _epoch(schedule.get("endDateTime"))
    if start is not None and now < start:
        raise ApiProblem(403, f"Forbidden: the exam's scheduled start has not come yet; cannot {action}")
    if end is not None and now > end:
        raise ApiProblem(403, f"Forbidden: the exam's scheduled end has passed; cannot {action}")


def require_password(exam: dict[str, Any], given: str | None) -> None:
    if exam.get("password") and given != exam["password"]:
        raise ApiProblem(403, "Forbidden: the Pearson-Exam-Password is missing or wrong")


def expired(attempt: dict[str, Any], exam: dict[str, Any], now: float) -> bool:
    """A timed attempt runs out `duration` minutes after it started."""
    started = _epoch(attempt["startUtc"])
    return bool(exam.get("duration")) and started is not None and now > started + 60 * int(exam["duration"])


def active(attempt: dict[str, Any], exam: dict[str, Any], now: float) -> bool:
    return not attempt["isCompleted"] and not expired(attempt, exam, now)


def require_token(attempt: dict[str, Any], given: str | None) -> None:
    if given != attempt["token"]:
        raise ApiProblem(403, "Forbidden: the Pearson-Exam-Token is missing or not this attempt's")


def require_writable(attempt: dict[str, Any], exam: dict[str, Any], now: float) -> None:
    if attempt["isCompleted"]:
        raise ApiProblem(403, "Forbidden: the attempt is completed; its answers can no longer change")
    if expired(attempt, exam, now):
        raise ApiProblem(403, "Forbidden: the attempt's time has run out")


def check_new_attempt(previous: list[dict[str, Any]], exam: dict[str, Any], now: float) -> None:
    """400 while an attempt is still open; 403 for a second attempt at an exam that is not retakable."""
    if any(active(attempt, exam, now) for attempt in previous):
        raise ApiProblem(400, "An attempt that is not completed already exists for this exam; continue it")
    if previous and not exam.get("isRetakable"):
        raise ApiProblem(403, "Forbidden: the exam is not retakable and was already taken")


def check_answer(answer: dict[str, Any], question: dict[str, Any] | None) -> dict[str, Any]:
    """The stored form of a valid answer; 400 when it does not fit the question."""
    if question is None:
        raise ApiProblem(400, "The answer's questionId is not a question of this exam")
    kind = question["type"]
    if answer.get("type") != kind:
        raise ApiProblem(400, f"The answer's type must be {kind}, the question's type")
    missing = [name for name in ANSWER_FIELDS[kind] if name not in answer]
    if missing:
        raise ApiProblem(400, f"A {kind} answer needs {', '.join(missing)}")
    choices = {choice["id"] for choice in question.get("choices", [])}
    premises = {premise["id"] for premise in question.get("premises", [])}
    chosen: list[Any] = []
    if kind in ("trueFalse", "multipleChoice"):
        chosen = [answer["choiceId"]]
    elif kind == "manyMultipleChoice":
        chosen = list(answer["choiceIds"])
    elif kind == "matching":
        chosen = [pair["choiceId"] for pair in answer["matches"]]
        if any(pair["premiseId"] not in premises for pair in answer["matches"]):
            raise ApiProblem(400, "A premise id does not belong to the question")
    if any(choice not in choices for choice in chosen):
        raise ApiProblem(400, "A choice id does not belong to the question")
    return {"questionId": question["id"], "type": kind, **{name: answer[name] for name in ANSWER_FIELDS[kind]}}


def earned(question: dict[str, Any], answer: dict[str, Any] | None) -> float:
    """Points an answer earns; essays wait for the teacher (0 until graded)."""
    if answer is None or "correct" not in question:
        return 0.0
    correct, kind = question["correct"], question["type"]
    if kind in ("trueFalse", "multipleChoice"):
        right = answer["choiceId"] in correct
    elif kind == "manyMultipleChoice":
        right = sorted(answer["choiceIds"]) == sorted(correct)
    elif kind == "matching":
        right = sorted((p["premiseId"], p["choiceId"]) for p in answer["matches"]) == sorted(
            (p["premiseId"], p["choiceId"]) for p in correct
        )
    elif kind == "short":
        right = answer["text"].strip().lower() in {text.lower() for text in correct}
    else:
        right = [value.strip().lower() for value in answer["values"]] == [text.lower() for text in correct]
    return float(question["pointsPossible"]) if right else 0.0


def summary(questions: list[dict[str, Any]], answers: dict[int, dict[str, Any]]) -> dict[str, Any]:
    by_type: dict[str, dict[str, Any]] = {}
    for question in questions:
        entry = by_type.setdefault(
            question["type"], {"type": question["type"], "questionCount": 0, "pointsPossible": 0.0, "pointsEarned": 0.0}
        )
        entry["questionCount"] += 1
        entry["pointsPossible"] += float(question["pointsPossible"])
        entry["pointsEarned"] += earned(question, answers.get(question["id"]))
    types = list(by_type.values())
    return {
        "pointsPossible": sum(entry["pointsPossible"] for entry in types),
        "pointsEarned": sum(entry["pointsEarned"] for entry in types),
        "questionTypes": types,
    }
