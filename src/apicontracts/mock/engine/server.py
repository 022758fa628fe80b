"""Serving a MockApp over real HTTP(S) in a background thread: `running(...)`.

uvicorn (httptools, uvloop) serves the app on the HTTPS port; a second listener on the plain
HTTP port answers every request with 302 to the same path on the HTTPS URL, as the APIs do.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
import uvloop

from apicontracts.mock.engine.app import MockApp, Receive, Scope, Send
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.credentials import Credentials
from apicontracts.mock.engine.tls import self_signed

HOST = "127.0.0.1"
START_TIMEOUT = 20.0


@dataclass(frozen=True)
class RunningMock:
    """A mock server listening on 127.0.0.1."""

    app: MockApp
    root_url: str
    base_url: str
    http_url: str | None
    token_url: str
    verify: str | bool

    @property
    def credentials(self) -> Credentials:
        return self.app.credentials

    @property
    def ssl_context(self) -> ssl.SSLContext | bool:
        """For httpx `verify=` (httpx deprecates a path there): trusts the certificate in `verify`."""
        return ssl.create_default_context(cafile=self.verify) if isinstance(self.verify, str) else self.verify


class RedirectToHttps:
    """The plain-HTTP listener: 302 to the same path and query on the HTTPS URL."""

    def __init__(self, https_root: str) -> None:
        self.https_root = https_root

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw = scope.get("raw_path") or scope["path"].encode("utf-8")
        query = scope.get("query_string", b"")
        location = self.https_root.encode("latin-1") + raw + (b"?" + query if query else b"")
        await send(
            {
                "type": "http.response.start",
                "status": 302,
                "headers": [(b"location", location), (b"content-length", b"0")],
            }
        )
        await send({"type": "http.response.body", "body": b""})


def listen(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


def _server(app: Any, cert: Path | None = None, key: Path | None = None) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        http="httptools",
        loop="none",
        lifespan="off",
        log_level="warning",
        access_log=False,
        ssl_certfile=str(cert) if cert else None,
        ssl_keyfile=str(key) if key else None,
        timeout_keep_alive=30,
    )
    return uvicorn.Server(config)


@contextmanager
def serve_redirect(http_port: int, https_root: str) -> Iterator[str]:
    """Only the plain-HTTP listener that answers 302 to `https_root`; yields its URL."""
    sock = listen(http_port)
    server = _server(RedirectToHttps(https_root))
    thread = threading.Thread(target=_run, args=([(server, sock)],), name="mock-redirect", daemon=True)
    thread.start()
    try:
        _wait_started([server], thread)
        yield f"http://{HOST}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def serve_app(
    app: MockApp,
    *,
    https: bool = True,
    port: int = 0,
    http_port: int | None = 0,
    cert: Path | None = None,
    key: Path | None = None,
) -> Iterator[RunningMock]:
    """Serve `app` until the block ends."""
    with tempfile.TemporaryDirectory(prefix="apicontracts-mock-") as scratch:
        if https and (cert is None or key is None):
            cert, key = self_signed(Path(scratch))
        main_sock = listen(port)
        scheme = "https" if https else "http"
        root_url = f"{scheme}://{HOST}:{main_sock.getsockname()[1]}"
        servers = [(_server(app, cert if https else None, key if https else None), main_sock)]
        http_url = None
        if https and http_port is not None:
            redirect_sock = listen(http_port)
            http_url = f"http://{HOST}:{redirect_sock.getsockname()[1]}"
            servers.append((_server(RedirectToHttps(root_url)), redirect_sock))
        thread = threading.Thread(target=_run, args=(servers,), name=f"mock-{app.api}", daemon=True)
        thread.start()
        try:
            _wait_started([server for server, _ in servers], thread)
            yield RunningMock(
                app=app,
                root_url=root_url,
                base_url=root_url + app.base_path,
                http_url=http_url,
                token_url=root_url + app.token_path,
                verify=str(cert) if https and cert else True,
            )
        finally:
            for server, _ in servers:
                server.should_exit = True
            thread.join(timeout=10)
            for _, sock in servers:
                sock.close()


def _run(servers: list[tuple[uvicorn.Server, socket.socket]]) -> None:
    async def main() -> None:
        await asyncio.gather(*(server.serve(sockets=[sock]) for server, sock in servers))

    loop = uvloop.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()


def _wait_started(servers: list[uvicorn.Server], thread: threading.Thread) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not all(server.started for server in servers):
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.01)


@contextmanager
def running(
    api: str,
    *,
    https: bool = True,
    port: int = 0,
    http_port: int | None = 0,
    database: str | Path = ":memory:",
    config: MockConfig | None = None,
    cert: Path | None = None,
    key: Path | None = None,
) -> Iterator[RunningMock]:
    """Start the mock of `api` on 127.0.0.1 in a background thread; stop it when the block ends."""
    from apicontracts.mock.engine.factory import create_app

    app = create_app(api, database=database, config=config)
    with serve_app(app, https=https, port=port, http_port=http_port, cert=cert, key=key) as mock:
        yield mock
