"""Users, classmates, course roles and terms (reference 5.2, 5.3)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import TEACHING_ROLES, Context, forbidden, not_found
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.seed import CLIENT_STRING
from apicontracts.mock.learningstudio.views import link, persona_id, role_view, term_view, user_view


def get_me(call: Call) -> Reply:
    return call.reply(200, {"me": user_view(Context(call).me())})


def get_user(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return call.reply(200, {"users": [user_view(user)]})


def classmates(ctx: Context, user_id: int) -> dict[int, str]:
    """User id -> their role, for everyone who shares a course with the user."""
    found: dict[int, str] = {}
    for course_id in ctx.course_ids_of(user_id):
        for enrollment in ctx.store.find("enrollments", {"courseId": course_id}):
            other = int(enrollment.data["userId"])
            if other != user_id and found.get(other) not in TEACHING_ROLES:
                found[other] = str(enrollment.data["role"])
    return found


def classmate_view(base: str, user: Record) -> dict[str, Any]:
    data = user.data
    return {
        "id": data["id"],
        "firstName": data["firstName"],
        "lastName": data["lastName"],
        "personaId": persona_id(user),
        "links": [link(base, f"/users/{data['id']}", "related")],
    }


def _classmate_list(call: Call, ctx: Context, user_id: int) -> Reply:
    users = [ctx.get("users", other, "user") for other in sorted(classmates(ctx, user_id))]
    return call.reply(200, {"classmates": [classmate_view(call.base_url, user) for user in users]})


def list_my_classmates(call: Call) -> Reply:
    ctx = Context(call)
    return _classmate_list(call, ctx, ctx.me().id)


def list_user_classmates(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return _classmate_list(call, ctx, user.id)


def get_my_classmate(call: Call) -> Reply:
    ctx = Context(call)
    me = ctx.me()
    other = ctx.user()
    role = classmates(ctx, me.id).get(other.id)
    if role is None:
        raise not_found("the user is not a classmate of the caller")
    if ctx.role == STUDENT and role in TEACHING_ROLES:
        raise forbidden("a student cannot retrieve an instructor as a classmate")
    return call.reply(200, {"classmates": [classmate_view(call.base_url, other)]})


def get_my_course_role(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    role = ctx.caller_role_in(course)
    assert role is not None, "OAuth 2 only"
    return call.reply(200, {"role": role_view(role)})


def get_user_course_role(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    role = ctx.role_in(course.id, user.id)
    if role is None:
        raise not_found("the user is not enrolled in the course")
    return call.reply(200, {"role": role_view(role)})


def _terms(call: Call, ctx: Context, user_id: int) -> Reply:
    term_ids = sorted({ctx.get("courses", course, "course").data["termId"] for course in ctx.course_ids_of(user_id)})
    return call.reply(200, {"terms": [term_view(call.base_url, ctx.get("terms", term, "term")) for term in term_ids]})


def list_my_terms(call: Call) -> Reply:
    ctx = Context(call)
    return _terms(call, ctx, ctx.me().id)


def list_user_terms(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return _terms(call, ctx, user.id)


def get_term(call: Call) -> Reply:
    ctx = Context(call)
    term = ctx.get("terms", call.path["termId"], "term")
    if term.data["clientString"] != CLIENT_STRING:
        raise forbidden("the term belongs to another campus")
    return call.reply(200, {"terms": [term_view(call.base_url, term)]})


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "getUser": get_user,
    "listMyClassmates": list_my_classmates,
    "getMyClassmate": get_my_classmate,
    "listUserClassmates": list_user_classmates,
    "getMyCourseRole": get_my_course_role,
    "getUserCourseRole": get_user_course_role,
    "listMyTerms": list_my_terms,
    "listUserTerms": list_user_terms,
    "getTerm": get_term,
}
