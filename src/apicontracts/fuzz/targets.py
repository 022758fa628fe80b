"""What to fuzz: a server somebody runs, or the built-in mock of an API when no URL is given.

`BUILTIN_TARGETS` is the one seam between fuzzing and the mock engine: for each API, a factory
that returns the mock as an ASGI app (or the URL of one already running) and credentials the mock
accepts. The fuzzer serves an app on 127.0.0.1 itself, so both mocks are fuzzed over real HTTP,
exactly like a live server; a built-in mock is served as `make mock` serves it (HTTPS with its
self-signed certificate, which the harness trusts, and a plain-HTTP port that redirects).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.auth import AssignrClientCredentials, Credentials, LearningStudioPassword
from apicontracts.fuzz.unreached import BUILTIN_MOCKS, Unreached

if TYPE_CHECKING:
    from apicontracts.mock import MockApp

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


@dataclass(frozen=True)
class Served:
    """Where a served app answers, for the length of a run."""

    # Including the API's base path.
    base_url: str
    # The same server over plain HTTP, which answers with the API's redirect (the redirect check).
    http_url: str | None = None
    # The certificate to trust for `base_url` (a self-signed mock); None: the system's trust store.
    ca_file: str | None = None


@dataclass(frozen=True)
class Target:
    """A server to fuzz: exactly one of `base_url` and `app`, and how to log in to it."""

    base_url: str | None = None
    app: ASGIApp | None = None
    # Where an app serves the API (e.g. `/api/v2`); relative token URLs resolve against it.
    base_path: str = ""
    credentials: Credentials | None = None
    # The user `credentials` log in as, when the target knows it.
    caller_id: str | None = None

    # Serves `app` the way the API's own server is served, while the block runs (built-in mocks:
    # HTTPS plus a redirecting plain-HTTP port); None: plain HTTP on 127.0.0.1 (`serve.serving`).
    serve: Callable[[], AbstractContextManager[Served]] | None = None
    # Why a run against this target cannot reach some documented statuses (`unreached`), for the report.
    unreached: tuple[Unreached, ...] = ()

    def __post_init__(self) -> None:
        if (self.base_url is None) == (self.app is None):
            raise ValueError("a target is either a base URL or an ASGI app")


class NoBuiltinMock(LookupError):
    """No built-in mock is connected for this API."""


def _like_make_mock(app: MockApp) -> Callable[[], AbstractContextManager[Served]]:
    """Serve a mock as `make mock` does: HTTPS with a fresh self-signed certificate, plain HTTP -> 302."""

    @contextmanager
    def serve() -> Iterator[Served]:
        from apicontracts.mock.engine.server import serve_app

        with serve_app(app, https=True, port=0, http_port=0) as mock:
            ca_file = mock.verify if isinstance(mock.verify, str) else None
            yield Served(base_url=mock.base_url, http_url=mock.http_url, ca_file=ca_file)

    return serve


def _assignr_mock() -> Target:
    from apicontracts.mock import MockConfig, create_app

    # Rate limits off: 180 requests a minute would turn most of a fuzz run into 429s. The 429 rules
    # are proven by the mock's own tests (tests/mocks/test_assignr_status_table.py).
    app = create_app("assignr", config=MockConfig(rate_limits=False))
    # The default client: read, write and bank scopes on the account that reaches the most data.
    client = app.credentials.clients["default"]
    return Target(
        app=app,
        base_path=app.base_path,
        credentials=AssignrClientCredentials(client.client_id, client.client_secret, token_url=app.token_path),
        serve=_like_make_mock(app),
        unreached=BUILTIN_MOCKS["assignr"],
    )


def _learningstudio_mock() -> Target:
    from apicontracts.mock import MockConfig, create_app

    app = create_app("learningstudio", config=MockConfig(rate_limits=False))
    creds = app.credentials
    if creds.application_id is None or creds.client_string is None:
        raise RuntimeError("the LearningStudio mock names no application or campus")
    # A professor reaches the most operations; student-only ones answer their documented 403.
    username, login = next((name, user) for name, user in creds.users.items() if user.role == "professor")
    return Target(
        app=app,
        base_path=app.base_path,
        credentials=LearningStudioPassword(
            creds.application_id, creds.client_string, username, login.password, token_url=app.token_path
        ),
        serve=_like_make_mock(app),
        unreached=BUILTIN_MOCKS["learningstudio"],
    )


# API name -> factory of its built-in mock.
BUILTIN_TARGETS: dict[str, Callable[[], Target]] = {
    "assignr": _assignr_mock,
    "learningstudio": _learningstudio_mock,
}


def builtin_target(contract: ApiContract) -> Target:
    factory = BUILTIN_TARGETS.get(contract.name)
    if factory is None:
        raise NoBuiltinMock(f"no built-in mock is connected for {contract.name}; give the server's URL with --url")
    return factory()
