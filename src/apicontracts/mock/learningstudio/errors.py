"""LearningStudio's error body and which status each kind of early failure gets (reference 3.3, 4)."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine import ApiProblem, ErrorPolicy, Failure, Request

# `errorId` values: the reference records the field but no values, so these name the status.
ERROR_IDS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    429: "too_many_requests",
    500: "internal_server_error",
    502: "bad_gateway",
    503: "service_unavailable",
}

# "400 Bad Request: badly formed request / missing required field"; "406 Not Acceptable: the
# request body had an invalid format" (reference 3.3).
STATUSES = {
    Failure.PATH: (400,),
    Failure.QUERY: (400,),
    Failure.HEADER: (400,),
    Failure.BODY_SYNTAX: (406, 400),
    Failure.BODY_SCHEMA: (400,),
    Failure.MEDIA_TYPE: (406, 400),
    Failure.BODY_TOO_LARGE: (400,),
    Failure.NOT_FOUND: (404,),
    Failure.METHOD: (405,),
}


# Early failures get their status from STATUSES after rendering, so their id names the cause.
FAILURE_IDS = {
    Failure.PATH: "invalid_path",
    Failure.QUERY: "invalid_query",
    Failure.HEADER: "invalid_header",
    Failure.BODY_SYNTAX: "unreadable_body",
    Failure.BODY_SCHEMA: "invalid_body",
    Failure.MEDIA_TYPE: "unsupported_media_type",
    Failure.BODY_TOO_LARGE: "body_too_large",
    Failure.NOT_FOUND: "not_found",
    Failure.METHOD: "method_not_allowed",
}


def render_error(problem: ApiProblem, request: Request) -> dict[str, Any]:
    """`{"error": {"message", "errorId"}}`, the shape Pearson's PHP library reads."""
    if problem.failure is not None:
        error_id = FAILURE_IDS[problem.failure]
    else:
        error_id = ERROR_IDS.get(problem.status, str(problem.status))
    return {"error": {"message": problem.message, "errorId": error_id}}


ERRORS = ErrorPolicy(statuses=STATUSES, render=render_error, schema="ErrorEnvelope")
