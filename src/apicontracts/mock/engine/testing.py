"""In-process mocks for anyone's tests: fixtures `assignr_mock` and `learningstudio_mock`.

Registered as a pytest plugin (the `pytest11` entry point), so any test in a project that
installs this package can ask for them. No network: requests go straight into the ASGI app.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

if TYPE_CHECKING:
    from apicontracts.mock.engine.app import MockApp
    from apicontracts.mock.engine.credentials import Credentials

ROOT_URL = "http://testserver"


class SyncASGITransport(httpx.BaseTransport):
    """httpx's ASGITransport is async-only; this runs it to completion for a plain `httpx.Client`."""

    def __init__(self, app: MockApp) -> None:
        self._transport = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def run() -> httpx.Response:
            inner = httpx.Request(request.method, request.url, headers=request.headers, content=content)
            response = await self._transport.handle_async_request(inner)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

        return asyncio.run(run())


class InProcessMock:
    """A mock app with working credentials and clients that talk to it in-process."""

    def __init__(self, app: MockApp, root_url: str = ROOT_URL) -> None:
        self.app = app
        self.root_url = root_url
        self.base_url = root_url + app.base_path
        self.token_url = root_url + app.token_path

    @property
    def credentials(self) -> Credentials:
        return self.app.credentials

    def transport(self) -> httpx.BaseTransport:
        """For `httpx.Client(transport=...)`."""
        return SyncASGITransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """For `httpx.AsyncClient(transport=...)`."""
        return httpx.ASGITransport(app=self.app)

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx.Client whose base URL is the API's base URL."""
        kwargs.setdefault("base_url", self.base_url)
        return httpx.Client(transport=self.transport(), **kwargs)

    def token(self, who: str | None = None) -> str:
        """Run the API's own token flow for a configured client (Assignr) or user (LearningStudio)."""
        with httpx.Client(transport=self.transport(), base_url=self.root_url) as client:
            return self.app.behaviour.auth.fetch_token(client, self.credentials, who)


def _in_process(api: str) -> Iterator[InProcessMock]:
    from apicontracts.mock.engine.factory import create_app

    app = create_app(api)
    try:
        yield InProcessMock(app)
    finally:
        app.store.close()
    # A reply that broke the spec was replaced by a 500: a mock or spec bug, never acceptable.
    assert not app.response_failures, f"the {api} mock sent invalid responses: {app.response_failures}"


@pytest.fixture
def assignr_mock() -> Iterator[InProcessMock]:
    """The Assignr mock, in-process, with a fresh seeded in-memory database."""
    yield from _in_process("assignr")


@pytest.fixture
def learningstudio_mock() -> Iterator[InProcessMock]:
    """The LearningStudio mock, in-process, with a fresh seeded in-memory database."""
    yield from _in_process("learningstudio")
