"""Filling an empty store with the seed campus, and the indexes its lookups use."""

from __future__ import annotations

from apicontracts.mock.engine import Store
from apicontracts.mock.learningstudio.access import enrollment_id
from apicontracts.mock.learningstudio.seed import CLIENT_STRING, SEED

# Record kind -> JSON fields filtered on; every hot lookup is by primary key or one of these.
INDEXES: dict[str, tuple[str, ...]] = {
    "users": ("userName",),
    "enrollments": ("courseId", "userId"),
    "courses": ("termId",),
    "items": ("courseId", "parentId"),
    "topics": ("threadId",),
    "responses": ("topicId", "parentId", "authorId"),
    "gradebookItems": ("courseId", "itemId"),
    "grades": ("gradebookItemId", "userId"),
    "customCategories": ("courseId",),
    "customItems": ("categoryId",),
    "announcements": ("courseId",),
    "dropboxBaskets": ("courseId",),
    "dropboxMessages": ("basketId", "studentId"),
    "dropboxAttachments": ("messageId",),
    "docSharingCategories": ("courseId",),
    "docSharingDocuments": ("categoryId",),
    "webliographyEntries": ("courseId",),
    "exams": ("courseId",),
    "examSections": ("examId",),
    "questions": ("sectionId",),
    "attempts": ("instanceId",),
    "answers": ("attemptId",),
}


def seed(store: Store) -> None:
    for kind, records in SEED.items():
        for record in records:
            data = dict(record)
            key = data["id"]
            if kind == "users":
                data["clientString"] = CLIENT_STRING
            if kind == "enrollments":
                # Keyed by course and user, so "is this user in this course" is one primary-key read.
                data["enrollmentId"] = key
                key = data["id"] = enrollment_id(data["courseId"], data["userId"])
            store.insert(kind, data, id=key)
            if kind == "courses":
                for number in data["callNumbers"]:
                    store.insert("callNumbers", {"id": number, "courseId": key}, id=number)
