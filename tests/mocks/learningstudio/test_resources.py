"""Ids and their overloads (404, 400), bodies (406, 400), creates (201 + Location) and persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from apicontracts.mock import MockConfig, create_app
from apicontracts.mock.engine.testing import InProcessMock

from .support import ACC, MARY, PROFESSOR, Campus, FakeClock

THREAD = f"/courses/{ACC}/threadeddiscussions/100126516567"


def test_course_by_call_number(campus: Campus) -> None:
    assert campus.get("/courses/ccn=ACCOUNTING1").json()["courses"][0]["id"] == ACC


def test_user_by_login_id_with_the_encoded_pipe(campus: Campus) -> None:
    assert campus.get("/users/loginid=sandbox%7Cmanderson").json()["users"][0]["id"] == MARY


@pytest.mark.parametrize(
    "path",
    [
        "/courses/999999",
        "/courses/ccn=NOSUCH",
        "/users/loginid=sandbox%7Cnobody",
        "/users/loginid=elsewhere%7Cmanderson",
        "/terms/1",
        f"/courses/{ACC}/announcements/1",
        "/no/such/route",
    ],
)
def test_unknown_ids_get_404(campus: Campus, path: str) -> None:
    assert campus.get(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        f"{THREAD}/topics/7205765",
        f"{THREAD}/topics/6452715/responses",
        f"/courses/{ACC}/announcements/16679287",
        f"/courses/{ACC}/dropboxBaskets/3610001/messages/1",
        f"/courses/{ACC}/gradebookItems/5b1f7c2d-8e3a-4f6b-9c0d-1e2f3a4b5c6d",
    ],
)
def test_a_child_not_under_its_parent_gets_404(campus: Campus, path: str) -> None:
    assert campus.get(path).status_code == 404


@pytest.mark.parametrize(
    "path", ["/courses/abc", "/courses/4855840.txt", "/users/loginid=manderson", f"{THREAD}/topics/x"]
)
def test_malformed_ids_and_suffixes_get_400(campus: Campus, path: str) -> None:
    assert campus.get(path).status_code == 400


def test_body_that_is_not_json_gets_406(campus: Campus) -> None:
    response = campus.call(
        "POST", f"{THREAD}/topics/7205763/responses", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 406


def test_body_in_an_undeclared_media_type_gets_406(campus: Campus) -> None:
    response = campus.call(
        "POST", f"{THREAD}/topics/7205763/responses", content=b"title=x", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 406


def test_body_without_its_envelope_gets_400(campus: Campus) -> None:
    assert campus.call("POST", f"{THREAD}/topics/7205763/responses", json={"title": "Hi"}).status_code == 400


def test_post_without_a_title_gets_400(campus: Campus) -> None:
    assert campus.call("POST", f"{THREAD}/topics/7205763/responses", json={"response": {}}).status_code == 400


def test_created_post_is_at_its_location(campus: Campus) -> None:
    created = campus.call(
        "POST", f"{THREAD}/topics/7205763/responses/128179404/responses", json={"response": {"title": "Hi Kai"}}
    )
    assert created.status_code == 201
    location = created.headers["Location"]
    assert campus.client.get(location, headers=campus.auth()).json()["responses"][0]["title"] == "Hi Kai"
    replies = campus.get(f"{THREAD}/topics/7205763/responses/128179404/responses").json()["responses"]
    assert [reply["title"] for reply in replies] == ["Hi Kai"]


def test_depth_limits_the_levels(campus: Campus) -> None:
    all_posts = campus.get(f"{THREAD}/topics/7205763/responses").json()["responses"]
    top = campus.get(f"{THREAD}/topics/7205763/responses?depth=1").json()["responses"]
    assert len(all_posts) == 4 and [p["id"] for p in top] == [128179401, 128179404]


def test_duplicate_custom_category_title_gets_400(campus: Campus) -> None:
    path = f"/courses/{ACC}/gradebook/customCategories"
    assert campus.call("POST", path, PROFESSOR, json={"customCategory": {"title": "participation"}}).status_code == 400


def test_grade_created_twice_gets_400(campus: Campus) -> None:
    path = f"/users/{MARY}/courses/{ACC}/gradebookItems/331f8398-1041-46a8-bd37-ac0aa4b463a5/grade"
    assert campus.call("POST", path, PROFESSOR, json={"grade": {"points": 1.0}}).status_code == 400


def test_grade_changes_persist(campus: Campus) -> None:
    path = f"/users/{MARY}/courses/{ACC}/gradebookItems/331f8398-1041-46a8-bd37-ac0aa4b463a5/grade"
    assert campus.call("PUT", path, PROFESSOR, json={"grade": {"points": 20.0, "letterGrade": "A+"}}).status_code == 204
    assert campus.get(path).json()["grade"]["letterGrade"] == "A+"
    assert campus.call("DELETE", path, PROFESSOR).status_code == 204
    assert campus.get(path).status_code == 404


def test_course_grade_to_date_sums_the_graded_items(campus: Campus) -> None:
    grade = campus.get(f"/me/courses/{ACC}/courseGradeToDate").json()["courseGradeToDate"]
    assert (grade["earned"], grade["possible"]) == (89.0, 100.0)
    assert grade["letterGrade"]["letterGrade"] == "B"


def test_announcement_read_status_is_per_user(campus: Campus) -> None:
    path = f"/me/courses/{ACC}/announcements/16680002/readstatus"
    assert campus.call("PUT", path, json={"announcementReadStatus": {"markedAsRead": True}}).status_code == 204
    mine = {a["id"]: a["readstatus"] for a in campus.get(f"/me/courses/{ACC}/announcements").json()["announcements"]}
    theirs = {
        a["id"]: a["readstatus"]
        for a in campus.get(f"/me/courses/{ACC}/announcements", "kjohnson").json()["announcements"]
    }
    assert mine[16680002] and not theirs[16680002]


def test_exclude_inactive_drops_announcements_outside_their_window(campus: Campus) -> None:
    every = campus.get(f"/courses/{ACC}/announcements").json()["announcements"]
    active = campus.get(f"/courses/{ACC}/announcements?excludeInactive=true").json()["announcements"]
    assert 16680003 in {a["id"] for a in every} and 16680003 not in {a["id"] for a in active}


def test_state_survives_a_restart_with_a_database_file(tmp_path: Path, clock: FakeClock) -> None:
    database = tmp_path / "learningstudio.sqlite"
    first = create_app("learningstudio", database=database, config=MockConfig(clock=clock))
    campus = Campus(InProcessMock(first), clock)
    created = campus.call("POST", f"{THREAD}/topics/7205763/responses", json={"response": {"title": "Still here"}})
    first.store.close()
    second = create_app("learningstudio", database=database, config=MockConfig(clock=clock))
    again = Campus(InProcessMock(second), clock)
    try:
        assert again.client.get(created.headers["Location"], headers=again.auth()).status_code == 200
        assert not second.response_failures
    finally:
        second.store.close()


# An id in a body that names nothing there is a 404, like an unknown id in the path -----------------

NO_STUDENT = 7513020  # Dr. Wells teaches the course: not a student of it


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (
            f"/courses/{ACC}/gradebookItems/009a7d9a-5662-40f2-9e85-96263ef20bb3/grades",
            {"grade": {"userId": NO_STUDENT, "points": 1.0}},
        ),
        (
            f"/courses/{ACC}/gradebook/customCategories/0a6e8c4d-2b1f-4e3a-9d7c-5f6e7d8c9b0a/customItems",
            {"customItem": {"unitId": 100126516567}},  # a discussion, not a unit
        ),
        (
            f"/courses/{ACC}/webliographyEntries",
            {"webliographyEntry": {"title": "x", "site": {"url": "https://x.org"}, "category": {"id": 1}}},
        ),
    ],
)
def test_a_body_naming_nothing_in_the_course_gets_404(campus: Campus, path: str, body: dict[str, object]) -> None:
    assert campus.call("POST", path, PROFESSOR, json=body).status_code == 404


def test_a_grade_with_comments_alone_is_a_grade(campus: Campus) -> None:
    path = f"/users/111234/courses/{ACC}/gradebookItems/1bb40079-3827-442e-bf46-c18bcd069c9b/grade"
    assert campus.call("POST", path, PROFESSOR, json={"grade": {"comments": "Seen."}}).status_code == 201
    assert campus.get(path, PROFESSOR).json()["grade"]["comments"] == "Seen."


def test_only_students_submit_to_a_dropbox(campus: Campus) -> None:
    path = f"/courses/{ACC}/dropboxBaskets/3610001/messages"
    body = {"messages": [{"comments": "Returned with notes."}]}
    assert campus.call("POST", path, PROFESSOR, json=body).status_code == 403


def test_a_grade_without_points_shows_none_in_the_feed(campus: Campus) -> None:
    path = f"/users/{MARY}/courses/{ACC}/gradebookItems/331f8398-1041-46a8-bd37-ac0aa4b463a5/grade"
    assert campus.call("DELETE", path, PROFESSOR).status_code == 204
    assert campus.call("POST", path, PROFESSOR, json={"grade": {"comments": "Seen."}}).status_code == 201
    feed = campus.get(f"/users/{MARY}/whatshappeningfeed?types=grade", PROFESSOR)
    assert feed.status_code == 200, feed.text
