"""Each API's contract as data: what the house lint rules, the mocks and the fuzz checks enforce.

One rule set serves both APIs; everything that differs between them lives in an `ApiContract`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BASE_VERBS = frozenset({"list", "get", "create", "update", "delete"})

# Named error responses: status code -> component key in `responses/`.
ERROR_RESPONSES: dict[int, str] = {
    400: "BadRequest",
    401: "Unauthorized",
    402: "PaymentRequired",
    403: "Forbidden",
    404: "NotFound",
    406: "NotAcceptable",
    409: "Conflict",
    422: "UnprocessableEntity",
    429: "TooManyRequests",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
}


@dataclass(frozen=True)
class ApiContract:
    """What one API promises on every operation, read by lint, mock and fuzz."""

    name: str
    title: str
    package: str
    extra_verbs: frozenset[str]
    # Error codes every operation documents, whatever its method.
    always: frozenset[int]
    # Error codes an operation documents when it takes a request body.
    with_body: frozenset[int]
    # Error codes an operation documents when its path names a resource by id.
    with_id: frozenset[int]
    # Error codes an operation documents when it has a query parameter of this name.
    by_query_param: dict[str, frozenset[int]] = field(default_factory=dict)
    # Error codes a PUT documents when its body carries this property (optimistic locking).
    by_body_property: dict[str, frozenset[int]] = field(default_factory=dict)
    # Codes that operations without security (`security: []`) need not document.
    auth_codes: frozenset[int] = frozenset({401, 403})
    # Header component key -> header name, attached to every response.
    every_response_headers: dict[str, str] = field(default_factory=dict)
    # Status code -> {header component key: header name} for those responses.
    status_headers: dict[int, dict[str, str]] = field(default_factory=dict)
    # Path parameters that select a representation, not a resource (LearningStudio `{format}`).
    format_params: frozenset[str] = frozenset()
    # Response media types every body must offer when the path has a format parameter.
    format_media_types: frozenset[str] = frozenset()
    # OAuth scope a GET needs, and the scope every other method needs (None: no scopes).
    read_scope: str | None = None
    write_scope: str | None = None
    # Component key of the one error envelope every 4xx/5xx JSON body must match (mock, fuzz).
    error_schema: str = "Error"
    # Format parameter value -> the response media type it selects (fuzz).
    format_suffixes: dict[str, str] = field(default_factory=dict)
    # Header name -> required value (None: any) on a 429, so clients know when to retry (fuzz).
    throttled_headers: dict[str, str | None] = field(default_factory=dict)
    # Operations that return the caller's own record: operationId -> JSON pointer to the
    # record's id in a 2xx body; any other id there is another user's data (fuzz).
    caller_id_pointers: dict[str, str] = field(default_factory=dict)
    # Status a plain-HTTP request gets, redirecting to the HTTPS URL (None: undocumented) (fuzz).
    http_redirect_status: int | None = None
    # Request budget the live server enforces, in schemathesis `--rate-limit` syntax (fuzz).
    rate_limit: str | None = None
    # Statuses that refuse a well-formed request for who sends it, not for what it says, so they
    # answer schema-valid data as rightly as 401 and 403 do (schemathesis accepts those) (fuzz).
    access_statuses: frozenset[int] = frozenset()
    # Where a 4xx JSON error body names the request fields it refuses: a JSON pointer in which `*`
    # steps into every item of an array; each value found is a JSON pointer into the request
    # (`/limit`). With it, a refusal naming only fields of the operation's `x-server-rules` is
    # a rule no schema can state, not a rejected valid request (fuzz).
    error_field_pointer: str | None = None
    # XML bodies are the JSON envelope with its one key as the root element (`<grade>...</grade>`,
    # `apicontracts.xmlenvelope`), not OpenAPI's XML mapping: the fuzzer writes request bodies and
    # checks response roots that way (fuzz).
    xml_envelope: bool = False
    # Path of the spec operation that issues access tokens (LearningStudio `POST /token`). It is
    # schemathesis' `tokenUrl`: schema-valid credentials that do not exist are rightly refused there
    # with 400 or 422. schemathesis forgives that itself only for an `oauth2` scheme, and
    # LearningStudio's token travels in `X-Authorization`, so its scheme is `apiKey` (fuzz).
    token_path: str | None = None

    @property
    def spec_dir(self) -> Path:
        return ROOT / "spec" / self.name

    @property
    def bundle_dir(self) -> Path:
        return ROOT / "generated" / self.name

    @property
    def verbs(self) -> frozenset[str]:
        return BASE_VERBS | self.extra_verbs


ASSIGNR = ApiContract(
    name="assignr",
    title="Assignr API v2",
    package="assignr_client",
    extra_verbs=frozenset({"unassign", "confirm", "assign", "request"}),
    always=frozenset({401, 402, 403, 429, 500, 503}),
    with_body=frozenset({400, 422}),
    with_id=frozenset({404}),
    by_query_param={"limit": frozenset({422})},
    by_body_property={"lock_version": frozenset({409})},
    every_response_headers={
        "XRatelimitLimit": "X-Ratelimit-Limit",
        "XRatelimitPeriod": "X-Ratelimit-Period",
        "XRatelimitRemaining": "X-Ratelimit-Remaining",
        "XRatelimitReset": "X-Ratelimit-Reset",
        "XRatelimitResetSecondsRemaining": "X-Ratelimit-Reset-Seconds-Remaining",
    },
    read_scope="read",
    write_scope="write",
    throttled_headers={
        "X-Ratelimit-Limit": None,
        "X-Ratelimit-Period": None,
        "X-Ratelimit-Remaining": "0",
        "X-Ratelimit-Reset": None,
        "X-Ratelimit-Reset-Seconds-Remaining": None,
    },
    error_schema="ApiError",
    caller_id_pointers={"getCurrentAccount": "/id"},
    http_redirect_status=302,
    # The tightest of the documented rules (180/min, 500/5 min, 5000/h) for a short run.
    rate_limit="180/m",
    # 402: the site has no active subscription [DOC].
    access_statuses=frozenset({402}),
    # `{"errors": [{"path": "/limit", ...}]}`, as the one observed 422 names its field.
    error_field_pointer="/errors/*/path",
)

LEARNINGSTUDIO = ApiContract(
    name="learningstudio",
    title="Pearson LearningStudio REST API",
    package="learningstudio_client",
    extra_verbs=frozenset({"provision", "reset", "upload"}),
    always=frozenset({400, 401, 403, 429, 500, 502, 503}),
    with_body=frozenset({406}),
    with_id=frozenset({404}),
    status_headers={201: {"Location": "Location"}},
    format_params=frozenset({"format"}),
    format_media_types=frozenset({"application/json", "application/xml"}),
    format_suffixes={"": "application/json", ".json": "application/json", ".xml": "application/xml"},
    error_schema="ErrorEnvelope",
    caller_id_pointers={"getMe": "/me/id"},
    rate_limit="500/s",
    xml_envelope=True,
    token_path="/token",
)

APIS: dict[str, ApiContract] = {api.name: api for api in (ASSIGNR, LEARNINGSTUDIO)}
