"""The mock as its own server process (`apicontracts mock`): granian serves the app.

granian parses HTTP and TLS in Rust threads beside the Python worker and speaks RSGI, its leaner
protocol (`MockApp.__rsgi__`), which measurably raises throughput over uvicorn and ASGI on the
same app (docs/mock.md, benchmark); `running()` keeps uvicorn, which embeds in a thread. One
worker process: the state, the rate-limit counters and the caches live in one place. The
plain-HTTP listener that answers 302 runs in this process.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from apicontracts.mock.engine.app import MockApp
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.credentials import Credentials
from apicontracts.mock.engine.factory import create_app
from apicontracts.mock.engine.server import HOST, serve_redirect
from apicontracts.mock.engine.tls import self_signed

SETTINGS = "APICONTRACTS_MOCK_SETTINGS"


@dataclass(frozen=True)
class Standalone:
    api: str
    port: int
    http_port: int | None
    https: bool
    database: str
    config: MockConfig
    cert: Path | None = None
    key: Path | None = None


def app_from_environment() -> MockApp:
    """granian's factory target, run in the worker process; settings come through the environment."""
    settings = json.loads(os.environ[SETTINGS])
    config = MockConfig(
        error_rate=settings["error_rate"], latency_ms=settings["latency_ms"], rate_limits=settings["rate_limits"]
    )
    return create_app(settings["api"], database=settings["database"], config=config)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def serve(options: Standalone, out: Console) -> None:
    """Serve until interrupted (granian handles SIGINT and SIGTERM)."""
    from granian import Granian
    from granian.constants import Interfaces, Loops, SSLProtocols
    from granian.log import LogLevels

    port = options.port or free_port()
    # Seeds a database file before the worker opens it, and gives the credentials to print.
    probe = create_app(options.api, database=options.database, config=options.config)
    credentials, base_path, token_path = probe.credentials, probe.base_path, probe.token_path
    probe.store.close()
    os.environ[SETTINGS] = json.dumps(
        {
            "api": options.api,
            "database": options.database,
            "error_rate": options.config.error_rate,
            "latency_ms": options.config.latency_ms,
            "rate_limits": options.config.rate_limits,
        }
    )
    with tempfile.TemporaryDirectory(prefix="apicontracts-mock-") as scratch:
        cert, key = options.cert, options.key
        if options.https and (cert is None or key is None):
            cert, key = self_signed(Path(scratch))
        root = f"{'https' if options.https else 'http'}://{HOST}:{port}"
        server = Granian(
            "apicontracts.mock.standalone:app_from_environment",
            factory=True,
            address=HOST,
            port=port,
            interface=Interfaces.RSGI,
            workers=1,
            loop=Loops.uvloop,
            websockets=False,
            log_level=LogLevels.warning,
            ssl_cert=cert if options.https else None,
            ssl_key=key if options.https else None,
            ssl_protocol_min=SSLProtocols.tls12,
        )
        if options.https and options.http_port is not None:
            with serve_redirect(options.http_port, root) as http_url:
                describe(out, options, root, base_path, token_path, credentials, cert, http_url)
                server.serve()
        else:
            describe(out, options, root, base_path, token_path, credentials, cert, None)
            server.serve()


def describe(
    out: Console,
    options: Standalone,
    root: str,
    base_path: str,
    token_path: str,
    credentials: Credentials,
    cert: Path | None,
    http_url: str | None,
) -> None:
    out.print(f"[bold]{options.api} mock[/bold] (database: {options.database})", highlight=False)
    out.print(f"base URL:  {root}{base_path}", highlight=False)
    out.print(f"token URL: {root}{token_path}", highlight=False)
    if http_url:
        out.print(f"plain HTTP {http_url} answers 302 to the HTTPS URL", highlight=False)
    if options.https and cert is not None:
        out.print(
            f"certificate: {cert} (curl --cacert, httpx verify=ssl.create_default_context(cafile=...))", highlight=False
        )
    out.print("credentials:", highlight=False)
    for line in credentials.describe():
        out.print(f"  {line}", highlight=False, soft_wrap=True)
    if credentials.client_id:
        out.print(
            f"try: curl -sk {root}{token_path} -d grant_type=client_credentials "
            f"-d client_id={credentials.client_id} -d client_secret={credentials.client_secret}",
            highlight=False,
            soft_wrap=True,
        )
    out.print("Ctrl-C stops it.", highlight=False)
    out.file.flush()
