"""One request/response exchange as the engine and an API's behaviour see it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from apicontracts.mock.engine.config import MockConfig
    from apicontracts.mock.engine.spec import Operation
    from apicontracts.mock.engine.store import Store


class Failure(StrEnum):
    """What went wrong before a handler ran; each API maps a kind to its own status."""

    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    BODY_SYNTAX = "body-syntax"
    BODY_SCHEMA = "body-schema"
    MEDIA_TYPE = "media-type"
    BODY_TOO_LARGE = "body-too-large"
    NOT_FOUND = "not-found"
    METHOD = "method"


class ErrorDetail(NamedTuple):
    """One validation problem: a JSON pointer into the request (`/limit`, `/body/game_id`) and why."""

    path: str
    message: str


class ApiProblem(Exception):
    """Raise to answer with `status` and the API's error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        errors: Sequence[ErrorDetail] = (),
        headers: Mapping[str, str] | None = None,
        failure: Failure | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = tuple(errors)
        self.headers = dict(headers or {})
        self.failure = failure


class RateState(NamedTuple):
    """The rate-limit window with the fewest requests left, after counting this request."""

    limit: int
    seconds: int
    remaining: int
    reset_at: int
    reset_in: int


@dataclass(frozen=True)
class Principal:
    """Who is calling, as the API's auth established it."""

    key: str
    subject: Any = None
    role: str | None = None
    scopes: frozenset[str] = frozenset()
    attributes: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """What a handler answers; `body` is a plain object, rendered by the chosen media type."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None


class Request:
    """Every request the engine sees, before and after routing."""

    __slots__ = (
        "base_url",
        "body",
        "clock",
        "config",
        "content_type",
        "headers",
        "host",
        "method",
        "path",
        "principal",
        "query",
        "rate",
        "raw_path",
        "raw_query",
        "root_url",
        "scheme",
        "state",
        "store",
    )

    def __init__(
        self,
        *,
        method: str,
        path: str,
        raw_path: str,
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
        scheme: str,
        host: str,
        base_path: str,
        store: Store,
        clock: Callable[[], float],
        config: MockConfig,
        raw_query: str = "",
    ) -> None:
        self.method = method
        self.path = path
        self.raw_path = raw_path
        # The query string as sent, still percent-encoded (LearningStudio signs it that way).
        self.raw_query = raw_query
        self.query = query
        self.headers = headers
        self.body = body
        self.scheme = scheme
        self.host = host
        self.root_url = f"{scheme}://{host}"
        self.base_url = self.root_url + base_path
        self.store = store
        self.clock = clock
        self.config = config
        content_type = headers.get("content-type")
        self.content_type = bare_media_type(content_type) if content_type else None
        self.principal: Principal | None = None
        self.rate: RateState | None = None
        self.state: dict[str, Any] = {}

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


def bare_media_type(value: str) -> str:
    """`Application/JSON; charset=utf-8` -> `application/json`."""
    return value.split(";", 1)[0].strip().lower()


class Call:
    """A request that routed and validated: what rules and handlers work with."""

    __slots__ = ("body", "body_media", "headers", "operation", "path", "query", "request", "response_media")

    def __init__(
        self,
        request: Request,
        operation: Operation,
        *,
        path: dict[str, Any],
        query: dict[str, Any],
        headers: dict[str, Any],
        body: Any,
        body_media: str | None,
        response_media: str,
    ) -> None:
        self.request = request
        self.operation = operation
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.body_media = body_media
        self.response_media = response_media

    @property
    def principal(self) -> Principal | None:
        return self.request.principal

    @property
    def store(self) -> Store:
        return self.request.store

    @property
    def base_url(self) -> str:
        return self.request.base_url

    def now(self) -> float:
        return self.request.clock()

    def reply(self, status: int, body: Any = None, headers: Mapping[str, str] | None = None) -> Reply:
        return Reply(status, body, dict(headers or {}), self.response_media)
