"""Why a documented status is never reached when the fuzzer runs against a built-in mock.

A fuzz run against a mock cannot reach every documented status through its real cause: rate
limits are off, failures happen only when injected, and the run logs in as one identity. Each
such gap is stated here as data, per API, with the reason and where the status is proven instead,
and the coverage report shows the reason next to the cell. A never-reached cell without a reason
is a gap to close (a missing fixture, too few examples), and the report lists it as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Unreached:
    """Documented statuses a run cannot reach, for some operations (all when `operations` is empty)."""

    statuses: frozenset[int]
    why: str
    operations: frozenset[str] = frozenset()

    def covers(self, operation_id: str, status: int) -> bool:
        return status in self.statuses and (not self.operations or operation_id in self.operations)


def reason_for(reasons: Iterable[Unreached], operation_id: str, status: int) -> Unreached | None:
    """The first reason that covers the cell: list specific reasons before general ones."""
    return next((reason for reason in reasons if reason.covers(operation_id, status)), None)


ASSIGNR_TABLE = "tests/mocks/test_assignr_status_table.py"
ASSIGNR_ACCOUNT_WIDE = frozenset(
    {
        "getCurrentAccount",
        "listCurrentAccountGames",
        "listCurrentAccountSites",
        "listCurrentAccountUsers",
        "listSites",
        "listStatements",
        "listAllUnassignedGames",
    }
)

ASSIGNR: tuple[Unreached, ...] = (
    Unreached(
        frozenset({429}),
        "Rate limits are off while fuzzing the mock (180 requests a minute would turn most answers into "
        f"429). The mock's 429 for every operation is proven by {ASSIGNR_TABLE} (`the token's rate limit "
        "is used up`).",
    ),
    Unreached(
        frozenset({500, 503}),
        "Fault injection only (`Prefer: code=500|503`, `apicontracts mock --error-rate`): no request a "
        f"client sends makes the mock fail. Proven by {ASSIGNR_TABLE} (`injected fault`).",
    ),
    Unreached(
        frozenset({200, 201, 204, 401}),
        "Only the assigned official may answer an assignment, and only an official of the game's site may "
        "request it; the run logs in as the `default` client (Mr. Burns, an assignor), which gets 403 or "
        "422 here. Without a 2xx the `credentials_required` probe (the run's way to 401) does not run. The "
        f"`official` client reaches them: {ASSIGNR_TABLE}.",
        frozenset({"confirmAssignment", "requestGame"}),
    ),
    Unreached(
        frozenset({204}),
        "A success the documentation allows besides the one the mock uses: the mock answers with the "
        "resource (200, or 201 on create) instead of an empty 204.",
        frozenset({"createGame", "updateGame", "unassignGame", "assignOfficial", "updateUser"}),
    ),
    Unreached(
        frozenset({402}),
        "Account-wide operations answer 402 only when none of the account's sites is subscribed (the "
        "`lapsed` client); the run logs in as `default`, whose account has two subscribed sites. "
        f"Proven by {ASSIGNR_TABLE}.",
        ASSIGNR_ACCOUNT_WIDE,
    ),
    Unreached(
        frozenset({402}),
        "402 needs a record of the lapsed site 5678; the fuzzer learns ids only from answers, and that "
        "site's lists answer 402, so it reaches this only when it draws such an id (site and user ids "
        f"it does learn). Proven for every operation by {ASSIGNR_TABLE}.",
    ),
    Unreached(
        frozenset({403}),
        "The run logs in as the `default` client (scopes read, write and bank), which gets 403 only on "
        "a site its account does not belong to (4321), whose ids never appear in its answers. The "
        f"`read_only` and `bank_only` clients (missing scope) and site 4321 reach it: {ASSIGNR_TABLE}.",
    ),
)

LS_TESTS = "tests/mocks/learningstudio"
# Operations whose `x-roles` leave out the professor the run logs in as.
LS_NOT_FOR_PROFESSORS = frozenset(
    {
        "listTermCourses",  # administrators
        "createCourseDropboxBasketMessage",  # students, from here on
        "listUserViewResponseReplies",
        "getTopicResponseCounts",
        "getResponseCounts",
        "provisionExam",
        "listExamAttempts",
        "updateExamAttempt",
        "getExamAttemptSummary",
        "deleteExamAttemptAnswer",
    }
)
LS_EXAM_TAKING = frozenset(
    {
        "createExamAttempt",
        "getExamAttempt",
        "listExamAttemptAnswers",
        "createExamAttemptAnswer",
        "getExamAttemptAnswer",
        "updateExamAttemptAnswer",
        "getTrueFalseQuestion",
        "listTrueFalseQuestionChoices",
        "getMultipleChoiceQuestion",
        "listMultipleChoiceQuestionChoices",
        "getManyMultipleChoiceQuestion",
        "listManyMultipleChoiceQuestionChoices",
        "getMatchingQuestion",
        "listMatchingQuestionPremises",
        "listMatchingQuestionChoices",
        "getShortQuestion",
        "getEssayQuestion",
        "getFillInTheBlankQuestion",
    }
)
# Operations whose only 403 causes are an OAuth 1 request to an OAuth 2-only API, the application not
# being enabled for the API, or a student asking for someone else's data.
LS_NO_403_FOR_THE_RUN = frozenset(
    {
        "getMe",
        "getSystemDateTime",
        "listMyClassmates",
        "getMyClassmate",
        "listMyTerms",
        "listMyCourses",
        "getMyWhatsHappeningFeed",
        "listMyUpcomingEvents",
        "uploadTempFile",
        "getAvatar",
        "getAvatarThumbnail",
        "getSocialPerson",
        "getUserWhatsHappeningFeed",
        "listUserClassmates",
        "listUserCourses",
        "listUserTerms",
        "listUserUpcomingEvents",
        "getUser",
    }
)
LS_PERSONAS = frozenset(
    {"getAvatar", "getAvatarThumbnail", "createAvatar", "updateAvatar", "deleteAvatar", "getSocialPerson"}
    | {"updateSocialPerson"}
)

LEARNINGSTUDIO: tuple[Unreached, ...] = (
    Unreached(
        frozenset({429}),
        "Rate limits are off while fuzzing the mock (500 requests a second per Application ID would cut "
        f"the run short). The 429 is proven by {LS_TESTS}/test_rate_limit.py.",
    ),
    Unreached(
        frozenset({500, 502, 503}),
        "Fault injection only (`Prefer: code=500|502|503`, `apicontracts mock --error-rate`): no request a "
        f"client sends makes the mock fail. Proven by {LS_TESTS}/test_status_codes.py.",
    ),
    Unreached(
        frozenset({200, 201, 204, 401, 404}),
        "The operation's `x-roles` leave out professors (students only, or administrators only for "
        "`listTermCourses`); the run logs in as a professor, whom the role rule refuses (403) before any "
        "id is looked up, so neither a success, nor a 404, nor the 401 probe (which follows a 2xx) happens. "
        f"{LS_TESTS}/test_every_operation.py and test_status_sweep.py call them with the right role.",
        LS_NOT_FOR_PROFESSORS,
    ),
    Unreached(
        frozenset({200, 201, 204, 401}),
        "An exam attempt exists only once its student starts it, and the questions need that attempt's "
        "`Pearson-Exam-Token`: the only provisioned instance in the seed (Mary's Final Exam, the examples' "
        "exam) opens in 2099, so the run's professor can start none (403) and finds no attempt, answer or "
        f"readable question (404, 403). The student's flows in {LS_TESTS}/test_exams.py reach them.",
        LS_EXAM_TAKING,
    ),
    Unreached(
        frozenset({200}),
        "A login needs the mock's own credentials, which the spec's examples and generated forms do not "
        "carry (schema-valid logins get 400, forgiven as the token endpoint's). The harness's own login "
        f"before the run gets 200 outside the matrix; {LS_TESTS}/test_tokens.py proves every grant.",
        frozenset({"createToken"}),
    ),
    Unreached(
        frozenset({200}),
        "`/me/.../grade` is the caller's own grade, and the run's professor has none (404).",
        frozenset({"getMyGrade"}),
    ),
    Unreached(
        frozenset({201}),
        "Sharing needs a file uploaded first with `POST /tempfiles`, whose `fileLocation` goes into the "
        "body; OpenAPI links cannot build a body around a value, so the fuzzer's links name no upload "
        f"(404). {LS_TESTS}/test_every_operation.py and test_content.py upload, then share.",
        frozenset({"createCourseDocSharingDocument"}),
    ),
    Unreached(
        frozenset({201, 204, 401}),
        "Synonymous routes (Pearson: one resource under two paths, with and without `/gradebook`, and "
        "the teacher and user views of a grade) share their examples: whichever runs first creates or "
        "deletes the example grade, and the others get the conflict (400) or 404; the 401 probe follows "
        "a 2xx, so it lands where the 2xx did.",
        frozenset(
            {
                "createGrade",
                "createGradebookGrade",
                "createUserGrade",
                "createGradebookUserGrade",
                "deleteGrade",
                "deleteGradebookGrade",
                "deleteUserGrade",
                "deleteGradebookUserGrade",
            }
        ),
    ),
    Unreached(
        frozenset({201, 204, 404}),
        "Only a persona's owner writes it. The examples name Mary's persona (403); the professor's own "
        "(sandbox_iwells) and made-up personas (404) are drawn only now and then, as schemathesis mostly "
        "reuses personas from answers, and an upload must then also be an image (it sends arbitrary "
        f"bytes or a file sample). {LS_TESTS}/test_roles.py, test_status_codes.py and "
        "test_every_operation.py reach every one.",
        LS_PERSONAS,
    ),
    Unreached(
        frozenset({403}),
        "The run is a professor with an OAuth 2 token of the enabled application: it meets none of these "
        "403 causes (an OAuth 1 request to an OAuth 2-only API, an application not enabled for it, a "
        "student asking for someone else's data; for a professor, a user sharing none of their courses, "
        f"whom the run's ids never name). {LS_TESTS}/test_authentication.py, test_roles.py and "
        "test_status_codes.py reach each.",
        LS_NO_403_FOR_THE_RUN,
    ),
    Unreached(
        frozenset({400}),
        "Without ids or query parameters, only a dot suffix other than `.json`/`.xml` (`/me.txt`) is a 400; "
        "the fuzzer's wrong suffixes have no dot and make a path no route matches (404). Proven by "
        f"{LS_TESTS}/test_status_codes.py.",
        frozenset({"getMe", "getSystemDateTime", "listMyClassmates", "listMyTerms"}),
    ),
)

# API name -> why the run against its built-in mock leaves statuses unreached.
BUILTIN_MOCKS: dict[str, tuple[Unreached, ...]] = {
    "assignr": ASSIGNR,
    "learningstudio": LEARNINGSTUDIO,
}
