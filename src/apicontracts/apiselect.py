"""The `--api` option every command shares, and turning its value into contracts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from apicontracts.contracts import APIS, ApiContract

ApiOption = Annotated[
    str | None,
    typer.Option("--api", help=f"One of {', '.join(APIS)}; all APIs when omitted."),
]


def selected(api: str | None, err: Console) -> list[ApiContract]:
    """The named API's contract, or every API's when none is named; exit 2 on an unknown name."""
    if api is None:
        return list(APIS.values())
    if api not in APIS:
        err.print(f"[red]unknown API '{api}'[/red]; choose one of {', '.join(APIS)}")
        raise typer.Exit(2)
    return [APIS[api]]
