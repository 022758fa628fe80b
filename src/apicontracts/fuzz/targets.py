"""What to fuzz: a server somebody runs, or the built-in mock of an API when no URL is given.

`BUILTIN_TARGETS` is the one seam between fuzzing and the mock engine: for each API, a factory
that returns the mock as an ASGI app (or the URL of one already running) and credentials the mock
accepts. The fuzzer serves an app on 127.0.0.1 itself, so both mocks are fuzzed over real HTTP,
exactly like a live server.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.auth import Credentials

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


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

    def __post_init__(self) -> None:
        if (self.base_url is None) == (self.app is None):
            raise ValueError("a target is either a base URL or an ASGI app")


class NoBuiltinMock(LookupError):
    """No built-in mock is connected for this API."""


# API name -> factory of its built-in mock. Filled where the mock engine is connected.
BUILTIN_TARGETS: dict[str, Callable[[], Target]] = {}


def builtin_target(contract: ApiContract) -> Target:
    factory = BUILTIN_TARGETS.get(contract.name)
    if factory is None:
        raise NoBuiltinMock(f"no built-in mock is connected for {contract.name}; give the server's URL with --url")
    return factory()
