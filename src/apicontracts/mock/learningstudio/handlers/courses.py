"""Courses, their rosters and enrollments (reference 5.4, 5.5). Read-only: courses come from SIS."""

from __future__ import annotations

import datetime as dt
from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context, forbidden
from apicontracts.mock.learningstudio.campus import ADMINISTRATOR, PROFESSOR, STUDENT, TEACHING_ASSISTANT
from apicontracts.mock.learningstudio.views import course_view, link, role_view, roster_user, user_view

ROSTER_ROLES = {"instructors": PROFESSOR, "teachingAssistants": TEACHING_ASSISTANT, "students": STUDENT}
# `expand` names (the doc's `teachingAssistances` spelling and the JSON key) -> roster key.
EXPANDS = {
    "instructors": "instructors",
    "teachingAssistances": "teachingAssistants",
    "teachingAssistants": "teachingAssistants",
    "students": "students",
}


def roster(ctx: Context, course: Record, role: str | None = None) -> list[tuple[Record, str]]:
    """(user, role) of everyone enrolled in the course, optionally of one role."""
    found = []
    for enrollment in ctx.store.find("enrollments", {"courseId": course.id}):
        if role is None or enrollment.data["role"] == role:
            found.append((ctx.get("users", enrollment.data["userId"], "user"), str(enrollment.data["role"])))
    return found


def get_course(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    role = ctx.caller_role_in(course)
    wanted = {part.strip() for part in str(call.query.get("expand") or "").split(",") if part.strip()}
    if "students" in wanted and role == STUDENT:
        raise forbidden("a student token cannot expand the students of a course")
    rosters = {
        key: [
            roster_user(call.base_url, user, member_role)
            for user, member_role in roster(ctx, course, ROSTER_ROLES[key])
        ]
        for name, key in EXPANDS.items()
        if name in wanted
    }
    return call.reply(200, {"courses": [course_view(call.base_url, course, rosters)]})


def _dates(text: str | None) -> tuple[str, str] | None:
    """`MM/dd/yyyy,MM/dd/yyyy` -> ISO dates; 400 when a date does not exist."""
    if not text:
        return None
    try:
        low, high = (dt.datetime.strptime(part, "%m/%d/%Y").date().isoformat() for part in text.split(","))
    except ValueError as exc:
        raise ApiProblem(400, f"{text} is not two MM/dd/yyyy dates separated by a comma") from exc
    return low, high


def _user_courses(call: Call, ctx: Context, user_id: int) -> Reply:
    starts, ends = _dates(call.query.get("startDatesBetween")), _dates(call.query.get("endDatesBetween"))
    expand = "course" in str(call.query.get("expand") or "").split(",")
    entries: list[dict[str, Any]] = []
    for course_id in sorted(ctx.course_ids_of(user_id)):
        course = ctx.get("courses", course_id, "course")
        term = ctx.get("terms", course.data["termId"], "term").data
        if starts and not starts[0] <= term["startDateTime"][:10] <= starts[1]:
            continue
        if ends and not ends[0] <= term["endDateTime"][:10] <= ends[1]:
            continue
        embedded = {"course": course_view(call.base_url, course)} if expand else {}
        entries.append({"links": [link(call.base_url, f"/courses/{course_id}", "self", "course", **embedded)]})
    return call.reply(200, {"courses": entries})


def list_my_courses(call: Call) -> Reply:
    ctx = Context(call)
    return _user_courses(call, ctx, ctx.me().id)


def list_user_courses(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return _user_courses(call, ctx, user.id)


def list_term_courses(call: Call) -> Reply:
    ctx = Context(call)
    term = ctx.get("terms", call.path["termId"], "term")
    courses = ctx.store.find("courses", {"termId": term.id})
    return call.reply(200, {"courses": [course_view(call.base_url, course) for course in courses]})


def get_my_course_time_zone(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return call.reply(200, {"timeZone": {"zoneName": course.data["zoneName"]}})


def _roster_list(key: str) -> Handler:
    def handler(call: Call) -> Reply:
        ctx = Context(call)
        course = ctx.course()
        ctx.caller_role_in(course)
        members = roster(ctx, course, ROSTER_ROLES[key])
        return call.reply(200, {key: [roster_user(call.base_url, user, role) for user, role in members]})

    return handler


def list_course_roster(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return call.reply(200, {"roster": [roster_user(call.base_url, user, role) for user, role in roster(ctx, course)]})


def get_course_roster_member(call: Call) -> Reply:
    ctx = Context(call)
    course, user = ctx.course(), ctx.user()
    ctx.caller_role_in(course)
    role = ctx.role_in(course.id, user.id)
    if role is None or (role == ADMINISTRATOR and ctx.store.get("enrollments", f"{course.id}-{user.id}") is None):
        raise ApiProblem(404, "Not found: the user is not enrolled in the course")
    return call.reply(200, {"rosterMember": roster_user(call.base_url, user, role)})


def list_course_enrolled_users(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    entries = []
    for enrollment in ctx.store.find("enrollments", {"courseId": course.id}):
        user = ctx.get("users", enrollment.data["userId"], "user")
        entries.append(
            {
                "id": enrollment.data["enrollmentId"],
                "enrollmentDate": enrollment.data["enrollmentDate"],
                "user": user_view(user),
                "role": role_view(str(enrollment.data["role"])),
                "links": [link(call.base_url, f"/courses/{course.id}/roster/{user.id}")],
            }
        )
    return call.reply(200, {"enrolledUsers": entries})


HANDLERS: dict[str, Handler] = {
    "getCourse": get_course,
    "listMyCourses": list_my_courses,
    "listUserCourses": list_user_courses,
    "listTermCourses": list_term_courses,
    "getMyCourseTimeZone": get_my_course_time_zone,
    "listCourseInstructors": _roster_list("instructors"),
    "listCourseTeachingAssistants": _roster_list("teachingAssistants"),
    "listCourseStudents": _roster_list("students"),
    "listCourseRoster": list_course_roster,
    "getCourseRosterMember": get_course_roster_member,
    "listCourseEnrolledUsers": list_course_enrolled_users,
}
