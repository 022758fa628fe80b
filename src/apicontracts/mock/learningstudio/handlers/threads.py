"""Threaded discussions: topics, posts (responses) at any depth, and each user's read status (reference 5.7).

Topics are created only in the UI. Students never see hidden topics, and in a post-first topic
they see nobody's posts until they have posted themselves; they cannot edit or delete posts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context, forbidden
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.dates import iso
from apicontracts.mock.learningstudio.views import author_view, link

DAY = 24 * 3600


class Discussion:
    """The course, thread and topic one call names, checked for the caller (or for `for_user`)."""

    def __init__(self, call: Call, *, for_user: bool = False) -> None:
        self.ctx = ctx = Context(call)
        self.call = call
        self.user: Record | None = None
        self.course = ctx.course()
        if for_user:
            self.user = ctx.user()
            ctx.self_or_teacher(self.user, self.course)
            ctx.enrolled(self.course, self.user)
            self.role = ctx.role_in(self.course.id, self.user.id)
        else:
            self.role = ctx.caller_role_in(self.course)
        self.thread = ctx.get("threads", call.path["threadId"], "threaded discussion", courseId=self.course.id)
        item = ctx.store.get("items", self.thread.id)
        if self.role == STUDENT and item is not None and item.data["hiddenFromStudents"]:
            raise forbidden("the threaded discussion is hidden from students")
        self._topic: Record | None = None
        self._posts: list[Record] | None = None

    @property
    def viewer(self) -> int | None:
        return self.user.id if self.user is not None else self.ctx.caller_id

    @property
    def base(self) -> str:
        return f"{self.call.base_url}/courses/{self.course.id}/threadeddiscussions/{self.thread.id}"

    def topic(self) -> Record:
        if self._topic is None:
            topic = self.ctx.get("topics", self.call.path["topicId"], "topic", threadId=self.thread.id)
            if self.role == STUDENT and topic.data["isHiddenTopic"]:
                raise forbidden("the topic is hidden from students")
            self._topic = topic
        return self._topic

    def posts(self) -> list[Record]:
        """Every post of the topic, oldest first; 403 for a student who must post first."""
        if self._posts is None:
            topic = self.topic()
            posts = self.ctx.store.find("responses", {"topicId": topic.id}, order_by="postedDate")
            posted = any(post.data["authorId"] == self.viewer for post in posts)
            if self.role == STUDENT and topic.data["isPostFirstEnabled"] and not posted:
                raise forbidden("post in this topic before reading the other posts")
            self._posts = posts
        return self._posts

    def post(self, key: str = "responseId") -> Record:
        wanted = self.call.path[key]
        self.posts()
        return self.ctx.get("responses", wanted, "response", topicId=self.topic().id)

    def below(self, parent: int | None) -> list[tuple[Record, int]]:
        """(post, level) of the posts under `parent` (None: the topic), limited by `depth`."""
        depth = self.call.query.get("depth")
        children: dict[int | None, list[Record]] = {}
        for post in self.posts():
            children.setdefault(post.data["parentId"], []).append(post)
        found: list[tuple[Record, int]] = []

        def walk(node: int | None, level: int) -> None:
            for child in children.get(node, []):
                if depth is None or level <= depth:
                    found.append((child, level))
                    walk(child.id, level + 1)

        walk(parent, 1)
        return found

    def post_view(self, post: Record) -> dict[str, Any]:
        data = post.data
        return {
            "id": post.id,
            "title": data["title"],
            "description": data["description"],
            "author": author_view(self.call.base_url, self.ctx.store.get("users", data["authorId"])),
            "postedDate": data["postedDate"],
            "links": [{"href": f"{self.base}/topics/{data['topicId']}/responses/{post.id}", "rel": "self"}],
        }

    def read(self, post: Record) -> bool:
        viewer = self.viewer
        return (
            viewer is None
            or post.data["authorId"] == viewer
            or self.ctx.store.get("readResponses", f"{viewer}-{post.id}") is not None
        )

    def counts(self, parent: int | None) -> dict[str, int]:
        posts = [post for post, _ in self.below(parent)]
        day_ago = iso(self.call.now() - DAY)
        return {
            "totalResponseCount": len(posts),
            "unreadResponseCount": sum(not self.read(post) for post in posts),
            "personalResponseCount": sum(post.data["authorId"] == self.viewer for post in posts),
            "last24HourResponseCount": sum(post.data["postedDate"] >= day_ago for post in posts),
        }


def thread_view(base: str, course_id: int, thread: Record) -> dict[str, Any]:
    path = f"/courses/{course_id}/threadeddiscussions/{thread.id}"
    return {
        "id": thread.id,
        "introductoryText": thread.data["introductoryText"],
        "links": [link(base, path), link(base, f"{path}/topics", "related", "topics")],
    }


def topic_view(d: Discussion, topic: Record) -> dict[str, Any]:
    data = topic.data
    item = d.ctx.store.get("items", d.thread.id)
    unit = d.ctx.store.get("items", item.data["parentId"]) if item and item.data["parentId"] else None
    return {
        "id": topic.id,
        "title": data["title"],
        "description": data["description"],
        "isHiddenTopic": data["isHiddenTopic"],
        "isPostFirstEnabled": data["isPostFirstEnabled"],
        "orderNumber": data["orderNumber"],
        "containerInfo": {
            "contentItemID": d.thread.id,
            "contentItemTitle": item.data["title"] if item else "",
            "contentItemOrderNumber": item.data["orderNumber"] if item else 0,
            "unitTitle": unit.data["title"] if unit else "",
            "unitNumber": unit.data["orderNumber"] if unit else 0,
            "unitHeader": "Unit",
            "courseID": d.course.id,
            "courseTitle": d.course.data["title"],
        },
        "links": [
            {"href": f"{d.base}/topics/{topic.id}", "rel": "self"},
            {"href": f"{d.base}/topics/{topic.id}/responses", "rel": "related", "title": "responses"},
        ],
    }


def list_threaded_discussions(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    role = ctx.caller_role_in(course)
    threads = []
    for thread in ctx.store.find("threads", {"courseId": course.id}):
        item = ctx.store.get("items", thread.id)
        if role != STUDENT or item is None or not item.data["hiddenFromStudents"]:
            threads.append(thread_view(call.base_url, course.id, thread))
    return call.reply(200, {"threadedDiscussions": threads})


def get_threaded_discussion(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"threadedDiscussions": [thread_view(call.base_url, d.course.id, d.thread)]})


def list_topics(call: Call) -> Reply:
    d = Discussion(call)
    topics = d.ctx.store.find("topics", {"threadId": d.thread.id}, order_by="orderNumber")
    shown = [topic_view(d, t) for t in topics if d.role != STUDENT or not t.data["isHiddenTopic"]]
    return call.reply(200, {"topics": shown})


def get_topic(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"topics": [topic_view(d, d.topic())]})


def list_topic_responses(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"responses": [d.post_view(post) for post, _ in d.below(None)]})


def list_response_replies(call: Call) -> Reply:
    d = Discussion(call)
    parent = d.post()
    return call.reply(200, {"responses": [d.post_view(post) for post, _ in d.below(parent.id)]})


def get_thread_response(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"responses": [d.post_view(d.post())]})


def _written(call: Call) -> dict[str, str]:
    written: dict[str, Any] = call.body["response"]
    if not isinstance(written.get("title"), str) or not written["title"].strip():
        raise ApiProblem(400, "The response needs a title")
    return {"title": written["title"], "description": str(written.get("description", ""))}


def _create(call: Call, parent: Callable[[Discussion], int | None]) -> Reply:
    d = Discussion(call)
    topic = d.topic()
    parent_id = parent(d)
    post = d.ctx.store.insert(
        "responses",
        {
            "topicId": topic.id,
            "parentId": parent_id,
            "authorId": d.ctx.caller_id,
            "postedDate": iso(call.now()),
            **_written(call),
        },
    )
    d._posts = None
    location = f"{d.base}/topics/{topic.id}/responses/{post.id}"
    return call.reply(201, {"responses": [d.post_view(post)]}, {"Location": location})


def create_topic_response(call: Call) -> Reply:
    return _create(call, lambda d: None)


def create_response_reply(call: Call) -> Reply:
    return _create(call, lambda d: d.post().id)


def update_thread_response(call: Call) -> Reply:
    d = Discussion(call)
    post = d.post()
    d.ctx.store.update("responses", post.id, _written(call))
    return call.reply(204)


def delete_thread_response(call: Call) -> Reply:
    d = Discussion(call)
    post = d.post()
    with d.ctx.store.transaction():
        for child, _ in d.below(post.id):
            d.ctx.store.delete("responses", child.id)
        d.ctx.store.delete("responses", post.id)
    return call.reply(204)


def _hierarchy(d: Discussion, parent: int | None) -> list[dict[str, Any]]:
    children: dict[int | None, list[Record]] = {}
    for post in d.posts():
        children.setdefault(post.data["parentId"], []).append(post)

    def node(post: Record) -> dict[str, Any]:
        href = f"{d.base}/topics/{post.data['topicId']}/responses/{post.id}"
        return {
            "links": [{"href": href, "rel": "self", "title": "response"}],
            "childResponseNodes": [node(child) for child in children.get(post.id, [])],
        }

    return [node(post) for post in children.get(parent, [])]


def get_topic_response_hierarchy(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"responseHierarchy": {"childResponseNodes": _hierarchy(d, None)}})


def get_response_hierarchy(call: Call) -> Reply:
    d = Discussion(call)
    post = d.post()
    return call.reply(200, {"responseHierarchy": {"childResponseNodes": _hierarchy(d, post.id)}})


def get_response_branch(call: Call) -> Reply:
    d = Discussion(call)
    post: Record | None = d.post()
    branch: list[dict[str, Any]] = []
    while post is not None:
        branch.insert(0, d.post_view(post))
        parent = post.data["parentId"]
        post = d.ctx.store.get("responses", parent) if parent is not None else None
    return call.reply(200, {"responseBranch": {"responses": branch}})


def get_response_author(call: Call) -> Reply:
    d = Discussion(call)
    author = d.ctx.get("users", d.post().data["authorId"], "user")
    return call.reply(200, {"responseAuthor": author_view(call.base_url, author)})


def _comp(d: Discussion, post: Record) -> dict[str, Any]:
    return {
        "response": d.post_view(post),
        "author": author_view(d.call.base_url, d.ctx.store.get("users", post.data["authorId"])),
    }


def list_topic_response_and_author_comps(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"responseAndAuthorComps": [_comp(d, post) for post, _ in d.below(None)]})


def list_response_and_author_comps(call: Call) -> Reply:
    d = Discussion(call)
    parent = d.post()
    return call.reply(200, {"responseAndAuthorComps": [_comp(d, post) for post, _ in d.below(parent.id)]})


def get_response_and_author_comp(call: Call) -> Reply:
    d = Discussion(call)
    return call.reply(200, {"responseAndAuthorComps": [_comp(d, d.post())]})


def _user_view(d: Discussion, post: Record) -> dict[str, Any]:
    href = f"{d.call.base_url}/users/{d.viewer}/courses/{d.course.id}/threadeddiscussions/{d.thread.id}"
    return {
        "id": f"{d.viewer}-{post.id}",
        "markedAsRead": d.read(post),
        "response": d.post_view(post),
        "childResponseCounts": d.counts(post.id),
        "links": [{"href": f"{href}/topics/{post.data['topicId']}/userViewResponses/{post.id}", "rel": "self"}],
    }


def list_topic_user_view_responses(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    return call.reply(200, {"userViewResponses": [_user_view(d, post) for post, _ in d.below(None)]})


def get_user_view_response(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    return call.reply(200, {"userViewResponses": [_user_view(d, d.post())]})


def list_user_view_response_replies(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    parent = d.post()
    return call.reply(200, {"userViewResponses": [_user_view(d, post) for post, _ in d.below(parent.id)]})


def get_topic_response_counts(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    return call.reply(200, {"responseCounts": d.counts(None)})


def get_response_counts(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    return call.reply(200, {"responseCounts": d.counts(d.post().id)})


def get_response_read_status(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    return call.reply(200, {"readStatus": {"markedAsRead": d.read(d.post())}})


def update_response_read_status(call: Call) -> Reply:
    d = Discussion(call, for_user=True)
    post = d.post()
    key = f"{d.viewer}-{post.id}"
    if call.body["readStatus"]["markedAsRead"]:
        if d.ctx.store.get("readResponses", key) is None:
            d.ctx.store.insert("readResponses", {"id": key, "userId": d.viewer, "responseId": post.id}, id=key)
    else:
        d.ctx.store.delete("readResponses", key)
    return call.reply(204)


def get_last_response(call: Call) -> Reply:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    ctx.enrolled(course, user)
    latest: Record | None = None
    for post in ctx.store.find("responses", {"authorId": user.id}, order_by="postedDate", desc=True):
        topic = ctx.store.get("topics", post.data["topicId"])
        thread = ctx.store.get("threads", topic.data["threadId"]) if topic else None
        if thread is not None and thread.data["courseId"] == course.id:
            latest = post
            break
    if latest is None:
        return call.reply(200, {})
    topic_id = latest.data["topicId"]
    thread_id = ctx.get("topics", topic_id, "topic").data["threadId"]
    href = (
        f"{call.base_url}/courses/{course.id}/threadeddiscussions/{thread_id}/topics/{topic_id}/responses/{latest.id}"
    )
    view = {
        "id": latest.id,
        "title": latest.data["title"],
        "description": latest.data["description"],
        "author": author_view(call.base_url, user),
        "postedDate": latest.data["postedDate"],
        "links": [{"href": href, "rel": "self"}],
    }
    return call.reply(200, {"lastResponse": view})


HANDLERS: dict[str, Handler] = {
    "listThreadedDiscussions": list_threaded_discussions,
    "getThreadedDiscussion": get_threaded_discussion,
    "listTopics": list_topics,
    "getTopic": get_topic,
    "listTopicResponses": list_topic_responses,
    "createTopicResponse": create_topic_response,
    "getThreadResponse": get_thread_response,
    "updateThreadResponse": update_thread_response,
    "deleteThreadResponse": delete_thread_response,
    "listResponseReplies": list_response_replies,
    "createResponseReply": create_response_reply,
    "getTopicResponseHierarchy": get_topic_response_hierarchy,
    "getResponseHierarchy": get_response_hierarchy,
    "getResponseBranch": get_response_branch,
    "getResponseAuthor": get_response_author,
    "listTopicResponseAndAuthorComps": list_topic_response_and_author_comps,
    "listResponseAndAuthorComps": list_response_and_author_comps,
    "getResponseAndAuthorComp": get_response_and_author_comp,
    "listTopicUserViewResponses": list_topic_user_view_responses,
    "getUserViewResponse": get_user_view_response,
    "listUserViewResponseReplies": list_user_view_response_replies,
    "getTopicResponseCounts": get_topic_response_counts,
    "getResponseCounts": get_response_counts,
    "getResponseReadStatus": get_response_read_status,
    "updateResponseReadStatus": update_response_read_status,
    "getLastResponse": get_last_response,
}
