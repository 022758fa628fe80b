"""Content items, their hierarchy and schedules, and the content bodies (reference 5.6).

Content is created only in the LearningStudio UI, so these routes read the seeded course
structure: units (ids starting 200) holding items (ids starting 100). Students do not see
items hidden from them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apicontracts.mock.engine import Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context, forbidden, not_found
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.handlers.grades import gradebook_item_view
from apicontracts.mock.learningstudio.media import HTML, OCTETS, ZIP
from apicontracts.mock.learningstudio.seed import TEXT_HTML
from apicontracts.mock.learningstudio.views import REL, link

# contentType -> (collection route, content file under it, original document media type)
CONTENT_ROUTES = {
    "textMultimedia": "textMultimedias",
    "msOfficeDocument": "msOfficeDocuments",
    "webContentUpload": "webContentUploads",
    "threadedDiscussion": "threadeddiscussions",
}
CONTENT_FILE = {
    "textMultimedia": "content.html",
    "msOfficeDocument": "content/document.html",
    "webContentUpload": "content/index.html",
}
ORIGINALS = {
    "msOfficeDocument": (OCTETS, b"PK\x03\x04 ACC 102 syllabus.docx"),
    "webContentUpload": (ZIP, b"PK\x03\x04 study-guide.zip"),
}


def items_of(ctx: Context, course: Record) -> list[Record]:
    return ctx.store.find("items", {"courseId": course.id}, order_by="orderNumber")


def visible(item: Record, role: str | None) -> bool:
    return role != STUDENT or not item.data["hiddenFromStudents"]


def item_view(base: str, item: Record, user_id: int | None = None) -> dict[str, Any]:
    data = item.data
    course, number = data["courseId"], data["id"]
    kind = data["contentType"]
    if kind in CONTENT_ROUTES:
        target = link(base, f"/courses/{course}/{CONTENT_ROUTES[kind]}/{number}")
    elif kind == "exam" and user_id is not None:
        target = link(base, f"/users/{user_id}/courses/{course}/exams/{number}", f"{REL}/user/course/exam")
    else:
        target = link(base, f"/courses/{course}/items/{number}")
    links = [target, link(base, f"/courses/{course}/items/{number}/schedule", "related", "schedule")]
    if data["parentId"] is not None:
        links.append(link(base, f"/courses/{course}/items/{data['parentId']}", "related", "parent"))
    return {"id": number, "title": data["title"], "header": kind, "links": links}


def schedule_view(base: str, item: Record) -> dict[str, Any]:
    data = item.data
    return {
        "accessSchedule": {
            "startDateTime": data["startDateTime"],
            "endDateTime": data["endDateTime"],
            "canAccessBeforeStartDateTime": data["startDateTime"] is None,
            "canAccessAfterEndDateTime": data["endDateTime"] is None,
        },
        "dueDate": data["dueDate"],
        "links": [link(base, f"/courses/{data['courseId']}/items/{data['id']}", "related", "item")],
    }


def course_item(ctx: Context, course: Record, role: str | None, key: str = "itemId", kind: str | None = None) -> Record:
    item = ctx.get("items", ctx.call.path[key], "content item", courseId=course.id)
    if kind is not None and item.data["contentType"] != kind:
        raise not_found(f"item {item.id} is not a {kind} item")
    if not visible(item, role):
        raise forbidden("the item is hidden from students")
    return item


def list_course_items(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    role = ctx.caller_role_in(course)
    items = items_of(ctx, course)
    if not all(visible(item, role) for item in items):
        raise forbidden("an item of the course is hidden from students; use /users/{userId}/courses/{courseId}/items")
    return call.reply(200, {"items": [item_view(call.base_url, item, ctx.caller_id) for item in items]})


def list_user_course_items(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    role = ctx.role_in(course.id, user.id)
    items = [item for item in items_of(ctx, course) if visible(item, role)]
    return call.reply(200, {"items": [item_view(call.base_url, item, user.id) for item in items]})


def get_course_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    item = course_item(ctx, course, ctx.caller_role_in(course))
    return call.reply(200, {"items": [item_view(call.base_url, item, ctx.caller_id)]})


def get_course_item_gradebook_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    item = course_item(ctx, course, ctx.caller_role_in(course))
    found = ctx.store.find("gradebookItems", {"itemId": item.id}, limit=1)
    if not found:
        raise not_found("the item has no gradebook item")
    return call.reply(200, {"gradebookItem": gradebook_item_view(call.base_url, found[0])})


def get_course_item_schedule(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    item = course_item(ctx, course, None)
    return call.reply(200, {"schedule": schedule_view(call.base_url, item)})


def get_my_course_item_schedule(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    item = course_item(ctx, course, ctx.caller_role_in(course))
    return call.reply(200, {"schedule": schedule_view(call.base_url, item)})


def get_user_course_item_schedule(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    item = course_item(ctx, course, ctx.role_in(course.id, user.id))
    return call.reply(200, {"schedule": schedule_view(call.base_url, item)})


def list_course_item_schedules(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    return call.reply(200, {"itemSchedules": [schedule_view(call.base_url, item) for item in items_of(ctx, course)]})


def _hierarchy(call: Call, ctx: Context, course: Record, role: str | None) -> Reply:
    expand = {part.strip() for part in str(call.query.get("expand") or "").split(",")}
    items = [item for item in items_of(ctx, course) if visible(item, role)]
    children: dict[int | None, list[Record]] = {}
    for item in items:
        children.setdefault(item.data["parentId"], []).append(item)

    def node(item: Record) -> dict[str, Any]:
        embedded: dict[str, Any] = {}
        if "item" in expand:
            embedded["item"] = item_view(call.base_url, item)
            if "item.schedule" in expand:
                embedded["item"]["schedule"] = schedule_view(call.base_url, item)
        href = link(call.base_url, f"/courses/{course.id}/items/{item.id}", "self", "item", **embedded)
        return {"links": [href], "childItemNodes": [node(child) for child in children.get(item.id, [])]}

    return call.reply(200, {"itemHierarchy": {"childItemNodes": [node(item) for item in children.get(None, [])]}})


def get_course_item_hierarchy(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    return _hierarchy(call, ctx, course, ctx.caller_role_in(course))


def get_user_course_item_hierarchy(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    return _hierarchy(call, ctx, course, ctx.role_in(course.id, user.id))


def _content_view(base: str, item: Record) -> dict[str, Any]:
    data = item.data
    route = CONTENT_ROUTES[data["contentType"]]
    path = f"/courses/{data['courseId']}/{route}/{data['id']}"
    view = {"id": data["id"], "title": data["title"], "contentUrl": f"{base}{path}/{CONTENT_FILE[data['contentType']]}"}
    return {
        **view,
        "links": [link(base, path), link(base, f"/courses/{data['courseId']}/items/{data['id']}", "related")],
    }


def _content_list(kind: str) -> Handler:
    key = CONTENT_ROUTES[kind]

    def handler(call: Call) -> Reply:
        ctx = Context(call)
        course = ctx.course()
        role = ctx.caller_role_in(course)
        items = [item for item in items_of(ctx, course) if item.data["contentType"] == kind and visible(item, role)]
        return call.reply(200, {key: [_content_view(call.base_url, item) for item in items]})

    return handler


def _content_get(kind: str, param: str) -> Handler:
    key = CONTENT_ROUTES[kind]

    def handler(call: Call) -> Reply:
        ctx = Context(call)
        course = ctx.course()
        item = course_item(ctx, course, ctx.caller_role_in(course), param, kind)
        return call.reply(200, {key: [_content_view(call.base_url, item)]})

    return handler


def _content_body(kind: str, param: str, expected: Callable[[str], bool]) -> Handler:
    def handler(call: Call) -> Reply:
        ctx = Context(call)
        course = ctx.course()
        item = course_item(ctx, course, ctx.caller_role_in(course), param, kind)
        if not expected(str(call.path["contentPath"])):
            raise not_found(f"the item has no content file {call.path['contentPath']}")
        html = TEXT_HTML.get(item.id, f"<html><body><h1>{item.data['title']}</h1></body></html>")
        return Reply(200, html, media_type=HTML)

    return handler


def _original(kind: str, param: str) -> Handler:
    def handler(call: Call) -> Reply:
        ctx = Context(call)
        course = ctx.course()
        course_item(ctx, course, ctx.caller_role_in(course), param, kind)
        media, data = ORIGINALS[kind]
        return Reply(200, data, media_type=media)

    return handler


def _is(name: str) -> Callable[[str], bool]:
    return lambda path: path == name


HANDLERS: dict[str, Handler] = {
    "listCourseItems": list_course_items,
    "listUserCourseItems": list_user_course_items,
    "getCourseItem": get_course_item,
    "getCourseItemGradebookItem": get_course_item_gradebook_item,
    "getCourseItemSchedule": get_course_item_schedule,
    "getMyCourseItemSchedule": get_my_course_item_schedule,
    "getUserCourseItemSchedule": get_user_course_item_schedule,
    "listCourseItemSchedules": list_course_item_schedules,
    "getCourseItemHierarchy": get_course_item_hierarchy,
    "getUserCourseItemHierarchy": get_user_course_item_hierarchy,
    "listCourseTextMultimedias": _content_list("textMultimedia"),
    "getCourseTextMultimedia": _content_get("textMultimedia", "textMultimediaId"),
    "getCourseTextMultimediaContent": _content_body("textMultimedia", "textMultimediaId", _is("content.html")),
    "listCourseMsOfficeDocuments": _content_list("msOfficeDocument"),
    "getCourseMsOfficeDocument": _content_get("msOfficeDocument", "msOfficeDocumentId"),
    "getCourseMsOfficeDocumentContent": _content_body("msOfficeDocument", "msOfficeDocumentId", _is("document.html")),
    "getCourseMsOfficeDocumentOriginalDocument": _original("msOfficeDocument", "msOfficeDocumentId"),
    "listCourseWebContentUploads": _content_list("webContentUpload"),
    "getCourseWebContentUpload": _content_get("webContentUpload", "webContentUploadId"),
    "getCourseWebContentUploadContent": _content_body("webContentUpload", "webContentUploadId", _is("index.html")),
    "getCourseWebContentUploadOriginalDocument": _original("webContentUpload", "webContentUploadId"),
}
