"""Per-route role rules: `x-roles`, a student's own data only, course enrollment, topic visibility."""

from __future__ import annotations

import pytest

from .support import (
    ACC,
    ADMINISTRATOR,
    KAI,
    MARY,
    OTHER_STUDENT,
    OUTSIDER,
    PROFESSOR,
    STUDENT,
    TEACHING_ASSISTANT,
    Campus,
)

ITEM = "331f8398-1041-46a8-bd37-ac0aa4b463a5"
THREAD = f"/courses/{ACC}/threadeddiscussions/100126516567"
POST_FIRST_TOPIC = f"{THREAD}/topics/7205766"
HIDDEN_TOPIC = f"{THREAD}/topics/7205764"


def test_student_reading_another_students_grade_gets_403(campus: Campus) -> None:
    assert campus.get(f"/users/{KAI}/courses/{ACC}/gradebookItems/{ITEM}/grade").status_code == 403


def test_student_reads_their_own_grade(campus: Campus) -> None:
    response = campus.get(f"/users/{MARY}/courses/{ACC}/gradebookItems/{ITEM}/grade")
    assert response.status_code == 200
    assert response.json()["grade"]["points"] == 19.0


def test_professor_reads_a_students_grade(campus: Campus) -> None:
    assert campus.get(f"/users/{KAI}/courses/{ACC}/gradebookItems/{ITEM}/grade", PROFESSOR).status_code == 200


def test_student_reading_another_user_record_gets_403(campus: Campus) -> None:
    assert campus.get(f"/users/{KAI}").status_code == 403


def test_professor_reading_a_user_outside_their_courses_gets_403(campus: Campus) -> None:
    assert campus.get("/users/7520391", PROFESSOR).status_code == 403


def test_administrator_reads_any_user(campus: Campus) -> None:
    assert campus.get("/users/7520391", ADMINISTRATOR).status_code == 200


def test_student_expanding_students_gets_403(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}?expand=students").status_code == 403


def test_teacher_expanding_rosters_gets_them_embedded(campus: Campus) -> None:
    course = campus.get(f"/courses/{ACC}?expand=instructors,students", TEACHING_ASSISTANT).json()["courses"][0]
    assert [user["id"] for user in course["instructors"]["links"][0]["instructors"]] == [7513020]
    assert {user["id"] for user in course["students"]["links"][0]["students"]} == {MARY, KAI, 111234}


def test_student_expanding_instructors_is_allowed(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}?expand=instructors").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        f"/courses/{ACC}/gradebookItems/{ITEM}/grades",
        f"/courses/{ACC}/gradebook/gradebookItems/{ITEM}/grades",
        f"/courses/{ACC}/gradebook/rostercoursegradestodate",
        f"/courses/{ACC}/students",
        f"/courses/{ACC}/items",
        f"/courses/{ACC}/examSchedules",
    ],
)
def test_student_token_cannot_use_teacher_routes(campus: Campus, path: str) -> None:
    assert campus.get(path).status_code == 403
    assert campus.get(path, PROFESSOR).status_code == 200


def test_oauth1_can_use_teacher_grade_routes(campus: Campus) -> None:
    assert campus.system("GET", f"/courses/{ACC}/gradebookItems/{ITEM}/grades").status_code == 200


def test_student_cannot_delete_thread_posts_not_even_their_own(campus: Campus) -> None:
    assert campus.call("DELETE", f"{THREAD}/topics/7205763/responses/128179401").status_code == 403


def test_professor_deletes_a_post_with_its_replies(campus: Campus) -> None:
    assert campus.call("DELETE", f"{THREAD}/topics/7205763/responses/128179401", PROFESSOR).status_code == 204
    for post in (128179401, 128179402, 128179403):
        assert campus.get(f"{THREAD}/topics/7205763/responses/{post}").status_code == 404
    assert campus.get(f"{THREAD}/topics/7205763/responses/128179404").status_code == 200


def test_student_cannot_edit_posts(campus: Campus) -> None:
    body = {"response": {"title": "Edited"}}
    assert campus.call("PUT", f"{THREAD}/topics/7205763/responses/128179401", json=body).status_code == 403


def test_hidden_topic_gets_403_for_students_only(campus: Campus) -> None:
    assert campus.get(HIDDEN_TOPIC).status_code == 403
    assert campus.get(f"{HIDDEN_TOPIC}/responses").status_code == 403
    assert campus.get(HIDDEN_TOPIC, PROFESSOR).status_code == 200
    topics = campus.get(f"{THREAD}/topics").json()["topics"]
    assert 7205764 not in {topic["id"] for topic in topics}


def test_post_first_topic_hides_posts_until_the_student_posts(campus: Campus) -> None:
    comps = f"/courses/{ACC}/threadedDiscussions/100126516567/topics/7205766/responseAndAuthorComps"
    assert campus.get(f"{POST_FIRST_TOPIC}/responses").status_code == 403
    assert campus.get(comps).status_code == 403
    posted = campus.call("POST", f"{POST_FIRST_TOPIC}/responses", json={"response": {"title": "Enron"}})
    assert posted.status_code == 201
    assert campus.get(f"{POST_FIRST_TOPIC}/responses").status_code == 200
    assert campus.get(comps).status_code == 200


def test_post_first_rule_does_not_apply_to_teachers(campus: Campus) -> None:
    assert campus.get(f"{POST_FIRST_TOPIC}/responses", PROFESSOR).status_code == 200


def test_user_not_enrolled_in_the_course_gets_403(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}", OUTSIDER).status_code == 403
    assert campus.get(f"/courses/{ACC}/announcements", OUTSIDER).status_code == 403


def test_administrator_sees_every_course(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}/announcements", ADMINISTRATOR).status_code == 200


def test_student_sees_only_items_not_hidden_from_them(campus: Campus) -> None:
    items = campus.get(f"/users/{MARY}/courses/{ACC}/items").json()["items"]
    assert 100126516553 not in {item["id"] for item in items}
    assert campus.get(f"/courses/{ACC}/items/100126516553").status_code == 403
    assert campus.get(f"/courses/{ACC}/items/100126516553", PROFESSOR).status_code == 200


def test_term_courses_are_for_administrators(campus: Campus) -> None:
    assert campus.get("/terms/59571/courses", PROFESSOR).status_code == 403
    courses = campus.get("/terms/59571/courses", ADMINISTRATOR).json()["courses"]
    assert {course["id"] for course in courses} == {4855840, 4855843, 4855844}


def test_student_cannot_read_another_students_dropbox_message(campus: Campus) -> None:
    path = f"/courses/{ACC}/dropboxBaskets/3610001/messages"
    assert campus.get(f"{path}/47384901").status_code == 403
    assert {m["id"] for m in campus.get(path).json()["messages"]} == {47384156, 47384157, 47384884}
    assert campus.get(f"{path}?submissionStudents={KAI}").status_code == 403


def test_student_cannot_read_a_document_shared_with_the_instructor_only(campus: Campus) -> None:
    path = f"/courses/{ACC}/docSharingCategories/{ACC}/docSharingDocuments/88120002/content"
    assert campus.get(path).status_code == 403
    assert campus.get(path, OTHER_STUDENT).status_code == 200
    assert campus.get(path, PROFESSOR).status_code == 200


def test_student_cannot_retrieve_an_instructor_as_a_classmate(campus: Campus) -> None:
    assert campus.get("/me/classmates/7513020").status_code == 403
    assert campus.get(f"/me/classmates/{KAI}").status_code == 200


def test_student_changes_only_their_own_persona(campus: Campus) -> None:
    assert campus.call("PUT", "/social/v1/people/sandbox_kjohnson", json={"nickname": "K"}).status_code == 403
    assert campus.call("PUT", "/social/v1/people/sandbox_manderson", json={"nickname": "M"}).status_code == 204
    assert campus.get("/social/v1/people/sandbox_manderson", STUDENT).json()["nickname"] == "M"
