"""The extension points an API plugs into the engine (see ENGINE.md)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from apicontracts.contracts import ApiContract
from apicontracts.mock.engine.exchange import ApiProblem, Call, Failure, Reply, Request
from apicontracts.mock.engine.ratelimit import Window

if TYPE_CHECKING:
    import httpx

    from apicontracts.mock.engine.credentials import Credentials
    from apicontracts.mock.engine.exchange import Principal
    from apicontracts.mock.engine.spec import Operation
    from apicontracts.mock.engine.store import Store

Handler = Callable[[Call], Reply]
Rule = Callable[[Call], None]


class Auth(Protocol):
    """How an API authenticates requests and hands out credentials."""

    def authenticate(self, request: Request, operation: Operation) -> Principal:
        """The caller, or raise ApiProblem(401)."""
        ...

    def credentials(self, store: Store) -> Credentials:
        """Working credentials for this database."""
        ...

    def fetch_token(self, client: httpx.Client, credentials: Credentials, who: str | None = None) -> str:
        """Run the API's own token flow over `client` (its base URL is the mock's root URL)."""
        ...


@dataclass(frozen=True)
class ErrorPolicy:
    """Which status each kind of failure gets, and the API's error body."""

    # Preference order: the engine uses the first status the operation documents, else the last.
    statuses: Mapping[Failure, tuple[int, ...]]
    render: Callable[[ApiProblem, Request], Any]
    # Component key of the error schema: error bodies outside any operation (404, 405) validate against it.
    schema: str = "Error"

    def status_for(self, failure: Failure, documented: frozenset[int] | None) -> int:
        choices = self.statuses.get(failure) or (_DEFAULTS[failure],)
        if documented:
            for status in choices:
                if status in documented:
                    return status
        return choices[-1]


_DEFAULTS = {
    Failure.PATH: 404,
    Failure.QUERY: 400,
    Failure.HEADER: 400,
    Failure.BODY_SYNTAX: 400,
    Failure.BODY_SCHEMA: 400,
    Failure.MEDIA_TYPE: 400,
    Failure.BODY_TOO_LARGE: 400,
    Failure.NOT_FOUND: 404,
    Failure.METHOD: 405,
}


def _same(media_type: str) -> str:
    return media_type


@dataclass(frozen=True)
class MediaPolicy:
    """Response media type per request, and how bodies are parsed and rendered."""

    choose: Callable[[Request, Operation | None], str]
    renderers: Mapping[str, Callable[[Any], bytes]]
    parsers: Mapping[str, Callable[[bytes], Any]]
    # Media type -> Content-Type header value (e.g. adding `; charset=utf-8`).
    content_type: Callable[[str], str] = _same


@dataclass(frozen=True)
class RateLimitPolicy:
    """Request budgets per key; every request counts in every window."""

    windows: tuple[Window, ...]
    # The budget a request counts against; None: not counted (e.g. no credentials to count it by).
    key: Callable[[Request], str | None]
    message: str = "Rate limit exceeded"


@dataclass(frozen=True)
class ApiBehaviour:
    """Everything that makes the engine behave like one API."""

    contract: ApiContract
    base_path: str
    token_path: str
    auth: Auth
    handlers: Mapping[str, Handler]
    errors: ErrorPolicy
    media: MediaPolicy
    seed: Callable[[Store], None]
    rules: Sequence[Rule] = ()
    rate_limit: RateLimitPolicy | None = None
    decorate: Callable[[Request, Reply], None] | None = None
    path_suffixes: tuple[str, ...] = ()
    extra_routes: Mapping[tuple[str, str], Callable[[Request], Reply]] = field(default_factory=dict)
    indexes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
