"""Doc sharing, temp file uploads and the webliography (reference 5.13, 5.14); OAuth 2 only."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio import tempfiles
from apicontracts.mock.learningstudio.access import Context, forbidden, not_found
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.dates import iso
from apicontracts.mock.learningstudio.media import OCTETS
from apicontracts.mock.learningstudio.multipart import read_parts
from apicontracts.mock.learningstudio.views import link


def category_view(base: str, category: Record) -> dict[str, Any]:
    path = f"/courses/{category.data['courseId']}/docSharingCategories/{category.id}"
    return {"id": category.id, "title": category.data["title"], "links": [link(base, path)]}


def _document_path(category: Record, document_id: int) -> str:
    return f"/courses/{category.data['courseId']}/docSharingCategories/{category.id}/docSharingDocuments/{document_id}"


def document_view(ctx: Context, base: str, category: Record, document: Record) -> dict[str, Any]:
    data = document.data
    submitter = ctx.get("users", data["submitterId"], "user").data
    path = _document_path(category, document.id)
    return {
        "id": document.id,
        "fileName": data["fileName"],
        "fileDescription": data["fileDescription"],
        "uploadedTime": data["uploadedTime"],
        "isSharedWithInstructorOnly": data["isSharedWithInstructorOnly"],
        "submitter": {
            "name": f"{submitter['firstName']} {submitter['lastName']}",
            "links": [link(base, f"/users/{submitter['id']}", "related")],
        },
        "links": [link(base, f"{path}/content", "related", "content")],
    }


def _category(ctx: Context) -> tuple[Record, str | None]:
    course = ctx.course()
    role = ctx.caller_role_in(course)
    category = ctx.get("docSharingCategories", ctx.call.path["categoryId"], "doc sharing category", courseId=course.id)
    if role == STUDENT and category.data["groupOnly"]:
        raise forbidden("the category is restricted to a group the caller is not in")
    return category, role


def _may_see(ctx: Context, role: str | None, document: Record) -> bool:
    return (
        role != STUDENT
        or not document.data["isSharedWithInstructorOnly"]
        or document.data["submitterId"] == ctx.caller_id
    )


def list_course_doc_sharing_categories(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    categories = ctx.store.find("docSharingCategories", {"courseId": course.id})
    return call.reply(200, {"docSharingCategories": [category_view(call.base_url, c) for c in categories]})


def list_course_doc_sharing_documents(call: Call) -> Reply:
    ctx = Context(call)
    category, role = _category(ctx)
    documents = [
        d for d in ctx.store.find("docSharingDocuments", {"categoryId": category.id}) if _may_see(ctx, role, d)
    ]
    return call.reply(200, {"docSharingDocuments": [document_view(ctx, call.base_url, category, d) for d in documents]})


def create_course_doc_sharing_document(call: Call) -> Reply:
    ctx = Context(call)
    category, _ = _category(ctx)
    shared: dict[str, Any] = call.body["docSharingDocuments"][0]
    upload = tempfiles.resolve(ctx.store, shared["content"]["links"])
    document = ctx.store.insert(
        "docSharingDocuments",
        {
            "categoryId": category.id,
            "fileName": upload.data["fileName"],
            "fileDescription": str(shared.get("fileDescription", "")),
            "uploadedTime": iso(call.now()),
            "submitterId": ctx.caller_id,
            "isSharedWithInstructorOnly": bool(shared.get("isSharedWithInstructorOnly", False)),
            "content": upload.data["content"],
        },
    )
    location = f"{call.base_url}{_document_path(category, document.id)}/content"
    body = {"docSharingDocuments": [document_view(ctx, call.base_url, category, document)]}
    return call.reply(201, body, {"Location": location})


def get_course_doc_sharing_document_content(call: Call) -> Reply:
    ctx = Context(call)
    category, role = _category(ctx)
    document = ctx.get("docSharingDocuments", call.path["documentId"], "document", categoryId=category.id)
    if not _may_see(ctx, role, document):
        raise forbidden("the document is shared with the instructor only")
    return Reply(200, document.data["content"].encode("latin-1"), media_type=OCTETS)


def upload_temp_file(call: Call) -> Reply:
    ctx = Context(call)
    parts = [part for part in read_parts(call.request.body) if part.name == "file"]
    if not parts:
        raise ApiProblem(400, "The multipart body has no file part")
    part = parts[0]
    upload = ctx.store.insert(
        "tempFiles",
        {
            "fileName": part.filename or "upload.bin",
            "mediaType": part.media_type,
            "ownerId": ctx.caller_id,
            "uploadedTime": iso(call.now()),
            "content": part.data.decode("latin-1"),
        },
    )
    found = tempfiles.location(call.base_url, upload)
    return call.reply(
        201, {"tempFiles": [{"fileLocation": found, "fileName": upload.data["fileName"]}]}, {"Location": found}
    )


def entry_view(ctx: Context, base: str, entry: Record) -> dict[str, Any]:
    data = entry.data
    submitter = ctx.get("users", data["submitterId"], "user").data
    return {
        "id": entry.id,
        "title": data["title"],
        "description": data["description"],
        "site": {"url": data["url"]},
        "submitter": {"id": submitter["id"], "firstName": submitter["firstName"], "lastName": submitter["lastName"]},
        "category": {"id": data["categoryId"], "title": data["categoryTitle"]},
        "links": [link(base, f"/courses/{data['courseId']}/webliographyEntries/{entry.id}")],
    }


def list_course_webliography_entries(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    entries = ctx.store.find("webliographyEntries", {"courseId": course.id})
    return call.reply(200, {"webliographyEntries": [entry_view(ctx, call.base_url, e) for e in entries]})


def create_course_webliography_entry(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    entry: dict[str, Any] = call.body["webliographyEntry"]
    categories = {
        e.data["categoryId"]: e.data["categoryTitle"]
        for e in ctx.store.find("webliographyEntries", {"courseId": course.id})
    }
    category = (entry.get("category") or {}).get("id", next(iter(categories), None))
    if category not in categories:
        raise not_found(f"no webliography category {category} in the course")
    created = ctx.store.insert(
        "webliographyEntries",
        {
            "courseId": course.id,
            "title": entry["title"],
            "description": str(entry.get("description", "")),
            "url": entry["site"]["url"],
            "submitterId": ctx.caller_id,
            "categoryId": category,
            "categoryTitle": categories[category],
        },
    )
    return call.reply(201, None, {"Location": f"{call.base_url}/courses/{course.id}/webliographyEntries/{created.id}"})


HANDLERS: dict[str, Handler] = {
    "listCourseDocSharingCategories": list_course_doc_sharing_categories,
    "listCourseDocSharingDocuments": list_course_doc_sharing_documents,
    "createCourseDocSharingDocument": create_course_doc_sharing_document,
    "getCourseDocSharingDocumentContent": get_course_doc_sharing_document_content,
    "uploadTempFile": upload_temp_file,
    "listCourseWebliographyEntries": list_course_webliography_entries,
    "createCourseWebliographyEntry": create_course_webliography_entry,
}
