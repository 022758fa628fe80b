"""The Assignr API v2 mock: behaviour plugged into the engine (see ../ENGINE.md)."""

from __future__ import annotations

import re
from typing import Any

from apicontracts.contracts import ASSIGNR
from apicontracts.mock.assignr.auth import TOKEN_PATH, AssignrAuth, rate_key
from apicontracts.mock.assignr.handlers import HANDLERS
from apicontracts.mock.assignr.seed import seed
from apicontracts.mock.engine.behaviour import ApiBehaviour, ErrorPolicy, MediaPolicy, RateLimitPolicy
from apicontracts.mock.engine.bodies import BodySyntaxError, parse_form, parse_json, render_json
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.exchange import ApiProblem, Failure, Reply, Request
from apicontracts.mock.engine.ratelimit import Window
from apicontracts.mock.engine.rules import require_scopes
from apicontracts.mock.engine.spec import Operation

HAL = "application/vnd.assignr.v2.hal+json"
FORM = "application/x-www-form-urlencoded"
# A `%` that does not start an escape: Rack (under Rails) refuses such a form body with 400 "invalid
# %-encoding", where a browser-style parser would keep the text.
BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")
# 180 a minute, 500 per 5 minutes, 5000 an hour, per token [DOC].
WINDOWS = (Window(180, 60), Window(500, 300), Window(5000, 3600))
REASONS = {
    400: "bad_request",
    401: "unauthorized",
    402: "payment_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "unprocessable_entity",
    429: "too_many_requests",
    500: "internal_server_error",
    503: "service_unavailable",
}


def parse_rack_form(body: bytes) -> dict[str, str]:
    if BAD_ESCAPE.search(body):
        raise BodySyntaxError("invalid %-encoding in the form body")
    return parse_form(body)


def error_body(problem: ApiProblem, request: Request) -> dict[str, Any]:
    """`{error, message, errors: [{path, message}]}`: the loose shape the spec's ApiError allows."""
    body: dict[str, Any] = {"error": REASONS.get(problem.status, "error"), "message": problem.message}
    if problem.errors:
        body["errors"] = [{"path": e.path, "message": e.message} for e in problem.errors]
    return body


def choose_media(request: Request, operation: Operation | None) -> str:
    # Accept is not enforced: vendor type, application/json, */*, none or anything else get HAL JSON [PROD].
    return HAL


def content_type(media: str) -> str:
    return f"{media}; charset=utf-8"


def rate_limit_headers(request: Request, reply: Reply) -> None:
    """The five X-Ratelimit-* headers on every response, for the rule with the fewest requests left."""
    state = request.rate
    if state is None:
        return
    reply.headers.update(
        {
            "X-Ratelimit-Limit": str(state.limit),
            "X-Ratelimit-Period": str(state.seconds),
            "X-Ratelimit-Remaining": str(max(state.remaining, 0)),
            "X-Ratelimit-Reset": str(state.reset_at),
            "X-Ratelimit-Reset-Seconds-Remaining": str(state.reset_in),
        }
    )


def behaviour(config: MockConfig) -> ApiBehaviour:
    auth = AssignrAuth()
    return ApiBehaviour(
        contract=ASSIGNR,
        base_path="/api/v2",
        token_path=TOKEN_PATH,
        auth=auth,
        handlers=HANDLERS,
        errors=ErrorPolicy(
            statuses={
                Failure.PATH: (404,),
                Failure.QUERY: (422,),
                Failure.HEADER: (422,),
                Failure.BODY_SYNTAX: (400,),
                Failure.BODY_SCHEMA: (422,),
                Failure.MEDIA_TYPE: (400,),
                # 413 is not documented for Assignr: an oversized body is a malformed request.
                Failure.BODY_TOO_LARGE: (400,),
            },
            render=error_body,
            schema="ApiError",
        ),
        media=MediaPolicy(
            choose=choose_media,
            renderers={HAL: render_json, "application/json": render_json},
            parsers={HAL: parse_json, "application/json": parse_json, FORM: parse_rack_form},
            content_type=content_type,
        ),
        seed=seed,
        rules=(require_scopes,),
        rate_limit=RateLimitPolicy(windows=WINDOWS, key=rate_key),
        decorate=rate_limit_headers,
        path_suffixes=(".json",),
        extra_routes={("POST", TOKEN_PATH): auth.issue_token},
        indexes={
            "game": ("site_id+start_time", "start_time", "date"),
            "assignment": ("game_id", "official_id", "site_id"),
            "user": ("site_id", "account_id"),
            "availability": ("user_id",),
            "venue": ("site_id",),
            "form_submission": ("template_id",),
            "game_report": ("site_id",),
            "statement": ("account_id",),
        },
    )
