"""The activity feed and upcoming events across a user's courses (reference 5.12)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context
from apicontracts.mock.learningstudio.campus import ROLE_TYPES, STUDENT
from apicontracts.mock.learningstudio.dates import iso, query_date
from apicontracts.mock.learningstudio.handlers.content import schedule_view, visible
from apicontracts.mock.learningstudio.views import link

FEED_TYPES = ("thread-topic", "thread-post", "grade", "dropbox-submission")
REL = "https://api.learningstudio.com/rel"


def _actor(ctx: Context, base: str, user_id: int, course_id: int) -> dict[str, Any]:
    user = ctx.get("users", user_id, "user").data
    role = ctx.role_in(course_id, user_id) or STUDENT
    return {
        "role": ROLE_TYPES[role],
        "referenceId": user_id,
        "id": f"{base}/users/{user_id}",
        "title": f"{user['firstName']} {user['lastName']}",
        "objectType": "enrolled-user",
    }


def _entry(
    url: str, posted: str, verb: str, actor: dict[str, Any], obj: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    """One activity-stream item; its object is about the thing at `url`."""
    return {"id": url, "postedTime": posted, "verb": verb, "actor": actor, "object": {"id": url, **obj}, **extra}


def _posts(ctx: Context, base: str, course_id: int, role: str | None) -> list[dict[str, Any]]:
    found = []
    for thread in ctx.store.find("threads", {"courseId": course_id}):
        for topic in ctx.store.find("topics", {"threadId": thread.id}):
            if role == STUDENT and topic.data["isHiddenTopic"]:
                continue
            topic_url = f"{base}/courses/{course_id}/threadeddiscussions/{thread.id}/topics/{topic.id}"
            target = {
                "courseId": course_id,
                "referenceId": topic.id,
                "id": topic_url,
                "title": topic.data["title"],
                "summary": topic.data["description"],
                "objectType": "thread-topic",
            }
            for post in ctx.store.find("responses", {"topicId": topic.id}):
                found.append(
                    _entry(
                        f"{topic_url}/responses/{post.id}",
                        post.data["postedDate"],
                        "post",
                        _actor(ctx, base, post.data["authorId"], course_id),
                        {
                            "courseId": course_id,
                            "referenceId": post.id,
                            "title": post.data["title"],
                            "summary": post.data["description"],
                            "objectType": "thread-post",
                        },
                        target=target,
                    )
                )
    return found


def _grades(ctx: Context, base: str, course_id: int, user_id: int) -> list[dict[str, Any]]:
    found = []
    for item in ctx.store.find("gradebookItems", {"courseId": course_id}):
        for grade in ctx.store.find("grades", {"gradebookItemId": item.id, "userId": user_id}):
            points = grade.data["points"]
            found.append(
                _entry(
                    f"{base}/users/{user_id}/courses/{course_id}/gradebookItems/{item.id}/grade",
                    grade.data["updatedDate"],
                    "grade",
                    _actor(ctx, base, user_id, course_id),
                    {
                        "courseId": course_id,
                        "referenceId": str(grade.id),
                        "title": item.data["title"],
                        "objectType": "grade",
                        "letterGrade": grade.data["letterGrade"],
                        # A grade may have no points yet (comments alone): then there are none to show.
                        **({} if points is None else {"pointsAchieved": points}),
                    },
                )
            )
    return found


def _submissions(ctx: Context, base: str, course_id: int, user_id: int) -> list[dict[str, Any]]:
    found = []
    for basket in ctx.store.find("dropboxBaskets", {"courseId": course_id}):
        for message in ctx.store.find("dropboxMessages", {"basketId": basket.id, "studentId": user_id}):
            found.append(
                _entry(
                    f"{base}/courses/{course_id}/dropboxBaskets/{basket.id}/messages/{message.id}",
                    message.data["date"],
                    "submit",
                    _actor(ctx, base, message.data["authorId"], course_id),
                    {
                        "courseId": course_id,
                        "referenceId": message.id,
                        "title": basket.data["title"],
                        "summary": message.data["comments"],
                        "objectType": "dropbox-submission",
                    },
                )
            )
    return found


def _feed(call: Call, ctx: Context, user: Record) -> Reply:
    types = {part for part in str(call.query.get("types") or "").split(",") if part} or set(FEED_TYPES)
    since = query_date("since", call.query.get("since"))
    after = str(call.query.get("after") or "")
    wanted_course = call.query.get("courseid")
    if wanted_course is not None and not str(wanted_course).isdigit():
        raise ApiProblem(400, "courseid must be a course id")
    items: list[dict[str, Any]] = []
    for course_id in ctx.course_ids_of(user.id):
        if wanted_course is not None and int(wanted_course) != course_id:
            continue
        role = ctx.role_in(course_id, user.id)
        if types & {"thread-topic", "thread-post"}:
            items += _posts(ctx, call.base_url, course_id, role)
        if "grade" in types:
            items += _grades(ctx, call.base_url, course_id, user.id)
        if "dropbox-submission" in types:
            items += _submissions(ctx, call.base_url, course_id, user.id)
    items = [i for i in items if (not since or i["postedTime"][:10] >= since) and i["postedTime"] > after]
    items.sort(key=lambda item: item["postedTime"], reverse=True)
    return call.reply(200, {"activityStream": {"items": items}})


def get_my_whats_happening_feed(call: Call) -> Reply:
    ctx = Context(call)
    return _feed(call, ctx, ctx.me())


def get_user_whats_happening_feed(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return _feed(call, ctx, user)


def _events(call: Call, ctx: Context, user: Record) -> Reply:
    since = query_date("since", call.query.get("since")) or iso(call.now())[:10]
    until = query_date("until", call.query.get("until")) or "9999-12-31"
    expand = "schedule" in str(call.query.get("expand") or "").split(",")
    events = []
    for course_id in ctx.course_ids_of(user.id):
        role = ctx.role_in(course_id, user.id)
        course = ctx.get("courses", course_id, "course")
        for item in ctx.store.find("items", {"courseId": course_id}):
            due = item.data["dueDate"]
            if not due or not since <= due[:10] <= until or not visible(item, role):
                continue
            schedule = link(call.base_url, f"/courses/{course_id}/items/{item.id}/schedule", f"{REL}/schedule")
            if expand:
                schedule["schedule"] = schedule_view(call.base_url, item)
            events.append(
                {
                    "id": item.id,
                    "type": "DUE",
                    "title": item.data["title"],
                    "titleHeading": course.data["title"],
                    "category": item.data["contentType"],
                    "when": {"time": due},
                    "links": [link(call.base_url, f"/courses/{course_id}", f"{REL}/course"), schedule],
                }
            )
    events.sort(key=lambda event: event["when"]["time"])
    return call.reply(200, {"upcomingEvents": events})


def list_my_upcoming_events(call: Call) -> Reply:
    ctx = Context(call)
    return _events(call, ctx, ctx.me())


def list_user_upcoming_events(call: Call) -> Reply:
    ctx = Context(call)
    user = ctx.user()
    ctx.self_or_teacher(user)
    return _events(call, ctx, user)


HANDLERS: dict[str, Handler] = {
    "getMyWhatsHappeningFeed": get_my_whats_happening_feed,
    "getUserWhatsHappeningFeed": get_user_whats_happening_feed,
    "listMyUpcomingEvents": list_my_upcoming_events,
    "listUserUpcomingEvents": list_user_upcoming_events,
}
