"""Gradebook items, custom categories and items, grades, and grades to date (reference 5.8).

Teacher routes ("OAuth 2 access tokens for students cannot use this API") are refused to
students by `x-roles`; a student reads only their own grades. Synonymous routes with and without
`/gradebook/` share one implementation.
"""

from __future__ import annotations

import uuid
from typing import Any

from apicontracts.mock.engine import ApiProblem, Call, Handler, Record, Reply
from apicontracts.mock.learningstudio.access import Context, not_found
from apicontracts.mock.learningstudio.campus import STUDENT
from apicontracts.mock.learningstudio.dates import iso
from apicontracts.mock.learningstudio.views import link, user_view

LETTERS = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"), (0.0, "F"))
ROSTER_PAGE = 30  # "the API returns at most 30 students at a time" (LIBDOC grades)


def gradebook_item_view(base: str, item: Record) -> dict[str, Any]:
    data = item.data
    links = [link(base, f"/courses/{data['courseId']}/gradebookItems/{item.id}")]
    if data.get("itemId"):
        links.append(link(base, f"/courses/{data['courseId']}/items/{data['itemId']}", "related"))
    return {
        "id": item.id,
        "type": data["type"],
        "title": data["title"],
        "pointsPossible": data["pointsPossible"],
        "pointsPossibleSet": True,
        "links": links,
    }


def grade_view(base: str, course_id: int, grade: Record) -> dict[str, Any]:
    data = grade.data
    path = f"/users/{data['userId']}/courses/{course_id}/gradebookItems/{data['gradebookItemId']}/grade"
    view = {
        "id": grade.id,
        "points": data["points"],
        "pointsSet": data["points"] is not None,
        "letterGrade": data["letterGrade"],
        "letterGradeSet": bool(data["letterGrade"]),
        "comments": data["comments"],
        "updatedDate": data["updatedDate"],
        "links": [link(base, path)],
    }
    if data["points"] is None:
        # A grade without points says so with `pointsSet`; `points` is a number when present.
        del view["points"]
    return view


# Lookups ---------------------------------------------------------------------------------------


def _item(ctx: Context, course: Record) -> Record:
    return ctx.get("gradebookItems", ctx.call.path["gradebookItemId"], "gradebook item", courseId=course.id)


def _grade_of(ctx: Context, item: Record, user_id: int) -> Record | None:
    found = ctx.store.find("grades", {"gradebookItemId": item.id, "userId": user_id}, limit=1)
    return found[0] if found else None


def _grade_by_id(ctx: Context, item: Record) -> Record:
    wanted = str(ctx.call.path["gradeId"])
    if not wanted.isdigit():
        raise not_found(f"no grade {wanted}")
    return ctx.get("grades", int(wanted), "grade", gradebookItemId=item.id)


def _grade_fields(call: Call) -> dict[str, Any]:
    # No field is required: a grade may carry comments alone (the representation says so with its
    # `pointsSet` and `letterGradeSet` flags).
    written = call.body["grade"]
    fields = {name: written[name] for name in ("points", "letterGrade", "comments") if name in written}
    return {**fields, "updatedDate": iso(call.now())}


def _new_grade(call: Call, ctx: Context, item: Record, user_id: int) -> Record:
    if _grade_of(ctx, item, user_id) is not None:
        # A conflict with the server's state, which LearningStudio answers 400 (reference 3.3).
        raise ApiProblem(400, "A grade already exists for this user and item; use PUT")
    fields = {"points": None, "letterGrade": "", "comments": "", **_grade_fields(call)}
    return ctx.store.insert("grades", {"gradebookItemId": item.id, "userId": user_id, **fields})


# Gradebook items and custom categories ------------------------------------------------------------


def list_gradebook_items(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    items = ctx.store.find("gradebookItems", {"courseId": course.id})
    return call.reply(200, {"gradebookItems": [gradebook_item_view(call.base_url, item) for item in items]})


def get_gradebook_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return call.reply(200, {"gradebookItems": [gradebook_item_view(call.base_url, _item(ctx, course))]})


def update_gradebook_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    item = _item(ctx, course)
    written = call.body["gradebookItem"]
    changes = {
        name: written[name] for name in ("pointsPossible", "isIncludedInGrade", "isExtraCredit") if name in written
    }
    ctx.store.update("gradebookItems", item.id, changes)
    return call.reply(204)


def category_view(base: str, category: Record) -> dict[str, Any]:
    data = category.data
    path = f"/courses/{data['courseId']}/gradebook/customCategories/{category.id}"
    return {
        "guid": category.id,
        "title": data["title"],
        "isAssignable": data["isAssignable"],
        "links": [link(base, path)],
    }


def _category(ctx: Context, course: Record) -> Record:
    return ctx.get("customCategories", ctx.call.path["customCategoryId"], "custom category", courseId=course.id)


def _category_fields(ctx: Context, course: Record, call: Call, exclude: Any = None) -> dict[str, Any]:
    written = call.body["customCategory"]
    fields = {name: written[name] for name in ("title", "isAssignable") if name in written}
    title = fields.get("title")
    if title is not None:
        if not isinstance(title, str) or not title.strip():
            raise ApiProblem(400, "The category title must not be empty")
        for other in ctx.store.find("customCategories", {"courseId": course.id}):
            if other.id != exclude and other.data["title"].lower() == title.lower():
                raise ApiProblem(400, f"The course already has a custom category titled {title}")
    return fields


def list_custom_categories(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    found = ctx.store.find("customCategories", {"courseId": course.id})
    return call.reply(200, {"customCategories": [category_view(call.base_url, c) for c in found]})


def create_custom_category(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    fields = _category_fields(ctx, course, call)
    if "title" not in fields:
        raise ApiProblem(400, "The custom category needs a title")
    key = str(uuid.uuid4())
    category = ctx.store.insert(
        "customCategories", {"id": key, "courseId": course.id, "isAssignable": True, **fields}, id=key
    )
    location = f"{call.base_url}/courses/{course.id}/gradebook/customCategories/{key}"
    return call.reply(201, {"customCategory": category_view(call.base_url, category)}, {"Location": location})


def get_custom_category(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return call.reply(200, {"customCategory": category_view(call.base_url, _category(ctx, course))})


def update_custom_category(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    category = _category(ctx, course)
    ctx.store.update("customCategories", category.id, _category_fields(ctx, course, call, exclude=category.id))
    return call.reply(204)


def delete_custom_category(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    category = _category(ctx, course)
    with ctx.store.transaction():
        for item in ctx.store.find("customItems", {"categoryId": category.id}):
            ctx.store.delete("customItems", item.id)
        ctx.store.delete("customCategories", category.id)
    return call.reply(204)


def custom_item_view(base: str, course_id: int, item: Record) -> dict[str, Any]:
    path = f"/courses/{course_id}/gradebook/customCategories/{item.data['categoryId']}/customItems/{item.id}"
    return {
        "guid": item.id,
        "unitId": item.data["unitId"],
        "links": [link(base, path), link(base, f"{path}/gradebookItem", "related", "gradebookItem")],
    }


def _custom_item(ctx: Context, category: Record) -> Record:
    return ctx.get("customItems", ctx.call.path["customItemId"], "custom item", categoryId=category.id)


def list_custom_items(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    category = _category(ctx, course)
    found = ctx.store.find("customItems", {"categoryId": category.id})
    return call.reply(200, {"customItems": [custom_item_view(call.base_url, course.id, i) for i in found]})


def create_custom_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    category = _category(ctx, course)
    unit_id = call.body["customItem"].get("unitId")
    unit = ctx.store.get("items", unit_id) if isinstance(unit_id, int) else None
    if unit is None or unit.data["courseId"] != course.id or unit.data["contentType"] != "unit":
        # An id that names nothing there, like an unknown id in the path (reference 3.3).
        raise not_found(f"no unit {unit_id} in the course")
    key = str(uuid.uuid4())
    with ctx.store.transaction():
        column = str(uuid.uuid4())
        gradebook_item = ctx.store.insert(
            "gradebookItems",
            {
                "id": column,
                "courseId": course.id,
                "itemId": None,
                "type": "Custom",
                "title": f"{unit.data['title']} - {category.data['title']}",
                "pointsPossible": 0.0,
            },
            id=column,
        )
        item = ctx.store.insert(
            "customItems",
            {"id": key, "categoryId": category.id, "unitId": unit.id, "gradebookItemId": gradebook_item.id},
            id=key,
        )
    location = f"{call.base_url}/courses/{course.id}/gradebook/customCategories/{category.id}/customItems/{key}"
    return call.reply(201, {"customItem": custom_item_view(call.base_url, course.id, item)}, {"Location": location})


def get_custom_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    item = _custom_item(ctx, _category(ctx, course))
    return call.reply(200, {"customItem": custom_item_view(call.base_url, course.id, item)})


def delete_custom_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    item = _custom_item(ctx, _category(ctx, course))
    ctx.store.delete("customItems", item.id)
    return call.reply(204)


def get_custom_item_gradebook_item(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    item = _custom_item(ctx, _category(ctx, course))
    found = ctx.get("gradebookItems", item.data["gradebookItemId"], "gradebook item")
    return call.reply(200, {"gradebookItem": gradebook_item_view(call.base_url, found)})


# A gradebook item's grades (teacher view) ---------------------------------------------------------


def _teacher_item(call: Call) -> tuple[Context, Record, Record]:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    return ctx, course, _item(ctx, course)


def list_grades(call: Call) -> Reply:
    ctx, course, item = _teacher_item(call)
    grades = ctx.store.find("grades", {"gradebookItemId": item.id})
    wanted = {part.strip() for part in str(call.query.get("gradedStudents") or "").split(",") if part.strip()}
    if wanted:
        grades = [grade for grade in grades if str(grade.data["userId"]) in wanted]
    views = []
    for grade in grades:
        view = grade_view(call.base_url, course.id, grade)
        if call.query.get("expand") == "user":
            view["user"] = user_view(ctx.get("users", grade.data["userId"], "user"))
        views.append(view)
    return call.reply(200, {"grades": views})


def create_grade(call: Call) -> Reply:
    ctx, course, item = _teacher_item(call)
    written = call.body["grade"]
    student = written.get("userId", (written.get("user") or {}).get("id"))
    if not isinstance(student, int) or ctx.role_in(course.id, student) != STUDENT:
        # The spec requires grade.userId; one that names no student of the course names nothing here.
        raise not_found(f"no student {student} in the course")
    grade = _new_grade(call, ctx, item, student)
    spelling = "/gradebook" if "/gradebook/" in call.operation.path else ""
    location = f"{call.base_url}/courses/{course.id}{spelling}/gradebookItems/{item.id}/grades/{grade.id}"
    return call.reply(201, {"grade": grade_view(call.base_url, course.id, grade)}, {"Location": location})


def get_grade(call: Call) -> Reply:
    ctx, course, item = _teacher_item(call)
    return call.reply(200, {"grade": grade_view(call.base_url, course.id, _grade_by_id(ctx, item))})


def update_grade(call: Call) -> Reply:
    ctx, _, item = _teacher_item(call)
    grade = _grade_by_id(ctx, item)
    ctx.store.update("grades", grade.id, _grade_fields(call))
    return call.reply(204)


def delete_grade(call: Call) -> Reply:
    ctx, _, item = _teacher_item(call)
    ctx.store.delete("grades", _grade_by_id(ctx, item).id)
    return call.reply(204)


# One user's grade for an item ----------------------------------------------------------------------


def _user_item(call: Call) -> tuple[Context, Record, Record, Record]:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    item = _item(ctx, course)
    ctx.enrolled(course, user)
    return ctx, user, course, item


def get_user_grade(call: Call) -> Reply:
    ctx, user, course, item = _user_item(call)
    grade = _grade_of(ctx, item, user.id)
    if grade is None:
        raise not_found("the user has no grade for this item")
    return call.reply(200, {"grade": grade_view(call.base_url, course.id, grade)})


def create_user_grade(call: Call) -> Reply:
    ctx, user, course, item = _user_item(call)
    grade = _new_grade(call, ctx, item, user.id)
    spelling = "/gradebook" if "/gradebook/" in call.operation.path else ""
    location = f"{call.base_url}/users/{user.id}/courses/{course.id}{spelling}/gradebookItems/{item.id}/grade"
    return call.reply(201, {"grade": grade_view(call.base_url, course.id, grade)}, {"Location": location})


def update_user_grade(call: Call) -> Reply:
    ctx, user, _, item = _user_item(call)
    grade = _grade_of(ctx, item, user.id)
    if grade is None:
        raise not_found("the user has no grade to update; use POST")
    ctx.store.update("grades", grade.id, _grade_fields(call))
    return call.reply(204)


def delete_user_grade(call: Call) -> Reply:
    ctx, user, _, item = _user_item(call)
    grade = _grade_of(ctx, item, user.id)
    if grade is None:
        raise not_found("the user has no grade for this item")
    ctx.store.delete("grades", grade.id)
    return call.reply(204)


def get_my_grade(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    item = _item(ctx, course)
    grade = _grade_of(ctx, item, ctx.me().id)
    if grade is None:
        raise not_found("you have no grade for this item")
    return call.reply(200, {"grade": grade_view(call.base_url, course.id, grade)})


# A user's gradebook and course grade to date ------------------------------------------------------


def _user_course(call: Call) -> tuple[Context, Record, Record]:
    ctx = Context(call)
    user, course = ctx.user(), ctx.course()
    ctx.self_or_teacher(user, course)
    ctx.enrolled(course, user)
    return ctx, user, course


def user_gradebook_item_view(call: Call, ctx: Context, user: Record, course: Record, item: Record) -> dict[str, Any]:
    base = call.base_url
    path = f"/users/{user.id}/courses/{course.id}/gradebook/userGradebookItems/{user.id}-{item.id}"
    grade_link = link(base, f"/users/{user.id}/courses/{course.id}/gradebookItems/{item.id}/grade", "related", "grade")
    grade = _grade_of(ctx, item, user.id) if call.query.get("expand") == "grade" else None
    if grade is not None:
        grade_link["grade"] = grade_view(base, course.id, grade)
    return {
        "id": f"{user.id}-{item.id}",
        "gradebookItem": gradebook_item_view(base, item),
        "links": [link(base, path), grade_link],
    }


def list_user_gradebook_items(call: Call) -> Reply:
    ctx, user, course = _user_course(call)
    items = ctx.store.find("gradebookItems", {"courseId": course.id})
    return call.reply(
        200, {"userGradebookItems": [user_gradebook_item_view(call, ctx, user, course, i) for i in items]}
    )


def get_user_gradebook_item(call: Call) -> Reply:
    ctx, user, course = _user_course(call)
    owner, _, guid = str(call.path["userGradebookItemId"]).partition("-")
    if owner != str(user.id):
        raise not_found("the user gradebook item belongs to another user")
    item = ctx.get("gradebookItems", guid, "gradebook item", courseId=course.id)
    return call.reply(200, {"userGradebookItems": [user_gradebook_item_view(call, ctx, user, course, item)]})


def get_user_gradebook_items_totals(call: Call) -> Reply:
    ctx, _, course = _user_course(call)
    items = ctx.store.find("gradebookItems", {"courseId": course.id})
    totals = {"pointsPossible": sum(float(i.data["pointsPossible"]) for i in items), "itemCount": len(items)}
    return call.reply(200, {"userGradebookItemsTotals": totals})


def grade_to_date(ctx: Context, course: Record, user_id: int) -> dict[str, Any]:
    earned = possible = 0.0
    for item in ctx.store.find("gradebookItems", {"courseId": course.id}):
        grade = _grade_of(ctx, item, user_id)
        if grade is not None and grade.data["points"] is not None:
            earned += float(grade.data["points"])
            possible += float(item.data["pointsPossible"])
    average = round(100.0 * earned / possible, 2) if possible else 0.0
    letter = next(letter for floor, letter in LETTERS if average >= floor) if possible else ""
    return {
        "average": average,
        "earned": earned,
        "possible": possible,
        "extraCredit": 0.0,
        "letterGrade": {"letterGrade": letter},
    }


def get_course_grade_to_date(call: Call) -> Reply:
    ctx, user, course = _user_course(call)
    return call.reply(200, {"courseGradeToDate": grade_to_date(ctx, course, user.id)})


def get_my_course_grade_to_date(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.caller_role_in(course)
    return call.reply(200, {"courseGradeToDate": grade_to_date(ctx, course, ctx.me().id)})


def list_roster_course_grades_to_date(call: Call) -> Reply:
    ctx = Context(call)
    course = ctx.course()
    ctx.teacher_of(course)
    students = sorted(
        int(e.data["userId"]) for e in ctx.store.find("enrollments", {"courseId": course.id, "role": STUDENT})
    )
    wanted = [part.strip() for part in str(call.query.get("Student.ID") or "").split(",") if part.strip()]
    if wanted:
        if not all(part.isdigit() for part in wanted):
            raise ApiProblem(400, "Student.ID takes numeric user ids only (no loginid= overloads)")
        students = [student for student in students if str(student) in wanted]
    offset = int(call.query.get("offset") or 0)
    limit = min(int(call.query.get("limit") or ROSTER_PAGE), ROSTER_PAGE)
    page = []
    for student in students[offset : offset + limit]:
        user = ctx.get("users", student, "user")
        page.append(
            {
                "user": user_view(user),
                "courseGradeToDate": grade_to_date(ctx, course, student),
                "links": [link(call.base_url, f"/users/{student}/courses/{course.id}/coursegradetodate")],
            }
        )
    return call.reply(200, {"rosterCourseGradesToDate": page})


HANDLERS: dict[str, Handler] = {
    "listGradebookItems": list_gradebook_items,
    "getGradebookItem": get_gradebook_item,
    "updateGradebookItem": update_gradebook_item,
    "listCustomCategories": list_custom_categories,
    "createCustomCategory": create_custom_category,
    "getCustomCategory": get_custom_category,
    "updateCustomCategory": update_custom_category,
    "deleteCustomCategory": delete_custom_category,
    "listCustomItems": list_custom_items,
    "createCustomItem": create_custom_item,
    "getCustomItem": get_custom_item,
    "deleteCustomItem": delete_custom_item,
    "getCustomItemGradebookItem": get_custom_item_gradebook_item,
    "listGrades": list_grades,
    "listGradebookGrades": list_grades,
    "createGrade": create_grade,
    "createGradebookGrade": create_grade,
    "getGrade": get_grade,
    "getGradebookGrade": get_grade,
    "updateGrade": update_grade,
    "updateGradebookGrade": update_grade,
    "deleteGrade": delete_grade,
    "deleteGradebookGrade": delete_grade,
    "getUserGrade": get_user_grade,
    "getGradebookUserGrade": get_user_grade,
    "createUserGrade": create_user_grade,
    "createGradebookUserGrade": create_user_grade,
    "updateUserGrade": update_user_grade,
    "updateGradebookUserGrade": update_user_grade,
    "deleteUserGrade": delete_user_grade,
    "deleteGradebookUserGrade": delete_user_grade,
    "getMyGrade": get_my_grade,
    "listUserGradebookItems": list_user_gradebook_items,
    "listGradebookUserGradebookItems": list_user_gradebook_items,
    "getUserGradebookItem": get_user_gradebook_item,
    "getUserGradebookItemsTotals": get_user_gradebook_items_totals,
    "getCourseGradeToDate": get_course_grade_to_date,
    "getMyCourseGradeToDate": get_my_course_grade_to_date,
    "listRosterCourseGradesToDate": list_roster_course_grades_to_date,
}
