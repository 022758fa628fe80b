"""`apicontracts`: the command line behind the Makefile."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from apicontracts.apiselect import ApiOption, selected
from apicontracts.bundle import build_bundle, relative, write_bundle
from apicontracts.fuzz.command import fuzz_command
from apicontracts.generate import GenerationError, generate_client
from apicontracts.lint import lint_api
from apicontracts.lint.rules import RULES
from apicontracts.mock.command import mock_command
from apicontracts.publish.command import publish_all
from apicontracts.specio import SpecError

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
out = Console()


@app.command()
def lint(api: ApiOption = None) -> None:
    """Check the specs: OpenAPI 3.1 validity and the house rules, as file:line: rule: message."""
    total = 0
    for contract in selected(api, err):
        findings = lint_api(contract)
        for finding in findings:
            out.print(str(finding), highlight=False, soft_wrap=True)
        total += len(findings)
        status = "[green]ok[/green]" if not findings else f"[red]{len(findings)} problem(s)[/red]"
        err.print(f"lint {contract.name}: {status} ({len(RULES)} rules)")
    if total:
        raise typer.Exit(1)


@app.command()
def bundle(api: ApiOption = None) -> None:
    """Write generated/<api>/openapi.json and openapi.yaml from spec/<api>/."""
    for contract in selected(api, err):
        try:
            changed = write_bundle(build_bundle(contract))
        except SpecError as exc:
            err.print(str(exc), highlight=False)
            raise typer.Exit(1) from exc
        written = ", ".join(relative(p) for p in changed) or "unchanged"
        err.print(f"bundle {contract.name}: {written}")


@app.command()
def generate(api: ApiOption = None) -> None:
    """Regenerate the Python client(s) from the bundle(s) in generated/."""
    for contract in selected(api, err):
        try:
            target = generate_client(contract)
        except GenerationError as exc:
            err.print(str(exc), highlight=False)
            raise typer.Exit(1) from exc
        err.print(f"generate {contract.name}: {relative(target)}")


@app.command()
def rules() -> None:
    """List the house lint rules."""
    for item in RULES:
        out.print(f"{item.name:20} {item.summary}", highlight=False, soft_wrap=True)


@app.command()
def publish(
    api: ApiOption = None,
    base: Annotated[
        str | None,
        typer.Option(help="Compare with this spec file or git ref instead of the previous published version."),
    ] = None,
    allow_breaking: Annotated[
        bool,
        typer.Option(envvar="ALLOW_BREAKING", help="Publish breaking changes without a new major version."),
    ] = False,
) -> None:
    """Write dist/<api>/<version>/ (bundle, dereferenced bundle, HTML docs, client wheel and sdist, SHA256SUMS)."""
    raise typer.Exit(publish_all(selected(api, err), base, allow_breaking, out, err))


# Arguments after `--` pass through to schemathesis' `st run`.
app.command(name="fuzz", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(fuzz_command)

app.command(name="mock")(mock_command)
