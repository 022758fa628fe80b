"""Serve an ASGI app on 127.0.0.1 for the length of a run, so it is fuzzed over real HTTP."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from apicontracts.fuzz.targets import ASGIApp

STARTUP_TIMEOUT = 30.0


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """Yields the origin (`http://127.0.0.1:<free port>`) while the app runs in a background thread."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="apicontracts-fuzz-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the app under test did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
