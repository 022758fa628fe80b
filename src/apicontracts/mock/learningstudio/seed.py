"""The campus the mock starts with, derived from the recorded eCollege payloads in
`shared/samples/learningstudio/` (the 2011 "sandbox" campus: Mary Anderson, Dr. Ingrid Wells,
Accounting I (A), its gradebook and discussion topics). Names, ids, titles, grades and dates are
the recorded ones where a sample has them; the rest (roster members, exams, dropbox files, doc
sharing) is made up in the same style so that every route has something to serve.

Each collection is a list of plain records keyed by `id`; parents are referenced by id fields.
Dates far in the future keep the seeded schedules valid whenever the mock runs.
"""

from __future__ import annotations

from typing import Any

from apicontracts.mock.learningstudio.campus import (
    ADMINISTRATOR,
    PROFESSOR,
    STUDENT,
    TEACHING_ASSISTANT,
    Campus,
    Login,
)

Record = dict[str, Any]

CLIENT_STRING = "sandbox"
FAR_FUTURE = "2099-12-31T23:59:00Z"
NOT_YET = "2099-01-04T15:00:00Z"

# The recorded users, plus a teaching assistant, a second course's students and an administrator.
USERS: list[Record] = [
    {
        "id": 7520378,
        "userName": "manderson",
        "firstName": "Mary",
        "lastName": "Anderson",
        "emailAddress": "maryanderson@ecollege.com",
        "role": STUDENT,
    },
    {
        "id": 4822785,
        "userName": "kjohnson",
        "firstName": "Kai",
        "lastName": "Johnson",
        "emailAddress": "kaijohnson@ecollege.com",
        "role": STUDENT,
    },
    {
        "id": 111234,
        "userName": "jsmith",
        "firstName": "Jim",
        "lastName": "Smith",
        "emailAddress": "jim.smith@school.edu",
        "role": STUDENT,
    },
    {
        "id": 7520391,
        "userName": "lpark",
        "firstName": "Lee",
        "lastName": "Park",
        "emailAddress": "leepark@ecollege.com",
        "role": STUDENT,
    },
    {
        "id": 7513020,
        "userName": "iwells",
        "firstName": "Dr. Ingrid",
        "lastName": "Wells",
        "emailAddress": "catherines@ecollege.com",
        "role": PROFESSOR,
    },
    {
        "id": 8559636,
        "userName": "sbarnes",
        "firstName": "Samantha",
        "lastName": "Barnes",
        "emailAddress": "veronicas@ecollege.com",
        "role": PROFESSOR,
    },
    {
        "id": 412132,
        "userName": "dstewart",
        "firstName": "Dr. Daniel",
        "lastName": "Stewart",
        "emailAddress": "daniel.stewart@school.edu",
        "role": PROFESSOR,
    },
    {
        "id": 7520385,
        "userName": "pchen",
        "firstName": "Paula",
        "lastName": "Chen",
        "emailAddress": "paulachen@ecollege.com",
        "role": TEACHING_ASSISTANT,
    },
    {
        "id": 7500001,
        "userName": "lsadmin",
        "firstName": "Campus",
        "lastName": "Administrator",
        "emailAddress": "lsadmin@ecollege.com",
        "role": ADMINISTRATOR,
    },
]

PASSWORDS = {
    "manderson": "Sandbox-Mary-2011",
    "kjohnson": "Sandbox-Kai-2011",
    "jsmith": "Sandbox-Jim-2011",
    "lpark": "Sandbox-Lee-2011",
    "iwells": "Sandbox-Ingrid-2011",
    "sbarnes": "Sandbox-Samantha-2011",
    "dstewart": "Sandbox-Daniel-2011",
    "pchen": "Sandbox-Paula-2011",
    "lsadmin": "Sandbox-Admin-2011",
}


def default_campus() -> Campus:
    """The keys and logins `Credentials` hands out (made up, in the documented formats)."""
    return Campus(
        applications={
            "8c2e5b7a-3f1d-4a6e-9b0c-1d2e3f4a5b6c": "LSMockApp",
            # A second application on the same campus: its quota is its own.
            "2f9a6c1e-7b3d-4e5f-8a9b-0c1d2e3f4a5b": "LSMockOtherApp",
        },
        client_string=CLIENT_STRING,
        consumer_key="c6f8a9e2-4b1d-4c3e-a5f7-9d8e7f6a5b4c",
        shared_secret="mockSharedSecret",
        logins={
            user["userName"]: Login(user["id"], user["userName"], PASSWORDS[user["userName"]], user["role"])
            for user in USERS
        },
        # The enrollment listing answered "Access to that resource is denied" to an eCollege client.
        disabled={"2f9a6c1e-7b3d-4e5f-8a9b-0c1d2e3f4a5b": frozenset({"listCourseEnrolledUsers", "getSystemDateTime"})},
    )


TERMS: list[Record] = [
    {
        "id": 55886,
        "name": "Orientation",
        "startDateTime": "2010-08-01T06:00:00Z",
        "endDateTime": "2099-12-31T06:59:00Z",
        "clientString": CLIENT_STRING,
    },
    {
        "id": 58093,
        "name": "Fall 2010",
        "startDateTime": "2010-08-23T06:00:00Z",
        "endDateTime": "2010-12-18T06:59:00Z",
        "clientString": CLIENT_STRING,
    },
    {
        "id": 59571,
        "name": "Spring 2011",
        "startDateTime": "2011-01-24T07:00:00Z",
        "endDateTime": "2011-05-14T05:59:00Z",
        "clientString": CLIENT_STRING,
    },
    # A term of another campus on the same servers (client string seen in Pearson's configs).
    {
        "id": 71553,
        "name": "Spring 2015",
        "startDateTime": "2015-01-12T07:00:00Z",
        "endDateTime": "2015-05-09T05:59:00Z",
        "clientString": "gbtestc",
    },
]

COURSES: list[Record] = [
    {
        "id": 3433672,
        "displayCourseCode": "SOT",
        "title": "Student Orientation Tutorial",
        "callNumbers": [],
        "termId": 55886,
        "zoneName": "America/Denver",
    },
    {
        "id": 4747489,
        "displayCourseCode": "SOC320",
        "title": "Sociology&#58; The Basics",
        "callNumbers": [],
        "termId": 58093,
        "zoneName": "America/Denver",
    },
    {
        "id": 4855840,
        "displayCourseCode": "ACC 102",
        "title": "Accounting I &#40;A&#41;",
        "callNumbers": ["ACCOUNTING1"],
        "termId": 59571,
        "zoneName": "America/Denver",
    },
    {
        "id": 4855843,
        "displayCourseCode": "BUS-101",
        "title": "Introduction to Business",
        "callNumbers": ["BUSINESS1"],
        "termId": 59571,
        "zoneName": "America/Chicago",
    },
    {
        "id": 4855844,
        "displayCourseCode": "NUR 101",
        "title": "Nursing Neighborhood 2011",
        "callNumbers": ["NURSING1"],
        "termId": 59571,
        "zoneName": "America/Chicago",
    },
]

ACC = 4855840
SOC = 4747489
BUS = 4855843


def _enrollment(number: int, course: int, user: int, role: str, date: str) -> Record:
    return {"id": number, "courseId": course, "userId": user, "role": role, "enrollmentDate": date}


ENROLLMENTS: list[Record] = [
    _enrollment(900001, 3433672, 412132, PROFESSOR, "2010-08-01T06:00:00Z"),
    _enrollment(900002, 3433672, 7520378, STUDENT, "2010-08-02T16:12:00Z"),
    _enrollment(900003, SOC, 8559636, PROFESSOR, "2010-08-10T06:00:00Z"),
    _enrollment(900004, SOC, 7520378, STUDENT, "2010-08-20T18:40:00Z"),
    _enrollment(900005, SOC, 7520391, STUDENT, "2010-08-20T19:02:00Z"),
    _enrollment(900006, ACC, 7513020, PROFESSOR, "2011-01-10T07:00:00Z"),
    _enrollment(900007, ACC, 7520385, TEACHING_ASSISTANT, "2011-01-12T07:00:00Z"),
    _enrollment(900008, ACC, 7520378, STUDENT, "2011-01-20T15:31:00Z"),
    _enrollment(900009, ACC, 4822785, STUDENT, "2011-01-21T09:15:00Z"),
    _enrollment(900010, ACC, 111234, STUDENT, "2011-01-22T11:47:00Z"),
    _enrollment(900011, BUS, 7513020, PROFESSOR, "2011-01-10T07:00:00Z"),
    _enrollment(900012, BUS, 7520378, STUDENT, "2011-01-20T15:33:00Z"),
    _enrollment(900013, BUS, 4822785, STUDENT, "2011-01-21T09:20:00Z"),
    _enrollment(900014, 4855844, 7513020, PROFESSOR, "2011-01-10T07:00:00Z"),
    _enrollment(900015, 4855844, 7520378, STUDENT, "2011-01-20T15:35:00Z"),
]


def _item(
    number: int,
    course: int,
    title: str,
    kind: str,
    parent: int | None,
    order: int,
    *,
    hidden: bool = False,
    start: str | None = None,
    end: str | None = None,
    due: str | None = None,
) -> Record:
    return {
        "id": number,
        "courseId": course,
        "title": title,
        "contentType": kind,
        "parentId": parent,
        "orderNumber": order,
        "hiddenFromStudents": hidden,
        "startDateTime": start,
        "endDateTime": end,
        "dueDate": due,
    }


# Units (ids starting 200) hold items (ids starting 100), as in LearningStudio (LIBDOC content).
ITEMS: list[Record] = [
    _item(200126516550, ACC, "Course Home", "unit", None, 0),
    _item(100126516551, ACC, "Welcome", "textMultimedia", 200126516550, 1),
    _item(100126516552, ACC, "Syllabus", "msOfficeDocument", 200126516550, 2),
    _item(100126516553, ACC, "Instructor Notes", "textMultimedia", 200126516550, 3, hidden=True),
    _item(
        200126516560,
        ACC,
        "Accounting and the Business Environment",
        "unit",
        None,
        1,
        start="2011-01-24T07:00:00Z",
        end="2011-01-31T06:59:00Z",
    ),
    _item(100126516561, ACC, "Reading: Chapter 1", "textMultimedia", 200126516560, 1),
    _item(100126516562, ACC, "Study Guide", "webContentUpload", 200126516560, 2),
    _item(100126516567, ACC, "Discussion", "threadedDiscussion", 200126516560, 4, due="2011-01-30T06:59:00Z"),
    _item(100126516568, ACC, "Assignments", "dropbox", 200126516560, 5, due="2011-01-31T06:59:00Z"),
    _item(
        100126516580,
        ACC,
        "Quiz 1",
        "exam",
        200126516560,
        6,
        start="2011-01-24T07:00:00Z",
        end=FAR_FUTURE,
        due=FAR_FUTURE,
    ),
    _item(100126516587, ACC, "Quiz - MyLab", "exam", 200126516560, 7, start="2011-01-24T07:00:00Z", end=FAR_FUTURE),
    _item(200126516590, ACC, "Recording Business Transactions", "unit", None, 2),
    _item(100126516593, ACC, "Discussion", "threadedDiscussion", 200126516590, 4, due="2011-02-06T06:59:00Z"),
    _item(100126516594, ACC, "Assignments", "dropbox", 200126516590, 5, due="2099-02-07T06:59:00Z"),
    _item(100126516596, ACC, "Final Exam", "exam", 200126516590, 6, start=NOT_YET, end=FAR_FUTURE, due=FAR_FUTURE),
    _item(200121757480, SOC, "Economics &#38; Politics", "unit", None, 1),
    _item(100121757491, SOC, "Discussion&#58; Thinking Globally", "threadedDiscussion", 200121757480, 3),
    _item(100121757495, SOC, "Reading: Income Inequality", "textMultimedia", 200121757480, 4),
    _item(200126516950, BUS, "Course Home", "unit", None, 0),
    _item(100126516960, BUS, "Class Lounge", "threadedDiscussion", 200126516950, 1),
    _item(100126516961, BUS, "Virtual Office", "threadedDiscussion", 200126516950, 2),
]

TEXT_HTML = {
    100126516551: "<p>Welcome to Accounting I. Start with the syllabus and introduce yourself in the Discussion.</p>",
    100126516553: "<p>Answer key for Quiz 1 is in the exam settings. Not visible to students.</p>",
    100126516561: "<h2>Chapter 1</h2><p>Accounting is the information system that measures business activities.</p>",
    100126516562: "<h1>Study Guide</h1><p>Review the accounting equation: Assets = Liabilities + Equity.</p>",
    100126516552: "<h1>ACC 102 Syllabus</h1><p>Office hours: Tuesdays 6-7 PM (Virtual Office).</p>",
    100121757495: "<p>Read the case study on income inequality in Denmark before the discussion.</p>",
}

# The topics of the recorded `/me/userTopics` sample, plus a hidden and a post-first topic.
THREADS: list[Record] = [
    {
        "id": 100126516567,
        "courseId": ACC,
        "introductoryText": "<p>Introduce yourself and discuss an accounting scandal in the news.</p>",
    },
    {"id": 100126516593, "courseId": ACC, "introductoryText": "<p>Discuss the week's business transactions.</p>"},
    {"id": 100121757491, "courseId": SOC, "introductoryText": "<p>Think globally about income inequality.</p>"},
    {"id": 100126516960, "courseId": BUS, "introductoryText": "<p>The Class Lounge: talk about anything.</p>"},
    {"id": 100126516961, "courseId": BUS, "introductoryText": "<p>Ask your instructor questions here.</p>"},
]


def _topic(number: int, thread: int, title: str, order: int, description: str, **flags: bool) -> Record:
    return {
        "id": number,
        "threadId": thread,
        "title": title,
        "description": description,
        "orderNumber": order,
        "isHiddenTopic": flags.get("hidden", False),
        "isPostFirstEnabled": flags.get("post_first", False),
    }


TOPICS: list[Record] = [
    _topic(
        7205763,
        100126516567,
        "Introduction",
        1,
        "\r\n<p><strong>Step 1: Post your introductory information to the discussion board.</strong></p>\r\n",
    ),
    _topic(
        7205764, 100126516567, "Grading Rubric (instructors)", 2, "<p>How discussion posts are graded.</p>", hidden=True
    ),
    _topic(
        7205766,
        100126516567,
        "Scandal Analysis",
        3,
        "<p>Post your analysis before reading your classmates'.</p>",
        post_first=True,
    ),
    _topic(7205765, 100126516593, "Better Days Ahead", 1, "<p>What do you expect from the next quarter?</p>"),
    _topic(
        6452715,
        100121757491,
        "WHAT DO YOU THINK&#63;",
        0,
        "\r\n<ol>\r\n<li>What evidence of less income inequality might you expect to see in Denmark if you were"
        " to visit that country?\r\n</li></ol>\r\n",
    ),
    _topic(7205801, 100126516960, "Introductions", 0, "<p>Say hello.</p>"),
    _topic(7205802, 100126516960, "Networking", 10, "<p>Share your LinkedIn profile.</p>"),
    _topic(7205805, 100126516961, "Questions", 0, "<p>Questions for the instructor.</p>"),
]


def _post(number: int, topic: int, parent: int | None, author: int, title: str, text: str, when: str) -> Record:
    return {
        "id": number,
        "topicId": topic,
        "parentId": parent,
        "authorId": author,
        "title": title,
        "description": text,
        "postedDate": when,
    }


RESPONSES: list[Record] = [
    _post(
        128179401,
        7205763,
        None,
        7520378,
        "Hello from Mary",
        "<p>I am Mary, an accounting major. The Enron scandal interests me most.</p>",
        "2011-01-25T17:08:24Z",
    ),
    _post(
        128179402,
        7205763,
        128179401,
        4822785,
        "RE: Hello from Mary",
        "<p>Welcome Mary! Enron is a classic.</p>",
        "2011-01-25T19:30:02Z",
    ),
    _post(
        128179403,
        7205763,
        128179402,
        7513020,
        "RE: RE: Hello from Mary",
        "<p>Good start, both of you. Consider the role of the auditors.</p>",
        "2011-01-26T08:12:45Z",
    ),
    _post(
        128179404,
        7205763,
        None,
        4822785,
        "Kai here",
        "<p>Hi all, I am Kai, studying business.</p>",
        "2011-01-26T10:01:10Z",
    ),
    _post(
        128179405,
        7205766,
        None,
        4822785,
        "WorldCom",
        "<p>WorldCom capitalized operating expenses.</p>",
        "2011-01-27T14:22:31Z",
    ),
    _post(128179406, 7205764, None, 7513020, "Rubric", "<p>Posts are worth 20 points.</p>", "2011-01-24T07:30:00Z"),
    _post(
        128179407,
        6452715,
        None,
        7520391,
        "Denmark",
        "<p>I would expect fewer gated communities and more public services.</p>",
        "2010-09-14T21:05:00Z",
    ),
]

# (userId, responseId) pairs a user has read.
READ_RESPONSES: list[Record] = [
    {"id": "7520378-128179402", "userId": 7520378, "responseId": 128179402},
    {"id": "4822785-128179401", "userId": 4822785, "responseId": 128179401},
]

# The recorded `courseitemgrades` sample: Mary's gradebook in Accounting I (A).
GRADEBOOK_ITEMS: list[Record] = [
    {
        "id": "331f8398-1041-46a8-bd37-ac0aa4b463a5",
        "courseId": ACC,
        "itemId": 100126516567,
        "type": "Discussion",
        "title": "Accounting and the Business Environment - Discussion",
        "pointsPossible": 20.0,
    },
    {
        "id": "1bb40079-3827-442e-bf46-c18bcd069c9b",
        "courseId": ACC,
        "itemId": None,
        "type": "Attendance",
        "title": "Accounting and the Business Environment - Attendance",
        "pointsPossible": 5.0,
    },
    {
        "id": "009a7d9a-5662-40f2-9e85-96263ef20bb3",
        "courseId": ACC,
        "itemId": 100126516587,
        "type": "Exam",
        "title": "Accounting and the Business Environment - Quiz - MyLab",
        "pointsPossible": 10.0,
    },
    {
        "id": "f418a5dc-7b87-4a07-bf0f-3c67add55b85",
        "courseId": ACC,
        "itemId": 100126516568,
        "type": "Dropbox",
        "title": "Accounting and the Business Environment - Assignments",
        "pointsPossible": 10.0,
    },
    {
        "id": "f7420be1-9684-4342-b903-3671ed67073f",
        "courseId": ACC,
        "itemId": None,
        "type": "Attendance",
        "title": "Course Home - Attendance",
        "pointsPossible": 5.0,
    },
    {
        "id": "dc91a83a-3863-4fef-99e9-fe0a259ed400",
        "courseId": ACC,
        "itemId": 100126516580,
        "type": "Exam",
        "title": "Accounting and the Business Environment - Quiz 1",
        "pointsPossible": 15.0,
    },
    {
        "id": "04eda1fa-c8fd-4395-a58e-8c16cae15d24",
        "courseId": ACC,
        "itemId": 100126516593,
        "type": "Discussion",
        "title": "Recording Business Transactions - Discussion",
        "pointsPossible": 20.0,
    },
    {
        "id": "7c0e8edb-f1df-40a8-bc09-e7eb5da1b824",
        "courseId": ACC,
        "itemId": 100126516594,
        "type": "Dropbox",
        "title": "Recording Business Transactions - Assignments",
        "pointsPossible": 10.0,
    },
    {
        "id": "3fdbc99a-531a-4700-aa59-6c67aa1495d1",
        "courseId": ACC,
        "itemId": None,
        "type": "Attendance",
        "title": "Recording Business Transactions - Attendance",
        "pointsPossible": 5.0,
    },
    {
        "id": "5b1f7c2d-8e3a-4f6b-9c0d-1e2f3a4b5c6d",
        "courseId": SOC,
        "itemId": 100121757491,
        "type": "Discussion",
        "title": "Economics &#38; Politics - Discussion",
        "pointsPossible": 25.0,
    },
]


def _grade(number: int, item: str, user: int, points: float, letter: str, comments: str, when: str) -> Record:
    return {
        "id": number,
        "gradebookItemId": item,
        "userId": user,
        "points": points,
        "letterGrade": letter,
        "comments": comments,
        "updatedDate": when,
    }


GRADES: list[Record] = [
    _grade(
        400990600,
        "331f8398-1041-46a8-bd37-ac0aa4b463a5",
        7520378,
        19.0,
        "A",
        "Great work Mary, thanks for your responses.<br>\r\n",
        "2011-01-31T06:42:27Z",
    ),
    _grade(400990740, "1bb40079-3827-442e-bf46-c18bcd069c9b", 7520378, 5.0, "A", "", "2011-01-31T06:40:45Z"),
    _grade(400994940, "009a7d9a-5662-40f2-9e85-96263ef20bb3", 7520378, 9.0, "A", "Good. ", "2011-01-31T06:56:33Z"),
    _grade(
        400995120,
        "f418a5dc-7b87-4a07-bf0f-3c67add55b85",
        7520378,
        9.0,
        "A",
        "Please review my comments in your returned assignment.",
        "2011-01-31T08:00:22Z",
    ),
    _grade(400995201, "f7420be1-9684-4342-b903-3671ed67073f", 7520378, 5.0, "A", "", "2011-01-31T07:50:02Z"),
    _grade(400996010, "dc91a83a-3863-4fef-99e9-fe0a259ed400", 7520378, 12.0, "", "", "2011-02-01T04:26:29Z"),
    _grade(401010333, "04eda1fa-c8fd-4395-a58e-8c16cae15d24", 7520378, 17.0, "B", "Good work.", "2011-02-07T19:16:13Z"),
    _grade(401010871, "7c0e8edb-f1df-40a8-bc09-e7eb5da1b824", 7520378, 8.0, "B", "Good work.", "2011-02-07T20:17:46Z"),
    _grade(401011002, "3fdbc99a-531a-4700-aa59-6c67aa1495d1", 7520378, 5.0, "A", "", "2011-02-07T20:49:39Z"),
    _grade(
        400990601,
        "331f8398-1041-46a8-bd37-ac0aa4b463a5",
        4822785,
        16.0,
        "B",
        "Respond to two classmates.",
        "2011-01-31T06:44:02Z",
    ),
    _grade(400990741, "1bb40079-3827-442e-bf46-c18bcd069c9b", 4822785, 5.0, "A", "", "2011-01-31T06:40:51Z"),
    _grade(
        400990602,
        "331f8398-1041-46a8-bd37-ac0aa4b463a5",
        111234,
        12.0,
        "C",
        "Post earlier next week.",
        "2011-01-31T06:45:40Z",
    ),
]

CUSTOM_CATEGORIES: list[Record] = [
    {"id": "0a6e8c4d-2b1f-4e3a-9d7c-5f6e7d8c9b0a", "courseId": ACC, "title": "Participation", "isAssignable": True},
]

CUSTOM_ITEMS: list[Record] = [
    {
        "id": "4c2d9e8f-7a6b-4c5d-8e9f-0a1b2c3d4e5f",
        "categoryId": "0a6e8c4d-2b1f-4e3a-9d7c-5f6e7d8c9b0a",
        "unitId": 200126516560,
        "gradebookItemId": "1bb40079-3827-442e-bf46-c18bcd069c9b",
    },
]

ANNOUNCEMENTS: list[Record] = [
    {
        "id": 16679287,
        "courseId": SOC,
        "subject": "Remember to use the Mobile site",
        "text": "Take a look at the login page and you will see the mobile website for our class.&nbsp; "
        "Be sure to use it on the go!",
        "submitter": "Dr. Ingrid Wells",
        "startDisplayDate": "2011-01-25T07:00:00Z",
        "endDisplayDate": "2015-11-16T06:59:00Z",
    },
    {
        "id": 16680001,
        "courseId": ACC,
        "subject": "Welcome to Accounting I",
        "text": "Please read the syllabus and post your introduction by Friday.",
        "submitter": "Dr. Ingrid Wells",
        "startDisplayDate": "2011-01-24T07:00:00Z",
        "endDisplayDate": FAR_FUTURE,
    },
    {
        "id": 16680002,
        "courseId": ACC,
        "subject": "Quiz 1 is open",
        "text": "Quiz 1 covers chapter 1. You have one attempt.",
        "submitter": "Dr. Ingrid Wells",
        "startDisplayDate": "2011-01-26T07:00:00Z",
        "endDisplayDate": FAR_FUTURE,
    },
    {
        "id": 16680003,
        "courseId": ACC,
        "subject": "Office hours moved",
        "text": "This week's office hours are on Wednesday.",
        "submitter": "Paula Chen",
        "startDisplayDate": "2011-01-24T07:00:00Z",
        "endDisplayDate": "2011-01-28T06:59:00Z",
    },
]

ANNOUNCEMENT_READS: list[Record] = [
    {"id": "7520378-16680001", "userId": 7520378, "announcementId": 16680001},
]

# The recorded `baskets/submissions` sample: basket 3610001 of Accounting I (A).
DROPBOX_BASKETS: list[Record] = [
    {"id": 3610001, "courseId": ACC, "itemId": 100126516594, "title": "Lesson 2&#58; Assignments"},
    {"id": 3610000, "courseId": ACC, "itemId": 100126516568, "title": "Lesson 1&#58; Assignments"},
]

DROPBOX_MESSAGES: list[Record] = [
    {
        "id": 47384156,
        "basketId": 3610001,
        "studentId": 7520378,
        "authorId": 7520378,
        "date": "2011-02-07T20:15:06Z",
        "comments": "There was no student submission.",
    },
    {
        "id": 47384157,
        "basketId": 3610001,
        "studentId": 7520378,
        "authorId": 7513020,
        "date": "2011-02-07T20:15:07Z",
        "comments": "Good work.",
    },
    {
        "id": 47384884,
        "basketId": 3610001,
        "studentId": 7520378,
        "authorId": 7513020,
        "date": "2011-02-07T20:17:46Z",
        "comments": "Good work.",
    },
    {
        "id": 47384901,
        "basketId": 3610001,
        "studentId": 4822785,
        "authorId": 4822785,
        "date": "2011-02-06T22:41:12Z",
        "comments": "My journal entries for problem 2-3.",
    },
]

DROPBOX_ATTACHMENTS: list[Record] = [
    {
        "id": 5120001,
        "messageId": 47384157,
        "name": "graded-journal-entries.docx",
        "mediaType": "application/octet-stream",
        "content": "PK\u0003\u0004 graded journal entries",
    },
    {
        "id": 5120002,
        "messageId": 47384901,
        "name": "problem-2-3.xlsx",
        "mediaType": "application/octet-stream",
        "content": "PK\u0003\u0004 problem 2-3 worksheet",
    },
]

DOC_SHARING_CATEGORIES: list[Record] = [
    # The course's own category has the course's id (Critiques sample).
    {"id": ACC, "courseId": ACC, "title": "Accounting I &#40;A&#41;", "groupOnly": False},
    {"id": 7731002, "courseId": ACC, "title": "Instructors", "groupOnly": True},
    {"id": SOC, "courseId": SOC, "title": "Sociology&#58; The Basics", "groupOnly": False},
]

DOC_SHARING_DOCUMENTS: list[Record] = [
    {
        "id": 88120001,
        "categoryId": ACC,
        "fileName": "chart-of-accounts.pdf",
        "fileDescription": "Chart of accounts for the practice set",
        "uploadedTime": "2011-01-24T18:02:11Z",
        "submitterId": 7513020,
        "isSharedWithInstructorOnly": False,
        "content": "%PDF-1.4 chart of accounts",
    },
    {
        "id": 88120002,
        "categoryId": ACC,
        "fileName": "my-critique.docx",
        "fileDescription": "Critique for Dr. Wells only",
        "uploadedTime": "2011-02-02T03:15:40Z",
        "submitterId": 4822785,
        "isSharedWithInstructorOnly": True,
        "content": "PK\u0003\u0004 critique",
    },
    {
        "id": 88120003,
        "categoryId": 7731002,
        "fileName": "answer-keys.pdf",
        "fileDescription": "Answer keys",
        "uploadedTime": "2011-01-20T15:00:00Z",
        "submitterId": 7513020,
        "isSharedWithInstructorOnly": False,
        "content": "%PDF-1.4 answer keys",
    },
]

WEBLIOGRAPHY_ENTRIES: list[Record] = [
    {
        "id": 11380001,
        "courseId": ACC,
        "title": "FASB",
        "description": "Financial Accounting Standards Board",
        "url": "https://www.fasb.org",
        "submitterId": 7513020,
        "categoryId": 11380945,
        "categoryTitle": "Standards",
    },
    {
        "id": 11380002,
        "courseId": ACC,
        "title": "SEC EDGAR",
        "description": "Company filings",
        "url": "https://www.sec.gov/edgar",
        "submitterId": 7520378,
        "categoryId": 11380945,
        "categoryTitle": "Standards",
    },
]

SOCIAL_PROFILES: list[Record] = [
    {
        "id": f"{CLIENT_STRING}_manderson",
        "userId": 7520378,
        "nickname": "Mare",
        "interests": ["auditing", "running"],
        "books": ["Liar's Poker"],
        "music": ["jazz"],
        "movies": ["The Big Short"],
    },
    {
        "id": f"{CLIENT_STRING}_kjohnson",
        "userId": 4822785,
        "nickname": "Kai",
        "interests": ["startups"],
        "books": [],
        "music": ["indie"],
        "movies": [],
    },
]

# A 1x1 transparent PNG: the smallest avatar that is a real image.
PNG_PIXEL = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)

AVATARS: list[Record] = [
    {"id": f"{CLIENT_STRING}_manderson", "mediaType": "image/png", "content": PNG_PIXEL.decode("latin-1")},
]

# Exams live in exam content items (same id). Quiz 1 has one question of every type; the Final
# Exam's scheduled start is in the future; the Practice Quiz has a password and can be retaken.
EXAMS: list[Record] = [
    {
        "id": 100126516580,
        "courseId": ACC,
        "title": "Quiz 1",
        "description": "Chapter 1: the accounting equation.",
        "allowedAttempts": 1,
        "duration": 30,
        "isRetakable": False,
        "password": None,
        "gradebookReviewDate": "2011-02-07T07:00:00Z",
    },
    {
        "id": 100126516587,
        "courseId": ACC,
        "title": "Practice Quiz",
        "description": "Practice as often as you like.",
        "allowedAttempts": 0,
        "duration": 0,
        "isRetakable": True,
        "password": "ledger",
        "gradebookReviewDate": None,
    },
    {
        "id": 100126516596,
        "courseId": ACC,
        "title": "Final Exam",
        "description": "Chapters 1-12.",
        "allowedAttempts": 1,
        "duration": 120,
        "isRetakable": False,
        "password": None,
        "gradebookReviewDate": "2099-05-14T06:00:00Z",
    },
]

EXAM_SECTIONS: list[Record] = [
    {"id": 31001, "examId": 100126516580, "title": "Concepts", "orderNumber": 1},
    {"id": 31002, "examId": 100126516580, "title": "Application", "orderNumber": 2},
    {"id": 31011, "examId": 100126516587, "title": "Practice", "orderNumber": 1},
    {"id": 31021, "examId": 100126516596, "title": "Part 1", "orderNumber": 1},
]


def _question(number: int, section: int, kind: str, text: str, points: float, **parts: Any) -> Record:
    return {"id": number, "sectionId": section, "type": kind, "text": text, "pointsPossible": points, **parts}


QUESTIONS: list[Record] = [
    _question(
        3200001,
        31001,
        "trueFalse",
        "Assets = Liabilities + Equity.",
        2.0,
        choices=[{"id": 1, "text": "True"}, {"id": 2, "text": "False"}],
        correct=[1],
    ),
    _question(
        3200002,
        31001,
        "multipleChoice",
        "Which statement reports financial position at a point in time?",
        2.0,
        choices=[
            {"id": 11, "text": "Income statement"},
            {"id": 12, "text": "Balance sheet"},
            {"id": 13, "text": "Statement of cash flows"},
        ],
        correct=[12],
    ),
    _question(
        3200003,
        31001,
        "manyMultipleChoice",
        "Which of these are assets?",
        3.0,
        choices=[{"id": 21, "text": "Cash"}, {"id": 22, "text": "Accounts payable"}, {"id": 23, "text": "Inventory"}],
        correct=[21, 23],
    ),
    _question(
        3200004,
        31001,
        "matching",
        "Match each account to its type.",
        2.0,
        premises=[{"id": 31, "text": "Unearned revenue"}, {"id": 32, "text": "Prepaid rent"}],
        choices=[{"id": 41, "text": "Liability"}, {"id": 42, "text": "Asset"}],
        correct=[{"premiseId": 31, "choiceId": 41}, {"premiseId": 32, "choiceId": 42}],
    ),
    _question(
        3200005,
        31002,
        "short",
        "Name the principle that records revenue when earned.",
        2.0,
        correct=["revenue recognition"],
    ),
    _question(3200006, 31002, "essay", "Explain why accrual accounting matters to investors.", 3.0),
    _question(
        3200007,
        31002,
        "fillInTheBlank",
        "The accounting equation is Assets = ____ + ____.",
        1.0,
        correct=["Liabilities", "Equity"],
    ),
    _question(
        3200101,
        31011,
        "trueFalse",
        "A debit increases an asset account.",
        1.0,
        choices=[{"id": 1, "text": "True"}, {"id": 2, "text": "False"}],
        correct=[1],
    ),
    _question(
        3200102,
        31011,
        "multipleChoice",
        "Revenue is recorded with a ...",
        1.0,
        choices=[{"id": 11, "text": "Debit"}, {"id": 12, "text": "Credit"}],
        correct=[12],
    ),
    _question(3200201, 31021, "essay", "Discuss the accounting cycle.", 10.0),
]

# Mary's Final Exam was provisioned before the instructor moved its start to the future: starting
# an attempt now is refused until the scheduled start (the exam guides' 403).
EXAM_INSTANCES: list[Record] = [
    {"id": f"7520378-{100126516596}", "userId": 7520378, "examId": 100126516596, "provisioned": "2011-04-20T16:00:00Z"},
]

# The seed, by collection.
SEED: dict[str, list[Record]] = {
    "users": USERS,
    "terms": TERMS,
    "courses": COURSES,
    "enrollments": ENROLLMENTS,
    "items": ITEMS,
    "threads": THREADS,
    "topics": TOPICS,
    "responses": RESPONSES,
    "readResponses": READ_RESPONSES,
    "gradebookItems": GRADEBOOK_ITEMS,
    "grades": GRADES,
    "customCategories": CUSTOM_CATEGORIES,
    "customItems": CUSTOM_ITEMS,
    "announcements": ANNOUNCEMENTS,
    "announcementReads": ANNOUNCEMENT_READS,
    "dropboxBaskets": DROPBOX_BASKETS,
    "dropboxMessages": DROPBOX_MESSAGES,
    "dropboxAttachments": DROPBOX_ATTACHMENTS,
    "docSharingCategories": DOC_SHARING_CATEGORIES,
    "docSharingDocuments": DOC_SHARING_DOCUMENTS,
    "webliographyEntries": WEBLIOGRAPHY_ENTRIES,
    "socialProfiles": SOCIAL_PROFILES,
    "avatars": AVATARS,
    "exams": EXAMS,
    "examSections": EXAM_SECTIONS,
    "questions": QUESTIONS,
    "examInstances": EXAM_INSTANCES,
}
