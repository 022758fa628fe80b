"""Exams: settings, provisioning, attempts, questions, answers and summaries (reference 5.9).

The rules themselves are in `examrules`; this module finds the records a path names (404 for an
exam of another course, an unprovisioned exam, an attempt of another exam, a question of
another section) and applies the rules for the caller.
"""

from __future__ import annotations

import secrets
from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio import examrules
from apicontracts.mock.learningstudio.access import Context, not_found
from apicontracts.mock.learningstudio.dates import iso
from apicontracts.mock.learningstudio.views import REL, link


class ExamCall:
    """The user, course and exam of an exam route, with the caller's right to them checked."""

    def __init__(self, call: Call, *, taker_only: bool = False) -> None:
        self.call = call
        self.ctx = ctx = Context(call)
        self.user, self.course = ctx.user(), ctx.course()
        ctx.self_or_teacher(self.user, self.course)
        if taker_only:
            ctx.student_self(self.user)
        ctx.enrolled(self.course, self.user)
        self.base = f"{call.base_url}/users/{self.user.id}/courses/{self.course.id}"

    @property
    def now(self) -> float:
        return self.call.now()

    @property
    def taker(self) -> bool:
        """The caller is the user the exam is for (OAuth 1 acts as the system, not the taker)."""
        return self.ctx.caller_id is not None and self.ctx.caller_id == int(self.user.id)

    def header(self, name: str) -> str | None:
        return self.call.request.header(name)

    def exam(self) -> Record:
        return self.ctx.get("exams", self.call.path["examId"], "exam", courseId=self.course.id)

    def schedule(self, exam: Record) -> dict[str, Any]:
        item = self.ctx.store.get("items", exam.id)
        return item.data if item is not None else {}

    def instance(self, exam: Record) -> Record:
        found = self.ctx.store.get("examInstances", f"{self.user.id}-{exam.id}")
        if found is None:
            raise not_found("the exam is not provisioned for this user")
        return found

    def attempts(self, instance: Record) -> list[Record]:
        return self.ctx.store.find("attempts", {"instanceId": instance.id}, order_by="id")

    def attempt(self, instance: Record) -> Record:
        return self.ctx.get("attempts", self.call.path["attemptId"], "attempt", instanceId=instance.id)

    def guard_reading(self, exam: Record, attempt: Record) -> None:
        """While an attempt is active, its taker must show its exam token and the exam password."""
        if self.taker:
            examrules.require_password(exam.data, self.header("pearson-exam-password"))
            if examrules.active(attempt.data, exam.data, self.now):
                examrules.require_token(attempt.data, self.header("pearson-exam-token"))

    def guard_writing(self, exam: Record, attempt: Record) -> None:
        """Only the taker writes, to an active attempt, with its token and the password."""
        self.ctx.student_self(self.user)
        examrules.require_writable(attempt.data, exam.data, self.now)
        if not self.ctx.system:
            examrules.require_password(exam.data, self.header("pearson-exam-password"))
            examrules.require_token(attempt.data, self.header("pearson-exam-token"))

    def questions(self, exam: Record) -> list[Record]:
        found: list[Record] = []
        for section in self.ctx.store.find("examSections", {"examId": exam.id}, order_by="orderNumber"):
            found += self.ctx.store.find("questions", {"sectionId": section.id}, order_by="id")
        return found


# Views -----------------------------------------------------------------------------------------


def detail_view(e: ExamCall, exam: Record) -> dict[str, Any]:
    data = exam.data
    return {
        "id": exam.id,
        "title": data["title"],
        "description": data["description"],
        "allowedAttempts": data["allowedAttempts"],
        "duration": data["duration"],
        "gradebookReviewDate": data["gradebookReviewDate"],
        "links": [
            {"href": f"{e.base}/examDetails/{exam.id}", "rel": "self"},
            {"href": f"{e.base}/exams/{exam.id}", "rel": f"{REL}/user/course/exam", "title": "exam"},
        ],
    }


def exam_view(e: ExamCall, exam: Record) -> dict[str, Any]:
    data = exam.data
    path = f"{e.base}/exams/{exam.id}"
    return {
        "id": exam.id,
        "title": data["title"],
        "description": data["description"],
        "duration": data["duration"],
        "isRetakable": data["isRetakable"],
        "links": [
            {"href": path, "rel": "self"},
            {"href": f"{path}/attempts", "rel": "related", "title": "attempts"},
            {"href": f"{path}/sections", "rel": "related", "title": "sections"},
        ],
    }


def attempt_view(e: ExamCall, exam: Record, attempt: Record) -> dict[str, Any]:
    data = attempt.data
    path = f"{e.base}/exams/{exam.id}/attempts/{attempt.id}"
    return {
        "id": attempt.id,
        "isCompleted": data["isCompleted"],
        "pearsonExamToken": data["token"],
        "startUtc": data["startUtc"],
        "links": [{"href": path, "rel": "self"}, {"href": f"{path}/answers", "rel": "related", "title": "answers"}],
    }


def answer_view(e: ExamCall, exam: Record, attempt: Record, answer: Record) -> dict[str, Any]:
    data = dict(answer.data)
    data.pop("attemptId", None)
    path = f"{e.base}/exams/{exam.id}/attempts/{attempt.id}/answers/{data['questionId']}"
    return {**data, "id": data["questionId"], "links": [{"href": path, "rel": "self"}]}


# Exam settings and instances -------------------------------------------------------------------


def list_exam_details(call: Call) -> Reply:
    e = ExamCall(call)
    exams = e.ctx.store.find("exams", {"courseId": e.course.id}, order_by="id")
    return call.reply(200, {"examDetails": [detail_view(e, exam) for exam in exams]})


def get_exam_detail(call: Call) -> Reply:
    e = ExamCall(call)
    return call.reply(200, {"examDetails": [detail_view(e, e.exam())]})


def list_exam_schedules(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    exams = ctx.store.find("exams", {"courseId": course.id}, order_by="id")
    schedules = [
        {
            "id": exam.id,
            "gradebookReviewDate": exam.data["gradebookReviewDate"],
            "links": [link(call.base_url, f"/courses/{course.id}/items/{exam.id}/schedule", "related", "schedule")],
        }
        for exam in exams
    ]
    return call.reply(200, {"examSchedules": schedules})


def list_exams(call: Call) -> Reply:
    e = ExamCall(call)
    views = []
    for exam in e.ctx.store.find("exams", {"courseId": e.course.id}, order_by="id"):
        if e.ctx.store.get("examInstances", f"{e.user.id}-{exam.id}") is not None:
            views.append(exam_view(e, exam))
    return call.reply(200, {"exams": views})


def provision_exam(call: Call) -> Reply:
    e = ExamCall(call, taker_only=True)
    exam = e.exam()
    examrules.require_open(e.schedule(exam), e.now, "provision it")
    key = f"{e.user.id}-{exam.id}"
    if e.ctx.store.get("examInstances", key) is not None:
        raise ApiProblem(400, "An exam instance already exists for this user and exam; reset it to start over")
    e.ctx.store.insert(
        "examInstances", {"id": key, "userId": e.user.id, "examId": exam.id, "provisioned": iso(e.now)}, id=key
    )
    return call.reply(201, {"exam": exam_view(e, exam)}, {"Location": f"{e.base}/exams/{exam.id}"})


def get_exam(call: Call) -> Reply:
    e = ExamCall(call)
    exam = e.exam()
    e.instance(exam)
    return call.reply(200, {"exams": [exam_view(e, exam)]})


def reset_exam(call: Call) -> Reply:
    e = ExamCall(call)
    instance = e.instance(e.exam())
    with e.ctx.store.transaction():
        for attempt in e.attempts(instance):
            _forget_attempt(e, attempt)
        e.ctx.store.delete("examInstances", instance.id)
    return call.reply(204)


def _forget_attempt(e: ExamCall, attempt: Record) -> None:
    for answer in e.ctx.store.find("answers", {"attemptId": attempt.id}):
        e.ctx.store.delete("answers", answer.id)
    e.ctx.store.delete("attempts", attempt.id)


# Attempts ---------------------------------------------------------------------------------------


def create_exam_attempt(call: Call) -> Reply:
    e = ExamCall(call)
    exam = e.exam()
    instance = e.instance(exam)
    examrules.require_open(e.schedule(exam), e.now, "start an attempt")
    examrules.require_password(exam.data, e.header("pearson-exam-password"))
    previous = e.attempts(instance)
    examrules.check_new_attempt([attempt.data for attempt in previous], exam.data, e.now)
    with e.ctx.store.transaction():
        # A retake replaces the previous attempt and its answers.
        for attempt in previous:
            _forget_attempt(e, attempt)
        attempt = e.ctx.store.insert(
            "attempts",
            {"instanceId": instance.id, "isCompleted": False, "token": secrets.token_hex(16), "startUtc": iso(e.now)},
        )
    location = f"{e.base}/exams/{exam.id}/attempts/{attempt.id}"
    return call.reply(201, {"attempt": attempt_view(e, exam, attempt)}, {"Location": location})


def list_exam_attempts(call: Call) -> Reply:
    e = ExamCall(call, taker_only=True)
    exam = e.exam()
    attempts = e.attempts(e.instance(exam))
    return call.reply(200, {"attempts": [attempt_view(e, exam, attempt) for attempt in attempts]})


def get_exam_attempt(call: Call) -> Reply:
    e = ExamCall(call)
    exam = e.exam()
    return call.reply(200, {"attempt": attempt_view(e, exam, e.attempt(e.instance(exam)))})


def update_exam_attempt(call: Call) -> Reply:
    e = ExamCall(call, taker_only=True)
    exam = e.exam()
    attempt = e.attempt(e.instance(exam))
    e.guard_writing(exam, attempt)
    e.ctx.store.update("attempts", attempt.id, {"isCompleted": True, "completedUtc": iso(e.now)})
    return call.reply(204)


def get_exam_attempt_summary(call: Call) -> Reply:
    e = ExamCall(call, taker_only=True)
    exam = e.exam()
    attempt = e.attempt(e.instance(exam))
    if not attempt.data["isCompleted"]:
        raise ApiProblem(403, "Forbidden: the attempt is not completed yet")
    answers = {int(a.data["questionId"]): a.data for a in e.ctx.store.find("answers", {"attemptId": attempt.id})}
    result = examrules.summary([question.data for question in e.questions(exam)], answers)
    result["links"] = [
        {"href": f"{e.base}/exams/{exam.id}/attempts/{attempt.id}", "rel": "related", "title": "attempt"}
    ]
    return call.reply(200, {"summary": result})


# Answers ----------------------------------------------------------------------------------------


def _answer_scope(call: Call) -> tuple[ExamCall, Record, Record]:
    e = ExamCall(call)
    exam = e.exam()
    return e, exam, e.attempt(e.instance(exam))


def _question_of(e: ExamCall, exam: Record, question_id: Any) -> dict[str, Any] | None:
    question = e.ctx.store.get("questions", question_id) if isinstance(question_id, int) else None
    if question is None:
        return None
    section = e.ctx.store.get("examSections", question.data["sectionId"])
    return question.data if section is not None and section.data["examId"] == exam.id else None


def _stored_answer(e: ExamCall, attempt: Record, question_id: Any) -> Record | None:
    return e.ctx.store.get("answers", f"{attempt.id}-{question_id}")


def list_exam_attempt_answers(call: Call) -> Reply:
    e, exam, attempt = _answer_scope(call)
    e.guard_reading(exam, attempt)
    answers = e.ctx.store.find("answers", {"attemptId": attempt.id}, order_by="questionId")
    return call.reply(200, {"answers": [answer_view(e, exam, attempt, answer) for answer in answers]})


def get_exam_attempt_answer(call: Call) -> Reply:
    e, exam, attempt = _answer_scope(call)
    e.guard_reading(exam, attempt)
    answer = _stored_answer(e, attempt, call.path["questionId"])
    if answer is None:
        raise not_found("no answer is saved for this question")
    return call.reply(200, {"answers": [answer_view(e, exam, attempt, answer)]})


def create_exam_attempt_answer(call: Call) -> Reply:
    e, exam, attempt = _answer_scope(call)
    e.guard_writing(exam, attempt)
    written = call.body["answer"]
    stored = examrules.check_answer(written, _question_of(e, exam, written.get("questionId")))
    if _stored_answer(e, attempt, stored["questionId"]) is not None:
        raise ApiProblem(400, "The question already has an answer; change it with PUT")
    key = f"{attempt.id}-{stored['questionId']}"
    answer = e.ctx.store.insert("answers", {"id": key, "attemptId": attempt.id, **stored}, id=key)
    location = f"{e.base}/exams/{exam.id}/attempts/{attempt.id}/answers/{stored['questionId']}"
    return call.reply(201, {"answer": answer_view(e, exam, attempt, answer)}, {"Location": location})


def update_exam_attempt_answer(call: Call) -> Reply:
    e, exam, attempt = _answer_scope(call)
    e.guard_writing(exam, attempt)
    question_id = call.path["questionId"]
    existing = _stored_answer(e, attempt, question_id)
    if existing is None:
        raise not_found("no answer is saved for this question; save it with POST")
    written = call.body["answer"]
    if written.get("questionId") != question_id:
        raise ApiProblem(400, "The answer's questionId must be the question in the path")
    stored = examrules.check_answer(written, _question_of(e, exam, question_id))
    e.ctx.store.replace("answers", existing.id, {"id": existing.id, "attemptId": attempt.id, **stored})
    return call.reply(204)


def delete_exam_attempt_answer(call: Call) -> Reply:
    e, exam, attempt = _answer_scope(call)
    e.guard_writing(exam, attempt)
    existing = _stored_answer(e, attempt, call.path["questionId"])
    if existing is None:
        raise not_found("no answer is saved for this question")
    e.ctx.store.delete("answers", existing.id)
    return call.reply(204)


# Sections and questions ----------------------------------------------------------------------------


def _section(e: ExamCall, exam: Record) -> Record:
    return e.ctx.get("examSections", e.call.path["sectionId"], "section", examId=exam.id)


def list_exam_sections(call: Call) -> Reply:
    e = ExamCall(call)
    exam = e.exam()
    e.instance(exam)
    sections = e.ctx.store.find("examSections", {"examId": exam.id}, order_by="orderNumber")
    path = f"{e.base}/exams/{exam.id}/sections"
    views = [
        {
            "id": s.id,
            "title": s.data["title"],
            "links": [{"href": f"{path}/{s.id}/questions", "rel": "related", "title": "questions"}],
        }
        for s in sections
    ]
    return call.reply(200, {"sections": views})


def list_exam_section_questions(call: Call) -> Reply:
    e = ExamCall(call)
    exam = e.exam()
    e.instance(exam)
    section = _section(e, exam)
    path = f"{e.base}/exams/{exam.id}/sections/{section.id}"
    views = [
        {
            "id": q.id,
            "type": q.data["type"],
            "pointsPossible": q.data["pointsPossible"],
            "links": [{"href": f"{path}/{examrules.QUESTION_ROUTES[q.data['type']]}/{q.id}", "rel": "related"}],
        }
        for q in e.ctx.store.find("questions", {"sectionId": section.id}, order_by="id")
    ]
    return call.reply(200, {"questions": views})


def _question(call: Call, kind: str) -> tuple[ExamCall, Record]:
    """A question of the given type in the section; with a user token only during an active attempt."""
    e = ExamCall(call)
    exam = e.exam()
    instance = e.instance(exam)
    section = _section(e, exam)
    question = e.ctx.get("questions", call.path["questionId"], f"{kind} question", sectionId=section.id, type=kind)
    if not e.ctx.system:
        current = [a for a in e.attempts(instance) if examrules.active(a.data, exam.data, e.now)]
        if not current:
            raise ApiProblem(403, "Forbidden: questions can be read only during an active attempt")
        examrules.require_password(exam.data, e.header("pearson-exam-password"))
        examrules.require_token(current[0].data, e.header("pearson-exam-token"))
    return e, question


def _question_handler(kind: str) -> Handler:
    def handler(call: Call) -> Reply:
        e, question = _question(call, kind)
        view = {
            "id": question.id,
            "text": question.data["text"],
            "links": [
                {
                    "href": f"{e.base}/exams/{call.path['examId']}/sections/{call.path['sectionId']}"
                    f"/{examrules.QUESTION_ROUTES[kind]}/{question.id}",
                    "rel": "self",
                }
            ],
        }
        return call.reply(200, {examrules.QUESTION_KEYS[kind]: view})

    return handler


def _parts_handler(kind: str, part: str) -> Handler:
    def handler(call: Call) -> Reply:
        _, question = _question(call, kind)
        return call.reply(200, {part: [{"id": p["id"], "text": p["text"]} for p in question.data.get(part, [])]})

    return handler


HANDLERS: dict[str, Handler] = {
    "listExamDetails": list_exam_details,
    "getExamDetail": get_exam_detail,
    "listExamSchedules": list_exam_schedules,
    "listExams": list_exams,
    "provisionExam": provision_exam,
    "getExam": get_exam,
    "resetExam": reset_exam,
    "createExamAttempt": create_exam_attempt,
    "listExamAttempts": list_exam_attempts,
    "getExamAttempt": get_exam_attempt,
    "updateExamAttempt": update_exam_attempt,
    "getExamAttemptSummary": get_exam_attempt_summary,
    "listExamAttemptAnswers": list_exam_attempt_answers,
    "createExamAttemptAnswer": create_exam_attempt_answer,
    "getExamAttemptAnswer": get_exam_attempt_answer,
    "updateExamAttemptAnswer": update_exam_attempt_answer,
    "deleteExamAttemptAnswer": delete_exam_attempt_answer,
    "listExamSections": list_exam_sections,
    "listExamSectionQuestions": list_exam_section_questions,
    "getTrueFalseQuestion": _question_handler("trueFalse"),
    "listTrueFalseQuestionChoices": _parts_handler("trueFalse", "choices"),
    "getMultipleChoiceQuestion": _question_handler("multipleChoice"),
    "listMultipleChoiceQuestionChoices": _parts_handler("multipleChoice", "choices"),
    "getManyMultipleChoiceQuestion": _question_handler("manyMultipleChoice"),
    "listManyMultipleChoiceQuestionChoices": _parts_handler("manyMultipleChoice", "choices"),
    "getMatchingQuestion": _question_handler("matching"),
    "listMatchingQuestionPremises": _parts_handler("matching", "premises"),
    "listMatchingQuestionChoices": _parts_handler("matching", "choices"),
    "getShortQuestion": _question_handler("short"),
    "getEssayQuestion": _question_handler("essay"),
    "getFillInTheBlankQuestion": _question_handler("fillInTheBlank"),
}
