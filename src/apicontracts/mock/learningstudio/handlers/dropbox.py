"""Dropbox baskets, submissions and their attachments (reference 5.11).

Teachers see every student's messages; a student only their own. A basket is closed once its
item's due date has passed.
"""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio import tempfiles
from apicontracts.mock.learningstudio.access import Context, forbidden
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.dates import iso
from apicontracts.mock.learningstudio.media import OCTETS
from apicontracts.mock.learningstudio.views import contact_view, link


def _basket_path(record: Record) -> str:
    return f"/courses/{record.data['courseId']}/dropboxBaskets/{record.id}"


def basket_view(base: str, basket: Record) -> dict[str, Any]:
    return {"id": basket.id, "title": basket.data["title"], "links": [link(base, _basket_path(basket))]}


def attachment_view(base: str, basket: Record, attachment: Record) -> dict[str, Any]:
    path = f"{_basket_path(basket)}/messages/{attachment.data['messageId']}/attachments/{attachment.id}"
    return {
        "id": attachment.id,
        "name": attachment.data["name"],
        "contentUrl": f"{base}{path}/content",
        "links": [link(base, path)],
    }


def message_view(ctx: Context, base: str, basket: Record, message: Record) -> dict[str, Any]:
    data = message.data
    attachments = ctx.store.find("dropboxAttachments", {"messageId": message.id})
    return {
        "id": message.id,
        "date": data["date"],
        "comments": data["comments"],
        "submissionStudent": contact_view(base, ctx.get("users", data["studentId"], "user")),
        "author": contact_view(base, ctx.get("users", data["authorId"], "user")),
        "attachments": [attachment_view(base, basket, attachment) for attachment in attachments],
        "links": [link(base, f"{_basket_path(basket)}/messages/{message.id}")],
    }


def _basket(ctx: Context) -> tuple[Record, str | None]:
    course = ctx.course()
    role = ctx.caller_role_in(course)
    basket = ctx.get("dropboxBaskets", ctx.call.path["basketId"], "dropbox basket", courseId=course.id)
    item = ctx.store.get("items", basket.data["itemId"])
    if role == STUDENT and item is not None and item.data["hiddenFromStudents"]:
        raise forbidden("the basket is hidden from students")
    return basket, role


def _message(ctx: Context, basket: Record, role: str | None) -> Record:
    message = ctx.get("dropboxMessages", ctx.call.path["messageId"], "message", basketId=basket.id)
    if role == STUDENT and message.data["studentId"] != ctx.caller_id:
        raise forbidden("a student may only read their own dropbox messages")
    return message


def list_course_dropbox_baskets(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    baskets = ctx.store.find("dropboxBaskets", {"courseId": course.id})
    return call.reply(200, {"dropboxBaskets": [basket_view(call.base_url, basket) for basket in baskets]})


def get_course_dropbox_basket(call: Call) -> Reply:
    basket, _ = _basket(Context(call))
    return call.reply(200, {"dropboxBaskets": [basket_view(call.base_url, basket)]})


def list_course_dropbox_basket_messages(call: Call) -> Reply:
    ctx = Context(call)
    basket, role = _basket(ctx)
    wanted = call.query.get("submissionStudents")
    where: dict[str, Any] = {"basketId": basket.id}
    if role == STUDENT:
        if wanted is not None and str(wanted) != str(ctx.caller_id):
            raise forbidden("a student may only read their own dropbox messages")
        where["studentId"] = ctx.caller_id
    elif wanted is not None:
        if not str(wanted).isdigit():
            raise ApiProblem(400, "submissionStudents must be a user id")
        where["studentId"] = int(wanted)
    messages = ctx.store.find("dropboxMessages", where)
    return call.reply(200, {"messages": [message_view(ctx, call.base_url, basket, m) for m in messages]})


def create_course_dropbox_basket_message(call: Call) -> Reply:
    ctx = Context(call)
    basket, role = _basket(ctx)
    item = ctx.store.get("items", basket.data["itemId"])
    now = iso(call.now())
    if role == STUDENT and item is not None and item.data["dueDate"] and item.data["dueDate"] < now:
        raise forbidden("the basket is closed: its due date has passed")
    submitted: dict[str, Any] = call.body["messages"][0]
    # Only students submit (the operation's x-roles): the message is the caller's own submission.
    student = ctx.caller_id
    files = [
        (part, tempfiles.resolve(ctx.store, part["content"]["links"])) for part in submitted.get("attachments", [])
    ]
    with ctx.store.transaction():
        message = ctx.store.insert(
            "dropboxMessages",
            {
                "basketId": basket.id,
                "studentId": student,
                "authorId": ctx.caller_id,
                "date": now,
                "comments": str(submitted.get("comments", "")),
            },
        )
        for part, upload in files:
            ctx.store.insert(
                "dropboxAttachments",
                {
                    "messageId": message.id,
                    "name": part.get("name") or upload.data["fileName"],
                    "mediaType": OCTETS,
                    "content": upload.data["content"],
                },
            )
    location = f"{call.base_url}{_basket_path(basket)}/messages/{message.id}"
    body = {"messages": [message_view(ctx, call.base_url, basket, message)]}
    return call.reply(201, body, {"Location": location})


def get_course_dropbox_basket_message(call: Call) -> Reply:
    ctx = Context(call)
    basket, role = _basket(ctx)
    message = _message(ctx, basket, role)
    return call.reply(200, {"messages": [message_view(ctx, call.base_url, basket, message)]})


def _attachment(ctx: Context) -> tuple[Record, Record]:
    basket, role = _basket(ctx)
    message = _message(ctx, basket, role)
    return basket, ctx.get("dropboxAttachments", ctx.call.path["attachmentId"], "attachment", messageId=message.id)


def get_course_dropbox_basket_message_attachment(call: Call) -> Reply:
    basket, attachment = _attachment(Context(call))
    return call.reply(200, {"attachments": [attachment_view(call.base_url, basket, attachment)]})


def get_course_dropbox_basket_message_attachment_content(call: Call) -> Reply:
    _, attachment = _attachment(Context(call))
    return Reply(200, attachment.data["content"].encode("latin-1"), media_type=OCTETS)


HANDLERS: dict[str, Handler] = {
    "listCourseDropboxBaskets": list_course_dropbox_baskets,
    "getCourseDropboxBasket": get_course_dropbox_basket,
    "listCourseDropboxBasketMessages": list_course_dropbox_basket_messages,
    "createCourseDropboxBasketMessage": create_course_dropbox_basket_message,
    "getCourseDropboxBasketMessage": get_course_dropbox_basket_message,
    "getCourseDropboxBasketMessageAttachment": get_course_dropbox_basket_message_attachment,
    "getCourseDropboxBasketMessageAttachmentContent": get_course_dropbox_basket_message_attachment_content,
}
