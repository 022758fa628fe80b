"""`apicontracts mock`: run one API's mock server in the foreground until interrupted."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.registry import BEHAVIOURS


def mock_command(
    api: Annotated[str, typer.Option("--api", help=f"The API to mock: {', '.join(BEHAVIOURS)}.")] = "assignr",
    port: Annotated[int, typer.Option(help="Port of the API (HTTPS unless --no-https); 0 picks a free one.")] = 8443,
    http_port: Annotated[int, typer.Option(help="Plain-HTTP port that answers 302 to the HTTPS URL.")] = 8080,
    https: Annotated[
        bool, typer.Option("--https/--no-https", help="Serve HTTPS with a self-signed certificate.")
    ] = True,
    database: Annotated[str, typer.Option(help="SQLite file that keeps the state across restarts.")] = ":memory:",
    error_rate: Annotated[float, typer.Option(min=0.0, max=1.0, help="Fraction of requests failed with a 5xx.")] = 0.0,
    latency_ms: Annotated[float, typer.Option(min=0.0, help="Delay added to every request, in ms.")] = 0.0,
    rate_limits: Annotated[
        bool, typer.Option("--rate-limits/--no-rate-limits", help="Enforce the API's rate limits.")
    ] = True,
    cert: Annotated[Path | None, typer.Option(help="PEM certificate to serve instead of a self-signed one.")] = None,
    key: Annotated[Path | None, typer.Option(help="PEM private key of --cert.")] = None,
) -> None:
    """Run a stateful mock of an API (validated against its bundled spec); print its URL and credentials."""
    if api not in BEHAVIOURS:
        raise typer.BadParameter(f"choose one of {', '.join(BEHAVIOURS)}", param_hint="--api")
    if (cert is None) != (key is None):
        raise typer.BadParameter("give both --cert and --key", param_hint="--cert")
    from apicontracts.mock.standalone import Standalone, serve

    config = MockConfig(error_rate=error_rate, latency_ms=latency_ms, rate_limits=rate_limits)
    options = Standalone(api, port, http_port, https, database, config, cert, key)
    serve(options, Console())
