"""Multi-step flows several tests share: uploading a temp file, starting an exam attempt."""

from __future__ import annotations

from .support import MARY, STUDENT, Campus

EXAM = 100126516580  # Quiz 1: one question of every type, open, not retakable
PRACTICE_EXAM = 100126516587  # password "ledger", retakable, untimed
FINAL_EXAM = 100126516596  # scheduled to start in 2099
EXAMS = f"/users/{MARY}/courses/4855840/exams"


def upload(campus: Campus, who: str = STUDENT) -> str:
    """A temp file's `fileLocation`."""
    response = campus.call(
        "POST", "/tempfiles", who, files={"file": ("essay.docx", b"PK\x03\x04 essay", "application/octet-stream")}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["tempFiles"][0]["fileLocation"])


def begin_attempt(campus: Campus, exam: int = EXAM, password: str | None = None) -> tuple[int, str]:
    """Provision the exam for Mary and start an attempt: (attempt id, Pearson-Exam-Token)."""
    headers = {"Pearson-Exam-Password": password} if password else {}
    assert campus.call("POST", f"{EXAMS}/{exam}").status_code == 201
    response = campus.call("POST", f"{EXAMS}/{exam}/attempts", headers=headers)
    assert response.status_code == 201, response.text
    attempt = response.json()["attempt"]
    return int(attempt["id"]), str(attempt["pearsonExamToken"])
