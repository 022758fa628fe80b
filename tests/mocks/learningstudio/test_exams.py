"""The exam flow and its rules: provision, attempt with its Pearson-Exam-Token, answers, completion, summary."""

from __future__ import annotations

from typing import Any

from .flows import EXAM, EXAMS, FINAL_EXAM, PRACTICE_EXAM, begin_attempt
from .support import PROFESSOR, STUDENT, Campus, FakeClock

QUIZ = f"{EXAMS}/{EXAM}"
ANSWERS: list[dict[str, Any]] = [
    {"questionId": 3200001, "type": "trueFalse", "choiceId": 1},
    {"questionId": 3200002, "type": "multipleChoice", "choiceId": 12},
    {"questionId": 3200003, "type": "manyMultipleChoice", "choiceIds": [21, 23]},
    {
        "questionId": 3200004,
        "type": "matching",
        "matches": [{"premiseId": 31, "choiceId": 42}, {"premiseId": 32, "choiceId": 41}],
    },
    {"questionId": 3200005, "type": "short", "text": "Revenue recognition"},
    {"questionId": 3200006, "type": "essay", "text": "Investors see earnings when they happen."},
    {"questionId": 3200007, "type": "fillInTheBlank", "values": ["liabilities", "equity"]},
]


def token_headers(token: str) -> dict[str, str]:
    return {"Pearson-Exam-Token": token}


def test_student_takes_an_exam_from_provisioning_to_summary(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base = f"{QUIZ}/attempts/{attempt}"
    sections = campus.get(f"{QUIZ}/sections").json()["sections"]
    assert [s["id"] for s in sections] == [31001, 31002]
    questions = campus.get(f"{QUIZ}/sections/31001/questions").json()["questions"]
    assert {q["type"] for q in questions} == {"trueFalse", "multipleChoice", "manyMultipleChoice", "matching"}
    question = campus.get(f"{QUIZ}/sections/31001/trueFalseQuestions/3200001", headers=token_headers(token))
    assert question.json()["trueFalseQuestion"]["text"] == "Assets = Liabilities + Equity."
    for answer in ANSWERS:
        created = campus.call("POST", f"{base}/answers", json={"answer": answer}, headers=token_headers(token))
        assert created.status_code == 201, created.text
        assert created.headers["Location"].endswith(f"/answers/{answer['questionId']}")
    assert len(campus.get(f"{base}/answers", headers=token_headers(token)).json()["answers"]) == len(ANSWERS)
    done = campus.call("PUT", base, json={"attempts": {"isCompleted": True}}, headers=token_headers(token))
    assert done.status_code == 204
    summary = campus.get(f"{base}/summary").json()["summary"]
    # 15 points possible; the swapped matching pairs (2) and the essay, left to the teacher (3), earn nothing.
    assert (summary["pointsPossible"], summary["pointsEarned"]) == (15.0, 10.0)
    assert {t["type"]: t["pointsEarned"] for t in summary["questionTypes"]}["matching"] == 0.0


def test_provisioning_again_gets_400(campus: Campus) -> None:
    assert campus.call("POST", QUIZ).status_code == 201
    assert campus.call("POST", QUIZ).status_code == 400


def test_only_the_student_provisions_their_own_exam(campus: Campus) -> None:
    assert campus.call("POST", QUIZ, PROFESSOR).status_code == 403
    assert campus.call("POST", QUIZ, "kjohnson").status_code == 403


def test_provisioning_before_the_scheduled_start_gets_403(campus: Campus) -> None:
    assert campus.call("POST", f"/users/4822785/courses/4855840/exams/{FINAL_EXAM}", "kjohnson").status_code == 403


def test_attempt_before_the_scheduled_start_gets_403(campus: Campus) -> None:
    # Mary's Final Exam instance was provisioned before its start moved to the future (seed).
    assert campus.get(f"{EXAMS}/{FINAL_EXAM}").status_code == 200
    assert campus.call("POST", f"{EXAMS}/{FINAL_EXAM}/attempts").status_code == 403


def test_attempt_of_an_unprovisioned_exam_gets_404(campus: Campus) -> None:
    assert campus.call("POST", f"{QUIZ}/attempts").status_code == 404
    assert campus.get(QUIZ).status_code == 404


def test_exam_of_another_course_gets_404(campus: Campus) -> None:
    assert campus.get(f"/users/7520378/courses/4747489/examDetails/{EXAM}").status_code == 404
    assert campus.get(f"/users/7520378/courses/4855840/examDetails/{EXAM}").status_code == 200


def test_question_read_without_or_with_a_wrong_exam_token_gets_403(campus: Campus) -> None:
    _, token = begin_attempt(campus)
    path = f"{QUIZ}/sections/31001/multipleChoiceQuestions/3200002"
    assert campus.get(path).status_code == 403
    assert campus.get(path, headers=token_headers("not-the-token")).status_code == 403
    assert campus.get(path, headers=token_headers(token)).status_code == 200


def test_question_read_without_an_active_attempt_gets_403(campus: Campus) -> None:
    assert campus.call("POST", QUIZ).status_code == 201
    assert campus.get(f"{QUIZ}/sections/31001/multipleChoiceQuestions/3200002").status_code == 403


def test_system_reads_questions_without_an_attempt(campus: Campus) -> None:
    assert campus.call("POST", QUIZ).status_code == 201
    assert campus.system("GET", f"{QUIZ}/sections/31001/multipleChoiceQuestions/3200002/choices").status_code == 200


def test_question_of_another_type_or_section_gets_404(campus: Campus) -> None:
    _, token = begin_attempt(campus)
    headers = token_headers(token)
    assert campus.get(f"{QUIZ}/sections/31001/essayQuestions/3200002", headers=headers).status_code == 404
    assert campus.get(f"{QUIZ}/sections/31002/multipleChoiceQuestions/3200002", headers=headers).status_code == 404
    assert campus.get(f"{QUIZ}/sections/31011/questions").status_code == 404


def test_answer_with_a_wrong_exam_token_gets_403(campus: Campus) -> None:
    attempt, _ = begin_attempt(campus)
    body = {"answer": ANSWERS[0]}
    response = campus.call("POST", f"{QUIZ}/attempts/{attempt}/answers", json=body, headers=token_headers("x"))
    assert response.status_code == 403


def test_missing_exam_token_on_an_answer_change_gets_400(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base = f"{QUIZ}/attempts/{attempt}/answers"
    assert campus.call("POST", base, json={"answer": ANSWERS[0]}, headers=token_headers(token)).status_code == 201
    assert campus.call("PUT", f"{base}/3200001", json={"answer": ANSWERS[0]}).status_code == 400


def test_answer_that_does_not_fit_its_question_gets_400(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base, headers = f"{QUIZ}/attempts/{attempt}/answers", token_headers(token)
    wrong_type = {"questionId": 3200001, "type": "multipleChoice", "choiceId": 1}
    foreign_choice = {"questionId": 3200001, "type": "trueFalse", "choiceId": 12}
    foreign_question = {"questionId": 3200101, "type": "trueFalse", "choiceId": 1}
    for answer in (wrong_type, foreign_choice, foreign_question):
        assert campus.call("POST", base, json={"answer": answer}, headers=headers).status_code == 400


def test_answering_a_question_twice_with_post_gets_400(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base, headers = f"{QUIZ}/attempts/{attempt}/answers", token_headers(token)
    assert campus.call("POST", base, json={"answer": ANSWERS[0]}, headers=headers).status_code == 201
    assert campus.call("POST", base, json={"answer": ANSWERS[0]}, headers=headers).status_code == 400


def test_no_answer_gets_404(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base, headers = f"{QUIZ}/attempts/{attempt}/answers/3200001", token_headers(token)
    assert campus.get(base, headers=headers).status_code == 404
    assert campus.call("PUT", base, json={"answer": ANSWERS[0]}, headers=headers).status_code == 404
    assert campus.call("DELETE", base, headers=headers).status_code == 404


def test_answer_change_must_name_the_question_in_the_path(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base, headers = f"{QUIZ}/attempts/{attempt}/answers", token_headers(token)
    assert campus.call("POST", base, json={"answer": ANSWERS[1]}, headers=headers).status_code == 201
    moved = campus.call("PUT", f"{base}/3200002", json={"answer": ANSWERS[0]}, headers=headers)
    assert moved.status_code == 400
    changed = {"questionId": 3200002, "type": "multipleChoice", "choiceId": 11}
    assert campus.call("PUT", f"{base}/3200002", json={"answer": changed}, headers=headers).status_code == 204
    assert campus.get(f"{base}/3200002", headers=headers).json()["answers"][0]["choiceId"] == 11


def test_summary_before_completion_gets_403(campus: Campus) -> None:
    attempt, _ = begin_attempt(campus)
    assert campus.get(f"{QUIZ}/attempts/{attempt}/summary").status_code == 403


def test_writes_to_a_completed_attempt_get_403(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    base, headers = f"{QUIZ}/attempts/{attempt}", token_headers(token)
    assert campus.call("PUT", base, json={"attempts": {"isCompleted": True}}, headers=headers).status_code == 204
    assert campus.call("POST", f"{base}/answers", json={"answer": ANSWERS[0]}, headers=headers).status_code == 403
    assert campus.call("PUT", base, json={"attempts": {"isCompleted": True}}, headers=headers).status_code == 403
    assert campus.get(f"{base}/answers", headers=headers).status_code == 200


def test_completing_with_a_wrong_exam_token_gets_403(campus: Campus) -> None:
    attempt, _ = begin_attempt(campus)
    done = campus.call(
        "PUT", f"{QUIZ}/attempts/{attempt}", json={"attempts": {"isCompleted": True}}, headers=token_headers("x")
    )
    assert done.status_code == 403


def test_timed_attempt_that_ran_out_refuses_answers(campus: Campus, clock: FakeClock) -> None:
    attempt, token = begin_attempt(campus)
    clock.advance(31 * 60)
    body = {"answer": ANSWERS[0]}
    response = campus.call("POST", f"{QUIZ}/attempts/{attempt}/answers", json=body, headers=token_headers(token))
    assert response.status_code == 403


def test_second_attempt_while_one_is_open_gets_400(campus: Campus) -> None:
    begin_attempt(campus)
    assert campus.call("POST", f"{QUIZ}/attempts").status_code == 400


def test_retaking_an_exam_that_is_not_retakable_gets_403(campus: Campus) -> None:
    attempt, token = begin_attempt(campus)
    campus.call(
        "PUT", f"{QUIZ}/attempts/{attempt}", json={"attempts": {"isCompleted": True}}, headers=token_headers(token)
    )
    assert campus.call("POST", f"{QUIZ}/attempts").status_code == 403


def test_wrong_exam_password_gets_403(campus: Campus) -> None:
    practice = f"{EXAMS}/{PRACTICE_EXAM}"
    assert campus.call("POST", practice).status_code == 201
    assert campus.call("POST", f"{practice}/attempts").status_code == 403
    assert campus.call("POST", f"{practice}/attempts", headers={"Pearson-Exam-Password": "ledgers"}).status_code == 403
    assert campus.call("POST", f"{practice}/attempts", headers={"Pearson-Exam-Password": "ledger"}).status_code == 201


def test_retakable_exam_replaces_the_previous_attempt(campus: Campus) -> None:
    practice = f"{EXAMS}/{PRACTICE_EXAM}"
    password = {"Pearson-Exam-Password": "ledger"}
    attempt, token = begin_attempt(campus, PRACTICE_EXAM, password="ledger")
    done = campus.call(
        "PUT",
        f"{practice}/attempts/{attempt}",
        json={"attempts": {"isCompleted": True}},
        headers={**password, **token_headers(token)},
    )
    assert done.status_code == 204
    retake = campus.call("POST", f"{practice}/attempts", headers=password)
    assert retake.status_code == 201
    attempts = campus.get(f"{practice}/attempts", headers=password).json()["attempts"]
    assert [a["id"] for a in attempts] == [retake.json()["attempt"]["id"]]


def test_teacher_resets_an_exam_so_it_can_be_provisioned_again(campus: Campus) -> None:
    begin_attempt(campus)
    assert campus.call("DELETE", QUIZ, STUDENT).status_code == 403
    assert campus.call("DELETE", QUIZ, PROFESSOR).status_code == 204
    assert campus.get(QUIZ).status_code == 404
    assert campus.call("POST", QUIZ).status_code == 201


def test_another_student_cannot_read_an_attempt(campus: Campus) -> None:
    attempt, _ = begin_attempt(campus)
    assert campus.get(f"{QUIZ}/attempts/{attempt}", "kjohnson").status_code == 403


def test_attempt_of_another_exam_gets_404(campus: Campus) -> None:
    attempt, _ = begin_attempt(campus)
    assert campus.call("POST", f"{EXAMS}/{PRACTICE_EXAM}").status_code == 201
    assert campus.get(f"{EXAMS}/{PRACTICE_EXAM}/attempts/{attempt}").status_code == 404
