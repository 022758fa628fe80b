"""`apicontracts fuzz`: contract checks of a live server, a staging proxy, or the built-in mock."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from apicontracts.apiselect import ApiOption, selected
from apicontracts.contracts import ROOT, ApiContract
from apicontracts.fuzz import report, runner
from apicontracts.fuzz.auth import ENV_PREFIXES, AuthError, credentials_from, env_values
from apicontracts.fuzz.targets import NoBuiltinMock, Target, builtin_target

REPORT_ROOT = ROOT / "reports" / "fuzz"
CREDENTIALS = "Credentials (default: the API's environment variables, see docs/fuzz.md)"
DEPTH = "How hard to fuzz"

err = Console(stderr=True)


def _option(help_text: str, panel: str = CREDENTIALS) -> Any:
    return typer.Option(help=help_text, rich_help_panel=panel)


def fuzz_command(
    ctx: typer.Context,
    api: ApiOption = None,
    url: Annotated[
        str | None, typer.Option(help="Base URL of the server to fuzz; the API's built-in mock when omitted.")
    ] = None,
    http_url: Annotated[
        str | None, typer.Option(help="The same server over plain HTTP (default: --url with http:// if it is https).")
    ] = None,
    spec: Annotated[Path | None, typer.Option(help="Bundled spec (default: generated/<api>/openapi.json).")] = None,
    report_dir: Annotated[
        Path, typer.Option(help="Reports go to <report-dir>/<api>/.", show_default="reports/fuzz")
    ] = REPORT_ROOT,
    max_examples: Annotated[int, _option("Test cases per operation and phase.", DEPTH)] = 20,
    max_time: Annotated[
        int | None, _option("Time budget in seconds; fuzzing continues until it is spent.", DEPTH)
    ] = None,
    workers: Annotated[int, _option("Concurrent schemathesis workers.", DEPTH)] = 1,
    seed: Annotated[int | None, _option("Random seed, to repeat a run.", DEPTH)] = None,
    rate_limit: Annotated[
        str | None, _option("Request budget such as 100/m (default: the API's own, for --url only).", DEPTH)
    ] = None,
    phases: Annotated[str, _option("Comma-separated schemathesis phases.", DEPTH)] = ",".join(runner.PHASES),
    client_id: Annotated[str | None, _option("Assignr OAuth client id.")] = None,
    client_secret: Annotated[str | None, _option("Assignr OAuth client secret.")] = None,
    scope: Annotated[str | None, _option("Assignr OAuth scopes (default: read write).")] = None,
    application_id: Annotated[str | None, _option("LearningStudio Application ID.")] = None,
    client_string: Annotated[str | None, _option("LearningStudio campus client string.")] = None,
    username: Annotated[str | None, _option("LearningStudio login name (password grant).")] = None,
    password: Annotated[str | None, _option("LearningStudio password (password grant).")] = None,
    consumer_key: Annotated[str | None, _option("LearningStudio Token Key Moniker (OAuth 1).")] = None,
    shared_secret: Annotated[str | None, _option("LearningStudio Shared Secret (OAuth 1).")] = None,
    token_url: Annotated[str | None, _option("Token endpoint, absolute or relative to --url.")] = None,
    caller_id: Annotated[str | None, _option("Id of the user the credentials log in as.")] = None,
) -> None:
    """Fuzz a server against its spec: schemathesis' phases and checks plus the contract's own.

    Arguments after `--` go to `st run` unchanged. Exits non-zero when any check failed.
    """
    contracts = selected(api, err)
    if url is not None and len(contracts) > 1:
        err.print("[red]--url names one server[/red]: add --api")
        raise typer.Exit(2)
    given = {
        "CLIENT_ID": client_id,
        "CLIENT_SECRET": client_secret,
        "SCOPE": scope,
        "APPLICATION_ID": application_id,
        "CLIENT_STRING": client_string,
        "USERNAME": username,
        "PASSWORD": password,
        "CONSUMER_KEY": consumer_key,
        "SHARED_SECRET": shared_secret,
        "TOKEN_URL": token_url,
        "CALLER_ID": caller_id,
    }
    options = runner.FuzzOptions(
        max_examples=max_examples,
        max_time=max_time,
        workers=workers,
        seed=seed,
        rate_limit=rate_limit,
        phases=tuple(phase.strip() for phase in phases.split(",") if phase.strip()),
        extra=tuple(ctx.args),
    )
    exit_code = 0
    for contract in contracts:
        values = {**env_values(contract.name, os.environ), **{key: value for key, value in given.items() if value}}
        target = _target(contract, url, values)
        bundle = spec or contract.bundle_dir / "openapi.json"
        if not bundle.exists():
            err.print(f"[red]{bundle} does not exist[/red]: run `make bundle API={contract.name}`")
            raise typer.Exit(2)
        outcome = runner.fuzz(
            contract, target, spec=bundle, report_dir=report_dir / contract.name, options=options, http_url=http_url
        )
        if outcome.matrix is not None:
            report.print_summary(outcome.matrix, err)
        for path in outcome.reports:
            err.print(f"fuzz {contract.name}: {path}", highlight=False)
        exit_code = max(exit_code, outcome.exit_code)
    raise typer.Exit(exit_code)


def _target(contract: ApiContract, url: str | None, values: dict[str, str]) -> Target:
    if url is None:
        try:
            return builtin_target(contract)
        except NoBuiltinMock as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
    try:
        credentials = credentials_from(contract.name, values)
    except AuthError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if credentials is None:
        prefix = ENV_PREFIXES.get(contract.name, "")
        err.print(f"[yellow]no {contract.name} credentials ({prefix}*): fuzzing without authentication[/yellow]")
    return Target(base_url=url, credentials=credentials, caller_id=values.get("CALLER_ID"))
