"""What one call may see: the resources its path names (404) and the caller's right to them (403).

Identifier overloads (reference 1.4): a course is `123` or `ccn={callNumber}`, a user `123` or
`loginid={clientString}|{username}`. OAuth 1 callers are the campus system and see everything;
administrators see every course of the campus; everyone else sees the courses they are enrolled
in, with the role of their enrollment.
"""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Record, Store
from apicontracts.mock.learningstudio.auth import OAUTH1, protocol_of
from apicontracts.mock.learningstudio.campus import ADMINISTRATOR, PROFESSOR, STUDENT, TEACHING_ASSISTANT

TEACHING_ROLES = frozenset({PROFESSOR, TEACHING_ASSISTANT, ADMINISTRATOR})


def forbidden(message: str) -> ApiProblem:
    return ApiProblem(403, f"Forbidden: {message}")


def not_found(message: str) -> ApiProblem:
    return ApiProblem(404, f"Not found: {message}")


def enrollment_id(course_id: int, user_id: int) -> str:
    return f"{course_id}-{user_id}"


class Context:
    """The caller of one call and the campus records its path names."""

    def __init__(self, call: Call) -> None:
        self.call = call
        self.store: Store = call.store
        self.system = protocol_of(call.principal) == OAUTH1
        self.caller_id: int | None = None if self.system or call.principal is None else call.principal.subject
        self.role: str | None = None if call.principal is None else call.principal.role

    # Lookups (404) ---------------------------------------------------------------------------

    def get(self, kind: str, id: Any, what: str, **parents: Any) -> Record:
        """A record that exists and belongs to the given parents; 404 otherwise."""
        record = self.store.get(kind, id)
        if record is None or any(record.data.get(field) != value for field, value in parents.items()):
            raise not_found(f"no {what} with id {id}" + (" here" if parents else ""))
        return record

    def course(self, key: str = "courseId") -> Record:
        value = str(self.call.path[key])
        if value.startswith("ccn="):
            number = self.store.get("callNumbers", value[4:])
            if number is None:
                raise not_found(f"no course with call number {value[4:]}")
            value = str(number.data["courseId"])
        return self.get("courses", int(value), "course")

    def user(self, key: str = "userId") -> Record:
        value = str(self.call.path[key])
        if value.startswith("loginid="):
            client_string, _, username = value[len("loginid=") :].partition("|")
            found = self.store.find("users", {"userName": username, "clientString": client_string}, limit=1)
            if not found:
                raise not_found(f"no user with login id {value[len('loginid=') :]}")
            return found[0]
        return self.get("users", int(value), "user")

    def me(self) -> Record:
        if self.caller_id is None:
            raise forbidden("this API needs an OAuth 2 user token")
        return self.get("users", self.caller_id, "user")

    # Rights (403) ----------------------------------------------------------------------------

    def role_in(self, course_id: int, user_id: int | None) -> str | None:
        """The user's role in the course, or None when not enrolled (administrators are everywhere)."""
        if user_id is None:
            return None
        enrollment = self.store.get("enrollments", enrollment_id(course_id, user_id))
        if enrollment is not None:
            return str(enrollment.data["role"])
        user = self.store.get("users", user_id)
        return ADMINISTRATOR if user is not None and user.data["role"] == ADMINISTRATOR else None

    def caller_role_in(self, course: Record) -> str | None:
        """The caller's role in the course (None for OAuth 1); 403 when not enrolled."""
        if self.system:
            return None
        role = self.role_in(course.id, self.caller_id)
        if role is None:
            raise forbidden("the caller is not enrolled in the course")
        return role

    def teacher_of(self, course: Record) -> None:
        """OAuth 1, or a professor, teaching assistant or administrator of the course."""
        role = self.caller_role_in(course)
        if role is not None and role not in TEACHING_ROLES:
            raise forbidden("students cannot use this API")

    def enrolled(self, course: Record, user: Record) -> None:
        """404 when the user is not in the course (the path names no such enrollment)."""
        if self.role_in(course.id, user.id) is None:
            raise not_found("the user is not enrolled in the course")

    def self_or_teacher(self, user: Record, course: Record | None = None) -> None:
        """A student may act only for themself; teachers for the users of their courses."""
        if self.system or self.caller_id == user.id:
            if course is not None and not self.system:
                self.caller_role_in(course)
            return
        if course is not None:
            role = self.caller_role_in(course)
            if role == STUDENT:
                raise forbidden("a student may only access their own data")
            return
        if self.role == STUDENT:
            raise forbidden("a student may only access their own data")
        if self.role != ADMINISTRATOR and not self.shares_course(user.id):
            raise forbidden("the user is not in any of the caller's courses")

    def student_self(self, user: Record) -> None:
        """Operations only the student themself may call with OAuth 2 (exam taking)."""
        if not self.system and self.caller_id != user.id:
            raise forbidden("only the student the exam belongs to may do this")

    def shares_course(self, user_id: int) -> bool:
        if self.caller_id is None:
            return False
        mine = {record.data["courseId"] for record in self.store.find("enrollments", {"userId": self.caller_id})}
        theirs = {record.data["courseId"] for record in self.store.find("enrollments", {"userId": user_id})}
        return bool(mine & theirs)

    def course_ids_of(self, user_id: int) -> list[int]:
        return [int(record.data["courseId"]) for record in self.store.find("enrollments", {"userId": user_id})]
