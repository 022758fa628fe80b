"""Course announcements and each user's read status (reference 5.10)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context
from apicontracts.mock.learningstudio.dates import iso, query_date
from apicontracts.mock.learningstudio.views import link


def announcement_view(base: str, record: Record, read: bool | None = None) -> dict[str, Any]:
    data = record.data
    view: dict[str, Any] = {
        "id": data["id"],
        "subject": data["subject"],
        "text": data["text"],
        "submitter": data["submitter"],
        "startDisplayDate": data["startDisplayDate"],
        "endDisplayDate": data["endDisplayDate"],
        "links": [link(base, f"/courses/{data['courseId']}/announcements/{data['id']}")],
    }
    if read is not None:
        view["readstatus"] = read
    return view


def _announcements(call: Call, ctx: Context, course: Record) -> list[Record]:
    found = ctx.store.find("announcements", {"courseId": course.id})
    if call.query.get("excludeInactive"):
        now = iso(call.now())
        found = [a for a in found if a.data["startDisplayDate"] <= now <= a.data["endDisplayDate"]]
    since = query_date("since", call.query.get("since"))
    if since is not None:
        found = [a for a in found if a.data["startDisplayDate"][:10] >= since]
    return found


def list_course_announcements(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    found = _announcements(call, ctx, course)
    return call.reply(200, {"announcements": [announcement_view(call.base_url, a) for a in found]})


def get_course_announcement(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    found = ctx.get("announcements", call.path["announcementId"], "announcement", courseId=course.id)
    return call.reply(200, {"announcements": [announcement_view(call.base_url, found)]})


def _with_read_status(call: Call, ctx: Context, course: Record, user: Record) -> Reply:
    views = [
        announcement_view(call.base_url, a, ctx.store.get("announcementReads", f"{user.id}-{a.id}") is not None)
        for a in _announcements(call, ctx, course)
    ]
    return call.reply(200, {"announcements": views})


def list_my_course_announcements(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return _with_read_status(call, ctx, course, ctx.me())


def list_user_course_announcements(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    ctx.enrolled(course, user)
    return _with_read_status(call, ctx, course, user)


def update_my_course_announcement_read_status(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    found = ctx.get("announcements", call.path["announcementId"], "announcement", courseId=course.id)
    key = f"{ctx.caller_id}-{found.id}"
    if call.body["announcementReadStatus"]["markedAsRead"]:
        if ctx.store.get("announcementReads", key) is None:
            ctx.store.insert(
                "announcementReads", {"id": key, "userId": ctx.caller_id, "announcementId": found.id}, id=key
            )
    else:
        ctx.store.delete("announcementReads", key)
    return call.reply(204)


HANDLERS: dict[str, Handler] = {
    "listCourseAnnouncements": list_course_announcements,
    "getCourseAnnouncement": get_course_announcement,
    "listMyCourseAnnouncements": list_my_course_announcements,
    "listUserCourseAnnouncements": list_user_course_announcements,
    "updateMyCourseAnnouncementReadStatus": update_my_course_announcement_read_status,
}
