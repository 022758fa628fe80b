"""JSON representations of campus records, in the shapes the samples and the spec record.

Links are absolute URLs on the host the request came to (reference 1.3: `href` values are
absolute and clients follow them).
"""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import Record
from apicontracts.mock.learningstudio.campus import ROLE_NAMES, ROLE_TYPES

REL = "https://api.learningstudio.com/rels"
ROSTERS = ("instructors", "teachingAssistants", "students")


def link(base: str, path: str, rel: str = "self", title: str | None = None, **embedded: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"href": f"{base}{path}", "rel": rel}
    if title is not None:
        found["title"] = title
    found.update(embedded)
    return found


def persona_id(user: Record) -> str:
    return f"{user.data['clientString']}_{user.data['userName']}"


def user_view(user: Record) -> dict[str, Any]:
    data = user.data
    return {
        "id": data["id"],
        "userName": data["userName"],
        "firstName": data["firstName"],
        "lastName": data["lastName"],
        "emailAddress": data["emailAddress"],
        "clientString": data["clientString"],
    }


def roster_user(base: str, user: Record, role: str) -> dict[str, Any]:
    data = user.data
    return {
        "id": data["id"],
        "firstName": data["firstName"],
        "lastName": data["lastName"],
        "emailAddress": data["emailAddress"],
        "userName": data["userName"],
        "roleType": ROLE_TYPES[role],
        "personaId": persona_id(user),
        "links": [link(base, f"/users/{data['id']}", "related")],
    }


def role_view(role: str) -> dict[str, Any]:
    return {"id": ROLE_TYPES[role], "type": ROLE_TYPES[role], "name": ROLE_NAMES[role]}


def course_view(base: str, course: Record, rosters: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """A course; `rosters` embeds the expanded roster lists inside their links."""
    data = course.data
    view: dict[str, Any] = {
        "id": data["id"],
        "displayCourseCode": data["displayCourseCode"],
        "title": data["title"],
        "callNumbers": list(data["callNumbers"]),
    }
    for name in ROSTERS:
        embedded = {name: rosters[name]} if rosters and name in rosters else {}
        view[name] = {"links": [link(base, f"/courses/{data['id']}/{name}", "self", name, **embedded)]}
    view["links"] = [link(base, f"/terms/{data['termId']}", f"{REL}/term")]
    return view


def term_view(base: str, term: Record) -> dict[str, Any]:
    data = term.data
    return {
        "id": data["id"],
        "name": data["name"],
        "startDateTime": data["startDateTime"],
        "endDateTime": data["endDateTime"],
        "links": [link(base, f"/terms/{data['id']}")],
    }


def author_view(base: str, user: Record | None) -> dict[str, Any]:
    if user is None:
        return {}
    data = user.data
    return {
        "id": data["id"],
        "firstName": data["firstName"],
        "lastName": data["lastName"],
        "emailAddress": data["emailAddress"],
        "links": [link(base, f"/users/{data['id']}", "related")],
    }


def contact_view(base: str, user: Record) -> dict[str, Any]:
    """A user embedded in a dropbox message (`email`, as in the eCollege template)."""
    data = user.data
    return {
        "id": data["id"],
        "firstName": data["firstName"],
        "lastName": data["lastName"],
        "email": data["emailAddress"],
        "links": [link(base, f"/users/{data['id']}")],
    }
